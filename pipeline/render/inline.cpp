// A paragraph of inline content → line items. Text is collapsed the XSL-FO
// default way (white-space-collapse, linefeed-treatment="treat-as-space"),
// broken at ICU's tailored opportunities, and set justified by total-fit
// (ragged text first-fit). Justified lines stretch only word spaces; the
// PDF writer applies the stretch per space (Tw does not work with
// Identity-H, dependencies.md §1.4).
#include <cmath>
#include <cstdio>
#include <cstring>

#include <unicode/utf8.h>

#include "breaks.h"
#include "images.h"
#include "layout.h"

namespace vanban::render {
namespace {

struct Seg {
  enum class Kind : unsigned char { text, leader, page_number, citation, graphic } kind = Kind::text;
  Style st;
  std::string text;  // text: the characters; citation: ref-id; graphic: src
  std::string link;
  const fo::Node* node = nullptr;
  double width = 0, height = 0;  // objects
  bool elastic = false;          // leader without a length: fills the line
  std::string pattern = "space";
  double thickness = 1;
  size_t begin = 0, end = 0;  // bytes in the paragraph string
};

struct Collector {
  Context& cx;
  double width;
  std::vector<Seg> segs;

  void text(const Style& st, const std::string& t, const std::string& link, const fo::Node* n) {
    Seg s;
    s.st = st;
    s.text = t;
    s.link = link;
    s.node = n;
    segs.push_back(std::move(s));
  }

