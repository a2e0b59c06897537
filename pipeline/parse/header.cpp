// Header (phần đầu: cơ quan ban hành, số/ký hiệu, địa danh/ngày, tên loại,
// trích yếu), preamble bases (căn cứ) and closing (nơi nhận, chữ ký).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>
#include <string_view>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::parse_detail {

bool is_motto(const std::string& t) {
  if (t.size() > 120) return false;  // mottos are short; folding is not free
  // folded: OCR and typing slips ("CỘNG HÕA") still match
  std::string f = fold_ascii(t);
  // (a scan that lost the motto's end: "CỘNG HOÀ XÃ HỘI É")
  return f.find("xa hoi chu nghia") != std::string::npos || f.find("doc lap") != std::string::npos ||
         starts_with(f, "cong hoa xa hoi") ||
         f.find("tu do - hanh phuc") != std::string::npos || f.find("dang cong san viet nam") != std::string::npos;
}

bool is_kinh_gui(const std::string& t) {
  if (starts_with(t, "Kính gửi")) return true;
  // a scan: stray marks from the margin before it and "Kính" misread ("Kinh", "MyKnh"), but the
  // word's end and "gửi:" survive, early in the line
  // (the exact words further on: a receiving office's stamp printed left of them, "VĂN PHÒNG UBND TỈNH LÀO
  // CAI | ĐẾN …" over the addressees, CV 28/CV-ĐĐT 2026 as scanned)
  if (t.size() < 12 || t.size() > 400) return false;
  std::size_t at = t.find("nh gửi");
  if (at == std::string::npos) return false;
  const bool exact = at >= 3 && t.compare(at - 3, 3, "Kí") == 0;
  if (at > (exact ? 64 : 24)) return false;
  std::size_t k = at + std::string_view("nh gửi").size();
  while (k < t.size() && t[k] == ' ') ++k;
  return k < t.size() && t[k] == ':';
}

std::string expand_abbrev(const std::string& s) {
  static const std::vector<std::pair<std::string, std::string>> ab = {
      {"UBND", "ỦY BAN NHÂN DÂN"}, {"HĐND", "HỘI ĐỒNG NHÂN DÂN"}, {"UBMTTQ", "ỦY BAN MẶT TRẬN TỔ QUỐC"}};
  std::string out = s;
  for (const auto& [a, b] : ab) {
    std::size_t pos = out.find(a);
    if (pos != std::string::npos) out.replace(pos, a.size(), b);
  }
  return out;
}

