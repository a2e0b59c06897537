// Link stage: where a name ends — qualifiers that say which bodies are meant
// belong to the name ("có liên quan", "liên quan đến <matter>"), with
// sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link spans: có liên quan after a named level is part of the name") {
  // Luật 147/2025/QH15, Điều 85b khoản 2
  Document d = one("Quốc hội",
                   "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các Bộ, ngành, Ủy ban nhân dân cấp tỉnh có liên "
                   "quan lập, trình Thủ tướng Chính phủ phê duyệt chiến lược quốc gia về đất hiếm.");
  CHECK(mention_of(d, "Ủy ban nhân dân cấp tỉnh có liên quan", Role::coordinate) ==
        "Ủy ban nhân dân cấp tỉnh có liên quan");
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp tỉnh", Role::coordinate));
  // "có trách nhiệm" after a name is still its duty, not a qualifier
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân cấp xã có trách nhiệm tổ chức thực hiện.");
  CHECK(mention_of(e, "Ủy ban nhân dân cấp xã", Role::lead) == "Ủy ban nhân dân cấp xã");
}

TEST_CASE("link spans: liên quan đến and the matter it names stay with the name") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, mục 11
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường và "
                   "các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh nghiêm túc thực hiện.");
  CHECK(mention_of(d, "Các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh", Role::lead) ==
        "các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh");
  // NQ 1654/2025/UBTVQH15, Điều 3 khoản 1: a verb after "việc" is the matter's
  // noun; the list goes on after "và"
  Document e = one("Ủy ban Thường vụ Quốc hội",
                   "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang, chính quyền địa phương các đơn vị hành "
                   "chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm "
                   "tổ chức thi hành Nghị quyết này.");
  CHECK(mention_of(e, "Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp", Role::lead) ==
        "chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp");
  CHECK(has(e, "Các cơ quan, tổ chức khác có liên quan", Role::lead));
  // KH CNTT 1998-2000 Lâm Đồng, B.5: the matter ends with its demonstrative
  Document f = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "- Các ngành chức năng có liên quan đến lĩnh vực này phối hợp nghiên cứu, tham mưu giúp UBND Tỉnh ban "
                   "hành các chế độ, chính sách.");
  CHECK(f.assignments.size() >= 1);
  CHECK(f.assignments.front().mention == "Các ngành chức năng có liên quan đến lĩnh vực này");
}

TEST_CASE("link spans: a unit with its body in brackets is one name") {
  // QĐ 19/2025/QĐ-UBND Hà Nội, Điều 2 khoản 16 điểm e
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phối hợp với các cơ quan liên quan và Cục Lãnh sự (Bộ Ngoại giao) tham mưu Ủy ban nhân dân Thành phố "
                   "về chủ trương, chính sách về hoạt động di cư ra nước ngoài của công dân Hà Nội.");
  CHECK(mention_of(d, "Cục Lãnh sự Bộ Ngoại giao", Role::coordinate) == "Cục Lãnh sự (Bộ Ngoại giao)");
  CHECK_FALSE(has(d, "Cục Lãnh sự", Role::coordinate));
}

TEST_CASE("link spans: the matter of a unit and its lower-case fields stay in its name") {
  // QĐ 19/2025/QĐ-UBND Hà Nội, Điều 2 khoản 22 điểm a
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tham mưu Ủy ban nhân dân Thành phố trong công tác phối hợp với Ủy ban công tác về các Tổ chức phi chính "
                   "phủ nước ngoài cho ý kiến việc cấp, gia hạn Giấy đăng ký.");
  CHECK(mention_of(d, "Ủy ban công tác về các Tổ chức phi chính phủ nước ngoài", Role::coordinate) ==
        "Ủy ban công tác về các Tổ chức phi chính phủ nước ngoài");
  // Điều 7 khoản 3: fields in lower case, closed by the city's name
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc Sở Nội vụ; Giám đốc Trung tâm Xúc tiến đầu tư, "
                   "thương mại, du lịch Hà Nội; Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(e, "Giám đốc Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội", Role::lead) ==
        "Giám đốc Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội");
  CHECK(has(e, "Thủ trưởng các sở, ban, ngành", Role::lead));
  // KH CNTT 1998-2000 Lâm Đồng: a lower-case head after the comma is the next body
  Document f = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Ban Tổ chức chính quyền, cục Thống kê chủ trì thực hiện việc thống kê.");
  CHECK(f.assignments.size() >= 1);
  CHECK(f.assignments.front().mention == "Ban Tổ chức chính quyền");
}