  void walk(const fo::Node& n, const Style& st, const std::string& link) {
    if (n.is("#text")) return text(st, n.text, link, &n);
    Style s = compute_style(cx, n, st, width);
    std::string ln = link;
    if (n.is("basic-link")) {
      if (const std::string* v = n.attr("internal-destination")) ln = "#" + *v;
      else if (const std::string* v = n.attr("external-destination")) {
        std::string u = *v;
        if (u.rfind("url(", 0) == 0 && u.size() > 5 && u.back() == ')') u = u.substr(4, u.size() - 5);
        if (u.size() >= 2 && (u.front() == '\'' || u.front() == '"')) u = u.substr(1, u.size() - 2);
        ln = u;
      }
    }
    if (n.is("inline") || n.is("basic-link")) {
      for (const fo::Node& c : n.children) walk(c, s, ln);
      return;
    }
    Seg o;
    o.st = s;
    o.node = &n;
    o.link = ln;
    if (n.is("page-number")) {
      if (cx.page_number > 0) return text(s, std::to_string(cx.page_number), ln, &n);
      o.kind = Seg::Kind::page_number;
    } else if (n.is("page-number-citation")) {
      auto known = cx.known_pages.find(*n.attr("ref-id"));
      if (known != cx.known_pages.end()) return text(s, known->second, ln, &n);
      o.kind = Seg::Kind::citation;
      o.text = *n.attr("ref-id");
    } else if (n.is("leader")) {
      o.kind = Seg::Kind::leader;
      if (const std::string* p = n.attr("leader-pattern")) {
        if (*p != "space" && *p != "rule" && *p != "dots")
          cx.fail(n, "fo.value", "leader-pattern=\"" + *p + "\": expected space, rule or dots");
        o.pattern = *p;
      }
      if (auto t = length_attr(cx, n, "rule-thickness", s.size)) o.thickness = *t;
      if (auto l = length_attr(cx, n, "leader-length", s.size, width)) o.width = std::max(0.0, *l);
      else o.elastic = true;
    } else if (n.is("external-graphic")) {
      o.kind = Seg::Kind::graphic;
      o.text = *n.attr("src");
      ImageSize im = image_size(cx, n, o.text);
      double w = im.width_pt, h = im.height_pt;
      auto cw = length_attr(cx, n, "content-width", s.size, width);
      auto ch = length_attr(cx, n, "content-height", s.size, width);
      if (!cw) cw = length_attr(cx, n, "width", s.size, width);
      if (!ch) ch = length_attr(cx, n, "height", s.size, width);
      if (cw && ch) w = *cw, h = *ch;
      else if (cw) h = h * *cw / std::max(w, 1e-6), w = *cw;
      else if (ch) w = w * *ch / std::max(h, 1e-6), h = *ch;
      o.width = w;
      o.height = h;
    }
    segs.push_back(std::move(o));
  }
};

bool ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void layout_paragraph(Context& cx, const fo::Node& block, const Style& st, size_t begin, size_t end, double x0,
                      double width, bool first_para, std::vector<Item>& lines) {
  Collector col{cx, width, {}};
  for (size_t i = begin; i < end; ++i) col.walk(block.children[i], st, "");
  std::vector<Seg>& segs = col.segs;

  // Collapse white space across segments; objects count as non-space.
  std::string para;
  bool space = true;  // drops leading space
  for (Seg& s : segs) {
    s.begin = para.size();
    if (s.kind == Seg::Kind::text) {
      for (char c : s.text) {
        if (ws(c)) {
          if (!space) para += ' ';
          space = true;
        } else {
          para += c;
          space = false;
        }
      }
    } else {
      para += "\xEF\xBF\xBC";  // U+FFFC
      space = false;
    }
    s.end = para.size();
  }
  // Drop trailing space.
  while (!para.empty() && para.back() == ' ') {
    para.pop_back();
    for (Seg& s : segs) s.end = std::min(s.end, para.size()), s.begin = std::min(s.begin, para.size());
  }
  if (para.empty()) return;

  const std::vector<char> allowed = break_opportunities(para);
  const bool justify = st.align == Align::justify;

  // Knuth–Plass items; refs tie each back to a segment and a byte range.
  struct Ref { size_t seg, b, e; };
  std::vector<KPItem> items;
  std::vector<Ref> refs;
  const auto* p = reinterpret_cast<const uint8_t*>(para.data());
  const int32_t n = static_cast<int32_t>(para.size());
  for (size_t si = 0; si < segs.size(); ++si) {
    const Seg& s = segs[si];
    if (s.begin == s.end) continue;
    const FaceMetrics& fm = cx.fonts[s.st.face()];
    const double k = s.st.size / 1000.0;
    if (s.kind != Seg::Kind::text) {
      if (allowed[s.begin] && !items.empty() && items.back().type == KPItem::Type::box) {
        items.push_back({KPItem::Type::penalty, 0, 0, 0, 50, true});
        refs.push_back({si, s.begin, s.begin});
      }
      if (s.kind == Seg::Kind::leader && s.elastic) {
        items.push_back({KPItem::Type::glue, 0, 1e5, 0, 0, false});
      } else {
        double w = s.width;
        if (s.kind == Seg::Kind::page_number || s.kind == Seg::Kind::citation)
          w = fm.width('0') * k * std::max(1, cx.page_digits);
        items.push_back({KPItem::Type::box, w, 0, 0, 0, true});
      }
      refs.push_back({si, s.begin, s.end});
      continue;
    }
    int32_t i = static_cast<int32_t>(s.begin);
    const int32_t e = static_cast<int32_t>(s.end);
    std::string missing;
    while (i < e) {
      int32_t at = i;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) c = 0xFFFD;
      if (c == ' ') {
        double w = fm.width(' ') * k;
        if (allowed[static_cast<size_t>(i)] == 2) {  // "tháng 9": break only if nothing else fits
          items.push_back({KPItem::Type::penalty, 0, 0, 0, kDiscouraged, true});
          refs.push_back({si, static_cast<size_t>(at), static_cast<size_t>(at)});
        }
        // A space is a legal line end when a line may start right after it.
        items.push_back({KPItem::Type::glue, w, justify ? w * 0.5 : 0, justify ? w / 3 : 0, 0,
                         allowed[static_cast<size_t>(i)] == 1});
        refs.push_back({si, static_cast<size_t>(at), static_cast<size_t>(i)});
        continue;
      }
      if (allowed[static_cast<size_t>(at)] && !items.empty() && items.back().type == KPItem::Type::box) {
        items.push_back({KPItem::Type::penalty, 0, 0, 0, allowed[static_cast<size_t>(at)] == 2 ? kDiscouraged : 50, true});
        refs.push_back({si, static_cast<size_t>(at), static_cast<size_t>(at)});
      }
      if (!fm.has(static_cast<char32_t>(c)) && missing.size() < 40) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " U+%04X", static_cast<unsigned>(c));
        if (missing.find(buf) == std::string::npos) missing += buf;
      }
      double w = fm.width(static_cast<char32_t>(c)) * k;
      if (!items.empty() && items.back().type == KPItem::Type::box && refs.back().seg == si &&
          refs.back().e == static_cast<size_t>(at)) {
        items.back().width += w;
        refs.back().e = static_cast<size_t>(i);
      } else {
        items.push_back({KPItem::Type::box, w, 0, 0, 0, true});
        refs.push_back({si, static_cast<size_t>(at), static_cast<size_t>(i)});
      }
    }
    if (!missing.empty())
      cx.warn(s.node ? *s.node : block, "render.glyph",
              "no glyph in " + fm.pdf_name + " for" + missing + "; drawn as a blank box");
  }
  // Finishing glue and the forced last break.
  const bool last_justify = st.align_last && *st.align_last == Align::justify;
  items.push_back({KPItem::Type::glue, 0, last_justify ? 0 : 1e5, 0, 0, false});
  refs.push_back({SIZE_MAX, para.size(), para.size()});
  items.push_back({KPItem::Type::penalty, 0, 0, 0, -kInfPenalty, true});
  refs.push_back({SIZE_MAX, para.size(), para.size()});

  const double first_w = width - st.start_indent - st.end_indent - (first_para ? st.text_indent : 0);
  const double rest_w = width - st.start_indent - st.end_indent;
  std::vector<size_t> breaks;
  if (justify) {
    for (double tol : {1.0, 2.0, 10.0}) {
      breaks = total_fit(items, first_w, rest_w, tol);
      if (!breaks.empty()) break;
    }
  }
  if (breaks.empty()) breaks = first_fit(items, first_w, rest_w);

  size_t start = 0;
  for (size_t li = 0; li < breaks.size(); ++li) {
    const size_t b = breaks[li];
    const bool last = li + 1 == breaks.size();
    const double L = li == 0 ? first_w : rest_w;
    size_t s0 = start;
    while (s0 < b && items[s0].type != KPItem::Type::box) ++s0;
    size_t e0 = b;  // exclusive; drop trailing glue and penalties
    while (e0 > s0 && items[e0 - 1].type != KPItem::Type::box) --e0;
    double natural = 0, stretch = 0, shrink = 0;
    for (size_t i = s0; i < e0; ++i) {
      if (items[i].type == KPItem::Type::penalty) continue;
      natural += items[i].width;
      if (items[i].type == KPItem::Type::glue) stretch += items[i].stretch, shrink += items[i].shrink;
    }
    double r = 0;
    Align al = last ? (st.align_last ? *st.align_last : (st.align == Align::justify ? Align::start : st.align)) : st.align;
    if (al == Align::justify || (!last && justify)) {
      if (natural < L && stretch > 0) r = (L - natural) / stretch;
      else if (natural > L && shrink > 0) r = std::max(-1.0, (L - natural) / shrink);
      if (!last && r > cx.loosest && stretch < 1e4) cx.loosest = r, cx.loosest_line = block.line;
      natural = 0;
      for (size_t i = s0; i < e0; ++i)
        if (items[i].type != KPItem::Type::penalty)
          natural += items[i].width + (items[i].type == KPItem::Type::glue ? (r >= 0 ? r * items[i].stretch : r * items[i].shrink) : 0);
    }
    if (natural > L + 0.5)
      cx.warn(block, "render.overfull", "line " + std::to_string(li + 1) + " sticks out " +
                                            std::to_string(static_cast<int>(std::lround(natural - L))) + "pt past the right edge");
    double x = x0 + st.start_indent + (li == 0 && first_para ? st.text_indent : 0);
    if (al == Align::center) x += (L - natural) / 2;
    else if (al == Align::end) x += L - natural;

    // Line box: the block's line-height, grown by larger inline content.
    double lh = st.line_height();
    const FaceMetrics& bf = cx.fonts[st.face()];
    double asc = bf.ascent * st.size, desc = bf.descent * st.size;
    for (size_t i = s0; i < e0; ++i) {
      if (refs[i].seg == SIZE_MAX) continue;
      const Seg& s = segs[refs[i].seg];
      const FaceMetrics& fm = cx.fonts[s.st.face()];
      lh = std::max(lh, s.st.line_height());
      asc = std::max(asc, s.kind == Seg::Kind::graphic ? s.height : fm.ascent * s.st.size);
      desc = std::max(desc, fm.descent * s.st.size);
    }
    lh = std::max(lh, asc + desc);
    const double base = (lh - (asc + desc)) / 2 + asc;

    Item line;
    line.height = lh;
    std::vector<Op> links;
    Op* run = nullptr;
    size_t run_seg = SIZE_MAX;
    for (size_t i = s0; i < e0; ++i) {
      const KPItem& it = items[i];
      if (it.type == KPItem::Type::penalty || refs[i].seg == SIZE_MAX) continue;
      const Seg& s = segs[refs[i].seg];
      double w = it.width;
      if (it.type == KPItem::Type::glue) w += r >= 0 ? r * it.stretch : r * it.shrink;
      if (s.kind == Seg::Kind::text) {
        if (run && run_seg == refs[i].seg) {
          run->text.append(para, refs[i].b, refs[i].e - refs[i].b);
          if (it.type == KPItem::Type::glue) run->space_extra = w - it.width;
          run->w += w;
        } else {
          Op o;
          o.kind = Op::Kind::text;
          o.x = x;
          o.y = base;
          o.w = w;
          o.face = s.st.face();
          o.size = s.st.size;
          o.color = s.st.color;
          o.text = para.substr(refs[i].b, refs[i].e - refs[i].b);
          if (it.type == KPItem::Type::glue) o.space_extra = w - it.width;
          line.ops.push_back(std::move(o));
          run = &line.ops.back();
          run_seg = refs[i].seg;
        }
      } else {
        run = nullptr;
        run_seg = SIZE_MAX;
        Op o;
        o.x = x;
        o.w = w;
        o.face = s.st.face();
        o.size = s.st.size;
        o.color = s.st.color;
        if (s.kind == Seg::Kind::leader) {
          if (s.pattern == "rule") {
            o.kind = Op::Kind::rule;
            o.y = base - s.st.size * 0.3;
            o.h = 0;
            o.size = s.thickness;
            line.ops.push_back(o);
          } else if (s.pattern == "dots") {
            const FaceMetrics& fm = cx.fonts[o.face];
            double dot = fm.width('.') * s.st.size / 1000.0 * 2;
            int count = dot > 0 ? static_cast<int>(w / dot) : 0;
            o.kind = Op::Kind::text;
            o.y = base;
            o.x = x + w - count * dot;
            o.text.clear();
            for (int d = 0; d < count && d < 2000; ++d) o.text += ". ";
            o.space_extra = 0;
            if (count > 0) line.ops.push_back(o);
          }
        } else if (s.kind == Seg::Kind::page_number || s.kind == Seg::Kind::citation) {
          o.kind = s.kind == Seg::Kind::page_number ? Op::Kind::page_number : Op::Kind::citation;
          o.y = base;
          o.text = s.text;
          line.ops.push_back(o);
        } else if (s.kind == Seg::Kind::graphic) {
          o.kind = Op::Kind::image;
          o.y = base - s.height;
          o.h = s.height;
          o.text = s.text;
          line.ops.push_back(o);
        }
      }
      if (s.st.decoration && s.kind == Seg::Kind::text) {  // one rule per box or space, joined by the viewer
        Op d;
        d.kind = Op::Kind::rule;
        d.x = x;
        d.w = w;
        d.y = base + (s.st.decoration == 1 ? 0.12 : -0.25) * s.st.size;
        d.size = s.st.size * 0.05;
        d.color = s.st.color;
        links.push_back(d);
      }
      if (!s.link.empty() && it.type == KPItem::Type::box) {
        Op l;
        l.kind = Op::Kind::link;
        l.x = x;
        l.y = base - asc;
        l.w = w;
        l.h = asc + desc;
        l.text = s.link;
        if (!links.empty() && links.back().kind == Op::Kind::link && links.back().text == s.link)
          links.back().w = x + w - links.back().x;
        else
          links.push_back(std::move(l));
      }
      x += w;
    }
    for (Op& l : links) line.ops.push_back(std::move(l));
    lines.push_back(std::move(line));
    start = line_start_after(items, b);
  }
}

}  // namespace vanban::render
