// Link stage: a participle qualifier inside a described body's name ("được
// giao …", "chủ trì thẩm định") says which body acts; the verb after it is the
// clause's own (the roles9 session) — each on the real corpus sentence, with a
// near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles9: the head of a body 'được giao' a task is named with that task") {
  // NQ 22/2017/NQ-HĐND Đắk Lắk, Điều 1 khoản 2 điểm a
  Document d = one("Hội đồng nhân dân tỉnh Đắk Lắk",
                   "Tùy theo quy mô, tính chất của cuộc Điều tra thống kê, Ủy ban nhân dân tỉnh quy định mức khoán cụ "
                   "thể cho cơ quan, đơn vị được giao khoán. Thủ trưởng cơ quan, đơn vị được giao khoán quy định nội "
                   "dung và mức chi trong phạm vi kinh phí được giao khoán để đảm bảo thực hiện nhiệm vụ.",
                   "Nghị quyết");
  CHECK(mention_of(d, "Thủ trưởng cơ quan, đơn vị được giao khoán", Role::lead) ==
        "Thủ trưởng cơ quan, đơn vị được giao khoán");
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 5 khoản 2
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư tổ chức lập, thẩm định, phê "
                   "duyệt dự toán nhiệm vụ chuẩn bị đầu tư đối với dự án đầu tư công không có cấu phần xây dựng thuộc "
                   "thẩm quyền quyết định đầu tư của Chủ tịch Ủy ban nhân dân tỉnh.",
                   "Quyết định");
  CHECK(mention_of(e, "Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư", Role::lead) ==
        "Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư");
  // near reading: a reference after the noun is no task ("quy định tại …"), nor a rule in force
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Thủ trưởng cơ quan, đơn vị được giao khoán quy định tại khoản 2 Điều này được hưởng mức chi.",
                   "Quyết định");
  CHECK(f.assignments.empty());
}

TEST_CASE("link roles9: 'được giao nhiệm vụ' then a task joined by 'và phải' to a duty: two predicates") {
  // QĐ 03/2025/QĐ-UBND Hà Nội, Điều 10 khoản 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trường hợp trong năm phát sinh nhiệm vụ quy hoạch và nhu cầu bổ sung kinh phí thực hiện, cơ "
                   "quan, đơn vị được giao nhiệm vụ thực hiện lập danh mục và phải đảm bảo hồ sơ tài liệu theo quy "
                   "định tại khoản 1, khoản 2 Điều này.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan, đơn vị được giao nhiệm vụ", Role::lead) == "cơ quan, đơn vị được giao nhiệm vụ");
  // near reading: the task given, then the clause's own verb (QĐ 11/2026/QĐ-UBND Lào Cai)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư tổ chức lập, thẩm định dự toán.", "Quyết định");
  CHECK(mention_of(e, "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư", Role::lead) ==
        "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư");
}

TEST_CASE("link roles9: 'cơ quan chủ trì thẩm định' is a role, a reference after it is no part of the name") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 13 khoản 8
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sau khi chủ đầu tư thực hiện giải trình bằng văn bản và hoàn thiện các nội dung yêu cầu chỉnh "
                   "sửa theo thông báo kết quả thẩm định quy định tại khoản 7 Điều này, cơ quan chủ trì thẩm định "
                   "tại Điều 7 Quy định này trình người quyết định đầu tư phê duyệt dự án, quyết định đầu tư xây "
                   "dựng.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan chủ trì thẩm định", Role::lead) == "cơ quan chủ trì thẩm định");
  // near reading: "chủ trì" and its work with nothing after it is the predicate (no role named)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Các cơ quan, đơn vị chủ trì tổ chức thực hiện kế hoạch.",
                   "Quyết định");
  CHECK(mention_of(e, "Các cơ quan, đơn vị", Role::lead) == "Các cơ quan, đơn vị");
}

