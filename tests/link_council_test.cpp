// Link stage: what a People's Council resolution on a question session
// (nghị quyết về chất vấn) says of bodies it praises or agrees with, from
// the corpus's resolutions (sources in each case).
#include <catch2/catch.hpp>

#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link council: the bodies a council praises are given nothing") {
  // NQ 95 HĐND tỉnh Hà Giang, Điều 1
  Document d = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Hội đồng nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của các Đại biểu HĐND tỉnh trong việc kịp "
                   "thời phản ánh những vấn đề cử tri, nhân dân quan tâm. Đồng thời, đánh giá cao sự nghiêm túc, tinh "
                   "thần trách nhiệm của Ủy ban nhân dân tỉnh, của thủ trưởng các sở, ngành: Nông nghiệp và Phát triển "
                   "nông thôn; Tài nguyên và Môi trường; Ban Dân tộc tỉnh; Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh trong "
                   "việc trả lời các ý kiến chất vấn của đại biểu.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
}

TEST_CASE("link council: agreeing is no duty, the request that follows is") {
  // NQ 54/2017 HĐND tỉnh Gia Lai, mục II
  Document d = one("Hội đồng nhân dân tỉnh Gia Lai",
                   "Hội đồng nhân dân tỉnh thống nhất với các nhiệm vụ chủ yếu phải thực hiện trong 6 tháng cuối năm "
                   "2017 mà Ủy ban nhân dân tỉnh đã đề ra và yêu cầu Ủy ban nhân dân tỉnh tăng cường chỉ đạo các ngành, "
                   "các cấp nỗ lực thực hiện thắng lợi các mục tiêu.",
                   "Nghị quyết");
  CHECK_FALSE(has(d, "Hội đồng nhân dân tỉnh Gia Lai", Role::lead));
  CHECK(has(d, "Ủy ban nhân dân tỉnh Gia Lai", Role::lead));
  // NQ 95 HĐND tỉnh Hà Giang, Điều 2: "cơ bản thống nhất với"
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp mà Ủy ban nhân dân tỉnh đã trả lời. "
                   "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:",
                   "Nghị quyết");
  CHECK_FALSE(has(e, "Hội đồng nhân dân tỉnh Hà Giang", Role::lead));
  CHECK(mention_of(e, "Ủy ban nhân dân tỉnh Hà Giang", Role::lead) == "Ủy ban nhân dân tỉnh");
}
