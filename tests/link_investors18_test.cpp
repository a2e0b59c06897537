// Link stage: readings from Luật Xây dựng 2025 (Luật 135/2025/QH15) of the laws18 session — each on
// the real sentence of the law, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link investors18: the one who decides an investment, Người quyết định đầu tư, is a role-holder given duties") {
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

TEST_CASE("link investors18: an investor named with a bare project, chủ đầu tư dự án, is Chủ đầu tư") {
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

TEST_CASE("link investors18: an office complete without a body takes no collective after it as its body") {
  // TT 09/2016/TT-BNNPTNT Điều 37 khoản 6 điểm d: "Thủ trưởng cơ quan kiểm tra" is whole, "ban hành" its verb
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Đối với cơ sở không phải lấy mẫu: Trưởng đoàn kiểm tra gửi Biên bản kiểm tra đến Thủ trưởng cơ "
                   "quan kiểm tra quy định tại khoản 1 Điều này; căn cứ Biên bản kiểm tra, Thủ trưởng cơ quan kiểm "
                   "tra ban hành Kết luận kết quả kiểm tra vệ sinh thú y theo Mẫu 07e quy định tại Phụ lục II ban "
                   "hành kèm theo Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Thủ trưởng cơ quan kiểm tra", Role::lead) == "Thủ trưởng cơ quan kiểm tra");
  // Luật 135/2025 Điều 65 khoản 1 điểm b: "Chủ đầu tư" is whole, "tổ chức lập" what it does
  Document e = one("Quốc hội", "Chủ đầu tư tổ chức lập quy trình bảo trì công trình xây dựng.", "Luật");
  CHECK(mention_of(e, "Chủ đầu tư", Role::lead) == "Chủ đầu tư");
  // near reading: an office that needs its body still takes it ("Thủ trưởng cơ quan, đơn vị")
  Document f = one("Quốc hội", "Thủ trưởng cơ quan, đơn vị có trách nhiệm tổ chức thực hiện.", "Luật");
  CHECK(has(f, "Thủ trưởng cơ quan, đơn vị", Role::lead));
}

TEST_CASE("link investors18: the forms one of which is chosen name no one to act") {
  // Luật 135/2025 Điều 32 khoản 1
  Document d;
  d.meta.issuer = "Quốc hội";
  d.meta.doc_type = "Luật";
  d.provisions.push_back(prov("para_1",
                              "Căn cứ quy mô, tính chất, hình thức đầu tư và điều kiện thực hiện, dự án đầu tư xây dựng "
                              "được áp dụng một trong các hình thức tổ chức quản lý dự án sau đây:",
                              {prov("para_1__point_a", "Ban quản lý dự án đầu tư xây dựng;"),
                               prov("para_1__point_b",
                                    "Chủ đầu tư tổ chức quản lý dự án thông qua thuê tư vấn quản lý dự án hoặc thành lập "
                                    "ban quản lý dự án trực thuộc hoặc tự thực hiện quản lý dự án.")}));
  link(d);
  CHECK(d.assignments.empty());
  // near reading: a list of duties under the same investor is its task (Luật 135/2025 Điều 33 khoản 2)
  Document e = one("Quốc hội",
                   "Chủ đầu tư có trách nhiệm thực hiện hoặc giao Ban quản lý dự án, tư vấn quản lý dự án thực hiện "
                   "một phần hoặc toàn bộ nội dung quản lý dự án quy định tại khoản 1 Điều này.",
                   "Luật");
  CHECK(has(e, "Chủ đầu tư", Role::lead));
}

TEST_CASE("link investors18: the agent of an owed passive that draws up or gives an opinion leads") {
  // Luật 135/2025 Điều 65 khoản 1 điểm b
  Document d = one("Quốc hội",
                   "Quy trình bảo trì phải được chủ đầu tư tổ chức lập và phê duyệt trước khi đưa công trình xây dựng "
                   "vào khai thác, sử dụng; phù hợp với mục đích sử dụng, loại và cấp công trình;",
                   "Luật");
  CHECK(mention_of(d, "Chủ đầu tư", Role::lead) == "chủ đầu tư");
  // Điều 26 khoản 8: both ministries listed owe their opinion
  Document e = one("Quốc hội",
                   "Trường hợp dự án đầu tư xây dựng thuộc Danh mục dự án trọng yếu có yêu cầu về bảo đảm quốc phòng, "
                   "an ninh theo quy định tại khoản 6 Điều 28 của Luật này, ngoài các quy định tại Điều này thì phải "
                   "được Bộ Quốc phòng, Bộ Công an có ý kiến về việc bảo đảm quốc phòng, an ninh trước khi phê duyệt "
                   "dự án.",
                   "Luật");
  CHECK(has(e, "Bộ Quốc phòng", Role::lead));
  CHECK(has(e, "Bộ Công an", Role::lead));
  // near reading: a passive without "phải", what was done, names no one
  Document f = one("Quốc hội", "Quy trình bảo trì đã được chủ đầu tư lập trước khi đưa công trình vào sử dụng.", "Luật");
  CHECK_FALSE(has(f, "Chủ đầu tư", Role::lead));
}
