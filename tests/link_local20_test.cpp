// Link stage: readings of the local20 session (Luật 65/2025, Luật 135/2025, NĐ 14/2026) — each on the
// real sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link local20: an investor or the owner of the works, chủ đầu tư hoặc chủ sở hữu, names the investor alone") {
  // Luật 135/2025/QH15 Điều 53 khoản 2
  Document d = one("Quốc hội",
                   "Khi di dời công trình xây dựng, chủ đầu tư hoặc chủ sở hữu công trình phải có giấy phép di dời "
                   "công trình xây dựng, trừ trường hợp được miễn giấy phép xây dựng.",
                   "Luật");
  CHECK(mention_of(d, "Chủ đầu tư", Role::lead) == "chủ đầu tư");
  CHECK_FALSE(has(d, "Chủ đầu tư hoặc chủ sở hữu công trình", Role::lead));
  // NĐ 14/2026/NĐ-CP Điều 34 khoản 1: the operator, a person, shares the verb
  Document e = one("Chính phủ",
                   "Chủ đầu tư hoặc người khai thác gửi 01 bộ hồ sơ đề nghị công bố thông báo hàng hải trên Cổng "
                   "Dịch vụ công quốc gia hoặc qua dịch vụ bưu chính.",
                   "Nghị định");
  CHECK(mention_of(e, "Chủ đầu tư", Role::lead) == "Chủ đầu tư");
  // near reading: two generic nouns sharing one qualifier stay one name (Luật 65/2025 Điều 35)
  Document f = one("Quốc hội",
                   "Cơ quan hoặc người có thẩm quyền giới thiệu Hội đồng nhân dân đã bầu chức vụ đó có trách "
                   "nhiệm đề nghị Hội đồng nhân dân miễn nhiệm.",
                   "Luật");
  CHECK_FALSE(has(f, "Cơ quan", Role::lead));
}

TEST_CASE("link local20: the object of a where clause listed with its noun said again stays in the name") {
  // NĐ 14/2026/NĐ-CP Điều 28 khoản 2
  Document d = one("Chính phủ",
                   "Chậm nhất 02 ngày làm việc, Ủy ban nhân dân cấp tỉnh nơi có cảng biển, cảng dầu khí ngoài khơi "
                   "có văn bản trả lời Cục Hàng hải và Đường thủy Việt Nam.",
                   "Nghị định");
  CHECK(has(d, "Ủy ban nhân dân cấp tỉnh nơi có cảng biển, cảng dầu khí ngoài khơi", Role::lead));
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp tỉnh nơi có cảng biển", Role::lead));
}

TEST_CASE("link local20: after a unit's capitalised name the verb xác định ends it") {
  // NĐ 14/2026/NĐ-CP Điều 121 (the quoted Điều of NĐ 125/2015), khoản 4
  Document d = one("Chính phủ",
                   "Cục Hàng không Việt Nam chủ trì, phối hợp với Cục Tác chiến, Quân chủng Phòng không - Không "
                   "quân xác định và công bố phương thức liên lạc chung đối với hoạt động bay trong vùng trời.",
                   "Nghị định");
  CHECK(mention_of(d, "Quân chủng Phòng không - Không quân", Role::coordinate) == "Quân chủng Phòng không - Không quân");
  CHECK_FALSE(has(d, "Quân chủng Phòng không - Không quân xác định", Role::coordinate));
}

TEST_CASE("link local20: private parties listed after a described public body share its duty, the body is assigned") {
  // Luật 135/2025/QH15 Điều 55 khoản 2
  Document d = one("Quốc hội",
                   "Khi phát hiện, được thông báo về sự cố công trình, cơ quan nhà nước có thẩm quyền, tổ chức, cá "
                   "nhân có liên quan, trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm sau đây:",
                   "Luật");
  CHECK(mention_of(d, "Cơ quan nhà nước có thẩm quyền", Role::lead) == "cơ quan nhà nước có thẩm quyền");
  // near reading: the parties alone are not assigned
  Document e = one("Quốc hội",
                   "Khi phát hiện, được thông báo về sự cố công trình, tổ chức, cá nhân có liên quan có trách nhiệm "
                   "báo cáo.",
                   "Luật");
  CHECK(e.assignments.empty());
}

TEST_CASE("link local20: bodies and persons listed, then the task that says which, are a mixed collective") {
  // Luật 65/2025/QH15 Điều 14 khoản 3
  Document d = one("Quốc hội",
                   "Cơ quan, tổ chức, cá nhân ủy quyền có trách nhiệm theo dõi, hướng dẫn, kiểm tra, đánh giá việc "
                   "thực hiện nhiệm vụ, quyền hạn đã ủy quyền.",
                   "Luật");
  CHECK(mention_of(d, "Cơ quan, tổ chức, cá nhân ủy quyền", Role::lead) == "Cơ quan, tổ chức, cá nhân ủy quyền");
  CHECK(has(d, "Cơ quan, tổ chức, cá nhân ủy quyền", Role::supervise));
  // near reading: a passive's grant is no duty (Luật 135/2025 Điều 70 khoản 1)
  Document e = one("Quốc hội",
                   "Cơ quan, tổ chức, cá nhân được giao quản lý thực hiện xây dựng công trình khẩn cấp được tự quyết "
                   "định và giao tổ chức, cá nhân thực hiện khảo sát, thiết kế, thi công xây dựng phù hợp với yêu cầu "
                   "về tình trạng khẩn cấp.",
                   "Luật");
  CHECK(e.assignments.empty());
}

TEST_CASE("link local20: a role verb and its object verb, then the duty, name the subject and its predicate") {
  // Luật 65/2025/QH15 Điều 14 khoản 4
  Document d = one("Quốc hội",
                   "Cơ quan, tổ chức, đơn vị, cá nhân nhận ủy quyền phải thực hiện đúng nhiệm vụ, quyền hạn đã được "
                   "ủy quyền và chịu trách nhiệm trước cơ quan, tổ chức, cá nhân ủy quyền về kết quả thực hiện nhiệm "
                   "vụ, quyền hạn được ủy quyền.",
                   "Luật");
  CHECK(mention_of(d, "Cơ quan, tổ chức, đơn vị, cá nhân nhận ủy quyền", Role::lead) ==
        "Cơ quan, tổ chức, đơn vị, cá nhân nhận ủy quyền");
  // near reading: the body it answers to is not assigned
  CHECK_FALSE(has(d, "Cơ quan, tổ chức, cá nhân ủy quyền", Role::lead));
}
