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

TEST_CASE("link amend19: a body named by its role in a procedure takes the step after it") {
  // NĐ 14/2026 Điều 103 khoản 1 (điểm a khoản 3 mới of NĐ 60/2023): "Cơ quan kiểm tra", the checking body
  Document d = one("Chính phủ",
                   "Sửa đổi, bổ sung điểm a khoản 3 như sau: “a) Trường hợp hồ sơ đầy đủ theo quy định, trong thời hạn "
                   "03 ngày làm việc cơ quan kiểm tra thông báo bằng văn bản gửi người nhập khẩu và cơ quan hải quan, "
                   "thuế, công an; trường hợp hồ sơ chưa đầy đủ, Cơ quan kiểm tra hướng dẫn người nhập khẩu hoàn thiện "
                   "hồ sơ;”.",
                   "Nghị định");
  CHECK(has(d, "Cơ quan kiểm tra", Role::lead));
  // NĐ 14/2026 Điều 1 (Điều 6 mới of NĐ 87/2009): the licensing body checks the file, a step, not oversight
  Document e = one("Chính phủ",
                   "5. Cơ quan cấp Giấy phép kinh doanh kiểm tra thông tin về Giấy chứng nhận đăng ký kinh doanh hoặc "
                   "Giấy chứng nhận đăng ký doanh nghiệp trên hệ thống Cổng thông tin quốc gia về đăng ký doanh nghiệp "
                   "trước khi cấp Giấy phép kinh doanh.",
                   "Nghị định");
  CHECK(has(e, "Cơ quan cấp Giấy phép kinh doanh", Role::lead));
  CHECK_FALSE(has(e, "Cơ quan cấp Giấy phép kinh doanh", Role::supervise));
  // near reading: the report a receiving body receives is its object, not the step it takes
  Document f = one("Chính phủ",
                   "Trong thời hạn 10 ngày làm việc, cơ quan tiếp nhận báo cáo kết quả đánh giá an toàn công trình có "
                   "ý kiến bằng văn bản.",
                   "Nghị định");
  CHECK_FALSE(has(f, "Cơ quan tiếp nhận", Role::lead));
}

TEST_CASE("link amend19: a competent body's verb keeps its object though the object looks like a verb") {
  // NĐ 14/2026 Điều 33 (Điều 48 mới of NĐ 58/2017): "công bố thông báo hàng hải", to publish maritime notices
  Document d = one("Chính phủ",
                   "Trường hợp hồ sơ chưa hợp lệ thì thời gian 02 ngày làm việc kể từ ngày nhận được hồ sơ, cơ quan, "
                   "tổ chức có thẩm quyền công bố thông báo hàng hải hướng dẫn hoàn thiện hồ sơ theo quy định tại Nghị "
                   "định này;",
                   "Nghị định");
  CHECK(has(d, "Cơ quan, tổ chức có thẩm quyền công bố thông báo hàng hải", Role::lead));
  Document e = one("Chính phủ",
                   "Trường hợp hồ sơ hợp lệ thì trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan, "
                   "tổ chức có thẩm quyền công bố thông báo hàng hải có trách nhiệm kiểm tra hồ sơ, công bố thông báo "
                   "hàng hải.",
                   "Nghị định");
  CHECK(has(e, "Cơ quan, tổ chức có thẩm quyền công bố thông báo hàng hải", Role::lead));
  CHECK_FALSE(has(e, "Cơ quan, tổ chức có thẩm quyền công bố thông báo hàng hải", Role::supervise));
}

TEST_CASE("link amend19: a unit's head word alone stands for the units of its kind named before") {
  // NĐ 14/2026 Điều 27 (điểm a khoản 6 Điều 8 mới): "Cảng vụ" after the two port authorities named in full
  Document d = one("Chính phủ",
                   "Cảng vụ hàng hải hoặc Cảng vụ đường thủy nội địa (trực thuộc Cục Hàng hải và Đường thủy Việt Nam) "
                   "quản lý tại khu vực tiếp nhận hồ sơ, trường hợp hồ sơ chưa hợp lệ thì chậm nhất 03 ngày làm việc kể "
                   "từ ngày nhận hồ sơ, Cảng vụ hướng dẫn hoàn thiện hồ sơ theo quy định tại Nghị định này.",
                   "Nghị định");
  CHECK(has(d, "Cảng vụ hàng hải", Role::lead));
  CHECK(has(d, "Cảng vụ đường thủy nội địa", Role::lead));
  CHECK_FALSE(has(d, "Cảng vụ", Role::lead));
  // near reading: an office of a unit is not the unit ("Chủ tịch Hội đồng" before "Hội đồng")
  Document e = one("Chính phủ",
                   "Chủ tịch Hội đồng thẩm định quyết định thời gian họp; Hội đồng có trách nhiệm thẩm định hồ sơ.",
                   "Nghị định");
  CHECK_FALSE(has(e, "Chủ tịch Hội đồng thẩm định", Role::lead));
}

TEST_CASE("link amend19: an applicant's premises assessed on site are a step of the procedure") {
  // NĐ 14/2026 Điều 133 (khoản 3 mới): the aviation authority appraises and checks the training facility
  Document d = one("Chính phủ",
                   "“3. Trong thời hạn 18 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định, Cục Hàng không Việt "
                   "Nam thẩm định hồ sơ, kiểm tra đánh giá thực tế cơ sở; yêu cầu người đề nghị giải trình bổ sung các "
                   "nội dung liên quan.",
                   "Nghị định");
  CHECK(has(d, "Cục Hàng không Việt Nam", Role::lead));
  CHECK_FALSE(has(d, "Cục Hàng không Việt Nam", Role::supervise));
}
