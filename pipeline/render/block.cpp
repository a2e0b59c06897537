// Block-level formatting objects → the vertical item list: blocks (lines,
// or one item for a bordered block), lists (label beside the first body
// line), tables (one item per row; rows never split, header rows remembered
// so pagination repeats them on every page the table continues on).
#include <cmath>

#include "layout.h"

namespace vanban::render {
namespace {


bool is_inline(const fo::Node& n) {
  return n.is("#text") || n.is("inline") || n.is("basic-link") || n.is("leader") || n.is("page-number") ||
         n.is("page-number-citation") || n.is("external-graphic");
}


double space_attr(Context& cx, const fo::Node& n, const char* a, const char* b, const char* c, const Style& st,
                  double width) {
  double v = 0;
  for (const char* key : {a, b, c})
    if (auto l = length_attr(cx, n, key, st.size, width)) v = std::max(v, *l);
  return v;
}

}  // namespace

double stack_items(std::vector<Item>& items, double dy, std::vector<Op>& into) {
  double y = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const bool abs = items[i].absolute;  // placed from the box's top, takes no room
    if (i > 0 && !abs) y += items[i].space_before;
    for (Op& o : items[i].ops) {
      o.y += dy + (abs ? 0 : y);
      into.push_back(std::move(o));
    }
    if (!abs) y += items[i].height;
  }
  return y;
}

void draw_borders(const Edges& e, double x, double y, double w, double h, std::vector<Op>& ops) {
  auto rule = [&](double x0, double y0, double dx, double dy, int side) {
    if (e.w[static_cast<size_t>(side)] <= 0) return;
    Op o;
    o.kind = Op::Kind::rule;
    o.x = x0, o.y = y0, o.w = dx, o.h = dy, o.size = e.w[static_cast<size_t>(side)], o.color = e.c[static_cast<size_t>(side)];
    ops.push_back(o);
  };
  rule(x, y, w, 0, 0);
  rule(x, y + h, w, 0, 2);
  rule(x, y, 0, h, 3);
  rule(x + w, y, 0, h, 1);
}

// The attributes every block-level FO shares, before its content.
BlockFrame open_block(Context& cx, const fo::Node& n, const Style& st, double width, ItemList& out) {
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

void close_block(const fo::Node& n, const Style& st, const BlockFrame& f, ItemList& out) {
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

namespace {
void layout_block(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);
void layout_list(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out);

void collect_text(const fo::Node& n, std::string& out) {
  if (n.is("#text")) out += n.text;
  for (const fo::Node& c : n.children) collect_text(c, out);
}

}  // namespace

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
    else if (c.is("block-container")) layout_container(cx, c, st, x0, width, out);
    first_para = false;
    ++i;
  }
}

namespace {

void layout_block(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  if (cx.title.empty() && n.attr("role") && *n.attr("role") == "title") collect_text(n, cx.title);
  BlockFrame f = open_block(cx, n, st, width, out);
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
    double h = stack_items(sub.items, top, content) + top + pad[2] + e.w[2];
    if (bg) {
      Op o;
      o.kind = Op::Kind::fill;
      o.x = bx, o.y = 0, o.w = bw, o.h = h, o.color = *bg;
      box.ops.push_back(o);
    }
    for (Op& o : content) box.ops.push_back(std::move(o));
    draw_borders(e, bx, 0, bw, h, box.ops);
    box.height = h;
    out.add(std::move(box));
  }
  close_block(n, st, f, out);
}

void layout_list(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  BlockFrame f = open_block(cx, n, st, width, out);
  double dist = 24, sep = 6;
  if (auto v = length_attr(cx, n, "provisional-distance-between-starts", st.size, width)) dist = *v;
  if (auto v = length_attr(cx, n, "provisional-label-separation", st.size, width)) sep = *v;
  const double lx = x0 + st.start_indent;
  const double bx = lx + dist;
  const double bw = width - st.start_indent - st.end_indent - dist;
  for (const fo::Node& item : n.children) {
    Style is = compute_style(cx, item, st, width);
    BlockFrame fi = open_block(cx, item, is, width, out);
    Style inner = is;
    inner.start_indent = inner.end_indent = 0;
    const fo::Node& label = item.children.at(0);
    const fo::Node& body = item.children.at(1);
    Style ls = compute_style(cx, label, inner, dist - sep);
    ls.start_indent = ls.end_indent = 0;
    ItemList lab;
    layout_content(cx, label, ls, lx, std::max(1.0, dist - sep), lab);
    std::vector<Op> label_ops;
    double lh = stack_items(lab.items, 0, label_ops);
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
    close_block(item, is, fi, out);
  }
  close_block(n, st, f, out);
}

}  // namespace

void layout_blocks(Context& cx, const fo::Node& parent, const Style& st, double x0, double width, ItemList& out) {
  for (const fo::Node& c : parent.children) {
    if (c.is("block")) layout_block(cx, c, st, x0, width, out);
    else if (c.is("table")) layout_table(cx, c, st, x0, width, out);
    else if (c.is("list-block")) layout_list(cx, c, st, x0, width, out);
    else if (c.is("block-container")) layout_container(cx, c, st, x0, width, out);
  }
}

}  // namespace vanban::render