std::string clean_number(std::string s) {
  s = trim(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t') continue;
    if (s.compare(i, 3, "–") == 0 || s.compare(i, 3, "—") == 0) {
      out += '-';
      i += 2;
      continue;
    }
    out += s[i];
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out;
}

namespace {

bool is_basis_start(const std::string& line) {
  const std::string t = starts_with(line, "- ") ? line.substr(2) : line;  // "- Căn cứ …" in older texts
  // ("Cân cứ": a typing slip; "Theo Tờ trình …", "Trên cơ sở xem xét Báo cáo …": each a basis of its own)
  return starts_with(t, "Căn cứ") || starts_with(t, "Cân cứ") || starts_with(t, "Xét ") ||
         starts_with(t, "Theo đề nghị") || starts_with(t, "Theo Tờ trình") || starts_with(t, "Theo tờ trình") ||
         starts_with(t, "Trên cơ sở xem xét") ||
         starts_with(t, "Sau khi xem xét") || starts_with(t, "Thực hiện ") || starts_with(t, "CĂN CỨ");
}


// "I- TÌNH HÌNH VÀ NGUYÊN NHÂN" under a Party resolution's caps title, no bases between: the first
// section, where the header ends
bool is_first_section(const std::string& t) {
  return (starts_with(t, "I- ") || starts_with(t, "I. ") || starts_with(t, "I - ")) && t.size() > 8 && is_all_caps(t);
}

bool is_structural_start(const std::string& t) {
  if (!(starts_with(t, "Ch") || starts_with(t, "CH") || starts_with(t, "Ph") || starts_with(t, "PH") ||
        starts_with(t, "Đi") || starts_with(t, "ĐI") || starts_with(t, "Mụ") || starts_with(t, "MỤ")))
    return false;  // cheap: most lines are not labels
  if (t == "Chương" || t == "CHƯƠNG") return true;  // the first chapter's numeral lost to a scan
  // (a text in sections without chapters opens with its first: "Mục 1: QUY ĐỊNH CHUNG", TTLT 178/2015)
  static const std::regex re(
      R"(^((Chương|CHƯƠNG)\s+(I|1)\b|(Phần|PHẦN)\s+(I\b|1\b|thứ nhất|THỨ NHẤT)|(Điều|ĐIỀU)\s+1\s*[.:]|(Mục|MỤC)\s+(1|I)\s*[.:]))");
  return std::regex_search(t.substr(0, 40), re);  // a prefix: std::regex recursion is per character
}

// An excerpt that starts past its first article ("Điều 14. Kiểm tra định kỳ" then "1. …", articles copied
// out of a circular): the article and its title open the body, neither the header's nor lost before it.
// (Only a titled label: a wrapped reference reads "Điều 14 Luật …", without the full stop.)
bool opens_excerpt(const std::string& t) {
  std::size_t k;
  if (starts_with(t, "Điều ")) k = std::string_view("Điều ").size();
  else if (starts_with(t, "ĐIỀU ")) k = std::string_view("ĐIỀU ").size();
  else return false;
  while (k < t.size() && t[k] == ' ') ++k;
  const std::size_t digits = k;
  while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
  if (k == digits) return false;
  if (k < t.size() && t[k] >= 'a' && t[k] <= 'z') ++k;  // "Điều 5a."
  while (k < t.size() && t[k] == ' ') ++k;
  if (k >= t.size() || (t[k] != '.' && t[k] != ':')) return false;
  ++k;
  while (k < t.size() && t[k] == ' ') ++k;
  return k < t.size() && starts_upper(t.substr(k));
}

// "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:", "NGHỊ ĐỊNH:" … the enacting word alone.
bool is_enacting_word(const std::string& t) {
  if (t.size() > 24 || t.empty() || !std::strchr("QNCBT", t[0])) return false;
  static const std::regex re(
      R"(^(QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ ĐỊNH|CHỈ THỊ|QUY ĐỊNH|BAN HÀNH|THÔNG TƯ|NGHỊ QUYẾT)\s*:?\s*$)");
  if (std::regex_match(t, re)) return true;
  // a legacy caps font decodes to mixed case: "Nghị Định:" (the colon keeps a sentence out)
  return ends_with(t, ":") && !is_all_caps(t) && std::regex_match(upper(t), re);
}

bool is_place_word(const std::string& lo) {
  static const std::vector<std::string> w = {"tỉnh ", "thành phố ", "huyện ", "quận ", "thị xã ", "xã ",
                                             "phường ", "thị trấn ", "tp. ", "tp "};
  for (const auto& p : w)
    if (starts_with(lo, p)) return true;
  return false;
}


}  // namespace

Layout read_header(const Lines& in, Meta& meta) {
  const auto& L = *in.lines;
  Layout lay;
  std::size_t n = L.size();
  std::vector<std::string> issuer_lines;
  bool seen_type = false, in_title = false, in_vv = false, seen_motto = false;
  std::string title;
  std::size_t i = 0;
  std::size_t limit = std::min<std::size_t>(n, 120);
  bool title_closed = false;
  bool chair_issues = false;  // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" enacts as an office
  bool authority_open = false;  // the issuer was just read from the enacting authority line
  bool letter = false;  // the header ends at "Kính gửi": a letter's
  // header lines, split where a web page flattened them
  std::vector<std::pair<std::string, std::size_t>> H;
  {
    bool type_seen = false;
    for (std::size_t k = 0; k < limit; ++k) {
      const std::string& t = L[k].text;
      if (is_basis_start(t) || is_structural_start(t) || is_first_section(t) || opens_excerpt(t)) {
        limit = k;
        break;
      }
      if (t.empty()) {
        H.emplace_back("", k);
        continue;
      }
      for (auto& part : split_header_line(t, type_seen)) H.emplace_back(part, k);
    }
  }
  std::size_t hi = 0;
  for (; hi < H.size(); ++hi) {
    const std::string& t = H[hi].first;
    i = H[hi].second;
    if (t.empty()) {
      if (in_title && !title.empty()) {
        in_title = false;
        title_closed = true;
      }
      if (in_vv && !title.empty()) in_vv = false;
      continue;
    }
    if (is_kinh_gui(t)) {
      letter = true;
      break;
    }
    if (is_rule(t)) {
      if (in_title && !title.empty()) {  // a rule under the title ends it
        in_title = false;
        title_closed = true;
      }
      continue;
    }
    if (is_motto(t)) {
      seen_motto = true;
      in_title = false;
      continue;
    }
    // "Sè:" is "Số:" in TCVN3 bytes a line kept as Windows-1252 (TT 99/1998/TT-BTC: "sè" reads as a word too)
    static const std::regex number_re(R"(^(\S+\s+)?(Số|SỐ|số|Sè)\s*[:.]?\s*(.*)$)");
    // a two-word type name before it, with the colon of a header field: "Nghị quyết số:" in a
    // flattened web header (not the sentence "Thông tư số 09/2016/TT-BNNPTNT ngày … của …")
    static const std::regex typed_number_re(R"(^(\S+\s+\S+\s+)(Số|SỐ|số)\s*:\s*(.*)$)");
    std::smatch m;
    if (!meta.number && t.size() < 400 &&
        ((std::regex_match(t, m, number_re) && (!m[1].matched || doc_type_name(m[1].str()))) ||
         (std::regex_match(t, m, typed_number_re) && doc_type_name(m[1].str())))) {
      std::string num = m[3].str();
      if (num.empty() && hi + 1 < H.size()) {
        // "Số:" alone, the number on the next line
        std::string next = H[hi + 1].first;
        num = next.substr(0, next.find(' '));
        ++hi;
      }
      // the number's tokens: keep those with digits or slashes ("67 /2024/QĐ-UBND")
      std::string kept;
      std::size_t p = 0;
      while (p < num.size()) {
        std::size_t q = num.find(' ', p);
        if (q == std::string::npos) q = num.size();
        std::string tok = num.substr(p, q - p);
        bool numberish = !tok.empty() && (tok.find('/') != std::string::npos || std::isdigit((unsigned char)tok[0]));
        // "/QĐ. BQL–VP": a symbol part typed after a space, following a '.' or '-'
        bool continues = !tok.empty() && !kept.empty() && (kept.back() == '.' || kept.back() == '-') &&
                         is_all_caps(tok) && tok.find_first_of(",;:") == std::string::npos;
        if (!tok.empty() && ((!numberish && !continues) || tok == "V/v")) break;
        kept += tok;
        p = q + 1;
      }
      bool dashed = kept.size() > 2 && std::isdigit(static_cast<unsigned char>(kept[0])) &&
                    kept.find('-') != std::string::npos;  // "61-CP", "60-NQ/TW"
      if (kept.find('/') != std::string::npos || dashed) {
        meta.number = clean_number(kept);
        if (kept.find_first_of("0123456789") > kept.find('/')) meta.number = clean_number(kept);
      }
      continue;
    }
    if (!meta.date) {
      std::size_t comma = t.find(", ngày");
      if (comma == std::string::npos) comma = t.find(",ngày");
      if (comma != std::string::npos && comma < 60) {
        std::string place = trim(t.substr(0, comma));
        if (!place.empty() && !meta.place) meta.place = place;
        // an undated draft ("Lào Cai, ngày   tháng   năm 2026") keeps its place, date null
        if (auto d = find_date(t, comma)) meta.date = d;
        // "Hà Nội, ngày 28 tháng 02      năm 2025": a wide gap put the year on a line of its own
        else if (hi + 1 < H.size() && starts_with(H[hi + 1].first, "năm ") && t.find("tháng") != std::string::npos)
          if (auto d2 = find_date(t + " " + H[hi + 1].first, comma)) {
            meta.date = d2;
            ++hi;
          }
        continue;
      }
    }
    if (starts_with(t, "V/v") || starts_with(t, "V/V") || starts_with(t, "Về việc")) {
      if (!seen_type) {
        in_vv = true;
        title = fold_spaces(t);
        continue;
      }
    }
    if (in_vv) {
      if (!is_all_caps(t)) {
        title += " " + t;
        continue;
      }
      in_vv = false;
    }
    if (!seen_type) {
      if (auto ty = doc_type_name(t)) {
        meta.doc_type = ty;
        seen_type = true;
        in_title = true;
        continue;
      }
      // a type name followed by its title on the same line ("NGHỊ QUYẾT VỀ …")
    }
    static const std::regex session_re(R"(^(KHÓA|KHOÁ|Khóa|Khoá)\s+[IVXLC]+.*(KỲ HỌP|Kỳ họp).*)");
    if (authority_open && is_all_caps(t) && t.size() < 30 && !doc_type_name(t) && !starts_with(t, "KHÓA") &&
        !starts_with(t, "KHOÁ") &&
        !(t.size() < 300 && std::regex_match(t, session_re))) {
      issuer_lines.back() += " " + t;  // the enacting authority wrapped: "… TỈNH BÀ RỊA-VŨNG" + "TÀU"
      authority_open = false;
      continue;
    }
    authority_open = false;
    if (t.size() < 300 && std::regex_match(t, session_re)) {
      meta.session = t;
      in_title = false;
      title_closed = true;
      continue;
    }
    if (title_closed && !in_title && !is_all_caps(t) && t.size() > 60 && !starts_with(t, "(")) break;
    // (a year wrapped onto its own line, "… CỦA THÀNH PHỐ CẦN THƠ NĂM" + "2025", is the title's)
    const bool wrapped_year = t.size() <= 12 && std::isdigit(static_cast<unsigned char>(t[0])) &&
                              t.find_first_not_of("0123456789 -–") == std::string::npos;
    if (in_title && !title.empty() && is_all_caps(title) && !is_all_caps(t) && !starts_with(t, "(") && !wrapped_year) {
      // a caps title ends where sentence-case text begins: the header is over
      in_title = false;
      title_closed = true;
      break;
    }
    // "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ VỀ …" under the Party's header ("BAN CHẤP HÀNH TRUNG ƯƠNG"): the
    // organ that issues it is named there, the title is what follows
    if (in_title && title.empty() && !issuer_lines.empty() && starts_with(lower(issuer_lines.front()), "ban chấp hành trung ương")) {
      const std::string_view of = "của ";
      std::size_t cut = 0;
      for (std::string_view organ : {"của bộ chính trị ", "của ban bí thư "})
        if (starts_with(lower(t), std::string(organ))) cut = organ.size();
      if (cut) {
        issuer_lines.assign(1, trim(t.substr(of.size(), cut - of.size())));
        title = trim(t.substr(cut));
        continue;
      }
    }
    if (in_title && title.empty() && starts_with(lower(t), "của ") && lower(t).find(" số ") == std::string::npos &&
        (t.size() < 40 || (t.size() < 80 && (starts_with(lower(t), "của ủy ban") || starts_with(lower(t), "của uỷ ban"))))) {
      // "NGHỊ ĐỊNH CỦA CHÍNH PHỦ": the issuer after the type name, not the title
      if (issuer_lines.empty()) issuer_lines.push_back(trim(t.substr(std::string("của ").size())));
      continue;
    }
    if (in_title && title.empty() && starts_with(lower(t), "của ") && lower(t).find(" số ") != std::string::npos) {
      // an old-style header: "NGHỊ ĐỊNH / của Chính phủ số 29/1998/NĐ-CP ngày 11 tháng 5 năm 1998"
      static const std::string kCua = "của ", kSo = " số ";
      std::size_t so = lower(t).find(kSo);  // lower case keeps byte offsets for Vietnamese letters
      std::string who = trim(t.substr(kCua.size(), so - kCua.size()));
      std::string rest = t.substr(so + kSo.size());
      std::string num = rest.substr(0, rest.find(' '));
      if (!meta.number && num.find('/') != std::string::npos) meta.number = clean_number(num);
      std::size_t de = 0;
      if (auto d = find_date(rest, 0, nullptr, &de)) {
        if (!meta.date) meta.date = d;
        // "… NGÀY 05 THÁNG 7 NĂM 1994 VỀ MUA BÁN …" on one line: the title follows the date
        std::string tail = trim(rest.substr(de));
        if (starts_with(lower(tail), "về ")) title = tail;
      }
      if (issuer_lines.empty() && !who.empty()) issuer_lines.push_back(who);
      continue;
    }
    if (in_title && title.empty() && starts_with(lower(t), "ngày ") && !meta.date) {
      // "… số 114/2003/NĐ-CP" / "ngày 10/10/2003 về …": the date, then the title
      std::size_t de = 0;
      if (auto d = find_date(t, 0, nullptr, &de)) {
        meta.date = d;
        std::string rest = trim(t.substr(de));
        if (!rest.empty()) title = rest;
        continue;
      }
    }
    if (in_title && !title.empty() && starts_with(t, "(")) {
      in_title = false;  // "(Ban hành kèm theo …)" under a regulation's title
      title_closed = true;
      // "(thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô)": what the decision carries out is its title's last words
      if (starts_with(lower(t), "(thực hiện ") && t.back() == ')') title += " " + t;
      continue;
    }

    if (in_title) {
      // the enacting authority (caps issuer line) ends the title
      std::string lo = lower(t);
      bool authority = (is_all_caps(t) || (t.size() < 40 && !issuer_lines.empty() &&
                                           lower(t) == lower(issuer_lines.back()))) && !title.empty() &&
                       (starts_with(lo, "hội đồng") || starts_with(lo, "ủy ban") || starts_with(lo, "uỷ ban") ||
                        starts_with(lo, "bộ trưởng") || starts_with(lo, "chính phủ") || starts_with(lo, "quốc hội") ||
                        starts_with(lo, "thủ tướng") || starts_with(lo, "chủ tịch") || starts_with(lo, "giám đốc") ||
                        starts_with(lo, "ban chấp hành") || starts_with(lo, "bộ chính trị") ||
                        starts_with(lo, "thống đốc") || starts_with(lo, "cục trưởng") ||
                        starts_with(lo, "tổng cục trưởng") || starts_with(lo, "trưởng ban") ||
                        starts_with(lo, "tổng giám đốc"));
      if (authority) {
        in_title = false;
        title_closed = true;
        authority_open = issuer_lines.empty();
        if (!meta.issuer && issuer_lines.empty()) issuer_lines.push_back(t);
        else if (starts_with(lo, "chủ tịch")) chair_issues = true;
        continue;
      }
      // (":" left of a scan's "- THÔNG TƯ :" is no word of the title)
      if (t.find_first_not_of(" .,:;-_|") == std::string::npos) continue;
      title += (title.empty() ? "" : " ") + t;
      continue;
    }
    // legacy caps fonts decode to lower case: an agency word still marks the issuer
    std::string lo_t = lower(t);
    bool agency_like = !seen_type && !seen_motto && issuer_lines.empty() && t.size() < 60 &&
                       (starts_with(lo_t, "bộ ") || starts_with(lo_t, "ủy ban") || starts_with(lo_t, "uỷ ban") ||
                        starts_with(lo_t, "chính phủ") || starts_with(lo_t, "ban ") || starts_with(lo_t, "hội đồng") ||
                        starts_with(lo_t, "ngân hàng"));
    // … and its place on the next line ("Tỉnh an giang", "việt nam"), wherever the motto fell
    agency_like = agency_like || (!seen_type && !issuer_lines.empty() && t.size() < 40 &&
                                  (is_place_word(lo_t) || lo_t == "việt nam"));
    if (!seen_type && (is_all_caps(t) || agency_like) && issuer_lines.size() < 4 && !title_closed &&
        t.find_first_of("0123456789/") == std::string::npos) {
      issuer_lines.push_back(t);
      continue;
    }
  }
  if (hi >= H.size()) i = limit;
  std::size_t offset = 0;  // a break inside a flattened line: the header's part of it
  if (hi < H.size() && i < n) {
    std::size_t at = L[i].text.find(H[hi].first);
    if (at != std::string::npos) offset = at;
  }
  if (!title.empty()) meta.title = fold_spaces(title);
  if (!meta.doc_type && meta.title && starts_with(*meta.title, "V/")) meta.doc_type = "Công văn";
  // no tên loại and addressees: a letter (công văn has no type name of its own), also when a scan
  // garbled its "V/v" line
  if (!meta.doc_type && letter) meta.doc_type = "Công văn";

  // Issuer: lines joined where the next is a place ("ỦY BAN NHÂN DÂN" +
  // "TỈNH LÀO CAI"); an earlier separate body is the parent.
  if (!issuer_lines.empty()) {
    std::vector<std::string> groups;
    for (const auto& l : issuer_lines) {
      std::string lo = lower(l);
      bool joins = !groups.empty() &&
                   (is_place_word(lo) || starts_with(lo, "việt nam") ||
                    (starts_with(lo, "quốc hội") && ends_with(lower(groups.back()), "thường vụ")) ||
                    // ("VĂN PHÒNG" + "CHÍNH PHỦ": an office is its owner's, "Văn phòng Chính phủ")
                    lower(groups.back()) == "văn phòng" ||
                    // ("THỦ TƯỚNG" + "CHÍNH PHỦ", the header cut before the Government: one issuer)
                    (lower(groups.back()) == "thủ tướng" && starts_with(lo, "chính phủ")) ||
                    // ("CỤC KỸ THUẬT AN TOÀN" + "VÀ MÔI TRƯỜNG CÔNG NGHIỆP": a name wrapped before its "và")
                    starts_with(lo, "và ") ||
                    // ("CỤC ĐỔI MỚI SÁNG TẠO," + "CHUYỂN ĐỔI XANH VÀ" + "KHUYẾN CÔNG": a name wrapped after its comma)
                    ends_with(groups.back(), ",") ||
                    (lower(groups.back()).find("ủy ban nhân dân") == std::string::npos &&
                     lower(groups.back()).size() > 0 && (ends_with(lower(groups.back()), " các") ||
                                                         ends_with(lower(groups.back()), " và"))));
      std::string clean = l;
      while (!clean.empty() && (clean.back() == '*' || clean.back() == ' ' || clean.back() == '-')) clean.pop_back();
      if (clean.empty()) continue;
      if (joins) groups.back() += " " + clean;
      else groups.push_back(clean);
    }
    meta.issuer = sentence_case_name(expand_abbrev(groups.back()));
    if (groups.size() >= 2) meta.issuer_parent = sentence_case_name(expand_abbrev(groups[groups.size() - 2]));
    if (*meta.issuer == "Ban chấp hành trung ương" || *meta.issuer == "Ban Chấp hành Trung ương")
      meta.issuer = "Ban Chấp hành Trung ương Đảng";
    // a department under a provincial committee carries the province ("Sở Công Thương tỉnh Lào Cai")
    if (groups.size() >= 2 && (starts_with(*meta.issuer, "Sở ") || starts_with(*meta.issuer, "Ban ")) &&
        meta.issuer->find(" tỉnh ") == std::string::npos && meta.issuer->find(" thành phố ") == std::string::npos) {
      std::string parent = meta.issuer_parent.value_or("");
      for (const char* pw : {" tỉnh ", " thành phố "}) {
        std::size_t at = parent.find(pw);
        if (at != std::string::npos) {
          meta.issuer = *meta.issuer + parent.substr(at);
          break;
        }
      }
    }
    if (chair_issues && !starts_with(*meta.issuer, "Chủ tịch")) meta.issuer = "Chủ tịch " + *meta.issuer;
  }
  lay.preamble_begin = i;
  lay.preamble_offset = offset;

  // Body: after the enacting word or the last basis; a letter's body after
  // "Kính gửi".
  std::size_t j = i;
  std::size_t body = n;
  // an older circular without articles or an enacting word: its first lettered part right after the
  // bases ("Căn cứ …, Bộ Tài chính hướng dẫn thực hiện cụ thể như sau:" + "a - những quy định chung",
  // TT 120/2002/TT-BTC) begins the body, not an "Điều 1:" in a form printed after the signature
  static const std::regex first_part(R"(^([Aa]\s?-\s|A\.\s)\S)");
  bool after_bases = false, prev_end = false;
  for (; j < n; ++j) {
    const std::string& t = L[j].text;
    if (t.empty()) continue;
    if (is_enacting_word(t)) {
      body = j + 1;
      break;
    }
    // (a plan whose "I." comes first has its body there: the fallback below finds it)
    static const std::regex roman_head(R"(^[IVXLC]+\s*[.)/]\s*\S)");
    // (std::regex is slow and this loop may run to a document's end: the first letter decides first)
    const char c0 = t[0];
    if (after_bases && std::strchr("IVXLC", c0) && std::regex_search(t.substr(0, 12), roman_head)) after_bases = false;
    if (after_bases && prev_end && (c0 == 'A' || c0 == 'a') && std::regex_search(t.substr(0, 8), first_part)) {
      body = j;
      break;
    }
    if (is_basis_start(t)) after_bases = true;
    prev_end = ends_with(t, ";") || ends_with(t, ".") || ends_with(t, ":");
    if (is_structural_start(t)) {
      body = j;
      break;
    }
    if (is_kinh_gui(t)) {
      std::size_t k = j + 1;
      // addressees: dash lines or short lines until the first paragraph
      // (an entry may wrap: "- Các Sở, ngành: Công Thương, Nội vụ, Công" +
      // "an tỉnh, Bộ Chỉ huy …;": an unfinished entry continues on a line
      // that starts in lower case or ends the entry with ";")
      bool open_entry = false;
      while (k < n) {
        const std::string& a = L[k].text;
        if (a.empty()) {
          open_entry = false;
        } else if (starts_with(a, "-") || starts_with(a, "+")) {
          open_entry = !(ends_with(a, ";") || ends_with(a, ".") || ends_with(a, ":") || ends_with(a, ","));
        } else if (open_entry && (!starts_upper(a) || ends_with(a, ";"))) {
          open_entry = !(ends_with(a, ";") || ends_with(a, ".") || ends_with(a, ":"));
        } else {
          break;
        }
        ++k;
      }
      // a report's "Thực hiện …" after the addressees is its basis; a letter has none
      if (k < n && meta.doc_type && *meta.doc_type != "Công văn" && is_basis_start(L[k].text)) {
        lay.preamble_begin = k;
        lay.preamble_offset = 0;
        i = k;
        break;
      }
      body = k;
      break;
    }
  }
  // a letter whose "Kính gửi" a web page glued to the date line ("Hà Nội, ngày 29 tháng 12 năm 2014
  // Kính gửi: Cục Hải quan các tỉnh, thành phố."): its body begins after the header, as with the
  // line of its own, not at the first numbered heading
  if (body == n && meta.doc_type && *meta.doc_type == "Công văn")
    for (std::size_t k = 0; k < n && k < i + 8; ++k)
      if (L[k].text.find(" Kính gửi:") != std::string::npos) {
        body = std::max(i, k + 1);
        break;
      }
  if (body == n) {
    // plans and reports: the first roman or numbered heading after the preamble; an older circular's
    // "A - PHẠM VI ÁP DỤNG" or "I - Đối tượng …" (a dash after the letter); a Party text's "1- MỤC ĐÍCH"
    // (its "I-" as a scan reads it, or "1-" numbering); an excerpt's first article, whatever its number
    static const std::regex outline(R"(^(([IVXLC]+)\s*([.)/]|-\s)|A\s?-\s|1\s*([.)]|-\s))\s*\S)");
    for (std::size_t k = i; k < n; ++k)
      if (opens_excerpt(L[k].text) || std::regex_search(L[k].text.substr(0, 24), outline)) {
        body = k;
        break;
      }
  }
  if (body == n) body = i;
  lay.body_begin = body;
  return lay;
}

std::vector<Basis> read_bases(const Lines& in, const Layout& lay) {
  const auto& L = *in.lines;
  std::vector<Basis> out;
  bool open = false;
  for (std::size_t i = lay.preamble_begin; i < lay.body_begin && i < L.size(); ++i) {
    const std::string t = preamble_line(in, lay, i);
    if (t.empty()) continue;
    if (is_enacting_word(t) || is_kinh_gui(t)) {
      open = false;
      continue;
    }
    if (is_basis_start(t)) {
      out.push_back({fold_spaces(t), L[i].source_line});
      open = !ends_with(out.back().text, ":") || true;
      continue;
    }
    if (open && !out.empty()) {
      // the enacting formula in prose ends the bases
      std::string lo = lower(t);
      bool prev_end = ends_with(out.back().text, ";") || ends_with(out.back().text, ".") ||
                      ends_with(out.back().text, ",");
      // (also wrapped: "Ủy ban nhân dân Thành phố ban hành Quyết định quy định về …" over lines)
      bool authority = starts_with(lo, "ủy ban") || starts_with(lo, "uỷ ban") || starts_with(lo, "hội đồng") ||
                       starts_with(lo, "chính phủ") || starts_with(lo, "bộ trưởng") || starts_with(lo, "thủ tướng");
      if (prev_end && starts_upper(t) && lo.find("ban hành") != std::string::npos &&
          (ends_with(t, ":") || ends_with(t, ".") || lo.find("như sau") != std::string::npos ||
           (authority && lo.find(" ban hành ") != std::string::npos))) {
        open = false;
        continue;
      }
      // an older circular's "Bộ Tài chính hướng dẫn thực hiện như sau:" (TT 99/1998/TT-BTC)
      if (prev_end && starts_upper(t) && ends_with(t, ":") && lo.find("như sau") != std::string::npos &&
          (lo.find("hướng dẫn") != std::string::npos || lo.find("quy định") != std::string::npos ||
           lo.find("qui định") != std::string::npos)) {
        open = false;
        continue;
      }
      if (prev_end && is_all_caps(t)) {
        open = false;
        continue;
      }
      // a symbol broken at its hyphen ("07/2023/QĐ-" + "UBND") joins without a space
      std::string& b = out.back().text;
      bool broken = (ends_with(b, "-") || ends_with(b, "/")) && b.size() >= 2 && b[b.size() - 2] != ' ';
      b += (broken ? "" : " ") + fold_spaces(t);
    }
  }
  return out;
}

std::string preamble_line(const Lines& in, const Layout& lay, std::size_t k) {
  const std::string& t = (*in.lines)[k].text;
  return k == lay.preamble_begin && lay.preamble_offset < t.size() ? t.substr(lay.preamble_offset) : t;
}

}  // namespace vanban::parse_detail
