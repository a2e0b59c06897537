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

TEST_CASE("link laws18: an investor named with a bare project, chủ đầu tư dự án, is Chủ đầu tư") {
  // Luật 69/2025/QH15 Điều 48 khoản 5: no kind of project after "dự án", the predicate follows
  Document d = one("Quốc hội",
                   "Đối với dự án thuộc quy định tại điểm a khoản 1 Điều 37 và điểm a khoản 1 Điều 38 của Luật này đã "
                   "kết thúc giai đoạn chuẩn bị dự án đầu tư xây dựng trước ngày Luật này có hiệu lực thi hành mà chủ "
                   "đầu tư dự án chưa xây dựng Kế hoạch phòng ngừa, ứng phó sự cố hóa chất thì phải xây dựng Kế hoạch "
                   "phòng ngừa, ứng phó sự cố hóa chất trước khi đưa công trình của dự án vào khai thác sử dụng.",
                   "Luật");
  CHECK(mention_of(d, "Chủ đầu tư", Role::lead) == "chủ đầu tư dự án");
  CHECK_FALSE(has(d, "Chủ đầu tư dự án", Role::lead));
  // near reading: the kind of project named keeps the investor's whole name (Luật 69/2025 Điều 5 khoản 2)
  Document e = one("Quốc hội", "Chủ đầu tư dự án hóa chất có các nghĩa vụ sau đây:", "Luật");
  CHECK(has(e, "Chủ đầu tư dự án hóa chất", Role::lead));
}
