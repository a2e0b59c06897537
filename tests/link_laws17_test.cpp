// Link stage: readings from laws (Luật 69/2025 Hóa chất, Luật 18/2003 Hợp tác xã) of the laws17
// session — each on the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws17: an investor is named with the kind of project it invests in") {
  // Luật 69/2025/QH15 Điều 5 khoản 2
  Document d = one("Quốc hội", "Chủ đầu tư dự án hóa chất có các nghĩa vụ sau đây:", "Luật");
  CHECK(mention_of(d, "Chủ đầu tư dự án hóa chất", Role::lead) == "Chủ đầu tư dự án hóa chất");
  CHECK_FALSE(has(d, "Chủ đầu tư", Role::lead));
  // Điều 37 khoản 1 điểm a: the project told by what it carries on, up to the qualifier "thuộc"
  Document e = one("Quốc hội",
                   "Chủ đầu tư dự án có hoạt động tồn trữ hóa chất thuộc danh mục và vượt ngưỡng quy định tại khoản 2 "
                   "Điều này phải xây dựng Kế hoạch phòng ngừa, ứng phó sự cố hóa chất trong giai đoạn chuẩn bị dự án "
                   "đầu tư xây dựng theo quy định của pháp luật về xây dựng;",
                   "Luật");
  CHECK(mention_of(e, "Chủ đầu tư dự án có hoạt động tồn trữ hóa chất", Role::lead) ==
        "Chủ đầu tư dự án có hoạt động tồn trữ hóa chất");
  // near reading: an investor with no project named stays "Chủ đầu tư"
  Document f = one("Quốc hội", "Chủ đầu tư có trách nhiệm lập hồ sơ dự án theo quy định.", "Luật");
  CHECK(mention_of(f, "Chủ đầu tư", Role::lead) == "Chủ đầu tư");
}

TEST_CASE("link laws17: a cooperative's executive, Chủ nhiệm hợp tác xã, is a role-holder given duties") {
  // Luật 18/2003/QH11 Điều 28 khoản 3
  Document d = one("Quốc hội", "Chủ nhiệm hợp tác xã có các quyền và nhiệm vụ sau đây:", "Luật");
  CHECK(mention_of(d, "Chủ nhiệm hợp tác xã", Role::lead) == "Chủ nhiệm hợp tác xã");
  // near reading: the cooperative itself, a private party, is not assigned
  Document e = one("Quốc hội", "Hợp tác xã có các nghĩa vụ sau đây:", "Luật");
  CHECK(e.assignments.empty());
}

namespace {
Document rights(std::string parent, std::string child) {
  return linked_law({prov("art_18", std::move(parent), {prov("art_18__para_8", std::move(child))})});
}
}  // namespace

TEST_CASE("link laws17: the bodies a holder of rights may ask to act are objects of its right") {
  // Luật 18/2003/QH11 Điều 18 khoản 8, under "Xã viên có các quyền sau đây:"
  const std::string item =
      "Đề đạt ý kiến với Ban quản trị, Chủ nhiệm hợp tác xã, Ban kiểm soát của hợp tác xã và yêu cầu được trả lời; "
      "yêu cầu Ban quản trị, Chủ nhiệm hợp tác xã, Ban kiểm soát triệu tập Đại hội xã viên bất thường theo quy định "
      "tại khoản 4 Điều 21 của Luật này;";
  Document d = rights("Xã viên có các quyền sau đây:", item);
  CHECK(d.assignments.empty());
  // near reading: under a list of duties the same request assigns the body asked
  Document e = rights("Xã viên có các nghĩa vụ sau đây:", item);
  CHECK(has(e, "Ban kiểm soát", Role::lead));
}

TEST_CASE("link laws17: the charge of unified state management is a duty, not a power") {
  // Luật 18/2003/QH11 Điều 46 khoản 2 điểm a, under "Trách nhiệm của các cơ quan quản lý nhà nước …:"
  Document d = one("Quốc hội", "Chính phủ thống nhất quản lý nhà nước đối với hợp tác xã;", "Luật");
  CHECK(has(d, "Chính phủ", Role::lead));
  // near reading: agreeing to pass something is a council's decision, no task
  Document e = one("Quốc hội", "Chính phủ thống nhất thông qua phương án sắp xếp.", "Luật");
  CHECK_FALSE(has(e, "Chính phủ", Role::lead));
}

TEST_CASE("link laws17: a board that checks its executive's work oversees it") {
  // Luật 18/2003/QH11 Điều 27 khoản 1 (points a and l)
  Document d;
  d.meta.doc_type = "Luật";
  d.meta.issuer = "Quốc hội";
  d.provisions.push_back(prov("para_1", "Ban quản trị có các quyền và nhiệm vụ sau đây:",
                              {prov("para_1__point_a", "Tổ chức thực hiện nghị quyết của Đại hội xã viên;"),
                               prov("para_1__point_l", "Kiểm tra, đánh giá công việc của Chủ nhiệm và các Phó chủ nhiệm "
                                                       "hợp tác xã theo các quyết định của Ban quản trị;")}));
  link(d);
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Ban quản trị", "supervise Ban quản trị"});
  // near reading: checking businesses is the body's own enforcement, not oversight
  Document e;
  e.meta.doc_type = "Luật";
  e.meta.issuer = "Quốc hội";
  e.provisions.push_back(prov("para_1", "Ban quản trị có các quyền và nhiệm vụ sau đây:",
                              {prov("para_1__point_a", "Kiểm tra hoạt động của các doanh nghiệp trực thuộc;")}));
  link(e);
  CHECK(on(e, "para_1") == std::vector<std::string>{"lead Ban quản trị"});
}

