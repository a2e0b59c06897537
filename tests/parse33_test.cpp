// An appendix titled "BIỂU" whose "(Ban hành kèm theo …)" a web copy broke after "(Ban" (held-out NQ 57/2017
// Gia Lai, batch 22): the appendix starts at its title, its table is no text of the last article.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string resolution =
    "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC HỖ TRỢ VỐN ĐẦU TƯ\nHỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
    "Điều 1. Quy định mức hỗ trợ vốn đầu tư phát triển theo Biểu kèm theo.\n"
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện.\n"
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Gia Lai thông qua ngày 13 tháng 7 năm 2017./.\n"
    "BIỂU\nQUY ĐỊNH MỨC HỖ TRỢ VỐN ĐẦU TƯ PHÁT TRIỂN\n(Ban\nhành kèm theo Nghị quyết số 57/2017/NQ-HĐND ngày "
    "13/7/2017 của HĐND tỉnh Gia Lai)\nGhi chú:\nCác đối tượng 1, 2, 3 được quy định tại Khoản 3, Điều 1.\n";

}  // namespace

TEST_CASE("parse33: 'BIỂU' over '(Ban' ⏎ 'hành kèm theo …' opens an appendix", "[parse][parse33]") {
  const Document d = parse_text(resolution);
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[1].eid == "art_2");
  // (before, the appendix's title, its bracket and its notes ran on as the closing article's text)
  CHECK(d.provisions[1].text == "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện. Nghị quyết này đã được Hội "
                                "đồng nhân dân tỉnh Gia Lai thông qua ngày 13 tháng 7 năm 2017./.");
}

TEST_CASE("parse33: a titled clause keeps every paragraph up to the next label", "[parse][parse33]") {
  // NQ 41/2017/NQ-HĐND Trà Vinh, Điều 1 khoản 4, abridged: before, the second paragraph went up to the article
  const std::string text =
      "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH\nNGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH VỀ LỆ PHÍ ĐĂNG KÝ CƯ TRÚ\n"
      "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH\nCăn cứ Luật Phí và Lệ phí ngày 25/11/2015;\nQUYẾT NGHỊ:\n"
      "Điều 1. Ban hành quy định về lệ phí đăng ký cư trú, cụ thể như sau:\n1. Định mức thu\n"
      "Mức thu lệ phí đăng ký cư trú là 20.000 đồng/lần.\n2. Kê khai, thu, nộp, quyết toán lệ phí\n"
      "Số tiền lệ phí thu được phải nộp toàn bộ vào ngân sách nhà nước.\n"
      "Đơn vị thu lệ phí thực hiện kê khai, nộp lệ phí theo tháng.\n"
      "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\n";
  const Document d = parse_text(text);
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[0].text == "Ban hành quy định về lệ phí đăng ký cư trú, cụ thể như sau:");
  REQUIRE(d.provisions[0].children.size() == 2);
  CHECK(d.provisions[0].children[1].text ==
        "Kê khai, thu, nộp, quyết toán lệ phí Số tiền lệ phí thu được phải nộp toàn bộ vào ngân sách nhà nước. Đơn vị "
        "thu lệ phí thực hiện kê khai, nộp lệ phí theo tháng.");
}
