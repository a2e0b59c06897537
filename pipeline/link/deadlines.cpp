// Time phrases of a clause: deadlines as ISO dates, recurrence as codes.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

// w in s from `from`, as string_view::find (w never empty): memmem, which under
// callgrind costs less than find's memchr-then-compare over a clause's keys,
// full of the phrases' first letters ('t', 'h', "đ")
static std::size_t find_in(std::string_view s, std::string_view w, std::size_t from = 0) {
  if (from > s.size()) return std::string_view::npos;
  const void* hit = memmem(s.data() + from, s.size() - from, w.data(), w.size());
  return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - s.data()) : std::string_view::npos;
}

static int last_day(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

// The end of a period named in the clause (key: its fold_key, same byte
// positions for digits and ASCII as the printed words).
static void period_deadline(std::string_view printed, std::string_view k, When& w) {
  auto num = [&](std::size_t& i) {
    int v = -1;
    while (i < k.size() && k[i] >= '0' && k[i] <= '9' && v < 10000) v = (v < 0 ? 0 : v * 10) + (k[i++] - '0');
    return v;
  };
  auto year_after = [&](std::size_t& i) {  // "/2025", " năm 2025", "-2025"
    static constexpr std::string_view nam = " năm ";
    if (i < k.size() && (k[i] == '/' || k[i] == '-')) ++i;
    else if (k.compare(i, nam.size(), nam) == 0) i += nam.size();
    else return -1;
    return num(i);
  };
  auto set = [&](int y, int m, std::size_t from, std::size_t to) {
    if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, last_day(y, m));
    w.deadline = buf;
    w.words = std::string(printed.substr(from, std::min(to, printed.size()) - from));
    return true;
  };
  static constexpr std::string_view quy = "quý ", thang = "trong tháng ", nam = "trong năm ";
  for (std::size_t p = k.find(quy); p != std::string::npos; p = k.find(quy, p + 1)) {
    std::size_t i = p + quy.size();
    int q = 0;
    static const char* romans[] = {"iv", "iii", "ii", "i"};  // longest first
    static const int values[] = {4, 3, 2, 1};
    for (int r = 0; r < 4 && !q; ++r)
      if (k.compare(i, std::strlen(romans[r]), romans[r]) == 0) {
        q = values[r];
        i += std::strlen(romans[r]);
      }
    if (!q && i < k.size() && k[i] >= '1' && k[i] <= '4') q = k[i++] - '0';
    if (!q) continue;
    std::size_t from = p >= 6 && k.compare(p - 6, 6, "trong ") == 0 ? p - 6 : p;
    if (int y = year_after(i); set(y, q * 3, from, i)) return;
  }
  if (std::size_t p = k.find(thang); p != std::string::npos) {
    std::size_t i = p + thang.size();
    int m = num(i);
    if (int y = year_after(i); set(y, m, p, i)) return;
  }
  if (std::size_t p = k.find(nam); p != std::string::npos) {
    std::size_t i = p + nam.size();
    int y = num(i);
    if (set(y, 12, p, i)) return;
  }
}

// Deadlines and recurrence in a clause's printed words: "trước ngày 30/6/2025",
// "trước ngày 05 tháng 11 năm 2024", "hằng năm", "định kỳ 6 tháng", "thường xuyên".
static When when_of(std::string_view printed, const KeyText* keys, std::size_t b, std::size_t e);

When when_of(const std::string& printed) { return when_of(printed, nullptr, 0, 0); }

When when_of(std::string_view printed, const KeyText& keys, std::size_t b, std::size_t e) {
  return when_of(printed, &keys, b, e);
}

