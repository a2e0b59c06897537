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

TEST_CASE("link31: a role named as a clause's whole text labels its items, who hold it", "[link][link31]") {
  // NQ 32/2017/NQ-HĐND Trà Vinh Điều 1 khoản 3
  Document d = linked_doc("Hội đồng nhân dân tỉnh Trà Vinh", "Nghị quyết", {prov(
      "art_1__para_3", "Đơn vị thu lệ phí",
      {prov("art_1__para_3__point_a", "Sở Xây dựng."),
       prov("art_1__para_3__point_b", "Ủy ban nhân dân các huyện, thị xã, thành phố.")})});
  CHECK(has_on(d, "art_1__para_3__point_a", "Sở Xây dựng tỉnh Trà Vinh", Role::lead));
  CHECK(has_on(d, "art_1__para_3__point_b", "Ủy ban nhân dân các huyện, thị xã, thành phố", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.eid != "art_1__para_3");
  // items that say what they do keep their own entries; the label still gives none (NQ 27/2017 Trà Vinh)
  Document e = linked_doc("Hội đồng nhân dân tỉnh Trà Vinh", "Nghị quyết", {prov(
      "point_a", "Đơn vị thu lệ phí",
      {item_prov("point_a__item_1", "Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường thu lệ phí cấp Giấy "
                                    "chứng nhận đối với tổ chức."),
       item_prov("point_a__item_2", "Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố thu lệ phí cấp "
                                    "Giấy chứng nhận đối với hộ gia đình, cá nhân.")})});
  for (const Assignment& a : e.assignments) CHECK(a.eid != "point_a");
  CHECK(mentioned(e, "Văn phòng đăng ký đất đai", Role::lead));
  // a body named as a clause's topic keeps its entry: it is no role's label
  Document f = linked_doc("Ủy ban nhân dân tỉnh Trà Vinh", "Kế hoạch", {prov(
      "para_1", "Sở Tư pháp:",
      {prov("para_1__point_a", "Chủ trì tổ chức tuyên truyền Nghị quyết."),
       prov("para_1__point_b", "Hướng dẫn các địa phương thực hiện.")})});
  CHECK(has_on(f, "para_1", "Sở Tư pháp tỉnh Trà Vinh", Role::lead));
}
