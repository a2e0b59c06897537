// Link stage: agents told in other words than "X <verb>" — a passive agent
// after "do", a form of address before the subject, powers whose words owe a
// duty. Sentences from QĐ 34/2025 Hà Nội, NĐ 29/1998/NĐ-CP, NQ 38/2017 Trà
// Vinh, NĐ 109/2004/NĐ-CP and the 2007 internal rules of the Bà Rịa – Vũng
// Tàu industrial zones board.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link agents: the agent after 'do' of a duty is its lead") {
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Việc bố trí kinh phí do Thủ trưởng cơ quan, đơn vị chịu trách nhiệm quyết định theo quy định "
                   "pháp luật về chế độ tự chủ của các cơ quan hành chính nhà nước.");
  CHECK(mention_of(d, "Thủ trưởng cơ quan, đơn vị", Role::lead) == "Thủ trưởng cơ quan, đơn vị");
  Document e = one("Chính phủ",
                   "Hội nghị thôn, làng, ấp, bản được tổ chức sáu tháng một lần gồm toàn thể cử tri hoặc chủ hộ do "
                   "trưởng thôn, làng, ấp, bản phối hợp với ban công tác Mặt trận, các tổ chức đoàn thể triệu tập và "
                   "chủ trì.");
  CHECK(mention_of(e, "Trưởng thôn, làng, ấp, bản", Role::lead) == "trưởng thôn, làng, ấp, bản");
}

TEST_CASE("link agents: 'do X chủ trì' naming which work is meant gives no task") {
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Báo cáo tổng hợp theo dõi tình hình thi hành pháp luật do Sở Tư pháp chủ trì xây dựng trình Ủy "
                   "ban nhân dân tỉnh gửi Bộ Tư pháp: Mức chi 3.400.000 đồng/báo cáo.");
  CHECK(!has(d, "Sở Tư pháp tỉnh Trà Vinh", Role::lead));
}

TEST_CASE("link agents: approving and answering for it is a duty, approving alone a power") {
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thủ trưởng đơn vị dự toán cấp I phê duyệt và chịu trách nhiệm về các nội dung trong Quyết định "
                   "phê duyệt danh mục của mình.");
  CHECK(mention_of(d, "Thủ trưởng đơn vị dự toán cấp I", Role::lead) == "Thủ trưởng đơn vị dự toán cấp I");
  Document e = one("Chính phủ", "Hương ước, quy ước do nhân dân xây dựng, Chủ tịch ủy ban nhân dân huyện phê duyệt "
                                "hương ước, quy ước đó.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link agents: a certificate owed within a time limit is a duty") {
  Document d = one("Chính phủ",
                   "Phòng đăng ký kinh doanh cấp tỉnh cấp Giấy chứng nhận đăng ký kinh doanh cho doanh nghiệp trong "
                   "thời hạn mười lăm ngày, kể từ ngày nhận hồ sơ.");
  CHECK(has(d, "Phòng đăng ký kinh doanh cấp tỉnh", Role::lead));
  Document e = one("Chính phủ", "Phòng đăng ký kinh doanh cấp tỉnh cấp Giấy chứng nhận đăng ký kinh doanh cho "
                                "doanh nghiệp.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link agents: a form of address before the issuer's own offices") {
  Document d = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa – Vũng Tàu",
                   "Các Ông Chánh văn phòng, Trưởng các phòng nghiệp vụ và tòan thể công chức thuộc BQL các Khu công "
                   "nghiệp tỉnh Bà Rịa – Vũng Tàu chịu trách nhiệm thi hành Quyết định này kể từ ngày ký.",
                   "Quyết định");
  CHECK(mention_of(d, "Chánh văn phòng Ban Quản lý các khu công nghiệp tỉnh Bà Rịa – Vũng Tàu", Role::lead) ==
        "Chánh văn phòng");
  CHECK(mention_of(d, "Trưởng các phòng nghiệp vụ Ban Quản lý các khu công nghiệp tỉnh Bà Rịa – Vũng Tàu",
                   Role::lead) == "Trưởng các phòng nghiệp vụ");
  for (const Assignment& a : d.assignments) CHECK(a.scope == Scope::document);
}

TEST_CASE("link agents: a work 'do' a body 'tổ chức và giám sát': that body leads and supervises") {
  // KH CNTT Lâm Đồng 1998, Phần thứ hai mục IV
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Việc triển khai các nội dung trong dự án do Ban chủ nhiệm tổ chức và giám sát với sự hỗ trợ "
                   "của nhóm chuyên viên kỹ thuật.",
                   "Kế hoạch");
  CHECK(mention_of(d, "Ban chủ nhiệm", Role::lead) == "Ban chủ nhiệm");
  CHECK(has(d, "Ban chủ nhiệm", Role::supervise));
  // "… do Ban chủ nhiệm giám sát, với sự hỗ trợ …": the work it oversees
  Document s = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Việc thực hiện triển khai các dự án trong chương trình do Ban chủ nhiệm giám sát, với sự hỗ trợ "
                   "của nhóm chuyên gia kỹ thuật.",
                   "Kế hoạch");
  CHECK(has(s, "Ban chủ nhiệm", Role::supervise));
  // near reading: not a work named by "việc"/"công tác" — which training is meant, no task
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Cán bộ tham gia lớp tập huấn do Ban chủ nhiệm tổ chức và giám sát.", "Kế hoạch");
  CHECK(e.assignments.empty());
}

TEST_CASE("link agents: a programme 'do' a body 'tham mưu giúp' another: the advising body leads") {
  // KH CNTT Lâm Đồng 1998, Phần thứ nhất chương IV mục A
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Chương trình phát triển CNTT do Ban chỉ đạo Tỉnh tham mưu giúp UBND Tỉnh đề ra biện pháp, tổ "
                   "chức xây dựng kế hoạch, triển khai chương trình CNTT theo hướng chung.",
                   "Kế hoạch");
  CHECK(mention_of(d, "Ban chỉ đạo tỉnh Lâm Đồng", Role::lead) == "Ban chỉ đạo Tỉnh");
  // near reading: "do X chủ trì soạn thảo" names which text is meant, no task
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Báo cáo do Ban chỉ đạo Tỉnh chủ trì xây dựng đã được gửi các Sở.", "Kế hoạch");
  CHECK_FALSE(has(e, "Ban chỉ đạo tỉnh Lâm Đồng", Role::lead));
}
