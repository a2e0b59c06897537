// Citations (văn bản được dẫn chiếu) in the preamble: every document
// identified by a number, and laws cited by name ("Luật Đất đai ngày …").
#include <algorithm>
#include <string_view>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::parse_detail {

namespace {

struct TypeWord {
  const char* words;
  const char* type;
};

// Longest first, so "Thông tư liên tịch" wins over "Thông tư".
const std::vector<TypeWord>& type_words() {
  static const std::vector<TypeWord> w = {
      {"Nghị quyết liên tịch", "Nghị quyết liên tịch"}, {"Thông tư liên tịch", "Thông tư liên tịch"},
      {"Nghị quyết", "Nghị quyết"}, {"Nghị định", "Nghị định"}, {"Quyết định", "Quyết định"},
      {"Thông tư", "Thông tư"}, {"Chỉ thị", "Chỉ thị"}, {"Bộ luật", "Bộ luật"}, {"Luật", "Luật"},
      {"Pháp lệnh", "Pháp lệnh"}, {"Công văn", "Công văn"}, {"Kế hoạch", "Kế hoạch"}, {"Tờ trình", "Tờ trình"},
      {"Báo cáo thẩm tra", "Báo cáo"}, {"Báo cáo", "Báo cáo"}, {"Hướng dẫn", "Hướng dẫn"}, {"Thông báo", "Thông báo"}, {"Kết luận", "Kết luận"},
      {"Công điện", "Công điện"}, {"Quy định", "Quy định"}, {"Chương trình", "Chương trình"}, {"Đề án", "Đề án"},
      // a permit a letter enforces ("tại Giấy phép khai thác khoáng sản số 199/GP-BNNMT ngày 14/7/2026")
      {"Giấy phép", "Giấy phép"}, {"giấy phép", "Giấy phép"},
      {"Văn bản", ""}, {"văn bản", ""},
      {"Nghị Quyết", "Nghị quyết"}, {"Nghị Định", "Nghị định"}, {"Quyết Định", "Quyết định"},
      {"nghị quyết", "Nghị quyết"}, {"nghị định", "Nghị định"}, {"quyết định", "Quyết định"},
      {"thông tư", "Thông tư"}, {"chỉ thị", "Chỉ thị"}, {"tờ trình", "Tờ trình"}, {"báo cáo", "Báo cáo"},
      {"công văn", "Công văn"}, {"kế hoạch", "Kế hoạch"}, {"Luật", "Luật"}};
  return w;
}

bool is_symbol_byte(const std::string& s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '&') return true;
  // UTF-8 letters (Đ, Ơ …): lead bytes C3–C6, E1 (Latin Extended Additional)
  if (c >= 0x80) {
    if (s.compare(i, 3, "–") == 0 || s.compare(i, 3, "—") == 0) return true;
    if (s.compare(i, 3, "”") == 0 || s.compare(i, 3, "“") == 0) return false;
    return c >= 0xC3 && c <= 0xC6 ? true : (c == 0xE1 || (c & 0xC0) == 0x80);
  }
  return false;
}