TEST_CASE("link laws17: a range of levels says which bodies a collective is") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình cải cách hành chính, III.B.9.1
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Các cơ quan hành chính từ cấp thành phố đến cấp quận, huyện triển khai từng bước ứng dụng công "
                   "nghệ thông tin trong thực hiện cơ chế “ một cửa” để phục vụ công tác quản lý hành chính nhà nước "
                   "và phục vụ công chúng.",
                   "Quyết định");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].mention == "Các cơ quan hành chính từ cấp thành phố đến cấp quận, huyện");
  // near reading: "từ" that opens no range of levels ends the name
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Các cơ quan hành chính từ năm 2005 triển khai ứng dụng công nghệ thông tin.", "Quyết định");
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("năm") == std::string::npos);
}

TEST_CASE("link laws17: the subject of a condition carries the duty its 'thì' opens") {
  // NĐ 109/2004/NĐ-CP Điều 23 khoản 1
  Document d = one("Chính phủ",
                   "Trường hợp cơ quan đăng ký kinh doanh phát hiện nội dung kê khai trong đăng ký kinh doanh là giả "
                   "mạo, thì ra thông báo về vi phạm và quyết định thu hồi Giấy chứng nhận đăng ký kinh doanh.",
                   "Nghị định");
  CHECK(has(d, "Cơ quan đăng ký kinh doanh", Role::lead));
  // near reading: a "thì" whose duty names its own subject gives the condition's body nothing
  Document e = one("Chính phủ",
                   "Trường hợp Ủy ban nhân dân cấp tỉnh đề nghị thì Bộ Kế hoạch và Đầu tư phải trả lời bằng văn bản.",
                   "Nghị định");
  CHECK(has(e, "Bộ Kế hoạch và Đầu tư", Role::lead));
  CHECK_FALSE(has(e, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link laws17: a body's composition or the standards it must meet is no task") {
  // Luật 65/2025/QH15 Điều 2 khoản 2 and Điều 5 khoản 3; Luật 135/2025/QH15 Điều 88 khoản 2
  CHECK(one("Quốc hội", "Chính quyền địa phương ở nông thôn gồm chính quyền địa phương ở tỉnh, huyện, xã.", "Luật")
            .assignments.empty());
  CHECK(one("Quốc hội", "Đại biểu Hội đồng nhân dân phải đáp ứng các tiêu chuẩn sau đây:", "Luật").assignments.empty());
  // near reading: a body given work, the work's scope spelt out with "bao gồm cả", is assigned
  // (QĐ 11/2026 Lào Cai: "giao các đơn vị trực thuộc, bao gồm cả đơn vị sự nghiệp …")
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch Ủy ban nhân dân tỉnh giao các đơn vị trực thuộc, bao gồm cả đơn vị sự nghiệp công lập "
                   "thực hiện thẩm định báo cáo kinh tế - kỹ thuật.",
                   "Quyết định");
  CHECK_FALSE(d.assignments.empty());
}

TEST_CASE("link laws17: an article heading over clauses that open their bodies' duty lists gives no entry") {
  // Luật 65/2025/QH15 Điều 15
  Document d;
  d.meta.doc_type = "Luật";
  d.meta.issuer = "Quốc hội";
  Provision art = prov("art_15", "",
                       {prov("art_15__para_1", "Hội đồng nhân dân tỉnh thực hiện nhiệm vụ, quyền hạn sau đây:",
                             {prov("art_15__para_1__point_b", "Ban hành nghị quyết về những vấn đề được luật giao;")}),
                        prov("art_15__para_2", "Hội đồng nhân dân thành phố trực thuộc trung ương thực hiện nhiệm vụ, "
                                               "quyền hạn sau đây:",
                             {prov("art_15__para_2__point_a", "Thực hiện nhiệm vụ, quyền hạn quy định tại khoản 1 Điều "
                                                              "này;")})});
  art.kind = ProvisionKind::article;
  art.heading = "Nhiệm vụ, quyền hạn của Hội đồng nhân dân cấp tỉnh";
  d.provisions.push_back(art);
  link(d);
  CHECK(on(d, "art_15").empty());
  CHECK_FALSE(on(d, "art_15__para_1").empty());
  CHECK_FALSE(on(d, "art_15__para_2").empty());
  // near reading: the same heading over clauses with no body of their own keeps its entry
  Document e;
  e.meta = d.meta;
  Provision art2 = prov("art_15", "", {prov("art_15__para_1", "Ban hành nghị quyết về những vấn đề được luật giao;")});
  art2.kind = ProvisionKind::article;
  art2.heading = "Nhiệm vụ, quyền hạn của Hội đồng nhân dân cấp tỉnh";
  e.provisions.push_back(art2);
  link(e);
  CHECK_FALSE(on(e, "art_15").empty());
}
