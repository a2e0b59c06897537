// Link stage: role-holders named by what they do for the state ("người có thẩm quyền xử phạt",
// "người ra quyết định tạm giữ"), subjects of a duty (role_holders.cpp) — each on the real corpus
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
bool any_person(const Document& d) {
  for (const Assignment& a : d.assignments)
    if (fold_key(a.agency).rfind(fold_key("Người"), 0) == 0) return true;
  return false;
}
}  // namespace

TEST_CASE("link holders19: the holder of a power who must act after a condition is assigned") {
  // Luật 15/2012/QH13 Điều 62 khoản 1
  Document d = one("Quốc hội",
                   "Khi xem xét vụ vi phạm để quyết định xử phạt vi phạm hành chính, nếu xét thấy hành vi vi phạm có "
                   "dấu hiệu tội phạm, thì người có thẩm quyền xử phạt phải chuyển ngay hồ sơ vụ vi phạm cho cơ quan "
                   "tiến hành tố tụng hình sự.",
                   "Luật");
  CHECK(mention_of(d, "Người có thẩm quyền xử phạt", Role::lead) == "người có thẩm quyền xử phạt");
  // Luật 15/2012/QH13 Điều 122 khoản 4: the one who took the decision, not the person held
  Document e = one("Quốc hội",
                   "Theo yêu cầu của người bị tạm giữ, người ra quyết định tạm giữ phải thông báo cho gia đình, tổ "
                   "chức nơi làm việc hoặc học tập của họ biết.",
                   "Luật");
  CHECK(has(e, "Người ra quyết định tạm giữ", Role::lead));
  CHECK_FALSE(has(e, "Người bị tạm giữ", Role::lead));
}

TEST_CASE("link holders19: a role-holder that follows up on its decision supervises") {
  // Luật 15/2012/QH13 Điều 85 khoản 3
  Document d = one("Quốc hội",
                   "Người có thẩm quyền ra quyết định có trách nhiệm theo dõi, đôn đốc và kiểm tra việc thi hành biện "
                   "pháp khắc phục hậu quả do cá nhân, tổ chức thực hiện.",
                   "Luật");
  CHECK(has(d, "Người có thẩm quyền ra quyết định", Role::supervise));
}

TEST_CASE("link holders19: the mention ends at the task's own verb and a grant is no duty") {
  // Luật 15/2012/QH13 Điều 61
  Document d = one("Quốc hội",
                   "Người có thẩm quyền xử phạt tổ chức phiên giải trình trực tiếp và có trách nhiệm nêu căn cứ pháp "
                   "lý và tình tiết, chứng cứ liên quan đến hành vi vi phạm hành chính.",
                   "Luật");
  CHECK(has(d, "Người có thẩm quyền xử phạt", Role::lead));
  // Luật 15/2012/QH13 Điều 78 khoản 2: "được thu" is granted; the duty after it is not read as this subject's
  Document e = one("Quốc hội",
                   "Trường hợp xử phạt trên biển hoặc ngoài giờ hành chính, người có thẩm quyền xử phạt được thu tiền "
                   "phạt trực tiếp và phải nộp tại Kho bạc Nhà nước trong thời hạn 02 ngày làm việc.",
                   "Luật");
  CHECK_FALSE(any_person(e));
  // the person who broke the law is no role-holder
  Document f = one("Quốc hội", "Người vi phạm phải nộp tiền phạt một lần.", "Luật");
  CHECK_FALSE(any_person(f));
}

TEST_CASE("link holders19: a role-holder keeps its object and a listed subject stays apart") {
  // Luật 135/2025/QH15 Điều 45 khoản 2 điểm đ
  Document d = one("Quốc hội",
                   "Người có thẩm quyền cấp giấy phép xây dựng phải chịu trách nhiệm trước pháp luật và bồi thường "
                   "thiệt hại do việc cấp giấy phép sai hoặc cấp giấy phép chậm theo quy định của pháp luật;",
                   "Luật");
  CHECK(has(d, "Người có thẩm quyền cấp giấy phép xây dựng", Role::lead));
  // Luật 135/2025/QH15 Điều 71 khoản 4
  Document e = one("Quốc hội",
                   "Người quyết định đầu tư, chủ đầu tư chịu trách nhiệm về quyết định của mình; tổ chức, cá nhân có "
                   "liên quan chịu trách nhiệm về kết quả công việc do mình thực hiện.",
                   "Luật");
  CHECK(has(e, "Người quyết định đầu tư", Role::lead));
  CHECK(has(e, "Chủ đầu tư", Role::lead));
}

TEST_CASE("link holders19: an article on a role-holder's duties names it in its heading") {
  // Luật 15/2012/QH13 Điều 16
  Document d = headed("Quốc hội", "Luật", "Trách nhiệm của người có thẩm quyền xử lý vi phạm hành chính",
                      "Trong quá trình xử lý vi phạm hành chính, người có thẩm quyền xử lý vi phạm hành chính phải tuân "
                      "thủ quy định của Luật này và quy định khác của pháp luật có liên quan.");
  CHECK(on(d, "art_1") == std::vector<std::string>{"lead Người có thẩm quyền xử lý vi phạm hành chính"});
}

TEST_CASE("link holders19: a role-holder's bare task verb assigns it, a reference stays out of its name") {
  // Luật 15/2012/QH13 Điều 124 khoản 2
  Document d = one("Quốc hội", "Người có thẩm quyền đang thi hành công vụ thực hiện việc áp giải người vi phạm.", "Luật");
  CHECK(has(d, "Người có thẩm quyền đang thi hành công vụ", Role::lead));
  // Luật 147/2025/QH15 Điều 1 khoản 6
  Document e = one("Quốc hội",
                   "Trường hợp cần thăm dò, khai thác khoáng sản ở khu vực cấm hoạt động khoáng sản, người có thẩm "
                   "quyền cấp giấy phép quy định tại Điều 108 của Luật này chủ trì, lấy ý kiến các Bộ, cơ quan ngang "
                   "Bộ có liên quan trước khi xem xét, chấp thuận.",
                   "Luật");
  CHECK(mention_of(e, "Người có thẩm quyền cấp giấy phép", Role::lead) == "người có thẩm quyền cấp giấy phép");
  // near reading: a power to decide after the role is no task (Luật 135/2025 Điều 34 khoản 1)
  Document f = one("Quốc hội",
                   "Người quyết định đầu tư quyết định thời gian, tiến độ thực hiện khi phê duyệt dự án.", "Luật");
  CHECK_FALSE(any_person(f));
  // nor a role-holder listed as the object of "Trình" (Nghị quyết 132/2020/QH14 Điều 5 khoản 1)
  Document g = one("Quốc hội",
                   "Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm quyền và tổ chức thực hiện văn "
                   "bản quy phạm pháp luật về quản lý, sử dụng đất quốc phòng, an ninh.",
                   "Luật");
  CHECK_FALSE(any_person(g));
}
