// vanban_bench_ingest — throughput of pipeline/ingest per format on the
// corpus originals (.docx .doc .rtf .html .pdf), against reading the .txt
// beside each one in the same run.
//
// Files are loaded into memory once (file I/O is not measured). For each
// format, over several repetitions:
//
//   baseline   ingest_bytes of the .txt twins: the text stage alone (decode,
//              NFC, debris) on the same documents — what reading them costs
//              when someone has already extracted the text
//   extract    the format's reader alone (unzip + XML, antiword/unrtf as
//              subprocesses, HTML parser, poppler)
//   ingest     reader + text stage: what `vanban text ORIGINAL` costs
//
// Prints, per format, the median repetition as MB/s of original bytes,
// documents/s, pages/s (PDF: pages read; DOCX/DOC/RTF/HTML have no pages in
// the file, so A4 pages of their text, 3000 characters each, are given
// instead and marked ~), and ingest as a multiple of the baseline.
// One thread: the numbers are per core.
//
//   vanban_bench_ingest [--reps N] [--formats docx,doc,rtf,html,pdf] [DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "vanban/ingest.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Doc {
  std::string name, bytes, txt;
  int pages = 0;          // PDF pages, else 0
  std::size_t chars = 0;  // characters of its text (for ~pages)
};

volatile std::size_t g_sink = 0;

double median_seconds(int reps, const std::vector<Doc>& docs, const std::function<std::size_t(const Doc&)>& work) {
  std::vector<double> s;
  for (int i = 0; i < reps; ++i) {
    std::size_t sink = 0;
    auto t0 = Clock::now();
    for (const auto& d : docs) sink += work(d);
    s.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    g_sink = g_sink + sink;
  }
  std::sort(s.begin(), s.end());
  return s[s.size() / 2];
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::size_t utf8_chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 3;
  std::string formats = "docx,doc,rtf,html,pdf";
  fs::path dir = fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--formats") == 0 && i + 1 < argc) formats = argv[++i];
    else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: vanban_bench_ingest [--reps N] [--formats docx,doc,rtf,html,pdf] [DIR]\n");
      return 2;
    } else dir = argv[i];
  }

  std::map<std::string, std::vector<Doc>> by_format;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::string ext = p.extension().string();
    if (ext.size() < 2 || ("," + formats + ",").find("," + ext.substr(1) + ",") == std::string::npos) continue;
    fs::path txt = fs::path(p).replace_extension(".txt");
    if (!fs::exists(txt)) continue;
    Doc d{p.filename().string(), slurp(p), slurp(txt)};
    try {
      vanban::Extracted e = vanban::extract(d.bytes, d.name);
      d.pages = e.pages;
      d.chars = utf8_chars(e.text);
    } catch (const std::exception& ex) {
      std::fprintf(stderr, "%s: skipped: %s\n", d.name.c_str(), ex.what());
      continue;
    }
    by_format[ext.substr(1)].push_back(std::move(d));
  }

  std::printf("pipeline/ingest on %s, median of %d, one thread\n\n", dir.string().c_str(), reps);
  std::printf("%-6s %5s %9s %10s %9s %9s %11s %10s %10s\n", "format", "docs", "MB", "baseline", "extract",
              "ingest", "MB/s", "docs/s", "pages/s");
  for (const auto& [fmt, docs] : by_format) {
    double mb = 0, pages = 0;
    bool real_pages = false;
    for (const auto& d : docs) {
      mb += static_cast<double>(d.bytes.size()) / 1e6;
      if (d.pages > 0) {
        pages += d.pages;
        real_pages = true;
      } else {
        pages += static_cast<double>(d.chars) / 3000.0;
      }
    }
    double base = median_seconds(reps, docs, [](const Doc& d) { return vanban::ingest_bytes(d.txt, d.name).lines.size(); });
    double ext = median_seconds(reps, docs, [](const Doc& d) { return vanban::extract(d.bytes, d.name).text.size(); });
    double ing = median_seconds(reps, docs, [](const Doc& d) { return vanban::ingest_bytes(d.bytes, d.name).lines.size(); });
    char pg[32];
    std::snprintf(pg, sizeof pg, "%s%.1f", real_pages ? "" : "~", pages / ing);
    std::printf("%-6s %5zu %9.2f %8.1fms %7.1fms %7.1fms %11.2f %10.1f %10s   ingest = %.1f x baseline\n",
                fmt.c_str(), docs.size(), mb, base * 1e3, ext * 1e3, ing * 1e3, mb / ing,
                static_cast<double>(docs.size()) / ing, pg, ing / base);
  }
  return 0;
}
