// Link stage: the readings of the span7 session (members as an office, generic
// bodies, powers) — each on the real corpus sentence, with a near reading that
// must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link span7: the chairperson and the members of a body are two offices of it") {
  // NQ 26/HĐND Bà Rịa - Vũng Tàu Điều 2 khoản 2
  Document d = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban nhân dân tỉnh, các Sở, ban, ngành, Hội đồng "
                   "nhân dân, Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh trong phạm vi nhiệm vụ, quyền hạn "
                   "của mình có trách nhiệm thực hiện Nghị quyết này.");
  CHECK(mention_of(d, "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead) == "Chủ tịch");
  CHECK(mention_of(d, "Các thành viên Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead) ==
        "các thành viên Ủy ban nhân dân tỉnh");
  CHECK(has(d, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead));
  // QĐ 256/2004 Cần Thơ Điều 3: members of a named steering committee, alone
  Document c = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Chánh Văn phòng ủy ban nhân dân thành phố, Giám đốc Sở, Chủ tịch ủy ban nhân dân quận, huyện, "
                   "thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách nhiệm thi hành Quyết định này.");
  CHECK(mention_of(c, "Thành viên Ban Chỉ đạo Cải cách hành chính thành phố Cần Thơ", Role::lead) ==
        "thành viên Ban Chỉ đạo Cải cách hành chính thành phố");
  // near readings: members of a company's or a cooperative's organ (no proper name) are private
  // parties, and "thành viên" with no body after it is no office (Luật 18/2003 Điều 26, NĐ 109/2004)
  Document l = one("Quốc hội",
                   "Thành viên Ban quản trị phải là xã viên, có phẩm chất đạo đức tốt, có trình độ, năng lực quản lý "
                   "hợp tác xã.");
  CHECK(l.assignments.empty());
  Document n = one("Chính phủ",
                   "Trong trường hợp này, người đại diện theo pháp luật, tất cả thành viên Hội đồng quản trị đối với "
                   "công ty cổ phần và tất cả thành viên hợp danh liên đới chịu trách nhiệm về các khoản nợ chưa "
                   "thanh toán.");
  CHECK(n.assignments.empty());
}

TEST_CASE("link span7: a department of the issuer named with a bare 'thuộc Sở' is the issuer's") {
  // CV 5141/SNNMT Lào Cai khoản 3
  Document d = one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                   "Giao Phòng Khoáng sản thuộc Sở chịu trách nhiệm tham mưu, đề xuất giúp Sở Nông nghiệp và Môi "
                   "trường trong công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh; đôn đốc các doanh nghiệp "
                   "thực hiện nghiêm các nội dung trên.");
  CHECK(mention_of(d, "Phòng Khoáng sản thuộc Sở Nông nghiệp và Môi trường tỉnh Lào Cai", Role::lead) ==
        "Phòng Khoáng sản thuộc Sở");
  CHECK(has(d, "Phòng Khoáng sản thuộc Sở Nông nghiệp và Môi trường tỉnh Lào Cai", Role::supervise));
}

TEST_CASE("link span7: a described body with 'các cấp' after its field is one subject after a fronted condition") {
  // NQ 24/2017/NQ-HĐND Bà Rịa - Vũng Tàu Điều 1 khoản 4
  Document d = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Trường hợp các cơ quan, đơn vị được giao thực hiện nhiệm vụ xây dựng văn bản và hoàn thiện hệ "
                   "thống pháp luật nhưng không đảm bảo được từ nguồn kinh phí nêu trên, cơ quan tài chính các cấp "
                   "chịu trách nhiệm rà soát và cân đối nguồn kinh phí theo phân cấp ngân sách để tham mưu Ủy ban "
                   "nhân dân các cấp đúng quy định hiện hành.");
  CHECK(mention_of(d, "Cơ quan tài chính các cấp", Role::lead) == "cơ quan tài chính các cấp");
  CHECK(!has(d, "Ủy ban nhân dân các cấp", Role::lead));
}