bool has_digit(std::string_view s) {
  // (find_first_of would search the ten digits once per byte)
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool time_syllable(std::string_view s) {
  // (each byte against the syllables' first bytes: read once per new word,
  // where four searches cost more than the word's few bytes)
  static constexpr std::string_view syllables[] = {"ằng", "àng", "xuyên", "kỳ"};
  for (std::size_t p = 0; p < s.size(); ++p)
    for (const std::string_view syl : syllables)
      if (s[p] == syl[0] && s.compare(p, syl.size(), syl) == 0) return true;
  return false;
}

static When when_of(std::string_view printed, const KeyText* keys, std::size_t b, std::size_t e) {
  When w;
  // every deadline has digits; every recurrence word one of these syllables
  // (or digits: "6 tháng một lần"); both known from the words' folds, which
  // read each distinct word once, when the tokens are the printed bytes
  const std::optional<KeyText::TimeCues> cues = keys ? keys->time_cues(b, e) : std::nullopt;
  const bool digits = cues ? cues->digit : has_digit(printed);
  if (!digits && !(cues ? cues->syllable : time_syllable(printed))) return w;
  std::optional<std::string_view> key = keys ? keys->folded(b, e) : std::nullopt;
  // (a text read with its lost glyphs restored, glyph_repair.h, has longer keys
  // than its printed bytes: those are folded instead, for the positions below)
  if (key && key->size() != printed.size()) key.reset();
  std::string own;
  if (!key) own = fold_key(printed);
  const std::string_view k = key ? *key : std::string_view(own);
  // dates: the key keeps the printed bytes' positions for digits and ASCII
  // (the date at q: "30/6/2025", "30-6-2025", "05 tháng 11 năm 2024"; i: where it ends)
  auto date_at = [&](std::size_t q, std::size_t& i, int& d, int& m, int& y) {
    auto num = [&](std::size_t& j) {
      int v = -1;
      while (j < k.size() && k[j] >= '0' && k[j] <= '9' && v < 10000) v = (v < 0 ? 0 : v * 10) + (k[j++] - '0');
      return v;
    };
    i = q;
    d = num(i), m = -1, y = -1;
    if (d > 0 && i < k.size() && (k[i] == '/' || k[i] == '-' || k[i] == '.')) {
      ++i;
      m = num(i);
      if (i < k.size() && (k[i] == '/' || k[i] == '-' || k[i] == '.')) {
        ++i;
        y = num(i);
      }
    } else if (static constexpr std::string_view th = " tháng ", nm = " năm "; d > 0 && k.compare(i, th.size(), th) == 0) {
      i += th.size();
      m = num(i);
      if (k.compare(i, nm.size(), nm) == 0) {
        i += nm.size();
        y = num(i);
      }
    }
    return d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2100;
  };
  auto set_date = [&](int y, int m, int d, std::size_t from, std::size_t to) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    w.deadline = buf;
    w.words = std::string(printed.substr(from, std::min(to, printed.size()) - from));
  };
  for (std::string_view cue : {"trước ngày ", "chậm nhất ngày ", "chậm nhất là ngày ", "hoàn thành trước ngày "}) {
    if (!digits) break;
    std::size_t p = find_in(k, cue);
    if (p == std::string::npos) continue;
    std::size_t i = 0;
    int d = 0, m = 0, y = 0;
    if (date_at(p + cue.size(), i, d, m, y)) {
      set_date(y, m, d, p, i);
      break;
    }
  }
  // a start date the work is for: "… khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để
  // chính quyền địa phương … chính thức hoạt động từ ngày 01 tháng 7 năm 2025" (the UBTVQH resolutions
  // on merging communes, 2025), "hoàn thành trước khi … đi vào hoạt động từ ngày 01/7/2025", "… để
  // Nghị quyết có hiệu lực từ ngày …": the work is due the day before what it prepares begins. Only
  // with the words of a purpose or of finishing before: a start date alone ("thực hiện từ ngày
  // 01/01/2018", "Nghị quyết này … có hiệu lực từ ngày …") is when a rule applies, no deadline
  // (the words of a purpose or of finishing before)
  const std::initializer_list<std::string_view> purpose = {"bảo đảm", "đảm bảo", "để", "kịp thời",
                                                           "sẵn sàng", "trước khi", "hoàn thành"};
  if (!w.deadline && digits && has_any(k, purpose)) {
    static constexpr std::string_view tu = "từ ngày ";
    for (std::size_t p = find_in(k, tu); p != std::string::npos && !w.deadline; p = find_in(k, tu, p + 1)) {
      std::string_view before = k.substr(0, p);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (ends_any(before, {"kể"})) before.remove_suffix(std::string_view("kể").size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      std::size_t verb = std::string::npos;
      for (std::string_view v : {"hoạt động", "có hiệu lực", "có hiệu lực thi hành", "vận hành", "áp dụng", "thi hành"})
        if (ends_any(before, {v})) verb = before.size() - v.size();
      if (verb == std::string::npos) continue;
      // the purpose or the finishing comes before the start it serves
      if (!has_any(k.substr(0, verb), purpose))
        continue;
      std::size_t i = 0;
      int d = 0, m = 0, y = 0;
      if (!date_at(p + tu.size(), i, d, m, y) || d > last_day(y, m)) continue;
      if (--d == 0 && --m == 0) {
        m = 12;
        --y;
      }
      if (d == 0) d = last_day(y, m);
      set_date(y, m, d, verb, i);
    }
  }
  // periods: "trong quý III năm 2025", "quý IV/2025", "trong tháng 6/2026",
  // "trong tháng 6 năm 2026", "trong năm 2025" → the period's last day
  if (!w.deadline && digits) period_deadline(printed, k, w);
  struct R {
    const char* words;
    const char* code;
  };
  static const R rec[] = {{"định kỳ 6 tháng", "half-yearly"}, {"định kỳ sáu tháng", "half-yearly"},
                          {"6 tháng một lần", "half-yearly"}, {"hằng quý", "quarterly"}, {"hàng quý", "quarterly"},
                          {"định kỳ hằng quý", "quarterly"}, {"hằng tháng", "monthly"}, {"hàng tháng", "monthly"},
                          {"hằng năm", "yearly"}, {"hàng năm", "yearly"}, {"định kỳ hằng năm", "yearly"},
                          {"thường xuyên", "ongoing"}};
  // (each of rec's words holds one of these: most clauses hold none, and are searched
  // five times, not twelve)
  bool rec_maybe = false;
  for (std::string_view syl : {"ằng", "àng", "kỳ", "xuyên", "một lần"})
    rec_maybe = rec_maybe || find_in(k, syl) != std::string_view::npos;
  for (const R& r : rec) {
    if (!rec_maybe) break;
    const std::string_view words = r.words;
    std::size_t p = find_in(k, words);
    if (p == std::string::npos) continue;
    w.recurrence = r.code;
    if (!w.words) w.words = std::string(printed.substr(p, words.size()));
    break;
  }
  return w;
}

}  // namespace vanban::link_detail
