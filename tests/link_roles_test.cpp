// Link stage: words that make a named body no actor — narration of what it
// did, a report's proposals upwards, the issuer speaking, "phòng, chống" as a
// verb — with sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles: a body that has done something is narrated, not assigned") {
  // BC VLNCN 2025 Lào Cai, 1.g
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Công an tỉnh đã tổ chức kiểm tra 04 lượt, không phát hiện vi phạm; Sở Công Thương đã tổ chức 01 "
                   "cuộc kiểm tra đối với 06 đơn vị sử dụng VLNCN trên địa bàn.");
  CHECK(d.assignments.empty());
  // NĐ 109/2004 Điều 23: "đã" inside a relative clause leaves the duty alone
  Document e = one("Chính phủ",
                   "Đối với doanh nghiệp tư nhân, Phòng đăng ký kinh doanh cấp tỉnh nơi doanh nghiệp đã đăng ký ra "
                   "thông báo vi phạm và quyết định thu hồi Giấy chứng nhận đăng ký kinh doanh.");
  CHECK(has(e, "Phòng đăng ký kinh doanh cấp tỉnh nơi doanh nghiệp đã đăng ký", Role::lead));
  // a duty after the narration still counts
  Document f = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Các cơ quan, đơn vị đã được giao nhiệm vụ có trách nhiệm báo cáo kết quả trước ngày 15/12/2025.");
  CHECK(has(f, "Các cơ quan, đơn vị đã được giao nhiệm vụ", Role::lead));
}

TEST_CASE("link roles: a report's requests to its superiors are proposals") {
  const std::string text =
      "Ủy ban nhân dân tỉnh Lào Cai đề nghị Cục Kỹ thuật an toàn và Môi trường công nghiệp xem xét, tổng hợp.";
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai", text, "Báo cáo").assignments.empty());
  // the same words in a letter ask the department to act
  CHECK(!one("Ủy ban nhân dân tỉnh Lào Cai", text, "Công văn").assignments.empty());
}

TEST_CASE("link roles: the issuer announcing is no task, another body announcing is") {
  // TB 1894/2026 Sở Công Thương Lào Cai
  Document d = one("Sở Công Thương tỉnh Lào Cai",
                   "Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện.");
  CHECK(!has(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK(!has(d, "Sở Công Thương Lào Cai", Role::lead));
  // NĐ 32/2024 Điều 10
  Document e = one("Chính phủ",
                   "Ủy ban nhân dân cấp huyện có trách nhiệm thông báo rộng rãi việc tiếp nhận hồ sơ.");
  CHECK(has(e, "Ủy ban nhân dân cấp huyện", Role::lead));
}

TEST_CASE("link roles: a place already named is not added again") {
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai", "Sở Công Thương Lào Cai chủ trì kiểm tra các kho.");
  CHECK(has(d, "Sở Công Thương Lào Cai", Role::lead));
  CHECK(!has(d, "Sở Công Thương Lào Cai tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link roles: phòng, chống and phòng ngừa are verbs, not departments") {
  // NĐ 36/2015 Điều 8, BC VLNCN 2025 Lào Cai
  CHECK(one("Chính phủ", "b) Phòng, chống buôn lậu và gian lận thương mại;").assignments.empty());
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai",
            "Phòng ngừa, ứng phó sự cố hóa chất đối với vật liệu nổ công nghiệp tính phù hợp không cao.")
            .assignments.empty());
}

TEST_CASE("link roles: names by level end where the level does") {
  // NQ 07 HĐND Thừa Thiên Huế, Luật 65/2025 Điều 29
  Document d = one("Chính phủ", "Ủy ban nhân dân các cấp triển khai thực hiện kịp thời.");
  CHECK(mention_of(d, "Ủy ban nhân dân các cấp", Role::lead) == "Ủy ban nhân dân các cấp");
  Document e = one("Quốc hội",
                   "Báo cáo về hoạt động của Hội đồng nhân dân cùng cấp đến Hội đồng nhân dân và Ủy ban nhân dân cấp "
                   "trên trực tiếp; Thường trực Hội đồng nhân dân cấp tỉnh báo cáo về hoạt động của Hội đồng nhân dân "
                   "cấp mình đến Ủy ban Thường vụ Quốc hội và Chính phủ.");
  CHECK(has(e, "Thường trực Hội đồng nhân dân cấp tỉnh", Role::lead));
  CHECK(!has(e, "Ủy ban nhân dân cấp trên trực tiếp", Role::lead));
  // QĐ 16/2026 Lào Cai: a zone's kind is part of the board's name
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trường hợp cụm công nghiệp nằm trong khu kinh tế thì Ban Quản lý khu kinh tế sẽ chủ trì thực hiện.");
  CHECK(mention_of(f, "Ban Quản lý khu kinh tế tỉnh Lào Cai", Role::lead) == "Ban Quản lý khu kinh tế");
}

TEST_CASE("link roles: after a condition the body that must act is the subject") {
  // NĐ 109/2004 Điều 13
  Document d = one("Chính phủ",
                   "Trường hợp hồ sơ không hợp lệ thì Phòng đăng ký kinh doanh cấp tỉnh phải thông báo bằng văn bản cho "
                   "người thành lập doanh nghiệp biết trong thời hạn bảy ngày.");
  CHECK(has(d, "Phòng đăng ký kinh doanh cấp tỉnh", Role::lead));
  // approving and appointing are powers (QĐ 11/2026 Lào Cai, Luật 65/2025)
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai",
            "Ủy ban nhân dân cấp xã chấp thuận vị trí, hướng tuyến, tổng mặt bằng dự án đầu tư xây dựng.")
            .assignments.empty());
  CHECK(one("Quốc hội",
            "Trường hợp khuyết cả Chủ tịch và Phó Chủ tịch Hội đồng nhân dân cấp tỉnh thì Ủy ban Thường vụ Quốc hội "
            "chỉ định người điều hành hoạt động của Hội đồng nhân dân.")
            .assignments.empty());
}

