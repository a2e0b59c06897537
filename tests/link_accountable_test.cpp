// Link stage: whom a body answers to ("chịu trách nhiệm trước …"), what it is ("… là cơ quan …", neither a
// task) and the duties listed after it.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link accountable: the bodies after chịu trách nhiệm trước are answered to, no task", "[link][accountable]") {
  // Luật 65/2025/QH15 Điều 6 khoản 1: a qualifier of the name, what the body is, whom it answers to
  Document d = one("Quốc hội",
                   "Ủy ban nhân dân ở cấp chính quyền địa phương do Hội đồng nhân dân cùng cấp bầu, là cơ quan chấp "
                   "hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân "
                   "dân địa phương, Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.");
  CHECK(d.assignments.empty());
  // a duty after the qualifier still assigns (Luật 65/2025 Điều 13 khoản 4 wording)
  Document e = one("Quốc hội",
                   "Ủy ban nhân dân ở cấp tỉnh phải báo cáo Hội đồng nhân dân cùng cấp về kết quả thực hiện.");
  bool leads = false;
  for (const Assignment& a : e.assignments) leads = leads || (a.role == Role::lead && a.mention.rfind("Ủy ban nhân dân", 0) == 0);
  CHECK(leads);
  // answering for a work still assigns the subject, and the body answered to gets nothing
  Document f = one("Quốc hội",
                   "Giám đốc Sở là người đứng đầu Sở, chịu trách nhiệm trước Ủy ban nhân dân cấp tỉnh về thực hiện "
                   "chức năng, nhiệm vụ của Sở.");
  CHECK_FALSE(has(f, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link accountable: giám sát as one item of a defined body's duties supervises", "[link][accountable]") {
  // Luật 65/2025/QH15 Điều 27 khoản 3
  Document d = one("Quốc hội",
                   "Ban của Hội đồng nhân dân là cơ quan của Hội đồng nhân dân, có nhiệm vụ thẩm tra dự thảo nghị "
                   "quyết, báo cáo, đề án trước khi trình Hội đồng nhân dân, giám sát, kiến nghị về những vấn đề thuộc "
                   "lĩnh vực Ban phụ trách; chịu trách nhiệm và báo cáo công tác trước Hội đồng nhân dân.");
  CHECK(has(d, "Ban của Hội đồng nhân dân", Role::lead));
  CHECK(has(d, "Ban của Hội đồng nhân dân", Role::supervise));
  // Điều 7 khoản 1: the Front's social oversight, not the government's
  Document e = one("Quốc hội",
                   "Chính quyền địa phương phối hợp và phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ "
                   "chức chính trị - xã hội tuyên truyền, vận động Nhân dân tham gia xây dựng và củng cố chính quyền "
                   "nhân dân, tổ chức thực hiện chính sách, pháp luật của Nhà nước, giám sát, phản biện xã hội đối với "
                   "hoạt động của chính quyền địa phương.");
  for (const Assignment& a : e.assignments) CHECK(a.role != Role::supervise);
}

TEST_CASE("link accountable: phối hợp công tác với names the partner", "[link][accountable]") {
  // Luật 65/2025/QH15 Điều 29 khoản 13, with its subject from the article's lead-in
  Document d = one("Quốc hội",
                   "Thường trực Hội đồng nhân dân giữ mối liên hệ và phối hợp công tác với Ban Thường trực Ủy ban Mặt "
                   "trận Tổ quốc Việt Nam cùng cấp.");
  bool partner = false;
  for (const Assignment& a : d.assignments)
    partner = partner || (a.role == Role::coordinate && a.mention.rfind("Ban Thường trực", 0) == 0);
  CHECK(partner);
}

TEST_CASE("link accountable: a body's equal standing is a status, no task", "[link][accountable]") {
  // Luật 65/2025/QH15 Điều 31 khoản 1: "bình đẳng" is no word of the name either
  Document d = one("Quốc hội",
                   "Đại biểu Hội đồng nhân dân bình đẳng trong thảo luận và quyết định các vấn đề thuộc nhiệm vụ, quyền "
                   "hạn của Hội đồng nhân dân.");
  CHECK(d.assignments.empty());
}

TEST_CASE("link accountable: the verb after trong thời gian … không họp is the subject's", "[link][accountable]") {
  // Luật 65/2025/QH15 Điều 36 khoản 3: a power to consent, read past the recess phrase
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân hoặc Thường trực Hội đồng nhân dân trong thời gian Hội đồng nhân dân không họp xem "
                   "xét, chấp thuận việc cho thôi làm nhiệm vụ đại biểu Hội đồng nhân dân trong các trường hợp sau đây:");
  CHECK(d.assignments.empty());
}