TEST_CASE("link roles9: two roles listed as bodies, 'đơn vị chủ trì, đơn vị phối hợp', both act") {
  // QĐ 36/2025/QĐ-UBND Hà Nội, Quy chế Điều 8 khoản 2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Đơn vị chủ trì, đơn vị phối hợp thực hiện dịch vụ tự kiểm tra 100% khối lượng, chất lượng sản "
                   "phẩm và tiến độ thực hiện từng hạng mục công việc; các khoản chi liên quan đến dịch vụ.",
                   "Quyết định");
  CHECK(mention_of(d, "Đơn vị chủ trì", Role::lead) == "Đơn vị chủ trì");
  CHECK(mention_of(d, "Đơn vị phối hợp thực hiện dịch vụ", Role::lead) == "đơn vị phối hợp thực hiện dịch vụ");
  CHECK_FALSE(has(d, "Đơn vị chủ trì", Role::supervise));  // ("tự kiểm tra": its own check)
  // QĐ 36/2025/QĐ-UBND Hà Nội, Quy chế Điều 9 khoản 1
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thủ trưởng đơn vị chủ trì, đơn vị phối hợp có trách nhiệm tổ chức nghiệm thu cấp cơ sở; chịu "
                   "trách nhiệm trước Thủ trưởng cơ quan quản lý cấp trên và trước pháp luật về kết quả nghiệm thu.",
                   "Quyết định");
  CHECK(mention_of(e, "Thủ trưởng đơn vị chủ trì", Role::lead) == "Thủ trưởng đơn vị chủ trì");
}

TEST_CASE("link roles9: the body's remit after a head's collective ends its name") {
  // TT 09/2016/TT-BNNPTNT, Điều 3 (chương VI)
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Thủ trưởng các đơn vị thuộc Bộ Nông nghiệp và Môi trường, thủ trưởng các cơ quan, tổ "
                   "chức và cá nhân có liên quan trong phạm vi nhiệm vụ, quyền hạn được giao chịu trách nhiệm tổ chức "
                   "triển khai thực hiện các quy định tại Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan", Role::lead) ==
        "thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan");
}

TEST_CASE("link roles9: the unit a head hands work to ('giao đơn vị trực thuộc lập') acts, not an option of a duty") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 12 khoản 2
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đối với dự án thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân cấp xã: Chủ tịch Ủy ban "
                   "nhân dân cấp xã giao đơn vị trực thuộc thẩm định, phê duyệt thiết kế, dự toán dự án đối với dự án "
                   "không có cấu phần xây dựng.",
                   "Quyết định");
  CHECK(mention_of(d, "Đơn vị trực thuộc", Role::lead) == "đơn vị trực thuộc");
  // near reading: one of two ways the body may do its own duty (QĐ 10/2025/QĐ-UBND Hà Nội Điều 2 khoản 14)
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tổ chức thuê đơn vị bảo vệ chuyên nghiệp hoặc giao đơn vị trực thuộc thực hiện công tác bảo đảm an "
                   "ninh trật tự bằng nguồn vốn ngân sách Thành phố giao Ban Quản lý.",
                   "Quyết định");
  CHECK_FALSE(has(e, "Đơn vị trực thuộc", Role::lead));
}

TEST_CASE("link roles9: the head of the body 'nơi' it works names it, its power follows") {
  // CV 19046/BTC-TCHQ 2014, mục 5
  Document d = one("Bộ Tài chính",
                   "Đối với lô hàng có số lượng lớn, nhiều chủng loại hoặc việc kiểm tra phức tạp thì Thủ trưởng cơ "
                   "quan hải quan nơi làm thủ tục hải quan quyết định việc gia hạn thời gian kiểm tra thực tế hàng hóa, "
                   "thời gian gia hạn tối đa không quá 02 ngày.",
                   "Công văn");
  CHECK(d.assignments.empty());
}

TEST_CASE("link roles9: a body's condition then 'thì được' is a grant, a payment verb ends a name") {
  // NQ 69/2017/NQ-HĐND Điện Biên, Quy định Điều 13 khoản 1 điểm e
  Document d = one("Hội đồng nhân dân tỉnh Điện Biên",
                   "Trung tâm trực tiếp tổ chức dạy nghề thì được chi các nội dung: Khai giảng, bế giảng, cấp chứng "
                   "chỉ nghề; mua tài liệu, giáo trình học nghề.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
  // NQ 69/2017/NQ-HĐND Điện Biên, Quy định Điều 5 khoản 1
  Document e = one("Hội đồng nhân dân tỉnh Điện Biên",
                   "Trường hợp học viên không thuộc đối tượng này nhưng không còn thân nhân, Trung tâm thanh toán chi "
                   "phí khám bệnh, chữa bệnh theo mức bằng mức quỹ bảo hiểm y tế chi trả cho đối tượng thuộc hộ nghèo.",
                   "Nghị quyết");
  REQUIRE(e.assignments.size() == 1);
  CHECK(e.assignments[0].mention == "Trung tâm");
}
