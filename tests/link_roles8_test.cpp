// Link stage: powers stated as competence or award, and procedural checks
// that are no oversight (the roles8 session) — each on the real corpus
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles8: a competence stated with 'có thẩm quyền' is a power, no task") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 8 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền quyết định đầu tư các dự án quy định tại khoản 3 "
                   "Điều 38 Luật Đầu tư công số 58/2024/QH15 được sửa đổi bởi điểm c khoản 17 Điều 7 Luật số "
                   "90/2025/QH15.",
                   "Quyết định");
  CHECK(d.assignments.empty());
  // near reading: a competence that comes with a duty (QĐ 70/2024/QĐ-UBND Hà Nội Điều 6)
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở quản lý ngành, lĩnh vực có thẩm quyền, trách nhiệm hiệp thương giá đối với hàng hóa, dịch vụ "
                   "thuộc lĩnh vực, phạm vi quản lý.",
                   "Quyết định");
  CHECK(mention_of(e, "Sở quản lý ngành, lĩnh vực", Role::lead) == "Sở quản lý ngành, lĩnh vực");
  // near reading: the competent court listed with bodies whose verb is a duty (Luật 15/2012/QH13 Điều 17 khoản 6)
  Document f = one("Quốc hội",
                   "Cơ quan của người có thẩm quyền xử phạt vi phạm hành chính, Tòa án nhân dân có thẩm quyền xem "
                   "xét, quyết định các biện pháp xử lý hành chính, cơ quan thi hành quyết định xử phạt, thi hành "
                   "quyết định cưỡng chế thi hành quyết định xử phạt, cơ quan thi hành các quyết định áp dụng các "
                   "biện pháp xử lý hành chính có trách nhiệm gửi văn bản, quyết định quy định tại Điều 70 tới cơ "
                   "quan quản lý cơ sở dữ liệu về xử lý vi phạm hành chính của Bộ Tư pháp, cơ quan tư pháp địa "
                   "phương.",
                   "Luật");
  CHECK(has(f, "Tòa án nhân dân", Role::lead));
}

TEST_CASE("link roles8: 'xét, tặng thưởng' decides an award, 'xét, đề nghị' proposes one") {
  // QĐ 35/2024/QĐ-UBND Hà Nội, Quy chế Điều 3 khoản 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Ủy ban nhân dân Thành phố xét, tặng thưởng danh hiệu “Công dân Thủ đô ưu tú” không quá 10 cá nhân "
                   "trong 01 năm.",
                   "Quyết định");
  CHECK(d.assignments.empty());
  // near reading: reviewing and proposing upwards is the lower body's task
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Nội vụ xét, đề nghị Ủy ban nhân dân Thành phố tặng thưởng danh hiệu.", "Quyết định");
  CHECK(has(e, "Sở Nội vụ thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles8: a dossier checked on receipt is a step of the procedure, not oversight") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 13 khoản 3
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan chủ trì thẩm định có trách nhiệm tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ trình "
                   "thẩm định theo quy định khoản 5 Điều 15 Nghị định số 175/2024/NĐ-CP.",
                   "Quyết định");
  CHECK(has(d, "Cơ quan chủ trì thẩm định", Role::lead));
  CHECK_FALSE(has(d, "Cơ quan chủ trì thẩm định", Role::supervise));
  // near reading: checking others' carrying out is oversight
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Xây dựng có trách nhiệm hướng dẫn, kiểm tra các đơn vị thực hiện Quy định này.", "Quyết định");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
}

TEST_CASE("link roles8: 'chỉ' before the duty belongs to the predicate, not to the name") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 13 khoản 9 điểm a
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trình tự thẩm định thực hiện theo quy định tại Điều 19 Nghị định số 175/2024/NĐ-CP. Chủ đầu tư chỉ "
                   "cần thực hiện trình thẩm định một (01) lần tại cơ quan chuyên môn xây dựng.",
                   "Quyết định");
  CHECK(mention_of(d, "Chủ đầu tư", Role::lead) == "Chủ đầu tư");
  // near reading: "chứng chỉ" is a noun inside the description
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan cấp chứng chỉ phải công khai danh sách trên trang thông tin điện tử.", "Quyết định");
  REQUIRE_FALSE(e.assignments.empty());
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("chứng chỉ") != std::string::npos);
}

TEST_CASE("link roles8: an office before a state-owned company is one name with it") {
  // QĐ 04/2025/QĐ-UBND Hà Nội, Điều 3 khoản 2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các sở, ban, ngành Thành phố; Chủ tịch Ủy ban "
                   "nhân dân các quận, huyện, thị xã; Tổng giám đốc Quỹ Đầu tư phát triển Thành phố; Tổng Giám đốc Tổng "
                   "Công ty Điện lực thành phố Hà Nội; Tổng Giám đốc Công ty TNHH một thành viên nước sạch Hà Nội; Tổng "
                   "Giám đốc Công ty TNHH một thành viên nước sạch Hà Đông và Thủ trưởng các cơ quan liên quan chịu "
                   "trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(mention_of(d, "Tổng Giám đốc Tổng Công ty Điện lực thành phố Hà Nội", Role::lead) ==
        "Tổng Giám đốc Tổng Công ty Điện lực thành phố Hà Nội");
  CHECK(mention_of(d, "Tổng Giám đốc Công ty trách nhiệm hữu hạn một thành viên nước sạch Hà Đông", Role::lead) ==
        "Tổng Giám đốc Công ty TNHH một thành viên nước sạch Hà Đông");
  CHECK(has(d, "Tổng Giám đốc Công ty trách nhiệm hữu hạn một thành viên nước sạch Hà Nội", Role::lead));
  CHECK(has(d, "Thủ trưởng các cơ quan liên quan", Role::lead));
  CHECK(d.assignments.size() == 8);
  // a company alone is no acting body here: "Công ty đó" is the taxpayer (TT 99/1998/TT-BTC)
  Document e = one("Bộ Tài chính", "Công ty đó có trách nhiệm kê khai, nộp thuế theo quy định.", "Thông tư");
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("Công ty") == std::string::npos);
}

TEST_CASE("link roles8: a duties heading gives its body one entry, not its clauses' other roles") {
  // the guide: a provision that names the body over children listing its duties gets one
  // entry (NĐ 36/2015 Điều 9, shared gold: lead only, though clause 2 says "Thanh tra,
  // kiểm tra việc thực hiện …"); QĐ 16/2026 Lào Cai Điều 24: "Trách nhiệm Công an tỉnh"
  Document d = headed("Ủy ban nhân dân tỉnh Lào Cai", "Quyết định", "Trách nhiệm Công an tỉnh",
                      "Phối hợp với Sở Công Thương kiểm tra, giám sát việc thực hiện các quy định về an ninh trật tự "
                      "trong cụm công nghiệp.");
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::lead));
  CHECK_FALSE(has(d, "Công an tỉnh Lào Cai", Role::supervise));
  CHECK_FALSE(has(d, "Công an tỉnh Lào Cai", Role::coordinate));
}
