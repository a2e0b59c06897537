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
