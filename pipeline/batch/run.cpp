// The run: discovery, the ledger's verdicts, the worker pool, the summary.
//
// Workers take documents in the inputs' order and hand results to the
// calling thread, which alone talks to the store and the observer, and
// settles the documents strictly in the inputs' order: tasks, then ledger
// row, then observer. So the store's rows (documents' ids too) are the same
// whatever --jobs is and whichever document finished first. Workers run at
// most a window of documents ahead of the oldest unsettled one, so the
// results waiting for their turn stay few; nothing else is kept per document
// (the ledger is asked one row at a time, the summary files are written a row
// at a time), so memory stays flat however many documents there are.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <filesystem>
#include <fstream>
#include <locale>
#include <mutex>
#include <sstream>
#include <thread>

#include "internal.h"

namespace fs = std::filesystem;

namespace vanban::batch {

const char* to_string(Status s) {
  switch (s) {
    case Status::done: return "done";
    case Status::unchanged: return "unchanged";
    case Status::failed: return "failed";
  }
  return "?";
}

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The running program's own bytes, and those of the PDF/image reader module
// beside it (vanban-media.so, pipeline/ingest/media.h): any rebuild that
// changes them changes every document's settings.
const std::string& self_id() {
  static const std::string id = [] {
    std::string s = sha256_hex(slurp("/proc/self/exe"));
    std::error_code ec;
    fs::path module = fs::read_symlink("/proc/self/exe", ec).parent_path() / "vanban-media.so";
    if (!ec && fs::is_regular_file(module, ec)) s += " media " + sha256_hex(slurp(module.string()));
    return s;
  }();
  return id;
}

// What, besides a document's bytes, decides its outputs.
std::string settings_of(const Options& o, const plan::PlanTemplates* templates) {
  std::string s = "vanban-batch/1\nprogram " + (o.program_id.empty() ? self_id() : o.program_id) + "\n";
  s += std::string("outputs ") + (o.parse ? "parse " : "") + (o.plan ? "plan " : "") + (o.leaflet ? "leaflet" : "") + "\n";
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");  // PDF dates
  s += std::string("epoch ") + (epoch ? epoch : "") + "\n";
  if (templates) s += "plan templates " + sha256_hex(templates->text()) + "\n";
  // a user's templates folder: every file in it (the built-in ones are part
  // of the program)
  if (!o.templates_dir.empty()) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(o.templates_dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      s += "template " + f.lexically_relative(o.templates_dir).generic_string() + " " + sha256_hex(slurp(f.string())) + "\n";
  }
  return sha256_hex(s);
}

// Unchanged: same bytes, same settings, done last time, every output there.
bool unchanged(const Input& in, const LedgerEntry& e, const std::string& settings, const Options& o) {
  const std::string name = in.name();
  if (e.settings != settings || e.result.status != Status::done || e.result.name != name) return false;
  if (in.size > o.max_bytes) return false;
  std::error_code ec;
  for (const auto& f : e.result.outputs)
    if (!fs::is_regular_file(fs::path(o.out_dir) / name / f, ec)) return false;
  std::ifstream f(in.abs(o), std::ios::binary);
  if (!f) return false;
  std::string bytes(static_cast<std::size_t>(in.size), '\0');
  if (!f.read(bytes.data(), static_cast<std::streamsize>(bytes.size())) || f.peek() != EOF) return false;
  return sha256_hex(bytes) == e.input_sha256;
}

}  // namespace

