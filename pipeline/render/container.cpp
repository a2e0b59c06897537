// fo:block-container with absolute-position="absolute": a box of fixed
// place and size (top, left, width, height) inside the area that holds it —
// the region body, or another container. A folded leaflet's six panels are
// such boxes, and so is each dark run of a QR code (a filled box without
// content). The box takes no room in the flow; its content is laid out in
// its width and never moves to another box or page: content taller than
// the box is drawn past its bottom and reported (render.overflow, and in
// RenderResult::containers for a box with an id, so a caller can shorten
// the text and lay out again).
#include <cmath>

#include "layout.h"

namespace vanban::render {

void layout_container(Context& cx, const fo::Node& n, const Style& parent, double x0, double width, ItemList& out) {
  Style st = compute_style(cx, n, parent, width);
  if (const std::string* v = n.attr("absolute-position"); !v || *v != "absolute")
    cx.fail(n, "fo.value", "absolute-position=\"" + (v ? *v : std::string()) +
                               "\": only absolute block-containers are in the subset");
  auto need = [&](const char* key) {
    auto v = length_attr(cx, n, key, st.size, width);
    if (!v) cx.fail(n, "fo.schema", std::string("fo:block-container needs ") + key);
    if (*v < 0) cx.fail(n, "fo.value", std::string(key) + "=\"" + *n.attr(key) + "\": must not be negative");
    return *v;
  };
  const double left = need("left"), top = need("top"), w = need("width"), h = need("height");
  Edges e = parse_borders(cx, n, st.size);
  auto pad = parse_padding(cx, n, st.size, w);
  std::optional<Color> bg;
  if (const std::string* v = n.attr("background-color"); v && *v != "transparent")
    bg = parse_color(cx, n, "background-color", *v);
  const double bx = x0 + left;
  const double ix = bx + e.w[3] + pad[3], iw = w - e.w[3] - e.w[1] - pad[3] - pad[1];
  const double it = e.w[0] + pad[0], ih = h - it - pad[2] - e.w[2];
  if (iw < 1 || ih < 0) cx.fail(n, "fo.value", "borders and padding leave no room inside the block-container");

  Style inner = st;
  inner.start_indent = inner.end_indent = 0;
  ItemList sub;
  layout_blocks(cx, n, inner, ix, iw, sub);
  std::vector<Op> content;
  const double ch = stack_items(sub.items, 0, content);
  double dy = it;  // display-align: where the content sits when shorter than the box
  if (const std::string* v = n.attr("display-align"); v && *v != "before" && *v != "auto") {
    if (*v == "center") dy += std::max(0.0, (ih - ch) / 2);
    else if (*v == "after") dy += std::max(0.0, ih - ch);
    else cx.fail(n, "fo.value", "display-align=\"" + *v + "\": expected before, center or after");
  }

  Item box;
  box.absolute = true;
  if (bg) {
    Op o;
    o.kind = Op::Kind::fill;
    o.x = bx, o.y = top, o.w = w, o.h = h, o.color = *bg;
    box.ops.push_back(o);
  }
  for (Op& o : content) {
    o.y += top + dy;
    box.ops.push_back(std::move(o));
  }
  draw_borders(e, bx, top, w, h, box.ops);
  const std::string* id = n.attr("id");
  if (id) {
    Op a;
    a.kind = Op::Kind::anchor;
    a.text = *id;
    a.x = bx, a.y = top;
    box.ops.push_back(std::move(a));
    cx.containers.push_back({*id, ih, ch});
  }
  if (ch > ih + 0.5)
    cx.warn(n, "render.overflow", "block-container" + (id ? " " + *id : std::string()) + ": content " +
                                      std::to_string(static_cast<int>(std::ceil(ch))) + "pt tall does not fit in " +
                                      std::to_string(static_cast<int>(ih)) + "pt");
  // break-before="page" starts a new page with this box; the flow's pending
  // space and keeps wait for the next block in the flow
  box.break_before = page_break_attr(cx, n, "break-before") || out.pending_break;
  out.pending_break = page_break_attr(cx, n, "break-after");
  out.items.push_back(std::move(box));
}

}  // namespace vanban::render
