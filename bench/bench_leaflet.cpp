// vanban_bench_leaflet: time to render a leaflet (pipeline/leaflet: content,
// fitting passes, PDF) next to the time to render the same document's plan
// (pipeline/plan + PDF) in the same run, as the ratio leaflet/plan. Parsing
// is done once beforehand and not timed: both start from a Document.
//
//   vanban_bench_leaflet [--reps N] [FILE.txt | DIR]...
//
// Default input: the resolutions, decisions and laws of corpus/docs. Each
// document's best of N (default 5) per kind is summed, so a busy neighbour
// on the shared machine costs little. Not a test: timings are not pass/fail.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "vanban/leaflet.h"
#include "vanban/parse.h"
#include "vanban/plan.h"
#include "vanban/render.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

bool wanted(const fs::path& p) {
  std::string f = p.filename().string();
  if (p.extension() != ".txt" || f.find(".8bit") != std::string::npos || f.find(".groundtruth") != std::string::npos)
    return false;
  return f.rfind("nghi-quyet-", 0) == 0 || f.rfind("quyet-dinh-", 0) == 0 || f.rfind("luat-", 0) == 0;
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (fs::is_directory(a)) {
      for (const auto& e : fs::directory_iterator(a))
        if (wanted(e.path())) files.push_back(e.path().string());
    } else files.push_back(a);
  }
  if (files.empty())
    for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs"))
      if (wanted(e.path())) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());

  vanban::render::RenderOptions ro;
  ro.source_date_epoch = 0;
  vanban::leaflet::LeafletOptions lo;
  lo.url_pattern = "https://vbpl.example.gov.vn/van-ban?so={number}&nam={year}";
  // warm up: fonts, schema, templates, ICU data are loaded once per process
  {
    vanban::Document d = vanban::parse_file(files.front());
    vanban::render::render_fo(vanban::plan::render_plan_fo(d), "plan.fo", ro);
    vanban::render::render_fo(vanban::leaflet::render_leaflet_fo(d, lo).fo, "leaflet.fo", ro);
  }

  double plan_ms = 0, leaflet_ms = 0, fit_ms = 0;
  long passes = 0, plan_pages = 0, dropped = 0;
  int n = 0, failed = 0;
  std::string slowest;
  double slowest_ms = 0;
  for (const std::string& f : files) {
    vanban::Document d = vanban::parse_file(f);
    double best_plan = 1e18, best_leaflet = 1e18, best_fit = 1e18;
    try {
      for (int r = 0; r < reps; ++r) {
        auto t0 = Clock::now();
        auto pr = vanban::render::render_fo(vanban::plan::render_plan_fo(d), "plan.fo", ro);
        best_plan = std::min(best_plan, ms_since(t0));
        if (r == 0) plan_pages += pr.pages;
        auto t1 = Clock::now();
        vanban::leaflet::Leaflet l = vanban::leaflet::render_leaflet_fo(d, lo);
        double fit = ms_since(t1);
        vanban::render::render_fo(l.fo, "leaflet.fo", ro);
        best_leaflet = std::min(best_leaflet, ms_since(t1));
        best_fit = std::min(best_fit, fit);
        if (r == 0) {
          passes += l.layout_passes;
          for (const auto& w : l.warnings) dropped += w.code == "leaflet.dropped";
        }
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: %s\n", f.c_str(), e.what());
      ++failed;
      continue;
    }
    plan_ms += best_plan, leaflet_ms += best_leaflet, fit_ms += best_fit;
    if (best_leaflet > slowest_ms) slowest_ms = best_leaflet, slowest = fs::path(f).filename().string();
    ++n;
  }
  if (n == 0) return 1;
  std::printf("documents: %d (resolutions, decisions, laws), best of %d each, one thread%s\n", n, reps,
              failed ? (", " + std::to_string(failed) + " failed").c_str() : "");
  std::printf("%-34s %10s %10s\n", "", "ms/doc", "docs/s");
  std::printf("%-34s %10.2f %10.1f\n", "plan (FO + PDF), baseline", plan_ms / n, 1000.0 * n / plan_ms);
  std::printf("%-34s %10.2f %10.1f\n", "leaflet (content + fit + PDF)", leaflet_ms / n, 1000.0 * n / leaflet_ms);
  std::printf("%-34s %10.2f\n", "  of which content + fitting", fit_ms / n);
  std::printf("ratio leaflet/plan: %.2f; layout passes per leaflet: %.1f; plans average %.1f pages; "
              "%ld leaflets left points or questions out\n",
              leaflet_ms / plan_ms, static_cast<double>(passes) / n, static_cast<double>(plan_pages) / n, dropped);
  std::printf("slowest leaflet: %s %.1f ms\n", slowest.c_str(), slowest_ms);
  return 0;
}
