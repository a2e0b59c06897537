// Block-level formatting objects → the vertical item list: blocks (lines,
// or one item for a bordered block), lists (label beside the first body
// line), tables (one item per row; rows never split, header rows remembered
// so pagination repeats them on every page the table continues on).
#include <cmath>

#include "layout.h"

namespace vanban::render {
namespace {

void shift(std::vector<Op>& ops, double dx, double dy) {
  for (Op& o : ops) o.x += dx, o.y += dy;
}

bool is_inline(const fo::Node& n) {
  return n.is("#text") || n.is("inline") || n.is("basic-link") || n.is("leader") || n.is("page-number") ||
         n.is("page-number-citation") || n.is("external-graphic");
}

// Stacks a sub-list into one box: returns its height, ops shifted by dy.
double stack(std::vector<Item>& items, double dy, std::vector<Op>& into) {
  double y = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) y += items[i].space_before;
    shift(items[i].ops, 0, dy + y);
    for (Op& o : items[i].ops) into.push_back(std::move(o));
    y += items[i].height;
  }
  return y;
}

Op rule(double x, double y, double w, double h, double thick, Color c) {
  Op o;
  o.kind = Op::Kind::rule;
  o.x = x, o.y = y, o.w = w, o.h = h, o.size = thick, o.color = c;
  return o;
}

void borders(const Edges& e, double x, double y, double w, double h, std::vector<Op>& ops) {
  if (e.w[0] > 0) ops.push_back(rule(x, y, w, 0, e.w[0], e.c[0]));
  if (e.w[2] > 0) ops.push_back(rule(x, y + h, w, 0, e.w[2], e.c[2]));
  if (e.w[3] > 0) ops.push_back(rule(x, y, 0, h, e.w[3], e.c[3]));
  if (e.w[1] > 0) ops.push_back(rule(x + w, y, 0, h, e.w[1], e.c[1]));
}

double space_attr(Context& cx, const fo::Node& n, const char* a, const char* b, const char* c, const Style& st,
                  double width) {
  double v = 0;
  for (const char* key : {a, b, c})
    if (auto l = length_attr(cx, n, key, st.size, width)) v = std::max(v, *l);
  return v;
}

struct BlockFrame {
  double space_after = 0;
  bool keep_next = false, break_after = false;
  size_t first = 0;
};

// The attributes every block-level FO shares, before its content.
BlockFrame open(Context& cx, const fo::Node& n, const Style& st, double width, ItemList& out) {
  BlockFrame f;
  out.pending_space = std::max(out.pending_space, space_attr(cx, n, "space-before", "space-before.optimum", "margin-top", st, width));
  f.space_after = space_attr(cx, n, "space-after", "space-after.optimum", "margin-bottom", st, width);
  if (page_break_attr(cx, n, "break-before")) out.pending_break = true;
  if (keep_attr(n, "keep-with-previous")) out.pending_keep = true;
  f.keep_next = keep_attr(n, "keep-with-next");
  f.break_after = page_break_attr(cx, n, "break-after");
  f.first = out.items.size();
  return f;
}

void close(const fo::Node& n, const Style& st, const BlockFrame& f, ItemList& out) {
  if (const std::string* id = n.attr("id")) {
    if (out.items.size() == f.first) out.add(Item{});
    Op a;
    a.kind = Op::Kind::anchor;
    a.text = *id;
    out.items[f.first].ops.push_back(std::move(a));
  }
  if (st.keep_together)
    for (size_t i = f.first + 1; i < out.items.size(); ++i) out.items[i].keep_with_prev = true;
  if (f.keep_next) out.pending_keep = true;
  out.pending_space = std::max(out.pending_space, f.space_after);
  if (f.break_after) out.pending_break = true;
}

void layout_block(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);
void layout_table(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);
void layout_list(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);

void collect_text(const fo::Node& n, std::string& out) {
  if (n.is("#text")) out += n.text;
  for (const fo::Node& c : n.children) collect_text(c, out);
}

