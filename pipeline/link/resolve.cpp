// Mentions to canonical agencies: abbreviations expanded, bodies placed in
// the issuer's jurisdiction ("Sở Tài chính" → "Sở Tài chính tỉnh Ninh Bình"),
// lists and levels split, bodies out of date after the 2025 reform flagged.
#include <set>
#include <string>
#include <vector>

#include "linker.h"
#include "tone_repair.h"

namespace vanban::link_detail {

// which tier a place of level `lv` named `name` is ("thành phố Cần Thơ" a province, "thành phố Bà Rịa" a district)
static void set_tier(Jurisdiction& j) {
  static const std::set<std::string> cities = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"};
  const std::string& lv = j.level;
  if (lv == "tỉnh" || (lv == "thành phố" && cities.count(fold_key(j.name)))) j.province = true;
  else if (lv == "huyện" || lv == "quận" || lv == "thị xã" || lv == "thành phố") j.district = true;
  else j.commune = true;
}

// The Party committee of each level: its word folded, as a name prints it, and the level of its place.
struct PartyCommittee {
  std::string_view key, name, level;
};
static constexpr PartyCommittee kCommittees[] = {
    {"tỉnh ủy", "Tỉnh ủy", "tỉnh"}, {"thành ủy", "Thành ủy", "thành phố"}, {"huyện ủy", "Huyện ủy", "huyện"}};

// "Tỉnh ủy Lào Cai", "Thành ủy Cần Thơ", "Huyện ủy An Phú": a Party committee's place follows its
// name, with no level word of its own before it; the committee's level is the place's
static Jurisdiction committee_place(const std::string& issuer) {
  Jurisdiction j;
  const std::string k = fold_key(issuer);  // (the same bytes as the issuer's: the name is cut from it)
  for (const PartyCommittee& c : kCommittees)
    if (const std::string head = std::string(c.key) + " ";
        k.starts_with(head) && k.size() > head.size() && k.size() == issuer.size()) {
      j.level = c.level;
      j.name = issuer.substr(head.size());
      set_tier(j);
      break;
    }
  return j;
}

Jurisdiction jurisdiction_of(const Meta& m) {
  Jurisdiction j;
  if (!m.issuer) return j;
  const std::string& s = *m.issuer;
  if (Jurisdiction c = committee_place(s); !c.level.empty()) return c;
  static const char* levels[] = {" thành phố ", " thị xã ", " thị trấn ", " tỉnh ", " huyện ", " quận ", " xã ", " phường ", " đặc khu "};
  std::size_t best = std::string::npos;
  std::string lv;
  for (const char* l : levels) {
    std::size_t p = fold_key(s).find(l);
    if (p != std::string::npos && (best == std::string::npos || p < best)) {
      best = p;
      lv = std::string(l).substr(1, std::string(l).size() - 2);
    }
  }
  if (best == std::string::npos) return j;
  // fold_key keeps byte lengths for Vietnamese letters; cut the original
  std::string rest = s.substr(best + 1);
  if (rest.size() <= lv.size() + 1) return j;
  j.level = lv;
  j.name = rest.substr(lv.size() + 1);
  set_tier(j);
  return j;
}

std::string Linker::expand(const Finder& f, const std::vector<Tok>& t, std::size_t b, std::size_t e) {
  std::string s;
  for (std::size_t i = b; i < e; ++i) {
    const AgencyEntry* a = nullptr;
    std::string w(t[i].text);
    if (t[i].word && f.m(i, {K::abbr}, &a) == 1 && a) w = a->expansion;
    bool glue = !t[i].word && (t[i].text == "," || t[i].text == ":" || t[i].text == ")");
    if (!s.empty() && !glue && !(i > b && t[i - 1].text == "(")) s += ' ';
    s += w;
  }
  return s;
}

std::string Linker::respelt(const Finder& f, const std::vector<Tok>& t, const Mention& mn, const std::string& name) {
  const AgencyEntry& e = *mn.entry;
  const std::size_t n = e.keys.size();
  if (n == 0 || mn.b + n > mn.e) return name;
  bool differs = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!t[mn.b + i].word) return name;  // (an entry with punctuation: left as printed)
    if (t[mn.b + i].key == e.keys[i]) continue;
    // the same letters without their marks, or the entry is not what the mention's words spell
    if (i >= e.ascii.size() || fold_ascii(t[mn.b + i].text) != e.ascii[i]) return name;
    differs = true;
  }
  if (!differs) return name;
  // the entry's words in the registry, one per token
  std::vector<std::string_view> words;
  for (std::size_t b = 0; b < e.words.size();) {
    std::size_t q = e.words.find(' ', b);
    if (q == std::string::npos) q = e.words.size();
    words.emplace_back(e.words.data() + b, q - b);
    b = q + 1;
  }
  if (words.size() != n) return name;
  const std::string printed = capitalise(expand(f, t, mn.b, mn.b + n));
  if (name.compare(0, printed.size(), printed) != 0) return name;
  return e.words + name.substr(printed.size());
}

