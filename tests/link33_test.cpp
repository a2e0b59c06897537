// Link, session 33: a ministry's own departments and units named with the ministry, as the gold files
// write them (QĐ 836/QĐ-BXD, QĐ 173/QĐ-BTP, QĐ 6556/QĐ-BYT, held-out QĐ 1215/QĐ-BNN-TCCB).
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link33: a ministry's departments are the ministry's", "[link][link33]") {
  const std::string bnn = "Bộ Nông nghiệp và Phát triển nông thôn";
  // QĐ 1215/QĐ-BNN-TCCB Điều 3.8, abridged: a list after "Các vụ:" names each department by its field
  Document d = one(bnn,
                   "Các vụ: Hợp tác quốc tế, Kế hoạch, Tài chính và các cơ quan, đơn vị liên quan thuộc Bộ sẽ thực "
                   "hiện chức năng quản lý nhà nước về các dự án, chương trình ODA.");
  CHECK(has(d, "Vụ Hợp tác quốc tế " + bnn, Role::lead));
  CHECK(has(d, "Vụ Kế hoạch " + bnn, Role::lead));
  CHECK(has(d, "Vụ Tài chính " + bnn, Role::lead));
  // ("thuộc Bộ": the issuer, as "Chánh Văn phòng Bộ" is)
  CHECK(has(d, "Các cơ quan, đơn vị liên quan thuộc " + bnn, Role::lead));
  // an office heading a department, and a department whose name has a lower-case "bộ" of its own
  Document e = one("Bộ Tư pháp",
                   "Vụ trưởng Vụ Tổ chức cán bộ, Cục trưởng Cục Trợ giúp pháp lý chịu trách nhiệm thi hành Quyết "
                   "định này.");
  CHECK(has(e, "Vụ trưởng Vụ Tổ chức cán bộ Bộ Tư pháp", Role::lead));
  CHECK(has(e, "Cục trưởng Cục Trợ giúp pháp lý Bộ Tư pháp", Role::lead));
}

TEST_CASE("link33: not a department of the issuing ministry", "[link][link33]") {
  // a name that says its ministry keeps it; "các Bộ" are many ministries, not the issuer
  Document d = one("Bộ Tư pháp",
                   "Vụ Pháp chế Bộ Y tế chủ trì thực hiện. Các Bộ phối hợp thực hiện. Vụ Pháp chế - Ủy ban Dân tộc "
                   "phối hợp thực hiện.");
  CHECK(has(d, "Vụ Pháp chế Bộ Y tế", Role::lead));
  CHECK_FALSE(has(d, "Vụ Pháp chế Bộ Y tế Bộ Tư pháp", Role::lead));
  CHECK(has(d, "Các Bộ", Role::coordinate));
  CHECK_FALSE(has(d, "Vụ Pháp chế - Ủy ban Dân tộc Bộ Tư pháp", Role::coordinate));
  // a general department's office in the provinces (before 2025) is the province's, not the ministry's
  Document e = one("Bộ Tài chính",
                   "Cục Thuế có trách nhiệm hướng dẫn các doanh nghiệp. Cục trưởng Cục Hải quan chủ trì thực hiện.");
  CHECK(has(e, "Cục Thuế", Role::lead));
  CHECK(has(e, "Cục trưởng Cục Hải quan", Role::lead));
  // a joint circular names no one ministry
  Document f = one("Bộ Tài chính - Bộ Công Thương", "Cục Hóa chất chủ trì thực hiện.");
  CHECK(has(f, "Cục Hóa chất", Role::lead));
  // nor a text of the Government
  Document g = one("Chính phủ", "Cục Hóa chất chủ trì thực hiện.");
  CHECK(has(g, "Cục Hóa chất", Role::lead));
}