// A document number at `i` ("59/2023/NĐ-CP"): digits, then at least one
// slash part. Returns its byte length, 0 if none.
std::size_t number_at(const std::string& s, std::size_t i) {
  if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '/')) return 0;
  std::size_t j = i;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j > i && j + 1 < s.size() && std::islower(static_cast<unsigned char>(s[j])) && s[j + 1] == '/') ++j;  // "1249a/…"
  // "66.13/2026/NQ-CP": a number with a dot in it (a resolution's sub-number)
  if (j > i && j + 2 < s.size() && s[j] == '.' && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
    std::size_t k = j + 1;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    if (k < s.size() && s[k] == '/') j = k;
  }
  // OCR: "11 4/2024/NĐ-CP" — a space inside the number itself
  if (j > i && j + 2 < s.size() && s[j] == ' ' && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
    std::size_t k = j + 1;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    if (k < s.size() && s[k] == '/' && k - j <= 3) j = k;
  }
  // "Tờ trình số 269 /TTr-STC": a space typed before the slash
  if (j > i && j + 2 < s.size() && s[j] == ' ' && s[j + 1] == '/' && std::isupper(static_cast<unsigned char>(s[j + 2])))
    ++j;
  // "60 TC/CĐKT", "1141 TC/QĐ/CĐKT": an old symbol typed after a space
  if (j > i && j + 3 < s.size() && s[j] == ' ' && std::isupper(static_cast<unsigned char>(s[j + 1]))) {
    std::size_t k = j + 1;
    while (k < s.size() && (std::isupper(static_cast<unsigned char>(s[k])) || static_cast<unsigned char>(s[k]) >= 0x80)) ++k;
    if (k < s.size() && s[k] == '/' && k - j <= 8) j = k;
  }
  // Party and older numbers: "11-CT/TU", "169-CP" (letters right after the hyphen)
  if (j > i && j + 1 < s.size() && s[j] == '-' && std::isupper(static_cast<unsigned char>(s[j + 1]))) {
    std::size_t k = j + 1;
    while (k < s.size() && is_symbol_byte(s, k) && s[k] != '.') ++k;
    while (k > j && (s[k - 1] == '-' || s[k - 1] == '/')) --k;
    return k - i;
  }
  if (j == i || j >= s.size() || s[j] != '/') return 0;
  for (;;) {
    while (j < s.size() && is_symbol_byte(s, j)) ++j;
    // OCR: "151/201 7/NĐ-CP", "NĐ- CP" — a space inside a symbol part
    if (j + 2 < s.size() && s[j] == ' ' && j > i &&
        ((std::isdigit(static_cast<unsigned char>(s[j - 1])) && std::isdigit(static_cast<unsigned char>(s[j + 1])) &&
          s.find('/', j) < j + 5) ||
         (s[j - 1] == '-' && std::isupper(static_cast<unsigned char>(s[j + 1]))))) {
      ++j;
      continue;
    }
    // "10/2021/NĐ - CP": a hyphen typed with spaces inside a symbol (after "Đ", a multi-byte capital)
    if (s.compare(j, 3, " - ") == 0 && j + 3 < s.size() && std::isupper(static_cast<unsigned char>(s[j + 3])) &&
        j > i && (std::isupper(static_cast<unsigned char>(s[j - 1])) || static_cast<unsigned char>(s[j - 1]) >= 0x80)) {
      j += 3;
      continue;
    }
    // "287/TTr-SXD(KTXD)": a bracketed part attached to the symbol
    if (j < s.size() && s[j] == '(') {
      std::size_t close = s.find(')', j);
      if (close != std::string::npos && close - j < 12 && s.find(' ', j) > close) {
        j = close + 1;
        continue;
      }
    }
    break;
  }
  while (j > i && (s[j - 1] == '.' || s[j - 1] == '-' || s[j - 1] == '/')) --j;
  // "15/10/2019" is a date, not a number
  std::string cand = s.substr(i, j - i);
  bool letters = std::any_of(cand.begin(), cand.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
  });
  return letters ? j - i : 0;
}

std::string normalize_number(std::string n) {
  std::string out;
  for (std::size_t i = 0; i < n.size(); ++i) {
    if (n.compare(i, 3, " - ") == 0) {
      out += '-';
      i += 2;
      continue;
    }
    if (n.compare(i, 3, "–") == 0 || n.compare(i, 3, "—") == 0) {
      out += '-';
      i += 2;
    } else if (n[i] != ' ') {
      out += n[i];
    }
  }
  return out;
}

// A number whose symbol is the National Assembly's ("25/2008/QH12"): a law or a resolution of it.
bool number_symbol_is_assembly(const std::string& s, std::size_t pos) {
  const std::size_t len = number_at(s, pos);
  return len && s.substr(pos, len).find("/QH") != std::string::npos;
}

