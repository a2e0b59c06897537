// Link stage: what a body receives is no task — a share it may keep ("Được
// trích 30% …"), a fund money comes from ("từ nguồn … Quỹ …") — and a task
// whose deadline is the day before what it prepares begins ("bảo đảm … hoạt
// động từ ngày 01/7/2025") (the grants session). Each on the real corpus
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document linked(std::string issuer, std::vector<Provision> ps) {
  return linked_doc(std::move(issuer), "Nghị quyết", std::move(ps));
}

Document corpus_doc(const std::string& name) {
  return parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/" + name + ".txt");
}

}  // namespace

TEST_CASE("link grants: a body over a list of shares it may keep is a beneficiary, no task") {
  // NQ 49/2017/NQ-HĐND Hòa Bình, Điều 1 khoản 1
  const std::string hb = "Hội đồng nhân dân tỉnh Hòa Bình";
  Document d = linked(
      hb, {prov("art_1__para_1", "Đối với Thanh tra tỉnh:",
                  {prov("art_1__para_1__point_a", "Được trích 30% trên tổng số tiền đã thực nộp vào ngân sách nhà "
                                                    "nước đối với số nộp đến 10 tỷ đồng/năm;"),
                   prov("art_1__para_1__point_b", "Được trích thêm 20% trên tổng số tiền đã thực nộp vào ngân sách "
                                                    "nhà nước đối với số nộp từ trên 10 tỷ đồng đến 20 tỷ đồng/năm;"),
                   prov("art_1__para_1__point_c", "Được trích thêm 10% trên tổng số tiền đã thực nộp vào ngân sách "
                                                    "nhà nước đối với số nộp từ trên 20 tỷ đồng/năm.")})});
  CHECK(d.assignments.empty());
  // the whole document: only Điều 3's entries
  Document whole = corpus_doc("nghi-quyet-49-2017-hdnd-hoa-binh");
  CHECK(on(whole, "art_1__para_1").empty());
  CHECK(has(whole, "Ủy ban nhân dân tỉnh Hòa Bình", Role::lead));
  // near reading: a duty among the children keeps the body's entry, and so does a task handed to it
  Document e = linked(hb, {prov("art_1__para_1", "Đối với Thanh tra tỉnh:",
                                  {prov("art_1__para_1__point_a", "Được trích 30% trên tổng số tiền đã thực nộp;"),
                                   prov("art_1__para_1__point_b", "Quản lý, sử dụng số tiền được trích theo quy "
                                                                    "định.")})});
  CHECK(on(e, "art_1__para_1") == std::vector<std::string>{"lead Thanh tra tỉnh Hòa Bình"});
  Document f = linked(hb, {prov("art_1__para_1", "Đối với Thanh tra tỉnh:",
                                  {prov("art_1__para_1__point_a", "Được giao chủ trì thanh tra việc quản lý đất đai."),
                                   prov("art_1__para_1__point_b", "Được trích 30% trên tổng số tiền đã thực nộp.")})});
  CHECK(on(f, "art_1__para_1") == std::vector<std::string>{"lead Thanh tra tỉnh Hòa Bình"});
}

