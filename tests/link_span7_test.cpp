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

TEST_CASE("link span7: a body described by what it directly manages or uses runs on to the clause's verb") {
  // QĐ 02/2025/QĐ-UBND Hà Nội Điều 4 khoản 1 điểm a, khoản 2 điểm a, khoản 3 and Điều 5 khoản 2 điểm a
  const std::string hn = "Ủy ban nhân dân thành phố Hà Nội";
  Document a = one(hn, "Thủ trưởng đơn vị trực tiếp sử dụng Quỹ phát triển hoạt động sự nghiệp xác định nhu cầu mua "
                       "sắm để bổ sung, thay mới tài sản công, hàng hóa, dịch vụ hoặc sửa chữa tài sản, trang thiết bị "
                       "trong năm kế hoạch; xem xét, phê duyệt nhiệm vụ;");
  CHECK(mention_of(a, "Thủ trưởng đơn vị trực tiếp sử dụng Quỹ phát triển hoạt động sự nghiệp", Role::lead) ==
        "Thủ trưởng đơn vị trực tiếp sử dụng Quỹ phát triển hoạt động sự nghiệp");
  CHECK(a.assignments.size() == 1);
  Document b = one(hn, "Đối với nhiệm vụ có chi phí từ 500 triệu đồng trở lên: Đơn vị trực tiếp quản lý, sử dụng công "
                       "trình thực hiện lập, đề xuất danh mục dự án, gửi đơn vị dự toán cấp I (nếu có).");
  CHECK(mention_of(b, "Đơn vị trực tiếp quản lý, sử dụng công trình", Role::lead) ==
        "Đơn vị trực tiếp quản lý, sử dụng công trình");
  Document c = one(hn, "Căn cứ nhiệm vụ được phê duyệt, thủ trưởng đơn vị trực tiếp sử dụng Quỹ phát triển hoạt động "
                       "sự nghiệp xem xét, phê duyệt dự toán kinh phí thực hiện nhiệm vụ.");
  CHECK(c.assignments.empty());  // an approval, a power
  Document d = one(hn, "Đối với nhiệm vụ có chi phí dưới 500 triệu đồng: Thủ trưởng đơn vị trực tiếp quản lý công trình "
                       "xây dựng tổ chức thực hiện theo quy định;");
  CHECK(mention_of(d, "Thủ trưởng đơn vị trực tiếp quản lý công trình xây dựng", Role::lead) ==
        "Thủ trưởng đơn vị trực tiếp quản lý công trình xây dựng");
  // near reading: a verb right after the relative one is no part of the name (TT 99/1998/TT-BTC)
  Document e = one("Bộ Tài chính", "Khi nhận được đủ hồ sơ, cơ quan thuế trực tiếp quản lý tiến hành kiểm tra, xác "
                                   "định số thuế đã nộp.");
  for (const Assignment& x : e.assignments) CHECK(x.mention.find("tiến hành") == std::string::npos);
}
