// Label classification (see labels.h). Hand-written matchers for the
// commonest labels, std::regex for the rest.
#include "labels.h"

#include <algorithm>
#include <cstring>
#include <regex>

#include "internal.h"

namespace vanban::parse_detail {

int ordinal_word(const std::string& w) {
  static const std::vector<std::string> words = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
  std::string lo = lower(w);
  for (std::size_t i = 0; i < words.size(); ++i)
    if (lo == words[i]) return static_cast<int>(i) + 1;
  return 0;
}

std::optional<Label> classify_head(const std::string& t, bool plan_style);

// libstdc++'s std::regex recurses per character: labels are matched on the
// line's first 160 bytes only (a fuzzer found the stack overflow on a huge
// line), and the rest of the line is appended to the label's text.
std::optional<Label> classify(const std::string& line, bool plan_style) {
  // a legacy font without capital I prints "iV." for "IV."
  if (line.size() > 2 && line[0] == 'i' && std::strchr("IVX", line[1]) && line[1] != '\0')
    return classify("I" + line.substr(1), plan_style);
  constexpr std::size_t kHead = 160;
  if (line.size() <= kHead) return classify_head(line, plan_style);
  std::size_t cut = kHead;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  std::optional<Label> l = classify_head(line.substr(0, cut), plan_style);
  if (l) l->rest += line.substr(cut);
  return l;
}

// Hand-written matchers for the commonest labels (std::regex is slow enough
// to dominate the parse otherwise). Each returns the byte offset of the
// label's text, or npos.
std::size_t skip_spaces(const std::string& t, std::size_t k) {
  while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
  return k;
}

// "Điều 5 Điều khoản thi hành" (QĐ 33/2025/QĐ-UBND Hà Nội): the label's full stop left out before a short
// title on a line of its own — not a reference that a wrapped line starts with ("Điều 5 Luật Đất đai …",
// "Điều 12 của Nghị định …", a sentence that ends on it).
bool untitled_stop(const std::string& t, std::size_t k) {
  if (k == 0 || t[k - 1] != ' ' || t.size() - k > 80 || !starts_upper(t.substr(k))) return false;
  if (ends_with(t, ".") || ends_with(t, ";") || ends_with(t, ",") || ends_with(t, ":")) return false;
  for (std::string_view w : {"Luật", "Bộ luật", "Nghị", "Thông tư", "Quyết định", "Pháp lệnh", "Hiến pháp", "Chỉ thị",
                             "Điều lệ", "Văn bản", "Kế hoạch", "Quy định", "Quy chế", "Phụ lục", "Mục", "Chương", "Phần"})
    if (t.compare(k, w.size(), w) == 0) return false;
  return true;
}

// "Điều 5a. Tên" / "ĐIỀU 5:" / "Điều 5- …" / "Điều 5" → num "5a"
std::size_t match_article(const std::string& t, std::string& num) {
  std::size_t k;
  if (starts_with(t, "Điều")) k = std::string("Điều").size();
  else if (starts_with(t, "ĐIỀU")) k = std::string("ĐIỀU").size();
  else return std::string::npos;
  std::size_t d = skip_spaces(t, k);
  if (d == k) return std::string::npos;
  std::size_t e = d;
  while (e < t.size() && std::isdigit(static_cast<unsigned char>(t[e]))) ++e;
  if (e == d) return std::string::npos;
  if (t.compare(e, 2, "đ") == 0) e += 2;
  else if (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
  num = t.substr(d, e - d);
  std::size_t k2 = skip_spaces(t, e);
  if (k2 == t.size()) return k2;
  if (t[k2] != '.' && t[k2] != ':' && t[k2] != '-') return untitled_stop(t, k2) ? k2 : std::string::npos;
  std::size_t text = skip_spaces(t, k2 + 1);
  // the old "Điều 1.- Nhà ở …": the dash belongs to the label
  if (t[k2] != '-' && text < t.size() && t[text] == '-' && (text + 1 == t.size() || t[text + 1] == ' '))
    text = skip_spaces(t, text + 1);
  return text;
}

// "12. Text", "3) Text", "4 - Text" → num "12"
std::size_t match_clause(const std::string& t, std::string& num) {
  std::size_t e = 0;
  while (e < t.size() && e < 4 && std::isdigit(static_cast<unsigned char>(t[e]))) ++e;
  if (e == 0 || e > 3) return std::string::npos;
  std::size_t k = skip_spaces(t, e);
  if (k >= t.size()) return std::string::npos;
  bool dash = t[k] == '-' && (k + 1 == t.size() || t[k + 1] == ' ' || t[k + 1] == '\t');
  // "2/ Đối với việc sử dụng hoá đơn …" beside "I/", "II/" sections (TT 120/2002/TT-BTC); "2/2024" is no label
  bool slash = t[k] == '/' && k == e && k + 1 < t.size() && t[k + 1] == ' ';
  if (t[k] != '.' && t[k] != ')' && !dash && !slash) return std::string::npos;
  num = t.substr(0, e);
  return skip_spaces(t, k + 1);
}

// "a) Text", "đ) Text" → num "a"
std::size_t match_point(const std::string& t, std::string& num) {
  std::size_t e;
  if (starts_with(t, "đ")) e = 2;
  else if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') e = 1;
  else return std::string::npos;
  std::size_t k = skip_spaces(t, e);
  if (k >= t.size() || t[k] != ')') return std::string::npos;
  num = t.substr(0, e);
  return skip_spaces(t, k + 1);
}

// "a- Giấy giới thiệu …", "đ- Sơ đồ …": an older circular's point, its dash right after the letter
// (with a space before the dash it may be a lettered part: classify_head) → num "a"
std::size_t match_dash_point(const std::string& t, std::string& num) {
  std::size_t e;
  if (starts_with(t, "đ")) e = 2;
  else if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') e = 1;
  else return std::string::npos;
  if (e >= t.size() || t[e] != '-') return std::string::npos;
  std::size_t k = skip_spaces(t, e + 1);
  if (k >= t.size() || !starts_upper(t.substr(k))) return std::string::npos;  // "e-mail", "b-c"
  num = t.substr(0, e);
  return k;
}

// A chapter label a scan garbled ("ChươngH „ „", "Chương IH", "Chương FV",
// "- _ Chương IV - „", "Chương V_", "Chương" alone): the word, at most some
// debris before it, and after it only a short run of the letters a scan
// makes of a roman numeral. A readable numeral is its number; otherwise the
// label is a slip that accept() reads as the next chapter.
std::optional<Label> garbled_chapter(const std::string& t) {
  // (an item of a list that names chapters, "- Chương IV;", ends as a list's item does)
  if (t.size() > 40 || t.back() == ';' || t.back() == ',' || ((t[0] == '-' || t[0] == '+') && t.back() == '.'))
    return std::nullopt;
  std::size_t p = t.find("Chương");
  if (p == std::string::npos) p = t.find("CHƯƠNG");
  if (p == std::string::npos || p > 12) return std::nullopt;
  for (std::size_t k = 0; k < p; ++k)  // debris before it: no word, no number
    if (std::islower(static_cast<unsigned char>(t[k])) || std::isdigit(static_cast<unsigned char>(t[k])))
      return std::nullopt;
  std::string token;
  for (std::size_t k = p + std::string_view("Chương").size(); k < t.size();) {
    if (t.compare(k, 3, "„") == 0) k += 3;
    else if (std::strchr(" _.,\"'-:;|", t[k])) ++k;
    else if (std::strchr("IVXLCHFTl", t[k])) token += t[k++];
    else return std::nullopt;  // "Chương trình", "Chương 3 …": words, not debris
  }
  if (token.size() > 4) return std::nullopt;
  const bool readable = roman_value(token) > 0;
  if (readable && p == 0 && t.compare(std::string_view("Chương").size(), std::string::npos, " " + token) == 0)
    return std::nullopt;  // "Chương IV" (or "CHƯƠNG IV") as printed: the regular label
  Label l{ProvisionKind::chapter, kChapter, token, ""};
  l.glyph_slip = !readable;
  return l;
}

// "Chương VI Nghị định số 77/2016/NĐ-CP …", "Mục 2 Luật này": a wrapped
// reference to a division of a document — a heading's label is followed by
// its title, never by the name of a document
static bool names_a_document(const std::string& rest) {
  static const std::vector<std::string> types = {"Luật ",      "Bộ luật ",  "Nghị định ", "Nghị quyết ", "Quyết định ",
                                                 "Thông tư ",  "Pháp lệnh ", "Chỉ thị "};
  for (const auto& ty : types) {
    if (!starts_with(rest, ty)) continue;
    std::size_t k = ty.size();
    if (starts_with(std::string_view(rest).substr(k), "liên tịch ")) k += std::string_view("liên tịch ").size();
    std::string_view after = std::string_view(rest).substr(k);
    return starts_with(after, "số") || starts_with(after, "này") ||
           (!after.empty() && std::isdigit(static_cast<unsigned char>(after[0])));
  }
  return false;
}

// A roman section label of a scanned Party text that the scan misread ("HI- TỎ CHỨC THỰC HIỆN"
// for III-, "1- MỤC ĐÍCH, YÊU CẦU" for I-): a short run of the glyphs a scan makes of I, V, X (H, l,
// 1, |) that is no numeral, its dash or dot, and a title in capitals, as a section's title is printed.
// A lone "1" only with the dash of "I-" ("1. MỤC ĐÍCH" is a plan's clause). accept() reads it as the
// next section, never the first unless "II" follows.
std::optional<Label> garbled_section(const std::string& t) {
  std::size_t k = 0;
  while (k < t.size() && k < 5 && std::strchr("IVXLCHl1|", t[k])) ++k;
  if (k == 0 || k > 4) return std::nullopt;
  const std::string token = t.substr(0, k);
  if (roman_value(token) > 0) return std::nullopt;  // a numeral as printed: the regular label
  const bool lone_one = token == "1" || token == "l" || token == "|";
  if (!lone_one && token.find_first_of("IVX") == std::string::npos) return std::nullopt;  // "H", "11"
  std::size_t at = k < t.size() && t[k] == ' ' ? k + 1 : k;
  if (at >= t.size() || !(t[at] == '-' || (t[at] == '.' && !lone_one))) return std::nullopt;
  at = skip_spaces(t, at + 1);
  if (at == k + 1 || at >= t.size()) return std::nullopt;  // "1-2 …": no space after the dash
  const std::string rest = t.substr(at);
  if (!is_all_caps(rest) || rest.find(' ') == std::string::npos) return std::nullopt;
  Label l{ProvisionKind::section, kSection, token, rest};
  l.glyph_slip = true;
  return l;
}

std::optional<Label> classify_head(const std::string& t, bool plan_style) {
  // (?=…) rather than \b: "THỨ TƯ" ends in a non-ASCII letter, which \b does not see
  // (the ordinal word stops before its punctuation: "PHẦN THỨ NHẤT:")
  static const std::regex part(R"(^(Phần|PHẦN)\s+(thứ\s+([^\s.:]+)|THỨ\s+([^\s.:]+)|([IVXLC]+)|(\d+))(?=\s|$|[.:])\s*[.:]?\s*(.*)$)");
  static const std::regex chapter(R"(^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b\s*[.:]?\s*(.*)$)");
  static const std::regex section(R"(^(Mục|MỤC)\s+(\d+|[IVXLC]+)\b\s*[.:]?\s*(.*)$)");
  static const std::regex subsection(R"(^(Tiểu mục|TIỂU MỤC)\s+(\d+)\b\s*[.:]?\s*(.*)$)");
  static const std::regex roman(R"(^([IVXLC]+)\s*([.)/]|-(?=\s))\s*(.*)$)");
  static const std::regex subclause(R"(^(\d+(\.\d+)+)\s*[.\-]?\s+(.*)$)");
  static const std::regex compound(R"(^((Đ|[A-Z]|[IVXLC]+)(\. ?\d{1,2}){1,2})\s*\.?\s+(.*)$)");
  static const std::regex subpoint(R"(^((đ|[a-z])\.?\d{1,2})\s*\)\s*(.*)$)");
  static const std::regex item(R"(^(-|–|—|\+|•|\*|▪|○)\s*(.*)$)");
  // Cheap guards by the first character keep std::regex (slow) off most lines.
  if (t.empty()) return std::nullopt;
  const unsigned char c0 = static_cast<unsigned char>(t[0]);
  if (c0 == '(' && t.size() > 2 && std::isdigit(static_cast<unsigned char>(t[1]))) {
    // "(1). Xem xét …", "(2) Sớm …": a numbered list inside a clause
    std::size_t k = 1;
    while (k < t.size() && k < 4 && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
    if (k < t.size() && t[k] == ')') {
      std::size_t at = k + 1;
      if (at < t.size() && (t[at] == '.' || t[at] == ':')) ++at;
      at = skip_spaces(t, at);
      std::string rest = t.substr(at);
      if (at > k + 1 && !rest.empty() && starts_upper(rest))
        return Label{ProvisionKind::clause, kParenClause, t.substr(1, k - 1), rest};
    }
    return std::nullopt;
  }
  if (plan_style && c0 >= 'A' && c0 <= 'Z' && t.size() > 3 && t[1] == '.' && t[2] == ' ' && (starts_upper(t.substr(3)) || starts_lower(t.substr(3)))) {
    // "A. Đường sửa lại tên", "B. Các đường …": capital-letter parts of an
    // appendix or plan, above its I./II. sections (accept() keeps them in sequence)
    // ("C.", "D.", "I.", "V." may be roman numerals: accept() reads them as
    // sections when they do not continue the letters)
    Label l{ProvisionKind::part, kPart, t.substr(0, 1), t.substr(3)};
    l.letter_part = true;
    l.lower_rest = starts_lower(l.rest);  // "B. nội dung …" of a legacy font: only after an "A."
    return l;
  }
  if (plan_style) {
    // "A - PHẠM VI ÁP DỤNG", "G- tổ chức thực hiện", "đ - miễn thuế, giảm thuế …": the lettered parts of an
    // older circular (TT 99/1998/TT-BTC), above its "I -", "II -" sections. A heading in a legacy capitals
    // font decodes in lower case, letter and all: a lower-case letter is a part only where the letters
    // already run (accept()); "a- Giá trị …" (no space before the dash) stays a point's shape.
    const bool d_bar = starts_with(t, "Đ") || starts_with(t, "đ");
    const std::size_t n = d_bar ? 2 : 1;
    const bool upper = d_bar ? starts_with(t, "Đ") : (c0 >= 'A' && c0 <= 'Z');
    const bool lower = d_bar ? !upper : (c0 >= 'a' && c0 <= 'z');
    std::size_t k = n;
    if ((upper || lower) && k < t.size() && t[k] == ' ') ++k;
    else if (lower) k = t.size();  // "a- …", "a-…": a point's dash
    // ("I - đối tượng …" in lower case is a wrapped line, as the roman sections below read it)
    const bool roman_wrap = upper && std::strchr("IVXLC", c0) && starts_lower(t.substr(std::min(k + 2, t.size())));
    // (the heading starts with a word: "g - - - 20-30" is a row of a table, grams)
    if ((upper || lower) && !roman_wrap && k + 2 < t.size() && t[k] == '-' && t[k + 1] == ' ' &&
        (starts_upper(t.substr(k + 2)) || starts_lower(t.substr(k + 2)))) {
      std::string letter = d_bar ? std::string("Đ") : std::string(1, static_cast<char>(std::toupper(c0)));
      Label l{ProvisionKind::part, kPart, letter, t.substr(k + 2)};
      l.letter_part = true;
      l.lower_letter = lower;
      l.lower_rest = starts_lower(l.rest);
      l.delim = '-';
      return l;
    }
  }
  if (plan_style)
    if (std::optional<Label> g = garbled_section(t)) return g;
  // OCR turns a label's character into a symbol ("&)" or "©)" for c), "ø)"
  // for g), "§." for 8.): a label with no letter of its own, which accept()
  // reads as the next one of an open list or not at all
  for (std::string_view g : {"&", "©", "§", "ø", "®"})
    if (starts_with(t, g) && t.size() > g.size() + 2 && (t[g.size()] == ')' || t[g.size()] == '.') &&
        t[g.size() + 1] == ' ' && starts_upper(t.substr(g.size() + 2))) {
      bool point = t[g.size()] == ')';
      Label l{point ? ProvisionKind::point : ProvisionKind::clause, point ? kPoint : kClause, std::string(g), t.substr(g.size() + 2)};
      l.glyph_slip = true;
      return l;
    }
  // "(a) Văn phòng;", "(đ) Phòng Hạ tầng đô thị;": a point's letter printed in brackets
  if (c0 == '(' && t.size() > 5) {
    const std::size_t e = starts_with(t.substr(1), "đ") ? 3 : (t[1] >= 'a' && t[1] <= 'z' ? 2 : 0);
    if (e && e + 2 < t.size() && t[e] == ')' && t[e + 1] == ' ' && starts_upper(t.substr(e + 2))) {
      Label l{ProvisionKind::point, kPoint, t.substr(1, e - 1), t.substr(e + 2)};
      l.delim = ')';
      return l;
    }
  }
  const bool digit = std::isdigit(c0);
  const bool lower_letter = (c0 >= 'a' && c0 <= 'z') || starts_with(t, "đ");
  const bool bullet = c0 == '-' || c0 == '+' || c0 == '*' || starts_with(t, "–") || starts_with(t, "—") ||
                      starts_with(t, "•") || starts_with(t, "▪") || starts_with(t, "○");
  const bool word = starts_with(t, "Điều") || starts_with(t, "ĐIỀU") || starts_with(t, "Chương") ||
                    starts_with(t, "CHƯƠNG") || starts_with(t, "Phần") || starts_with(t, "PHẦN") ||
                    starts_with(t, "Mục") || starts_with(t, "MỤC") || starts_with(t, "Tiểu mục") ||
                    starts_with(t, "TIỂU MỤC");
  bool roman_start = c0 == 'I' || c0 == 'V' || c0 == 'X' || c0 == 'L' || c0 == 'C';
  // what follows the leading run of digits / roman letters / the letter must
  // be label punctuation, else this is a wrapped line ("2015;", "Các …", "và …")
  auto punct_after = [&](std::size_t k) {
    while (k < t.size() && t[k] == ' ') ++k;
    return k < t.size() && (t[k] == '.' || t[k] == ')' || t[k] == '-' || t[k] == '/');
  };
  bool digit_label = false;
  if (digit) {
    std::size_t k = 0;
    while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
    digit_label = k <= 3 && (punct_after(k) || k == t.size());
  }
  if (roman_start) {
    std::size_t k = 0;
    while (k < t.size() && std::strchr("IVXLC", t[k])) ++k;
    roman_start = punct_after(k);
  }
  bool letter_label = false;
  if (lower_letter) {
    std::size_t k = starts_with(t, "đ") ? 2 : 1;
    while (k < t.size() && (std::isdigit(static_cast<unsigned char>(t[k])) || t[k] == '.') && k < 5) ++k;
    letter_label = k < t.size() && (t[k] == ')' || t[k] == ' ' || t[k - 1] == '.');
    if (k < t.size() && t[k] == ' ') letter_label = t[k - 1] == '.' || (k + 1 < t.size() && t[k + 1] == ')');
  }
  const bool dash_letter = lower_letter && t.size() > 2 && t[starts_with(t, "đ") ? 2 : 1] == '-';  // "a- …"
  bool compound_start = false;  // "A.1.", "II.2.1."
  {
    std::size_t k = starts_with(t, "Đ") ? 2 : 0;
    while (k < t.size() && k < 5 && t[k] >= 'A' && t[k] <= 'Z') ++k;
    const std::size_t d = k + 1 < t.size() && t[k + 1] == ' ' ? k + 2 : k + 1;
    compound_start = k > 0 && d < t.size() && t[k] == '.' && std::isdigit(static_cast<unsigned char>(t[d]));
  }
  const bool label_shape = digit_label || letter_label || dash_letter || word || roman_start || compound_start;
  // a garbled chapter label: after debris, a bullet ("- Chương VI") or the word itself ("ChươngH")
  if (!label_shape || bullet || word)
    if (std::optional<Label> c = garbled_chapter(t)) return c;
  if (!label_shape && !bullet) return std::nullopt;
  std::smatch m;
  std::string num;
  if (word) {
    std::size_t at = match_article(t, num);
    if (at != std::string::npos) return Label{ProvisionKind::article, kArticle, num, t.substr(at)};
  }
  if (word && std::regex_match(t, m, chapter))
    return names_a_document(m[3].str()) ? std::nullopt
                                         : std::optional<Label>(Label{ProvisionKind::chapter, kChapter, m[2].str(), m[3].str()});
  if (word && std::regex_match(t, m, part)) {
    if (names_a_document(m[7].str())) return std::nullopt;
    std::string num = m[5].matched ? m[5].str() : m[6].matched ? m[6].str() : "";
    if (num.empty()) {
      int v = ordinal_word(m[3].matched ? m[3].str() : m[4].str());
      if (!v) return std::nullopt;
      num = std::to_string(v);
    }
    Label l{ProvisionKind::part, kPart, num, m[7].str()};
    l.part_style = m[5].matched ? 'r' : m[6].matched ? 'd' : 'w';
    return l;
  }
  if (word && std::regex_match(t, m, subsection)) return Label{ProvisionKind::subsection, kSubsection, m[2].str(), m[3].str()};
  if (word && std::regex_match(t, m, section) && !names_a_document(m[3].str()))
    return Label{ProvisionKind::section, kSection, m[2].str(), m[3].str()};
  // "A.1. MỤC ĐÍCH CỦA HỆ THỐNG", "II.2.1. Mục tiêu : …": a clause numbered under its part's letter or roman
  // numeral (before "II." is read as a section with "1. …" for its text)
  // ("II. 4." printed with a space is II.4 when its dot follows; "II. 3 giải pháp" is section II)
  if (compound_start && std::regex_match(t, m, compound) &&
      (m[1].str().find(' ') == std::string::npos || t.compare(static_cast<std::size_t>(m.length(1)), 1, ".") == 0)) {
    std::string num = m[1].str();
    num.erase(std::remove(num.begin(), num.end(), ' '), num.end());
    const int depth = static_cast<int>(std::count(num.begin(), num.end(), '.'));
    return Label{ProvisionKind::clause, kCompound + depth - 1, num, m[4].str()};
  }
  if (roman_start && plan_style && std::regex_match(t, m, roman) && roman_value(m[1].str()) > 0) {
    // (in lower case — a title set in a capitals font of a legacy encoding, "VI. một số cơ chế, chính
    // sách …" — only as the next section of those already read: accept() decides)
    Label l{ProvisionKind::section, kSection, m[1].str(), m[3].str()};
    l.lower_rest = !l.rest.empty() && starts_lower(l.rest);
    return l;
  }
  if (digit_label && std::regex_match(t, m, subclause) && (!starts_lower(m[3].str()) || lost_capital(m[3].str()))) {
    std::string num = m[1].str();
    int depth = static_cast<int>(std::count(num.begin(), num.end(), '.'));
    return Label{ProvisionKind::clause, kSubclause + depth - 1, num, m[3].str()};
  }
  if (std::size_t at = digit_label ? match_clause(t, num) : std::string::npos; at != std::string::npos) {
    std::string rest = t.substr(at);
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) return std::nullopt;
    Label l{ProvisionKind::clause, kClause, num, rest};
    l.lower_rest = !rest.empty() && starts_lower(rest);
    if (t.size() > num.size() && t[num.size()] == ')') l.delim = ')';  // "8)": maybe a scan's "g)"
    return l;
  }
  if (std::size_t at = letter_label ? match_point(t, num) : std::string::npos; at != std::string::npos) {
    Label l{ProvisionKind::point, kPoint, num, t.substr(at)};
    l.delim = ')';
    return l;
  }
  static const std::regex dotted_point(R"(^(đ|[a-z])\.\s+(.*)$)");  // "a. Dự án …" in older documents
  if (letter_label && std::regex_match(t, m, dotted_point)) {
    // a plan's "c. nghĩa vụ thuế …" (TT 169/1998/TT-BTC, a capitals font) may be its part C: accept() decides
    const bool upper_rest = starts_upper(m[2].str());
    if (upper_rest || (plan_style && starts_lower(m[2].str()))) {
      Label l{ProvisionKind::point, kPoint, m[1].str(), m[2].str()};
      l.delim = '.';
      l.part_letter = plan_style;
      l.lower_rest = !upper_rest;
      return l;
    }
  }
  if (std::size_t at = dash_letter ? match_dash_point(t, num) : std::string::npos; at != std::string::npos) {
    Label l{ProvisionKind::point, kPoint, num, t.substr(at)};
    l.delim = '-';
    return l;
  }
  if (letter_label && std::regex_match(t, m, subpoint)) return Label{ProvisionKind::point, kSubPoint, m[1].str(), m[3].str()};
  if (bullet && std::regex_match(t, m, item)) {
    std::string rest = m[2].str();
    if (rest.empty() || starts_lower(rest)) return std::nullopt;
    return Label{ProvisionKind::item, kItem, m[1].str(), rest};  // rank set by bullet depth
  }
  return std::nullopt;
}

}  // namespace vanban::parse_detail