TEST_CASE("link grants: a fund named among the sources of money is no actor") {
  // NQ 68/2017/NQ-HĐND Điện Biên, Điều 3 khoản 3
  Document d = one("Hội đồng nhân dân tỉnh Điện Biên",
                   "Nguồn kinh phí: Từ nguồn Ngân sách nhà nước; nguồn kết dư Quỹ bảo hiểm y tế tại địa phương; Quỹ "
                   "khám chữa bệnh cho người nghèo; Quỹ hỗ trợ người nhiễm HIV/AIDS và nguồn tài trợ, viện trợ hợp "
                   "pháp khác.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
  // who pays it out ("do Quỹ … chi trả") is a source too
  Document e = one("Hội đồng nhân dân tỉnh Điện Biên",
                   "Chi phí khám bệnh, chữa bệnh do Quỹ bảo hiểm y tế chi trả theo quy định.", "Nghị quyết");
  CHECK(e.assignments.empty());
  // near reading: a fund with a duty of its own acts, in a clause on funding too
  Document f = one("Hội đồng nhân dân tỉnh Điện Biên",
                   "Nguồn kinh phí: ngân sách tỉnh; Quỹ khám chữa bệnh cho người nghèo có trách nhiệm thanh toán "
                   "chi phí cùng chi trả cho cơ sở khám bệnh, chữa bệnh.",
                   "Nghị quyết");
  CHECK(f.assignments.size() == 1);
}

TEST_CASE("link grants: work that prepares a start date is due the day before it") {
  // NQ 1661/NQ-UBTVQH15 Điện Biên, Điều 2 khoản 2 (and the gold of NQ 1657, 1675, 1681)
  Document d = one("Ủy ban Thường vụ Quốc hội",
                   "Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để "
                   "chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại Điều 1 "
                   "của Nghị quyết này chính thức hoạt động từ ngày 01 tháng 7 năm 2025.",
                   "Nghị quyết");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].deadline == std::optional<std::string>("2025-06-30"));
  CHECK(d.assignments[0].time_words == std::optional<std::string>("hoạt động từ ngày 01 tháng 7 năm 2025"));
  // finishing before a start on the first of January: the last day of the year before
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Nội vụ hoàn thành việc sắp xếp trước khi các đơn vị mới đi vào hoạt động từ ngày 01/01/2026.",
                   "Kế hoạch");
  REQUIRE(e.assignments.size() == 1);
  CHECK(e.assignments[0].deadline == std::optional<std::string>("2025-12-31"));
  // near reading: a date a rule applies from is no deadline (NQ 68/2017 Điện Biên: "Thời điểm áp dụng: từ
  // ngày 01/01/2018"), nor the closing formula's date of effect
  Document f = one("Hội đồng nhân dân tỉnh Bình Định",
                   "Ủy ban nhân dân tỉnh tổ chức thực hiện chính sách áp dụng từ ngày 01/01/2018.", "Nghị quyết");
  REQUIRE(f.assignments.size() == 1);
  CHECK_FALSE(f.assignments[0].deadline);
  // an explicit "trước ngày" wins over the start it serves (NQ 60-NQ/TW: "bảo đảm hoàn thành trước ngày
  // 30/6/2025, có hiệu lực từ ngày 01/7/2025")
  Document g = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Tư pháp rà soát các văn bản, bảo đảm hoàn thành trước ngày 15/6/2025, có hiệu lực từ ngày "
                   "01/7/2025.",
                   "Kế hoạch");
  REQUIRE(g.assignments.size() == 1);
  CHECK(g.assignments[0].deadline == std::optional<std::string>("2025-06-15"));
}

TEST_CASE("link grants: the bodies a fee collector is, in a parenthesis, keep a share and pay in the rest") {
  // NQ 28/2017/NQ-HĐND Trà Vinh, Điều 1 khoản 3 điểm c
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu phí (Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường và Chi nhánh Văn "
                   "phòng đăng ký đất đai các huyện, thị xã, thành phố) được trích để lại 50% trên tổng số tiền phí "
                   "thu được và nộp 50% còn lại vào ngân sách theo quy định của pháp luật.",
                   "Nghị quyết");
  CHECK(has(d, "Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố", Role::lead));
  CHECK_FALSE(has(d, "Đơn vị thu phí", Role::lead));
  // near reading: a share alone, the remainder paid by no one named (NQ 84/2017 Hà Giang's wording): no task
  Document e = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu phí (Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường) được trích để lại "
                   "60% trên tổng số tiền thu được để chi phí cho công tác thu; số thu 40% còn lại được nộp vào ngân "
                   "sách nhà nước.",
                   "Nghị quyết");
  CHECK(e.assignments.empty());
}

TEST_CASE("link grants: a clause that opens a list of the body's powers is no task, its duties list is") {
  // Luật Xây dựng 2025 (135/2025/QH15), Điều 40 khoản 1 and 2, and Luật Hợp
  // tác xã 2003 Điều 30 (a list of both)
  Document d = linked(
      "Quốc hội",
      {prov("art_40__para_1", "Chủ đầu tư có các quyền sau đây:",
            {prov("art_40__para_1__point_a", "Lập dự án đầu tư xây dựng khi có đủ điều kiện năng lực theo quy định;"),
             prov("art_40__para_1__point_b", "Đàm phán, ký kết hợp đồng tư vấn xây dựng; giám sát và yêu cầu nhà "
                                             "thầu tư vấn thực hiện đúng hợp đồng đã ký kết;")}),
       prov("art_40__para_2", "Chủ đầu tư có các nghĩa vụ, trách nhiệm sau đây:",
            {prov("art_40__para_2__point_a", "Lựa chọn nhà thầu tư vấn thiết kế có kinh nghiệm, năng lực theo quy "
                                             "định;")}),
       prov("art_30", "Ban kiểm soát có các quyền và nhiệm vụ sau đây:",
            {prov("art_30__para_1", "Kiểm tra việc chấp hành Điều lệ, Nội quy hợp tác xã;")})});
  CHECK(on(d, "art_40__para_1").empty());
  CHECK(on(d, "art_40__para_1__point_a").empty());
  CHECK(has(d, "Chủ đầu tư", Role::lead));
  CHECK(on(d, "art_40__para_2").size() >= 1);
  CHECK(on(d, "art_30").size() >= 1);
}