// Finds the type word that governs a number at `pos`: "Nghị định số 59/…",
// "Luật Đất đai số 31/…" (name between), or a list head ("các Nghị định của
// Chính phủ: số 71/…; số 103/…").
struct Governing {
  std::string type;
  std::string name;  // a law's name between "Luật" and "số"
};

// What follows the last of `stops` in b (all of b without one).
std::string clause_after(const std::string& b, const char* stops) {
  const std::size_t cut = b.find_last_of(stops);
  return cut == std::string::npos ? b : b.substr(cut + 1);
}

// The first law word ("Bộ luật", "Luật", "Pháp lệnh") found in `clause` less than `reach` bytes
// from its end, and the name after it.
std::optional<Governing> law_named(const std::string& clause, std::size_t reach) {
  for (const char* lw : {"Bộ luật ", "Luật ", "Pháp lệnh "}) {
    const std::size_t at = clause.rfind(lw);
    if (at != std::string::npos && clause.size() - at < reach)
      return Governing{trim(std::string(lw)), trim(clause.substr(at + std::string(lw).size()))};
  }
  return std::nullopt;
}

// `number`: the number at pos, as read ("25/2008/QH12": the Assembly's, a law even without "số").
std::optional<Governing> governing_type(const std::string& s, std::size_t pos, const std::string& list_type,
                                        const std::string& number) {
  std::string before = s.substr(0, pos);
  // strip "số " / "Số: "
  std::string b = before;
  while (!b.empty() && b.back() == ' ') b.pop_back();
  bool has_so = false;
  for (const char* so : {"số:", "Số:", "số", "Số"}) {
    if (ends_with(b, so)) {
      b.resize(b.size() - std::string(so).size());
      has_so = true;
      break;
    }
  }
  while (!b.empty() && b.back() == ' ') b.pop_back();
  for (const auto& tw : type_words())
    if (ends_with(b, tw.words)) return Governing{tw.type, ""};
  // "Luật Đất đai số 31/2024/QH15": a name between the law word and the number
  if (has_so)
    if (auto law = law_named(clause_after(b, ";,:"), 160)) return law;
  // "Luật khám bệnh, chữa bệnh số 40/2009/QH12" (a comma inside the name), "Luật Bảo hiểm y tế
  // 25/2008/QH12" (no "số"): the law word opens the clause and no date or number stands between
  if (auto law = law_named(clause_after(b, ";:"), 101))
    if (!law->name.empty() && law->name.find_first_of("0123456789") == std::string::npos &&
        (has_so || number.find("/QH") != std::string::npos))
      return law;
  if (has_so && !list_type.empty()) return Governing{list_type, ""};
  return std::nullopt;
}

std::string until_any(const std::string& s, std::size_t from, const std::vector<std::string>& stops) {
  std::size_t end = s.size();
  for (const auto& st : stops) {
    std::size_t p = s.find(st, from);
    if (p != std::string::npos) end = std::min(end, p);
  }
  return trim(s.substr(from, end - from));
}

// Only blanks, commas and the word "ngày" between a number and its date.
bool date_follows(const std::string& s, std::size_t from, std::size_t date_at) {
  if (date_at < from || date_at - from > 16) return false;
  std::string gap = s.substr(from, date_at - from);
  for (const char* w : {"ngày", ","}) {
    std::size_t p;
    while ((p = gap.find(w)) != std::string::npos) gap.erase(p, std::string(w).size());
  }
  return gap.find_first_not_of(' ') == std::string::npos;
}

// "Căn cứ khoản 4 và 5 Điều 35 Luật Thủ đô ngày …": a law cited through one of its articles
bool after_article(const std::string& s, std::size_t i) {
  std::size_t k = i;
  if (k >= 5 && s.compare(k - 5, 5, "của ") == 0) k -= 5;  // "Điều 35 của Luật …"
  if (k < 2 || s[k - 1] != ' ') return false;
  std::size_t d = k - 1;
  while (d > 0 && std::isdigit(static_cast<unsigned char>(s[d - 1]))) --d;
  static const std::string kDieu = "Điều ";
  if (!(d < k - 1 && d >= kDieu.size() && s.compare(d - kDieu.size(), kDieu.size(), kDieu) == 0)) return false;
  // only the basis's opening words ("Căn cứ khoản 4 và 5"), not a sentence of a body run into it
  const std::size_t semi = s.rfind("; ", d);
  const std::size_t from = semi == std::string::npos ? 0 : semi + 2;
  const std::string lead = s.substr(from, d - kDieu.size() - from);
  return lead.size() < 60 && lead.find('.') == std::string::npos &&
         (lead.rfind("Căn cứ", 0) == 0 || lead.rfind("căn cứ", 0) == 0 || from > 0);
}

}  // namespace

