// Break opportunities (ICU, tailored) and the two breaking strategies.
#include "breaks.h"

#include <cmath>
#include <limits>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace vanban::render {
namespace {

icu::BreakIterator* line_iterator() {
  // ICU's line iterator costs about a millisecond to build: once per thread.
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createLineInstance(icu::Locale("vi"), st));
    if (U_FAILURE(st)) b.reset();  // U_USING_DEFAULT_WARNING is fine: vi has no tailoring of its own
    return b;
  }();
  return it.get();
}

bool is_space(UChar32 c) { return c == ' '; }
bool is_joiner(UChar32 c) { return c == '/' || c == '-' || c == 0x2010 || c == 0x2011; }

// Words after which a number belongs to the word: "Điều 5", "Khoản 2",
// "Chương IV", "số 47/NQ-HĐND", "ngày 30", "tháng 6", "năm 2025".
// 2: never apart; 1: apart only when nothing else fits (dates in a narrow
// table column, "Tháng 9/2024"); 0: not a binding word.
int binds_number(std::string_view w) {
  static const char* const never[] = {"Điều", "điều", "Khoản", "khoản", "Điểm", "điểm", "Chương", "chương",
                                      "Mục", "mục", "Phần", "phần", "Số", "số", "lục"};
  static const char* const rather_not[] = {"ngày", "Ngày", "tháng", "Tháng", "năm", "Năm", "Quý", "quý"};
  for (const char* x : never)
    if (w == x) return 2;
  for (const char* x : rather_not)
    if (w == x) return 1;
  return 0;
}

bool starts_number(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] >= '0' && s[0] <= '9') return true;
  // Roman numerals (Chương IV, Phần II, Quý III): letters IVXLC up to a non-letter.
  size_t i = 0;
  while (i < s.size() && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X' || s[i] == 'L' || s[i] == 'C')) ++i;
  if (i == 0) return false;
  return i == s.size() || !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                            static_cast<unsigned char>(s[i]) >= 0x80);
}

}  // namespace

std::vector<char> break_opportunities(const std::string& s) {
  std::vector<char> allowed(s.size() + 1, 0);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  // UTF-16 index → UTF-8 offset.
  std::vector<int32_t> off(static_cast<size_t>(u.length()) + 1, static_cast<int32_t>(s.size()));
  {
    int32_t i8 = 0, i16 = 0;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t n = static_cast<int32_t>(s.size());
    while (i8 < n && i16 < u.length()) {
      off[static_cast<size_t>(i16)] = i8;
      UChar32 c;
      U8_NEXT(p, i8, n, c);
      if (c < 0) c = 0xFFFD;
      i16 += U16_LENGTH(c);
      if (i16 <= u.length() && U16_LENGTH(c) == 2) off[static_cast<size_t>(i16 - 1)] = i8;
    }
  }
  icu::BreakIterator* it = line_iterator();
  if (!it) {  // no ICU data: spaces only
    for (size_t i = 1; i < s.size(); ++i) allowed[i] = s[i - 1] == ' ' && s[i] != ' ';
    return allowed;
  }
  it->setText(u);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    if (b > 0 && b < u.length()) allowed[static_cast<size_t>(off[static_cast<size_t>(b)])] = 1;

  // Tailoring.
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 1; i < n; ++i) {
    if (!allowed[static_cast<size_t>(i)]) continue;
    int32_t j = i;
    UChar32 prev;
    U8_PREV(p, 0, j, prev);
    int32_t k = i;
    UChar32 next;
    U8_NEXT(p, k, n, next);
    if (is_joiner(prev) && !is_space(next)) {
      allowed[static_cast<size_t>(i)] = 0;
      continue;
    }
    if (is_space(prev)) {
      // The word before the space run.
      int32_t e = j;
      while (e > 0 && s[static_cast<size_t>(e - 1)] == ' ') --e;
      int32_t b = e;
      while (b > 0 && s[static_cast<size_t>(b - 1)] != ' ') --b;
      int bind = binds_number(std::string_view(s).substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
      if (bind > 0 && starts_number(std::string_view(s).substr(static_cast<size_t>(i))))
        allowed[static_cast<size_t>(i)] = bind == 2 ? 0 : 2;
    }
  }
  return allowed;
}

size_t line_start_after(const std::vector<KPItem>& items, size_t b) {
  size_t i = b + 1;
  while (i < items.size() && items[i].type != KPItem::Type::box && !(items[i].type == KPItem::Type::penalty && items[i].penalty <= -kInfPenalty))
    ++i;
  return i;
}

namespace {

bool is_break(const std::vector<KPItem>& items, size_t i) {
  const KPItem& it = items[i];
  if (it.type == KPItem::Type::penalty) return it.penalty < kInfPenalty;
  if (it.type == KPItem::Type::glue) return it.breakable && i > 0 && items[i - 1].type == KPItem::Type::box;
  return false;
}

struct Active {
  size_t pos;  // break index (or SIZE_MAX for the paragraph start)
  size_t line;
  int fitness;
  double demerits;
  int prev;  // index into nodes
};

}  // namespace

