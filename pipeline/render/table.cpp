// Tables: column widths (fixed, percentage, proportional-column-width),
// rows laid out cell by cell, header rows remembered so pagination repeats
// them, and the clean split of a row between two pages — each cell cut
// between two of its lines, borders closed on both parts.
#include <cmath>
#include <cstdlib>

#include "layout.h"

namespace vanban::render {
namespace {

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
        if (!(p > 0) || p > 1e6) cx.fail(c, "fo.value", "column-width=\"" + *w + "\": the proportion must be positive");
      } else {
        f = parse_length(cx, c, "column-width", *w, st.size, tw);
      }
    } else {
      p = 1;
    }
    for (int k = 0; k < repeat; ++k) fixed.push_back(f), prop.push_back(p);
    if (fixed.size() > 1000) cx.fail(c, "fo.limit", "more than 1000 table columns");
  }
  if (fixed.empty()) {  // no columns declared: equal shares of the widest row
    size_t most = 1;
    for (const fo::Node& g : table.children)
      for (const fo::Node& r : g.children) {
        size_t cells = 0;
        for (const fo::Node& cell : r.children) {
          int span = 1;
          if (const std::string* s = cell.attr("number-columns-spanning")) span = std::max(1, std::atoi(s->c_str()));
          cells += static_cast<size_t>(std::min(span, 100));
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

// Draws a row (or a part of one) of height h from its cells' content
// between content offsets [from[i], to[i]) of each cell.
void draw_row(const RowSplit& rs, const std::vector<double>& from, const std::vector<double>& to,
              const std::vector<double>& offset, double h, Item& it) {
  for (size_t i = 0; i < rs.cells.size(); ++i) {
    const RowCell& c = rs.cells[i];
    if (c.bg) {
      Op o;
      o.kind = Op::Kind::fill;
      o.x = c.x, o.y = 0, o.w = c.w, o.h = h, o.color = *c.bg;
      it.ops.insert(it.ops.begin(), o);
    }
  }
  for (size_t i = 0; i < rs.cells.size(); ++i) {
    const RowCell& c = rs.cells[i];
    const double dy = c.e.w[0] / 2 + c.pad[0] + offset[i] - from[i];
    for (const Op& o : c.ops) {
      if (o.y < from[i] - 1e-6 || o.y >= to[i] - 1e-6) continue;
      Op m = o;
      m.y += dy;
      it.ops.push_back(std::move(m));
    }
    draw_borders(c.e, c.x, 0, c.w, h, it.ops);
  }
  it.height = h;
}

Item layout_row(Context& cx, const fo::Node& row, const Style& group_st, const std::vector<double>& cols, double tx,
                double width) {
  Style rs = compute_style(cx, row, group_st, width);
  auto split = std::make_shared<RowSplit>();
  std::vector<double> heights, offsets;
  std::vector<std::string> aligns;
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
    RowCell cell;
    cell.x = tx;
    for (size_t k = 0; k < col; ++k) cell.x += cols[k];
    for (size_t k = col; k < col + static_cast<size_t>(span) && k < cols.size(); ++k) cell.w += cols[k];
    col += static_cast<size_t>(span);
    Style cs = compute_style(cx, c, rs, cell.w);
    cs.start_indent = cs.end_indent = 0;
    cell.e = parse_borders(cx, c, cs.size);
    cell.pad = parse_padding(cx, c, cs.size, cell.w);
    aligns.push_back(c.attr("display-align") ? *c.attr("display-align") : "before");
    if (const std::string* v = c.attr("background-color"); v && *v != "transparent")
      cell.bg = parse_color(cx, c, "background-color", *v);
    const double ix = cell.x + cell.e.w[3] / 2 + cell.pad[3];
    const double iw = cell.w - (cell.e.w[3] + cell.e.w[1]) / 2 - cell.pad[3] - cell.pad[1];
    ItemList sub;
    layout_content(cx, c, cs, ix, std::max(iw, 1.0), sub);
    double y = 0;
    for (size_t i = 0; i < sub.items.size(); ++i) {
      if (i > 0) y += sub.items[i].space_before;
      cell.lines.emplace_back(y, y + sub.items[i].height);
      y += sub.items[i].height;
    }
    stack_items(sub.items, 0, cell.ops);
    if (const std::string* id = c.attr("id")) {
      Op a;
      a.kind = Op::Kind::anchor;
      a.text = *id;
      cell.ops.push_back(std::move(a));
    }
    const double h = y + cell.e.w[0] / 2 + cell.pad[0] + cell.pad[2] + cell.e.w[2] / 2;
    heights.push_back(h);
    row_h = std::max(row_h, h);
    split->cells.push_back(std::move(cell));
  }
  for (size_t i = 0; i < heights.size(); ++i)
    offsets.push_back(aligns[i] == "center" ? (row_h - heights[i]) / 2 : aligns[i] == "after" ? row_h - heights[i] : 0);
  Item it;
  std::vector<double> from(split->cells.size(), 0), to(split->cells.size(), 1e18);
  draw_row(*split, from, to, offsets, row_h, it);
  it.keep_whole = keep_attr(row, "keep-together");
  it.row = std::move(split);
  return it;
}

}  // namespace

bool split_row(const Item& row, double avail, size_t min_lines, Item& first, Item& rest) {
  if (!row.row) return false;
  const RowSplit& rs = *row.row;
  const size_t n = rs.cells.size();
  std::vector<double> cut(n, 0), zero(n, 0), end(n, 1e18);
  double first_h = 0, rest_h = 0;
  bool left = false;
  size_t most = 0;
  for (size_t i = 0; i < n; ++i) {
    const RowCell& c = rs.cells[i];
    const double frame = c.e.w[0] / 2 + c.pad[0] + c.pad[2] + c.e.w[2] / 2;
    size_t k = 0;
    while (k < c.lines.size() && c.lines[k].second + frame <= avail + 1e-6) ++k;
    cut[i] = k == 0 ? 0 : c.lines[k - 1].second;
    if (k < c.lines.size()) {
      left = true;
      cut[i] = k == 0 ? 0 : c.lines[k].first;  // the rest starts at its next line
      rest_h = std::max(rest_h, c.lines.back().second - c.lines[k].first + frame);
      first_h = std::max(first_h, (k == 0 ? 0 : c.lines[k - 1].second) + frame);
    } else {
      cut[i] = 1e18;  // the whole cell stays in the first part
      first_h = std::max(first_h, (c.lines.empty() ? 0 : c.lines.back().second) + frame);
      rest_h = std::max(rest_h, frame);
    }
    most = std::max(most, k);
  }
  if (most < std::max<size_t>(min_lines, 1) || !left) return false;
  first = Item{};
  rest = Item{};
  draw_row(rs, zero, cut, zero, std::min(avail, std::max(first_h, 0.0)), first);
  std::vector<double> from_rest(cut);
  for (double& v : from_rest) v = std::min(v, 1e17);
  draw_row(rs, from_rest, end, zero, rest_h, rest);
  // The rest can split again; both keep the row's place in its table.
  auto tail = std::make_shared<RowSplit>(rs);
  for (size_t i = 0; i < n; ++i) {
    RowCell& c = tail->cells[i];
    if (cut[i] >= 1e17) {
      c.lines.clear();
      c.ops.clear();
      continue;
    }
    std::vector<std::pair<double, double>> lines;
    for (const auto& l : c.lines)
      if (l.first >= cut[i] - 1e-6) lines.emplace_back(l.first - cut[i], l.second - cut[i]);
    std::vector<Op> ops;
    for (const Op& o : c.ops)
      if (o.y >= cut[i] - 1e-6) {
        ops.push_back(o);
        ops.back().y -= cut[i];
      }
    c.lines = std::move(lines);
    c.ops = std::move(ops);
  }
  rest.row = std::move(tail);
  first.table = rest.table = row.table;
  first.space_before = row.space_before;
  first.keep_with_prev = row.keep_with_prev;
  first.break_before = row.break_before;
  return true;
}

void layout_table(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  BlockFrame f = open_block(cx, n, st, width, out);
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
        row.keep_whole = true;
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
  close_block(n, st, f, out);
}

}  // namespace vanban::render
