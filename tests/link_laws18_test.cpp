// Link stage: readings from Luật Xây dựng 2025 (Luật 135/2025/QH15) of the laws18 session — each on
// the real sentence of the law, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws18: the one who decides an investment, Người quyết định đầu tư, is a role-holder given duties") {
  // Luật 135/2025/QH15 Điều 39 khoản 2
  Document d = one("Quốc hội", "Người quyết định đầu tư có các trách nhiệm sau đây:", "Luật");
  CHECK(mention_of(d, "Người quyết định đầu tư", Role::lead) == "Người quyết định đầu tư");
  // Điều 26 khoản 4: "đầu tư" belongs to the name, it is no verb that ends it
  Document e = one("Quốc hội",
                   "Đối với dự án đầu tư kinh doanh, người quyết định đầu tư chịu trách nhiệm tổ chức thẩm định bảo "
                   "đảm đáp ứng các nội dung theo quy định tại các điểm a, c và d khoản 3 Điều này, yêu cầu về đầu "
                   "tư, kinh doanh và quy định khác của pháp luật có liên quan.",
                   "Luật");
  CHECK(mention_of(e, "Người quyết định đầu tư", Role::lead) == "người quyết định đầu tư");
  // near reading: the deciding body only named as the one a body belongs to is not assigned itself
  Document f = one("Quốc hội",
                   "Cơ quan chuyên môn trực thuộc người quyết định đầu tư thẩm định Báo cáo nghiên cứu khả thi với các "
                   "nội dung sau đây: quy mô đầu tư;",
                   "Luật");
  CHECK(has(f, "Cơ quan chuyên môn trực thuộc người quyết định đầu tư", Role::lead));
  CHECK_FALSE(has(f, "Người quyết định đầu tư", Role::lead));
}
