// Small lexical helpers of the parser: case mapping, dates, point letters,
// roman numerals, document type names.
#include <algorithm>
#include <regex>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::parse_detail {

namespace {

icu::UnicodeString u(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}
std::string s8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}
const icu::Locale& vi() {
  static const icu::Locale loc("vi");
  return loc;
}

// The first code point of a UTF-8 string that is a letter (no allocation).
UChar32 first_letter(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) return c;
  }
  return 0;
}

std::string capitalize_first(std::string_view s) {
  icu::UnicodeString us = u(s);
  for (int32_t i = 0; i < us.length();) {
    UChar32 c = us.char32At(i);
    if (u_isalpha(c)) {
      icu::UnicodeString head(us, i, U16_LENGTH(c));
      head.toUpper(vi());
      us.replace(i, U16_LENGTH(c), head);
      break;
    }
    i += U16_LENGTH(c);
  }
  return s8(us);
}

}  // namespace

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

std::string fold_spaces(std::string_view s) {
  // fast path: text from the clean stage is mostly single-spaced already
  bool clean = !s.empty() && s.front() != ' ' && s.back() != ' ';
  for (std::size_t i = 0; clean && i < s.size(); ++i)
    clean = s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && !(s[i] == ' ' && i + 1 < s.size() && s[i + 1] == ' ');
  if (clean) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> w;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return w;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string lower(std::string_view s) {
  icu::UnicodeString us = u(s);
  us.toLower(vi());
  return s8(us);
}
std::string upper(std::string_view s) {
  icu::UnicodeString us = u(s);
  us.toUpper(vi());
  return s8(us);
}

bool is_all_caps(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int letters = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    if (u_islower(c)) return false;
  }
  return letters >= 2;
}

bool starts_upper(std::string_view s) {
  UChar32 c = first_letter(s);
  return c != 0 && u_isupper(c);
}
bool starts_lower(std::string_view s) {
  UChar32 c = first_letter(s);
  return c != 0 && u_islower(c);
}

std::string sentence_case(std::string_view s) { return capitalize_first(lower(s)); }

