// Internals of the batch run shared by its files.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "vanban/batch.h"
#include "vanban/link.h"
#include "vanban/plan.h"
#include "vanban/track.h"

namespace vanban::batch {

// One input file.
struct Input {
  std::string path;  // relative to IN_DIR, '/' separated
  std::string abs;   // as opened
  std::string name;  // output stem: path without its extension, unless two inputs share it
  std::uintmax_t size = 0;
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
// Never throws: a failure is a DocResult with status failed.
// `worker` (0-based) names this thread's temporary files; `store` is this
// thread's connection to the store, where the document's tasks are recorded.
DocResult process(const Input& in, const Shared& sh, unsigned worker, track::Store& store);

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

// The content-hash ledger in the SQLite store (ledger.cpp).
class Ledger {
 public:
  explicit Ledger(const std::string& store_path);  // throws BatchError
  ~Ledger();
  std::map<std::string, LedgerEntry> load();  // by path
  void record(const LedgerEntry& e);           // one transaction
 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

std::string html_escape(std::string_view s);

}  // namespace vanban::batch
