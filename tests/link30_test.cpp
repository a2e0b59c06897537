// Duties of a Government resolution's implementing article (held-out NQ 15/2026/NQ-CP): a run of checks
// that ends in handling breaches is the body's own enforcement (lead, with supervise for the checks), and
// "các Bộ ngành có các trách nhiệm sau:" over points that each open with their ministry is an umbrella.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link30: checks that end in handling breaches are the body's own work too", "[link][link30]") {
  Document d = one("Chính phủ",
                   "Bộ Y tế: Kiểm tra, theo dõi, giám sát, xử lý các hành vi vi phạm về đăng ký bản công bố sản phẩm.",
                   "Nghị quyết");
  CHECK(has(d, "Bộ Y tế", Role::lead));
  CHECK(has(d, "Bộ Y tế", Role::supervise));
  // the run may be long: the handling is still in it
  Document e = one("Chính phủ",
                   "Bộ Công Thương: Kiểm tra, rà soát, theo dõi, giám sát, xử lý vi phạm trong hoạt động kinh doanh thực phẩm.",
                   "Nghị quyết");
  CHECK(has(e, "Bộ Công Thương", Role::lead));
  // checking another's handling is oversight only
  Document f = one("Chính phủ", "Bộ Y tế kiểm tra việc xử lý vi phạm của các địa phương.", "Nghị quyết");
  CHECK(has(f, "Bộ Y tế", Role::supervise));
  CHECK_FALSE(has(f, "Bộ Y tế", Role::lead));
  // nor is a verb after the run's first word ("giám sát việc thực hiện và xử lý") read as the run
  Document g = one("Chính phủ", "Bộ Y tế giám sát việc thực hiện và xử lý kiến nghị.", "Nghị quyết");
  CHECK_FALSE(has(g, "Bộ Y tế", Role::lead));
}

