// Link stage: subjects and their verbs across an inserted phrase of the
// body's remit, and the other role readings of the roles5 session — each on
// the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles5: the verb after an inserted remit phrase gives the role of the whole list") {
  // NQ 132/2020/QH14 Điều 8 khoản 4: supervision only, and the last item keeps its qualifier
  Document d = one("Quốc hội",
                   "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội "
                   "và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và "
                   "các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc "
                   "thực hiện Nghị quyết này.");
  CHECK(has(d, "Ủy ban Thường vụ Quốc hội", Role::supervise));
  CHECK_FALSE(has(d, "Ủy ban Thường vụ Quốc hội", Role::lead));
  CHECK_FALSE(has(d, "Hội đồng Dân tộc", Role::lead));
  bool members = false;
  for (const Assignment& a : d.assignments)
    members = members || (a.mention == "các tổ chức thành viên của Mặt trận" && a.role == Role::supervise);
  CHECK(members);
}

TEST_CASE("link roles5: a name followed by a remit phrase and a lead verb still leads") {
  // near reading: the remit phrase straight after a proper name, a lead verb after it
  Document d = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Sở Tài chính, trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn thực hiện Quyết định này.");
  CHECK(has(d, "Sở Tài chính tỉnh Ninh Bình", Role::lead));
  CHECK_FALSE(has(d, "Sở Tài chính tỉnh Ninh Bình", Role::supervise));
  // private parties with a qualifier before the phrase are still not assigned
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Các tổ chức kinh doanh xăng dầu, trong phạm vi quyền hạn của mình, thực hiện niêm yết giá.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles5: what a body is made of is no task") {
  // QĐ 21/2025/QĐ-UBND Hà Nội Điều 4 khoản 1 điểm a
  Document d = one("Ủy ban nhân dân thành phố Hà Nội", "Sở Y tế thành phố Hà Nội có Giám đốc và các Phó Giám đốc;",
                   "Quyết định");
  CHECK(d.assignments.empty());
  // near reading: "có trách nhiệm" is a duty
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Y tế thành phố Hà Nội có trách nhiệm hướng dẫn các cơ sở khám bệnh, chữa bệnh.", "Quyết định");
  CHECK(has(e, "Sở Y tế thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles5: a head described with 'là' then 'chịu trách nhiệm trước' bears that duty") {
  // QĐ 21/2025/QĐ-UBND Hà Nội Điều 4 khoản 1 điểm b: the duty is the head's, not the appointer's
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc Sở Y tế là người đứng đầu Sở Y tế do Chủ tịch Ủy ban nhân dân Thành phố bổ nhiệm, chịu "
                   "trách nhiệm trước Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân Thành phố và trước pháp luật về thực "
                   "hiện chức năng, nhiệm vụ, quyền hạn của sở;",
                   "Quyết định");
  bool head = false;
  for (const Assignment& a : d.assignments) {
    head = head || (a.mention == "Giám đốc Sở Y tế" && a.role == Role::lead);
    CHECK(a.mention.find("Chủ tịch") == std::string::npos);
  }
  CHECK(head);
  // near reading: a description with no duty after it grants nothing
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố, có tư cách pháp nhân, có con dấu "
                   "và tài khoản riêng.",
                   "Quyết định");
  CHECK_FALSE(has(e, "Sở Y tế thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles5: a fee collector keeping a share and paying in the rest leads") {
  // NQ 28/2017/NQ-HĐND Trà Vinh Điều 1 khoản 8 điểm c
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu phí được trích để lại 80% trên tổng số tiền phí thu được và nộp 20% còn lại vào ngân "
                   "sách.",
                   "Nghị quyết");
  CHECK(has(d, "Đơn vị thu phí", Role::lead));
  // near reading: the share alone is a grant
  Document e = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu phí được trích để lại 80% trên tổng số tiền phí thu được.", "Nghị quyết");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles5: a local government that goes on working is given no task") {
  // NQ 1668/NQ-UBTVQH15 (2025) Điều 2 khoản 3
  Document d = one("Ủy ban Thường vụ Quốc hội",
                   "Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi "
                   "chính quyền địa phương ở đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
  // near reading: a task it goes on with is a task
  Document e = one("Ủy ban Thường vụ Quốc hội",
                   "Chính quyền địa phương ở đơn vị hành chính cấp xã tiếp tục thực hiện nhiệm vụ cho đến khi hoàn "
                   "thành việc bàn giao.",
                   "Nghị quyết");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link roles5: bodies named in a parenthesis that closes before the duty act, not their class") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình IV.3.3
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Đối với các cơ quan Trung ương đóng trên địa bàn (Cục Thuế, Cục Hải quan và Kho bạc Nhà nước Cần "
                   "Thơ) có trách nhiệm triển khai cơ chế “một cửa” trong tiếp nhận và giải quyết hồ sơ tại cơ quan.",
                   "Quyết định");
  int members = 0;
  for (const Assignment& a : d.assignments) {
    members += a.role == Role::lead && (a.mention == "Cục Thuế" || a.mention == "Cục Hải quan" ||
                                        a.mention == "Kho bạc Nhà nước Cần Thơ");
    CHECK(a.mention.rfind("các cơ quan", 0) != 0);
  }
  CHECK(members == 3);
  // near reading: an apposition after the object of "phối hợp với" (NQ 95 Hà Giang) makes no subject
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Ban Dân tộc tỉnh phối hợp với UBND huyện Hoàng Su Phì (chủ "
                   "đầu tư) rà soát, đánh giá, tổng hợp số kinh phí còn thiếu.",
                   "Nghị quyết");
  for (const Assignment& a : e.assignments) CHECK(a.mention != "chủ đầu tư");
}

TEST_CASE("link roles5: a determiner after a fronted phrase belongs to the subject") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình IV.3.2
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Đến hết quý II năm 2004, tất cả các Sở, Ban ngành thành phố phải tiến hành xây dựng xong Quy chế "
                   "làm việc.",
                   "Quyết định");
  CHECK_FALSE(d.assignments.empty());
  // near reading: "các" after a verb is its object's ("… xây dựng kế hoạch cho các Sở, Ban ngành thành phố")
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Trong năm 2004, hướng dẫn cụ thể các Sở, Ban ngành thành phố.", "Quyết định");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles5: a field of law in a list and the trades are no bodies") {
  // NĐ 32/2024/NĐ-CP Điều 19 khoản 3 and Điều 3 khoản 1 điểm c
  Document d = one("Chính phủ",
                   "Chấp hành các quy định của pháp luật về đầu tư, đất đai, xây dựng, bảo vệ môi trường, tài chính, "
                   "kế toán, kiểm toán, thống kê, bảo hiểm, lao động trong cụm công nghiệp.",
                   "Nghị định");
  for (const Assignment& a : d.assignments) CHECK(a.mention != "kế toán");
  Document e = one("Chính phủ",
                   "Các ngành, nghề công nghiệp, tiểu thủ công nghiệp tại địa phương cần được bảo tồn và phát triển;",
                   "Nghị định");
  CHECK(e.assignments.empty());
  // near reading: a list of role-holders that ends in a duty is the subject (Luật 135/2025 Điều 67)
  Document f = one("Quốc hội",
                   "Khi quyết định dừng khai thác, sử dụng đối với công trình sử dụng chung, chủ đầu tư, chủ sở hữu, "
                   "chủ quản lý, sử dụng công trình hoặc cơ quan nhà nước có thẩm quyền phải thông báo bằng văn bản.",
                   "Luật");
  CHECK(has(f, "Chủ đầu tư", Role::lead));
}