std::vector<size_t> total_fit(const std::vector<KPItem>& items, double first_width, double width, double tolerance) {
  const size_t n = items.size();
  std::vector<double> sw(n + 1, 0), sy(n + 1, 0), sz(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    sw[i + 1] = sw[i] + (items[i].type == KPItem::Type::penalty ? 0 : items[i].width);
    sy[i + 1] = sy[i] + (items[i].type == KPItem::Type::glue ? items[i].stretch : 0);
    sz[i + 1] = sz[i] + (items[i].type == KPItem::Type::glue ? items[i].shrink : 0);
  }
  std::vector<Active> nodes;
  nodes.push_back({SIZE_MAX, 0, 1, 0, -1});
  std::vector<int> active = {0};
  constexpr double kLinePenalty = 10;
  for (size_t b = 0; b < n; ++b) {
    if (!is_break(items, b)) continue;
    const bool forced = items[b].type == KPItem::Type::penalty && items[b].penalty <= -kInfPenalty;
    double best[4];
    int best_from[4];
    for (int f = 0; f < 4; ++f) best[f] = std::numeric_limits<double>::infinity(), best_from[f] = -1;
    std::vector<int> keep;
    for (int a : active) {
      const Active& A = nodes[static_cast<size_t>(a)];
      size_t start = A.pos == SIZE_MAX ? 0 : line_start_after(items, A.pos);
      if (start > b) { keep.push_back(a); continue; }
      double L = A.line == 0 ? first_width : width;
      double natural = sw[b] - sw[start] + (items[b].type == KPItem::Type::penalty ? items[b].width : 0);
      double r;
      if (natural < L) {
        double y = sy[b] - sy[start];
        r = y > 0 ? (L - natural) / y : std::numeric_limits<double>::infinity();
      } else if (natural > L) {
        double z = sz[b] - sz[start];
        r = z > 0 ? (L - natural) / z : -std::numeric_limits<double>::infinity();
      } else {
        r = 0;
      }
      if (r >= -1 && (r <= tolerance || (forced && std::isinf(r) && false))) {
        double bad = 100 * std::pow(std::abs(r), 3);
        double p = items[b].type == KPItem::Type::penalty ? items[b].penalty : 0;
        double d = std::pow(kLinePenalty + bad, 2);
        if (p > 0) d += p * p;
        else if (p > -kInfPenalty) d -= p * p;
        int fit = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
        if (std::abs(fit - A.fitness) > 1) d += 3000;
        d += A.demerits;
        if (d < best[fit]) best[fit] = d, best_from[fit] = a;
      }
      if (r < -1 || forced) continue;  // this line can only get longer: the node is done
      keep.push_back(a);
    }
    active = std::move(keep);
    for (int f = 0; f < 4; ++f) {
      if (best_from[f] < 0) continue;
      const Active& from = nodes[static_cast<size_t>(best_from[f])];
      nodes.push_back({b, from.line + 1, f, best[f], best_from[f]});
      active.push_back(static_cast<int>(nodes.size() - 1));
    }
    if (active.empty()) return {};
  }
  // The best node at the final break.
  int best = -1;
  for (int a : active)
    if (nodes[static_cast<size_t>(a)].pos == n - 1 &&
        (best < 0 || nodes[static_cast<size_t>(a)].demerits < nodes[static_cast<size_t>(best)].demerits))
      best = a;
  if (best < 0) return {};
  std::vector<size_t> out;
  for (int a = best; a > 0; a = nodes[static_cast<size_t>(a)].prev) out.push_back(nodes[static_cast<size_t>(a)].pos);
  return {out.rbegin(), out.rend()};
}

std::vector<size_t> first_fit(const std::vector<KPItem>& items, double first_width, double width) {
  std::vector<size_t> out;
  const size_t n = items.size();
  double natural = 0;
  size_t last = SIZE_MAX, last_hard = SIZE_MAX;  // hard: a discouraged break, for when nothing else fits
  size_t i = 0;
  auto cut = [&](size_t at) {  // ends a line at `at`; the next starts after it
    out.push_back(at);
    natural = 0;
    last = last_hard = SIZE_MAX;
    i = line_start_after(items, at);
  };
  while (i < n) {
    const double L = out.empty() ? first_width : width;
    const bool fits = natural <= L + 1e-6;
    if (is_break(items, i)) {
      const KPItem& it = items[i];
      const bool forced = it.type == KPItem::Type::penalty && it.penalty <= -kInfPenalty;
      if (it.type == KPItem::Type::penalty && it.penalty >= kDiscouraged) {
        if (fits) last_hard = i;
      } else if (!fits && (last != SIZE_MAX || last_hard != SIZE_MAX)) {
        cut(last != SIZE_MAX ? last : last_hard);
        continue;
      } else if (forced || !fits) {  // the end, or a lone box wider than the line
        cut(i);
        continue;
      } else {
        last = i;
      }
    }
    if (items[i].type != KPItem::Type::penalty) natural += items[i].width;
    ++i;
  }
  if (out.empty() || out.back() != n - 1) out.push_back(n - 1);
  return out;
}

}  // namespace vanban::render
