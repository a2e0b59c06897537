// Page masters, pagination and the laid-out document handed to the PDF
// writer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout.h"

namespace vanban::render {

struct Page {
  double width = 595.28, height = 841.89;
  int number = 1;
  std::vector<Op> ops;  // absolute: x from the left edge, y from the top edge
};

struct Bookmark {
  std::string title;
  std::string dest;  // an id
  std::vector<Bookmark> children;
};

struct Laid {
  std::vector<Page> pages;
  std::map<std::string, std::pair<int, double>> anchors;  // id → page index, y from top
  std::vector<Bookmark> bookmarks;
};

// Lays out every page-sequence of fo:root.
Laid layout_document(Context& cx, const fo::Node& root);

}  // namespace vanban::render
