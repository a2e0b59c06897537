// Link stage: readings from Luật 15/2012/QH13 (Xử lý vi phạm hành chính) of the laws22 session —
// each on the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
// A clause naming a body over its duty list, the given duty its first child.
Document duty_list(std::string parent, std::string duty) {
  return linked_law({prov("art_17__para_5", std::move(parent),
                              {prov("art_17__para_5__point_a", std::move(duty)),
                               prov("art_17__para_5__point_b",
                                    "Tổ chức phổ biến, giáo dục pháp luật về xử lý vi phạm hành chính;")})});
}
}  // namespace

TEST_CASE("link laws22: a duty that checks the carrying out of the law or officials' acts is oversight") {
  // Luật 15/2012/QH13 Điều 17 khoản 5 point b
  const std::string ubnd = "Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân các cấp quản lý công tác thi "
                           "hành pháp luật về xử lý vi phạm hành chính tại địa phương, có trách nhiệm sau đây:";
  Document d = duty_list(ubnd, "Kiểm tra, thanh tra, xử lý vi phạm và giải quyết theo thẩm quyền khiếu nại, tố cáo "
                               "trong việc thực hiện pháp luật về xử lý vi phạm hành chính;");
  CHECK(has(d, "Ủy ban nhân dân các cấp", Role::lead));
  CHECK(has(d, "Ủy ban nhân dân các cấp", Role::supervise));
  // Điều 18 khoản 1 point a: the acts of the officials it manages
  Document e = duty_list("Trong phạm vi nhiệm vụ, quyền hạn của mình, thủ trưởng cơ quan, đơn vị có thẩm quyền xử lý "
                         "vi phạm hành chính có trách nhiệm sau đây:",
                         "Thường xuyên kiểm tra, thanh tra và kịp thời xử lý đối với vi phạm của người có thẩm quyền "
                         "xử lý vi phạm hành chính thuộc phạm vi quản lý của mình; giải quyết khiếu nại, tố cáo trong "
                         "xử lý vi phạm hành chính theo quy định của pháp luật;");
  CHECK(has(e, "Thủ trưởng cơ quan, đơn vị có thẩm quyền xử lý vi phạm hành chính", Role::supervise));
  // near reading: an inspection of private parties is the body's own enforcement
  Document f = duty_list(ubnd, "Kiểm tra, thanh tra các cơ sở kinh doanh trên địa bàn; xử lý vi phạm theo thẩm quyền;");
  CHECK(has(f, "Ủy ban nhân dân các cấp", Role::lead));
  CHECK_FALSE(has(f, "Ủy ban nhân dân các cấp", Role::supervise));
}

TEST_CASE("link laws22: a certificate that a measure was served out is the office's task") {
  // Luật 15/2012/QH13 Điều 114 khoản 1
  Document d = one("Quốc hội",
                   "Khi người vi phạm đã chấp hành xong quyết định giáo dục tại xã, phường, thị trấn thì Chủ tịch Uỷ "
                   "ban nhân dân cấp xã cấp giấy chứng nhận cho người đã chấp hành xong và gửi bản sao cho gia đình "
                   "người đó.",
                   "Luật");
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân cấp xã", Role::lead));
  // near reading: a licence the office may grant stays a power
  Document e = one("Quốc hội",
                   "Khi hồ sơ hợp lệ thì Chủ tịch Ủy ban nhân dân cấp xã cấp giấy chứng nhận quyền sử dụng đất cho "
                   "người sử dụng đất.",
                   "Luật");
  CHECK_FALSE(has(e, "Chủ tịch Ủy ban nhân dân cấp xã", Role::lead));
}

