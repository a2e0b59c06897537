// Link stage: the readings of the span8 session (where a name ends, its place,
// lists of offices) — each on the real corpus sentence, with a near reading
// that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link span8: a collective ending in the issuer's bare level word is the issuer's place's") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình mục IV khoản 3.2
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Đến hết quý II năm 2004, tất cả các Sở, Ban ngành thành phố phải tiến hành xây dựng xong Quy chế "
                   "làm việc, qui định qui trình chuyển hồ sơ, xử lý, trình ký, trả lại bộ phận tiếp nhận và trả kết "
                   "quả.");
  CHECK(mention_of(d, "Các Sở, Ban ngành thành phố Cần Thơ", Role::lead) == "các Sở, Ban ngành thành phố");
  // QĐ 01/2025/QĐ-UBND Hà Nội Điều 4: the level word printed "Thành phố" is written as before a place's name
  Document h = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng UBND Thành phố; Giám đốc các Sở, Ban, ngành Thành phố chịu trách nhiệm thi hành "
                   "Quyết định này./.");
  CHECK(on(h, "para_1") == std::vector<std::string>{"lead Chánh Văn phòng Ủy ban nhân dân thành phố Hà Nội",
                                                    "lead Giám đốc các Sở, Ban, ngành thành phố Hà Nội"});
  // near readings: a list of places ("các huyện, thành phố"), a level ("cấp tỉnh") name no one place
  Document n = one("Ủy ban nhân dân tỉnh Tuyên Quang",
                   "Chủ tịch Uỷ ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(n, "Chủ tịch Ủy ban nhân dân các huyện, thành phố", Role::lead));
  Document c = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Chủ tịch Ủy ban nhân dân các quận, huyện, thành phố chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(c, "Chủ tịch Ủy ban nhân dân các quận, huyện, thành phố", Role::lead));
  // (QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 22 khoản 1 điểm c)
  Document l = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm phê duyệt quyết toán dự án hoàn thành (trừ các "
                   "dự án được phân cấp cho Sở Tài chính).");
  CHECK(has(l, "Chủ tịch Ủy ban nhân dân cấp tỉnh", Role::lead));
}
