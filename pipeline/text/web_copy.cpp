// What a legal-database website adds to the text it copies (clean.cpp's
// debris removal calls these): its notes on a provision, its running title
// before each heading, and an article run onto the quote before it.
#include "web_copy.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <string_view>

namespace vanban {

namespace {

// Does the name before `dot` open with the site's "<type> <number> năm
// <year>" (the number a symbol with "/": "1500/QĐ-BHXH")? A document cites
// another as "Quyết định số 1500/QĐ-BHXH ngày …", never in this form.
bool site_title_number(const std::string& s, std::size_t dot) {
  std::size_t at = 0;
  for (int w = 0; w < 4 && at < dot; ++w) {  // the type is one or two words, "Bộ luật" included
    std::size_t end = std::min(s.find(' ', at), dot);
    if (end == std::string::npos) return false;
    std::string_view word(s.data() + at, end - at);
    if (w > 0 && word.find('/') != std::string_view::npos) {
      if (end == dot) return true;  // the number alone: "Thông tư 43/2023/TT-BTC. Điều 1. …"
      static constexpr std::string_view kYear = " năm ";
      std::size_t y = end + kYear.size();
      if (s.compare(end, kYear.size(), kYear) != 0 || y + 4 > dot) return false;
      for (std::size_t k = y; k < y + 4; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
      return y + 4 == dot || s[y + 4] == ' ';
    }
    at = end + 1;
  }
  return false;
}

}  // namespace

// thuvienphapluat's crawl cuts a document into chunks, each opened by a line of "<its site title>. <the
// heading path>" ("Thông tư 43/2023/TT-BTC. Điều 1. Sửa đổi, bổ sung …" before each clause of Điều 1;
// "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG"). The title is the
// site's; a path printed before is the site's again, and so is the part of a path that an earlier
// one opened with: only a heading seen for the first time is the document's. The first line names the
// title ("Thông tư 43/2023/TT-BTC. BỘ TÀI CHÍNH -------"); lines left without words become empty (the
// line numbers stay).
void strip_site_chunks(std::vector<std::string>& raw) {
  std::size_t first = 0;
  while (first < raw.size() && raw[first].find_first_not_of(" \t") == std::string::npos) ++first;
  if (first == raw.size()) return;
  const std::size_t dot = raw[first].find(". ");
  if (dot == std::string::npos || dot > 400 || !site_title_number(raw[first], dot)) return;
  const std::string title = raw[first].substr(0, dot + 2);
  std::set<std::string> seen;  // the paths before, and each one's parts up to a ". "
  for (std::size_t i = first + 1; i < raw.size(); ++i) {
    std::string& l = raw[i];
    if (l.compare(0, title.size(), title) != 0) continue;
    std::string path = l.substr(title.size());
    while (!path.empty() && (path.back() == ' ' || path.back() == '\r')) path.pop_back();
    const bool again = seen.count(path) > 0;
    // the parts, shortest first: "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG. II", …
    std::vector<std::size_t> ends;
    for (std::size_t k = path.find(". "); k != std::string::npos; k = path.find(". ", k + 2)) ends.push_back(k);
    std::size_t cut = 0;  // the longest part seen before that the path opens with
    for (auto k = ends.rbegin(); k != ends.rend() && !cut; ++k)
      if (seen.count(path.substr(0, *k))) cut = *k;
    for (std::size_t k : ends) seen.insert(path.substr(0, k));
    seen.insert(path);
    l = again ? std::string() : cut ? path.substr(cut + 2) : path;
  }
}

// A legal-database website's note on a provision ("[Điều này được sửa đổi
// bởi Khoản 3 …]", "[Chương này được hướng dẫn bởi …]", "[Các quy định về …
// bị thay thế bởi …]") is not the document's text. Only a bracket closed on
// the same line that says "được/bị <sửa đổi, hướng dẫn …> bởi" is one.
std::string strip_website_notes(std::string s) {
  static const char* const acts[] = {"được hướng dẫn", "được sửa đổi", "được bổ sung", "được thay thế",
                                     "được đính chính", "được bãi bỏ", "bị bãi bỏ", "bị thay thế", "bị hủy bỏ",
                                     "bị huỷ bỏ", "bị sửa đổi", "bị đình chỉ"};
  for (std::size_t open = s.find('['); open != std::string::npos; open = s.find('[', open)) {
    std::size_t close = s.find(']', open);
    if (close == std::string::npos) break;
    std::string_view note(s.data() + open + 1, close - open - 1);
    std::size_t by = note.find(" bởi ");
    bool said = false;
    for (const char* a : acts) {
      std::size_t at = note.find(a);
      said = said || (at != std::string_view::npos && by != std::string_view::npos && at < by && by - at < 60);
    }
    if (!said) {
      ++open;
      continue;
    }
    std::size_t from = open, to = close + 1;
    while (from > 0 && s[from - 1] == ' ') --from;  // with the space before it
    if (from == 0)
      while (to < s.size() && s[to] == ' ') ++to;  // or, at the start, after it
    s.erase(from, to - from);
    open = from;
  }
  return s;
}

// "Luật Tổ chức chính quyền địa phương 2025. Mục 1. NHIỆM VỤ …": a legal
// website's running title (the act's short name and year) printed before a
// heading of the act. The heading is the document's; its running title is
// not. Only a short name that opens with a type of act and ends in a year,
// right before "Phần/Chương/Mục/Điều <number>." (a heading's label), is one.
std::string strip_running_title(std::string s) {
  static const char* const types[] = {"Luật ", "Bộ luật ", "Pháp lệnh ", "Nghị định ", "Nghị quyết ",
                                      "Thông tư ", "Quyết định ", "Chỉ thị ", "Công văn ", "Kế hoạch "};
  static const char* const labels[] = {"Phần ", "Chương ", "Mục ", "Điều "};
  bool typed = false;
  for (const char* t : types) typed = typed || s.compare(0, std::strlen(t), t) == 0;
  if (!typed) return s;
  // the name: up to the first ". ", ending in a year, not "Luật này …" —
  // or the site's long title, which goes on after the year with the
  // subject and the issuer ("Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo
  // hiểm y tế … do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành. Điều 1.")
  std::size_t dot = s.find(". ");
  if (dot == std::string::npos || dot > 400 || dot < 5) return s;
  if (!site_title_number(s, dot)) {
    if (dot > 160 || s[dot - 5] != ' ') return s;
    for (std::size_t k = dot - 4; k < dot; ++k)
      if (!std::isdigit(static_cast<unsigned char>(s[k]))) return s;
  }
  if (s.find(" này ") < dot) return s;
  std::string_view rest(s.data() + dot + 2, s.size() - dot - 2);
  for (const char* l : labels) {
    std::size_t n = std::strlen(l);
    if (rest.compare(0, n, l) != 0) continue;
    std::size_t k = n;  // its number, then "." or ":" as a heading prints it
    while (k < rest.size() && k < n + 6 &&
           (std::isdigit(static_cast<unsigned char>(rest[k])) || std::strchr("IVXL", rest[k]) != nullptr))
      ++k;
    if (k > n && k < rest.size() && (rest[k] == '.' || rest[k] == ':')) return std::string(rest);
  }
  return s;
}

// Where "Điều N." starts right after a sentence's closing quote mark
// (".\"Điều 2.", ".” Điều 3."), npos when it does not.
std::size_t article_after_quote(const std::string& l) {
  static const std::string_view kArticle = "Điều ";
  for (std::size_t p = l.find(kArticle, 1); p != std::string::npos; p = l.find(kArticle, p + 1)) {
    std::size_t q = l[p - 1] == ' ' ? p - 1 : p;  // the quote's end
    std::size_t mark = q >= 1 && l[q - 1] == '"' ? q - 1 : q >= 3 && l.compare(q - 3, 3, "”") == 0 ? q - 3 : std::string::npos;
    if (mark == std::string::npos || mark == 0 || (l[mark - 1] != '.' && l[mark - 1] != ';')) continue;
    std::size_t k = p + kArticle.size(), digits = k;
    while (k < l.size() && std::isdigit(static_cast<unsigned char>(l[k]))) ++k;
    if (k == digits) continue;
    if (k < l.size() && std::islower(static_cast<unsigned char>(l[k]))) ++k;  // "Điều 7a."
    if (k < l.size() && l[k] == '.') return p;
    // (its own full stop left out too: "… về hải quan.\"Điều 2 Luật này có hiệu lực …")
    if (k + 1 < l.size() && l[k] == ' ' && std::isupper(static_cast<unsigned char>(l[k + 1]))) return p;
  }
  return std::string::npos;
}

// A link is "[words](http…)" with its bracket closed on the line; the words stay (a reference the text makes,
// "Phụ lục số 03"), the address goes. An image, "![alt](http…)", is no word of the document.
std::string strip_markdown_links(std::string s) {
  for (std::size_t at = s.find("](http"); at != std::string::npos; at = s.find("](http", at)) {
    const std::size_t close = s.find(')', at + 2);
    const std::size_t open = s.rfind('[', at);
    if (close == std::string::npos || open == std::string::npos) break;
    const bool image = open > 0 && s[open - 1] == '!';
    const std::string words = image ? std::string() : s.substr(open + 1, at - open - 1);
    const std::size_t from = image ? open - 1 : open;
    s.replace(from, close + 1 - from, words);
    at = from + words.size();
  }
  return s;
}

}  // namespace vanban
