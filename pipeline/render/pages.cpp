// Pagination: the flow's item list is cut into pages first-fit, moving a
// break back over items that keep with their predecessor (keep-with-next,
// keep-together, widows/orphans, a table header with its first row); a
// table continued on a new page gets its header rows again. Static content
// (region-before/after) is laid out per page, with the page number known.
#include <cmath>

#include "pages.h"

namespace vanban::render {
namespace {

struct Master {
  const fo::Node* node = nullptr;
  double pw = 595.28, ph = 841.89;
  double m[4] = {0, 0, 0, 0};   // top right bottom left
  double bm[4] = {0, 0, 0, 0};  // region-body margins
  double before = 0, after = 0;
  std::string before_name = "xsl-region-before", after_name = "xsl-region-after";
  double body_x() const { return m[3] + bm[3]; }
  double body_y() const { return m[0] + bm[0]; }
  double body_w() const { return pw - m[1] - m[3] - bm[1] - bm[3]; }
  double body_h() const { return ph - m[0] - m[2] - bm[0] - bm[2]; }
};

void margins(Context& cx, const fo::Node& n, double w, double out[4]) {
  if (auto v = length_attr(cx, n, "margin", 12, w))
    for (int i = 0; i < 4; ++i) out[i] = *v;
  const char* keys[4] = {"margin-top", "margin-right", "margin-bottom", "margin-left"};
  for (int i = 0; i < 4; ++i)
    if (auto v = length_attr(cx, n, keys[i], 12, w)) out[i] = *v;
}

Master read_master(Context& cx, const fo::Node& n) {
  Master m;
  m.node = &n;
  if (auto v = length_attr(cx, n, "page-width", 12)) m.pw = *v;
  if (auto v = length_attr(cx, n, "page-height", 12)) m.ph = *v;
  if (m.pw < 72 || m.ph < 72 || m.pw > 14400 || m.ph > 14400)
    cx.fail(n, "fo.value", "page size outside 1in–200in");
  margins(cx, n, m.pw, m.m);
  for (const fo::Node& r : n.children) {
    if (r.is("region-body")) margins(cx, r, m.pw, m.bm);
    if (r.is("region-before")) {
      if (auto v = length_attr(cx, r, "extent", 12, m.ph)) m.before = *v;
      if (const std::string* s = r.attr("region-name")) m.before_name = *s;
    }
    if (r.is("region-after")) {
      if (auto v = length_attr(cx, r, "extent", 12, m.ph)) m.after = *v;
      if (const std::string* s = r.attr("region-name")) m.after_name = *s;
    }
  }
  if (m.body_w() < 36 || m.body_h() < 36) cx.fail(n, "fo.value", "margins leave less than 0.5in for the body");
  return m;
}

struct Masters {
  std::map<std::string, Master> simple;
  std::map<std::string, const fo::Node*> sequences;

  const Master& get(Context& cx, const fo::Node& at, const std::string& name) const {
    auto it = simple.find(name);
    if (it == simple.end()) cx.fail(at, "fo.master", "no simple-page-master named \"" + name + "\"");
    return it->second;
  }

