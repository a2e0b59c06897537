// Vietnamese line breaking: ICU's opportunities minus breaks inside document
// numbers and dates and between Điều/Khoản/… and their number.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "breaks.h"

using vanban::render::break_opportunities;

namespace {

// The text split where a line may start (1) or start only if nothing else fits (2 marked with '¦').
std::string show(const std::string& s) {
  std::vector<char> a = break_opportunities(s);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && a[i] == 1) out += "|";
    if (i > 0 && a[i] == 2) out += "¦";
    out += s[i];
  }
  return out;
}

}  // namespace

TEST_CASE("render: no break inside document numbers and dates", "[render]") {
  CHECK(show("Nghị quyết số 47/NQ-HĐND ngày 30/6/2025") == "Nghị |quyết |số 47/NQ-HĐND |ngày ¦30/6/2025");
  CHECK(show("Nghị định 59/2023/NĐ-CP; Quyết định 1234/QĐ-UBND") ==
        "Nghị |định |59/2023/NĐ-CP; |Quyết |định |1234/QĐ-UBND");
}

TEST_CASE("render: Điều, Khoản, Chương stay with their number", "[render]") {
  CHECK(show("theo Điều 5 và khoản 2 Điều 7, Chương IV") == "theo |Điều 5 |và |khoản 2 |Điều 7, |Chương IV");
  // Not a number after the word: an ordinary break.
  CHECK(show("Điều này") == "Điều |này");
}

TEST_CASE("render: spaced dashes still break", "[render]") {
  CHECK(show("kinh tế - xã hội") == "kinh |tế |- |xã |hội");
}