std::string sentence_case_name(std::string_view caps) {
  // Names spelt with their own capitals; matched on the lower-case form.
  static const std::vector<std::pair<std::string, std::string>> fixed = {
      {"công thương", "Công Thương"},
      {"thủ tướng chính phủ", "Thủ tướng Chính phủ"},
      {"phủ thủ tướng", "Phủ Thủ tướng"},
      {"ban chấp hành trung ương", "Ban Chấp hành Trung ương"},
      {"quốc hội", "Quốc hội"},
      // the Supreme Court's judges' council (NQ 01/2020/NQ-HĐTP …): "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
      {"thẩm phán tòa án nhân dân tối cao", "Thẩm phán Tòa án nhân dân tối cao"},
      {"tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"},
      {"viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"},
      {"chính phủ", "Chính phủ"},
      {"thường vụ quốc hội", "Thường vụ Quốc hội"},
      {"mặt trận tổ quốc việt nam", "Mặt trận Tổ quốc Việt Nam"},
      {"mặt trận tổ quốc", "Mặt trận Tổ quốc"},
      {"nhà nước", "Nhà nước"},
      {"việt nam", "Việt Nam"},
      {"trung ương", "Trung ương"},
      {"đảng", "Đảng"},
  };
  // Words after which the rest is a place name (each word capitalised).
  static const std::vector<std::string> place_words = {"tỉnh", "thành phố", "huyện", "quận", "thị xã",
                                                       "thị trấn", "xã", "phường", "tp."};
  // Agency kinds whose following word starts the field's name.
  static const std::vector<std::string> kind_words = {"bộ", "sở", "cục", "tổng cục", "vụ", "phòng", "ban",
                                                      "ngân hàng", "viện", "học viện", "kho bạc", "thanh tra"};
  std::string spaced(caps);
  for (std::size_t p = spaced.find('-'); p != std::string::npos; p = spaced.find('-', p + 2)) {
    bool letters = p > 0 && p + 1 < spaced.size() && spaced[p - 1] != ' ' && spaced[p + 1] != ' ' &&
                   !std::isdigit(static_cast<unsigned char>(spaced[p - 1]));
    if (letters) spaced.replace(p, 1, " - ");  // "BÀ RỊA-VŨNG TÀU" → "Bà Rịa - Vũng Tàu"
  }
  std::string low = lower(fold_spaces(spaced));
  std::vector<std::string> w = words(low);
  std::vector<bool> cap(w.size(), false);
  if (!w.empty()) cap[0] = true;
  for (std::size_t i = 0; i < w.size(); ++i) {
    // place names: everything after an administrative word
    for (const auto& pw : place_words) {
      std::size_t n = std::count(pw.begin(), pw.end(), ' ') + 1;
      if (i + n > w.size()) continue;
      std::string joined = w[i];
      for (std::size_t k = 1; k < n; ++k) joined += " " + w[i + k];
      // ("BẢO HIỂM XÃ HỘI VIỆT NAM", "… THƯƠNG BINH VÀ XÃ HỘI": "xã hội" is no commune)
      if (joined == pw && i + n < w.size() && i > 0 && !(pw == "xã" && w[i + n] == "hội")) {
        for (std::size_t k = i + n; k < w.size(); ++k) cap[k] = true;
        i = w.size();
        break;
      }
    }
  }
  // a Party committee named for its place: "TỈNH UỶ LÀO CAI" → "Tỉnh ủy Lào Cai"
  if (w.size() > 2 && (w[1] == "ủy" || w[1] == "uỷ") &&
      (w[0] == "tỉnh" || w[0] == "thành" || w[0] == "huyện" || w[0] == "quận"))
    for (std::size_t k = 2; k < w.size(); ++k) cap[k] = true;
  // field names of ministries and departments: first word after the kind,
  // and after each "," / "và" / "-".
  if (!w.empty()) {
    for (const auto& kw : kind_words) {
      std::size_t n = std::count(kw.begin(), kw.end(), ' ') + 1;
      std::string joined = w[0];
      for (std::size_t k = 1; k < n && k < w.size(); ++k) joined += " " + w[k];
      if (joined == kw && w.size() > n) {
        cap[n] = true;
        for (std::size_t k = n; k + 1 < w.size(); ++k) {
          if (cap[k + 1]) break;
          if (w[k] == "và" || w[k] == "-" || w[k].back() == ',') cap[k + 1] = true;
          // stop at a place word: the place rule already handled the rest
        }
        break;
      }
    }
  }
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i) out += ' ';
    out += cap[i] ? capitalize_first(w[i]) : w[i];
  }
  for (const auto& [from, to] : fixed) {
    std::size_t pos = 0;
    std::string lo = lower(out);
    while ((pos = lo.find(from, pos)) != std::string::npos) {
      bool left_ok = pos == 0 || lo[pos - 1] == ' ';
      bool right_ok = pos + from.size() == lo.size() || lo[pos + from.size()] == ' ' ||
                      lo[pos + from.size()] == ',';
      if (left_ok && right_ok) {
        // keep the first word's capital when the name starts the string
        std::string repl = to;
        if (pos == 0) repl = capitalize_first(repl);
        out.replace(pos, from.size(), repl);
        lo = lower(out);
      }
      pos += from.size();
    }
  }
  return out;
}

