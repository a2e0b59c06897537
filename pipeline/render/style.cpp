// Property values: lengths, colours, borders, keeps, and the inherited
// style of a formatting object. A value the renderer cannot read is an
// error at the attribute's element (the schema lets any text through, this
// is where values are checked) — never a silent default.
#include <charconv>
#include <cmath>

#include "layout.h"

namespace vanban::render {

void Context::warn(const fo::Node& n, std::string code, std::string message) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = std::move(code);
  d.file = origin;
  d.line = n.line;
  d.column = n.column;
  d.message = std::move(message);
  if (diagnostics.size() < 1000) diagnostics.push_back(std::move(d));
}

void Context::fail(const fo::Node& n, std::string code, std::string message) const {
  throw FoError(origin, n.line, n.column, std::move(code), std::move(message));
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    size_t j = i;
    int paren = 0;
    while (j < s.size() && (paren > 0 || !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))) {
      if (s[j] == '(') ++paren;
      if (s[j] == ')') --paren;
      ++j;
    }
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A number (locale-free) and the rest.
bool number(std::string_view s, double& v, std::string_view& unit) {
  const char* b = s.data();
  const char* e = s.data() + s.size();
  if (b != e && *b == '+') ++b;
  auto r = std::from_chars(b, e, v);
  if (r.ec != std::errc() || !std::isfinite(v)) return false;
  unit = std::string_view(r.ptr, static_cast<size_t>(e - r.ptr));
  return true;
}

bool length_value(std::string_view s, double font_size, double pct_base, double& out) {
  double v = 0;
  std::string_view u;
  if (!number(trim(s), v, u)) return false;
  if (u == "pt") out = v;
  else if (u == "mm") out = v * 72.0 / 25.4;
  else if (u == "cm") out = v * 72.0 / 2.54;
  else if (u == "in") out = v * 72.0;
  else if (u == "pc") out = v * 12.0;
  else if (u == "px") out = v * 0.75;
  else if (u == "em") out = v * font_size;
  else if (u == "%") out = v * pct_base / 100.0;
  else if (u.empty() && v == 0) out = 0;
  else return false;
  return std::abs(out) < 1e5;  // 35 m: anything larger is a typo, not a page
}

bool color_value(std::string_view s, Color& c) {
  s = trim(s);
  auto hex = [](char ch) -> int {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
  };
  if (!s.empty() && s[0] == '#') {
    std::string_view h = s.substr(1);
    int d[6];
    for (size_t i = 0; i < h.size() && i < 6; ++i)
      if ((d[i] = hex(h[i])) < 0) return false;
    if (h.size() == 3) {
      c = {d[0] * 17 / 255.f, d[1] * 17 / 255.f, d[2] * 17 / 255.f};
      return true;
    }
    if (h.size() == 6) {
      c = {(d[0] * 16 + d[1]) / 255.f, (d[2] * 16 + d[3]) / 255.f, (d[4] * 16 + d[5]) / 255.f};
      return true;
    }
    return false;
  }
  struct Named { const char* name; Color c; };
  static const Named named[] = {{"black", {0, 0, 0}},       {"white", {1, 1, 1}},      {"red", {1, 0, 0}},
                                {"green", {0, .5f, 0}},     {"blue", {0, 0, 1}},       {"gray", {.5f, .5f, .5f}},
                                {"grey", {.5f, .5f, .5f}},  {"silver", {.75f, .75f, .75f}}, {"navy", {0, 0, .5f}},
                                {"maroon", {.5f, 0, 0}}};
  for (const auto& n : named)
    if (s == n.name) { c = n.c; return true; }
  return false;
}

[[noreturn]] void bad(Context& cx, const fo::Node& n, const std::string& key, std::string_view v, const char* what) {
  cx.fail(n, "fo.value", key + "=\"" + std::string(v) + "\": " + what);
}

}  // namespace

double parse_length(Context& cx, const fo::Node& n, const std::string& key, const std::string& v, double fs,
                    double base) {
  double out = 0;
  if (!length_value(v, fs, base, out)) bad(cx, n, key, v, "not a length (e.g. 12pt, 10mm, 1.5em, 50%)");
  return out;
}

std::optional<double> length_attr(Context& cx, const fo::Node& n, const char* key, double fs, double base) {
  const std::string* v = n.attr(key);
  if (!v) return std::nullopt;
  return parse_length(cx, n, key, *v, fs, base);
}