TEST_CASE("link roles: owed passives, duties stated as what a body is, and what a body may do") {
  // Quy định ưu đãi đầu tư 2002 An Giang, Điều 7
  Document d = one("Ủy ban nhân dân tỉnh An Giang",
                   "Từng dự án được hỗ trợ chi phí bồi thường phải được Sở quản lý ngành phối hợp cùng Sở Kế hoạch và "
                   "Đầu tư, Sở Tài chính - Vật giá thẩm định và trình UBND tỉnh quyết định.");
  CHECK(has(d, "Sở quản lý ngành", Role::lead));
  CHECK(has(d, "Sở Kế hoạch và Đầu tư tỉnh An Giang", Role::coordinate));
  CHECK(has(d, "Sở Tài chính - Vật giá tỉnh An Giang", Role::coordinate));
  // TT 120/2002/BTC
  Document e = one("Bộ Tài chính", "Tổng cục Thuế là cơ quan chịu trách nhiệm in, phát hành, quản lý sử dụng hoá đơn.");
  CHECK(has(e, "Tổng cục Thuế", Role::lead));
  // Điều 37 of the An Giang rules: "có thể" grants a choice, not a task
  CHECK(one("Ủy ban nhân dân tỉnh An Giang",
            "Sở Kế hoạch và Đầu tư có thể tham khảo ý kiến của các Sở, Ban, ngành có liên quan của tỉnh.")
            .assignments.empty());
}

TEST_CASE("link roles: a past request told in a report is no task") {
  // BC kết quả Chỉ thị 38 Lào Cai, 2.2
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành và địa phương "
                   "rà soát, tham mưu.",
                   "Báo cáo");
  CHECK(d.assignments.empty());
}

TEST_CASE("link roles: a delegation closing its sentence leads, a form or a task given by someone does not") {
  // NQ 30/2017 HĐND Trà Vinh, Điều 2 khoản 9
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh", "Nội dung hỗ trợ cụ thể do Ủy ban nhân dân tỉnh quy định;");
  CHECK(has(d, "Ủy ban nhân dân tỉnh Trà Vinh", Role::lead));
  // NĐ 109/2004 Điều 12: the form a ministry prescribes
  CHECK(one("Chính phủ", "Đơn đăng ký kinh doanh lập theo mẫu do Bộ Kế hoạch và Đầu tư quy định;").assignments.empty());
  // QĐ 37/2025 Hà Nội Điều 4: tasks that the chief gives, inside a description
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phó Chánh Thanh tra là người giúp Chánh Thanh tra thực hiện nhiệm vụ do Chánh Thanh tra phân công;");
  CHECK(!has(e, "Chánh Thanh tra", Role::lead));
}

TEST_CASE("link roles: the verb after a colon and after an aside gives the role") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, 10.
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan: Tăng cường giám sát "
                   "việc thực thi pháp luật về khoáng sản.",
                   "Công văn");
  CHECK(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", Role::supervise));
  CHECK(!has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", Role::lead));
  // NQ 95 HĐND Hà Giang, Điều 3 khoản 3: an aside without a closing comma
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của "
                   "mình có trách nhiệm giám sát việc thực hiện Nghị quyết.");
  CHECK(has(e, "Thường trực Hội đồng nhân dân tỉnh Hà Giang", Role::supervise));
  CHECK(!has(e, "Thường trực Hội đồng nhân dân tỉnh Hà Giang", Role::lead));
}

