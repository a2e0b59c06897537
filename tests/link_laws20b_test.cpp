// Link stage: readings from Luật 15/2012/QH13 (Xử lý vi phạm hành chính) of the laws20b session —
// each on the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
Document listed(std::string parent, std::string child) {
  Document d;
  d.meta.doc_type = "Luật";
  d.meta.issuer = "Quốc hội";
  d.provisions.push_back(prov("art_87__para_1", std::move(parent), {prov("art_87__para_1__point_b", std::move(child))}));
  link(d);
  return d;
}
}  // namespace

TEST_CASE("link laws20b: a list of who holds a power grants it, no one is told to act") {
  // Luật 15/2012/QH13 Điều 87 khoản 1 điểm b (shortened), under "Những người sau đây có thẩm quyền …:"
  const std::string item =
      "Trưởng đồn Công an, Trưởng Công an cấp huyện, Giám đốc Sở Cảnh sát phòng cháy, chữa cháy, Giám đốc Công an "
      "cấp tỉnh, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, Cục trưởng Cục Cảnh sát điều tra tội "
      "phạm về trật tự xã hội;";
  Document d = listed("Những người sau đây có thẩm quyền ra quyết định cưỡng chế:", item);
  CHECK(d.assignments.empty());
  // Điều 123 khoản 1: the same with "có quyền" after a condition
  Document e = listed(
      "Trong trường hợp có hành vi gây rối trật tự công cộng, gây thương tích cho người khác quy định tại khoản 1 "
      "Điều 122 của Luật này, thì những người sau đây có quyền quyết định tạm giữ người theo thủ tục hành chính:",
      "Thủ trưởng đơn vị cảnh sát cơ động từ cấp đại đội trở lên, Trạm trưởng Trạm công an cửa khẩu;");
  CHECK(e.assignments.empty());
  // near reading: under a list of duties an office named with its task is assigned
  Document f = listed("Những người sau đây có trách nhiệm thi hành quyết định cưỡng chế:",
                      "Giám đốc Công an cấp tỉnh tổ chức thi hành quyết định cưỡng chế;");
  CHECK(has(f, "Giám đốc Công an cấp tỉnh", Role::lead));
}