bool Linker::is_issuer(const std::string& agency) const {
  if (!doc_.meta.issuer) return false;
  auto bare = [this](const std::string& s) {
    const std::string k = fold(s);
    std::string out;
    for (std::size_t b = 0; b < k.size();) {
      std::size_t e = k.find(' ', b);
      if (e == std::string::npos) e = k.size();
      const std::string_view w(k.data() + b, e - b);
      if (!w.empty() && !is_place_word(w)) (out += w) += ' ';
      b = e + 1;
    }
    return out;
  };
  return bare(agency) == bare(*doc_.meta.issuer);
}

bool has_own_units(const Meta& m) {
  return m.issuer && !starts_any(fold_key(*m.issuer), {"quốc hội", "ủy ban thường vụ quốc hội", "chính phủ", "chủ tịch nước"});
}

// The Front's committee under its full name, "Ủy ban Mặt trận Tổ quốc Việt Nam …" ("Ủy ban MTTQ
// huyện" → "Ủy ban Mặt trận Tổ quốc Việt Nam huyện An Phú"), as the registry and the gold files
// write it; not "Ban công tác Mặt trận", which is no committee.
static void full_front_name(std::string& name) {
  static const std::string front = "ủy ban mặt trận tổ quốc";
  static const std::string vn = " việt nam";
  // (every name passes here: one without the letter "ậ"/"Ậ" of "trận" is not folded; the text is NFC)
  if (name.find("\xE1\xBA\xAD") == std::string::npos && name.find("\xE1\xBA\xAC") == std::string::npos) return;
  const std::string k = fold_key(name);  // (byte lengths kept: offsets are the name's)
  const std::size_t at = k.find(front);
  if (at == std::string::npos || (at != 0 && k.compare(0, at, "ban thường trực ") != 0)) return;
  const std::size_t end = at + front.size();
  if (k.compare(end, vn.size(), vn) == 0) return;
  name.insert(end, " Việt Nam");
}

// "Hội đồng nhân dân thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương"
// (Luật 65/2025 Điều 18): kinds of unit listed after one body noun, one kind's word printed twice with
// different qualifiers, are that many bodies, each named with the noun; a list that repeats no word
// ("Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "… xã, phường, thị trấn") stays one name,
// and so does a list after "các".
static std::vector<std::string> kinds_listed(const std::string& name) {
  static constexpr std::string_view units[] = {"thị xã", "thị trấn", "thành phố", "huyện", "quận", "phường", "xã", "tỉnh"};
  auto unit_of = [](std::string_view item) -> std::string_view {  // the unit word an item opens with
    for (const std::string_view u : units)
      if (item.size() >= u.size() && item.compare(0, u.size(), u) == 0 && (item.size() == u.size() || item[u.size()] == ' '))
        return u;
    return {};
  };
  std::vector<std::string_view> items;
  std::string_view rest(name);
  for (std::size_t c = rest.find(", "); c != std::string_view::npos; c = rest.find(", ")) {
    items.push_back(rest.substr(0, c));
    rest.remove_prefix(c + 2);
  }
  items.push_back(rest);
  if (items.size() < 3) return {name};
  // the first item: the body noun, then its unit word closing it
  std::string_view head;
  for (const std::string_view u : units)
    if (items[0].size() > u.size() + 1 && items[0].compare(items[0].size() - u.size(), u.size(), u) == 0 &&
        items[0][items[0].size() - u.size() - 1] == ' ') {
      head = items[0].substr(0, items[0].size() - u.size() - 1);
      items[0].remove_prefix(head.size() + 1);
      break;
    }
  // ("Ủy ban nhân dân các huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc Trung ương", QĐ
  // 12/2024/QĐ-TTg Điều 9: after "các" the list names every such body at once, one collective as the
  // gold reads it)
  auto after_cac = [&] {
    for (const std::string_view w : {" các", " Các"})
      if (head.size() >= w.size() && head.compare(head.size() - w.size(), w.size(), w) == 0) return true;
    return false;
  };
  if (head.empty() || after_cac()) return {name};
  std::set<std::string_view> seen;
  bool repeated = false;
  for (const std::string_view it : items) {
    const std::string_view u = unit_of(it);
    if (u.empty()) return {name};
    repeated = repeated || !seen.insert(u).second;
  }
  if (!repeated) return {name};
  std::vector<std::string> out;
  for (const std::string_view it : items) out.push_back(std::string(head) + " " + std::string(it));
  return out;
}

