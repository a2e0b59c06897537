// Word's automatic numbering: abstractNum/lvl (start, numFmt, lvlText,
// lvlRestart, suff, isLgl), num → abstractNum with lvlOverride/startOverride,
// paragraph numbering from w:numPr or from the paragraph's style chain.
#include "numbering.h"

#include <cstdlib>

#include "xml.h"

namespace vanban::ingest {
namespace {

int to_int(const std::string& s, int fallback) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (end == s.c_str() || v < -1000000 || v > 1000000) return fallback;
  return static_cast<int>(v);
}

std::string val(const xmlNode* n, const char* local) { return attr(child(n, local), "val"); }

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> kTable[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                       {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                       {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                       {1, "i"}};
  std::string out;
  for (const auto& [v, s] : kTable)
    while (n >= v) {
      out += s;
      n -= v;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// A bullet's glyph is often a Symbol/Wingdings private-use character; the
// parser reads list items by their dash.
std::string bullet(const std::string& text) {
  if (text == "-" || text == "+" || text == "*") return text;
  if (text == "\u2013" || text == "\u2014") return "-";
  return "-";
}

}  // namespace

Numbering::Numbering(const xmlDoc* numbering, const xmlDoc* styles) {
  auto read_level = [](const xmlNode* lvl, Level& l) {
    if (const xmlNode* s = child(lvl, "start")) l.start = to_int(attr(s, "val"), 1);
    if (const xmlNode* f = child(lvl, "numFmt")) l.fmt = attr(f, "val");
    if (const xmlNode* t = child(lvl, "lvlText")) l.text = attr(t, "val");
    if (const xmlNode* s = child(lvl, "suff")) l.suffix = attr(s, "val");
    if (const xmlNode* r = child(lvl, "lvlRestart")) l.restart = to_int(attr(r, "val"), -1);
    if (const xmlNode* g = child(lvl, "isLgl")) l.legal = attr(g, "val") != "0" && attr(g, "val") != "false";
  };
  if (const xmlNode* root = numbering ? xmlDocGetRootElement(const_cast<xmlDoc*>(numbering)) : nullptr) {
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (is(n, "abstractNum")) {
        Abstract& a = abstracts_[attr(n, "abstractNumId")];
        for (const xmlNode* lvl = n->children; lvl; lvl = lvl->next) {
          if (!is(lvl, "lvl")) continue;
          int i = to_int(attr(lvl, "ilvl"), 0);
          read_level(lvl, a.levels[i]);
          std::string style = val(lvl, "pStyle");
          if (!style.empty()) a.style_levels[style] = i;
        }
      } else if (is(n, "num")) {
        Num& m = nums_[attr(n, "numId")];
        m.abstract_id = val(n, "abstractNumId");
        for (const xmlNode* o = n->children; o; o = o->next) {
          if (!is(o, "lvlOverride")) continue;
          int i = to_int(attr(o, "ilvl"), 0);
          if (const xmlNode* s = child(o, "startOverride")) m.start_override[i] = to_int(attr(s, "val"), 1);
          if (const xmlNode* lvl = child(o, "lvl")) {
            Level l = abstracts_.count(m.abstract_id) && abstracts_[m.abstract_id].levels.count(i)
                          ? abstracts_[m.abstract_id].levels[i]
                          : Level{};
            read_level(lvl, l);
            m.level_override[i] = l;
          }
        }
      }
    }
  }
  if (const xmlNode* root = styles ? xmlDocGetRootElement(const_cast<xmlDoc*>(styles)) : nullptr) {
    for (const xmlNode* s = root->children; s; s = s->next) {
      if (!is(s, "style") || attr(s, "type") != "paragraph") continue;
      StyleNum& sn = styles_[attr(s, "styleId")];
      sn.based_on = val(s, "basedOn");
      if (const xmlNode* np = child(child(s, "pPr"), "numPr")) {
        sn.num_id = val(np, "numId");
        if (child(np, "ilvl")) sn.ilvl = to_int(val(np, "ilvl"), 0);
      }
    }
  }
}

const Numbering::Level* Numbering::level(const std::string& num_id, int ilvl) const {
  auto n = nums_.find(num_id);
  if (n == nums_.end()) return nullptr;
  if (auto o = n->second.level_override.find(ilvl); o != n->second.level_override.end()) return &o->second;
  auto a = abstracts_.find(n->second.abstract_id);
  if (a == abstracts_.end()) return nullptr;
  auto l = a->second.levels.find(ilvl);
  return l == a->second.levels.end() ? nullptr : &l->second;
}

// (numId, ilvl) of a paragraph style, following basedOn (bounded: a cycle
// in a crafted file must not loop).
std::optional<std::pair<std::string, int>> Numbering::of_style(const std::string& style_id) const {
  std::string id = style_id;
  std::optional<int> own;  // the nearest style's level wins over its base's
  for (int depth = 0; depth < 20 && !id.empty(); ++depth) {
    auto s = styles_.find(id);
    if (s == styles_.end()) return std::nullopt;
    if (!own) own = s->second.ilvl;
    if (!s->second.num_id.empty()) {
      int ilvl = 0;
      if (own) {
        ilvl = *own;
      } else if (auto n = nums_.find(s->second.num_id); n != nums_.end()) {
        auto a = abstracts_.find(n->second.abstract_id);
        if (a != abstracts_.end())
          if (auto sl = a->second.style_levels.find(style_id); sl != a->second.style_levels.end()) ilvl = sl->second;
      }
      return std::make_pair(s->second.num_id, ilvl);
    }
    id = s->second.based_on;
  }
  return std::nullopt;
}

std::string Numbering::format(int n, const std::string& fmt) {
  if (fmt == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
  if (fmt == "lowerLetter" || fmt == "upperLetter") {
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 % 10 + 1), c);  // Word: z, aa, bb …
  }
  if (fmt == "lowerRoman") return roman(n, false);
  if (fmt == "upperRoman") return roman(n, true);
  if (fmt == "none") return "";
  return std::to_string(n);  // decimal, and formats without a Vietnamese use
}

std::string Numbering::label(const xmlNode* p) {
  const xmlNode* ppr = child(p, "pPr");
  std::string num_id;
  int ilvl = 0;
  bool has_ilvl = false;
  if (const xmlNode* np = child(ppr, "numPr")) {
    num_id = val(np, "numId");
    if (child(np, "ilvl")) {
      ilvl = to_int(val(np, "ilvl"), 0);
      has_ilvl = true;
    }
  }
  std::string style = val(ppr, "pStyle");
  if (num_id.empty() && !style.empty()) {
    if (auto s = of_style(style)) {
      num_id = s->first;
      if (!has_ilvl) ilvl = s->second;
    }
  } else if (!num_id.empty() && !has_ilvl && !style.empty()) {
    if (auto s = of_style(style)) ilvl = s->second;
  }
  if (num_id.empty() || num_id == "0" || ilvl < 0 || ilvl > 8) return "";
  const Level* lv = level(num_id, ilvl);
  if (!lv) return "";

  // instances of one abstract list share counters unless they restart it
  const Num& num = nums_.at(num_id);
  Counters& c = counters_[num.start_override.empty() ? "abstract:" + num.abstract_id : "num:" + num_id];
  auto start_of = [&](int i) {
    if (auto o = num.start_override.find(i); o != num.start_override.end()) return o->second;
    const Level* l = level(num_id, i);
    return l ? l->start : 1;
  };
  if (auto v = c.value.find(ilvl); v != c.value.end()) ++v->second;
  else c.value[ilvl] = start_of(ilvl);
  // deeper levels start again after this one, unless told otherwise
  for (auto it = c.value.upper_bound(ilvl); it != c.value.end();) {
    const Level* d = level(num_id, it->first);
    int r = d ? d->restart : -1;
    if (r == -1 || (r > 0 && ilvl < r)) it = c.value.erase(it);
    else ++it;
  }

  if (lv->fmt == "bullet") return bullet(lv->text) + " ";
  std::string out;
  for (std::size_t i = 0; i < lv->text.size(); ++i) {
    char ch = lv->text[i];
    if (ch == '%' && i + 1 < lv->text.size() && lv->text[i + 1] >= '1' && lv->text[i + 1] <= '9') {
      int k = lv->text[i + 1] - '1';
      ++i;
      const Level* kl = level(num_id, k);
      int v = c.value.count(k) ? c.value[k] : start_of(k);
      out += format(v, lv->legal ? "decimal" : (kl ? kl->fmt : "decimal"));
    } else {
      out += ch;
    }
  }
  if (out.empty()) return "";
  return out + (lv->suffix == "nothing" ? "" : " ");
}

}  // namespace vanban::ingest