TEST_CASE("link roles: a letter's closing line after the basis words is a directive") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, last line of the body
  Document d;
  d.meta.doc_type = "Công văn";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  d.body.push_back({"Căn cứ văn bản này, các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện./.", 60});
  d.body.push_back({"Căn cứ Luật Địa chất và khoáng sản, các cơ quan, đơn vị triển khai thực hiện.", 61});
  link(d);
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].eid == "body");
  CHECK(d.assignments[0].role == Role::lead);
  CHECK(d.assignments[0].mention == "các cơ quan, đơn vị, địa phương liên quan");
}

TEST_CASE("link roles: the body another body writes to, and bodies told so they know, are not assigned") {
  // TT 11/2024 BNV Điều 4 khoản 1 điểm a: a step of the procedure, the province asks
  Document d = one("Bộ Nội vụ",
                   "Ủy ban nhân dân cấp tỉnh có văn bản đề nghị Bộ Tài nguyên và Môi trường kiểm tra, rà soát hồ sơ địa "
                   "giới đơn vị hành chính của địa phương.",
                   "Thông tư");
  CHECK(has(d, "Ủy ban nhân dân cấp tỉnh", Role::lead));
  CHECK(on(d, "para_1").size() == 1);
  // NQ 95 Hà Giang Điều 2 khoản 4: a report to the council, for it to know
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Chỉ đạo Công an tỉnh thực hiện Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu, Thường trực HĐND tỉnh "
                   "biết, giám sát.",
                   "Nghị quyết");
  CHECK_FALSE(has(e, "Thường trực Hội đồng nhân dân tỉnh Hà Giang", Role::lead));
  CHECK_FALSE(has(e, "Thường trực Hội đồng nhân dân tỉnh Hà Giang", Role::supervise));
}

TEST_CASE("link roles: names listed after a first item we do not take keep the list's role") {
  // NĐ 29/1998 Quy chế Điều 7: who campaigns for the gifts, describing which gifts are meant
  CHECK(one("Chính phủ",
            "Những khoản dân ủng hộ với mục đích tương trợ, nhân đạo, từ thiện do chính quyền, ủy ban Mặt trận Tổ quốc, "
            "các đoàn thể, các Hội và các tổ chức xã hội tuyên truyền, vận động nhân dân theo nguyên tắc hoàn toàn tự "
            "nguyện.",
            "Nghị định")
            .assignments.empty());
  // NĐ 29/1998 Quy chế Điều 14: partners after "phối hợp với"
  Document d = one("Chính phủ",
                   "Hội nghị thôn được tổ chức sáu tháng một lần do trưởng thôn phối hợp với ban công tác Mặt trận, các "
                   "tổ chức đoàn thể triệu tập và chủ trì.",
                   "Nghị định");
  CHECK(has(d, "Các tổ chức đoàn thể", Role::coordinate));
  CHECK_FALSE(has(d, "Các tổ chức đoàn thể", Role::lead));
  // (a phrase with its own verb ends before the name: QĐ 70/2024 Hà Nội, Quy định Điều 5)
  CHECK(has(one("Ủy ban nhân dân thành phố Hà Nội",
                "Trường hợp cần thiết điều chỉnh danh mục hàng hóa, dịch vụ do Nhà nước định giá, Sở quản lý ngành, lĩnh "
                "vực có trách nhiệm tham mưu Ủy ban nhân dân Thành phố.",
                "Quyết định"),
            "Sở quản lý ngành, lĩnh vực", Role::lead));
}

TEST_CASE("link roles: partners after a long unassigned first item, and after thống nhất với, coordinate") {
  // CV 19046/2014 BTC 14.3
  Document d = one("Bộ Tài chính",
                   "Trường hợp không xác định được chủ phương tiện vận tải, cơ quan hải quan chủ trì, phối hợp với doanh "
                   "nghiệp kinh doanh cảng, kho, bãi, chính quyền địa phương và cơ quan liên quan thực hiện tiêu hủy.",
                   "Công văn");
  CHECK(has(d, "Chính quyền địa phương", Role::coordinate));
  CHECK_FALSE(has(d, "Chính quyền địa phương", Role::lead));
  // NĐ 109/2004 Điều 31
  Document e = one("Chính phủ",
                   "Bộ trưởng Bộ Kế hoạch và Đầu tư thống nhất với Bộ trưởng Bộ Nội vụ ban hành Quy định hướng dẫn về tổ "
                   "chức, bộ máy, biên chế và tiêu chuẩn cán bộ đăng ký kinh doanh.",
                   "Nghị định");
  CHECK(has(e, "Bộ trưởng Bộ Nội vụ", Role::coordinate));
}

TEST_CASE("link roles: a share allotted to a fund is no task") {
  // Quy chế chi tiêu nội bộ 2007 BQL KCN Bà Rịa - Vũng Tàu, Điều 19
  CHECK(one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu", "Quỹ khen thưởng cho CC : 05%", "Quyết định")
            .assignments.empty());
  CHECK(one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu", "Quỹ dự phòng : 10%", "Quyết định")
            .assignments.empty());
}