  // The master for the k-th page (0-based) of a sequence, numbered `number`.
  const Master& pick(Context& cx, const fo::Node& seq, const std::string& ref, int k, int number) const {
    if (simple.count(ref)) return simple.at(ref);
    auto it = sequences.find(ref);
    if (it == sequences.end()) cx.fail(seq, "fo.master", "no page master named \"" + ref + "\"");
    int used = 0;
    const fo::Node* last_alt = nullptr;
    for (const fo::Node& spec : it->second->children) {
      int repeats = 1;
      if (spec.is("single-page-master-reference")) repeats = 1;
      else if (const std::string* r = spec.attr("maximum-repeats"); r && *r != "no-limit") repeats = std::max(0, std::atoi(r->c_str()));
      else repeats = 1 << 30;
      if (k >= used + repeats) { used += repeats; last_alt = &spec; continue; }
      if (!spec.is("repeatable-page-master-alternatives")) return get(cx, spec, *spec.attr("master-reference"));
      for (const fo::Node& c : spec.children) {
        const std::string* pos = c.attr("page-position");
        const std::string* oe = c.attr("odd-or-even");
        bool ok = true;
        if (pos && *pos == "first") ok = k == 0;
        else if (pos && *pos == "rest") ok = k > 0;
        else if (pos && *pos == "last") ok = false;  // the last page is not known before it is full
        else if (pos && *pos != "any") cx.fail(c, "fo.value", "page-position=\"" + *pos + "\": expected first, rest or any");
        if (oe && *oe == "odd") ok = ok && number % 2 == 1;
        else if (oe && *oe == "even") ok = ok && number % 2 == 0;
        if (ok) return get(cx, c, *c.attr("master-reference"));
      }
      cx.fail(spec, "fo.master", "no conditional-page-master-reference matches page " + std::to_string(k + 1));
    }
    if (last_alt && !last_alt->is("repeatable-page-master-alternatives") && last_alt->attr("master-reference"))
      return get(cx, *last_alt, *last_alt->attr("master-reference"));
    cx.fail(*it->second, "fo.master", "the page-sequence-master has no page left for page " + std::to_string(k + 1));
  }
};

void bookmarks(const fo::Node& n, std::vector<Bookmark>& out) {
  for (const fo::Node& b : n.children) {
    if (!b.is("bookmark")) continue;
    Bookmark bm;
    bm.dest = *b.attr("internal-destination");
    for (const fo::Node& c : b.children) {
      if (c.is("bookmark-title"))
        for (const fo::Node& t : c.children) bm.title += t.text;
    }
    std::string collapsed;
    for (char ch : bm.title) {
      bool sp = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
      if (sp && (collapsed.empty() || collapsed.back() == ' ')) continue;
      collapsed += sp ? ' ' : ch;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    bm.title = collapsed;
    bookmarks(b, bm.children);
    out.push_back(std::move(bm));
  }
}

void place(const Item& it, double x, double y, std::vector<Op>& into) {
  for (const Op& o : it.ops) {
    Op c = o;
    c.x += x;
    c.y += y;
    into.push_back(std::move(c));
  }
}

void static_content(Context& cx, const fo::Node& seq, const Style& st, const Master& m, Page& page) {
  for (const fo::Node& sc : seq.children) {
    if (!sc.is("static-content")) continue;
    const std::string& name = *sc.attr("flow-name");
    double top, h;
    if (name == m.before_name && m.before > 0) top = m.m[0], h = m.before;
    else if (name == m.after_name && m.after > 0) top = m.ph - m.m[2] - m.after, h = m.after;
    else continue;  // this page's master has no such region (e.g. the first page)
    Style ss = compute_style(cx, sc, st, m.pw);
    ItemList list;
    cx.page_number = page.number;
    layout_blocks(cx, sc, ss, m.m[3], m.pw - m.m[1] - m.m[3], list);
    cx.page_number = 0;
    double y = 0;
    for (size_t i = 0; i < list.items.size(); ++i) {
      if (i > 0) y += list.items[i].space_before;
      place(list.items[i], 0, top + y, page.ops);
      y += list.items[i].height;
    }
    if (y > h + 0.5) cx.warn(sc, "render.overflow", "static content " + name + " is taller than its region");
  }
}

}  // namespace

Laid layout_document(Context& cx, const fo::Node& root) {
  Laid out;
  Masters masters;
  Style base;
  base = compute_style(cx, root, base, 595.28);
  for (const fo::Node& c : root.children) {
    if (c.is("layout-master-set")) {
      for (const fo::Node& m : c.children) {
        const std::string& name = *m.attr("master-name");
        if (masters.simple.count(name) || masters.sequences.count(name))
          cx.fail(m, "fo.master", "master-name \"" + name + "\" is used twice");
        if (m.is("simple-page-master")) masters.simple.emplace(name, read_master(cx, m));
        else masters.sequences.emplace(name, &m);
      }
    } else if (c.is("bookmark-tree")) {
      bookmarks(c, out.bookmarks);
    }
  }
  int number = 1;
  for (const fo::Node& seq : root.children) {
    if (!seq.is("page-sequence")) continue;
    if (const std::string* v = seq.attr("initial-page-number"); v && *v != "auto") {
      number = std::atoi(v->c_str());
      if (number < 0 || number > 1000000) cx.fail(seq, "fo.value", "initial-page-number=\"" + *v + "\": expected a page number");
    }
    const std::string& ref = *seq.attr("master-reference");
    const Master& m0 = masters.pick(cx, seq, ref, 0, number);
    Style st = compute_style(cx, seq, base, m0.body_w());
    const fo::Node* flow = nullptr;
    for (const fo::Node& c : seq.children)
      if (c.is("flow")) flow = &c;
    Style fs = compute_style(cx, *flow, st, m0.body_w());
    ItemList list;
    layout_blocks(cx, *flow, fs, 0, m0.body_w(), list);  // x relative to the body's left edge
    std::vector<Item>& items = list.items;

    size_t i = 0;
    int k = 0;
    while (i < items.size() || k == 0) {
      const Master& m = masters.pick(cx, seq, ref, k, number);
      if (std::abs(m.body_w() - m0.body_w()) > 0.5 && k == 1)
        cx.warn(seq, "render.master", "page masters of one sequence have different body widths; the first page's is used");
      Page page;
      page.width = m.pw;
      page.height = m.ph;
      page.number = number;
      const double H = m.body_h();
      double y = 0;
      const size_t start = i;
      std::vector<std::pair<size_t, double>> placed;
      if (i < items.size() && i > 0 && items[i].table >= 0 && items[i - 1].table == items[i].table) {
        for (const Item& h : cx.table_headers[static_cast<size_t>(items[i].table)]) {
          place(h, m.body_x(), m.body_y() + y, page.ops);
          y += h.height;
        }
      }
      size_t j = i;
      while (j < items.size()) {
        const Item& it = items[j];
        if (it.break_before && j > start) break;
        const double sp = j == start ? 0 : it.space_before;
        if (y + sp + it.height > H + 0.01 && it.row) {
          // A row that does not fit splits between lines of its cells when
          // it may (no keep-together) and two lines fit, or when it would
          // not fit on any page: better split than drawn past the bottom.
          double header = 0;
          if (it.table >= 0)
            for (const Item& h : cx.table_headers[static_cast<size_t>(it.table)]) header += h.height;
          const bool never_fits = it.height > H - header + 0.01;
          Item a, b;
          if ((!it.keep_whole || never_fits) && split_row(it, H - y - sp, never_fits ? 1 : 2, a, b)) {
            if (it.keep_whole)
              cx.warn(*flow, "render.keep", "a table row taller than a page is split on page " + std::to_string(number));
            items[j] = std::move(a);
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(j) + 1, std::move(b));
            placed.emplace_back(j, y + sp);
            y += sp + items[j].height;
            ++j;
            break;
          }
        }
        if (y + sp + items[j].height <= H + 0.01 || j == start) {
          if (j == start && y + items[j].height > H + 0.01)
            cx.warn(*flow, "render.overflow", "an item " + std::to_string(static_cast<int>(items[j].height)) +
                                                 "pt tall does not fit on page " + std::to_string(number));
          placed.emplace_back(j, y + sp);
          y += sp + items[j].height;
          ++j;
          continue;
        }
        size_t b = j;
        while (b > start && items[b].keep_with_prev) --b;
        if (b == start) {
          cx.warn(*flow, "render.keep", "a keep could not be honoured on page " + std::to_string(number));
          b = j;
        }
        while (!placed.empty() && placed.back().first >= b) placed.pop_back();
        j = b;
        break;
      }
      for (const auto& [idx, py] : placed)
        place(items[idx], m.body_x(), m.body_y() + (items[idx].absolute ? 0 : py), page.ops);
      i = j;
      ++k;
      for (const Op& o : page.ops)
        if (o.kind == Op::Kind::anchor && !out.anchors.count(o.text))
          out.anchors[o.text] = {static_cast<int>(out.pages.size()), o.y};
      static_content(cx, seq, st, m, page);
      out.pages.push_back(std::move(page));
      ++number;
      if (out.pages.size() > 100000) cx.fail(seq, "fo.limit", "more than 100000 pages");
    }
  }
  // Page numbers in the flow and citations, now that pages are known.
  for (Page& p : out.pages)
    for (Op& o : p.ops) {
      if (o.kind == Op::Kind::page_number) {
        o.text = std::to_string(p.number);
      } else if (o.kind == Op::Kind::citation) {
        auto it = out.anchors.find(o.text);
        if (it == out.anchors.end()) {
          cx.diagnostics.push_back({Severity::warning, "render.citation", cx.origin, 0, 0, "",
                                    "page-number-citation ref-id=\"" + o.text + "\": no element has this id"});
          o.text = "?";
        } else {
          o.text = std::to_string(out.pages[static_cast<size_t>(it->second.first)].number);
        }
      }
    }
  return out;
}

}  // namespace vanban::render
