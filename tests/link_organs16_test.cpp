// Link stage: the organs and role-holders of a private body (a hợp tác xã's boards and their heads),
// assigned when given a duty by the README's ruling (the organs16 session) — each on the real corpus
// sentence, with a near reading.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link organs16: the head of a board is named with the board") {
  // Luật Hợp tác xã 18/2003/QH11, Điều 28 khoản 2
  Document d = one("Quốc hội", "Trưởng Ban quản trị hợp tác xã có các quyền và nhiệm vụ sau đây:", "Luật");
  CHECK(mention_of(d, "Trưởng Ban quản trị hợp tác xã", Role::lead) == "Trưởng Ban quản trị hợp tác xã");
  CHECK(!has(d, "Trưởng Ban", Role::lead));
  // near reading: the supervisory board's head, its verb right after the board's name
  Document e = one("Quốc hội", "Trưởng Ban kiểm soát triệu tập cuộc họp của Ban kiểm soát.", "Luật");
  CHECK(has(e, "Trưởng Ban kiểm soát", Role::lead));
}