Color parse_color(Context& cx, const fo::Node& n, const std::string& key, const std::string& v) {
  Color c;
  if (!color_value(v, c)) bad(cx, n, key, v, "not a colour (#rrggbb, #rgb or a basic name)");
  return c;
}

static Align align_value(Context& cx, const fo::Node& n, const char* key, const std::string& v) {
  if (v == "start" || v == "left" || v == "inside") return Align::start;
  if (v == "center") return Align::center;
  if (v == "end" || v == "right" || v == "outside") return Align::end;
  if (v == "justify") return Align::justify;
  bad(cx, n, key, v, "expected start, left, center, end, right or justify");
}

static int int_value(Context& cx, const fo::Node& n, const char* key, const std::string& v) {
  int out = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size() || out < 0 || out > 1000)
    bad(cx, n, key, v, "not a whole number");
  return out;
}

Style compute_style(Context& cx, const fo::Node& n, const Style& parent, double width) {
  Style s = parent;
  s.keep_together = false;
  if (const std::string* v = n.attr("font-family")) {
    int f = family_of(*v);
    if (f < 0)
      cx.fail(n, "fo.font", "font-family=\"" + *v + "\": no such font (use \"Liberation Serif\" or \"Liberation Sans\")");
    s.family = f;
  }
  if (const std::string* v = n.attr("font-size")) {
    s.size = parse_length(cx, n, "font-size", *v, parent.size, parent.size);
    if (s.size < 1 || s.size > 500) bad(cx, n, "font-size", *v, "outside 1pt–500pt");
  }
  if (const std::string* v = n.attr("font-weight")) {
    if (*v == "bold" || *v == "bolder" || *v == "600" || *v == "700" || *v == "800" || *v == "900") s.bold = true;
    else if (*v == "normal" || *v == "lighter" || *v == "100" || *v == "200" || *v == "300" || *v == "400" || *v == "500") s.bold = false;
    else bad(cx, n, "font-weight", *v, "expected normal, bold or 100–900");
  }
  if (const std::string* v = n.attr("font-style")) {
    if (*v == "italic" || *v == "oblique") s.italic = true;
    else if (*v == "normal") s.italic = false;
    else bad(cx, n, "font-style", *v, "expected normal or italic");
  }
  if (const std::string* v = n.attr("line-height")) {
    double f = 0;
    std::string_view unit;
    if (*v == "normal") { s.lh_absolute = false; s.lh = 1.2; }
    else if (number(trim(*v), f, unit) && unit.empty() && f > 0 && f < 20) { s.lh_absolute = false; s.lh = f; }
    else {
      s.lh_absolute = true;
      s.lh = parse_length(cx, n, "line-height", *v, s.size, s.size);
      if (s.lh <= 0 || s.lh > 1000) bad(cx, n, "line-height", *v, "must be positive");
    }
  }
  if (const std::string* v = n.attr("text-align")) s.align = align_value(cx, n, "text-align", *v);
  if (const std::string* v = n.attr("text-align-last")) {
    if (*v == "relative") s.align_last.reset();
    else s.align_last = align_value(cx, n, "text-align-last", *v);
  }
  if (auto v = length_attr(cx, n, "text-indent", s.size, width)) s.text_indent = *v;
  if (auto v = length_attr(cx, n, "margin-left", s.size, width)) s.start_indent = parent.start_indent + *v;
  if (auto v = length_attr(cx, n, "margin-right", s.size, width)) s.end_indent = parent.end_indent + *v;
  // body-start() and label-end() are what lists write; list layout places
  // label and body itself, so they keep the indents of the list.
  const std::string* si = n.attr("start-indent");
  if (si && *si != "body-start()" && *si != "label-end()") s.start_indent = parse_length(cx, n, "start-indent", *si, s.size, width);
  const std::string* ei = n.attr("end-indent");
  if (ei && *ei != "body-start()" && *ei != "label-end()") s.end_indent = parse_length(cx, n, "end-indent", *ei, s.size, width);
  if (const std::string* v = n.attr("color")) s.color = parse_color(cx, n, "color", *v);
  if (const std::string* v = n.attr("widows")) s.widows = int_value(cx, n, "widows", *v);
  if (const std::string* v = n.attr("orphans")) s.orphans = int_value(cx, n, "orphans", *v);
  s.keep_together = keep_attr(n, "keep-together");
  if (const std::string* v = n.attr("text-decoration")) {
    if (*v == "underline") s.decoration = 1;
    else if (*v == "line-through") s.decoration = 2;
    else if (*v == "none") s.decoration = 0;
    else bad(cx, n, "text-decoration", *v, "expected none, underline or line-through");
  }
  if (const std::string* v = n.attr("hyphenate"); v && *v != "false")
    bad(cx, n, "hyphenate", *v, "hyphenation is not supported (Vietnamese has no hyphenation: use false)");
  return s;
}