namespace {

// "… thuộc Sở Tài nguyên và Môi trường", "… trực thuộc Sở Y tế": a name that says which department it
// belongs to by the department's proper name (not the bare "thuộc Sở", the issuer itself)
bool of_named_department(const std::vector<Tok>& t, const Mention& mn) {
  for (std::size_t k = mn.b; k + 2 < mn.e; ++k)
    if (t[k].key == "thuộc" && t[k + 1].key == "sở" && t[k + 1].upper && t[k + 2].word && t[k + 2].upper) return true;
  return false;
}

}  // namespace

std::vector<std::string> Linker::resolve(const Finder& f, const std::vector<Tok>& t, const Mention& mn) const {
  std::vector<std::string> names;
  for (std::string& n : resolve_names(f, t, mn))
    for (std::string& k : kinds_listed(n)) names.push_back(std::move(k));
  for (std::string& n : names) full_front_name(n);
  return names;
}

// "Chánh Văn phòng Bộ", "Giám đốc Sở", "các cơ quan, đơn vị thuộc Bộ": a bare head word at the end is the
// issuer itself ("Vụ Tổ chức cán bộ" keeps its lower-case "bộ"); empty when it is not.
std::string Linker::issuer_for_bare_head(const std::vector<Tok>& t, const Mention& mn, const std::string& name) const {
  if (!doc_.meta.issuer || mn.e - mn.b < 2 || !t[mn.e - 1].word || !t[mn.e - 1].upper) return {};
  const std::string last(t[mn.e - 1].key);
  if ((last == "bộ" || last == "sở" || last == "cục" || last == "tổng cục" || last == "ban") &&
      starts_any(fold(*doc_.meta.issuer), {last.c_str()}) && name.size() > t[mn.e - 1].text.size())
    return name.substr(0, name.size() - t[mn.e - 1].text.size()) + *doc_.meta.issuer;
  return {};
}

