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
  CHECK(has(e, "Phòng đăng ký kinh doanh cấp tỉnh", Role::lead));
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
  CHECK(mention_of(f, "Ban Quản lý khu kinh tế", Role::lead) == "Ban Quản lý khu kinh tế");
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
