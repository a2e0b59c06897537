// Link stage (session 24, ministries' decisions and letters): the heads of a ministry's units named
// together ("Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ").
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
// an entry for `agency` (its full name) with role r
bool assigned(const Document& d, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.role == r && a.agency == agency) return true;
  return false;
}
// an entry whose mention opens with `words`, with role r
bool mentioned(const Document& d, const std::string& words, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.role == r && a.mention.rfind(words, 0) == 0) return true;
  return false;
}
}  // namespace

TEST_CASE("link ministry24: Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ are two offices", "[link][ministry24]") {
  // QĐ 1227/QĐ-BYT (2025) Điều 5, the closing article of a ministry's decision
  Document d = one("Bộ Y tế",
                   "Các Ông/Bà: Chánh Văn phòng Bộ Y tế, Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Y tế, Giám "
                   "đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương và Thủ trưởng các đơn vị liên quan chịu "
                   "trách nhiệm thi hành quyết định này./.",
                   "Quyết định");
  CHECK(assigned(d, "Vụ trưởng các Vụ trực thuộc Bộ Y tế", Role::lead));
  CHECK(assigned(d, "Cục trưởng các Cục trực thuộc Bộ Y tế", Role::lead));
  CHECK(mentioned(d, "Chánh Văn phòng Bộ Y tế", Role::lead));
  CHECK(mentioned(d, "Giám đốc Sở Y tế", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng các đơn vị liên quan", Role::lead));
  // heads and units that do not pair one to one stay as printed
  Document e = one("Bộ Y tế",
                   "Vụ trưởng, Cục trưởng các Cục trực thuộc Bộ Y tế chịu trách nhiệm thi hành quyết định này.",
                   "Quyết định");
  CHECK_FALSE(assigned(e, "Vụ trưởng các Vụ trực thuộc Bộ Y tế", Role::lead));
}