bool keep_attr(const fo::Node& n, const char* base) {
  std::string b = base;
  for (const std::string& key : {b, b + ".within-page", b + ".within-column"})
    if (const std::string* v = n.attr(key))
      if (*v != "auto") return true;
  return false;
}

bool page_break_attr(Context& cx, const fo::Node& n, const char* key) {
  const std::string* v = n.attr(key);
  if (!v || *v == "auto") return false;
  if (*v == "page" || *v == "odd-page" || *v == "even-page" || *v == "column") return true;
  bad(cx, n, key, *v, "expected auto or page");
}

Edges parse_borders(Context& cx, const fo::Node& n, double fs) {
  Edges e;
  auto apply = [&](const std::string& key, const std::string& v, int side_from, int side_to) {
    double w = 0.5;  // "medium" per the spec is 1pt, but a bare style means a thin line in practice
    bool none = false;
    Color c;
    for (std::string_view t : words(v)) {
      double len = 0;
      Color col;
      if (t == "none" || t == "hidden") none = true;
      else if (t == "solid" || t == "dashed" || t == "dotted" || t == "double") {}
      else if (t == "thin") w = 0.5;
      else if (t == "medium") w = 1;
      else if (t == "thick") w = 2;
      else if (length_value(t, fs, 0, len) && len >= 0) w = len;
      else if (color_value(t, col)) c = col;
      else bad(cx, n, key, v, "expected width, style and colour, e.g. 0.5pt solid black");
    }
    for (int s = side_from; s <= side_to; ++s) {
      e.w[s] = none ? 0 : w;
      e.c[s] = c;
    }
  };
  if (const std::string* v = n.attr("border")) apply("border", *v, 0, 3);
  const char* sides[4] = {"border-top", "border-right", "border-bottom", "border-left"};
  for (int s = 0; s < 4; ++s)
    if (const std::string* v = n.attr(sides[s])) apply(sides[s], *v, s, s);
  auto four = [&](const char* key, auto&& set) {
    const std::string* v = n.attr(key);
    if (!v) return;
    auto ws = words(*v);
    if (ws.empty() || ws.size() > 4) bad(cx, n, key, *v, "expected 1 to 4 values");
    static const int pick[4][4] = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
    for (int s = 0; s < 4; ++s) set(s, std::string(ws[static_cast<size_t>(pick[ws.size() - 1][s])]));
  };
  bool styled_none[4] = {false, false, false, false};
  four("border-style", [&](int s, const std::string& t) {
    if (t == "none" || t == "hidden") styled_none[s] = true;
    else if (t != "solid" && t != "dashed" && t != "dotted" && t != "double") bad(cx, n, "border-style", t, "expected solid or none");
    else if (e.w[s] == 0) e.w[s] = 0.5;
  });
  four("border-width", [&](int s, const std::string& t) { e.w[s] = parse_length(cx, n, "border-width", t, fs, 0); });
  four("border-color", [&](int s, const std::string& t) { e.c[s] = parse_color(cx, n, "border-color", t); });
  for (int s = 0; s < 4; ++s)
    if (styled_none[s]) e.w[s] = 0;
  return e;
}

std::array<double, 4> parse_padding(Context& cx, const fo::Node& n, double fs, double width) {
  std::array<double, 4> p{};
  if (const std::string* v = n.attr("padding")) {
    auto ws = words(*v);
    if (ws.empty() || ws.size() > 4) bad(cx, n, "padding", *v, "expected 1 to 4 lengths");
    static const int pick[4][4] = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
    for (int s = 0; s < 4; ++s)
      p[static_cast<size_t>(s)] = parse_length(cx, n, "padding", std::string(ws[static_cast<size_t>(pick[ws.size() - 1][s])]), fs, width);
  }
  const char* sides[4] = {"padding-top", "padding-right", "padding-bottom", "padding-left"};
  for (int s = 0; s < 4; ++s)
    if (auto v = length_attr(cx, n, sides[s], fs, width)) p[static_cast<size_t>(s)] = *v;
  for (double& x : p)
    if (x < 0) x = 0;
  return p;
}

}  // namespace vanban::render