// Children of a block: runs of inline content become paragraphs.
void layout_content(Context& cx, const fo::Node& n, const Style& st, double x0, double width, ItemList& out) {
  bool first_para = true;
  size_t i = 0;
  while (i < n.children.size()) {
    if (is_inline(n.children[i])) {
      size_t j = i;
      while (j < n.children.size() && is_inline(n.children[j])) ++j;
      std::vector<Item> lines;
      layout_paragraph(cx, n, st, i, j, x0, width, first_para, lines);
      const size_t count = lines.size();
      for (size_t k = 0; k < count; ++k) {
        // Orphans: the first lines stay together; widows: the last ones.
        if (k > 0 && (k < static_cast<size_t>(st.orphans) || k + static_cast<size_t>(st.widows) > count))
          lines[k].keep_with_prev = true;
        out.add(std::move(lines[k]));
      }
      if (count > 0) first_para = false;
      i = j;
      continue;
    }
    const fo::Node& c = n.children[i];
    if (c.is("block")) layout_block(cx, c, st, x0, width, out);
    else if (c.is("table")) layout_table(cx, c, st, x0, width, out);
    else if (c.is("list-block")) layout_list(cx, c, st, x0, width, out);
    first_para = false;
    ++i;
  }
}

void layout_block(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  if (cx.title.empty() && n.attr("role") && *n.attr("role") == "title") collect_text(n, cx.title);
  BlockFrame f = open(cx, n, st, width, out);
  Edges e = parse_borders(cx, n, st.size);
  auto pad = parse_padding(cx, n, st.size, width);
  std::optional<Color> bg;
  if (const std::string* v = n.attr("background-color"); v && *v != "transparent") bg = parse_color(cx, n, "background-color", *v);
  bool boxed = bg.has_value();
  for (int s = 0; s < 4; ++s) boxed = boxed || e.w[static_cast<size_t>(s)] > 0 || pad[static_cast<size_t>(s)] > 0;
  if (!boxed) {
    layout_content(cx, n, st, x0, width, out);
  } else {
    // A bordered block is one unbreakable box (boxes in plans are short).
    const double bx = x0 + st.start_indent, bw = width - st.start_indent - st.end_indent;
    Style inner = st;
    inner.start_indent = inner.end_indent = 0;
    ItemList sub;
    const double ix = bx + e.w[3] + pad[3], iw = bw - e.w[3] - e.w[1] - pad[3] - pad[1];
    layout_content(cx, n, inner, ix, iw, sub);
    Item box;
    const double top = e.w[0] + pad[0];
    std::vector<Op> content;
    double h = stack(sub.items, top, content) + top + pad[2] + e.w[2];
    if (bg) {
      Op o;
      o.kind = Op::Kind::fill;
      o.x = bx, o.y = 0, o.w = bw, o.h = h, o.color = *bg;
      box.ops.push_back(o);
    }
    for (Op& o : content) box.ops.push_back(std::move(o));
    borders(e, bx, 0, bw, h, box.ops);
    box.height = h;
    out.add(std::move(box));
  }
  close(n, st, f, out);
}

std::vector<double> column_widths(Context& cx, const fo::Node& table, const Style& st, double tw) {
  std::vector<double> fixed;
  std::vector<double> prop;
  for (const fo::Node& c : table.children) {
    if (!c.is("table-column")) continue;
    int repeat = 1;
    if (const std::string* r = c.attr("number-columns-repeated")) {
      repeat = std::atoi(r->c_str());
      if (repeat < 1 || repeat > 100) cx.fail(c, "fo.value", "number-columns-repeated=\"" + *r + "\": expected 1–100");
    }
    double f = 0, p = 0;
    if (const std::string* w = c.attr("column-width")) {
      if (w->rfind("proportional-column-width(", 0) == 0 && w->back() == ')') {
        p = std::atof(w->c_str() + 26);
        if (!(p > 0)) cx.fail(c, "fo.value", "column-width=\"" + *w + "\": the proportion must be positive");
      } else {
        f = parse_length(cx, c, "column-width", *w, st.size, tw);
      }
    } else {
      p = 1;
    }
    for (int k = 0; k < repeat; ++k) fixed.push_back(f), prop.push_back(p);
  }
  if (fixed.empty()) {  // no columns declared: equal shares of the widest row
    size_t most = 1;
    for (const fo::Node& g : table.children)
      for (const fo::Node& r : g.children) {
        size_t cells = 0;
        for (const fo::Node& cell : r.children) {
          int span = 1;
          if (const std::string* s = cell.attr("number-columns-spanning")) span = std::max(1, std::atoi(s->c_str()));
          cells += static_cast<size_t>(span);
        }
        most = std::max(most, cells);
      }
    fixed.assign(std::min<size_t>(most, 100), 0);
    prop.assign(fixed.size(), 1);
  }
  double sum_fixed = 0, sum_prop = 0;
  for (size_t i = 0; i < fixed.size(); ++i) sum_fixed += fixed[i], sum_prop += prop[i];
  const double rest = std::max(0.0, tw - sum_fixed);
  std::vector<double> w(fixed.size());
  for (size_t i = 0; i < fixed.size(); ++i) w[i] = fixed[i] + (sum_prop > 0 ? rest * prop[i] / sum_prop : 0);
  return w;
}

