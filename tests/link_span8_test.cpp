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

TEST_CASE("link span8: a village head's office is complete, the next office in a list is another") {
  // QĐ 40/2025/QĐ-UBND Hà Nội Điều 2 khoản 1 (new Điều 4 khoản 3 điểm c)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Cơ quan có chức năng quản lý đất đai cấp xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã, "
                   "Trưởng thôn, Tổ trưởng tổ dân phố xây dựng và ban hành Kế hoạch tổ chức phát phiếu lấy ý kiến.");
  CHECK(mention_of(d, "Trưởng thôn", Role::coordinate) == "Trưởng thôn");
  CHECK(mention_of(d, "Tổ trưởng tổ dân phố", Role::coordinate) == "Tổ trưởng tổ dân phố");
}

TEST_CASE("link span8: a unit's name goes on in lower case up to the separator") {
  // QĐ 06/2025/QĐ-UBND Hà Nội Điều 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng UBND Thành phố, Giám đốc Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông, "
                   "các cơn quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(has(d, "Giám đốc Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông", Role::lead));
  // near reading: a registered name is whole, the verb after it is the clause's
  Document s = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch tổ chức các hoạt động.");
  CHECK(has(s, "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link span8: a title in capitals left from a signature block acts for no one") {
  // QĐ quy chế chi tiêu 2007 BQL KCN Bà Rịa - Vũng Tàu, Quy chế Điều 28
  Document d = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu",
                   "Thanh quyết toán các khoản tạm ứng kịp thời, đúng quy định (thời gian thanh toán tạm ứng không quá "
                   "07 ngày kể từ ngày hoàn tất công việc). TRƯỞNG BAN PAGE PAGE 16");
  CHECK(d.assignments.empty());
}