TEST_CASE("link spans: a collective of the city's offices keeps Thành phố") {
  // QĐ 01/2025/QĐ-UBND Hà Nội, Điều 4
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng UBND Thành phố; Giám đốc các Sở, Ban, ngành Thành phố; Chủ tịch UBND các quận, huyện, "
                   "thị xã Sơn Tây và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Giám đốc các Sở, Ban, ngành thành phố Hà Nội", Role::lead) == "Giám đốc các Sở, Ban, ngành Thành phố");
}

TEST_CASE("link spans: the longest registered phrase names the body") {
  // TT 155/1998/TT-BTC, 3.2.c: "Cơ quan Thuế địa phương", not the sector word "cơ quan Thuế"
  Document d = one("Bộ Tài chính",
                   "Cơ quan Thuế địa phương xác nhận về số trang sổ, đóng dấu giáp lai các trang sổ trước khi doanh "
                   "nghiệp, tổ chức sử dụng.",
                   "Thông tư");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments.front().mention == "Cơ quan Thuế địa phương");
  // TT 155/1998/TT-BTC, 3: the zones a board manages are part of its name
  Document e = one("Bộ Tài chính",
                   "Ban quản lý Khu chế xuất, Khu công nghiệp, Khu công nghệ cao cấp tỉnh có trách nhiệm tiếp nhận báo "
                   "cáo tài chính.");
  REQUIRE(e.assignments.size() == 1);
  CHECK(e.assignments.front().mention == "Ban quản lý Khu chế xuất, Khu công nghiệp, Khu công nghệ cao cấp tỉnh");
}

TEST_CASE("link spans: the village front committee keeps its villages") {
  // NĐ 29/1998/NĐ-CP Quy chế, Điều 15 khoản 2 and 4: old typing in lower case
  Document d = one("Chính phủ",
                   "Phối hợp với ban công tác Mặt trận thôn, làng, ấp, bản chủ trì cuộc họp của thôn, làng, ấp, bản.");
  CHECK(mention_of(d, "Ban công tác Mặt trận thôn, làng, ấp, bản", Role::coordinate) ==
        "ban công tác Mặt trận thôn, làng, ấp, bản");
  Document e = one("Chính phủ",
                   "Phối hợp với ban công tác Mặt trận ở thôn, làng, ấp, bản hướng dẫn hoạt động của các ban hòa giải.");
  CHECK(mention_of(e, "Ban công tác Mặt trận ở thôn, làng, ấp, bản", Role::coordinate) ==
        "ban công tác Mặt trận ở thôn, làng, ấp, bản");
}

TEST_CASE("link spans: a collective does not swallow the next body's head") {
  // NQ 47/2024 HĐND An Phú, Điều 1 khoản 3 điểm c: "Ban" is a collective word
  // ("các Sở, Ban, ngành") but here it starts a registered name
  Document d = one("Hội đồng nhân dân huyện An Phú",
                   "Các cơ quan, đơn vị, địa phương và Ban Giám sát đầu tư của cộng đồng có trách nhiệm thực hiện.");
  CHECK(has(d, "Các cơ quan, đơn vị, địa phương", Role::lead));
  CHECK(mention_of(d, "Ban Giám sát đầu tư của cộng đồng", Role::lead) == "Ban Giám sát đầu tư của cộng đồng");
  // NQ 16/2017 HĐND Bà Rịa - Vũng Tàu, Điều 1 khoản 2 điểm b: a library is a body
  Document e = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", "b) Đơn vị trực tiếp thu: Thư viện tỉnh Bà Rịa-Vũng Tàu.");
  CHECK(has(e, "Thư viện tỉnh Bà Rịa - Vũng Tàu", Role::lead));
}

TEST_CASE("link spans: a unit listed without its head word after a unit of the same kind") {
  // QĐ 173/QĐ-BTP 2015 Kế hoạch, II.2.a: "Vụ" printed once for two departments
  Document d = one("Bộ Tư pháp",
                   "- Đơn vị phối hợp: Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây dựng pháp luật, Vụ Pháp "
                   "luật dân sự - kinh tế.");
  CHECK(mention_of(d, "Vụ Các vấn đề chung về xây dựng pháp luật", Role::coordinate) ==
        "Các vấn đề chung về xây dựng pháp luật");
  CHECK(has(d, "Vụ Pháp luật dân sự - kinh tế Bộ Tư pháp", Role::coordinate));
  // a collective after the comma stays a collective
  Document e = one("Bộ Tư pháp", "- Đơn vị phối hợp: Vụ Pháp luật quốc tế, Các đơn vị có liên quan.");
  CHECK_FALSE(has(e, "Vụ Các đơn vị có liên quan", Role::coordinate));
}

