// Link stage: subjects and their verbs across an inserted phrase of the
// body's remit, and the other role readings of the roles5 session — each on
// the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles5: the verb after an inserted remit phrase gives the role of the whole list") {
  // NQ 132/2020/QH14 Điều 8 khoản 4: supervision only, and the last item keeps its qualifier
  Document d = one("Quốc hội",
                   "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội "
                   "và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và "
                   "các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc "
                   "thực hiện Nghị quyết này.");
  CHECK(has(d, "Ủy ban Thường vụ Quốc hội", Role::supervise));
  CHECK_FALSE(has(d, "Ủy ban Thường vụ Quốc hội", Role::lead));
  CHECK_FALSE(has(d, "Hội đồng Dân tộc", Role::lead));
  bool members = false;
  for (const Assignment& a : d.assignments)
    members = members || (a.mention == "các tổ chức thành viên của Mặt trận" && a.role == Role::supervise);
  CHECK(members);
}

TEST_CASE("link roles5: a name followed by a remit phrase and a lead verb still leads") {
  // near reading: the remit phrase straight after a proper name, a lead verb after it
  Document d = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Sở Tài chính, trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn thực hiện Quyết định này.");
  CHECK(has(d, "Sở Tài chính tỉnh Ninh Bình", Role::lead));
  CHECK_FALSE(has(d, "Sở Tài chính tỉnh Ninh Bình", Role::supervise));
  // private parties with a qualifier before the phrase are still not assigned
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Các tổ chức kinh doanh xăng dầu, trong phạm vi quyền hạn của mình, thực hiện niêm yết giá.");
  CHECK(e.assignments.empty());
}
