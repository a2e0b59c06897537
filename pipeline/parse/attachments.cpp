// Attachments (phụ lục, quy định kèm theo …): where one starts, and which
// ones are not provisions of this document — a form to fill in, or the new
// wording of another document's appendix.
#include <algorithm>
#include <cstring>
#include <regex>
#include <set>

#include "body_lines.h"
#include "internal.h"

namespace vanban::parse_detail {

bool is_appendix_heading(const std::string& line) {
  // "Phụ lục I", "PHỤ LỤC SỐ 2" alone on a line
  static const std::regex appendix(
      R"(^(PHỤ LỤC|Phụ lục|DANH MỤC|Danh mục)(\s+(số\s+|SỐ\s+)?[IVXLC0-9]+)?\s*[.:]?$)");
  return line.size() < 40 && std::regex_match(line, appendix);
}

// "(Ban hành kèm theo …)", "( Kèm theo …", "Ban hành kèm theo …", and the
// shorter "(Ban hành theo Quyết định số …)" in a bracket
bool is_kem_theo(const std::string& line) {
  std::string l = lower(line);
  bool bracket = starts_with(l, "(");
  if (bracket) l = trim(l.substr(1));
  return starts_with(l, "ban hành kèm theo") || starts_with(l, "kèm theo") ||
         (bracket && starts_with(l, "ban hành theo "));
}

bool is_appendix_title(const std::string& t) {
  if (t.empty() || t.size() > 300) return false;
  // every kind below starts with one of these letters: skip ICU for other lines
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(t[0])));
  if (!std::strchr("pqkcdhbmnt", c) && !starts_with(t, "Đ") && !starts_with(t, "đ")) return false;
  if (!is_all_caps(t)) return false;
  std::string lo = lower(t);
  // an attachment's title starts with what it is ("QUY ĐỊNH", "KẾ HOẠCH" …)
  static const std::vector<std::string> kinds = {"phụ lục", "quy định", "quy chế", "kế hoạch", "chương trình",
                                                 "danh mục", "danh sách", "hướng dẫn", "điều lệ", "đề án",
                                                 "phương án", "bảng", "biểu", "mẫu", "nội quy", "tiêu chí",
                                                 "bộ tiêu chí"};
  for (const auto& k : kinds)
    if (starts_with(lo, k)) return true;
  return false;
}

namespace {

// "CHƯƠNG II.", "Mục 1", "PHẦN THỨ HAI" alone on a line: the caps lines
// under it are its heading, not an attachment's title
bool is_bare_division_label(const std::string& line) {
  static const std::regex label(
      R"(^(CHƯƠNG|Chương|MỤC|Mục|PHẦN|Phần)\s+(THỨ\s+\S+|thứ\s+\S+|[IVXLC]+|\d+)\s*[.:]?$)");
  return line.size() < 40 && std::regex_match(line, label);
}

}  // namespace

bool is_article_line(const std::string& line) {
  static const std::size_t n = std::string("Điều ").size();  // as many bytes as "ĐIỀU "
  return (starts_with(line, "Điều ") || starts_with(line, "ĐIỀU ")) && line.size() > n &&
         std::isdigit(static_cast<unsigned char>(line[n]));
}

// "Mẫu số 01 NT-TCT" over the national motto ("cộng hoà xã hội chủ nghĩa việt nam", in lower case from
// a legacy capitals font): a form printed after the text, as its own document, starts here
namespace {
bool is_form_title(const std::vector<TextLine>& lines, std::size_t i) {
  const std::string& t = lines[i].text;
  if (t.size() > 60 || !(starts_with(t, "M") || starts_with(t, "m")) || !starts_with(lower(t), "mẫu số ")) return false;
  for (std::size_t k = i + 1; k < lines.size() && k <= i + 2; ++k) {
    std::string lo = lower(lines[k].text);
    if (lo.find("cộng hoà xã hội chủ nghĩa") != std::string::npos ||
        lo.find("cộng hòa xã hội chủ nghĩa") != std::string::npos)
      return true;
  }
  return false;
}
}  // namespace