// "Vụ Pháp chế", "Cục trưởng Cục Hóa chất" in a ministry's own text: a department of that ministry, named
// with it as the gold files write it ("Vụ Pháp chế Bộ Xây dựng"). Not a name that says its ministry or a
// place ("Cục Thuế tỉnh …", "Cục Hải quan các tỉnh, thành phố"), nor a general department (Tổng cục),
// nor in a joint text (whose ministry?).
bool Linker::names_own_department(const std::string& name) const {
  if (!doc_.meta.issuer) return false;
  const std::string& ik = fold(*doc_.meta.issuer);
  if (!starts_any(ik, {"bộ"}) || ik.find(" - ") != std::string::npos || ik.find(',') != std::string::npos)
    return false;
  // (on the name's words: a list's item is named by the head it shares, "Các vụ: …, Kế hoạch" → "Vụ Kế hoạch")
  std::vector<std::string_view> w;
  for (std::size_t p = 0; p < name.size();) {
    const std::size_t q = std::min(name.find(' ', p), name.size());
    w.emplace_back(name.data() + p, q - p);
    p = q + 1;
  }
  std::size_t k = 0;
  // (after an office, "Cục trưởng Cục …", "Cục Trưởng Cục …": the unit it heads)
  while (k < w.size() && ((w[k] != "Vụ" && w[k] != "Cục") || (k + 1 < w.size() && fold(w[k + 1]) == "trưởng"))) ++k;
  if (k + 1 >= w.size() || (k > 0 && fold(w[k - 1]) == "tổng") || !starts_capital(w[k + 1])) return false;
  for (const std::string_view x : w)
    if (x == "Bộ" || fold(x) == "các" || (!starts_capital(x) && is_place_word(x))) return false;
  // (a general department's office in each province before the 2025 reform: "Cục Thuế", "Cục Hải quan" of
  // a Bộ Tài chính text are the provinces' — "Cục Thuế các tỉnh, thành phố", QĐ 256/2004 Cần Thơ's "Cục Thuế
  // thành phố Cần Thơ" —, no department of the ministry's own)
  if (has_any(fold(name), {"cục thuế", "cục hải quan", "cục thống kê", "cục quản lý thị trường", "cục thi hành án"}))
    return false;
  // ("Vụ Pháp chế - Ủy ban Dân tộc": the department of another body, named after it)
  for (std::size_t q = k + 1; q < w.size(); ++q)
    if (const std::string& f = fold(w[q]); starts_capital(w[q]) && (f == "ủy" || f == "uỷ" || f == "ban" || f == "tổng"))
      return false;
  return true;
}

