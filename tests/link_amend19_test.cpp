// Link stage: an amending decree of a ministry's procedures (NĐ 14/2026/NĐ-CP,
// Bộ Xây dựng): the new wording it quotes is the quoting article's text, with
// its own labels and the names of the transport authorities — each on the real
// corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link amend19: 'hàng không', 'Phòng không' inside a name are nouns, not the negation") {
  // NĐ 14/2026 Điều 121 (khoản 4 Điều 29 mới của NĐ 96/2021)
  Document d = one("Chính phủ",
                   "“4. Cục Hàng không Việt Nam chủ trì, phối hợp với Cục Tác chiến, Quân chủng Phòng không - Không "
                   "quân xác định và công bố phương thức liên lạc chung đối với hoạt động bay trong vùng trời cho khu "
                   "vực bay, đường bay phục vụ hoạt động hàng không chung.",
                   "Nghị định");
  CHECK(has(d, "Cục Hàng không Việt Nam", Role::lead));
  CHECK(has(d, "Cục Tác chiến", Role::coordinate));
  CHECK_FALSE(has(d, "Cục Hàng", Role::lead));
  // near reading: "không" after a name is still the negation that ends it
  Document e = one("Chính phủ",
                   "Trường hợp không chấp thuận, Cục Hàng hải và Đường thủy Việt Nam không cấp phép và có văn bản "
                   "trả lời nêu rõ lý do.",
                   "Nghị định");
  CHECK_FALSE(has(e, "Cục Hàng hải và Đường thủy Việt Nam không cấp phép", Role::lead));
}

TEST_CASE("link amend19: 'Cảng vụ hàng hải' is a port authority's name, not a time word") {
  // NĐ 14/2026 Điều 125 (khoản 6 mới): two authorities, each for its case
  Document d = one("Chính phủ",
                   "“6. Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đầy đủ hồ sơ theo quy định, Cục Hàng không "
                   "Việt Nam (đối với quy định tại khoản 3 Điều này) hoặc Cảng vụ hàng không (đối với quy định tại "
                   "khoản 4 Điều này) có trách nhiệm thẩm định, ban hành văn bản chấp thuận phương án đảm bảo an "
                   "ninh, an toàn và vệ sinh môi trường tại cảng hàng không, sân bay trong quá trình thi công.",
                   "Nghị định");
  CHECK(has(d, "Cục Hàng không Việt Nam", Role::lead));
  CHECK(has(d, "Cảng vụ hàng không", Role::lead));
}

TEST_CASE("link amend19: a quoted point's label opens its sentence like a bullet") {
  // NĐ 14/2026 Điều 116 (khoản 3 Điều 24 mới của NĐ 30/2013): the quoted points stay the article's text
  Document d = one("Chính phủ",
                   "“3. Thủ tục thẩm định, cấp lại do thay đổi, bổ sung nội dung Giấy chứng nhận được thực hiện như "
                   "sau:\na) Trong thời hạn 20 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Cục Hàng không Việt Nam có "
                   "trách nhiệm thẩm định hồ sơ.\nb) Cục Tác chiến (Bộ Quốc phòng) có trách nhiệm trả lời Cục Hàng "
                   "không Việt Nam trong thời hạn 05 ngày làm việc, kể từ ngày nhận được văn bản đề nghị.”.",
                   "Nghị định");
  CHECK(has(d, "Cục Tác chiến Bộ Quốc phòng", Role::lead));
  // near reading: a name after other words of the clause is no subject for the label's sake
  Document e = one("Chính phủ", "b) Hồ sơ gửi Cục Tác chiến (Bộ Quốc phòng) trong thời hạn 05 ngày làm việc.",
                   "Nghị định");
  CHECK_FALSE(has(e, "Cục Tác chiến Bộ Quốc phòng", Role::lead));
}

TEST_CASE("link amend19: a quoted item with no duty's words names a case, not a task") {
  // Luật 147/2025 khoản 23 điểm a: the new points b) and c) list who may recover minerals
  Document d = one("Quốc hội",
                   "Sửa đổi, bổ sung điểm b và điểm c khoản 1 như sau: “b) Chủ đầu tư, nhà đầu tư kết hợp thu hồi "
                   "khoáng sản ở khu vực thi công các hạng mục công trình của dự án đầu tư;\nc) Chủ đầu tư, nhà đầu tư "
                   "thực hiện hoạt động nạo vét kết hợp thu hồi sản phẩm là khoáng sản trong vùng nước cảng biển, cảng "
                   "cá, khu neo đậu tránh trú bão theo dự án, kế hoạch được quyết định, phê duyệt hoặc chấp thuận theo "
                   "quy định của pháp luật;”;",
                   "Luật");
  CHECK_FALSE(has(d, "Chủ đầu tư", Role::lead));
}
