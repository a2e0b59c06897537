// Link: a council's own bodies asked to oversee (session 12, lead).
#include <catch2/catch.hpp>

#include "link_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link council2: 'tiếp tục tăng cường công tác giám sát' asked of the council's bodies is oversight") {
  // NQ 26/NQ-HĐND Bà Rịa - Vũng Tàu (2017) Điều 1 khoản 1 ý 5
  Document d = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Đề nghị Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh và đại biểu Hội đồng "
                   "nhân dân tỉnh tiếp tục tăng cường công tác giám sát nội dung này.");
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::supervise));
  CHECK(has(d, "Đại biểu Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::supervise));
  CHECK(!has(d, "Thường trực Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead));
  // the council's own task after 'tiếp tục' stays a task (same resolution, Điều 2 khoản 1)
  Document e = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh "
                   "tiếp tục xem xét những vấn đề được nhiều đại biểu Hội đồng nhân dân quan tâm và cử tri kiến nghị để "
                   "tổ chức chất vấn và trả lời chất vấn tại các phiên họp Thường trực Hội đồng nhân dân tỉnh.");
  CHECK(has(e, "Thường trực Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", Role::lead));
}

TEST_CASE("link council2: bodies that 'phối hợp với' a partner only to oversee the carrying out supervise") {
  // NQ 20/2017/NQ-HĐND Thừa Thiên Huế Điều 3 khoản 2
  Document d = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và "
                   "các đại biểu Hội đồng nhân dân tỉnh phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
                   "tỉnh giám sát việc thực hiện Nghị quyết theo nhiệm vụ, quyền hạn đã được pháp luật quy định.");
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::supervise));
  CHECK(!has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  CHECK(has(d, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế", Role::coordinate));
  // the pair "kiểm tra, giám sát" after a light verb is the same oversight (NQ 17/2017 Thừa Thiên Huế Điều 2 khoản 2)
  Document pair = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                      "Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và "
                      "các đại biểu Hội đồng nhân dân tỉnh phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
                      "tỉnh tiến hành kiểm tra, giám sát việc thực hiện Nghị quyết theo nhiệm vụ, quyền hạn đã được pháp "
                      "luật quy định.");
  CHECK(has(pair, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::supervise));
  CHECK(!has(pair, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  CHECK(!has(pair, "Tổ đại biểu Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  // a task of its own before the oversight keeps the lead
  Document e = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Giao Thường trực Hội đồng nhân dân tỉnh phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt "
                   "Nam tỉnh xây dựng kế hoạch và giám sát việc thực hiện Nghị quyết.");
  CHECK(has(e, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
}

TEST_CASE("link council2: 'Giao nhiệm vụ X yêu cầu …' hands X the request as its task") {
  // NQ 26/NQ-HĐND Bà Rịa - Vũng Tàu (2017) Điều 1 khoản 2 ý 2
  Document d = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp trong Khu công nghiệp "
                   "thực hiện trồng cây xanh theo đúng cam kết trong dự án đầu tư.");
  CHECK(mention_of(d, "Ban Quản lý các Khu công nghiệp tỉnh Bà Rịa - Vũng Tàu", Role::lead) == "Ban Quản lý các Khu công nghiệp tỉnh");
  // a body that only requests, unhanded, has no task of its own
  Document e = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp trong Khu công nghiệp thực hiện "
                   "trồng cây xanh.");
  CHECK(!has(e, "Ban Quản lý các Khu công nghiệp tỉnh", Role::lead));
}

TEST_CASE("link council2: the issuing council agreeing on an assessment or a programme gives itself no task") {
  // NQ 01/2017/NQ-HĐND Hậu Giang Điều 1, Điều 2
  Document d = one("Hội đồng nhân dân tỉnh Hậu Giang",
                   "Hội đồng nhân dân tỉnh thống nhất đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, "
                   "quốc phòng - an ninh 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2017.");
  CHECK(!has(d, "Hội đồng nhân dân tỉnh Hậu Giang", Role::lead));
  Document e = one("Hội đồng nhân dân tỉnh Hậu Giang",
                   "Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, nhiệm vụ phát triển kinh tế - xã hội, quốc "
                   "phòng - an ninh 6 tháng cuối năm 2017, trong đó cần tập trung một số nhiệm vụ chủ yếu sau:");
  CHECK(e.assignments.empty());
}

TEST_CASE("link council2: the authors named on a topic line over a rate list are no subjects") {
  // NQ 24/2017/NQ-HĐND Bà Rịa - Vũng Tàu, the attached rates, khoản 1
  Document d = one("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                   "Đối với dự thảo Nghị quyết và dự thảo Quyết định quy phạm pháp luật của Hội đồng nhân dân, Ủy ban "
                   "nhân dân ban hành mới hoặc thay thế:");
  CHECK(d.assignments.empty());
  // a body named after 'Đối với' heads its own duties
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Đối với Sở Tư pháp: chủ trì tổ chức tuyên truyền Luật.");
  CHECK(has(e, "Sở Tư pháp tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link council2: a council's monitoring programme - examining reports and deciding a programme by a date are its work") {
  const std::string docs = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";
  // NQ 04/NQ-HĐND Bình Dương (2017): "Điều 1. Quyết định chương trình giám sát của Hội đồng nhân dân
  // tỉnh năm 2018, bao gồm các nội dung sau đây:" is the programme adopted, not a list of a
  // document's contents — "1. Hội đồng nhân dân xem xét các báo cáo sau đây:" is the council's task
  Document d = parse_file(docs + "nghi-quyet-04-hdnd-binh-duong.txt");
  CHECK(on(d, "art_1__para_1") == std::vector<std::string>{"lead Hội đồng nhân dân tỉnh Bình Dương"});
  // Điều 2 khoản 2: "…; các Ban của HĐND tỉnh quyết định chương trình giám sát của Ban năm 2018
  // vào cuối năm 2017" — a decision owed by a time, like the Thường trực's before the ";"
  CHECK(on(d, "art_2__para_2") == std::vector<std::string>{"lead Thường trực Hội đồng nhân dân tỉnh Bình Dương",
                                                           "lead Các Ban của Hội đồng nhân dân tỉnh Bình Dương"});
  // the same wording in NQ 05/2017 Lai Châu Điều 1 khoản 1 điểm a, without a programme article over it
  Document e = one("Hội đồng nhân dân tỉnh Lai Châu", "Hội đồng nhân dân tỉnh xem xét các báo cáo 6 tháng và 1 năm:");
  CHECK(has(e, "Hội đồng nhân dân tỉnh Lai Châu", Role::lead));
  // deciding without a time stays a power (Luật 147/2025 khoản 15: "Bộ trưởng … quyết định danh mục …")
  Document f = one("Quốc hội", "Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định danh mục các khu vực thăm dò khoáng sản.");
  CHECK(f.assignments.empty());
}

TEST_CASE("link council2: the places after 'tại' listed before a purpose 'để' are no subjects") {
  // NQ 47/NQ-HĐND An Phú (2024) Điều 1 khoản 3 điểm g
  Document d = one("Hội đồng nhân dân huyện An Phú",
                   "Hàng năm, xem xét mức độ thực hiện dân chủ ở cơ sở gắn với thực hiện công tác cải cách hành chính "
                   "tại các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập, Ủy ban nhân dân cấp huyện, cấp xã "
                   "để làm căn cứ đánh giá mức độ hoàn thành nhiệm vụ của lãnh đạo cơ quan, cán bộ quản lý;");
  CHECK(d.assignments.empty());
}

TEST_CASE("link council2: 'đơn vị sự nghiệp công lập' is one name - its 'lập' is no verb") {
  // NQ 12/2025/NQ-HĐND Hà Nội Điều 1 khoản 6: the head of a public service unit decides (a power)
  Document d = one("Hội đồng nhân dân thành phố Hà Nội",
                   "Người đứng đầu đơn vị sự nghiệp công lập quyết định sử dụng tài sản công khác, trừ tài sản quy "
                   "định tại khoản 1 Điều này thuộc phạm vi quản lý để tham gia dự án đầu tư theo phương thức đối tác "
                   "công tư.");
  CHECK(d.assignments.empty());
  // Luật 65/2025/QH15 Điều 17 khoản 1 điểm l: the last of the people a suspension is "đối với"
  Document e = parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/luat-65-2025-qh15-to-chuc-chinh-quyen-dia-phuong.txt");
  CHECK(!has(e, "Người đứng đầu đơn vị sự nghiệp công", Role::lead));
  CHECK(!has(e, "Người đứng đầu đơn vị sự nghiệp công lập", Role::lead));
  // still a body that acts when it is the subject (made up: the corpus has none as a subject)
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các đơn vị sự nghiệp công lập có trách nhiệm lập danh mục dự án gửi Sở Tài chính.");
  CHECK(has(f, "Các đơn vị sự nghiệp công lập", Role::lead));
}

TEST_CASE("link council2: a decision that comes with a report on it is owed, not only a power") {
  // NQ 86/2017/NQ-HĐND Hà Giang Điều 1 khoản 6 (the new point e)
  Document d = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "UBND tỉnh xem xét quyết định mức hỗ trợ cụ thể cho từng dự án và báo cáo HĐND tỉnh kết quả thực "
                   "hiện tại kỳ họp gần nhất.");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Ủy ban nhân dân tỉnh Hà Giang"});
  // the decision alone stays a power
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang", "UBND tỉnh xem xét quyết định mức hỗ trợ cụ thể cho từng dự án.");
  CHECK(e.assignments.empty());
}