TEST_CASE("link laws22: a proposal a case calls for, put to the body that decides, is a step of the procedure") {
  // Luật 15/2012/QH13 Điều 132 khoản 3
  Document d = one("Quốc hội",
                   "Đối với người có quyết định đưa vào trường giáo dưỡng hoặc đang chấp hành quyết định tại trường "
                   "giáo dưỡng quy định tại khoản 1 Điều này, nếu khi truy tìm được mà người đó đã đủ 18 tuổi thì Hiệu "
                   "trưởng trường giáo dưỡng đề nghị Tòa án nhân dân cấp huyện nơi có trường giáo dưỡng xem xét, quyết "
                   "định áp dụng biện pháp đưa vào cơ sở giáo dục bắt buộc nếu có đủ điều kiện thuộc đối tượng đưa vào "
                   "cơ sở giáo dục bắt buộc.",
                   "Luật");
  CHECK(has(d, "Hiệu trưởng trường giáo dưỡng", Role::lead));
  CHECK_FALSE(has(d, "Tòa án nhân dân cấp huyện nơi có trường giáo dưỡng", Role::lead));
  // near reading: a letter's own request, no case before it, is the issuer speaking
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Ủy ban nhân dân tỉnh Lào Cai đề nghị Bộ Xây dựng xem xét, quyết định công bố danh mục dự án.",
                   "Công văn");
  CHECK_FALSE(has(e, "Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link laws22: the commanders of an aircraft, a ship, a train act for it") {
  // Luật 15/2012/QH13 Điều 58 khoản 1, its third paragraph
  Document d = one("Quốc hội",
                   "Vi phạm hành chính xảy ra trên tàu bay, tàu biển, tàu hỏa thì người chỉ huy tàu bay, thuyền trưởng, "
                   "trưởng tàu có trách nhiệm tổ chức lập biên bản và chuyển ngay cho người có thẩm quyền xử phạt vi "
                   "phạm hành chính khi tàu bay, tàu biển, tàu hỏa về đến sân bay, bến cảng, nhà ga.",
                   "Luật");
  CHECK(has(d, "Người chỉ huy tàu bay", Role::lead));
  CHECK(has(d, "Thuyền trưởng", Role::lead));
  CHECK(has(d, "Trưởng tàu", Role::lead));
}

TEST_CASE("link laws22: a demonstrative after the name leaves a decision a power") {
  // Luật 15/2012/QH13 Điều 77 khoản 2, its second paragraph
  Document d = one("Quốc hội",
                   "Đối với trường hợp Chủ tịch Ủy ban nhân dân cấp tỉnh đã ra quyết định xử phạt thì Ủy ban nhân dân "
                   "cấp tỉnh đó xem xét, quyết định việc giảm, miễn tiền phạt.",
                   "Luật");
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp tỉnh", Role::lead));
  // near reading: a task after the demonstrative is still one
  Document e = one("Quốc hội",
                   "Trường hợp cần thiết thì Ủy ban nhân dân cấp tỉnh đó có trách nhiệm tổ chức thực hiện việc giảm, "
                   "miễn tiền phạt.",
                   "Luật");
  CHECK(has(e, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link laws22: a head named by the staff it directly commands is one role-holder") {
  // Luật 15/2012/QH13 Điều 125 khoản 4 (its first sentence)
  Document d = one("Quốc hội",
                   "Trong trường hợp có căn cứ để cho rằng nếu không tạm giữ ngay thì tang vật, phương tiện vi phạm "
                   "hành chính bị tẩu tán, tiêu hủy thì thủ trưởng trực tiếp của chiến sĩ cảnh sát nhân dân, cảnh sát "
                   "viên cảnh sát biển, bộ đội biên phòng, kiểm lâm viên, công chức hải quan, kiểm soát viên thị trường "
                   "đang thi hành công vụ phải tạm giữ ngay tang vật, phương tiện vi phạm hành chính.",
                   "Luật");
  CHECK(has(d, "Thủ trưởng trực tiếp của chiến sĩ cảnh sát nhân dân, cảnh sát viên cảnh sát biển, bộ đội biên "
               "phòng, kiểm lâm viên, công chức hải quan, kiểm soát viên thị trường đang thi hành công vụ",
            Role::lead));
  CHECK_FALSE(has(d, "Thủ trưởng", Role::lead));
  // near reading: the head only reported to ("báo cáo ngay thủ trưởng trực tiếp để xử lý") is named no further
  Document e = one("Quốc hội", "Người tạm giữ phải báo cáo ngay thủ trưởng trực tiếp để xử lý.", "Luật");
  for (const Assignment& a : e.assignments) CHECK(a.agency.find("để xử lý") == std::string::npos);
}