TEST_CASE("link roles5: a body described with 'là' that carries out functions after ';' leads") {
  // QĐ 21/2025/QĐ-UBND Hà Nội Điều 1 khoản 1
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố; thực hiện chức năng tham mưu, giúp "
                   "Ủy ban nhân dân Thành phố quản lý nhà nước về y tế.",
                   "Quyết định");
  CHECK(has(d, "Sở Y tế thành phố Hà Nội", Role::lead));
  // near reading: what it is, with its standing in law, is no task
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố; có tư cách pháp nhân, có con dấu và "
                   "tài khoản riêng.",
                   "Quyết định");
  CHECK_FALSE(has(e, "Sở Y tế thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles: oversight verbs listed with tong hop or bao cao lead as well") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 25 khoản 4: a remit phrase, then oversight and the body's own reporting
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các sở, ban, ngành theo chức năng nhiệm vụ và lĩnh vực quản lý của mình kiểm tra, theo dõi, tổng hợp "
                   "tình hình thực hiện Quy định này báo cáo Ủy ban nhân dân tỉnh (qua Sở Xây dựng).");
  CHECK(has(d, "Các sở, ban, ngành", Role::lead));
  CHECK(has(d, "Các sở, ban, ngành", Role::supervise));
  // oversight alone stays oversight
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Sở Xây dựng kiểm tra, theo dõi việc thực hiện Quy định này.");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
  CHECK(!has(e, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
}