std::optional<std::string> find_date(std::string_view s, std::size_t from, std::size_t* begin, std::size_t* end) {
  static const std::regex words(R"((ngày|Ngày|NGÀY)\s*(\d{1,2})\s*(tháng|THÁNG)\s*(\d{1,2})\s*(năm|NĂM)\s*(\d{4}))");
  static const std::regex digits(R"((\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((19|20)\d{2}))");
  // a bounded window: callers look for the date right here, and copying the
  // rest of a long basis for every number was quadratic
  if (from >= s.size()) return std::nullopt;
  std::string str(s.substr(from, 240));
  if (str.find_first_of("0123456789") == std::string::npos) return std::nullopt;
  // OCR reads 1 as l or I and 0 as O next to digits ("tháng l1"): same length, so offsets hold
  for (std::size_t k = 0; k < str.size(); ++k) {
    char& c = str[k];
    if (c != 'l' && c != 'I' && c != 'O') continue;
    bool prev_digit = k > 0 && std::isdigit(static_cast<unsigned char>(str[k - 1]));
    bool next_digit = k + 1 < str.size() && std::isdigit(static_cast<unsigned char>(str[k + 1]));
    bool prev_space = k == 0 || str[k - 1] == ' ' || str[k - 1] == '/';
    if (next_digit && (prev_digit || prev_space)) c = c == 'O' ? '0' : '1';
  }
  std::smatch a, b;
  bool ha = std::regex_search(str, a, words);
  bool hb = std::regex_search(str, b, digits);
  int d, m, y;
  std::size_t pos, len;
  if (ha && (!hb || a.position(0) <= b.position(0))) {
    d = std::stoi(a[2]);
    m = std::stoi(a[4]);
    y = std::stoi(a[6]);
    pos = a.position(0);
    len = a.length(0);
  } else if (hb) {
    // "2024/QĐ" style symbols are not dates: the digit form needs a day/month
    d = std::stoi(b[1]);
    m = std::stoi(b[2]);
    y = std::stoi(b[3]);
    pos = b.position(0);
    len = b.length(0);
  } else {
    return std::nullopt;
  }
  if (d < 1 || d > 31 || m < 1 || m > 12) return std::nullopt;
  if (begin) *begin = from + pos;
  if (end) *end = from + pos + len;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

namespace {
const std::vector<std::string>& point_order() {
  static const std::vector<std::string> order = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                 "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  return order;
}
}  // namespace

int point_index(std::string_view letter) {
  const auto& o = point_order();
  for (std::size_t i = 0; i < o.size(); ++i)
    if (o[i] == letter) return static_cast<int>(i);
  return -1;
}

std::string point_letter(int index) {
  const auto& o = point_order();
  if (index >= 0 && index < static_cast<int>(o.size())) return o[static_cast<std::size_t>(index)];
  return "?";
}

int roman_value(std::string_view r) {
  if (r.empty() || r.size() > 8) return 0;
  auto val = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    int v = val(r[i]);
    if (!v) return 0;
    int next = i + 1 < r.size() ? val(r[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

std::optional<std::string> doc_type_name(std::string_view line) {
  static const std::vector<std::string> types = {
      "Nghị quyết", "Quyết định", "Kế hoạch", "Luật",      "Bộ luật",   "Nghị định", "Thông tư liên tịch",
      "Thông tư",   "Chỉ thị",    "Công văn", "Báo cáo",   "Thông báo", "Quy định",  "Quy chế",
      "Tờ trình",   "Hướng dẫn",  "Chương trình hành động", "Chương trình", "Đề án", "Pháp lệnh", "Lệnh",      "Công điện",
      "Kết luận",   "Hiến pháp",  "Phương án", "Biên bản", "Giấy mời", "Điều lệ"};
  std::string t = fold_spaces(line);
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.pop_back();
  std::string lo = lower(t);
  if (starts_with(lo, "bản ")) lo = lo.substr(std::string("bản ").size());  // "Bản Quy định"
  for (const auto& ty : types)
    if (lo == lower(ty)) return ty;
  // OCR slips in a caps type name ("NGHỊ QUYÉT"): the same letters without marks
  if (t.size() <= 24 && is_all_caps(t)) {
    std::string f = fold_ascii(t);
    for (const auto& ty : types)
      if (f == fold_ascii(ty)) return ty;
  }
  return std::nullopt;
}

std::optional<std::string> doc_type_from_symbol(std::string_view number) {
  static const std::vector<std::pair<std::string, std::string>> codes = {
      {"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"KH", "Kế hoạch"},   {"NĐ", "Nghị định"},
      {"TT", "Thông tư"},   {"CT", "Chỉ thị"},    {"BC", "Báo cáo"},    {"TB", "Thông báo"},
      {"TTr", "Tờ trình"},  {"HD", "Hướng dẫn"},  {"CV", "Công văn"},   {"QH", "Luật"},
      {"TTLT", "Thông tư liên tịch"}, {"CĐ", "Công điện"}, {"KL", "Kết luận"}, {"QC", "Quy chế"},
      {"GP", "Giấy phép"}};
  // the code is the first segment after the number that is a known code
  std::string n(number);
  std::size_t slash = n.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::string rest = n.substr(slash + 1);
  std::vector<std::string> segs;
  std::size_t i = 0;
  while (i <= rest.size()) {
    std::size_t j = rest.find_first_of("/-.", i);
    if (j == std::string::npos) j = rest.size();
    segs.push_back(rest.substr(i, j - i));
    i = j + 1;
  }
  for (const auto& seg : segs) {
    for (const auto& [code, name] : codes)
      if (seg == code) return name;
    // "25/2008/QH12": the National Assembly's symbol with its term
    if (seg.size() > 2 && seg.rfind("QH", 0) == 0 &&
        std::all_of(seg.begin() + 2, seg.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return "Luật";
    if (!seg.empty() && !std::isdigit(static_cast<unsigned char>(seg[0]))) break;
  }
  return std::string("Công văn");
}

void Lines::warn(int line, std::string code, std::string message, std::string path) const {
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = std::move(code);
  d.file = file;
  d.line = line;
  d.column = 1;
  d.path = std::move(path);
  d.message = std::move(message);
  diags->push_back(std::move(d));
}

}  // namespace vanban::parse_detail
