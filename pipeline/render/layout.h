// Shared types of the layout stage: computed styles, drawing operations,
// the vertical list of items that pagination cuts into pages.
// Units: PostScript points; y grows downwards from the top of the area that
// holds the item (the PDF writer flips it).
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fo.h"
#include "fonts.h"
#include "vanban/model.h"
#include "vanban/render.h"

namespace vanban::render {

struct Color {
  float r = 0, g = 0, b = 0;
  bool operator==(const Color&) const = default;
};

enum class Align : unsigned char { start, center, end, justify };

// Properties after inheritance. start/end indents are relative to the
// content rectangle being filled (page body, table cell, list body).
struct Style {
  int family = 0;  // fonts.h Family
  bool bold = false, italic = false;
  double size = 12;
  bool lh_absolute = false;
  double lh = 1.2;  // factor of size, or points when lh_absolute
  Align align = Align::start;
  std::optional<Align> align_last;  // none: start, or justify's "relative" rule
  double text_indent = 0, start_indent = 0, end_indent = 0;
  Color color;
  int widows = 2, orphans = 2;
  bool keep_together = false;
  unsigned char decoration = 0;  // 1 underline, 2 line-through (text-decoration)
  int face() const { return face_index(family, bold, italic); }
  double line_height() const { return lh_absolute ? lh : lh * size; }
};

struct Op {
  enum class Kind : unsigned char { text, rule, fill, image, link, anchor, page_number, citation } kind = Kind::text;
  double x = 0, y = 0;  // text: pen position on the baseline; rule: start; fill/image/link: top-left
  double w = 0, h = 0;  // rule: vector to the end point; fill/image/link: size
  int face = 0;
  double size = 0;       // text: font size; rule: thickness
  double space_extra = 0;  // text: width added to every U+0020 (justification)
  Color color;
  Align align = Align::start;  // page_number/citation: alignment inside w
  std::string text;  // text; link target ("#id" internal or a URI); anchor id; citation ref-id; image src
};

struct RowSplit;

// One unit of the vertical list: a line, a table row, a bordered block.
struct Item {
  double height = 0;
  double space_before = 0;      // discarded at the top of a page
  bool keep_with_prev = false;  // no page break allowed before this item
  bool break_before = false;    // forced page break before (break-before="page")
  int table = -1;               // body row of that table: a page break repeats its header
  std::vector<Op> ops;
  // Table rows: what splitting the row between two lines of its cells needs
  // (table.cpp); keep_whole when the row has keep-together.
  std::shared_ptr<const RowSplit> row;
  bool keep_whole = false;
  // An absolutely positioned fo:block-container: its ops' y are from the top
  // of the area that holds it, and it takes no room in the flow.
  bool absolute = false;
};

// Collects items with the XSL-FO rules between them: adjacent spaces
// resolve to the larger, keep-with-next and break-after wait for the next item.
struct ItemList {
  std::vector<Item> items;
  double pending_space = 0;
  bool pending_keep = false;
  bool pending_break = false;
  void add(Item it) {
    it.space_before = std::max(it.space_before, pending_space);
    it.keep_with_prev = it.keep_with_prev || pending_keep;
    it.break_before = it.break_before || pending_break;
    pending_space = 0;
    pending_keep = pending_break = false;
    items.push_back(std::move(it));
  }
};

struct Context {
  const std::string& origin;
  const Fonts& fonts;
  std::vector<Diagnostic>& diagnostics;
  std::vector<std::vector<Item>> table_headers;  // by table id
  int page_number = 0;  // while laying out static content; 0 in the flow
  double loosest = 0;
  int loosest_line = 0;
  std::string title;    // text of the first block with role="title"
  std::string base_dir;  // for external-graphic sources
  // From a first layout pass: the page number of each id, so that
  // page-number-citation is set as text of its real width in the second.
  std::map<std::string, std::string> known_pages;
  int page_digits = 1;  // of the last page number: the width reserved for fo:page-number in the flow
  std::vector<ContainerFit> containers;  // block-containers with an id, in document order

  void warn(const fo::Node& n, std::string code, std::string message);
  [[noreturn]] void fail(const fo::Node& n, std::string code, std::string message) const;
};

// ---- style.cpp: property values
double parse_length(Context& cx, const fo::Node& n, const std::string& key, const std::string& v,
                    double font_size, double percent_base);
std::optional<double> length_attr(Context& cx, const fo::Node& n, const char* key, double font_size,
                                  double percent_base = 0);
Style compute_style(Context& cx, const fo::Node& n, const Style& parent, double area_width);
Color parse_color(Context& cx, const fo::Node& n, const std::string& key, const std::string& v);
struct Edges { std::array<double, 4> w{}; std::array<Color, 4> c{}; };  // top right bottom left
Edges parse_borders(Context& cx, const fo::Node& n, double font_size);
std::array<double, 4> parse_padding(Context& cx, const fo::Node& n, double font_size, double width);
bool keep_attr(const fo::Node& n, const char* base);  // "always" or an integer on .within-page/-column/bare
bool page_break_attr(Context& cx, const fo::Node& n, const char* key);

// ---- table.cpp
struct RowCell {
  double x = 0, w = 0;
  Edges e;
  std::array<double, 4> pad{};
  std::optional<Color> bg;
  std::vector<std::pair<double, double>> lines;  // [top, bottom) of each content item, from the content top
  std::vector<Op> ops;                           // content, y from the content top
};
struct RowSplit {
  std::vector<RowCell> cells;
};
void layout_table(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);
// Cuts a row so that its first part is at most `avail` tall, every cell
// between two of its lines. False when no cell gets min_lines lines (at
// least one) in the first part, or everything fits.
bool split_row(const Item& row, double avail, size_t min_lines, Item& first, Item& rest);

// ---- block.cpp helpers shared with table.cpp
struct BlockFrame {
  double space_after = 0;
  bool keep_next = false, break_after = false;
  size_t first = 0;
};
BlockFrame open_block(Context& cx, const fo::Node& n, const Style& st, double width, ItemList& out);
void close_block(const fo::Node& n, const Style& st, const BlockFrame& f, ItemList& out);
void layout_content(Context& cx, const fo::Node& n, const Style& st, double x0, double width, ItemList& out);
// Stacks items into one box: returns its height; their ops, shifted by dy, go to `into`.
double stack_items(std::vector<Item>& items, double dy, std::vector<Op>& into);
void draw_borders(const Edges& e, double x, double y, double w, double h, std::vector<Op>& ops);

// ---- inline.cpp: a paragraph of inline content → line items
// The inline children [begin, end) of block, set in the content rectangle
// starting at x0 of the given width (indents of st apply inside it).
void layout_paragraph(Context& cx, const fo::Node& block, const Style& st, size_t begin, size_t end, double x0,
                      double width, bool first_para, std::vector<Item>& lines);

// ---- container.cpp: fo:block-container (absolute panels, e.g. a leaflet's)
void layout_container(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);

// ---- block.cpp: block-level FOs → items
void layout_blocks(Context& cx, const fo::Node& parent, const Style& st, double x0, double width, ItemList& out);

}  // namespace vanban::render
