// A provincial decision printed from a PDF whose header date is garbled ("ngày15 tháng 54 năm 2026",
// held-out batch 12: QĐ 1696/QĐ-UBND Lào Cai): the date its appendix confirms, and the date it takes
// effect, past a term that runs "từ ngày quyết định này có hiệu lực đến hết ngày …" and a "kể từ ký"
// that lost its "ngày".
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

std::string decision(const std::string& date_line, const std::string& appendix_line) {
  return "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 1696 /QĐ-UBND\n" + date_line + "\nQUYẾT ĐỊNH\nVề việc ủy quyền cho Giám đốc Sở Công Thương\n"
         "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
         "QUYẾT ĐỊNH:\n"
         "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ.\n"
         "Điều 2. Thời hạn ủy quyền: Từ ngày quyết định này có hiệu lực đến hết\n"
         "ngày 28 tháng 02 năm 2027.\n"
         "Điều 3. Quyết định này có hiệu lực thi hành kể từ ký.\n"
         "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Tuấn Anh\n"
         "PHỤ LỤC\n" + appendix_line + "\n1. Cấp giấy phép vận chuyển hàng hóa nguy hiểm.\n";
}

}  // namespace

TEST_CASE("parse28: a garbled header date is read from the appendix that confirms it", "[parse][parse28]") {
  Document d = parse_text(decision("Lào Cai, ngày15 tháng 54 năm 2026",
                                   "(Kèm theo Quyết định số 1696 /QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)"));
  CHECK(d.meta.date == std::optional<std::string>("2026-05-15"));
  // the term's end ("có hiệu lực đến hết ngày 28 tháng 02 năm 2027") is no date of effect; "kể từ ký" is
  CHECK(d.meta.effective_date == std::optional<std::string>("2026-05-15"));
  bool said = false;
  for (const Diagnostic& g : d.diagnostics)
    if (g.code == "header.date-from-appendix") {
      said = true;
      CHECK(g.message ==
            "the header's date cannot be read; 2026-05-15 is read from the appendix's \"(Kèm theo Quyết định số 1696 "
            "/QĐ-UBND ngày 15 / 5 …\"");
    }
  CHECK(said);
}

TEST_CASE("parse28: only the document's own number in the header's year confirms its date", "[parse][parse28]") {
  // another decision's appendix line, and a year that is not the header's: the date stays unknown
  Document d = parse_text(decision("Lào Cai, ngày15 tháng 54 năm 2026",
                                   "(Kèm theo Quyết định số 16960/QĐ-UBND ngày 15/5/2026 của UBND tỉnh Lào Cai)"));
  CHECK_FALSE(d.meta.date);
  Document e = parse_text(decision("Lào Cai, ngày15 tháng 54 năm 2026",
                                   "(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Lào Cai)"));
  CHECK_FALSE(e.meta.date);
  // an undated draft ("ngày   tháng   năm 2026") stays undated, whatever its appendix says
  Document f = parse_text(decision("Lào Cai, ngày     tháng     năm 2026",
                                   "(Kèm theo Quyết định số 1696/QĐ-UBND ngày      /     /2026 của UBND tỉnh Lào Cai)"));
  CHECK_FALSE(f.meta.date);
  // a readable header date is kept (no appendix consulted)
  Document g = parse_text(decision("Lào Cai, ngày 14 tháng 5 năm 2026",
                                   "(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của UBND tỉnh Lào Cai)"));
  CHECK(g.meta.date == std::optional<std::string>("2026-05-14"));
}

TEST_CASE("parse28: a signer's rank is no part of the name", "[parse][parse28]") {
  // TT 13/2026/TT-BQP: "THỨ TRƯỞNG" then "Thượng tướng Nguyễn Văn Hiền"
  const std::string text =
      "BỘ QUỐC PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 13/2026/TT-BQP\n"
      "Hà Nội, ngày 12 tháng 02 năm 2026\nTHÔNG TƯ\nQuy định chi tiết một số điều của Luật Hóa chất\n"
      "Căn cứ Luật Hóa chất ngày 14 tháng 6 năm 2025;\n"
      "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết một số điều của Luật Hóa chất.\n"
      "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 12 tháng 02 năm 2026.\n"
      "Nơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n" + std::string("Thượng tướng") +
      " Nguyễn Văn Hiền\n";
  Document d = parse_text(text);
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Thứ trưởng"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Văn Hiền"));
}

namespace {

std::string letter(const std::string& body) {
  return "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2265/BCT-ATMT\n"
         "Hà Nội, ngày 02 tháng 4 năm 2026\nV/v triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy "
         "hiểm\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n" +
         body + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrương Thanh Hoài\n";
}

}  // namespace

TEST_CASE("parse28: a letter's request after its top-level list is the letter's own", "[parse][parse28]") {
  // CV 2265/BCT-ATMT: the last item announced its words ("…:"), they ended, then the request
  Document d = parse_text(letter(
      "Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT, cụ thể:\n\n"
      "- Khoản 2 Điều 3 của Thông tư số 15/2026/TT-BCT quy định phân cấp cho Ủy ban nhân dân cấp tỉnh.\n\n"
      "- Khoản 1 Điều 8 Thông tư số 15/2026/TT-BCT về điều khoản thi hành:\n"
      "Thông tư có hiệu lực từ ngày 10/4/2026.\n\n"
      "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn, tổ chức thực hiện cấp giấy phép.\n"));
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[1].text ==
        "Khoản 1 Điều 8 Thông tư số 15/2026/TT-BCT về điều khoản thi hành: Thông tư có hiệu lực từ ngày 10/4/2026.");
  bool in_body = false;
  for (const Paragraph& b : d.body) in_body = in_body || b.text.rfind("Bộ Công Thương đề nghị", 0) == 0;
  CHECK(in_body);
  // near miss: words that go on the announced text (no request) stay the item's
  Document e = parse_text(letter(
      "Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT, cụ thể:\n\n"
      "- Khoản 2 Điều 3 của Thông tư số 15/2026/TT-BCT quy định phân cấp cho Ủy ban nhân dân cấp tỉnh.\n\n"
      "- Khoản 1 Điều 8 Thông tư số 15/2026/TT-BCT về điều khoản thi hành:\n"
      "Thông tư có hiệu lực từ ngày 10/4/2026.\n\n"
      "Các hồ sơ đã nộp trước ngày này được giải quyết theo quy định cũ.\n"));
  REQUIRE(e.provisions.size() == 2);
  CHECK(e.provisions[1].text.find("Các hồ sơ đã nộp") != std::string::npos);
}
