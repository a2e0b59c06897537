// Batch run (pipeline/batch): a folder of documents in, every output out.
//
//   discover   every regular file under IN_DIR (hidden files and --exclude
//              patterns left out), sorted by relative path; --shard K/N keeps
//              the files whose FNV-1a 64 hash of the relative path is K-1 mod N
//   ledger     a document whose bytes and settings (program, options,
//              templates, agency registry) are those of its last run, and
//              whose outputs are all still there, is not processed again
//   pool       --jobs workers share the registry, templates and fonts, which
//              are loaded once and only read; each document's outputs depend
//              on nothing but its bytes and the settings, so they are the same
//              bytes whatever the number of workers
//   store      each document's tasks, then its ledger row, are written by one
//              thread in path order, so the store's rows are the same too
//   outputs    OUT_DIR/<name>/<name>.json, .akn.xml, .plan.pdf (resolutions,
//              decisions, directives), .leaflet.pdf, each written to OUT_DIR/.partial/ and
//              renamed into place (and <name>.warnings.txt when the document
//              has diagnostics); then OUT_DIR/index.html and manifest.json
//
// A document that cannot be read or processed is a failed document in the
// summary (stable code and reason); the run goes on with the others.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::batch {

struct Options {
  std::string in_dir, out_dir;
  unsigned jobs = 0;  // 0: the number of cores
  // --only: which outputs to make (parse = .json + .akn.xml)
  bool parse = true, plan = true, leaflet = true;
  bool force = false;  // process every document, whatever the ledger says
  unsigned shard = 1, shards = 1;  // --shard K/N, K in 1..N
  std::vector<std::string> exclude;  // fnmatch patterns on the relative path ('*' crosses '/')
  std::size_t max_bytes = 64u << 20;  // larger files fail with io.too-big, unread
  std::string templates_dir;          // empty: the built-in templates
  std::string store;                  // the SQLite store; empty: OUT_DIR/vanban.db
  // Identifies the program in the ledger; empty: the SHA-256 of the running
  // executable (a rebuilt vanban redoes everything).
  std::string program_id;
};

enum class Status { done, unchanged, failed };
const char* to_string(Status s);

// One input file and what became of it.
struct DocResult {
  std::string path;  // relative to IN_DIR, '/' separated
  std::string name;  // output folder and file stem, relative to OUT_DIR
  Status status = Status::done;
  std::string code, reason;  // failed: stable code ("input.binary") and message
  std::string sha256;        // of the input bytes ("" when not read)
  std::string doc_type, number, issuer, date, title;
  int provisions = 0, assignments = 0, warnings = 0;
  std::string warning_codes;         // "sequence.slip ×2, link.out-of-date-agency"
  std::vector<std::string> outputs;  // file names in OUT_DIR/<name>/
  double seconds = 0;                // work time (not in the manifest)
};

// The run's counts. The documents' rows are not kept: each goes to the
// observer as it is settled, to the ledger in the store, and to index.html
// and manifest.json, so memory does not grow with the number of documents.
struct Summary {
  std::size_t found = 0;     // files discovered (before sharding)
  std::size_t selected = 0;  // in this shard
  std::size_t done = 0, unchanged = 0, failed = 0;
  double seconds = 0;
};

// What a run tells as it goes (progress bars, logs). Called from the thread
// that called run(), never from two threads at once.
struct Observer {
  virtual ~Observer() = default;
  // `to_do` documents will be processed, `unchanged` are skipped.
  virtual void start(std::size_t selected, std::size_t to_do, std::size_t unchanged) { (void)selected, (void)to_do, (void)unchanged; }
  // Every document of the shard once, in path order whatever --jobs is
  // (unchanged ones included); `finished` of `to_do` are processed so far.
  virtual void document(const DocResult& r, std::size_t finished, std::size_t to_do) { (void)r, (void)finished, (void)to_do; }
  virtual void finish(const Summary& s) { (void)s; }
  virtual void tick() {}  // a few times a second while documents are processed
};

// A setting that makes the run impossible (IN_DIR missing, OUT_DIR not
// writable, the store unusable, bad templates). what() names the path.
struct BatchError : std::runtime_error {
  BatchError(std::string code_, const std::string& what_) : std::runtime_error(what_), code(std::move(code_)) {}
  std::string code;
};

// Runs the batch. Throws BatchError; a bad document is a failed DocResult.
Summary run(const Options& opts, Observer& observer);

// Shard of a relative path: 1..n (FNV-1a 64 of its UTF-8 bytes, mod n, + 1).
unsigned shard_of(const std::string& rel_path, unsigned n);
std::uint64_t fnv1a64(const std::string& s);

// Reporting to people and machines (progress.cpp).
enum class ProgressMode { automatic, bar, lines, quiet };
// automatic: a live bar when stderr is a terminal, else a line every few
// seconds; json_log: one JSON object per document (and a last one for the
// summary) on `json_out`.
std::unique_ptr<Observer> make_reporter(ProgressMode mode, bool json_log, std::FILE* err = stderr,
                                        std::FILE* json_out = stdout);

// Lowercase hex SHA-256 (sha256.cpp).
std::string sha256_hex(std::string_view bytes);

}  // namespace vanban::batch