Item layout_row(Context& cx, const fo::Node& row, const Style& group_st, const std::vector<double>& cols, double tx,
                double width) {
  Style rs = compute_style(cx, row, group_st, width);
  Item it;
  struct Cell { std::vector<Op> ops; double x, w, h; Edges e; std::array<double, 4> pad; std::string align; std::optional<Color> bg; };
  std::vector<Cell> cells;
  size_t col = 0;
  double row_h = 0;
  if (auto h = length_attr(cx, row, "height", rs.size, 0)) row_h = *h;
  for (const fo::Node& c : row.children) {
    int span = 1;
    if (const std::string* s = c.attr("number-columns-spanning")) {
      span = std::atoi(s->c_str());
      if (span < 1) cx.fail(c, "fo.value", "number-columns-spanning=\"" + *s + "\": expected a whole number ≥ 1");
    }
    if (col >= cols.size()) {
      cx.warn(c, "render.table", "more cells than table-columns; the cell is left out");
      break;
    }
    Cell cell;
    cell.x = tx;
    for (size_t k = 0; k < col; ++k) cell.x += cols[k];
    cell.w = 0;
    for (size_t k = col; k < col + static_cast<size_t>(span) && k < cols.size(); ++k) cell.w += cols[k];
    col += static_cast<size_t>(span);
    Style cs = compute_style(cx, c, rs, cell.w);
    cs.start_indent = cs.end_indent = 0;
    cell.e = parse_borders(cx, c, cs.size);
    cell.pad = parse_padding(cx, c, cs.size, cell.w);
    if (const std::string* a = c.attr("display-align")) cell.align = *a;
    if (const std::string* v = c.attr("background-color"); v && *v != "transparent") cell.bg = parse_color(cx, c, "background-color", *v);
    const double ix = cell.x + cell.e.w[3] / 2 + cell.pad[3];
    const double iw = cell.w - (cell.e.w[3] + cell.e.w[1]) / 2 - cell.pad[3] - cell.pad[1];
    ItemList sub;
    layout_content(cx, c, cs, ix, std::max(iw, 1.0), sub);
    cell.h = stack(sub.items, 0, cell.ops) + cell.e.w[0] / 2 + cell.pad[0] + cell.pad[2] + cell.e.w[2] / 2;
    if (const std::string* id = c.attr("id")) {
      Op a;
      a.kind = Op::Kind::anchor;
      a.text = *id;
      cell.ops.push_back(std::move(a));
    }
    row_h = std::max(row_h, cell.h);
    cells.push_back(std::move(cell));
  }
  for (Cell& cell : cells) {
    double dy = cell.e.w[0] / 2 + cell.pad[0];
    if (cell.align == "center") dy += (row_h - cell.h) / 2;
    else if (cell.align == "after") dy += row_h - cell.h;
    if (cell.bg) {
      Op o;
      o.kind = Op::Kind::fill;
      o.x = cell.x, o.y = 0, o.w = cell.w, o.h = row_h, o.color = *cell.bg;
      it.ops.insert(it.ops.begin(), o);
    }
    shift(cell.ops, 0, dy);
    for (Op& o : cell.ops) it.ops.push_back(std::move(o));
    borders(cell.e, cell.x, 0, cell.w, row_h, it.ops);
  }
  it.height = row_h;
  return it;
}

