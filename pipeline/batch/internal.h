// Internals of the batch run shared by its files.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "vanban/batch.h"
#include "vanban/link.h"
#include "vanban/plan.h"
#include "vanban/track.h"

namespace vanban::batch {

// One input file. A run holds one per input for its whole length, so it is
// small: the rest is derived when needed (discover.cpp).
struct Input {
  std::string path;  // relative to IN_DIR, '/' separated
  std::uintmax_t size = 0;
  bool keep_ext = false;  // another input has the same path without extension
  // output stem: path without its extension, unless two inputs share it
  std::string name() const;
  std::string abs(const Options& o) const;  // as opened
};

// Every file of the run, sorted by path; `found` counts them before sharding.
std::vector<Input> discover(const Options& opts, std::size_t& found);

// What a run shares between its workers, built once, then only read.
struct Shared {
  const Options* opts = nullptr;
  const AgencyRegistry* registry = nullptr;
  const plan::PlanTemplates* templates = nullptr;
  std::string partial_dir;  // OUT_DIR/.partial: temporary files, renamed into place
  std::string store;        // the SQLite store: the ledger, and the documents' tasks
};

// The whole pipeline for one file: read, hash, parse, link, write outputs.
// Never throws: a failure is a DocResult with status failed. `worker`
// (0-based) names this thread's temporary files. A document whose outputs
// are written comes back in `doc`, for its tasks to be recorded in the store
// by the one thread that writes there, in the inputs' order.
DocResult process(const Input& in, const Shared& sh, unsigned worker, std::optional<Document>& doc);

// Output kinds by file suffix, in the order they are made.
inline const char* const kSuffixes[] = {".json", ".akn.xml", ".plan.pdf", ".leaflet.pdf"};

// Writes bytes to dir/file through a temporary file in `partial_dir` and a
// rename: the file appears whole or not at all, even if the process is
// killed. Returns "" or the reason.
std::string write_file(const std::string& partial_dir, const std::string& tmp_name, const std::string& dir,
                       const std::string& file, const std::string& bytes);

// A connection to the store as the batch uses it (ledger.cpp).
track::Store open_store(const std::string& path);

// A row of the ledger: the last run of one input.
struct LedgerEntry {
  std::string input_sha256, settings;
  DocResult result;  // its summary, so an unchanged document is listed without being read again
};

// The content-hash ledger in the SQLite store (ledger.cpp). Rows are looked
// up one at a time, so a run holds none of them longer than it needs one.
class Ledger {
 public:
  explicit Ledger(const std::string& store_path);  // throws BatchError
  ~Ledger();
  std::optional<LedgerEntry> find(const std::string& path);
  void record(const LedgerEntry& e);  // one transaction
  track::Store& store();              // the connection (this thread's only)
 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

std::string html_escape(std::string_view s);

// OUT_DIR/index.html and OUT_DIR/manifest.json written as they go, one row
// per document, to temporary files in `partial_dir`; commit() renames them
// into place. The counts come first in both files, so they are known before
// the first row (report.cpp).
class SummaryFiles {
 public:
  SummaryFiles(const std::string& partial_dir, const Summary& counts, const std::string& title);  // throws BatchError
  ~SummaryFiles();
  SummaryFiles(const SummaryFiles&) = delete;
  SummaryFiles& operator=(const SummaryFiles&) = delete;
  void add(const DocResult& d);                // the documents in path order
  void commit(const std::string& out_dir);     // throws BatchError
 private:
  void put(std::FILE* f, const std::string& s);
  std::string partial_dir_;
  std::FILE *html_ = nullptr, *json_ = nullptr;
  std::size_t rows_ = 0;
  std::string error_;
};

}  // namespace vanban::batch
