// Link stage: readings the lead added in session 20 — each on the real corpus sentence, with a near
// reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
Document law_clause(std::string text) {
  return linked_law({prov("art_99__para_4", std::move(text))});
}
}  // namespace

TEST_CASE("link lead20: checking a file's legality before sending it on is the body's own step") {
  // Luật 15/2012/QH13 Điều 99 khoản 4: the file is checked and sent on, no one's work overseen
  Document d = law_clause(
      "Trong thời hạn 05 ngày, kể từ ngày nhận được hồ sơ, Trưởng phòng Tư pháp cấp huyện có trách nhiệm kiểm "
      "tra tính pháp lý của hồ sơ và gửi Trưởng công an cùng cấp.");
  CHECK(has(d, "Trưởng phòng Tư pháp cấp huyện", Role::lead));
  CHECK_FALSE(has(d, "Trưởng phòng Tư pháp cấp huyện", Role::supervise));
  // near reading: checking how others carry out the law is oversight
  Document e = law_clause(
      "Trưởng phòng Tư pháp cấp huyện có trách nhiệm kiểm tra việc thực hiện pháp luật về xử lý vi phạm hành "
      "chính trên địa bàn.");
  CHECK(has(e, "Trưởng phòng Tư pháp cấp huyện", Role::supervise));
}
