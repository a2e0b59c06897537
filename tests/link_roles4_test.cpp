// Link stage: who acts and in what role — powers over a body's own sittings
// and people, fronted time phrases, objects after "giữa", lists split by ";".
// Sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles4: a council sitting, dismissing or deciding to set up is a power, no task") {
  // Luật 65/2025/QH15 Điều 32 khoản 4, Điều 35 khoản 2
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân họp công khai. Trong trường hợp cần thiết, theo đề nghị của Thường trực Hội đồng "
                   "nhân dân, Chủ tịch Ủy ban nhân dân cùng cấp hoặc yêu cầu của ít nhất một phần ba tổng số đại biểu "
                   "Hội đồng nhân dân thì Hội đồng nhân dân quyết định họp kín.");
  CHECK(!has(d, "Hội đồng nhân dân", Role::lead));
  Document e = one("Quốc hội",
                   "Hội đồng nhân dân miễn nhiệm, bãi nhiệm Chủ tịch Hội đồng nhân dân, Phó Chủ tịch Hội đồng nhân dân, "
                   "Trưởng Ban của Hội đồng nhân dân theo đề nghị của Thường trực Hội đồng nhân dân.");
  CHECK(e.assignments.empty());
  // Luật 18/2003/QH11 Điều 42 khoản 3
  Document f = one("Quốc hội",
                   "Uỷ ban nhân dân ra quyết định giải thể lập Hội đồng giải thể và chỉ định Chủ tịch Hội đồng để tổ "
                   "chức việc giải thể hợp tác xã.");
  CHECK(!has(f, "Ủy ban nhân dân", Role::lead));
  // a meeting the body holds is its task (Quy chế chi tiêu 2007 BQL KCN Bà Rịa – Vũng Tàu Điều 25)
  Document g = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa – Vũng Tàu",
                   "Hàng tháng, trên cơ sở nhận xét, đánh giá của các phòng, Hội đồng thi đua khen thưởng tổ chức "
                   "họp đánh giá kết quả công tác của công chức.");
  CHECK(has(g, "Hội đồng thi đua khen thưởng", Role::lead));
}
