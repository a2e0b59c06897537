// An excerpt of a circular whose first article is not Điều 1 ("Điều 14. Kiểm tra định kỳ" then "1. …"):
// before, the body began at the first "1." and the article's label and title were lost without a word.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string articles =
    "Điều 14. Kiểm tra định kỳ\n1. Cơ quan kiểm tra có trách nhiệm lập kế hoạch kiểm tra.\n"
    "2. Cơ quan kiểm tra phải thông báo kế hoạch kiểm tra chậm nhất 15 ngày trước ngày kiểm tra.\n"
    "Điều 15. Kiểm tra đột xuất\nCơ quan kiểm tra tiến hành kiểm tra đột xuất khi có dấu hiệu vi phạm.\n";

void check_excerpt(const Document& d) {
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[0].eid == "art_14");
  CHECK(d.provisions[0].heading == "Kiểm tra định kỳ");
  REQUIRE(d.provisions[0].children.size() == 2);
  CHECK(d.provisions[0].children[0].eid == "art_14__para_1");
  CHECK(d.provisions[1].eid == "art_15");
}

}  // namespace

TEST_CASE("parse34: an excerpt's first article, after the bases, opens the body", "[parse][parse34]") {
  const Document d = parse_text(
      "BỘ CÔNG THƯƠNG\nTHÔNG TƯ\nQuy định chi tiết về kiểm tra an toàn thực phẩm\n"
      "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;\n"
      "Bộ trưởng Bộ Công Thương ban hành Thông tư quy định chi tiết.\n" + articles);
  check_excerpt(d);
  CHECK(d.meta.title == "Quy định chi tiết về kiểm tra an toàn thực phẩm");
}

TEST_CASE("parse34: an excerpt's first article right under the title is not the title's", "[parse][parse34]") {
  const Document d = parse_text("BỘ CÔNG THƯƠNG\nTHÔNG TƯ\nQuy định chi tiết về kiểm tra an toàn thực phẩm\n" + articles);
  check_excerpt(d);
  CHECK(d.meta.title == "Quy định chi tiết về kiểm tra an toàn thực phẩm");
}

TEST_CASE("parse34: a basis wrapped before 'Điều 14 Luật …' stays a basis", "[parse][parse34]") {
  const Document d = parse_text(
      "BỘ CÔNG THƯƠNG\nTHÔNG TƯ\nQuy định chi tiết\nCăn cứ khoản 2\nĐiều 14 Luật An toàn thực phẩm;\n"
      "Bộ trưởng Bộ Công Thương ban hành Thông tư.\n"
      "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết khoản 2 Điều 14.\n");
  REQUIRE(d.bases.size() == 1);
  CHECK(d.bases[0].text == "Căn cứ khoản 2 Điều 14 Luật An toàn thực phẩm;");
  REQUIRE(d.provisions.size() == 1);
  CHECK(d.provisions[0].eid == "art_1");
}

TEST_CASE("parse34: a title cut after 'quy định tại' goes on, in a text whose lines are paragraphs", "[parse][parse34]") {
  // NQ 02/2022/NQ-HĐTP as crawled, abridged: each line a paragraph, the title broken before its article reference
  const Document d = parse_text(
      "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\nNGHỊ QUYẾT\nHướng dẫn áp dụng một số quy định của Bộ luật Dân sự\n"
      "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\nQUYẾT NGHỊ:\n"
      "Điều 1. Phạm vi điều chỉnh\nNghị quyết này hướng dẫn một số quy định về trách nhiệm bồi thường thiệt hại ngoài "
      "hợp đồng của Bộ luật Dân sự, áp dụng thống nhất trong xét xử các vụ việc dân sự tại Tòa án nhân dân các cấp.\n"
      "Điều 2. Về nguyên tắc bồi thường thiệt hại quy định tại\nĐiều 585 của Bộ luật Dân sự\n"
      "1. Về khoản 1 Điều 585 của Bộ luật Dân sự, thiệt hại được bồi thường toàn bộ và kịp thời theo thỏa thuận của "
      "các bên hoặc theo quy định của pháp luật, trừ trường hợp pháp luật có quy định khác.\n"
      "2. Bên có quyền, lợi ích bị xâm phạm không được bồi thường nếu thiệt hại xảy ra do không áp dụng các biện pháp "
      "cần thiết, hợp lý để ngăn chặn, hạn chế thiệt hại cho chính mình.\n");
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[1].heading == "Về nguyên tắc bồi thường thiệt hại quy định tại Điều 585 của Bộ luật Dân sự");
  CHECK(d.provisions[1].text.empty());
  CHECK(d.provisions[1].children.size() == 2);
}