TEST_CASE("link33: offices listed as what a vote is taken on are no one told to act", "[link][link33]") {
  // NQ 96/2023/QH15 Điều 2.1, abridged: the Quốc hội takes the vote, the offices listed are its objects
  Document d = linked_doc("Quốc hội", "Nghị quyết",
                          {prov("art_2__para_1", "Quốc hội lấy phiếu tín nhiệm đối với những người giữ các chức vụ sau đây:",
                                {prov("art_2__para_1__point_a", "Chủ tịch nước, Phó Chủ tịch nước;"),
                                 prov("art_2__para_1__point_b",
                                      "Chủ tịch Quốc hội, Phó Chủ tịch Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội;"),
                                 prov("art_2__para_1__point_c", "Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ, Bộ trưởng.")})});
  CHECK(has(d, "Quốc hội", Role::lead));
  CHECK(on(d, "art_2__para_1__point_b").empty());
  CHECK(on(d, "art_2__para_1__point_c").empty());
  // a list of bodies after "đối với" that are told to act keeps their entries
  Document e = linked_doc("Ủy ban nhân dân tỉnh Lào Cai", "Kế hoạch",
                          {prov("para_1", "Giao nhiệm vụ đối với các cơ quan sau đây:",
                                {prov("para_1__point_a", "Sở Tư pháp chủ trì thực hiện;"),
                                 prov("para_1__point_b", "Sở Tài chính chủ trì thẩm định.")})});
  CHECK(has(e, "Sở Tư pháp tỉnh Lào Cai", Role::lead));
  CHECK(has(e, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link33: the body whose session it is is a time, not an actor", "[link][link33]") {
  // NQ 96/2023/QH15 Điều 10.4, abridged: before, "Quốc hội, Ủy ban Thường vụ Quốc hội" were read as one list
  // whose verb was "gửi", and neither got it
  Document d = one("Quốc hội",
                   "Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội, Ủy ban Thường vụ Quốc hội gửi báo cáo của "
                   "người được lấy phiếu tín nhiệm đến đại biểu Quốc hội.");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Ủy ban Thường vụ Quốc hội"});
  // bodies whose meeting it is, listed, are no subject of the next task in the list
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Kiểm tra các dự án đưa ra cuộc họp Ban Thường vụ, Ban Chấp hành, cập nhật vào cơ sở dữ liệu.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link33: whom a text applies to is no one told to act", "[link][link33]") {
  // NQ 39/2017/NQ-HĐND Trà Vinh, Điều 1 khoản 1
  Document d = linked_doc("Hội đồng nhân dân tỉnh Trà Vinh", "Nghị quyết",
                          {prov("art_1__para_1",
                                "Đối tượng áp dụng: Nghị quyết này áp dụng đối với Ủy ban nhân dân các cấp trong tỉnh; các "
                                "cơ quan, tổ chức, cá nhân có liên quan đến công tác quản lý nhà nước về thi hành pháp "
                                "luật xử lý vi phạm hành chính."),
                           prov("art_2", "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.")});
  CHECK(on(d, "art_1__para_1").empty());
  CHECK(has(d, "Ủy ban nhân dân tỉnh Trà Vinh", Role::lead));
  // its items that name a role are read as they say (NQ 16/2017 Bà Rịa - Vũng Tàu: "Đơn vị trực tiếp thu: …")
  Document e = linked_doc("Hội đồng nhân dân tỉnh Lào Cai", "Nghị quyết",
                          {prov("art_1__para_2", "Đối tượng áp dụng: Các cơ quan, tổ chức, cá nhân khác có liên quan, gồm:",
                                {prov("art_1__para_2__point_b", "Đơn vị trực tiếp thu: Thư viện tỉnh Lào Cai.")})});
  CHECK(has(e, "Thư viện tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link33: a body paid a rate after its label is no one told to act", "[link][link33]") {
  // NQ 56/2017/NQ-HĐND Gia Lai, Điều 1 khoản 2 điểm b
  Document d = one("Hội đồng nhân dân tỉnh Gia Lai",
                   "Ban quản lý cấp xã thực hiện các chương trình mục tiêu quốc gia: 4.000.000 đồng/Ban quản lý/năm.");
  CHECK(d.assignments.empty());
  // a task after the colon stays one
  Document e = one("Ủy ban nhân dân tỉnh Gia Lai",
                   "Ban quản lý cấp xã thực hiện các nội dung sau: lập kế hoạch đầu tư trước ngày 30/6/2018.");
  CHECK(has(e, "Ban quản lý cấp xã", Role::lead));
}
