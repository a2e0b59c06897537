// Link stage: the readings of the span6 session (where a name ends, who is
// the actor) — each on the real corpus sentence, with a near reading that
// must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link span6: an office that names its body takes the place's proper name after it") {
  // QĐ 37/2025 Hà Nội Điều 6 khoản 2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nội vụ, Chánh Thanh tra thành phố Hà Nội, "
                   "Giám đốc, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, "
                   "đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Chánh Thanh tra thành phố Hà Nội", Role::lead) == "Chánh Thanh tra thành phố Hà Nội");
  CHECK(!has(d, "Chánh Thanh tra", Role::lead));
  // near reading: a level word with no proper name after it is not taken ("… tỉnh về lĩnh vực …")
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Thanh tra tỉnh về lĩnh vực địa chất, khoáng sản có trách nhiệm báo cáo kết quả.");
  CHECK(mention_of(e, "Chánh Thanh tra", Role::lead) == "Chánh Thanh tra");
}

TEST_CASE("link span6: a deputy inspector-general is an office of his own, not one shared with the chief") {
  // QĐ 37/2025 Hà Nội Điều 4 names both offices side by side ("Chánh Thanh tra, Phó Chánh Thanh
  // tra"); each is complete, neither takes the other's words
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Thanh tra, Phó Chánh Thanh tra có trách nhiệm tổ chức thực hiện.");
  CHECK(mention_of(e, "Chánh Thanh tra", Role::lead) == "Chánh Thanh tra");
  CHECK(mention_of(e, "Phó Chánh Thanh tra", Role::lead) == "Phó Chánh Thanh tra");
  // near reading: offices that share the body after them still do ("Giám đốc, Thủ trưởng các sở")
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.");
  CHECK(d.assignments.size() == 1);
}

TEST_CASE("link span6: a title joined to its text before 'Việc …' has no subject") {
  // QĐ 37/2025 Hà Nội Điều 4 khoản 1 (its title line and first sentence joined)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Thanh tra, Phó Chánh Thanh tra Việc bổ nhiệm, miễn nhiệm, cách chức, điều động, luân "
                   "chuyển, biệt phái Phó Chánh Thanh tra do Chủ tịch Ủy ban nhân dân thành phố Hà Nội quyết định "
                   "theo quy định của pháp luật và đề nghị của Chánh Thanh tra;");
  CHECK(d.assignments.empty());
  // near reading: a duty for a matter ("chịu trách nhiệm về việc …") keeps its subject
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Thanh tra chịu trách nhiệm về việc bổ nhiệm cán bộ thanh tra.");
  CHECK(has(e, "Chánh Thanh tra", Role::lead));
}

TEST_CASE("link span6: a list of objects goes on past an aside up to a preposition") {
  // QĐ 37/2025 Hà Nội Điều 2 khoản 4: both are overseen, neither acts
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Hướng dẫn, kiểm tra đôn đốc các Chủ tịch Ủy ban nhân dân xã, phường (sau đây gọi tắt là Ủy ban "
                   "nhân dân cấp xã), Giám đốc sở trong việc thực hiện pháp luật về tiếp công dân, giải quyết khiếu "
                   "nại, tố cáo và phòng chống tham nhũng, lãng phí, tiêu cực.");
  CHECK(!has(d, "Giám đốc sở", Role::lead));
  // NQ 26 Bà Rịa - Vũng Tàu: the possessors listed after "của" are no subjects either
  Document c = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Yêu cầu Ủy ban nhân dân tỉnh tiếp tục thực hiện quyết liệt chủ trương của Tỉnh ủy, Hội đồng "
                   "nhân dân tỉnh trong việc xử lý các dự án chậm triển khai.");
  CHECK(!has(c, "Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead));
  CHECK(has(c, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead));
  // near reading: a verb after the list's last name makes it the subject
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Căn cứ kết quả rà soát của Sở Tài chính, Ủy ban nhân dân các xã, phường hoàn thiện hồ sơ.");
  CHECK(has(e, "Ủy ban nhân dân các xã, phường", Role::lead));
}

TEST_CASE("link span6: a region's number closes a unit's name") {
  // QĐ 38/2025 Hà Nội Điều 1 khoản 8: the title line joined to point a)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chi cục Thuế khu vực 1 a) Chỉ đạo xác định mức thu nhập sau thuế của tổ chức, hộ gia đình, cá "
                   "nhân sản xuất kinh doanh.");
  CHECK(mention_of(d, "Chi cục Thuế khu vực 1", Role::lead) == "Chi cục Thuế khu vực 1");
  // near reading: a named region runs over its capitalised words
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chi cục Thuế khu vực Sơn Tây có trách nhiệm hướng dẫn người nộp thuế.");
  CHECK(mention_of(e, "Chi cục Thuế khu vực Sơn Tây", Role::lead) == "Chi cục Thuế khu vực Sơn Tây");
}

