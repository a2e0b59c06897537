// Debris of a Word copy (pipeline/text/clean.cpp, mark_debris): runs of lines of one stray character
// each are not the document's words, told with a text.debris warning; a form's column labels and a
// column of numbers are kept.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using parse_test::find;
using parse_test::parse_doc;

namespace {

bool has_line(const Text& t, const std::string& s) {
  return std::any_of(t.lines.begin(), t.lines.end(), [&](const TextLine& l) { return l.text == s; });
}

int debris_warnings(const std::vector<Diagnostic>& ds) {
  return static_cast<int>(std::count_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.code == "text.debris"; }));
}

}  // namespace

TEST_CASE("text debris: a run of stray one-character lines is dropped with a warning", "[text][debris]") {
  const Text t = load_text("1. Trường hợp vi phạm hành chính về an toàn thực phẩm\nh\nh\n0\nÖ\nh\nª\n"
                           "3bố công khai bao gồm cá nhân, tổ chức vi phạm.\n",
                           "t.txt");
  CHECK_FALSE(has_line(t, "h"));
  CHECK_FALSE(has_line(t, "Ö"));
  CHECK(has_line(t, "3bố công khai bao gồm cá nhân, tổ chức vi phạm."));
  REQUIRE(debris_warnings(t.diagnostics) == 1);
  const auto w = std::find_if(t.diagnostics.begin(), t.diagnostics.end(), [](const Diagnostic& d) { return d.code == "text.debris"; });
  CHECK(w->line == 2);
  CHECK(w->message == "6 lines of one stray character each are not read as the document's words");
}

TEST_CASE("text debris: form column labels, numbers and a short run stay", "[text][debris]") {
  // (QĐ 12/2001/QĐ-BTC's report forms: "A", "B", "C" over "1", "2", "3")
  const Text t = load_text("Chỉ tiêu\nA\nB\nC\n1\n2\n3\nTổng cộng\nx\ny\nz\nHết\n", "t.txt");
  CHECK(has_line(t, "A"));
  CHECK(has_line(t, "2"));
  CHECK(has_line(t, "x"));  // three in a row: too few to be debris
  CHECK(debris_warnings(t.diagnostics) == 0);
}

TEST_CASE("text debris: Luật 15/2012 Điều 72's clause holds no stray letters", "[text][debris][corpus]") {
  const Document d = parse_doc("luat-15-2012-qh13-xu-ly-vi-pham-hanh-chinh");
  CHECK(debris_warnings(d.diagnostics) == 1);
  const Provision* p = find(d.provisions, "part_2__chp_III__sec_2__art_72__para_1");
  REQUIRE(p);
  CHECK(p->text.find(" h h ") == std::string::npos);
  CHECK(p->text.find("Ö") == std::string::npos);
}
