// Link stage: whom a body answers to ("chịu trách nhiệm trước …") and what it is ("… là cơ quan …"),
// neither a task.
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
