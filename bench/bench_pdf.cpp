// vanban_bench_pdf: PDF and scan reading throughput (pages/s), each row with
// its ratio to a baseline measured in the same run (see README.md).
//
//   text layer   every corpus/docs/*.pdf: poppler's raw page text (the floor
//                any reader pays) vs vanban's reader (word boxes, reading
//                order, stamps, legacy fonts) vs reader + text stage + parse
//   OCR          corpus/scans/*.pdf: 300 dpi rendering alone (the baseline)
//                vs rendering + Tesseract on 1 thread and on 2
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "vanban/ingest.h"
#include "vanban/parse.h"

namespace fs = std::filesystem;

namespace {

struct Doc {
  std::string name, bytes;
  int pages = 0;
};

std::vector<Doc> load(const fs::path& dir) {
  std::vector<Doc> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".pdf") {
      std::ifstream in(e.path(), std::ios::binary);
      Doc d{e.path().filename().string(), std::string(std::istreambuf_iterator<char>(in), {}), 0};
      std::unique_ptr<poppler::document> pd(poppler::document::load_from_raw_data(d.bytes.data(), d.bytes.size()));
      d.pages = pd ? pd->pages() : 0;
      out.push_back(std::move(d));
    }
  std::sort(out.begin(), out.end(), [](const Doc& a, const Doc& b) { return a.name < b.name; });
  return out;
}

// CPU seconds of the whole process (every thread): on a shared machine
// wall time says how busy it was, CPU time what the work cost.
double cpu_now() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
double last_cpu = 0;  // median CPU seconds of the last time_it

// Median seconds of `reps` runs of f over all documents.
double time_it(int reps, const std::function<void()>& f) {
  std::vector<double> t, c;
  for (int r = 0; r < reps; ++r) {
    auto a = std::chrono::steady_clock::now();
    double ca = cpu_now();
    f();
    c.push_back(cpu_now() - ca);
    t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
  }
  std::sort(t.begin(), t.end());
  std::sort(c.begin(), c.end());
  last_cpu = c[c.size() / 2];
  return t[t.size() / 2];
}

void row(const char* what, int pages, double secs, double base) {
  std::printf("%-34s %8.3f s %10.3f pages/s %7.2f x base %9.3f s CPU/page\n", what, secs, pages / secs, secs / base,
              last_cpu / pages);
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5, ocr_reps = 1;
  bool ocr = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--ocr-reps") && i + 1 < argc) ocr_reps = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--no-ocr")) ocr = false;
    else {
      std::fprintf(stderr, "usage: vanban_bench_pdf [--reps N] [--ocr-reps N] [--no-ocr]\n");
      return 2;
    }
  }
  const fs::path root(VANBAN_SOURCE_DIR);
  vanban::IngestLimits limits;
  limits.seconds_per_file = 3600;  // a benchmark measures, it does not refuse

  std::vector<Doc> docs = load(root / "corpus" / "docs");
  int pages = 0;
  for (const auto& d : docs) pages += d.pages;
  std::printf("text layer: %zu PDFs, %d pages, median of %d\n", docs.size(), pages, reps);
  volatile std::size_t sink = 0;
  double base = time_it(reps, [&] {
    for (const auto& d : docs) {
      std::unique_ptr<poppler::document> pd(poppler::document::load_from_raw_data(d.bytes.data(), d.bytes.size()));
      for (int i = 0; i < pd->pages(); ++i) {
        std::unique_ptr<poppler::page> p(pd->create_page(i));
        sink = sink + p->text().length();
      }
    }
  });
  row("baseline (poppler page text)", pages, base, base);
  row("read_pdf (reading order)", pages, time_it(reps, [&] {
        for (const auto& d : docs) sink = sink + vanban::extract(d.bytes, d.name, limits).text.size();
      }), base);
  row("read_pdf + load_text + parse", pages, time_it(reps, [&] {
        for (const auto& d : docs) sink = sink + vanban::parse(vanban::ingest_bytes(d.bytes, d.name, limits), d.name).provisions.size();
      }), base);

  std::vector<Doc> scans = load(root / "corpus" / "scans");
  if (!ocr || scans.empty()) return 0;
  int spages = 0;
  for (const auto& d : scans) spages += d.pages;
  std::printf("\nOCR: %zu scanned PDF(s), %d pages, 300 dpi, median of %d\n", scans.size(), spages, ocr_reps);
  double rbase = time_it(ocr_reps, [&] {
    for (const auto& d : scans) {
      std::unique_ptr<poppler::document> pd(poppler::document::load_from_raw_data(d.bytes.data(), d.bytes.size()));
      poppler::page_renderer r;
      r.set_image_format(poppler::image::format_gray8);
      for (int i = 0; i < pd->pages(); ++i) {
        std::unique_ptr<poppler::page> p(pd->create_page(i));
        sink = sink + r.render_page(p.get(), 300, 300).bytes_per_row();
      }
    }
  });
  row("baseline (render 300 dpi)", spages, rbase, rbase);
  double one = 0;
  for (int threads : {1, 2}) {
    limits.ocr_threads = threads;
    double t = time_it(ocr_reps, [&] {
      for (const auto& d : scans) sink = sink + vanban::extract(d.bytes, d.name, limits).text.size();
    });
    char what[64];
    std::snprintf(what, sizeof what, "read_pdf with OCR, %d thread%s", threads, threads > 1 ? "s" : "");
    row(what, spages, t, rbase);
    if (threads == 1) one = t;
    else std::printf("2 threads: %.2f x the speed of 1\n", one / t);
  }
  return 0;
}
