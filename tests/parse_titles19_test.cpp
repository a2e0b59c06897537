// Parser: an article's title line (Luật 15/2012/QH13 Xử lý vi phạm hành chính, a Word copy whose
// lines are paragraphs; its Điều 36, 37, 54, 55 numbered 1–4 here): a long title is not wrapped into the sentence after it, and a title that
// opens with the verb "Giao" before a common word names the act — each with a near reading that
// must not change.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

// A law's header, then the lines given.
Document parse_lines(const std::string& s) {
  return parse(load_text("QUỐC HỘI\nSố: 15/2012/QH13\nHà Nội, ngày 20 tháng 6 năm 2012\n\nLUẬT\nXử lý vi phạm "
                         "hành chính\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\nQuốc hội ban hành "
                         "Luật Xử lý vi phạm hành chính.\n" + s,
                         "t.txt"),
               "t.txt");
}

// Paragraph lines as a Word copy prints them, wider than any printed line.
const std::string kWordCopy =
    "Điều 1. Buộc tiêu hủy hàng hóa, vật phẩm gây hại cho sức khỏe con người, vật nuôi, cây trồng và môi "
    "trường, văn hóa phẩm có nội dung độc hại\n"
    "Buộc tiêu hủy hàng hóa, vật phẩm gây hại cho sức khỏe con người, vật nuôi, cây trồng và môi trường, văn hóa "
    "phẩm có nội dung độc hại là việc buộc cá nhân, tổ chức vi phạm phải tiêu hủy hàng hóa, vật phẩm gây hại.\n"
    "Điều 2. Buộc nộp lại số lợi bất hợp pháp có được do thực hiện vi phạm hành chính hoặc buộc nộp lại số "
    "tiền bằng trị giá tang vật, phương tiện vi phạm hành chính đã bị tiêu thụ, tẩu tán, tiêu hủy trái quy định "
    "của pháp luật\n"
    "Cá nhân, tổ chức vi phạm phải nộp lại số lợi bất hợp pháp là tiền, tài sản, giấy tờ và vật có giá có được "
    "từ vi phạm hành chính mà cá nhân, tổ chức đó đã thực hiện để sung vào ngân sách nhà nước.\n"
    "Điều 3. Giao quyền xử phạt\n"
    "1. Người có thẩm quyền xử phạt vi phạm hành chính quy định tại các điều từ Điều 38 đến Điều 51 của Luật "
    "này có thể giao cho cấp phó thực hiện thẩm quyền xử phạt vi phạm hành chính.\n"
    "2. Việc giao quyền xử phạt vi phạm hành chính được thực hiện thường xuyên hoặc theo vụ việc và phải được "
    "thể hiện bằng văn bản, trong đó xác định rõ phạm vi, nội dung, thời hạn giao quyền.\n"
    "Điều 4. Giao Ủy ban nhân dân cấp tỉnh quy định chi tiết việc lập biên bản vi phạm hành chính\n";

}  // namespace

TEST_CASE("parse.titles19: a long article title in a Word copy is the title", "[parse][titles]") {
  const Document d = parse_lines(kWordCopy);
  const Provision* a = find(d.provisions, "art_2");
  REQUIRE(a);
  CHECK(a->heading.value_or("").rfind("Buộc nộp lại số lợi bất hợp pháp", 0) == 0);
  CHECK(a->text.rfind("Cá nhân, tổ chức vi phạm phải nộp lại", 0) == 0);
  // (the title of the article before it is one line too)
  const Provision* b = find(d.provisions, "art_1");
  REQUIRE(b);
  CHECK(b->text.rfind("Buộc tiêu hủy hàng hóa, vật phẩm gây hại cho sức khỏe con người", 0) == 0);
}

TEST_CASE("parse.titles19: 'Giao' before a common word opens a title, before a body a sentence", "[parse][titles]") {
  const Document d = parse_lines(kWordCopy);
  const Provision* a = find(d.provisions, "art_3");
  REQUIRE(a);
  CHECK(a->heading.value_or("") == "Giao quyền xử phạt");
  CHECK(a->text.empty());
  const Provision* b = find(d.provisions, "art_4");
  REQUIRE(b);
  CHECK_FALSE(b->heading.has_value());
  CHECK(b->text.rfind("Giao Ủy ban nhân dân cấp tỉnh quy định", 0) == 0);
}

TEST_CASE("parse.titles19: a printed page's wrapped title goes on over its next line", "[parse][titles]") {
  // (TT 09/2016 Điều 11 as pdftotext prints it: lines some 80 letters wide)
  const Document d = parse_lines(
      "Điều 1. Quy trình xử lý động vật, sản phẩm động vật không bảo đảm yêu cầu vệ\n"
      "Sinh thú y theo quy định\n"
      "1. Cách ly động vật ở khu vực riêng;\n"
      "2. Lập biên bản ghi nhận tình trạng vệ sinh thú y của động vật, sản phẩm động vật;\n");
  const Provision* a = find(d.provisions, "art_1");
  REQUIRE(a);
  CHECK(a->heading.value_or("") ==
        "Quy trình xử lý động vật, sản phẩm động vật không bảo đảm yêu cầu vệ Sinh thú y theo quy định");
}