TEST_CASE("link span6: a class whose members a parenthesis spells out acts as one") {
  // QĐ 11/2026 Lào Cai, Quy định Điều 7 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan chuyên môn về xây dựng cấp tỉnh (gồm: Sở Xây dựng, Sở Nông nghiệp và Môi trường, Sở Công "
                   "Thương, Ban Quản lý các khu công nghiệp, Ban Quản lý khu kinh tế) chủ trì thẩm định hoặc thẩm định "
                   "điều chỉnh Báo cáo nghiên cứu khả thi đối với dự án do Chủ tịch Ủy ban nhân dân tỉnh quyết định "
                   "đầu tư.");
  CHECK(mention_of(d, "Cơ quan chuyên môn về xây dựng cấp tỉnh", Role::lead) ==
        "Cơ quan chuyên môn về xây dựng cấp tỉnh");
  CHECK(!has(d, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
  // near reading: members named in passing without "gồm" act with their class (link subjects)
  Document e = one("Chính phủ",
                   "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay (Bộ Xây dựng, Bộ Thủy lợi) có trách "
                   "nhiệm giúp Cục Đo đạc và bản đồ Nhà nước.");
  CHECK(has(e, "Bộ Xây dựng", Role::lead));
}

TEST_CASE("link span6: a collective's field and level after 'về' say which ones") {
  // QĐ 11/2026 Lào Cai, Quy định Điều 25 khoản 3 (a title line, its duties in points)
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = "para_3";
  p.text = "Các cơ quan chuyên môn về xây dựng cấp tỉnh";
  Provision a;
  a.kind = ProvisionKind::point;
  a.eid = "para_3__point_a";
  a.text = "Chủ trì phối hợp với các ngành có liên quan hướng dẫn, kiểm tra, đôn đốc việc thực hiện cấp giấy phép "
           "theo thẩm quyền.";
  p.children.push_back(a);
  d.provisions.push_back(p);
  link(d);
  CHECK(mention_of(d, "Các cơ quan chuyên môn về xây dựng cấp tỉnh", Role::lead) ==
        "Các cơ quan chuyên môn về xây dựng cấp tỉnh");
  // near reading: the matter of a task after "về" is no part of its object's name
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Xây dựng hướng dẫn các đơn vị về nghiệp vụ quản lý chi phí.");
  CHECK(mention_of(e, "Sở Xây dựng tỉnh Lào Cai", Role::lead) == "Sở Xây dựng");
  CHECK(e.assignments.size() == 1);
}

TEST_CASE("link span6: the giver's own units, 'các đơn vị trực thuộc', keep 'trực thuộc'") {
  // QĐ 11/2026 Lào Cai, Quy định Điều 4 khoản 1 điểm b
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch Ủy ban nhân dân cấp xã giao các đơn vị trực thuộc, bao gồm cả đơn vị sự nghiệp công lập "
                   "trực thuộc lập báo cáo đề xuất chủ trương đầu tư dự án đối với dự án nhóm B, nhóm C.");
  CHECK(mention_of(d, "Các đơn vị trực thuộc", Role::lead) == "các đơn vị trực thuộc");
  // near reading: units of a named level keep the level ("… trực thuộc Thành phố")
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Các sở, ban, ngành, đơn vị trực thuộc Thành phố có trách nhiệm tổ chức thực hiện.");
  CHECK(mention_of(e, "Các sở, ban, ngành, đơn vị trực thuộc thành phố Hà Nội", Role::lead) ==
        "Các sở, ban, ngành, đơn vị trực thuộc Thành phố");
}