TEST_CASE("link30: 'các Bộ ngành có các trách nhiệm sau' over points naming each ministry is an umbrella",
          "[link][link30]") {
  Document d = linked_doc(
      "Chính phủ", "Nghị quyết",
      {prov("para_2", "Ngoài trách nhiệm tại khoản 1 nêu trên, các Bộ ngành có các trách nhiệm sau:",
            {prov("para_2__point_a", "Bộ Y tế: Kiểm tra, xử lý các hành vi vi phạm về quảng cáo thực phẩm."),
             prov("para_2__point_b", "Bộ Văn hóa, Thể thao và Du lịch: Tăng cường quản lý hoạt động quảng cáo.")})});
  CHECK(has_on(d, "para_2__point_a", "Bộ Y tế", Role::lead));
  CHECK(has_on(d, "para_2__point_b", "Bộ Văn hóa, Thể thao và Du lịch", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.eid != "para_2");
  // the pair read as one collective where it has a task of its own
  Document e = one("Chính phủ", "Các Bộ ngành chủ động rà soát văn bản.", "Nghị quyết");
  CHECK(mentioned(e, "Các Bộ ngành", Role::lead));
}

namespace {

// CV 7103/UBND-TH Lào Cai's clause 2: the departments listed as items, then the duties they share.
Document listed_then_duties(std::string second_item) {
  return linked_doc("Ủy ban nhân dân tỉnh Lào Cai", "Công văn", {prov(
      "para_2",
      "Các sở quản lý nhà nước chuyên ngành về hạ tầng Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, "
      "lĩnh vực gồm: Có trách nhiệm:",
      {item_prov("para_2__item_1", "Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ tầng thương mại);"),
       item_prov("para_2__item_2", std::move(second_item)),
       prov("para_2__point_a", "Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà soát, thống kê tài sản."),
       prov("para_2__point_b", "Hướng dẫn, đôn đốc các cơ quan, đơn vị được giao quản lý tài sản thực hiện việc lập hồ sơ.")})});
}

}  // namespace

TEST_CASE("link30: bodies listed as items before the duties they share are the clause's", "[link][link30]") {
  Document d = listed_then_duties(
      "Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối với tài sản kết cấu hạ tầng khu kinh tế, khu "
      "công nghiệp thuộc phạm vi được giao quản lý).");
  for (const std::string agency : {"Sở Công Thương tỉnh Lào Cai", "Ban Quản lý Khu kinh tế tỉnh Lào Cai",
                                   "Ban Quản lý các khu công nghiệp tỉnh Lào Cai"}) {
    CHECK(has_on(d, "para_2", agency, Role::lead));
    CHECK(has_on(d, "para_2", agency, Role::supervise));  // point b: "đôn đốc"
  }
  for (const Assignment& a : d.assignments) {
    CHECK(a.eid.find("item") == std::string::npos);
    CHECK(fold_key(a.mention).rfind("các sở", 0) != 0);  // the collective the list spells out
  }
  CHECK(has_on(d, "para_2__point_a", "Các cơ quan, đơn vị, địa phương", Role::coordinate));
  // an item with a verb of its own is a task of its own: the list stays as it is
  Document e = listed_then_duties("Sở Xây dựng chủ trì rà soát tài sản kết cấu hạ tầng đô thị.");
  CHECK(has_on(e, "para_2__item_2", "Sở Xây dựng tỉnh Lào Cai", Role::lead));
  CHECK(has_on(e, "para_2__item_1", "Sở Công Thương tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link30: the bodies a clause lists take its own deadline with its entries", "[link][link30]") {
  Document d = linked_doc("Ủy ban nhân dân tỉnh Lào Cai", "Công văn", {prov(
      "para_2",
      "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm: Có trách nhiệm hoàn thành "
      "trước ngày 30/6/2026:",
      {item_prov("para_2__item_1", "Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);"),
       item_prov("para_2__item_2", "Sở Xây dựng (đối với tài sản kết cấu hạ tầng giao thông)."),
       prov("para_2__point_a", "Tổ chức rà soát, thống kê tài sản.")})});
  int dated = 0;
  for (const Assignment& a : d.assignments)
    if (a.eid == "para_2" && a.role == Role::lead) {
      CHECK(a.deadline == std::optional<std::string>("2026-06-30"));
      ++dated;
    }
  CHECK(dated == 2);
}

TEST_CASE("link30: items that name after a dash the body answering for them; the collective they spell out",
          "[link][link30]") {
  // CV 8388/BTC-QLCS, 3.a)
  Document d = linked_doc("Bộ Tài chính", "Công văn", {prov(
      "para_5__point_a",
      "Trong thời hạn 06 tháng, các bộ quản lý chuyên ngành thực hiện việc quy định, công bố danh mục tài sản kết cấu "
      "hạ tầng; cụ thể như sau:",
      {item_prov("para_5__point_a__item_1", "Tài sản kết cấu hạ tầng cụm công nghiệp; tài sản kết cấu hạ tầng thương mại - Bộ Công Thương."),
       item_prov("para_5__point_a__item_2", "Tài sản kết cấu hạ tầng khu công nghiệp, khu kinh tế, khu chế xuất — Bộ Tài chính.")})});
  CHECK(has_on(d, "para_5__point_a__item_1", "Bộ Công Thương", Role::lead));
  CHECK(has_on(d, "para_5__point_a__item_2", "Bộ Tài chính", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.eid != "para_5__point_a");
  // items naming bodies of another kind leave the collective its entry
  Document e = linked_doc("Bộ Tài chính", "Công văn",
                          {prov("para_1", "Các bộ quản lý chuyên ngành thực hiện việc công bố danh mục; cụ thể như sau:",
                                {item_prov("para_1__item_1", "Tài sản kết cấu hạ tầng đường bộ - Ủy ban nhân dân cấp tỉnh."),
                                 item_prov("para_1__item_2", "Tài sản kết cấu hạ tầng thương mại - Bộ Công Thương.")})});
  CHECK(has_on(e, "para_1", "Các bộ quản lý chuyên ngành", Role::lead));
  // only an item of such a list: a clause ending so names no one acting
  Document f = one("Bộ Tài chính", "Tài sản kết cấu hạ tầng thương mại - Bộ Công Thương.");
  CHECK(f.assignments.empty());
}

TEST_CASE("link30: after a ';' in an implementing clause, parties listed without their 'các' still act",
          "[link][link30]") {
  // QĐ 2272/QĐ-UBND Lào Cai, Điều 3.3
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các Sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân "
                   "các xã, phường; tổ chức, doanh nghiệp và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(d, "Chánh Văn phòng Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân các xã, phường", Role::lead));
  CHECK(mentioned(d, "tổ chức, doanh nghiệp và cá nhân có liên quan", Role::lead));
  // (a verb after the ';' is the sentence's next duty, no collective)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giao Sở Tư pháp; tổ chức tuyên truyền, phổ biến pháp luật.", "Quyết định");
  for (const Assignment& a : e.assignments) CHECK(fold_key(a.mention).rfind("tổ chức", 0) != 0);
}

TEST_CASE("link30: the person holding an office, named with a dash, is no part of its name", "[link][link30]") {
  // CV 5085/SCT-VP Lào Cai: "1. Phó Giám đốc Sở - Hoàng Văn Thuân" over its duties, and the closing request
  Document d = one("Sở Công Thương tỉnh Lào Cai",
                   "Phó Giám đốc Sở - Hoàng Văn Thuân Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ được ủy quyền.",
                   "Công văn");
  CHECK(mention_of(d, "Phó Giám đốc Sở Công Thương tỉnh Lào Cai", Role::lead) == "Phó Giám đốc Sở");
  Document e = one("Sở Công Thương tỉnh Lào Cai",
                   "Yêu cầu đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở và Trưởng phòng Quản lý Công nghiệp nghiêm túc "
                   "triển khai thực hiện.",
                   "Công văn");
  CHECK(has(e, "Phó Giám đốc Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK(mentioned(e, "Trưởng phòng Quản lý Công nghiệp", Role::lead));
  for (const Assignment& a : e.assignments) CHECK(fold_key(a.mention) != "đồng chí");
  // a unit's own dash stays in its name
  Document f = one("Bộ Tài chính", "Vụ Kế hoạch - Tài chính chủ trì tổng hợp dự toán.", "Quyết định");
  CHECK(mentioned(f, "Vụ Kế hoạch - Tài chính", Role::lead));
}

TEST_CASE("link30: the head of a board whose 'Ban' opens its name", "[link][link30]") {
  // QĐ 836/QĐ-BXD Điều 2, QĐ 1666/QĐ-BHXH
  Document d = one("Bộ Xây dựng",
                   "Chánh Văn phòng Bộ, Vụ trưởng Vụ Vật liệu xây dựng, Trưởng Ban Quản lý quy hoạch và Thủ trưởng các cơ "
                   "quan, đơn vị liên quan của Bộ Xây dựng chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(mentioned(d, "Trưởng Ban Quản lý quy hoạch", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng các cơ quan, đơn vị liên quan của Bộ Xây dựng", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.mention != "Trưởng Ban");
}

TEST_CASE("link30: a body stated to be the one that receives the files has that duty", "[link][link30]") {
  // QĐ 2272/QĐ-UBND Lào Cai Điều 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Công Thương tỉnh Lào Cai là cơ quan tiếp nhận hồ sơ đề nghị cấp, cấp lại Giấy chứng nhận đủ điều "
                   "kiện sản xuất tiền chất thuốc nổ.",
                   "Quyết định");
  CHECK(has(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  // what a body is, without such a charge, stays no task
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Công Thương tỉnh Lào Cai là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.", "Quyết định");
  CHECK_FALSE(has(e, "Sở Công Thương tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link30: a collective named by the field it manages keeps that field", "[link][link30]") {
  // CV 7103/UBND-TH Lào Cai, 3.b), 3.d), 7.a)
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Tài chính chủ trì, phối hợp với các sở quản lý nhà nước chuyên ngành về hạ tầng và các cơ quan, "
                   "đơn vị có liên quan tổng hợp báo cáo.",
                   "Công văn");
  CHECK(mentioned(d, "các sở quản lý nhà nước chuyên ngành về hạ tầng", Role::coordinate));
  CHECK(mentioned(d, "các cơ quan, đơn vị có liên quan", Role::coordinate));
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Các sở quản lý chuyên ngành chủ trì hướng dẫn các đơn vị.", "Công văn");
  CHECK(mentioned(e, "Các sở quản lý chuyên ngành", Role::lead));
}
