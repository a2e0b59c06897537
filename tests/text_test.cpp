#include <catch2/catch.hpp>

#include "vanban/text.h"

using namespace vanban;

TEST_CASE("empty input is refused with file and code", "[text]") {
  try {
    decode("", "a.txt");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "a.txt: empty file, nothing to read");
    CHECK(e.code() == "input.empty");
  }
}

TEST_CASE("NUL bytes mean binary input", "[text]") {
  CHECK_THROWS_AS(decode(std::string_view("PK\x03\x04\0\0", 6), "x.docx"), InputError);
}

TEST_CASE("NFD becomes NFC", "[text]") {
  CHECK(nfc("Vie\xCC\xA3\xCC\x82t") == "Việt");
}

TEST_CASE("received stamp is kept as metadata and removed from the text", "[text]") {
  std::string src = "NGHỊ QUYẾT\n\nUBND HUYỆN AN PHÚ\t\nDÉN\tSố: 342\nNgày: 16.8.2024\t\nChuyên:.....\nLưu HS số:.....\n\nCăn cứ Luật;\n";
  Text t = load_text(src, "s.txt");
  REQUIRE(t.received);
  CHECK(t.received->number == "342");
  CHECK(t.received->date == "2024-08-16");
  for (const auto& l : t.lines) {
    CHECK(l.text.find("Số: 342") == std::string::npos);
    CHECK(l.text.find("UBND HUYỆN") == std::string::npos);
  }
}

// NĐ 61-CP/1994 and Luật 65/2025 as copied from a legal-database website:
// its notes on provisions are debris, a bracket of the document's own stays.
TEST_CASE("website notes on provisions are removed, the document's brackets stay", "[text]") {
  std::string src =
      "Chương 2: [Chương này được hướng dẫn bởi Mục I Phần B Thông tư 70-TC/TCT năm 1994] BÁN NHÀ Ở\n"
      "[Điều này được hướng dẫn bởi Khoản 1 Mục II Thông tư 69-TC/ĐT năm 1994 (VB hết hiệu lực: 01/07/2016)]\n"
      "Phương thức thanh toán như sau: [Các quy định về thu tiền sử dụng đất bị thay thế bởi Điều 22 Nghị định "
      "38/2000/NĐ-CP]\n"
      "1. Giá đất theo bảng giá [1] của tỉnh [đơn vị: đồng].\n";
  Text t = load_text(src, "n.txt");
  REQUIRE(t.lines.size() == 3);
  CHECK(t.lines[0].text == "Chương 2: BÁN NHÀ Ở");
  CHECK(t.lines[1].text == "Phương thức thanh toán như sau:");
  CHECK(t.lines[1].source_line == 3);  // the line that was only a note is gone
  CHECK(t.lines[2].text == "1. Giá đất theo bảng giá [1] của tỉnh [đơn vị: đồng].");
}

// Luật 65/2025 as copied from a legal-database website: the site prints the
// act's short name before each Mục heading. A sentence of the document that
// opens the same way (a type of act, a year, then a dot) keeps its words.
TEST_CASE("a website's running title before a heading is removed, the heading stays", "[text]") {
  std::string src =
      "Luật Tổ chức chính quyền địa phương 2025. Mục 1. NHIỆM VỤ, QUYỀN HẠN CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG CẤP TỈNH\n"
      "Bộ luật Hình sự 2015. Chương III. PHẠM VI\n"
      "Luật Đất đai 2024. Điều này không áp dụng.\n"
      "Nghị quyết số 12 năm 2025. Mục tiêu là giảm 10 % thủ tục.\n"
      "Luật này có hiệu lực từ năm 2025. Điều 2 bãi bỏ Luật cũ.\n"
      "Luật này có hiệu lực từ năm 2025. Điều 2. Bãi bỏ Luật cũ.\n";
  Text t = load_text(src, "l.txt");
  REQUIRE(t.lines.size() == 6);
  CHECK(t.lines[0].text == "Mục 1. NHIỆM VỤ, QUYỀN HẠN CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG CẤP TỈNH");
  CHECK(t.lines[1].text == "Chương III. PHẠM VI");
  CHECK(t.lines[2].text == "Luật Đất đai 2024. Điều này không áp dụng.");
  CHECK(t.lines[3].text == "Nghị quyết số 12 năm 2025. Mục tiêu là giảm 10 % thủ tục.");
  CHECK(t.lines[4].text == "Luật này có hiệu lực từ năm 2025. Điều 2 bãi bỏ Luật cũ.");
  CHECK(t.lines[5].text == "Luật này có hiệu lực từ năm 2025. Điều 2. Bãi bỏ Luật cũ.");
}

// thuvienphapluat's crawl (QĐ 1500/QĐ-BHXH 2015, QĐ 1666/QĐ-BHXH 2020): the running
// title is the site's whole title — type, number, year, subject, issuer — before
// each "Điều N.". A sentence that cites a document by number and year keeps its words.
TEST_CASE("a website's long running title before an article is removed", "[text]") {
  std::string src =
      "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân do Tổng Giám đốc Bảo hiểm "
      "xã hội Việt Nam ban hành. Điều 4. Tổ chức thực hiện\n"
      "Công văn 384/BYT-KCB năm 2014. Điều 2. Thi hành\n"
      "Quyết định 1500/QĐ-BHXH năm 2015 được thay thế. Điều 4 quy định việc thi hành.\n"
      "Quyết định số 1500/QĐ-BHXH ngày 14/12/2015 của Bảo hiểm xã hội. Điều 4. Tổ chức\n";
  Text t = load_text(src, "q.txt");
  REQUIRE(t.lines.size() == 4);
  CHECK(t.lines[0].text == "Điều 4. Tổ chức thực hiện");
  CHECK(t.lines[1].text == "Điều 2. Thi hành");
  CHECK(t.lines[2].text == "Quyết định 1500/QĐ-BHXH năm 2015 được thay thế. Điều 4 quy định việc thi hành.");
  CHECK(t.lines[3].text == "Quyết định số 1500/QĐ-BHXH ngày 14/12/2015 của Bảo hiểm xã hội. Điều 4. Tổ chức");
}