std::vector<Citation> read_citations(const std::vector<Basis>& bases_in, const Meta&) {
  // OCR's fraction slash ("131⁄2017") is a slash
  std::vector<Basis> bases = bases_in;
  for (auto& b : bases)
    for (std::size_t p = b.text.find("⁄"); p != std::string::npos; p = b.text.find("⁄", p)) b.text.replace(p, 3, "/");
  std::vector<std::pair<std::size_t, Citation>> found;
  std::size_t offset = 0;  // order of appearance across bases
  for (const auto& basis : bases) {
    const std::string& s = basis.text;
    // plural list heads: "các Nghị định của Chính phủ:"
    std::string list_type;
    std::vector<std::pair<std::size_t, std::size_t>> law_spans;  // names of laws cited by name
    std::string list_name;  // "Luật Xây dựng: số 50/2014/QH13 …; số 62/2020/QH14 …"
    static const std::vector<std::pair<std::string, std::string>> plural_heads = [] {
      std::vector<std::pair<std::string, std::string>> v;
      for (const auto& tw : type_words())
        if (*tw.type) v.emplace_back(std::string("các ") + tw.words, tw.type);
      return v;
    }();
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == 'c')
        for (const auto& [w, type] : plural_heads)
          if (s.compare(i, w.size(), w) == 0) {
            list_type = type;
            list_name.clear();
          }
      if (s[i] == ':') {
        std::size_t from = s.find_last_of(";", i);
        from = from == std::string::npos ? 0 : from + 1;
        std::string clause = s.substr(from, i - from);
        for (const char* lw : {"Bộ luật ", "Luật ", "Pháp lệnh "}) {
          std::size_t at = clause.rfind(lw);
          if (at == std::string::npos) continue;
          std::string name = trim(clause.substr(at + std::string(lw).size()));
          if (!name.empty() && name.find_first_of("0123456789") == std::string::npos && name.size() < 80) {
            list_type = trim(std::string(lw));
            list_name = name;
          }
          break;
        }
      }
      if ((s[i] == 'Q' || s[i] == 'T') && (s.compare(i, 5, "QCVN ") == 0 || s.compare(i, 5, "TCVN ") == 0) &&
          i + 5 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 5]))) {
        // "QCVN 01:2019/BCT", "TCVN 5574:2018": a national technical regulation or standard
        std::size_t j = i + 5;
        while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ':' || s[j] == '-' ||
                                s[j] == '/' || std::isupper(static_cast<unsigned char>(s[j]))))
          ++j;
        while (j > i && (s[j - 1] == '-' || s[j - 1] == '/' || s[j - 1] == ':')) --j;
        Citation c;
        c.doc_type = s[i] == 'Q' ? "Quy chuẩn kỹ thuật quốc gia" : "Tiêu chuẩn quốc gia";
        c.number = normalize_number(s.substr(i, j - i));
        found.emplace_back(offset + i, c);
        i = j - 1;
        continue;
      }
      std::size_t len = std::isdigit(static_cast<unsigned char>(s[i])) ? number_at(s, i) : 0;
      if (len) {
        std::string num = normalize_number(s.substr(i, len));
        auto gov = governing_type(s, i, list_type, num);
        if (gov && gov->name.empty() && gov->type == list_type && !list_name.empty()) gov->name = list_name;
        if (num.find('/') == std::string::npos && !(gov && !gov->type.empty())) {
          i += len - 1;
          continue;
        }
        Citation c;
        if (gov && !gov->type.empty()) c.doc_type = gov->type;
        else if (gov || s.compare(i >= 8 ? i - 8 : 0, 8, "văn bản ") == 0 || true)
          c.doc_type = doc_type_from_symbol(num);
        c.number = num;
        std::size_t after = i + len;
        std::size_t db = 0, de = 0;
        bool inside_law = false;  // "Luật Sửa đổi … Luật Đất đai số 31/2024/QH15 … ngày": the date is the outer law's
        for (const auto& [b, e] : law_spans)
          if (i > b && i < e) inside_law = true;
        if (auto d = find_date(s, after, &db, &de); d && date_follows(s, after, db) && !inside_law) {
          c.date = d;
          after = de;
        }
        if (!c.date && !inside_law && s.compare(after, 4, " và") == 0) {
          // "Tờ trình số 394/TTr-CP và Đề án số 395/ĐA-CP ngày 09 tháng 5 năm 2025": one date for both
          std::size_t next = after;
          while (next < s.size() && next < after + 60 && !std::isdigit(static_cast<unsigned char>(s[next]))) ++next;
          std::size_t nlen = next < s.size() ? number_at(s, next) : 0;
          std::size_t db = 0;
          if (nlen)
            if (auto d = find_date(s, next + nlen, &db); d && date_follows(s, next + nlen, db)) c.date = d;
        }
        if (!c.date) {
          // "Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP"
          std::size_t sentence = s.rfind(". ", i);
          sentence = sentence == std::string::npos ? 0 : sentence + 2;
          std::size_t db = 0, de = 0;
          // (the date is the first document's: "Ngày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số
          // 15/2018/NĐ-CP … thay thế Nghị định 38/2012/NĐ-CP" dates the decree it issues, not the one replaced)
          auto no_number_between = [&](std::size_t from, std::size_t to) {
            for (std::size_t k = from; k < to; ++k)
              if (s[k] == '/' && k > 0 && std::isdigit(static_cast<unsigned char>(s[k - 1]))) return false;
            return true;
          };
          if (starts_with(s.substr(sentence), "Ngày ") || starts_with(s.substr(sentence), "ngày "))
            if (auto d = find_date(s, sentence, &db, &de); d && db <= sentence + 6 && de < i && no_number_between(de, i))
              c.date = d;
          // "…, ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số 2129/BCT-KHCN": a date, then who
          // issued it, then the act ("đã ban hành", "đã có", "đã ra") and the document
          static const std::string kNgay = "gày ";
          const std::size_t ng = i > 8 ? s.rfind(kNgay, i) : std::string::npos;
          if (!c.date && ng != std::string::npos && ng + 160 > i && ng >= 1)
            if (auto d = find_date(s, ng - 1, &db, &de); d && de < i && db + 3 >= ng - 1) {
              const std::string gap = s.substr(de, i - de);
              const std::size_t da = gap.find(" đã ");
              if (da != std::string::npos && gap.find_first_of(".;") == std::string::npos && no_number_between(de, i)) {
                c.date = d;
                const std::string who = trim(gap.substr(starts_with(gap, ",") ? 1 : 0, da - (starts_with(gap, ",") ? 1 : 0)));
                if (!who.empty() && who.size() < 60 && starts_upper(who) && who.find(',') == std::string::npos)
                  c.issuer = who;
              }
            }
        }
        std::string rest = s.substr(after);
        // ("cùa": a scan's or typist's "của")
        const bool cua = starts_with(trim(rest), "của ");
        if (cua || starts_with(trim(rest), "cùa ")) {
          const std::string_view word = cua ? "của " : "cùa ";  // (ủ and ù differ in length)
          std::size_t k = s.find(word, after) + word.size();
          // the title may open with its verb, not "về": "… của Thủ tướng Chính phủ thành lập Ban Chỉ đạo …",
          // "… của Ủy ban nhân dân tỉnh Đồng Tháp thông qua dự thảo …"; an Assembly's term is no part of
          // its name ("của Quốc hội khoá X, kỳ họp thứ 10")
          c.issuer = until_any(s, k, {" về ", " quy định", " hướng dẫn", " ban hành", " Quy định", " Hướng dẫn", " Ban hành", ";", ",",
                                      " tại ", " ngày ", " thành lập ", " phê duyệt ", " thông qua ", " sửa đổi", " khoá ",
                                      " khóa ", " cho phép ", " cấp cho ", " chấp thuận "});  // (a permit's grant)
          after = k + c.issuer->size();
          // the one ministry whose name has a comma: "Bộ Văn hóa, Thể thao và Du lịch"
          static const std::string kVhttdl = ", Thể thao và Du lịch";
          if ((ends_with(*c.issuer, "Văn hóa") || ends_with(*c.issuer, "Văn hoá")) &&
              s.compare(after, kVhttdl.size(), kVhttdl) == 0) {
            *c.issuer += kVhttdl;
            after += kVhttdl.size();
          }
          // "của Ủy ban Thường vụ Quốc hội ngày 26 tháng 02 năm 1998": the date after the issuer
          std::size_t db2 = 0, de2 = 0;
          if (!c.date)
            if (auto d = find_date(s, after, &db2, &de2); d && date_follows(s, after, db2)) {
              c.date = d;
              after = de2;
            }
        }
        std::string t = until_any(s, after, {";"});
        if (starts_with(t, ", về ")) t = t.substr(2);  // "…, về việc phê duyệt …"
        if (starts_with(t, "về việc ")) t = t.substr(std::string("về việc ").size());
        else if (starts_with(t, "về ")) t = t.substr(std::string("về ").size());
        while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.pop_back();
        // what follows a comma is the next thing cited or the session, not a trích yếu
        // ("… của Quốc hội khoá X, kỳ họp thứ 10", "… của Chính phủ, Báo cáo thẩm tra …"); after a full stop, the
        // next sentence
        if (starts_with(t, ",") || starts_with(t, ".") || (c.issuer && starts_with(trim(s.substr(after)), "khoá ")) ||
            (c.issuer && starts_with(trim(s.substr(after)), "khóa ")))
          t.clear();
        if (gov && !gov->name.empty()) c.title = gov->name;
        else if (!t.empty()) c.title = t;
        found.emplace_back(offset + i, c);
        i += len - 1;
        continue;
      }
      // a law cited by name at the top level of a basis
      static const std::string kCanCu = "Căn cứ ";
      const char c = s[i];
      // "Luật Ban hành … ngày 22 tháng 6 năm 2015 và Luật sửa đổi, bổ sung … ngày 18 tháng 6 năm 2020": a second
      // law joined by "và" after the first one's name ended (not "… của Luật A và Luật B" inside a name)
      static const std::string kVa = " và ";
      bool joined = i >= kVa.size() && s.compare(i - kVa.size(), kVa.size(), kVa) == 0 && !law_spans.empty() &&
                    law_spans.back().second < i;
      // or by a comma right after the first one's date: "Luật Xây dựng ngày 18 tháng 6 năm 2014, Luật sửa đổi,
      // bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020"
      if (!joined && i >= 2 && s.compare(i - 2, 2, ", ") == 0 && !law_spans.empty() && law_spans.back().second < i) {
        const std::string gap = s.substr(law_spans.back().second, i - 2 - law_spans.back().second);
        // (the gap is the date alone: " ngày 18 tháng 12 năm 2014" is 29 bytes)
        joined = starts_with(gap, " ngày ") && gap.size() < 32 && gap.find_first_of(",;()") == std::string::npos &&
                 gap.find_first_of("0123456789") != std::string::npos;
      }
      bool top = (c == 'L' || c == 'B' || c == 'H' || c == 'P') &&
                 (i == 0 || (i >= 2 && s.compare(i - 2, 2, "; ") == 0) || joined || after_article(s, i) ||
                  (i >= kCanCu.size() && s.compare(i - kCanCu.size(), kCanCu.size(), kCanCu) == 0) ||
                  // "Căn cứ vào Hiến pháp …", the typed slip "Cân cứ Luật …"
                  (i >= 15 && s.compare(i - 15, 15, "Căn cứ vào ") == 0) ||
                  (i >= 10 && s.compare(i - 10, 10, "Cân cứ ") == 0));
      if (top) {
        for (const char* lw : {"Bộ luật ", "Luật ", "Hiến pháp ", "Pháp lệnh "}) {
          std::string w(lw);
          if (s.compare(i, w.size(), w) != 0) continue;
          std::size_t semi = i;
          while ((semi = s.find(';', semi + 1)) != std::string::npos)
            if (semi + 2 >= s.size() || starts_upper(s.substr(semi + 2, 4))) break;
          static const std::string kSo = " số ";
          std::size_t so = i;  // " số 31/2024/QH15", not "một số điều"
          while ((so = s.find(kSo, so + 1)) != std::string::npos)
            if (so + kSo.size() < s.size() && std::isdigit(static_cast<unsigned char>(s[so + kSo.size()]))) break;
          // "Luật Bảo hiểm y tế 25/2008/QH12 ngày …": the Assembly's number typed without "số"
          std::size_t bare = std::string::npos;
          for (std::size_t k = i + w.size(); k + 1 < std::min({so, semi, s.size()}); ++k)
            if (s[k] == ' ' && std::isdigit(static_cast<unsigned char>(s[k + 1])) && number_symbol_is_assembly(s, k + 1)) {
              bare = k;
              break;
            }
          std::size_t ngay = s.find(" ngày ", i);
          std::size_t end = std::min({semi == std::string::npos ? s.size() : semi,
                                      so == std::string::npos ? s.size() : so,
                                      ngay == std::string::npos ? s.size() : ngay, bare});
          // numbered ("Luật Đất đai số 31/2024/QH15"): handled by the number — unless the
          // number belongs to another document named on the way ("… theo Nghị quyết số …")
          if (bare == end) so = bare;  // the number's own position, as " số " would give it
          bool own_number = so != std::string::npos && so == end && w != "Hiến pháp ";
          bool amends = false;  // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … ngày …"
          if (own_number) {
            std::string between = s.substr(i + w.size(), so - i - w.size());
            for (const char* other : {" theo ", "Nghị quyết", "Nghị định", "Quyết định", "Thông tư"})
              if (between.find(other) != std::string::npos) own_number = false;
            amends = between.find("của Luật ") != std::string::npos;
          }
          if (amends) {
            // Several laws amended at once ("… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15
            // … ngày 29/6/2024"): the numbers are the amended laws', the date the amending law's, whose name runs
            // on to it. With one law amended, "số 46/2014/QH13 ngày …" is the amending law's own number.
            std::size_t stop = std::min({semi == std::string::npos ? s.size() : semi,
                                         ngay == std::string::npos ? s.size() : ngay, s.find(". ", i)});
            std::size_t numbers = 0;
            for (std::size_t k = s.find(kSo, i); k < stop; k = s.find(kSo, k + 1))
              if (k + kSo.size() < s.size() && std::isdigit(static_cast<unsigned char>(s[k + kSo.size()]))) ++numbers;
            amends = numbers >= 2;
          }
          if (amends) {
            end = std::min(semi == std::string::npos ? s.size() : semi, ngay == std::string::npos ? s.size() : ngay);
            own_number = false;
            so = std::string::npos;
          }
          if (own_number) break;
          if (so == end) {
            // the name ends where the other document begins
            for (const char* stop : {" đã ", " được ", " theo "}) {
              std::size_t at = s.find(stop, i);
              if (at != std::string::npos && at < end) end = at;
            }
          }
          Citation c;
          c.doc_type = trim(w);
          std::string name = trim(s.substr(i + w.size(), end - i - w.size()));
          while (!name.empty() && (name.back() == ',' || name.back() == '.')) name.pop_back();
          if (w == "Hiến pháp ") {
            // "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi …"
            for (const char* stop : {" đã ", " được ", ","}) {
              std::size_t at = name.find(stop);
              if (at != std::string::npos) name = trim(name.substr(0, at));
            }
          }
          // "Luật Tổ chức chính quyền địa phương năm 2015": the year is no part of the title
          if (!amends && w != "Hiến pháp " && name.size() > 10 && name.compare(name.size() - 10, 6, " năm ") == 0 &&
              std::all_of(name.end() - 4, name.end(), [](char d) { return std::isdigit(static_cast<unsigned char>(d)); }))
            name.resize(name.size() - 10);
          c.title = name;
          if (ngay != std::string::npos && ngay == end) {
            std::size_t db = 0;
            if (auto d = find_date(s, ngay, &db); d && date_follows(s, ngay, db)) c.date = d;
          }
          law_spans.push_back({i, end});
          found.emplace_back(offset + i, c);
          break;
        }
      }
    }
    offset += s.size() + 1;
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Citation> out;
  for (auto& entry : found) {
    Citation& c = entry.second;  // (not a structured binding: clang before 16 cannot capture one in a lambda)
    if (c.number && c.doc_type == std::optional<std::string>("Luật") && c.title) {
      auto same = std::find_if(out.begin(), out.end(), [&](const Citation& o) {
        return !o.number && o.doc_type == c.doc_type && o.title && fold_key(*o.title) == fold_key(*c.title);
      });
      if (same != out.end()) {
        same->number = c.number;
        continue;
      }
    }
    bool dup = std::any_of(out.begin(), out.end(), [&](const Citation& o) {
      if (c.number && o.number) return *c.number == *o.number;
      return !c.number && !o.number && o.title == c.title && o.doc_type == c.doc_type;
    });
    if (!dup) out.push_back(std::move(c));
  }
  return out;
}

