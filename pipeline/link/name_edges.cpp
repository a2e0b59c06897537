// The edges of a body's name (the Finder of mentions.h): what may follow
// a name and still belong to it — a "nơi …" clause saying which one is
// meant, "liên quan đến <matter>", villages, lower-case fields closed by a
// proper name — "xây dựng" read as the verb after a name, the fields of
// "các sở, ngành: A; B; C" and "các Sở: A, B", and the heads of "Vụ trưởng, Cục trưởng các Vụ, Cục
// thuộc Bộ".
#include "mentions.h"

#include <algorithm>

namespace vanban::link_detail {

bool Finder::builds(std::size_t i) const {
  const std::size_t n = t_.size();
  if (!(i + 2 < n && t_[i].key == "xây" && !t_[i].upper && t_[i + 1].key == "dựng")) return false;
  const Tok& x = t_[i + 2];
  if (x.word && x.upper) return !is_place_word(x.key) && !body_start(i + 2);
  if ((x.key == "và" || x.text == ",") && i + 3 < n && stop_at(i + 3)) return true;
  static const std::set<std::string, std::less<>> objects = {"quy", "phương", "chương", "dự", "đề", "văn", "tài", "cơ"};
  return x.word && objects.count(x.key) > 0 && i + 3 < n && t_[i + 3].word &&
         (t_[i + 3].key == "trình" || t_[i + 3].key == "chế" || t_[i + 3].key == "án" || t_[i + 3].key == "thảo" ||
          t_[i + 3].key == "bản" || t_[i + 3].key == "liệu" || t_[i + 3].key == "sở");
}


std::size_t Finder::villages(std::size_t q) const {
  static const std::set<std::string, std::less<>> words = {"thôn", "làng", "ấp", "bản", "buôn", "bon", "phum", "sóc"};
  const std::size_t n = t_.size(), from = q;
  while (q < n && t_[q].word && !t_[q].upper && words.count(t_[q].key)) {
    ++q;
    if (!(q + 1 < n && !t_[q].word && t_[q].text == "," && t_[q + 1].word && words.count(t_[q + 1].key))) break;
    ++q;
  }
  return q > from ? q : from;
}

bool Finder::person_name_at(std::size_t q) const {
  // (family names that also open places are left out: "Hà Nội", "Cao Bằng", "Lâm Đồng", "Vĩnh Long")
  static constexpr std::string_view families[] = {
      "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
      "lý", "đinh", "đào", "lương", "mai", "trịnh", "trương", "đoàn", "vương", "tạ", "chu", "giàng", "thào", "sùng"};
  if (q >= t_.size() || !t_[q].word || !t_[q].upper ||
      std::find(std::begin(families), std::end(families), t_[q].key) == std::end(families))
    return false;
  std::size_t k = q + 1;
  while (k < t_.size() && k < q + 4 && t_[k].word && t_[k].upper && !agency_start(k)) ++k;
  return k > q + 1;
}

bool Finder::kind_of_body(std::size_t q) const {
  const AgencyEntry* e = nullptr;
  const std::size_t p = m(q, {K::collective_phrase}, &e);
  if (!e || p <= m(q, {K::collective})) return false;
  const std::vector<std::string>& k = e->keys;
  const bool related = k.size() >= 2 && k[k.size() - 2] == "liên" && k.back() == "quan";
  return !related && std::find(k.begin(), k.end(), ",") == k.end();
}

std::size_t Finder::bare_places(std::size_t q) const {
  const std::size_t n = t_.size(), from = q;
  std::size_t end = q;
  while (q < n && t_[q].word) {
    const std::string_view k = t_[q].key;
    std::size_t u = 0;  // the unit's words
    if (k == "quận" || k == "huyện" || k == "xã" || k == "phường") u = 1;
    else if ((k == "thị" || k == "thành") && q + 1 < n && t_[q + 1].word &&
             (t_[q + 1].key == "xã" || t_[q + 1].key == "trấn" || t_[q + 1].key == "phố"))
      u = 2;
    // "Thị", "thành" for thị xã, thành phố only where the list goes on or
    // ends ("huyện, thị, thành"; not "thành viên")
    else if (k == "thị" || k == "thành") u = 1;
    if (!u) break;
    const std::size_t after = q + u;
    const bool closes = after >= n || !t_[after].word || t_[after].key == "và";
    if (!closes && (u == 1 && (k == "thị" || k == "thành"))) break;
    if (after < n && t_[after].word && t_[after].upper) return from;  // "huyện An Phú": a named unit
    end = after;
    if (!(after + 1 < n && (t_[after].text == "," || t_[after].key == "và") && t_[after + 1].word)) break;
    q = after + 1;
  }
  return end;
}

std::size_t Finder::where_clause(std::size_t j) const {
  const std::size_t n = t_.size(), limit = std::min(n, j + 14);
  std::size_t q = j + 1;
  bool verb = false;  // the word before is the clause's verb: a name may be its object
  std::size_t object = 0;  // the verb's object's first word
  // "Thủ trưởng cơ quan hải quan nơi tiếp nhận và xử lý hồ sơ hải quan quyết định …" (Luật 42/2005): two
  // verbs joined before their one object are the clause's, not the end of the name
  auto joined_verb = [&](std::size_t at) {
    return verb && !object && t_[at].key == "và" && at + 1 < limit && t_[at + 1].word && !t_[at + 1].upper ? m(at + 1, {K::stop}) : 0;
  };
  while (q < limit && t_[q].word && (t_[q].key != "và" || joined_verb(q)) && t_[q].key != "hoặc") {
    if (t_[q].key == "và") {
      q += 1 + joined_verb(q);
      continue;
    }
    if (verb && !object) object = q;
    if (verb && body_start(q)) {
      q = extend_body(q);
      break;
    }
    const std::size_t s = noun_tail(q) ? 0 : m(q, {K::stop});  // ("nơi cấp giấy chứng nhận …")
    if (s && (t_[q].upper || q > j + 3)) break;  // (the clause's own verb comes first)
    if (!s && agency_start(q)) break;
    verb = s > 0;
    q += s ? s : 1;
    // "nơi đã ra quyết định (áp dụng biện pháp đưa vào …)": the body that
    // issued the decision; what the decision is about says no more
    if (s == 2 && t_[q - 2].key == "quyết" && t_[q - 1].key == "định" && t_[q - 3].key == "ra") break;
  }
  // a clause that runs on without an end in sight is not read as one
  if (q >= limit && q < n && t_[q].word) return j;
  // "Chủ tịch Uỷ ban nhân dân cấp xã nơi đang thi hành biện pháp giáo dục tại xã, phường, thị trấn hoặc
  // Hiệu trưởng …" (Luật 15/2012 Điều 117): the kinds of place listed after "tại" are the clause's own
  // words, not a new phrase (a place's proper name after them ends nothing here: not read)
  if (q + 1 < n && t_[q].key == "tại" && t_[q + 1].word && !t_[q + 1].upper && is_place_word(t_[q + 1].key)) {
    std::size_t r = q + 1;
    while (r < n && ((t_[r].word && !t_[r].upper && is_place_word(t_[r].key)) ||
                     (t_[r].text == "," && r + 1 < n && t_[r + 1].word && is_place_word(t_[r + 1].key))))
      ++r;
    if (r == n || !t_[r].word || t_[r].key == "hoặc" || t_[r].key == "và") q = r;
  }
  // "Ủy ban nhân dân cấp tỉnh nơi có cảng biển, cảng dầu khí ngoài khơi có văn bản …" (NĐ 14/2026):
  // the object listed, its noun said again after the comma — the list is the clause's too, up to
  // the next verb
  while (object && q + 2 < n && t_[q].text == "," && t_[q + 1].word && !t_[q + 1].upper &&
         t_[q + 1].key == t_[object].key && !m(q + 1, {K::stop})) {
    std::size_t r = q + 2;
    while (r < n && r < q + 10 && t_[r].word && t_[r].key != "và" && t_[r].key != "hoặc" &&
           !(noun_tail(r) ? 0 : m(r, {K::stop})) && !agency_start(r))
      ++r;
    if (r == q + 2 || (r == q + 10 && r < n && t_[r].word)) break;
    q = r;
  }
  return q;
}

bool Finder::fields_to_name(std::size_t j) const {
  const std::size_t n = t_.size(), limit = std::min(n, j + 12);
  for (std::size_t q = j + 1; q < limit; ++q) {
    const Tok& x = t_[q];
    if (!x.word) {
      if (x.text != "," || q == j + 1) return false;
      continue;
    }
    if (x.upper) return q > j + 1 && t_[q - 1].word && !agency_start(q) && !m(q, {K::stop}) && !is_place_word(x.key);
    if (x.key == "và") continue;
    // ("Chi cục Thuế, đội trưởng Đội thuế …": a post's title, "… trưởng", opens another name)
    if (x.key == "trưởng" && t_[q - 1].key != "tăng") return false;
    // (a body's head in lower case is an old typing of a name: "…, cục Thống kê")
    if (stop_at(q) || is_place_word(x.key) || agency_start(q) ||
        m(q, {K::collective, K::collective_phrase, K::office, K::head, K::central, K::province, K::district, K::local}))
      return false;
  }
  return false;
}

std::size_t Finder::related_to(std::size_t end) const {
  const std::size_t n = t_.size();
  if (!(end >= 2 && end + 1 < n && t_[end - 2].key == "liên" && t_[end - 1].key == "quan" && t_[end].key == "đến"))
    return end;
  std::size_t q = end + 1;
  // "liên quan đến việc thực hiện sắp xếp": a verb after "việc" is its noun
  if (t_[q].key == "việc" && q + 1 < n) q += 1 + m(q + 1, {K::stop});
  const std::size_t limit = std::min(n, end + 14);
  while (q < limit && t_[q].word && t_[q].key != "và" && t_[q].key != "hoặc") {
    // "… đến hoạt động khoáng sản trên địa bàn tỉnh": the place stays with it
    if (t_[q].key == "trên" && q + 2 < n && t_[q + 1].key == "địa" && t_[q + 2].key == "bàn") {
      q += 3;
      while (q < n && t_[q].word && (is_place_word(t_[q].key) || t_[q].upper) && !agency_start(q)) ++q;
      break;
    }
    if (t_[q].key == "này" || t_[q].key == "đó") {  // "… đến lĩnh vực này"
      ++q;
      break;
    }
    if (stop_at(q) || agency_start(q)) break;
    ++q;
  }
  return q > end + 1 && q > end + 1 + (t_[end + 1].key == "việc") ? q : end;
}

std::size_t Finder::on_area(std::size_t end) const {
  const std::size_t n = t_.size();
  // "Ủy ban nhân dân các tỉnh tham gia Chương trình", "các địa phương tham gia Dự án …", "… tham gia thí
  // điểm": the ones taking part in the programme (QĐ 1215/QĐ-BNN-TCCB), where the phrase visibly ends
  if (end + 3 < n && t_[end].key == "tham" && t_[end + 1].key == "gia") {
    std::size_t q = end + 2;
    const std::string_view a = t_[q].key, b = t_[q + 1].key;
    if ((a == "chương" && b == "trình") || (a == "dự" && b == "án") || (a == "đề" && b == "án") ||
        (a == "thí" && b == "điểm")) {
      q += 2;
      while (q < n && q < end + 10 && t_[q].word && t_[q].upper && !agency_start(q) && !body_start(q)) ++q;
      if (phrase_ends(q)) return q;
    }
  }
  // ("các cơ quan, đơn vị đóng trên địa bàn Thành phố": stationed there, central ones too)
  const std::size_t a = end + (end < n && t_[end].key == "đóng");
  if (!(a + 3 < n && t_[a].key == "trên" && t_[a + 1].key == "địa" && t_[a + 2].key == "bàn")) return end;
  std::size_t q = a + 3;
  while (q < n && t_[q].word && (is_place_word(t_[q].key) || t_[q].upper) && !agency_start(q)) ++q;
  if (q > a + 3 && is_place_word(t_[a + 3].key)) return q;
  // "các đơn vị trên địa bàn", "các cơ quan có liên quan trên địa bàn": the area of the text's
  // issuer, its name left out (where the phrase visibly ends there)
  return phrase_ends(a + 3) ? a + 3 : end;
}

bool Finder::phrase_ends(std::size_t p) const {
  if (p >= t_.size()) return true;
  if (!t_[p].word) return t_[p].text == "," || t_[p].text == ";" || t_[p].text == "." || t_[p].text == ":" ||
                           t_[p].text == "(" || t_[p].text == ")";
  return t_[p].key == "và" || t_[p].key == "hoặc" || stop_at(p) || agency_start(p);
}

std::size_t Finder::collective_modifier(std::size_t end) const {
  const std::size_t n = t_.size();
  // a plain word: neither a verb or preposition of the lexicon, nor a place, a body's word or a name
  auto plain = [&](std::size_t p) {
    return p < n && t_[p].word && !t_[p].upper && !m(p, {K::stop}) && !function_word(t_[p].key) &&
           !is_place_word(t_[p].key) && !m(p, {K::collective}) && !body_noun(p) && !agency_start(p) && !builds(p) &&
           !keys_at(p, "xây", "dựng");
  };
  // "trong toàn quốc", "trong cả nước", "trong tỉnh": where, all of them
  if (end + 1 < n && t_[end].key == "trong") {
    std::size_t q = end + 1;
    if (t_[q].key == "toàn" || t_[q].key == "cả") ++q;
    const bool whole = q + 1 < n && ((t_[q].key == "quốc" && t_[q - 1].key == "toàn") ||
                                     (t_[q].key == "nước" && t_[q - 1].key == "cả"));
    if (whole) return phrase_ends(q + 1) ? q + 1 : end;
    if (q < n && is_place_word(t_[q].key) && t_[q].key != "cấp" && !t_[q].upper && phrase_ends(q + 1)) return q + 1;
    return end;
  }
  // "các sở quản lý nhà nước chuyên ngành về hạ tầng", "các cơ quan quản lý chuyên ngành" (CV 7103/UBND-TH
  // Lào Cai): the bodies named by the field they manage ("quản lý" alone is a verb: "các cơ quan quản lý tài sản")
  if (keys_at(end, "quản", "lý")) {
    std::size_t q = end + 2;
    if (keys_at(q, "nhà", "nước")) q += 2;
    if (keys_at(q, "chuyên", "ngành")) q += 2;
    else if (q < n && t_[q].key == "ngành" && !(q + 1 < n && t_[q + 1].text == ",")) ++q;
    if (q == end + 2) return end;
    if (q + 1 < n && t_[q].key == "về") {
      std::size_t r = q + 1;
      while (r < n && r < q + 4 && plain(r)) ++r;
      if (r > q + 1 && (phrase_ends(r) || t_[r].key == "theo")) q = r;
    }
    return phrase_ends(q) || (q < n && t_[q].key == "theo") ? q : end;
  }
  // "các địa phương có rừng": one plain word after "có"
  if (end + 1 < n && t_[end].key == "có") {
    const bool one = plain(end + 1) && t_[end + 1].key != "quyền" && phrase_ends(end + 2) &&
                     !(end + 2 < n && t_[end + 2].key == "và");
    return one ? end + 2 : end;
  }
  // "các cơ quan thông tấn, báo chí", "các địa phương lân cận", "các đơn vị truyền thông (thuộc Bộ …)":
  // one or two plain words, a second pair after a comma
  std::size_t w = end;
  while (w < n && w < end + 2 && plain(w)) ++w;
  if (w == end || !phrase_ends(w)) return end;
  if (w + 3 <= n && t_[w].text == "," && plain(w + 1) && plain(w + 2) && phrase_ends(w + 3) &&
      !(w + 3 < n && t_[w + 3].text == ","))
    w += 3;
  return w;
}

std::size_t Finder::semicolon_fields(std::size_t b, std::size_t j, std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  std::size_t q = j + 1;
  if (!(q < n && t_[q].key == "sở")) return 0;
  ++q;
  // (a bare "các Sở:" list is list_items')
  const std::size_t sectors = q;
  while (q + 1 < n && t_[q].text == "," && (t_[q + 1].key == "ban" || t_[q + 1].key == "ngành")) q += 2;
  if (q == sectors || !(q < n && t_[q].text == ":")) return 0;
  ++q;
  const std::string office = j > b ? join_text(b, j) + " " : std::string();
  std::vector<Mention> items;
  while (q < n && t_[q].word && t_[q].upper && !agency_start(q) && !m(q, {K::stop})) {
    std::size_t e = q;
    while (e < n && !(!t_[e].word && (t_[e].text == ";" || t_[e].text == "." || t_[e].text == ":")) &&
           !(t_[e].word && (stop_at(e) || (e > q && agency_start(e)))))
      ++e;
    std::size_t last = e;  // (the last field before a body: "…; Tài nguyên và Môi trường và Công an tỉnh")
    while (last > q && (t_[last - 1].key == "và" || t_[last - 1].text == ",")) --last;
    if (last == q) break;
    // a ',' inside the first field: the fields are split by ',' ("Giám đốc
    // các Sở, ban, ngành: Nông nghiệp và Môi trường, Tài chính, Kho bạc nhà
    // nước thành phố Hà Nội"), read as after "các Sở:"
    if (items.empty())
      for (std::size_t x = q; x < last; ++x)
        if (t_[x].text == ",") {
          const std::size_t before = out.size();
          const std::size_t k = list_items(b, j, q, out);
          if (out.size() - before >= 2) return k;
          out.erase(out.begin() + static_cast<std::ptrdiff_t>(before), out.end());
          return 0;
        }
    Mention mn{items.empty() ? b : q, last, false, K::head};
    mn.name = office + "Sở " + join_text(q, last);
    items.push_back(mn);
    // fields are split by ';' only: a ',' list is read by list_items
    if (!(e + 1 < n && t_[e].text == ";" && t_[e + 1].word && t_[e + 1].upper && !agency_start(e + 1))) {
      q = last;
      break;
    }
    q = e + 1;
  }
  if (items.size() < 2) return 0;
  out.insert(out.end(), items.begin(), items.end());
  return q;
}

// The unit an office heads, by its name "<unit> trưởng" ("Vụ trưởng" → "vụ", "Tổng cục trưởng" →
// "tổng cục"): its keys, or empty when the office is not so named.
static std::string headed_unit(const std::vector<Tok>& t, std::size_t b, std::size_t e) {
  if (e < b + 2 || e > t.size() || t[e - 1].key != "trưởng") return {};
  return join_keys(t, b, e - 1);
}

std::size_t Finder::paired_heads(std::size_t b, std::size_t j, std::vector<UnitHead>& heads) const {
  // "Vụ trưởng, Cục trưởng các Vụ, Cục": the heads [b, j), then as many units after "các" at j, in the
  // same order, "," or "và" between them
  const std::size_t n = t_.size();
  for (std::size_t q = b; q < j;) {
    std::size_t e = q;
    while (e < j && t_[e].word && t_[e].key != "và") ++e;
    if (e == q || headed_unit(t_, q, e).empty()) return 0;
    heads.push_back({q, e, join_text(q, e), {}});
    q = e + 1;  // (past "," or "và")
  }
  if (heads.size() < 2) return 0;
  std::size_t q = j + 1;
  for (std::size_t k = 0; k < heads.size(); ++k) {
    const std::string unit = headed_unit(t_, heads[k].b, heads[k].e);
    const std::size_t words = heads[k].e - heads[k].b - 1;
    if (k > 0) {
      if (!(q < n && (t_[q].text == "," || t_[q].key == "và"))) return 0;
      ++q;
    }
    if (q + words > n || !t_[q].upper || join_keys(t_, q, q + words) != unit) return 0;
    heads[k].unit = join_text(q, q + words);
    q += words;
  }
  return q;
}

std::size_t Finder::own_unit_heads(std::size_t b, std::vector<UnitHead>& heads) const {
  // "Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Y tế": each head with its units, one owner after
  // the last (which unit_heads requires)
  const std::size_t n = t_.size();
  std::size_t q = b, after = 0;
  while (q < n) {
    const std::size_t o = m(q, {K::office});
    const std::string unit = o ? headed_unit(t_, q, q + o) : std::string();
    const std::size_t u = q + o + 1, words = o > 0 ? o - 1 : 0;
    if (unit.empty() || !(u + words <= n && t_[q + o].key == "các" && t_[u].upper && join_keys(t_, u, u + words) == unit))
      break;
    after = u + words;
    heads.push_back({q, after, join_text(q, q + o), join_text(u, after)});
    if (!(after + 1 < n && (t_[after].text == "," || t_[after].key == "và"))) break;
    q = after + 1;
  }
  // (one head alone too: "…, Cục trưởng các Cục thuộc Bộ Y tế và Thủ trưởng các đơn vị có liên quan")
  return heads.empty() ? 0 : after;
}

std::size_t Finder::unit_heads(std::size_t b, std::size_t j, std::vector<Mention>& out) const {
  // the closing article of a ministry's decision names the heads of its units by kind: "Vụ trưởng, Cục
  // trưởng các Vụ, Cục trực thuộc Bộ Y tế", "Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Y tế" — each
  // head of the units of its own kind, "Vụ trưởng các Vụ trực thuộc Bộ Y tế", "Cục trưởng các Cục …"
  const std::size_t n = t_.size();
  if (!(j < n && t_[j].key == "các")) return 0;
  std::vector<UnitHead> heads;
  std::size_t q = paired_heads(b, j, heads);
  if (!q) {
    heads.clear();
    q = own_unit_heads(b, heads);
  }
  if (!q) return 0;
  // whose units: "(trực) thuộc <body>" must follow, or the heads may be of other units
  std::size_t owner = owner_at(q), end = owner ? extend_body(owner) : 0;
  // ("… các Vụ, Cục thuộc Bộ chịu trách nhiệm …": the issuer named by its head word alone, a verb after it)
  const std::size_t of = q + (q < n && t_[q].key == "trực" ? 1 : 0);
  if (!owner && of + 1 < n && t_[of].key == "thuộc" && t_[of + 1].upper && m(of + 1, {K::head}) == 1) {
    owner = of + 1;
    end = of + 2;
  }
  if (!owner) return 0;
  const AgencyEntry* be = nullptr;
  body_start(owner, &be);
  const std::string whose = join_text(q, end);
  for (std::size_t k = 0; k < heads.size(); ++k) {
    Mention mn{heads[k].b, k + 1 == heads.size() ? end : heads[k].e, false, be ? be->kind : K::head, be};
    mn.name = heads[k].office + " các " + heads[k].unit + " " + whose;
    out.push_back(mn);
  }
  return end;
}

// "các Sở: Tài chính, Xây dựng", "các Bộ Vật tư, Nội thương, Tài chính": one head shared by the fields listed
std::size_t Finder::list_items(std::size_t b, std::size_t j, std::size_t k, std::vector<Mention>& out) const {
  const std::string office = j > b ? join_text(b, j) + " " : std::string();
  std::string head(t_[j + 1].text);
  if (!head.empty() && head[0] >= 'a' && head[0] <= 'z') head[0] = static_cast<char>(head[0] - 'a' + 'A');  // "vụ" → "Vụ"
  const std::size_t n = t_.size();
  bool first_item = true;
  // (an item in lower case is an old typing: "các Bộ Vật tư, lương thực và thực phẩm, Nội thương")
  while (k < n && t_[k].word && (t_[k].upper || (!first_item && !stop_at(k) && !agency_start(k))) &&
         !is_place_word(t_[k].key)) {  // "các Cục Hải quan tỉnh, thành phố" lists places, not fields
    // the longest registry name "Sở <item>", else the words up to the next separator
    std::vector<Tok> words{t_[j + 1]};
    words.insert(words.end(), t_.begin() + k, t_.begin() + std::min(n, k + 12));
    std::size_t e = k, known = reg_.match(words, 0, {K::central, K::province, K::district});
    if (known > 1) {
      e = k + known - 1;
    } else {
      // (an item ends before "và" and the next name or a collective: "…, Tài chính và các cơ quan, đơn vị …";
      // a "và" with more items after the next is the name's: "…, Khoa học Công nghệ và Môi trường, Tổ chức …")
      auto inner_and = [&](std::size_t v) {
        std::size_t q = v + 1;
        while (q < n && t_[q].word && !stop_at(q)) ++q;
        return q + 1 < n && t_[q].text == "," && t_[q + 1].word && t_[q + 1].upper && !agency_start(q + 1);
      };
      while (e < n && t_[e].word &&
             !(t_[e].key == "và" && e + 1 < n &&
               ((t_[e + 1].upper && !inner_and(e)) || t_[e + 1].key == "các" || agency_start(e + 1))) &&
             !(e > k && stop_at(e)))
        ++e;
      while (e < n && !t_[e].word && t_[e].text == "-") e = e + 1 < n ? e + 2 : e + 1;  // "Lao động - Thương binh"
      while (e < n && t_[e].word && t_[e].key != "và" && !stop_at(e)) ++e;
    }
    if (e == k) break;
    Mention mn{k, e, false, K::head};
    if (first_item) mn.b = b;  // "Giám đốc các Sở: Tài chính" as printed
    first_item = false;
    mn.name = office + head + " " + join_text(k, e);
    out.push_back(mn);
    k = e;
    if (k + 1 < n && (t_[k].text == "," || t_[k].key == "và") && t_[k + 1].word && !agency_start(k + 1) &&
        (t_[k + 1].upper || !stop_at(k + 1)))
      ++k;
    else break;
  }
  return k;
}

}  // namespace vanban::link_detail