bool is_attachment_start(const std::vector<TextLine>& lines, std::size_t i) {
  const std::string& t = lines[i].text;
  if (is_form_title(lines, i)) return true;
  {
    std::size_t p = i;
    while (p > 0 && lines[p - 1].text.empty()) --p;
    if (p > 0 && is_bare_division_label(lines[p - 1].text)) return false;
  }
  if (!is_appendix_title(t)) {
    // legacy caps fonts decode to lower case: "Quy chế" + "(Ban hành kèm theo …)" below
    if (t.size() > 60 || !starts_upper(t) || !is_appendix_title(upper(t))) return false;
    for (std::size_t k = i + 1; k < lines.size() && k <= i + 3; ++k)
      if (is_kem_theo(lines[k].text)) return true;
    return false;
  }
  if (starts_with(lower(t), "phụ lục")) return true;
  for (std::size_t k = i + 1; k < lines.size() && k <= i + 8; ++k) {
    if (is_article_line(lines[k].text)) return false;
    if (is_kem_theo(lines[k].text)) return true;
    // (a web copy's break inside the bracket: "(Ban" ⏎ "hành kèm theo Nghị quyết số 57/2017/NQ-HĐND …", NQ 57/2017
    // Gia Lai's "BIỂU")
    if (k + 1 < lines.size() && lines[k].text.size() < 12 && is_kem_theo(lines[k].text + " " + lines[k + 1].text))
      return true;
  }
  return false;
}

// A programme, plan or regulation whose first division follows its caps title, after the signature: a
// web copy that left out its "(Ban hành kèm theo …)" ("CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ
// 119-KH/TU …" then "I. MỤC ĐÍCH, YÊU CẦU", QĐ 435/QĐ-UBND 2020 Kon Tum).
bool opens_divisions(const std::vector<TextLine>& lines, std::size_t k) {
  if (k >= lines.size()) return false;
  // (the site's chunk path joins the title's lines with ". ": its first line says what it is)
  const std::string& title = lines[k].text;
  if (!is_appendix_title(title.substr(0, title.find(". ")))) return false;
  // ("Chương I" + "QUY ĐỊNH CHUNG" + "Điều 1.": a chapter's title)
  std::size_t p = k;
  while (p > 0 && lines[p - 1].text.empty()) --p;
  if (p > 0 && (is_bare_division_label(lines[p - 1].text) || is_appendix_title(lines[p - 1].text))) return false;
  for (std::size_t q = k + 1; q < lines.size() && q <= k + 3; ++q) {
    const std::string& t = lines[q].text;
    if (t.empty()) continue;
    if (starts_with(t, "I. ") || starts_with(t, "I- ") || starts_with(t, "Chương I") || starts_with(t, "CHƯƠNG I") ||
        starts_with(t, "Điều 1.") || starts_with(t, "PHẦN I") || starts_with(t, "Phần I"))
      return true;
    if (!is_all_caps(t)) return false;  // (the title's second line may come first)
  }
  return false;
}

bool is_form_attachment(const std::vector<TextLine>& lines, std::size_t i, std::size_t end) {
  if (is_form_title(lines, i)) return true;
  for (std::size_t k = i; k < end && k < i + 12; ++k) {
    const std::string& t = lines[k].text;
    // the motto's second line too: a scan garbles one line of it ("XÃ HỌI")
    if (t.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") != std::string::npos ||
        t.find("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") != std::string::npos || starts_with(t, "Mẫu số ") ||
        t.find("Độc lập - Tự do - Hạnh phúc") != std::string::npos)
      return true;
    // ("DANH MỤC CÁC BIỂU MẪU" lists the forms: a list, not a form)
    if (is_all_caps(t) && !starts_with(t, "DANH MỤC") &&
        (starts_with(t, "MẪU ") || t.find("BIỂU MẪU") != std::string::npos || t.find("MẪU VĂN BẢN") != std::string::npos))
      return true;
  }
  // a template's articles are numbered by whoever fills it in: "Điều ... Trách nhiệm thực hiện"
  int blanks = 0;
  for (std::size_t k = i; k < end; ++k)
    if (starts_with(lines[k].text, "Điều ...") || starts_with(lines[k].text, "Điều …")) ++blanks;
  return blanks >= 2;
}