// The documents a title names by number ("VỀ VIỆC BÃI BỎ NGHỊ QUYẾT SỐ 43/2012/NQ-HĐND NGÀY 12/7/2012 …")
// are cited too, before the bases: the title comes first (annotation guide: every document identified by
// a number, in order of first appearance). A title in capitals is read in lower case but for its symbols,
// so "NGHỊ QUYẾT SỐ", "NGÀY 10 THÁNG 12 NĂM 2015" read as the preamble's words do. A law the title names
// without a number ("… Luật Đất đai …") is not cited from the title.
void cite_title(const std::string& title, const Meta& meta, std::vector<Citation>& citations) {
  // (a "title" of pages is a header misread, no title: nothing is cited from it)
  if (title.find('/') == std::string::npos || title.size() > 1000) return;
  std::string words = title;
  if (is_all_caps(title)) {
    words.clear();
    for (std::size_t b = 0; b < title.size();) {
      std::size_t e = title.find(' ', b);
      if (e == std::string::npos) e = title.size();
      const std::string_view w(title.data() + b, e - b);
      const bool symbol = std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      words += symbol ? std::string(w) : lower(w);
      if (e < title.size()) words += ' ';
      b = e + 1;
    }
  }
  std::vector<Citation> named;
  for (Citation& c : read_citations({Basis{words, 0}}, meta)) {
    if (!c.number) continue;
    // a title in capitals read in lower case gives no issuer or name worth printing ("hđnd tỉnh")
    if (words != title) c.issuer = c.title = std::nullopt;
    // the same document cited again in the bases: one citation, the bases' reading, moved first
    auto again = std::find_if(citations.begin(), citations.end(),
                              [&](const Citation& o) { return o.number && *o.number == *c.number; });
    if (again != citations.end()) {
      Citation b = std::move(*again);
      citations.erase(again);
      if (!b.date) b.date = c.date;  // (a title's issuer runs on into its name: the bases' is kept)
      c = std::move(b);
    }
    named.push_back(std::move(c));
  }
  citations.insert(citations.begin(), std::make_move_iterator(named.begin()), std::make_move_iterator(named.end()));
}

}  // namespace vanban::parse_detail