std::vector<std::string> Linker::resolve_names(const Finder& f, const std::vector<Tok>& t, const Mention& mn) const {
  std::string name = mn.name.empty() ? capitalise(expand(f, t, mn.b, mn.e)) : mn.name;
  // "Cục Lãnh sự (Bộ Ngoại giao)" → "Cục Lãnh sự Bộ Ngoại giao"
  if (mn.name.empty() && mn.e - mn.b > 2 && t[mn.e - 1].text == ")") {
    const std::size_t open = name.rfind(" (");
    if (open != std::string::npos) name = name.substr(0, open + 1) + name.substr(open + 2, name.size() - open - 3);
  }
  // a name found by its letters alone ("Ủy ban Mật trận Tổ quốc", OCR): the registry's spelling
  if (mn.name.empty() && mn.entry) name = respelt(f, t, mn, name);
  if (mn.collective) {
    // "các Sở, Ban ngành thành phố", "Các tổ chức chính trị - xã hội Thành phố": the issuer's place's
    const std::string placed = at_own_level(name, fold(name));
    // ("các đơn vị trực thuộc Sở Y tế": the department's, in its province)
    if (placed.empty() && j_.province && of_named_department(t, mn) && fold(name).find(" tỉnh") == std::string::npos)
      return {name + " " + j_.level + " " + j_.name};
    // ("các cơ quan, đơn vị thuộc Bộ": the issuer's; "các Bộ" are many)
    if (placed.empty() && mn.e - mn.b >= 3 && has_any(t[mn.e - 2].key, {"thuộc", "của", "trong"}))
      if (std::string own = issuer_for_bare_head(t, mn, name); !own.empty()) return {own};
    return {placed.empty() ? name : placed};
  }
  // an office of the issuer's own ("Chánh Văn phòng", "Trưởng phòng", "Kế toán"
  // in its internal rules): registered with "issuer" as its expansion
  if (mn.kind == K::office && mn.entry && mn.entry->expansion == "issuer" && own_units_)
    return {name + " " + *doc_.meta.issuer};
  // the Front acts through its committee: "Mặt trận Tổ quốc Việt Nam tỉnh" → "Ủy ban Mặt trận …"
  if (starts_any(fold(name), {"mặt trận tổ quốc"})) name = "Ủy ban " + name;
  if (mn.kind == K::sector && mn.entry) {
    // "Sở Tư pháp|Phòng Tư pháp|Văn phòng HĐND và UBND": the office at the issuer's level
    const std::string& x = mn.entry->expansion;
    std::size_t p1 = x.find('|'), p2 = x.find('|', p1 + 1);
    std::string office = j_.province ? x.substr(0, p1)
                         : j_.district ? x.substr(p1 + 1, p2 - p1 - 1)
                         : j_.commune  ? x.substr(p2 + 1)
                                       : std::string();
    if (office.empty()) return {name};
    // "Thuế tỉnh" already names its level: only the place follows
    const std::string lv = " " + j_.level;
    if (office.size() > lv.size() && office.compare(office.size() - lv.size(), lv.size(), lv) == 0)
      return {office + " " + j_.name};
    return {office + " " + j_.level + " " + j_.name};
  }
  std::string key = fold(name);
  // "Ủy ban nhân dân các huyện: A, B và C" → one per place
  std::size_t colon = name.find(": ");
  std::size_t cac = key.rfind(" các ");
  if (colon != std::string::npos && cac != std::string::npos && cac < colon) {
    std::string prefix = name.substr(0, cac);
    std::string place = name.substr(cac + 6, colon - cac - 6);  // " các " is 6 bytes
    std::vector<std::string> out;
    std::string list = name.substr(colon + 2);
    for (std::size_t p = 0; p < list.size();) {
      std::size_t q = std::string::npos;
      for (const char* sep : {", ", " và "}) {
        std::size_t r = list.find(sep, p);
        if (r != std::string::npos && (q == std::string::npos || r < q)) q = r;
      }
      std::string item = list.substr(p, q == std::string::npos ? std::string::npos : q - p);
      if (!item.empty()) out.push_back(prefix + " " + place + " " + item);
      if (q == std::string::npos) break;
      p = q + (list.compare(q, 2, ", ") == 0 ? 2 : 5);
    }
    if (!out.empty()) return out;
  }
  if (std::string own = issuer_for_bare_head(t, mn, name); !own.empty()) return {own};
  if (doc_.meta.issuer && mn.e - mn.b >= 2 && t[mn.e - 1].word) {
    const std::string ik = fold(*doc_.meta.issuer);
    // (a name put together from its parts, "Vụ trưởng các Vụ thuộc Bộ" of "Vụ trưởng, Cục trưởng các Vụ,
    // Cục thuộc Bộ": its own last word, the words of its mention being only "Vụ trưởng")
    for (const char* head : {"Bộ", "Sở", "Cục", "Tổng cục"}) {
      const std::string tail = std::string(" ") + head;
      if (!mn.name.empty() && name.size() > tail.size() &&
          name.compare(name.size() - tail.size(), tail.size(), tail) == 0 && starts_any(ik, {fold(head)}))
        return {name.substr(0, name.size() - tail.size() + 1) + *doc_.meta.issuer};
    }
  }
  if (names_own_department(name)) return {name + " " + *doc_.meta.issuer};
  // "Ủy ban nhân dân cấp huyện, cấp xã": one body per level
  {
    static const std::string cap = " cấp ";
    std::size_t p1 = name.find(cap), p2 = p1 == std::string::npos ? p1 : name.find(", cấp ", p1 + 1);
    if (p2 != std::string::npos && name.find(',', p1 + cap.size()) == p2) {
      std::string base = name.substr(0, p1);
      std::vector<std::string> out{name.substr(0, p2)};
      for (std::size_t q = p2; q != std::string::npos;) {
        std::size_t next = name.find(", cấp ", q + 2);
        std::string level = name.substr(q + 2, next == std::string::npos ? std::string::npos : next - q - 2);
        out.push_back(base + " " + level);
        q = next;
      }
      if (out.size() > 1) return out;
    }
  }
  if (j_.level.empty()) return {name};
  // a local body with no level at all ("Thường trực Hội đồng nhân dân", "các
  // Ban của Hội đồng nhân dân" in a provincial council's resolution): the issuer's
  if (mn.kind == K::local && mn.entry && !has_any(key, {"tỉnh", "huyện", "xã", "phường", "quận", "thành phố",
                                                        "thị xã", "cấp", "các", "trung ương", "đặc khu"})) {
    const std::string ek = fold(mn.entry->words);
    if (key.size() >= ek.size() && key.compare(key.size() - ek.size(), ek.size(), ek) == 0)
      return {name + " " + j_.level + " " + j_.name};
  }
  // a bare level word at the end: "Ủy ban nhân dân tỉnh" → "… tỉnh Ninh Bình"
  std::string lv = " " + fold(j_.level);
  // (and the area of many bodies: "… các xã, phường trên địa bàn tỉnh" → "… tỉnh Lào Cai")
  if (const std::string area = " trên địa bàn" + lv;
      key.size() >= area.size() && key.compare(key.size() - area.size(), area.size(), area) == 0)
    return {name + " " + j_.name};
  if (const std::string placed = at_own_level(name, key); !placed.empty()) return {placed};
  if (const std::string placed = of_own_committee(name, key); !placed.empty()) return {placed};
  std::string k2 = key;  // "Xã hội" names a field, not a commune
  static const std::string xa_hoi = "xã hội";
  for (std::size_t p = k2.find(xa_hoi); p != std::string::npos; p = k2.find(xa_hoi)) k2.replace(p, xa_hoi.size(), "-");
  // "Sở Công Thương Lào Cai": the place is already named, without its level word
  const std::string jk = " " + fold(j_.name);
  const bool has_place = has_any(k2, {"tỉnh", "huyện", "thành phố", "xã", "phường", "quận", "thị xã", "trung ương", "cấp"}) ||
                         (key.size() > jk.size() && key.compare(key.size() - jk.size(), jk.size(), jk) == 0);
  const bool provincial = mn.entry && mn.entry->kind == K::province && mn.b + mn.entry->keys.size() <= mn.e;
  // a proper name has a capitalised field word ("Sở Tài chính"); "Sở quản lý ngành" is generic
  bool proper = !mn.name.empty();
  for (std::size_t k = mn.b; !proper && k + 1 < mn.e; ++k)
    if (t[k].key == "sở" || t[k].key == "phòng" || (mn.entry && t[k].key == mn.entry->keys[0])) {
      proper = t[k + 1].upper;
      // a registered provincial name is proper when it names something ("Công ty Điện lực")
      if (!proper && mn.entry && t[k].key == mn.entry->keys[0] && mn.entry->kind == K::province)
        proper = mn.entry->proper;
      break;
    }
  // a unit named by the department it belongs to ("Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi
  // trường", "Giám đốc các Trung tâm trực thuộc Sở Y tế"): the department's province, as for the department
  proper = proper || of_named_department(t, mn);
  // (after an office too: "Giám đốc Sở Tài chính" → "… tỉnh Tuyên Quang")
  const bool so = starts_any(key, {"sở"}) || (proper && key.find(" sở ") != std::string::npos);
  if (!has_place && proper && (((so || provincial) && j_.province) || (starts_any(key, {"phòng"}) && j_.district)))
    return {name + " " + j_.level + " " + j_.name};
  // "Phòng Kinh tế" in a provincial council's or people's committee's text after the 2025
  // reform: no district is left, the department is the communes' (NĐ 150/2025)
  if (!has_place && proper && j_.province && commune_tier_ && starts_any(key, {"phòng"}) && mn.entry &&
      mn.entry->kind == K::district && mn.entry->valid_until.empty() && key.find(" thuộc ") == std::string::npos)
    return {name + " thuộc Ủy ban nhân dân cấp xã"};
  return {name};
}