TEST_CASE("link spans: a collective inside and outside a body keeps that body") {
  // QĐ 173/QĐ-BTP 2015 Kế hoạch, III.1.đ
  Document d = one("Bộ Tư pháp",
                   "đ) Là đơn vị đầu mối, phối hợp với các cơ quan, đơn vị trong và ngoài Bộ Tư pháp có liên quan chịu "
                   "trách nhiệm tổ chức triển khai thực hiện Kế hoạch này.");
  CHECK(mention_of(d, "Các cơ quan, đơn vị trong và ngoài Bộ Tư pháp có liên quan", Role::coordinate) ==
        "các cơ quan, đơn vị trong và ngoài Bộ Tư pháp có liên quan");
}

TEST_CASE("link spans: a clause with nơi says which local body is meant") {
  // NĐ 36/2015/NĐ-CP, Điều 5 khoản 4 (a label line joined to its duty)
  Document d = one("Chính phủ",
                   "Ủy ban nhân dân tỉnh nơi dự kiến thành lập Cục Hải quan Bảo đảm các điều kiện cần thiết triển khai "
                   "hoạt động của Cục Hải quan.");
  CHECK(mention_of(d, "Ủy ban nhân dân tỉnh nơi dự kiến thành lập Cục Hải quan", Role::lead) ==
        "Ủy ban nhân dân tỉnh nơi dự kiến thành lập Cục Hải quan");
  // Luật 15/2012/QH13, Điều 99: the clause ends at the verb after it
  Document e = one("Quốc hội",
                   "Đối với người chưa thành niên vi phạm có nơi cư trú ổn định thì Chủ tịch Uỷ ban nhân dân cấp xã nơi "
                   "người đó cư trú lập hồ sơ đề nghị áp dụng biện pháp đưa vào trường giáo dưỡng.",
                   "Luật");
  CHECK(mention_of(e, "Chủ tịch Ủy ban nhân dân cấp xã nơi người đó cư trú", Role::lead) ==
        "Chủ tịch Uỷ ban nhân dân cấp xã nơi người đó cư trú");
}

TEST_CASE("link spans: a nơi clause after a body's name without a level") {
  // Luật 15/2012, Điều 118: "Toà án nhân dân nơi có cơ sở …" is who decides, a power
  Document d = one("Quốc hội",
                   "Trưởng Công an cấp huyện xem xét tính pháp lý của hồ sơ trước khi xem xét, gửi hồ sơ đề nghị Toà án "
                   "nhân dân nơi có cơ sở cai nghiện bắt buộc quyết định áp dụng biện pháp đưa vào cơ sở giáo dục bắt buộc.");
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("Toà án") == std::string::npos);
  // Luật 18/2003, Điều 42: "nơi cấp giấy chứng nhận …" ("nhận" is no verb there), a power
  Document e = one("Quốc hội",
                   "Giải thể bắt buộc: Uỷ ban nhân dân nơi cấp giấy chứng nhận đăng ký kinh doanh có quyền quyết định "
                   "buộc giải thể đối với hợp tác xã khi có một trong các trường hợp sau đây:");
  CHECK(e.assignments.empty());
}

TEST_CASE("link spans: nơi đã ra quyết định ends at the decision") {
  // Luật 15/2012, Điều 111.3
  Document d = one("Quốc hội",
                   "Tòa án nhân dân cấp huyện nơi đã ra quyết định áp dụng biện pháp đưa vào trường giáo dưỡng, đưa vào "
                   "cơ sở giáo dục bắt buộc, đưa vào cơ sở cai nghiện bắt buộc xem xét, quyết định việc hoãn hoặc miễn "
                   "chấp hành trên cơ sở đơn đề nghị của người phải chấp hành quyết định.");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].agency == "Tòa án nhân dân cấp huyện nơi đã ra quyết định");
}

