// Parser: chapter labels a scan garbled (TT 43/2018 and TT 57/2018 of Bộ Công Thương as tesseract
// read them: "Chương" with its numeral lost, "ChươngH „ „", "Chương IH", "Chương FV", "- _ Chương IV - „",
// "Chương V_", a second "Chương II" for III) are the next chapter, with a sequence.slip warning; a
// chapter printed twice before the next one is an inserted chapter (IVa), and "Chương trình" and a
// reference to a chapter are no labels.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kHead =
    "BỘ CÔNG THƯƠNG\nSố: 57/2018/TT-BCT\nHà Nội, ngày 26 tháng 12 năm 2018\nTHÔNG TƯ\nQuy định chi tiết\n"
    "Căn cứ Nghị định số 98/2017/NĐ-CP;\nBộ trưởng Bộ Công Thương ban hành Thông tư.\n";

int slips(const Document& d) {
  return static_cast<int>(std::count_if(d.diagnostics.begin(), d.diagnostics.end(),
                                        [](const Diagnostic& g) { return g.code == "sequence.slip"; }));
}

}  // namespace

TEST_CASE("parse chapters22: garbled chapter labels of a scan are the next chapters") {
  Document d = parse_lines(kHead +
                           "Chương\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết.\n"
                           "- : Ö. . ChươngH „ „\nMẪU ĐƠN ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN\nĐiều 2. Mẫu đơn\nBan hành mẫu đơn.\n"
                           "Chương IH\nMẪU ĐƠN ĐỀ NGHỊ CẤP LẠI\nĐiều 3. Mẫu đơn cấp lại\nBan hành mẫu đơn.\n"
                           "- _ Chương IV - „\nBIỂU MẪU, CHẾ ĐỘ BÁO CÁO\nĐiều 4. Chế độ báo cáo\nSở Công Thương báo cáo.\n"
                           "Chương V_\nQUY ĐỊNH VỀ KIỂM TRA\nĐiều 5. Kiểm tra\nĐoàn kiểm tra thực hiện.\n");
  for (const char* eid : {"chp_I__art_1", "chp_II__art_2", "chp_III__art_3", "chp_IV__art_4", "chp_V__art_5"})
    CHECK(find(d.provisions, eid));
  const Provision* c2 = find(d.provisions, "chp_II");
  REQUIRE(c2);
  CHECK(c2->heading == "MẪU ĐƠN ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN");
  CHECK(slips(d) == 3);  // "Chương", "ChươngH", "Chương IH"; IV and V_ are readable
}

TEST_CASE("parse chapters22: a chapter printed twice is the next, or an inserted one before the next") {
  // TT 43/2018: "Chương II" twice, then "Chương FV" — the second is III
  Document d = parse_lines(kHead +
                           "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\nChương II\nCẤP GIẤY CHỨNG NHẬN\n"
                           "Điều 2. Hồ sơ\nNội dung.\nChương II\nCƠ QUAN KIỂM TRA\nĐiều 3. Cơ quan kiểm tra\nNội dung.\n"
                           "Chương FV\nTHU HỒI\nĐiều 4. Thu hồi\nNội dung.\n");
  CHECK(find(d.provisions, "chp_III__art_3"));
  CHECK(find(d.provisions, "chp_IV__art_4"));
  // KH CNTT Lâm Đồng 1998: "CHƯƠNG IV" twice and then "CHƯƠNG V" — the second is IVa
  Document e = parse_lines(kHead +
                           "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\nChương II\nCẤP GIẤY\nĐiều 2. Hồ sơ\nNội dung.\n"
                           "Chương II\nBIỆN PHÁP\nĐiều 3. Biện pháp\nNội dung.\nChương III\nTHU HỒI\nĐiều 4. Thu hồi\nNội dung.\n");
  CHECK(find(e.provisions, "chp_IIa__art_3"));
  CHECK(find(e.provisions, "chp_III__art_4"));
}

TEST_CASE("parse chapters22: words after Chương and numbered chapters are no slips") {
  Document d = parse_lines(kHead +
                           "Chương 1:\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nChương trình hành động được ban hành.\n"
                           "Chương 2:\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Thực hiện\nThực hiện theo quy định tại Chương III Thông tư số 40/2013/TT-BCT.\n");
  CHECK(find(d.provisions, "chp_1__art_1"));
  CHECK(find(d.provisions, "chp_2__art_2"));
  CHECK(slips(d) == 0);
}

TEST_CASE("parse chapters22: a list item naming a chapter stays an item") {
  Document d = parse_lines(kHead +
                           "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Bãi bỏ\nBãi bỏ các chương sau của Thông tư số 40/2013/TT-BCT:\n"
                           "- Chương IV;\n- Chương V.\nĐiều 2. Hiệu lực\nThông tư này có hiệu lực kể từ ngày ký.\n");
  CHECK(find(d.provisions, "chp_I__art_2"));
  CHECK_FALSE(find(d.provisions, "chp_IV"));
}