// A name that ends in the issuer's bare level word ("Ủy ban nhân dân tỉnh", "các Ban của Hội
// đồng nhân dân tỉnh", "Giám đốc các Sở, Ban, ngành Thành phố", "các cơ quan, đơn vị thuộc
// Thành phố") names the issuer's own place, as every gold file writes it: the place follows, the
// level word in lower case as before any place's proper name ("thành phố Hà Nội"). Not when the
// word before it lists places ("các huyện, thành phố", "các tỉnh", "quận, huyện và thành phố")
// or says a level or an area ("cấp tỉnh", "trong toàn thành phố", "trên địa bàn tỉnh"): those
// name no one place.
std::string Linker::at_own_level(const std::string& name, const std::string& key) const {
  if (j_.level.empty()) return {};
  const std::string lv = " " + fold(j_.level);
  if (key.size() <= lv.size() || key.compare(key.size() - lv.size(), lv.size(), lv) != 0) return {};
  const std::size_t cut = key.size() - lv.size();  // the space before the level word
  if (key[cut - 1] == ',') return {};
  const std::size_t sp = key.rfind(' ', cut - 1);
  const std::string_view before(key.data() + (sp == std::string::npos ? 0 : sp + 1),
                                cut - (sp == std::string::npos ? 0 : sp + 1));
  static const std::set<std::string, std::less<>> lists = {"các", "cấp", "toàn", "bàn", "và", "hoặc", "mỗi", "từng", "những"};
  if (lists.count(before) || is_place_word(before)) return {};
  // (the level word has the same bytes in the name, in whatever case it is printed)
  return name.substr(0, name.size() - lv.size()) + " " + j_.level + " " + j_.name;
}

