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
  return linked_law({prov("art_87__para_1", std::move(parent), {prov("art_87__para_1__point_b", std::move(child))})});
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

TEST_CASE("link laws20b: bodies listed with the Front's members and every citizen oversee") {
  // Luật 15/2012/QH13 Điều 19
  Document d = one("Quốc hội",
                   "Quốc hội, các cơ quan của Quốc hội, Hội đồng nhân dân các cấp, đại biểu Quốc hội, đại biểu Hội đồng "
                   "nhân dân, Mặt trận Tổ quốc Việt Nam, các tổ chức thành viên của Mặt trận và mọi công dân giám sát hoạt "
                   "động của cơ quan, người có thẩm quyền xử lý vi phạm hành chính.",
                   "Luật");
  CHECK(has(d, "Quốc hội", Role::supervise));
  CHECK(has(d, "Hội đồng nhân dân các cấp", Role::supervise));
  CHECK_FALSE(has(d, "Quốc hội", Role::lead));
  // near reading: with a task of its own after them the bodies lead
  Document e = one("Quốc hội",
                   "Quốc hội, Hội đồng nhân dân các cấp và mọi công dân tổ chức tuyên truyền pháp luật về xử lý vi phạm "
                   "hành chính.",
                   "Luật");
  CHECK(has(e, "Quốc hội", Role::lead));
}

TEST_CASE("link laws20b: a role-holder who takes in or keeps the papers withdrawn is given the task") {
  // Luật 15/2012/QH13 Điều 80 khoản 1 (shortened)
  Document d = one("Quốc hội",
                   "Trường hợp tước quyền sử dụng giấy phép, chứng chỉ hành nghề có thời hạn được ghi trong quyết định xử "
                   "phạt, người có thẩm quyền xử phạt thu giữ, bảo quản giấy phép, chứng chỉ hành nghề và thông báo ngay "
                   "cho cơ quan đã cấp giấy phép, chứng chỉ hành nghề đó.",
                   "Luật");
  CHECK(has(d, "Người có thẩm quyền xử phạt", Role::lead));
  // Điều 25 khoản 3
  Document e = one("Quốc hội",
                   "Người có thẩm quyền xử phạt giữ giấy phép, chứng chỉ hành nghề trong thời hạn tước quyền sử dụng giấy "
                   "phép, chứng chỉ hành nghề.",
                   "Luật");
  CHECK(has(e, "Người có thẩm quyền xử phạt", Role::lead));
  // near reading: a role-holder only named, with no task of its own, is no subject
  Document f = one("Quốc hội", "Người có thẩm quyền xử phạt được giữ lại một phần tiền phạt.", "Luật");
  CHECK_FALSE(has(f, "Người có thẩm quyền xử phạt", Role::lead));
}

TEST_CASE("link laws20b: bodies a decision is sent to, to carry it out, are not assigned by the sending") {
  // Luật 15/2012/QH13 Điều 107
  Document d = one("Quốc hội",
                   "Trong thời hạn 03 ngày, kể từ ngày quyết định áp dụng biện pháp xử lý hành chính có hiệu lực, Tòa án "
                   "nhân dân đã ra quyết định phải gửi cho người bị áp dụng, Trưởng Công an cấp huyện và Trưởng phòng Lao "
                   "động - Thương binh và Xã hội cấp huyện nơi đã gửi hồ sơ đề nghị áp dụng biện pháp xử lý hành chính, Ủy "
                   "ban nhân dân cấp xã nơi người đó cư trú và các cơ quan hữu quan để thi hành theo quy định của pháp luật.",
                   "Luật");
  CHECK(has(d, "Tòa án nhân dân đã ra quyết định", Role::lead));
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp xã nơi người đó cư trú", Role::lead));
  // near reading: after the sending, another subject given its own duty leads
  Document e = one("Quốc hội",
                   "Tòa án nhân dân phải gửi quyết định cho người bị áp dụng, Ủy ban nhân dân cấp xã nơi người đó cư trú có "
                   "trách nhiệm tổ chức thi hành quyết định.",
                   "Luật");
  CHECK(has(e, "Ủy ban nhân dân cấp xã nơi người đó cư trú", Role::lead));
}

TEST_CASE("link laws20b: the role-holder an owed passive names is the one who must draw up the file") {
  // Luật 15/2012/QH13 Điều 57 khoản 2
  Document d = one("Quốc hội",
                   "Việc xử phạt vi phạm hành chính có lập biên bản phải được người có thẩm quyền xử phạt lập thành hồ sơ "
                   "xử phạt vi phạm hành chính.",
                   "Luật");
  CHECK(mention_of(d, "Người có thẩm quyền xử phạt", Role::lead) == "người có thẩm quyền xử phạt");
  // near reading: a person merely named after "được" is no agent ("được người vi phạm …")
  Document e = one("Quốc hội", "Biên bản phải được người vi phạm ký.", "Luật");
  CHECK(e.assignments.empty());
}
