// A rendered PDF's words with their boxes, read back with poppler's
// `pdftotext -bbox` — how the plan and leaflet tests check layout.
#pragma once

#include <regex>
#include <string>
#include <vector>

#include "cli_run.h"

namespace pdf_words {

struct Word {
  int page;  // from 0
  double x0, y0, x1, y1;  // points, y from the top
  std::string text;
};

inline std::vector<Word> words(const std::string& pdf) {
  const std::string html = cli_run::output_of("pdftotext -bbox -enc UTF-8 " + pdf + " - 2>/dev/null");
  std::vector<Word> out;
  static const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  int page = -1;  // the text before the first <page> has no words
  std::size_t at = 0;
  for (;;) {
    const std::size_t pg = html.find("<page ", at);
    const std::string chunk = html.substr(at, (pg == std::string::npos ? html.size() : pg) - at);
    for (std::sregex_iterator i(chunk.begin(), chunk.end(), word), e; i != e; ++i)
      out.push_back({page, std::stod((*i)[1]), std::stod((*i)[2]), std::stod((*i)[3]), std::stod((*i)[4]), (*i)[5]});
    if (pg == std::string::npos) break;
    ++page;
    at = pg + 1;
  }
  return out;
}

}  // namespace pdf_words
