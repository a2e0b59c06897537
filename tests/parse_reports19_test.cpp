// Parser: a government report in TCVN3 (Báo cáo kế hoạch 2005) whose section titles were set in a
// capitals font, so that they decode in lower case: "VI. một số cơ chế, chính sách …" after IV (the
// drafter skipped V) is section VI, not text of the clause before it.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"

using namespace vanban;

using parse_test::find;
using parse_test::parse_doc;

TEST_CASE("parse.reports19: a lower-case roman title goes on the sections already read", "[parse][corpus]") {
  const Document d = parse_doc("bao-cao-ke-hoach-2005-chinh-phu");
  const Provision* vi = find(d.provisions, "part_2__sec_VI");
  REQUIRE(vi);
  CHECK(vi->heading.value_or("").rfind("một số cơ chế, chính sách chủ yếu", 0) == 0);
  CHECK(find(d.provisions, "part_2__sec_VI__para_1"));
  // its text no longer runs on in the last clause of section IV
  const Provision* iv16 = find(d.provisions, "part_2__sec_IV__para_16");
  REQUIRE(iv16);
  CHECK(iv16->text.find("một số cơ chế, chính sách") == std::string::npos);
  // (the sections before it, printed with a capital, are read as before)
  const Provision* i = find(d.provisions, "part_2__sec_I");
  REQUIRE(i);
  CHECK(i->heading.value_or("").rfind("Vị trí, yêu cầu", 0) == 0);
}
