// Leaflets rendered to PDF and read back (pdftotext -bbox-layout): the
// words of each panel, in the order a folded leaflet is read. Shared by
// leaflet_test.cpp and leaflet_rules_test.cpp.
#pragma once

#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "pdf_words.h"
#include "vanban/leaflet.h"
#include "vanban/parse.h"
#include "vanban/render.h"

namespace leaflet_pdf {

namespace fs = std::filesystem;
using namespace vanban;

constexpr double kPtPerMm = 72.0 / 25.4;

inline std::string shell(const std::string& cmd) { return cli_run::output_of(cmd); }

inline std::string corpus(const std::string& name) {
  return (fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs" / (name + ".txt")).string();
}

inline render::RenderResult leaflet_pdf(const leaflet::Leaflet& l, const std::string& name) {
  render::RenderOptions ro;
  ro.source_date_epoch = 1722556800;  // never the clock
  return render::render_fo(l.fo, name + ".fo", ro);
}

struct LeafletPdf {
  leaflet::Leaflet leaflet;
  render::RenderResult result;
  cli_run::TempFile file;
  std::string path;
  explicit LeafletPdf(const std::string& name, leaflet::LeafletOptions o = {})
      : leaflet(leaflet::render_leaflet_fo(parse_file(corpus(name)), o)),
        result(leaflet_pdf(leaflet, name)),
        file(result.pdf, "vanban-leaflet"),
        path(file.path) {}
};

using pdf_words::Word;
using pdf_words::words;

// The six panels of the sheet: page 1 (outside) flap, back, cover; page 2
// (inside) 1, 2, 3 — each a third of the landscape page.
inline int panel_of(const Word& w) { return w.page * 3 + static_cast<int>(((w.x0 + w.x1) / 2) / (99 * kPtPerMm)); }

// The text of each panel, line by line (words sorted by line, then x), in
// the order a folded leaflet is read: cover, inner flap, inside 1–3, back.
inline std::string panels_text(const std::vector<Word>& ws) {
  const int order[6] = {2, 0, 3, 4, 5, 1};
  const char* names[6] = {"cover", "inner flap", "inside 1", "inside 2", "inside 3", "back"};
  std::string out;
  for (int k = 0; k < 6; ++k) {
    std::vector<Word> in;
    for (const Word& w : ws)
      if (panel_of(w) == order[k]) in.push_back(w);
    std::stable_sort(in.begin(), in.end(), [](const Word& a, const Word& b) {
      if (std::abs(a.y1 - b.y1) > 2) return a.y1 < b.y1;
      return a.x0 < b.x0;
    });
    out += std::string("== ") + names[k] + " ==\n";
    for (std::size_t i = 0; i < in.size(); ++i) {
      bool new_line = i > 0 && (std::abs(in[i].y1 - in[i - 1].y1) > 2 || in[i].x0 < in[i - 1].x0);
      out += (i == 0 ? "" : new_line ? "\n" : " ") + in[i].text;
    }
    out += "\n";
  }
  return out;
}

// The panels' text on one line: for phrases that wrap.
inline std::string flat(std::string t) {
  std::replace(t.begin(), t.end(), '\n', ' ');
  return t;
}

}  // namespace leaflet_pdf