TEST_CASE("link span6: 'Trung ương' after a collective says which ones") {
  // NQ 124/2017 Đồng Tháp, Đề án mục V.1
  Document d = one("Hội đồng nhân dân tỉnh Đồng Tháp",
                   "Về giao thông: Tiếp tục theo dõi, hỗ trợ và đề nghị các cơ quan Trung ương thực hiện tốt các dự án "
                   "đầu tư trên địa bàn tỉnh như: Quốc lộ 30 đoạn Cao Lãnh - Hồng Ngự.");
  CHECK(mention_of(d, "Các cơ quan Trung ương", Role::lead) == "các cơ quan Trung ương");
  // near reading: the central budget is no body ("ngân sách trung ương" is not read as a tail)
  Document e = one("Hội đồng nhân dân tỉnh Đồng Tháp",
                   "Các cơ quan có liên quan lập dự án sử dụng vốn ngân sách trung ương.");
  CHECK(mention_of(e, "Các cơ quan có liên quan", Role::lead) == "Các cơ quan có liên quan");
}

TEST_CASE("link span6: a capitalised 'Các' after a title's words opens the sentence") {
  // NQ 124/2017 Đồng Tháp, Đề án mục VII.5 (its title line joined to its text)
  Document d = one("Hội đồng nhân dân tỉnh Đồng Tháp",
                   "Xác định các mục tiêu ưu tiên đầu tư Các cấp chính quyền đô thị xây dựng kế hoạch đầu tư và lựa "
                   "chọn danh mục các công trình ưu tiên đầu tư để triển khai thực hiện hàng năm.");
  CHECK(mention_of(d, "Các cấp chính quyền đô thị", Role::lead) == "Các cấp chính quyền đô thị");
  // near reading: debris of a chart, no verb after the name (KH CNTT 1998-2000 Lâm Đồng)
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Phòng hành chính tổng hợp Các phòng ban chuyên môn Các cơ quan bên ngoài");
  CHECK(e.assignments.empty());
}

TEST_CASE("link span6: the banking sector acts through the State Bank's provincial branch") {
  // NQ 54/2017 Gia Lai, Điều 1 mục II 3.5
  Document d = one("Hội đồng nhân dân tỉnh Gia Lai",
                   "Ngành ngân hàng phấn đấu giảm lãi suất tín dụng cho vay đầu tư sản xuất, kinh doanh; triển khai có "
                   "hiệu quả các chính sách tín dụng nhằm hỗ trợ phát triển doanh nghiệp, hợp tác xã.");
  CHECK(mention_of(d, "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai", Role::lead) == "Ngành ngân hàng");
  // near reading: no branch at district level, the words stay as printed
  Document e = one("Ủy ban nhân dân huyện An Phú",
                   "Ngành ngân hàng phấn đấu giảm lãi suất tín dụng cho vay.");
  CHECK(!has(e, "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh", Role::lead));
}

TEST_CASE("link span6: 'Hội đồng thẩm định' is the appraisal council's name, not a council and a verb") {
  // TT 15/2026/TT-BCT Điều 2 khoản 2
  Document d = one("Bộ Công Thương",
                   "Hội đồng thẩm định có trách nhiệm thẩm định trong thời hạn 20 (hai mươi) ngày làm việc kể từ ngày "
                   "nhận được đầy đủ hồ sơ hợp lệ.");
  CHECK(mention_of(d, "Hội đồng thẩm định", Role::lead) == "Hội đồng thẩm định");
  // near reading: a named council's verb stays a verb
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Hội đồng nhân dân tỉnh thẩm định báo cáo của Ủy ban nhân dân tỉnh.");
  CHECK(!has(e, "Hội đồng nhân dân tỉnh thẩm định", Role::lead));
}
