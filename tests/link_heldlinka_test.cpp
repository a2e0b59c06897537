// Link stage: readings from the held-out resolutions of the Quốc hội and of HĐND (session 22,
// heldlinka) — each on the real sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link heldlinka: the central bodies listed without các run on past cơ quan thuộc Chính phủ") {
  // NQ 61/2022/QH15 Điều 3 khoản 3
  Document d = one("Quốc hội",
                   "Chính phủ, Thủ tướng Chính phủ, Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Tòa án nhân dân tối "
                   "cao, Viện kiểm sát nhân dân tối cao, Kiểm toán nhà nước, Ủy ban nhân dân các tỉnh, thành phố trực "
                   "thuộc trung ương, trong phạm vi nhiệm vụ, quyền hạn của mình, chỉ đạo tổ chức thực hiện và kiểm tra "
                   "việc thực hiện Nghị quyết này.",
                   "Nghị quyết");
  CHECK(has(d, "Cơ quan thuộc Chính phủ", Role::lead));
  CHECK(has(d, "Tòa án nhân dân tối cao", Role::lead));
  CHECK(has(d, "Kiểm toán nhà nước", Role::supervise));
  CHECK(has(d, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", Role::lead));
  // near reading: the bodies named as whom a report concerns act not
  Document e = one("Quốc hội",
                   "Chính phủ báo cáo Quốc hội về kết quả thực hiện của Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ.",
                   "Nghị quyết");
  CHECK(has(e, "Chính phủ", Role::lead));
  CHECK_FALSE(has(e, "Cơ quan thuộc Chính phủ", Role::lead));
}

TEST_CASE("link heldlinka: the Front's member organisations joined by và share the Front's verb") {
  // NQ 23/2003/QH11 Điều 5
  Document d = one("Quốc hội",
                   "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận tuyên truyền, phổ biến rộng rãi và "
                   "vận động các tầng lớp nhân dân thực hiện nghiêm chỉnh Nghị quyết của Quốc hội.",
                   "Nghị quyết");
  CHECK(mention_of(d, "Ủy ban Mặt trận Tổ quốc Việt Nam", Role::lead) == "Mặt trận Tổ quốc Việt Nam");
  CHECK(mention_of(d, "Các tổ chức thành viên của Mặt trận", Role::lead) == "các tổ chức thành viên của Mặt trận");
  // near reading: members of a council are persons, no organisation of the Front
  Document e = one("Quốc hội", "Các thành viên của Hội đồng tuyên truyền, phổ biến Nghị quyết này.", "Nghị quyết");
  CHECK_FALSE(has(e, "Các tổ chức thành viên của Mặt trận", Role::lead));
}

namespace {
// A council's resolution: Điều 1 headed by `heading` over `lead_in` and its clause `clause`, which opens a list.
Document council_article(std::string heading, std::string lead_in, std::string clause) {
  Document d;
  d.meta.doc_type = "Nghị quyết";
  d.meta.issuer = "Hội đồng nhân dân tỉnh Cao Bằng";
  Provision a = prov("art_1", std::move(lead_in),
                     {prov("art_1__para_1", std::move(clause),
                           {prov("art_1__para_1__point_a", "Xem xét báo cáo của Ủy ban nhân dân tỉnh về tình hình thực "
                                                           "hiện nhiệm vụ kinh tế - xã hội;")})});
  a.kind = ProvisionKind::article;
  if (!heading.empty()) a.heading = std::move(heading);
  d.provisions.push_back(std::move(a));
  link(d);
  return d;
}
}  // namespace

TEST_CASE("link heldlinka: the council's supervision programme lists its own oversight") {
  // NQ 05/2017 Cao Bằng Điều 1 (the heading line wraps: its end is printed as the text)
  Document d = council_article("Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh", "Cao Bằng gồm các nội dung sau:",
                               "Hội đồng nhân dân tỉnh giám sát tại các kỳ họp:");
  CHECK(has(d, "Hội đồng nhân dân tỉnh Cao Bằng", Role::supervise));
  // near reading: what a plan must contain names bodies without directing them
  Document e = council_article("", "Nội dung của kế hoạch gồm các nội dung sau:",
                               "Hội đồng nhân dân tỉnh giám sát tại các kỳ họp:");
  CHECK_FALSE(has(e, "Hội đồng nhân dân tỉnh Cao Bằng", Role::supervise));
}

TEST_CASE("link heldlinka: the standing body steering the committees' oversight supervises") {
  // NQ 05/2017 Cao Bằng Điều 2
  const std::string giao = "Giao Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch và tổ chức thực hiện Chương trình "
                           "giám sát năm 2018 của Hội đồng nhân dân tỉnh; ";
  Document d = one("Hội đồng nhân dân tỉnh Cao Bằng",
                   giao + "chỉ đạo, điều hòa hoạt động giám sát, phối hợp đánh giá tình hình và kết quả hoạt động giám "
                          "sát của các Ban của Hội đồng nhân dân tỉnh theo quy định của pháp luật.",
                   "Nghị quyết");
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Cao Bằng", Role::lead));
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Cao Bằng", Role::supervise));
  // near reading: steering its own work of another kind is no oversight
  Document e = one("Hội đồng nhân dân tỉnh Cao Bằng", giao + "chỉ đạo, điều hòa hoạt động tiếp xúc cử tri.", "Nghị quyết");
  CHECK(has(e, "Thường trực Hội đồng nhân dân tỉnh Cao Bằng", Role::lead));
  CHECK_FALSE(has(e, "Thường trực Hội đồng nhân dân tỉnh Cao Bằng", Role::supervise));
}

TEST_CASE("link heldlinka: a resolution's own appeal, enactment and verdict assign nothing to its issuer") {
  // NQ 23/2003/QH11 Điều 5
  Document d = one("Quốc hội",
                   "Quốc hội kêu gọi đồng bào trong nước và kiều bào ta ở nước ngoài vì lợi ích chung của toàn dân tộc, "
                   "đồng tình ủng hộ và thực hiện nghiêm chỉnh Nghị quyết của Quốc hội.",
                   "Nghị quyết");
  CHECK_FALSE(has(d, "Quốc hội", Role::lead));
  // NQ 03/2017 Hậu Giang Điều 1
  Document e = one("Hội đồng nhân dân tỉnh Hậu Giang",
                   "Hội đồng nhân dân tỉnh thống nhất quy định nội dung, mức chi kinh phí đảm bảo cho công tác quản lý "
                   "nhà nước về thi hành pháp luật xử lý vi phạm hành chính trên địa bàn tỉnh Hậu Giang.",
                   "Nghị quyết");
  CHECK_FALSE(has(e, "Hội đồng nhân dân tỉnh Hậu Giang", Role::lead));
  // near reading: another body's appeal in the resolution is its task
  Document f = one("Hội đồng nhân dân tỉnh Hậu Giang",
                   "Ủy ban nhân dân tỉnh kêu gọi các doanh nghiệp đầu tư vào nông nghiệp công nghệ cao.", "Nghị quyết");
  CHECK(has(f, "Ủy ban nhân dân tỉnh Hậu Giang", Role::lead));
}

TEST_CASE("link heldlinka: what the bodies did in haste is past narration") {
  // NQ 61/2022/QH15 Điều 1
  const std::string names = "Sau khi Luật Quy hoạch được thông qua, Quốc hội, Ủy ban Thường vụ Quốc hội, Chính phủ, Thủ "
                            "tướng Chính phủ ";
  Document d = one("Quốc hội",
                   names + "đã khẩn trương ban hành, sửa đổi, bổ sung nhiều văn bản pháp luật để triển khai thực hiện "
                           "Luật Quy hoạch.",
                   "Nghị quyết");
  CHECK_FALSE(has(d, "Chính phủ", Role::lead));
  CHECK_FALSE(has(d, "Thủ tướng Chính phủ", Role::lead));
  // near reading: haste asked for is a task
  Document e = one("Quốc hội", names + "khẩn trương ban hành các văn bản quy định chi tiết Luật Quy hoạch.", "Nghị quyết");
  CHECK(has(e, "Chính phủ", Role::lead));
}

TEST_CASE("link heldlinka: stressing whose duty it is with no field of it is a principle, no task") {
  // NQ 61/2022/QH15 Điều 2 khoản 2 point h
  Document d = one("Quốc hội",
                   "Tăng cường kỷ luật, kỷ cương trong công tác quy hoạch; đề cao trách nhiệm của người đứng đầu, cá thể "
                   "hóa trách nhiệm; bảo đảm tính công khai, minh bạch.",
                   "Nghị quyết");
  CHECK_FALSE(has(d, "Người đứng đầu", Role::lead));
  // near reading: the field of the duty named (as CV 5973/2026 Lào Cai's "… trong việc bảo vệ khoáng sản")
  Document e = one("Quốc hội",
                   "Tăng cường kỷ luật, kỷ cương trong công tác quy hoạch; đề cao trách nhiệm của người đứng đầu trong "
                   "việc tổ chức lập quy hoạch.",
                   "Nghị quyết");
  CHECK(has(e, "Người đứng đầu", Role::lead));
}

TEST_CASE("link heldlinka: a trade's title pointing to its annex names no office") {
  // QĐ 64/2024 Hà Nội Điều 1 khoản 7 (a list of 37 trades, each with its annex)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc hợp tác xã nông nghiệp (được quy định tại Phụ lục số 07).", "Quyết định");
  CHECK(on(d, "para_1").empty());
  // near reading: an office with its duty before the annex
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tổ chức đào tạo nghề (được quy định tại Phụ lục số "
                   "07).",
                   "Quyết định");
  CHECK_FALSE(on(e, "para_1").empty());
}