std::size_t own_text_end(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end) {
  bool labelled = false;
  for (std::size_t k = begin; k < end; ++k) {
    const std::string& t = lines[k].text;
    if (!labelled) {
      labelled = is_label_line(t);
      continue;
    }
    // the motto inside a regulation's own text can only head another document
    if (t.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") == std::string::npos &&
        t.find("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") == std::string::npos)
      continue;
    // its title block: back to a "./." that closed the text, a rule or a page number
    std::size_t stop = k > begin + 15 ? k - 15 : begin;
    for (std::size_t j = k; j > stop; --j) {
      const std::string& above = lines[j - 1].text;
      if (ends_with(above, "/.")) return j;  // "./.", the end mark
    }
    return k;
  }
  return end;
}

// "Thay thế Bảng 2 của Phụ lục … Thông tư số 11/2016/TT-BCT tại Phụ lục 2
// Thông tư này": the body's own clause says appendix 2 is wording for
// another document, so — like quoted text — it holds no provisions of ours.
std::set<std::string> replacing_appendices(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end) {
  static const std::regex replaces(
      R"((^|\. )(\d+\.\s*)?(Thay thế|Bổ sung|Sửa đổi)[^.;]* tại Phụ lục ([IVXLC0-9]+[a-z]?)( ban hành)?( kèm theo| kèm)? (Thông tư|Nghị định|Quyết định|Nghị quyết)( liên tịch)? này)");
  std::set<std::string> out;
  for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.find("tại Phụ lục ") == std::string::npos) continue;
    for (std::sregex_iterator m(t.begin(), t.end(), replaces), e; m != e; ++m) out.insert((*m)[4].str());
  }
  return out;
}

std::string appendix_number(const std::string& title) {
  // asked of every line after the closing: the regex only for a likely title
  if (!starts_with(title, "PHỤ LỤC") && !starts_with(title, "Phụ lục")) return "";
  static const std::regex numbered(R"(^(PHỤ LỤC|Phụ lục)\s+(SỐ\s+|số\s+)?([IVXLC0-9]+[a-z]?)\b)");
  std::smatch m;
  return std::regex_search(title, m, numbered) ? m[3].str() : std::string();
}

void date_from_appendix(const Lines& in, Meta& meta) {
  if (meta.date || !meta.number) return;
  const std::vector<TextLine>& L = *in.lines;
  // the header's place-and-date line, with its year (a draft's blank "ngày   tháng" has no digits there)
  std::string year;
  for (std::size_t k = 0; k < L.size() && k < 40 && year.empty(); ++k) {
    const std::string& t = L[k].text;
    const std::size_t at = t.find("ngày");
    const std::size_t y = at == std::string::npos ? at : t.find("năm ", at);
    if (y == std::string::npos || t.find_first_of("0123456789", at) >= y) continue;
    std::size_t d = y + 4;
    while (d < t.size() && t[d] == ' ') ++d;
    if (d + 4 <= t.size() && std::all_of(t.begin() + d, t.begin() + d + 4, [](char c) { return c >= '0' && c <= '9'; }))
      year = t.substr(d, 4);
  }
  if (year.empty()) return;
  const std::string& num = *meta.number;
  const std::string digits = num.substr(0, num.find_first_not_of("0123456789"));
  if (digits.empty()) return;
  for (std::size_t k = 0; k < L.size(); ++k) {
    const std::string low = lower(L[k].text);
    const std::size_t kt = low.find("kèm theo");
    if (kt == std::string::npos) continue;
    // "… số 1696 /QĐ-UBND ngày 15 / 5 /2026": its own number, as a whole word
    const std::size_t so = low.find("số", kt);
    if (so == std::string::npos) continue;
    std::size_t q = so + std::string_view("số").size();
    while (q < low.size() && low[q] == ' ') ++q;
    if (low.compare(q, digits.size(), digits) != 0 ||
        (q + digits.size() < low.size() && low[q + digits.size()] >= '0' && low[q + digits.size()] <= '9'))
      continue;
    // (read in the lower-cased line, where the offset was found)
    const std::optional<std::string> d = find_date(low, q + digits.size());
    if (!d || d->compare(0, 4, year) != 0) continue;
    meta.date = d;
    in.warn(L[k].source_line, "header.date-from-appendix",
            "the header's date cannot be read; " + *d + " is read from the appendix's \"" + head_of(trim(L[k].text), 60) +
                "\"");
    return;
  }
}

}  // namespace vanban::parse_detail
