// The run: discovery, the ledger's verdicts, the worker pool, the summary.
//
// Workers take documents from a shared counter and hand results to the
// calling thread, which alone talks to the store and the observer; results
// land in a slot per document, so the summary's order is the inputs' order
// whatever finished first.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
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
  if (e.settings != settings || e.result.status != Status::done || e.result.name != in.name) return false;
  if (in.size > o.max_bytes) return false;
  std::error_code ec;
  for (const auto& f : e.result.outputs)
    if (!fs::is_regular_file(fs::path(o.out_dir) / in.name / f, ec)) return false;
  std::ifstream f(in.abs, std::ios::binary);
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
  std::map<std::string, LedgerEntry> rows = ledger.load();
  sum.docs.resize(inputs.size());
  std::vector<std::size_t> todo;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    auto it = rows.find(inputs[i].path);
    if (!o.force && it != rows.end() && unchanged(inputs[i], it->second, settings, o)) {
      sum.docs[i] = it->second.result;
      sum.docs[i].status = Status::unchanged;
      sum.docs[i].seconds = 0;
      ++sum.unchanged;
    } else {
      todo.push_back(i);
    }
  }
  rows.clear();
  obs.start(inputs.size(), todo.size(), sum.unchanged);
  for (const auto& r : sum.docs)
    if (r.status == Status::unchanged) obs.document(r, 0, todo.size());

  // libstdc++'s ctype<char>::narrow fills a cache on first use of each
  // character; std::regex (the parser's) calls it, and two workers writing
  // the same cache entry is a data race (ThreadSanitizer). Fill it now.
  {
    const auto& ct = std::use_facet<std::ctype<char>>(std::locale());
    for (int c = 0; c < 256; ++c) (void)ct.narrow(static_cast<char>(c), '\0');
  }

  // the pool
  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::size_t> ready;  // indexes into todo whose result is in sum.docs
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  unsigned n_workers = static_cast<unsigned>(std::min<std::size_t>(o.jobs, todo.size()));
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < n_workers; ++w)
    workers.emplace_back([&, w] {
      // a connection of its own: SQLite connections are not shared between
      // threads, and WAL lets the workers' short transactions take turns
      std::optional<track::Store> store;
      for (std::size_t k; !stop && (k = next++) < todo.size();) {
        DocResult r;
        try {
          if (!store) store.emplace(open_store(sh.store));
          r = process(inputs[todo[k]], sh, w, *store);
        } catch (const track::StoreError& e) {
          r.path = inputs[todo[k]].path, r.name = inputs[todo[k]].name;
          r.status = Status::failed, r.code = e.code, r.reason = e.what();
        }
        std::lock_guard<std::mutex> lock(mu);
        sum.docs[todo[k]] = std::move(r);
        ready.push_back(todo[k]);
        cv.notify_one();
      }
    });
  std::size_t finished = 0;
  try {
    while (finished < todo.size()) {
      std::deque<std::size_t> got;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait_for(lock, std::chrono::milliseconds(200), [&] { return !ready.empty(); });
        got.swap(ready);
      }
      obs.tick();
      for (std::size_t i : got) {
        DocResult& r = sum.docs[i];
        LedgerEntry e;
        e.input_sha256 = r.sha256, e.settings = settings, e.result = r;
        ledger.record(e);  // after the outputs are in place: a kill before this only redoes the document
        ++finished;
        (r.status == Status::failed ? sum.failed : sum.done)++;
        obs.document(r, finished, todo.size());
      }
    }
  } catch (...) {
    stop = true;
    for (auto& t : workers) t.join();
    throw;
  }
  for (auto& t : workers) t.join();

  std::string title = fs::path(o.in_dir).filename().string();
  if (title.empty()) title = o.in_dir;
  if (o.shards > 1) title += " (shard " + std::to_string(o.shard) + "/" + std::to_string(o.shards) + ")";
  for (const auto& [file, text] : {std::pair<const char*, std::string>{"index.html", index_html(sum, title)},
                                   {"manifest.json", manifest_json(sum)}})
    if (auto e = write_file(sh.partial_dir, file, o.out_dir, file, text); !e.empty())
      throw BatchError("batch.write", e);
  fs::remove_all(sh.partial_dir, ec);
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  obs.finish(sum);
  return sum;
}

}  // namespace vanban::batch
