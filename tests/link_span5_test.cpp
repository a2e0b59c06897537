// Link stage: the readings of the span5 session — each on the real corpus
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link span5: 'Sở, ban, ngành' without 'các' opening a list is the collective") {
  // QĐ 35/2024 Hà Nội, Quy chế Điều 12 khoản 1 (its words restored)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy ban nhân dân các "
                   "quận, huyện, thị xã; các cơ quan, đơn vị thuộc Thành phố và các cơ quan, đơn vị có liên quan có "
                   "trách nhiệm tổ chức triển khai thực hiện nghiêm túc Quy chế này.");
  CHECK(mention_of(d, "Sở, ban, ngành", Role::lead) == "Sở, ban, ngành");
  CHECK(has(d, "Ủy ban nhân dân các quận, huyện, thị xã", Role::lead));
  // near reading: a count of them in a plan's survey is no task (KH CNTT 1998-2000 Lâm Đồng)
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Toàn tỉnh Lâm Đồng hiện nay có 22 Sở, Ban, Ngành có chức năng quản lý nhà nước, 6 đơn vị sự "
                   "nghiệp và 6 Hội được giao biên chế, cụ thể là:");
  CHECK(e.assignments.empty());
}

TEST_CASE("link span5: the verb 'mở' after a partner's name ends the name") {
  // QĐ 256/2004 Cần Thơ, Chương trình cải cách hành chính III.B 5.5
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Phối hợp với Học viện Hành chính Quốc gia mở một số lớp theo chương trình cử nhân hành chính và "
                   "cao học hành chính ở tại Cần Thơ.");
  CHECK(mention_of(d, "Học viện Hành chính Quốc gia", Role::coordinate) == "Học viện Hành chính Quốc gia");
  // near reading: "Mở" capitalised is part of a university's name
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trường Đại học Mở Hà Nội có trách nhiệm tổ chức các lớp bồi dưỡng.");
  CHECK(mention_of(e, "Trường Đại học Mở Hà Nội", Role::lead) == "Trường Đại học Mở Hà Nội");
}

TEST_CASE("link span5: bare levels opening a clause before its verb are their people's committees") {
  // QĐ 256/2004 Cần Thơ, Chương trình cải cách hành chính III.B 3.3
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Các quận, huyện nghiên cứu phân cấp quản lý cho xã, phường, thị trấn những mặt công tác phù hợp "
                   "và có khả năng đảm nhận được để thực hiện tốt hơn ở quận, huyện.");
  CHECK(mention_of(d, "Ủy ban nhân dân các quận, huyện", Role::lead) == "Các quận, huyện");
  CHECK(d.assignments.size() == 1);  // "cho xã, phường, thị trấn": where, no subject
  // QĐ 35/2024 Hà Nội, Quy chế Điều 7 khoản 2: the issuer's own level
  Document c = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thành phố tổ chức biểu dương, khen thưởng các cá nhân đạt danh hiệu “Công dân Thủ đô ưu tú” vào "
                   "dịp kỷ niệm ngày Giải phóng Thủ đô (10/10) hằng năm.");
  CHECK(mention_of(c, "Ủy ban nhân dân thành phố Hà Nội", Role::lead) == "Thành phố");
  // near readings: a place's proper name, a body of the level, a passive, a count
  for (const char* text : {"Thành phố Cần Thơ có 9 quận, huyện.", "Tỉnh ủy chỉ đạo các cấp ủy thực hiện.",
                           "Các xã, phường được hỗ trợ kinh phí từ ngân sách tỉnh.",
                           "Xã có 3 thôn đặc biệt khó khăn."})
    for (const Assignment& a : one("Ủy ban nhân dân tỉnh Lào Cai", text).assignments)
      CHECK(a.agency.rfind("Ủy ban nhân dân", 0) == std::string::npos);
}

TEST_CASE("link span5: a unit opening its item with the body it belongs to is one name") {
  // NQ 28/2017 HĐND Trà Vinh Điều 1 khoản 3 c): the unit and its owner, then the verb
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường thu đối với trường hợp thẩm định hồ sơ "
                   "để giao đất, cho thuê đất của tổ chức, cơ sở tôn giáo.");
  // (the agency in the department's province, as the gold of NQ 28/2017 writes it)
  CHECK(mention_of(d, "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường tỉnh Trà Vinh", Role::lead) ==
        "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường");
  // … khoản 8 c): a lower-case field joined by "và" inside the unit's name, closed by its owner
  Document c = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Trung tâm Công nghệ thông tin tài nguyên và môi trường thuộc Sở Tài nguyên và Môi trường có "
                   "trách nhiệm thu phí.");
  CHECK(mention_of(c,
                   "Trung tâm Công nghệ thông tin tài nguyên và môi trường thuộc Sở Tài nguyên và Môi trường tỉnh Trà "
                   "Vinh",
                   Role::lead) ==
        "Trung tâm Công nghệ thông tin tài nguyên và môi trường thuộc Sở Tài nguyên và Môi trường");
  // near reading: posts listed in a law (Luật 15/2012 Điều 123 khoản 1 e)) stay post by post
  Document e = one("Quốc hội",
                   "Chi cục trưởng Chi cục Hải quan, Đội trưởng Đội kiểm soát thuộc Cục Hải quan, Đội trưởng Đội kiểm "
                   "soát chống buôn lậu có quyền:");
  for (const Assignment& a : e.assignments) CHECK(a.agency.find("thuộc Cục Hải quan") == std::string::npos);
}
