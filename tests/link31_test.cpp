// Link, session 31: an inspection team's plan names its posts after their holders (held-out KH
// 1105/KH-ĐKT Lào Cai, batch 15): "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …".
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document team_plan() {
  return linked_doc("Sở Công Thương tỉnh Lào Cai", "Kế hoạch", {prov(
      "para_4", "Phân công nhiệm vụ",
      {prov("para_4__para_4.1", "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động "
                                "của Đoàn; chủ trì các buổi làm việc với đơn vị được kiểm tra."),
       prov("para_4__para_4.2", "Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra các nội dung "
                                "liên quan đến hồ sơ pháp lý."),
       prov("para_4__para_4.3", "Bà Vũ Thị Linh - Thư ký đoàn: Chịu trách nhiệm chính kiểm tra việc chấp hành quy "
                                "định của pháp luật; tổng hợp kết quả kiểm tra."),
       prov("para_4__para_4.4", "Ông. Bùi Việt Cường - Thành viên: Chịu trách nhiệm chính kiểm tra việc bảo quản vật "
                                "liệu nổ công nghiệp.")})});
}

}  // namespace

TEST_CASE("link31: a team's posts after their holders' title and name lead their duties", "[link][link31]") {
  const Document d = team_plan();
  CHECK(mention_of(d, "Trưởng đoàn", Role::lead) == "Trưởng đoàn");
  CHECK(has_on(d, "para_4__para_4.1", "Trưởng đoàn", Role::lead));
  CHECK(has_on(d, "para_4__para_4.2", "Phó Trưởng đoàn", Role::lead));
  CHECK(has_on(d, "para_4__para_4.3", "Thư ký đoàn", Role::lead));
  // a plain member is a person: no entry, and no name of a person read as a body
  for (const Assignment& a : d.assignments) {
    CHECK(a.eid != "para_4__para_4.4");
    CHECK(a.mention.find("Hoàng Văn Thuân") == std::string::npos);
  }
}

TEST_CASE("link31: the point after 'Ông' is no full stop, but a sentence's end still is", "[link][link31]") {
  // "… với Ông. Nguyễn Văn A" ends no sentence; a body's sentence after a real full stop stays its own
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Tư pháp làm việc với Ông. Nguyễn Văn A về hồ sơ. Sở Tài chính bố trí kinh phí thực hiện.");
  CHECK(has(d, "Sở Tư pháp tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link31: 'các đại biểu khác là 70.000 đồng' in a list of rates describes, no task", "[link][link31]") {
  // NQ 26/2017/NQ-HĐND Trà Vinh Điều 1 khoản 2
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Mức chi tiền họp ngoài giờ làm việc: Đối với người chủ trì cuộc họp là 100.000 đồng/người/buổi, các "
                   "đại biểu khác là 70.000 đồng/người/buổi.");
  CHECK(d.assignments.empty());
  // the council's members asked to oversee still are
  Document e = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Giao Thường trực Hội đồng nhân dân tỉnh và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực "
                   "hiện Nghị quyết.");
  CHECK(has(e, "Đại biểu Hội đồng nhân dân tỉnh Trà Vinh", Role::supervise));
}
