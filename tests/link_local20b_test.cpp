// Link stage: readings of the local20b session (Luật 65/2025, Luật 135/2025) — each on the real
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link local20b: a grant then a duty of the same subject in its sentence, the duty assigns") {
  // Luật 65/2025/QH15 Điều 13 khoản 4: the delegate, "được phân cấp", a public role; the duty after ";"
  Document d = one("Quốc hội",
                   "Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp có quyền tham gia ý kiến đối với dự thảo văn bản "
                   "phân cấp; đề nghị cơ quan phân cấp điều chỉnh nội dung phân cấp; chịu trách nhiệm trước pháp luật, "
                   "trước cơ quan phân cấp về kết quả thực hiện nhiệm vụ, quyền hạn được phân cấp, định kỳ báo cáo, "
                   "đánh giá việc thực hiện nhiệm vụ, quyền hạn được phân cấp.",
                   "Luật");
  CHECK(has(d, "Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp", Role::lead));
  // Luật 135/2025/QH15 Điều 69 khoản 2: "có quyền quyết định và chịu trách nhiệm"; the grant ends the name
  Document e = one("Quốc hội",
                   "Cơ quan, tổ chức, cá nhân được giao quản lý, thực hiện xây dựng công trình bí mật nhà nước có quyền "
                   "quyết định và chịu trách nhiệm về việc thực hiện và tổ chức thực hiện xây dựng các công trình.",
                   "Luật");
  CHECK(has(e, "Cơ quan, tổ chức, cá nhân được giao quản lý, thực hiện xây dựng công trình bí mật nhà nước", Role::lead));
  // near reading: a grant alone assigns no one
  Document f = one("Quốc hội",
                   "Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp có quyền tham gia ý kiến đối với dự thảo văn bản "
                   "phân cấp.",
                   "Luật");
  CHECK_FALSE(has(f, "Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp", Role::lead));
}

TEST_CASE("link local20b: the body after role-holders chủ … listed with a name shares the list's duty") {
  // Luật 135/2025/QH15 Điều 67 khoản 2: "chủ sở hữu", "chủ quản lý, sử dụng công trình" are no names
  // we take; the list still opens the clause after the fronted "Khi …,"
  Document d = one("Quốc hội",
                   "Khi quyết định dừng khai thác, sử dụng đối với công trình sử dụng chung, chủ đầu tư, chủ sở hữu, "
                   "chủ quản lý, sử dụng công trình hoặc cơ quan nhà nước có thẩm quyền phải thông báo bằng văn bản "
                   "đến các tổ chức, cá nhân, hộ gia đình sử dụng công trình về quyết định của mình.",
                   "Luật");
  CHECK(has(d, "Cơ quan nhà nước có thẩm quyền", Role::lead));
  CHECK(has(d, "Chủ đầu tư", Role::lead));
  // near reading: after an object of a verb, the list is objects, no subject
  Document e = one("Quốc hội",
                   "Cơ quan chuyên môn gửi văn bản cho chủ đầu tư, chủ sở hữu hoặc cơ quan nhà nước có thẩm quyền "
                   "để biết.",
                   "Luật");
  CHECK_FALSE(has(e, "Cơ quan nhà nước có thẩm quyền", Role::lead));
}
