// vanban_bench_render: renders XSL-FO files N times in one process and
// reports ms/document, pages/s, the PDF size and peak RSS, next to a
// baseline row — libxml2 parse + RELAX NG validation of the same FO
// (validate_fo) — as the ratio render/baseline.
//
//   vanban_bench_render [-n N] [-j THREADS[,THREADS…]] [--out FILE.pdf] [--pdf-dir DIR] [FILE.fo | DIR]...
//
// -j 1,2 (the default) runs the batch once per thread count in the same
// process, so the rows compare under the same load.
//
// --pdf-dir DIR: afterwards, one thread renders each file N times more,
// writes DIR/<stem>.pdf and prints a line per file for scripts
// (bench/fop-compare):  file<TAB>path<TAB>pages<TAB>mean ms<TAB>PDF bytes
// (or file<TAB>path<TAB>ERROR<TAB>message).
// tests/data/render/plan-reference.fo always comes first. Not a test:
// timings are not pass/fail on a shared machine.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "vanban/render.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

static std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  int n = 200;
  std::vector<int> thread_counts;
  std::string out, pdf_dir;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-n" && i + 1 < argc) n = std::max(1, std::atoi(argv[++i]));
    else if (a == "-j" && i + 1 < argc) {
      std::stringstream list(argv[++i]);
      for (std::string t; std::getline(list, t, ',');) thread_counts.push_back(std::max(1, std::atoi(t.c_str())));
    }
    else if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--pdf-dir" && i + 1 < argc) pdf_dir = argv[++i];
    else if (fs::is_directory(a)) {
      std::vector<std::string> found;
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.path().extension() == ".fo") found.push_back(e.path().string());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else files.push_back(a);
  }
  if (thread_counts.empty()) thread_counts = {1, 2};
  // The reference plan always runs first (its figures are the ones quoted).
  files.insert(files.begin(), std::string(VANBAN_SOURCE_DIR) + "/tests/data/render/plan-reference.fo");
  std::vector<std::string> texts;
  for (const auto& f : files) texts.push_back(slurp(f));

  // Cold: the first render pays for fonts, ICU and the schema.
  auto t0 = Clock::now();
  vanban::render::RenderResult first;
  try {
    first = vanban::render::render_fo(texts[0], files[0]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  double cold_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  if (!out.empty()) {  // the last file named (the reference plan when none is)
    auto last = texts.size() == 1 ? first : vanban::render::render_fo(texts.back(), files.back());
    std::ofstream(out, std::ios::binary) << last.pdf;
  }
  for (const auto& d : first.diagnostics) std::fprintf(stderr, "%s\n", vanban::format_diagnostic(d).c_str());

  std::atomic<long> pages{0}, bytes{0}, failed{0};
  const int total = n * static_cast<int>(texts.size());
  auto cpu = [] {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
  };
  struct Run {
    int threads;
    double wall_s, cpu_ms;  // cpu_ms: per document
    long pages;
  };
  std::vector<Run> runs;
  for (int threads : thread_counts) {
    std::atomic<int> next{0};
    pages = 0, bytes = 0;
    auto worker = [&] {
      for (int k; (k = next++) < total;) {
        size_t f = static_cast<size_t>(k) % texts.size();
        try {
          auto r = vanban::render::render_fo(texts[f], files[f]);
          pages += r.pages;
          bytes += static_cast<long>(r.pdf.size());
        } catch (const vanban::render::FoError& e) {
          if (failed++ == 0) std::fprintf(stderr, "%s\n", e.what());
        }
      }
    };
    const double cpu0 = cpu();
    t0 = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    // CPU time says what a quiet machine would do: wall time on a shared
    // 2-core box moves with the neighbours' load.
    runs.push_back({threads, std::chrono::duration<double>(Clock::now() - t0).count(), (cpu() - cpu0) / total, pages});
  }

  t0 = Clock::now();
  for (int k = 0; k < total; ++k) {
    try {
      vanban::render::validate_fo(texts[static_cast<size_t>(k) % texts.size()], "x.fo");
    } catch (const vanban::render::FoError&) {
    }
  }
  double base_s = std::chrono::duration<double>(Clock::now() - t0).count();

  if (!pdf_dir.empty()) {
    fs::create_directories(pdf_dir);
    for (size_t f = 0; f < texts.size(); ++f) {
      vanban::render::RenderResult r;
      double ms = 0;
      try {
        for (int k = 0; k < n; ++k) {
          auto t = Clock::now();
          r = vanban::render::render_fo(texts[f], files[f]);
          ms += std::chrono::duration<double, std::milli>(Clock::now() - t).count();
        }
      } catch (const std::exception& e) {
        std::string why = e.what();
        std::replace(why.begin(), why.end(), '\n', ' ');
        std::printf("file\t%s\tERROR\t%s\n", files[f].c_str(), why.c_str());
        continue;
      }
      std::ofstream((fs::path(pdf_dir) / fs::path(files[f]).stem()).string() + ".pdf", std::ios::binary) << r.pdf;
      std::printf("file\t%s\t%d\t%.3f\t%zu\n", files[f].c_str(), r.pages, ms / n, r.pdf.size());
    }
  }

  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("files %zu, %d renders per row (%ld refused)\n", files.size(), total, static_cast<long>(failed));
  std::printf("%-28s %10s %10s %10s %10s %12s\n", "", "ms/doc", "docs/s", "pages/s", "ratio", "CPU ms/doc");
  for (const Run& r : runs) {
    std::string name = "render, " + std::to_string(r.threads) + (r.threads == 1 ? " thread" : " threads");
    std::printf("%-28s %10.2f %10.1f %10.1f %10.1f %12.2f\n", name.c_str(), r.wall_s * 1000 / total, total / r.wall_s,
                r.pages / r.wall_s, r.wall_s / base_s, r.cpu_ms);
  }
  std::printf("%-28s %10.3f %10.1f %10s %10.1f\n", "baseline (parse+validate)", base_s * 1000 / total, total / base_s, "-", 1.0);
  std::printf("cold first render %.1f ms, %d pages, %.1f KB; mean PDF %.1f KB; loosest line ratio %.3f (FO line %d)\n",
              cold_ms, first.pages, first.pdf.size() / 1024.0, bytes / 1024.0 / total, first.loosest_ratio,
              first.loosest_line);
  const double cpu_ms = runs.front().cpu_ms;
  std::printf("CPU %.2f ms/doc (%d thread%s): %.0f docs/s per core, %.0f on %u cores\n", cpu_ms, runs.front().threads,
              runs.front().threads == 1 ? "" : "s", 1000 / cpu_ms, 1000 / cpu_ms * std::thread::hardware_concurrency(),
              std::thread::hardware_concurrency());
  std::printf("peak RSS %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
