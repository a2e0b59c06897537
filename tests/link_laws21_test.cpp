// Link stage: readings from Luật 15/2012/QH13 (Xử lý vi phạm hành chính) of the laws21 session —
// each on the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws21: an office followed by the lower-case institution it heads is one role-holder") {
  // Luật 15/2012/QH13 Điều 118 khoản 3
  Document d = one("Quốc hội",
                   "Giám đốc cơ sở cai nghiện bắt buộc tiến hành lập hồ sơ đề nghị đưa vào cơ sở giáo dục bắt buộc đối "
                   "với đối tượng có hành vi quy định tại đoạn 1 khoản này trên cơ sở hồ sơ hiện có và biên bản về hành "
                   "vi vi phạm mới gửi Trưởng Công an cấp huyện nơi có cơ sở cai nghiện bắt buộc.",
                   "Luật");
  CHECK(has(d, "Giám đốc cơ sở cai nghiện bắt buộc", Role::lead));
  CHECK_FALSE(has(d, "Giám đốc", Role::lead));
  // Điều 115 khoản 1 (shortened): the list of three heads, "Hiệu trưởng" among the offices
  Document e = one("Quốc hội",
                   "Theo yêu cầu của cơ quan tiến hành tố tụng hình sự có thẩm quyền, Hiệu trưởng trường giáo dưỡng, "
                   "Giám đốc cơ sở giáo dục bắt buộc, Giám đốc cơ sở cai nghiện bắt buộc phải đưa người đang chấp hành "
                   "biện pháp xử lý hành chính đến nơi tham gia tố tụng.",
                   "Luật");
  CHECK(has(e, "Hiệu trưởng trường giáo dưỡng", Role::lead));
  CHECK(has(e, "Giám đốc cơ sở giáo dục bắt buộc", Role::lead));
  // near reading: a verb "cấp" after the institution is not its level ("… bắt buộc cấp giấy …")
  Document f = one("Quốc hội",
                   "Giám đốc cơ sở cai nghiện bắt buộc cấp giấy chứng nhận cho người đã chấp hành xong và gửi bản sao "
                   "cho gia đình người đó.",
                   "Luật");
  CHECK(mention_of(f, "Giám đốc cơ sở cai nghiện bắt buộc cấp giấy", Role::lead).empty());
  CHECK(f.assignments.size() <= 1);
  for (const Assignment& a : f.assignments) CHECK(a.agency == "Giám đốc cơ sở cai nghiện bắt buộc");
}

TEST_CASE("link laws21: the kinds of place after 'tại' end a where-clause, the list after 'hoặc' still acts") {
  // Luật 15/2012/QH13 Điều 117 (shortened)
  Document d = one("Quốc hội",
                   "Trường hợp phát hiện người bị áp dụng biện pháp xử lý hành chính đã thực hiện hành vi phạm tội, thì "
                   "theo yêu cầu của cơ quan tiến hành tố tụng hình sự có thẩm quyền, Chủ tịch Uỷ ban nhân dân cấp xã nơi "
                   "đang thi hành biện pháp giáo dục tại xã, phường, thị trấn hoặc Hiệu trưởng trường giáo dưỡng, Giám "
                   "đốc cơ sở giáo dục bắt buộc, Giám đốc cơ sở cai nghiện bắt buộc phải ra quyết định tạm đình chỉ thi "
                   "hành quyết định đối với người đó.",
                   "Luật");
  CHECK(has(d, "Hiệu trưởng trường giáo dưỡng", Role::lead));
  CHECK(has(d, "Giám đốc cơ sở cai nghiện bắt buộc", Role::lead));
  // near reading: a place's proper name after "tại" is not read into the clause
  Document e = one("Quốc hội",
                   "Ủy ban nhân dân cấp xã nơi có dự án tại xã Tân Phú có trách nhiệm thông báo cho người dân.", "Luật");
  for (const Assignment& a : e.assignments) CHECK(a.agency.find("Tân Phú") == std::string::npos);
}

TEST_CASE("link laws21: a fronted scope phrase before a body over its duty list keeps the list the body's") {
  // Luật 15/2012/QH13 Điều 18 khoản 2 (shortened): the child checks, so the offices supervise too
  auto doc = [](std::string parent) {
    return linked_law({prov(
        "art_18__para_2", std::move(parent),
        {prov("art_18__para_2__point_a",
              "Thường xuyên chỉ đạo, kiểm tra việc xử lý vi phạm hành chính của người có thẩm quyền xử lý vi phạm "
              "hành chính thuộc phạm vi quản lý của mình;"),
         prov("art_18__para_2__point_b",
              "Xử lý kỷ luật đối với người có sai phạm trong xử lý vi phạm hành chính thuộc phạm vi quản lý của mình;")})});
  };
  Document d = doc("Trong phạm vi nhiệm vụ, quyền hạn của mình, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy "
                   "ban nhân dân các cấp có trách nhiệm sau đây:");
  CHECK(has(d, "Bộ trưởng", Role::lead));
  CHECK(has(d, "Bộ trưởng", Role::supervise));
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân các cấp", Role::supervise));
  // near reading: a fronted case, not a scope, is not read so
  Document e = doc("Trong trường hợp cần thiết của địa phương mình, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch "
                   "Ủy ban nhân dân các cấp có trách nhiệm sau đây:");
  CHECK_FALSE(has(e, "Bộ trưởng", Role::supervise));
}
