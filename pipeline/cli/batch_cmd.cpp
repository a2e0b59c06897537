// vanban batch IN_DIR -o OUT_DIR: every document of a folder through the
// whole pipeline (pipeline/batch). Exit status: 0 every document has its
// outputs; 1 a document failed (the summary says which and why) or the run
// could not start; 2 bad usage.
#include <iostream>
#include <string>
#include <vector>

#include "vanban/batch.h"

namespace {

const char* kBatchUsage =
    "usage: vanban batch IN_DIR -o OUT_DIR [options]\n"
    "  -o OUT_DIR              where outputs go: OUT_DIR/<name>/<name>.json, .akn.xml,\n"
    "                          .plan.pdf, .leaflet.pdf; OUT_DIR/index.html, manifest.json\n"
    "  --jobs N                workers (default: the number of cores)\n"
    "  --only LIST             outputs to make, of parse,plan,leaflet (default all)\n"
    "  --force                 process every document, changed or not\n"
    "  --shard K/N             only the K-th of N shares of the folder (K = 1..N)\n"
    "  --exclude GLOB          leave out files whose relative path matches (repeatable)\n"
    "  --quiet                 print nothing but failures\n"
    "  --progress bar|lines    progress as a live bar or as a line every 5 s\n"
    "                          (default: a bar when stderr is a terminal)\n"
    "  --json-log              one JSON object per document on stdout\n"
    "  --templates DIR         a copy of templates/ instead of the built-in one\n"
    "  --store FILE            the SQLite store (default OUT_DIR/vanban.db)\n"
    "  --max-size BYTES        larger files fail unread (default 67108864)\n";

int batch_usage(const std::string& msg) {
  std::cerr << "vanban: " << msg << "\n\n" << kBatchUsage;
  return 2;
}

bool parse_unsigned(const std::string& s, unsigned long long& v) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  v = std::stoull(s);
  return true;
}

}  // namespace

int cmd_batch(const std::vector<std::string>& args) {
  vanban::batch::Options o;
  vanban::batch::ProgressMode mode = vanban::batch::ProgressMode::automatic;
  bool json_log = false, quiet = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string v;
    auto value = [&] {
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return true;
    };
    unsigned long long n = 0;
    if (a == "-o" || a == "--output") {
      if (!value()) return batch_usage(a + " needs a value");
      o.out_dir = v;
    } else if (a == "--jobs" || a == "-j") {
      if (!value()) return batch_usage(a + " needs a value");
      if (!parse_unsigned(v, n) || n < 1 || n > 1024) return batch_usage("--jobs: '" + v + "' is not a number from 1 to 1024");
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--only") {
      if (!value()) return batch_usage(a + " needs a value");
      o.parse = o.plan = o.leaflet = false;
      std::size_t from = 0;
      while (from <= v.size()) {
        std::size_t comma = v.find(',', from);
        std::string item = v.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (item == "parse") o.parse = true;
        else if (item == "plan") o.plan = true;
        else if (item == "leaflet") o.leaflet = true;
        else return batch_usage("--only: unknown output '" + item + "' (parse, plan, leaflet)");
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
    } else if (a == "--force") {
      o.force = true;
    } else if (a == "--shard") {
      if (!value()) return batch_usage(a + " needs a value");
      std::size_t slash = v.find('/');
      unsigned long long k = 0;
      if (slash == std::string::npos || !parse_unsigned(v.substr(0, slash), k) ||
          !parse_unsigned(v.substr(slash + 1), n) || n < 1 || n > 100000 || k < 1 || k > n)
        return batch_usage("--shard: '" + v + "' is not K/N with 1 <= K <= N");
      o.shard = static_cast<unsigned>(k), o.shards = static_cast<unsigned>(n);
    } else if (a == "--exclude") {
      if (!value()) return batch_usage(a + " needs a value");
      o.exclude.push_back(v);
    } else if (a == "--quiet" || a == "-q") {
      quiet = true;
    } else if (a == "--progress") {
      if (!value()) return batch_usage(a + " needs a value");
      if (v == "bar") mode = vanban::batch::ProgressMode::bar;
      else if (v == "lines") mode = vanban::batch::ProgressMode::lines;
      else return batch_usage("--progress: '" + v + "' is not bar or lines");
    } else if (a == "--json-log") {
      json_log = true;
    } else if (a == "--templates") {
      if (!value()) return batch_usage(a + " needs a value");
      o.templates_dir = v;
    } else if (a == "--store") {
      if (!value()) return batch_usage(a + " needs a value");
      o.store = v;
    } else if (a == "--max-size") {
      if (!value()) return batch_usage(a + " needs a value");
      if (!parse_unsigned(v, n) || n < 1) return batch_usage("--max-size: '" + v + "' is not a number of bytes");
      o.max_bytes = static_cast<std::size_t>(n);
    } else if (a.size() > 1 && a[0] == '-') {
      return batch_usage("unknown option " + a);
    } else if (o.in_dir.empty()) {
      o.in_dir = a;
    } else {
      return batch_usage("batch takes one IN_DIR");
    }
  }
  if (o.in_dir.empty()) return batch_usage("batch needs an IN_DIR");
  if (o.out_dir.empty()) return batch_usage("batch needs -o OUT_DIR");
  if (!o.parse && !o.plan && !o.leaflet) return batch_usage("--only: nothing to make");
  if (quiet) mode = vanban::batch::ProgressMode::quiet;
  auto reporter = vanban::batch::make_reporter(mode, json_log);
  try {
    vanban::batch::Summary s = vanban::batch::run(o, *reporter);
    return s.failed ? 1 : 0;
  } catch (const vanban::batch::BatchError& e) {
    std::cerr << "vanban: error: " << e.what() << " [" << e.code << "]\n";
    return 1;
  }
}