TEST_CASE("link spans: a council's own acts and gồm end its name") {
  // Luật 65/2025, Điều 7.2 and 38.4: the name ends before "tham dự", "thay mặt"
  Document d = one("Quốc hội",
                   "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tham dự các kỳ họp Hội đồng nhân dân cùng cấp.");
  for (const Assignment& a : d.assignments) CHECK(a.mention.find("tham dự") == std::string::npos);
  Document e = one("Quốc hội",
                   "Phó Chủ tịch Ủy ban nhân dân thay mặt Chủ tịch Ủy ban nhân dân chủ trì các phiên họp của Ủy ban "
                   "nhân dân khi Chủ tịch Ủy ban nhân dân vắng mặt.");
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("thay mặt") == std::string::npos);
  // Luật 18/2003, Điều 40.1.a: "gồm" lists the members
  Document f = one("Quốc hội",
                   "a) Đại hội xã viên thành lập Hội đồng chia, tách gồm Ban quản trị hợp tác xã; Hội đồng chia, tách "
                   "có trách nhiệm xây dựng phương án chia, tách.");
  for (const Assignment& a : f.assignments) CHECK(a.mention.find("gồm") == std::string::npos);
  // … but "cùng cấp" says which body ("Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", Luật 65/2025 Điều 24.2)
  Document g = one("Quốc hội",
                   "Ủy ban nhân dân cấp xã chịu trách nhiệm phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp tổ "
                   "chức hội nghị đối thoại.");
  CHECK(mention_of(g, "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", Role::coordinate) ==
        "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp");
}

TEST_CASE("link spans: các Sở, Ban ngành is one collective, with the districts listed after it") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình, mục III.B khoản 1.2
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Các Sở, Ban ngành, ủy ban nhân dân các cấp tạo điều kiện cơ sở vật chất, kinh phí, phân công nhân "
                   "sự có đủ năng lực, trình độ cho \"bộ phận tiếp nhận và trả kết quả\" giải quyết thủ tục hành chính.");
  CHECK(mention_of(d, "Các Sở, Ban ngành", Role::lead) == "Các Sở, Ban ngành");
  CHECK_FALSE(has(d, "Các Sở, Ban", Role::lead));
  // … khoản 6.3: the departments and the districts, one collective
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Thủ trưởng các Sở, Ban ngành, quận, huyện phải rà soát lại đội ngũ cán bộ, dứt khoát không để trong "
                   "bộ máy quản lý nhà nước những cán bộ, công chức có thái độ \"thờ ơ, thiếu trách nhiệm\".");
  CHECK(mention_of(e, "Thủ trưởng các Sở, Ban ngành, quận, huyện", Role::lead) ==
        "Thủ trưởng các Sở, Ban ngành, quận, huyện");
  // QĐ 16/2026 Lào Cai (OCR), Quy chế Điều 16 khoản 3: the compound after "sở,"
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Phối hợp với các sở, ban ngành đề nghị cơ quan có thẩm quyền quyết định chủ trương đầu tư, cấp giấy "
                   "chứng nhận đăng ký đầu tư các dự án xây dựng.");
  CHECK(mention_of(f, "Các sở, ban ngành", Role::coordinate) == "các sở, ban ngành");
}

TEST_CASE("link spans: a list of local bodies splits at a school, a station and a steering committee") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình, mục IV khoản 3.5
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Tăng cường công tác tuyên tuyền về cải cách hành chính. Giao Sở Tư pháp chủ trì phối hợp cùng Ban chỉ "
                   "đạo Cải cách hành chính thành phố, Sở Nội vụ, Sở Văn hoá-Thông tin, Trường Chính trị, Đài Phát "
                   "thanh-Truyền hình, Báo Cần Thơ và các Đoàn thể tuyên truyền rộng rãi về chủ trương cải cách hành chính "
                   "trong thành phố.");
  CHECK(mention_of(d, "Ban chỉ đạo Cải cách hành chính thành phố Cần Thơ", Role::coordinate) ==
        "Ban chỉ đạo Cải cách hành chính thành phố");
  CHECK(mention_of(d, "Sở Văn hoá - Thông tin thành phố Cần Thơ", Role::coordinate) == "Sở Văn hoá-Thông tin");
  // the province's school and station get its place
  CHECK(mention_of(d, "Trường Chính trị thành phố Cần Thơ", Role::coordinate) == "Trường Chính trị");
  CHECK(mention_of(d, "Đài Phát thanh - Truyền hình thành phố Cần Thơ", Role::coordinate) ==
        "Đài Phát thanh-Truyền hình");
  CHECK(has(d, "Báo Cần Thơ", Role::coordinate));
}