Summary run(const Options& given, Observer& obs) {
  auto t0 = std::chrono::steady_clock::now();
  Options o = given;
  if (o.jobs == 0) o.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (o.shards == 0 || o.shard < 1 || o.shard > o.shards)
    throw BatchError("batch.shard", "shard " + std::to_string(o.shard) + "/" + std::to_string(o.shards) +
                                        ": K must be between 1 and N");
  Summary sum;
  std::vector<Input> inputs = discover(o, sum.found);
  sum.selected = inputs.size();

  std::error_code ec;
  fs::create_directories(o.out_dir, ec);
  if (ec || !fs::is_directory(o.out_dir)) throw BatchError("batch.out-dir", o.out_dir + ": cannot create folder");
  Shared sh;
  sh.opts = &o;
  // temporary files of a killed run are of no use: start clean
  sh.partial_dir = (fs::path(o.out_dir) / ".partial").string();
  fs::remove_all(sh.partial_dir, ec);
  fs::create_directories(sh.partial_dir, ec);
  if (ec) throw BatchError("batch.out-dir", sh.partial_dir + ": " + ec.message());

  // loaded once, then only read by every worker
  sh.registry = &AgencyRegistry::builtin();
  std::optional<plan::PlanTemplates> templates;
  if (o.plan) {
    try {
      templates.emplace(o.templates_dir);
    } catch (const plan::TemplateError& e) {
      throw BatchError("batch.templates", e.what());
    }
    sh.templates = &*templates;
  }
  const std::string settings = settings_of(o, sh.templates);

  sh.store = o.store.empty() ? (fs::path(o.out_dir) / "vanban.db").string() : o.store;
  Ledger ledger(sh.store);
  // the verdicts: a bit per input
  std::vector<bool> skip(inputs.size());
  std::vector<std::uint32_t> todo;  // indexes into inputs
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::optional<LedgerEntry> e;
    if (!o.force) e = ledger.find(inputs[i].path);
    if (e && unchanged(inputs[i], *e, settings, o)) skip[i] = true, ++sum.unchanged;
    else todo.push_back(static_cast<std::uint32_t>(i));
  }
  obs.start(inputs.size(), todo.size(), sum.unchanged);

  // libstdc++'s ctype<char>::narrow fills a cache on first use of each
  // character; std::regex (the parser's) calls it, and two workers writing
  // the same cache entry is a data race (ThreadSanitizer). Fill it now.
  {
    const auto& ct = std::use_facet<std::ctype<char>>(std::locale());
    for (int c = 0; c < 256; ++c) (void)ct.narrow(static_cast<char>(c), '\0');
  }

  // the pool
  struct Done {
    DocResult result;
    std::optional<Document> doc;  // its tasks, not yet in the store
  };
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::map<std::size_t, Done> ready;  // by position in todo; at most `window` of them
  std::size_t next = 0, settled = 0;  // positions in todo
  bool stop = false;
  const std::size_t window = 4 * std::size_t{o.jobs} + 4;
  unsigned n_workers = static_cast<unsigned>(std::min<std::size_t>(o.jobs, todo.size()));
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < n_workers; ++w)
    workers.emplace_back([&, w] {
      for (;;) {
        std::size_t k;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_cv.wait(lock, [&] { return stop || next >= todo.size() || next < settled + window; });
          if (stop || next >= todo.size()) return;
          k = next++;
        }
        Done d;
        d.result = process(inputs[todo[k]], sh, w, d.doc);
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(k, std::move(d));
        done_cv.notify_one();
      }
    });
  auto halt = [&] {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    work_cv.notify_all();
    for (auto& t : workers) t.join();
  };

  // settling, in the inputs' order
  std::size_t finished = 0;
  try {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      if (skip[i]) {
        std::optional<LedgerEntry> e = ledger.find(inputs[i].path);
        if (!e) throw BatchError("batch.store", sh.store + ": the ledger lost " + inputs[i].path + " during the run");
        e->result.status = Status::unchanged;
        obs.document(e->result, finished, todo.size());
        continue;
      }
      Done d;
      {
        std::unique_lock<std::mutex> lock(mu);
        while (ready.find(settled) == ready.end()) {
          done_cv.wait_for(lock, std::chrono::milliseconds(200));
          lock.unlock();
          obs.tick();
          lock.lock();
        }
        auto it = ready.find(settled);
        d = std::move(it->second);
        ready.erase(it);
      }
      DocResult& r = d.result;
      // its tasks in the tracking store (`vanban track add`), then the ledger
      // calls it done: a kill before that only redoes the document
      if (d.doc) {
        try {
          track::add_document(ledger.store(), *d.doc);
        } catch (const track::StoreError& e) {
          r.status = Status::failed, r.code = e.code, r.reason = e.what();
        }
        d.doc.reset();
      }
      LedgerEntry e;
      e.input_sha256 = r.sha256, e.settings = settings, e.result = r;
      ledger.record(e);
      ++finished;
      (r.status == Status::failed ? sum.failed : sum.done)++;
      obs.document(r, finished, todo.size());
      {
        std::lock_guard<std::mutex> lock(mu);
        ++settled;
      }
      work_cv.notify_all();
    }
  } catch (...) {
    halt();
    throw;
  }
  halt();

  // the summary files, a row at a time from the ledger
  std::string title = fs::path(o.in_dir).filename().string();
  if (title.empty()) title = o.in_dir;
  if (o.shards > 1) title += " (shard " + std::to_string(o.shard) + "/" + std::to_string(o.shards) + ")";
  {
    SummaryFiles files(sh.partial_dir, sum, title);
    for (const Input& in : inputs) {
      std::optional<LedgerEntry> e = ledger.find(in.path);
      if (!e) throw BatchError("batch.store", sh.store + ": the ledger lost " + in.path + " during the run");
      files.add(e->result);
    }
    files.commit(o.out_dir);
  }
  fs::remove_all(sh.partial_dir, ec);
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  obs.finish(sum);
  return sum;
}

}  // namespace vanban::batch
