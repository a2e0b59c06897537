// Line and paragraph tests of the provision tree builder: see body_lines.h.
#include "body_lines.h"

#include <algorithm>
#include <cstring>
#include <regex>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vanban::parse_detail {

bool ends_sentence(const std::string& t) {
  if (t.empty()) return false;
  std::string s = t;
  while (!s.empty() && (s.back() == '"' || s.back() == ')' || ends_with(s, "”"))) {
    if (ends_with(s, "”")) s.resize(s.size() - 3);
    else s.pop_back();
  }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// "… tại Điều này" speaks of the whole article; "… tại Khoản 3 Điều này"
// points at one of its clauses and says nothing of where it stands.
bool speaks_of_article(const std::string& p) {
  for (std::size_t at = p.find("Điều này"); at != std::string::npos; at = p.find("Điều này", at + 1)) {
    std::size_t k = at;
    while (k > 0 && p[k - 1] == ' ') --k;
    std::size_t d = k;
    while (d > 0 && (std::isdigit(static_cast<unsigned char>(p[d - 1])) || std::islower(static_cast<unsigned char>(p[d - 1])))) --d;
    bool numbered = d < k && std::isdigit(static_cast<unsigned char>(p[d]));
    std::string before = p.substr(0, d);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    if (!(numbered && (ends_with(before, "khoản") || ends_with(before, "Khoản")))) return true;
  }
  return false;
}

std::string to_roman(int v) {
  static const std::vector<std::pair<int, const char*>> table = {
      {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
  std::string out;
  for (const auto& [n, r] : table)
    while (v >= n) {
      out += r;
      v -= n;
    }
  return out;
}

// Counts quote marks to follow quoted text of other documents (amendments).
int quote_balance(const std::string& t) {
  int open = 0;
  std::size_t pos = 0;
  while ((pos = t.find("“", pos)) != std::string::npos) ++open, pos += 3;
  pos = 0;
  while ((pos = t.find("”", pos)) != std::string::npos) --open, pos += 3;
  // a web copy that mixes the marks ("(\"Nhiều người sản xuất”)", "… cho
  // người nhập khẩu biết.\"") pairs a straight one with a curly one: a
  // straight mark opens at a word's start and closes at a word's end
  for (pos = t.find('"'); pos != std::string::npos; pos = t.find('"', pos + 1)) {
    const bool space_before = pos == 0 || t[pos - 1] == ' ' || t[pos - 1] == '(';
    const bool space_after = pos + 1 == t.size() || t[pos + 1] == ' ';
    if (space_before && !space_after) ++open;
    else if (!space_before) --open;
  }
  return open;
}

// The first `n` bytes of `s` cut at a character boundary, "…" when cut.
std::string head_of(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

// The usual width of a full line in this document: lines longer than most
// are wrapped lines; short ones end a paragraph.
double typical_width(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> w;
  for (std::size_t i = begin; i < end; ++i)
    if (!lines[i].text.empty()) w.push_back(lines[i].text.size());
  if (w.empty()) return 80;
  std::sort(w.begin(), w.end());
  return static_cast<double>(w[w.size() * 8 / 10]);
}

// "3. Xây dựng cơ sở hạ tầng …; 4. Cải tạo các khu nhà ở …;" — a web copy's
// next clause run onto this one's line: the "4. …" part, or "". Not an inline
// list of the clause's own ("1. Hồ sơ gồm: 1. Đơn; 2. …").
std::string run_on_clause(const std::string& rest, const std::string& num) {
  if (num.empty() || !std::all_of(num.begin(), num.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return "";
  const std::string next = "; " + std::to_string(std::atoi(num.c_str()) + 1) + ". ";
  std::size_t at = rest.find(next);
  if (at == std::string::npos || !starts_upper(rest.substr(at + next.size()))) return "";
  static const std::regex inline_number(R"((^|[ :;(])\d{1,2}\. )");
  if (std::regex_search(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(at), inline_number)) return "";
  return rest.substr(at + 2);
}

// "- Mức chi: + Cấp tỉnh: 950.000 đồng …": an item of another bullet run on
// after the colon of an item; "" when none.
std::string run_on_item(const std::string& rest, const std::string& bullet) {
  for (std::string_view b : {"+", "-"}) {
    if (b == bullet) continue;
    const std::string mark = ": " + std::string(b) + " ";
    std::size_t at = rest.find(mark);
    if (at != std::string::npos && starts_upper(rest.substr(at + mark.size()))) return rest.substr(at + 2);
  }
  return "";
}

// Does this line end inside a reference to an article ("… tại khoản 5",
// "… quy định tại")? Then an "Điều 3." starting the next line is its end.
bool wrapped_reference(const std::string& prev) {
  static const std::regex open_reference(R"((^|\s)([Kk]hoản|[Đđ]iểm)\s+[0-9a-zđ]{1,3}[,;]?$|\s(tại|theo|của|và|hoặc)$)");
  return std::regex_search(prev, open_reference);
}

bool wrapped_number(const std::string& prev, ProvisionKind kind) {
  if (kind != ProvisionKind::clause && kind != ProvisionKind::point) return false;
  static constexpr std::string_view clause_words[] = {" khoản", " Khoản"}, point_words[] = {" điểm", " Điểm"};
  for (std::string_view w : kind == ProvisionKind::clause ? clause_words : point_words)
    // (the word before it a reference's, as wrapped_reference reads a line's end, not a compound's nor a
    // list's: "tài khoản", "quan điểm", "các khoản", "Bãi bỏ một số điều, khoản")
    if (prev.size() > w.size() && ends_with(prev, w)) return wrapped_reference(prev.substr(0, prev.size() - w.size()));
  return false;
}

bool wrapped_at_dash(const std::string& prev, const std::string& t) {
  // the line before: running text (no item itself; the caller checks it opens with no label), cut
  // inside a name — one of its last two words capitalised ("Vụ Kế hoạch") — after a letter
  if (prev.size() < 80 || starts_with(prev, "-") || starts_with(prev, "+") || starts_with(prev, "–")) return false;
  int32_t at = static_cast<int32_t>(prev.size());
  UChar32 last;
  U8_PREV(reinterpret_cast<const uint8_t*>(prev.data()), 0, at, last);
  if (last < 0 || !u_isalpha(last)) return false;  // ("… tự phát…": an ellipsis, a sentence's end)
  const std::size_t sp1 = prev.rfind(' ');
  const std::size_t sp2 = sp1 == std::string::npos || sp1 == 0 ? std::string::npos : prev.rfind(' ', sp1 - 1);
  if (sp2 == std::string::npos ||
      !(starts_upper(prev.substr(sp1 + 1)) || starts_upper(prev.substr(sp2 + 1, sp1 - sp2 - 1))))
    return false;
  // the dashed part: a capitalised field of at most three words, then a comma (the list goes on)
  if (!starts_with(t, "- ") || !starts_upper(t.substr(2))) return false;
  const std::size_t comma = t.find(',');
  if (comma == std::string::npos || comma > 40) return false;
  return std::count(t.begin() + 2, t.begin() + static_cast<std::ptrdiff_t>(comma), ' ') <= 2;
}

std::size_t bare_article(const std::string& t, int next) {
  static const std::string_view kWord = "Điều ";
  if (t.compare(0, kWord.size(), kWord) != 0) return std::string::npos;
  std::size_t k = kWord.size(), d = k;
  while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
  if (k == d || k + 1 >= t.size() || t[k] != ' ' || std::atoi(t.c_str() + d) != next) return std::string::npos;
  return starts_upper(t.substr(k + 1)) ? k + 1 : std::string::npos;
}

}  // namespace vanban::parse_detail