TEST_CASE("link spans: Ban ngành is never a body named Ban") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Điều 3
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Chánh Văn phòng ủy ban nhân dân thành phố, Giám đốc Sở, Thủ trưởng cơ quan Ban ngành thành phố, Chủ "
                   "tịch ủy ban nhân dân quận, huyện có trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Thủ trưởng cơ quan Ban ngành thành phố Cần Thơ", Role::lead) == "Thủ trưởng cơ quan Ban ngành thành phố");
  CHECK_FALSE(has(d, "Ban ngành thành phố Cần Thơ", Role::lead));
  CHECK_FALSE(has(d, "Thủ trưởng cơ quan", Role::lead));
  // … Chương trình, mục III.B khoản 2.3: "Sở, Ban ngành" without "các" is the collective too
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Tăng cường năng lực của Sở, Ban ngành, ủy ban nhân dân quận, huyện trong việc xây dựng và ban hành "
                   "văn bản bằng cách, đào tạo bồi dưỡng đội ngũ công chức, nắm vững pháp luật.");
  CHECK_FALSE(has(e, "Ban ngành", Role::lead));
}

TEST_CASE("link spans: thuộc tỉnh, trực thuộc Thành phố after a collective says which ones") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, mục 8
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các Sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ, lĩnh vực được giao chủ động tổ chức triển "
                   "khai thực hiện các nhiệm vụ.");
  CHECK(mention_of(d, "Các Sở, ban, ngành thuộc tỉnh Lào Cai", Role::lead) == "Các Sở, ban, ngành thuộc tỉnh");
  // QĐ 16/2026/QĐ-UBND Lào Cai, Điều 3: the list after it goes on
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành thuộc "
                   "tỉnh; Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
                   "Quyết định này./.");
  CHECK(mention_of(e, "Thủ trưởng các sở, ban, ngành thuộc tỉnh Lào Cai", Role::lead) ==
        "Thủ trưởng các sở, ban, ngành thuộc tỉnh");
  CHECK(has(e, "Giám đốc Sở Công Thương tỉnh Lào Cai", Role::lead));
  // QĐ 03/2025/QĐ-UBND Hà Nội, Điều 14
  Document f = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc Thành phố; Giám đốc Kho bạc nhà nước Hà Nội; "
                   "Chủ tịch UBND các quận, huyện, thị xã, xã, thị trấn và Thủ trưởng các cơ quan, đơn vị có liên quan "
                   "chịu trách nhiệm tổ chức thực hiện Quyết định này./.");
  CHECK(mention_of(f, "Giám đốc, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc thành phố Hà Nội", Role::lead) ==
        "Giám đốc, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc Thành phố");
}

TEST_CASE("link spans: các tập thể, cá nhân liên quan told to carry out a decision is one collective") {
  // QĐ 35/2024/QĐ-UBND Hà Nội, Điều 3 (its last member)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã; các tập thể, cá nhân liên quan chịu trách nhiệm "
                   "thi hành Quyết định này./.");
  CHECK(mention_of(d, "Các tập thể, cá nhân liên quan", Role::lead) == "các tập thể, cá nhân liên quan");
}

TEST_CASE("link spans: a list of places ends before thành viên") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Điều 3
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Chánh Văn phòng ủy ban nhân dân thành phố, Giám đốc Sở, Thủ trưởng cơ quan Ban ngành thành phố, Chủ "
                   "tịch ủy ban nhân dân quận, huyện, thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách "
                   "nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Chủ tịch ủy ban nhân dân quận, huyện", Role::lead) == "Chủ tịch ủy ban nhân dân quận, huyện");
  CHECK_FALSE(has(d, "Chủ tịch ủy ban nhân dân quận, huyện, thành", Role::lead));
}

TEST_CASE("link spans: an office of a listed collective keeps the words after its last member") {
  // NQ 12/2025/NQ-HĐND Hà Nội (OCR), Điều 1 khoản 4 mục 3: the whole name, then its power
  Document d = one("Hội đồng nhân dân thành phố Hà Nội",
                   "Thủ trưởng cơ quan, tô chức, đơn vị cấp Thành phố là đơn vị dự toán cấp I quyết định điều chuyền tài "
                   "sản khác, trừ tài sản quy định tại khoản 1 và điểm a khoản 2 Điều này giữa các cơ quan, tô chức, đơn "
                   "vị thuộc phạm vi quản lý.");
  CHECK_FALSE(has(d, "Thủ trưởng cơ quan, tô chức, đơn vị cấp", Role::lead));
}
