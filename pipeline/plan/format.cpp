// Official wording of dates, Vietnamese case, XML escaping, and the data of
// data/plan.tsv (loaded once from the embedded copy).
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "embedded.h"
#include "internal.h"
#include "vanban/fold.h"

namespace vanban::plan {

TemplateError::TemplateError(std::string file_, int line_, int column_, const std::string& what_)
    : std::runtime_error(file_ + ":" + std::to_string(line_) + ":" + std::to_string(column_) + ": " + what_),
      file(std::move(file_)),
      line(line_),
      column(column_) {}

// ------------------------------------------------------------------ dates

namespace {

struct Ymd {
  int y, m, d;
};

Ymd parse_iso(std::string_view iso) {
  auto bad = [&] { return std::invalid_argument("not a date YYYY-MM-DD: '" + std::string(iso) + "'"); };
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') throw bad();
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') throw bad();
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  Ymd r{num(0, 4), num(5, 2), num(8, 2)};
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (r.m < 1 || r.m > 12 || r.d < 1 || r.y < 1) throw bad();
  bool leap = (r.y % 4 == 0 && r.y % 100 != 0) || r.y % 400 == 0;
  if (r.d > days[r.m - 1] + (r.m == 2 && leap ? 1 : 0)) throw bad();
  return r;
}

// Decree 30 App. I §II.4: a day below 10 and the months 1 and 2 get a zero.
std::string two(int v, bool zero) {
  std::string s = std::to_string(v);
  if (zero && v < 10) s.insert(s.begin(), '0');
  return s;
}

}  // namespace

std::string official_date(std::string_view iso) {
  Ymd t = parse_iso(iso);
  return "ngày " + two(t.d, true) + " tháng " + two(t.m, t.m <= 2) + " năm " + std::to_string(t.y);
}

std::string short_date(std::string_view iso) {
  Ymd t = parse_iso(iso);
  return two(t.d, true) + "/" + two(t.m, t.m <= 2) + "/" + std::to_string(t.y);
}

// ------------------------------------------------------------------ text

namespace {
const icu::Locale& vi() {
  static const icu::Locale l("vi");  // built once: Locale construction is not cheap
  return l;
}

std::string map_case(std::string_view s, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (upper) u.toUpper(vi());
  else u.toLower(vi());
  std::string out;
  u.toUTF8String(out);
  return out;
}
}  // namespace

std::string upper_vi(std::string_view s) { return map_case(s, true); }
std::string lower_vi(std::string_view s) { return map_case(s, false); }

namespace {
std::string map_first(std::string_view s, bool upper) {
  if (s.empty()) return {};
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  int32_t n = u.moveIndex32(0, 1);
  icu::UnicodeString head(u, 0, n), rest(u, n);
  if (upper) head.toUpper(vi());
  else head.toLower(vi());
  std::string out;
  (head + rest).toUTF8String(out);
  return out;
}
}  // namespace

std::string lower_first(std::string_view s) { return map_first(s, false); }
std::string upper_first(std::string_view s) { return map_first(s, true); }

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::string as_sentence(std::string_view s) {
  std::string t = trim(s);
  while (!t.empty() && (t.back() == ';' || t.back() == ',' || t.back() == ':' || t.back() == ' ')) t.pop_back();
  if (t.size() >= 3 && t.compare(t.size() - 3, 3, "./.") == 0) t.resize(t.size() - 2);
  if (!t.empty() && t.back() != '.' && t.back() != '!' && t.back() != '?') t += '.';
  return t;
}

std::string bare(std::string_view s) {
  std::string t = trim(s);
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ':' || t.back() == ' '))
    t.pop_back();
  return t;
}

const char* recurrence_words(const std::string& code) {
  if (code == "yearly") return "Hằng năm";
  if (code == "half-yearly") return "Định kỳ 6 tháng";
  if (code == "quarterly") return "Hằng quý";
  if (code == "monthly") return "Hằng tháng";
  if (code == "ongoing") return "Thường xuyên";
  return nullptr;
}

std::string roman(int n) {
  static const std::pair<int, const char*> r[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                   {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                   {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (auto& [v, s] : r)
    while (n >= v) out += s, n -= v;
  return out;
}

std::string fold_prefix(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return fold_key(s);
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;  // a whole character
  return fold_key(s.substr(0, bytes));
}

bool starts_with_words(const std::string& folded, const std::string& prefix) {
  if (prefix.empty() || folded.compare(0, prefix.size(), prefix) != 0) return false;
  if (folded.size() == prefix.size()) return true;
  char c = folded[prefix.size()];
  return c == ' ' || c == ',' || c == ':' || c == ';' || c == '.' || c == '(';
}

bool starts_with_any(const std::string& folded, const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return starts_with_words(folded, k); });
}

// ------------------------------------------------------------------ escaping

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
          // XML 1.0 allows tab, newline, carriage return only among C0
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    // a well-formed UTF-8 sequence (no overlongs, surrogates or > U+10FFFF)
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    bool ok = len != 0 && c <= 0xF4 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (ok && len == 3) {
      unsigned cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
    } else if (ok && len == 4) {
      unsigned cp = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
      ok = cp >= 0x10000 && cp <= 0x10FFFF;
    }
    if (ok) {
      out.append(s, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
      ++i;
    }
  }
  return out;
}

// ------------------------------------------------------------------ data

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> f;
  std::size_t at = 0;
  for (;;) {
    std::size_t t = line.find('\t', at);
    f.push_back(line.substr(at, t == std::string::npos ? std::string::npos : t - at));
    if (t == std::string::npos) break;
    at = t + 1;
  }
  return f;
}

PlanData load_data() {
  PlanData d;
  std::istringstream in(kPlanTsv);
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    auto need = [&](std::size_t k) {
      if (f.size() < k) throw std::runtime_error("plan.tsv:" + std::to_string(no) + ": too few fields");
    };
    const std::string& kind = f[0];
    need(2);
    if (kind == "type") {
      need(3);
      d.type_abbr[fold_key(f[1])] = f[2];
    } else if (kind == "body") {
      need(5);
      d.bodies.push_back({f[1], f[2], f[3] == "TM", f[4] == "-" ? "" : f[4]});
    } else if (kind == "level") {
      d.levels.push_back(fold_key(f[1]));
    } else if (kind == "verb") {
      d.verbs.push_back(fold_key(f[1]));
    } else if (kind == "attr") {
      need(3);
      d.attrs.emplace_back(fold_key(f[1]), f[2]);
    } else if (kind == "purpose") {
      d.purpose.push_back(fold_key(f[1]));
    } else if (kind == "act") {
      d.acts.push_back(fold_key(f[1]));
    } else if (kind == "funding") {
      d.funding.push_back(fold_key(f[1]));
    } else {
      throw std::runtime_error("plan.tsv:" + std::to_string(no) + ": unknown kind '" + kind + "'");
    }
  }
  // longest first, so "Văn phòng Ủy ban nhân dân" wins over "Văn phòng"
  std::stable_sort(d.bodies.begin(), d.bodies.end(),
                   [](const BodyRule& a, const BodyRule& b) { return a.prefix.size() > b.prefix.size(); });
  auto longest = [](std::vector<std::string>& v) {
    std::stable_sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  };
  longest(d.levels);
  longest(d.purpose);
  longest(d.funding);
  std::stable_sort(d.attrs.begin(), d.attrs.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return d;
}

}  // namespace

const PlanData& plan_data() {
  static const PlanData d = load_data();
  return d;
}

}  // namespace vanban::plan