// "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng tỉnh uỷ", "Ban Tổ chức Thành ủy": a body of the Party
// committee of the issuer's own place and level, which the gold files name with the place ("Văn phòng
// Tỉnh ủy Lâm Đồng", "Ban Tổ chức Thành ủy Cần Thơ"), the committee's word as a name's ("Tỉnh ủy").
// Not after a word that lists committees ("các tỉnh ủy", "tỉnh ủy, thành ủy").
std::string Linker::of_own_committee(const std::string& name, const std::string& key) const {
  for (const PartyCommittee& c : kCommittees) {
    if (j_.level != c.level) continue;
    const std::string tail = " " + std::string(c.key);
    const std::string spaced = " " + key;
    if (spaced.size() < tail.size() || spaced.compare(spaced.size() - tail.size(), tail.size(), tail) != 0) return {};
    const std::size_t cut = key.size() + 1 - tail.size();  // where the committee's word starts in the name
    if (cut > name.size()) return {};
    const std::string before = key.substr(0, cut);
    if (before.ends_with("các ") || before.ends_with(", ") || before.ends_with("và ")) return {};
    // ("tỉnh uỷ" as printed → "Tỉnh ủy", the committee's name)
    return name.substr(0, cut) + std::string(c.name) + " " + j_.name;
  }
  return {};
}

void Linker::check_validity(const Mention& mn, const std::string& printed) {
  if (!doc_.meta.date) return;
  const std::string& date = *doc_.meta.date;
  std::string from, until, what;
  if (mn.entry) {
    from = mn.entry->valid_from;
    until = mn.entry->valid_until;
    what = mn.entry->words;
  }
  std::string k = fold(printed);
  if (until.empty() && mn.kind == K::local && (has_any(k, {"huyện", "quận", "thị xã"}) && !has_any(k, {"các"}))) {
    until = "2025-06-30";  // the district tier ended on 1 July 2025
    what = printed;
  }
  bool late = !until.empty() && date > until, early = !from.empty() && date < from;
  if (!(late || early) || !flagged_.insert(fold(what)).second) return;
  Diagnostic d;
  d.code = "link.out-of-date-agency";
  d.file = doc_.source;
  d.line = line_;
  d.column = 1;
  d.message = "'" + printed + "' is named in a document dated " + date +
              (late ? ", but that body ended on " + until : ", but that body began on " + from) +
              " (2025 reform of local government); check the agency";
  doc_.diagnostics.push_back(std::move(d));
}

std::vector<std::pair<std::string, std::string>> Linker::names_in(const std::string& cell) {
  std::vector<std::pair<std::string, std::string>> out;
  const std::size_t offs = folds_.misread_pairs;
  std::vector<Tok> t = tokenize(cell, folds_);
  if (folds_.misread_pairs != offs) repair_tones(t, folds_);
  Finder f(reg_, t, &locals_, own_units_);
  const KeyText keys(cell, t);
  for (const Mention& mn : f.find()) {
    if (mn.collective && private_parties(keys.joined(mn.b, mn.e))) continue;
    std::string printed = cell.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin);
    check_validity(mn, printed);
    for (std::string& a : resolve(f, t, mn)) out.emplace_back(std::move(a), printed);
  }
  return out;
}

}  // namespace vanban::link_detail