void layout_table(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  BlockFrame f = open(cx, n, st, width, out);
  const double tx = x0 + st.start_indent;
  const double avail = width - st.start_indent - st.end_indent;
  double tw = avail;
  if (const std::string* w = n.attr("width"); w && *w != "auto") tw = parse_length(cx, n, "width", *w, st.size, avail);
  std::vector<double> cols = column_widths(cx, n, st, tw);
  Style inner = st;
  inner.start_indent = inner.end_indent = 0;
  const int id = static_cast<int>(cx.table_headers.size());
  cx.table_headers.emplace_back();
  bool has_header = false, first_body = true;
  for (const fo::Node& g : n.children) {
    if (!g.is("table-header") && !g.is("table-body")) continue;
    Style gs = compute_style(cx, g, inner, tw);
    const bool header = g.is("table-header");
    for (const fo::Node& r : g.children) {
      Item row = layout_row(cx, r, gs, cols, tx, tw);
      const bool keep_next = keep_attr(r, "keep-with-next");
      if (keep_attr(r, "keep-with-previous")) row.keep_with_prev = true;
      if (page_break_attr(cx, r, "break-before")) row.break_before = true;
      if (header) {
        has_header = true;
        if (!cx.table_headers[static_cast<size_t>(id)].empty()) row.keep_with_prev = true;
        cx.table_headers[static_cast<size_t>(id)].push_back(row);
      } else {
        if (has_header) {
          row.table = id;
          if (first_body) row.keep_with_prev = true;  // a header never ends a page alone
        }
        first_body = false;
      }
      out.add(std::move(row));
      if (keep_next) out.pending_keep = true;
    }
  }
  // A tall row can push the table's own keep-together past a page; pagination reports it.
  close(n, st, f, out);
}

void layout_list(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  BlockFrame f = open(cx, n, st, width, out);
  double dist = 24, sep = 6;
  if (auto v = length_attr(cx, n, "provisional-distance-between-starts", st.size, width)) dist = *v;
  if (auto v = length_attr(cx, n, "provisional-label-separation", st.size, width)) sep = *v;
  const double lx = x0 + st.start_indent;
  const double bx = lx + dist;
  const double bw = width - st.start_indent - st.end_indent - dist;
  for (const fo::Node& item : n.children) {
    Style is = compute_style(cx, item, st, width);
    BlockFrame fi = open(cx, item, is, width, out);
    Style inner = is;
    inner.start_indent = inner.end_indent = 0;
    const fo::Node& label = item.children.at(0);
    const fo::Node& body = item.children.at(1);
    Style ls = compute_style(cx, label, inner, dist - sep);
    ls.start_indent = ls.end_indent = 0;
    ItemList lab;
    layout_content(cx, label, ls, lx, std::max(1.0, dist - sep), lab);
    std::vector<Op> label_ops;
    double lh = stack(lab.items, 0, label_ops);
    Style bs = compute_style(cx, body, inner, bw);
    bs.start_indent = bs.end_indent = 0;
    const size_t first = out.items.size();
    layout_content(cx, body, bs, bx, std::max(1.0, bw), out);
    if (out.items.size() == first) {
      Item it;
      it.height = lh;
      out.add(std::move(it));
    }
    Item& head = out.items[first];
    head.height = std::max(head.height, lh);
    for (Op& o : label_ops) head.ops.push_back(std::move(o));
    close(item, is, fi, out);
  }
  close(n, st, f, out);
}

}  // namespace

void layout_blocks(Context& cx, const fo::Node& parent, const Style& st, double x0, double width, ItemList& out) {
  for (const fo::Node& c : parent.children) {
    if (c.is("block")) layout_block(cx, c, st, x0, width, out);
    else if (c.is("table")) layout_table(cx, c, st, x0, width, out);
    else if (c.is("list-block")) layout_list(cx, c, st, x0, width, out);
  }
}

}  // namespace vanban::render
