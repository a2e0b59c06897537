// Line breaking of one paragraph: where breaks are allowed (ICU's line
// rules, tailored for Vietnamese legal text) and which of them to take
// (total-fit, Knuth & Plass 1981).
#pragma once

#include <string>
#include <vector>

namespace vanban::render {

// allowed[i] (i a byte offset of utf8, 0..size) is 1 when a line may
// start at byte i, 2 when it may but should not (see breaks.cpp), else 0. ICU's UAX #14 rules, minus: breaks after '/' or '-'
// inside a token (47/NQ-HĐND, 59/2023/NĐ-CP, 30/6/2025), and the break
// between Điều/Khoản/Điểm/Chương/Mục/Phần/số/ngày/tháng/năm and the number
// that follows it. U+FFFC stands for an inline object.
std::vector<char> break_opportunities(const std::string& utf8);

struct KPItem {
  enum class Type : unsigned char { box, glue, penalty } type = Type::box;
  double width = 0, stretch = 0, shrink = 0;
  double penalty = 0;     // penalty items: cost; <= -1e4 forces, >= 1e4 forbids
  bool breakable = true;  // glue: a line may end here
};

constexpr double kInfPenalty = 10000;
constexpr double kDiscouraged = 1000;  // a break taken only when nothing else fits

// Total-fit breaking: indices of the items where lines end (a glue or a
// penalty; the last one is the final forced penalty), or empty when no
// breaking keeps every line's adjustment ratio within [-1, tolerance].
// line_width(k) is the measure of line k (0-based).
std::vector<size_t> total_fit(const std::vector<KPItem>& items, double first_width, double width, double tolerance);

// First-fit breaking (ragged text, and the last resort): never fails;
// a box wider than the measure gets a line of its own.
std::vector<size_t> first_fit(const std::vector<KPItem>& items, double first_width, double width);

// The index of the first item of the line that follows a break at b.
size_t line_start_after(const std::vector<KPItem>& items, size_t b);

}  // namespace vanban::render
