// Citations of real preambles the way their gold files read them: a number
// typed with a space before its slash, a law's name with a comma in it or no
// "số" before its number, the date of an amending law that its amended laws'
// numbers do not share, a law cited through one of its articles.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using parse_test::parse_doc;

namespace {

const Citation* by_number(const Document& d, const std::string& n) {
  for (const auto& c : d.citations)
    if (c.number == std::optional<std::string>(n)) return &c;
  return nullptr;
}

std::optional<std::string> opt(const char* s) { return std::string(s); }

}  // namespace

TEST_CASE("parse.citations: 'Tờ trình số 269 /TTr-STC' is one number", "[parse][corpus]") {
  // QĐ 07/2025 Hà Nội: "tại Tờ trình số 269 /TTr-STC ngày 15 / 01/2025"
  Document d = parse_doc("quyet-dinh-07-2025-ubnd-ha-noi");
  const Citation* t = by_number(d, "269/TTr-STC");
  REQUIRE(t);
  CHECK(t->doc_type == opt("Tờ trình"));
  CHECK(t->date == opt("2025-01-15"));
  // QĐ 32/2025: the number at a line's start after "Tờ trình số"
  Document e = parse_doc("quyet-dinh-32-2025-ubnd-ha-noi");
  const Citation* u = by_number(e, "150/TTr-SNNMT");
  REQUIRE(u);
  CHECK(u->date == opt("2025-04-11"));
}

TEST_CASE("parse.citations: the laws an amending law amends do not take its date", "[parse][corpus]") {
  // QĐ 67/2024 Hà Nội: "Luật Sửa đổi, bổ sung một số Điều của Luật Đất đai số 31/2024/QH15, …, Luật Kinh
  // doanh bất động sản số 29/2023/QH15 và Luật Tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024"
  Document d = parse_doc("quyet-dinh-67-2024-ubnd-ha-noi");
  const Citation* kd = by_number(d, "29/2023/QH15");
  REQUIRE(kd);
  CHECK_FALSE(kd->date);
  CHECK(kd->title == opt("Kinh doanh bất động sản"));
  // the shared date of "Tờ trình số 394/TTr-CP và Đề án số 395/ĐA-CP ngày …" outside a law still holds
}

TEST_CASE("parse.citations: a law's name with a comma, a law's number without 'số'", "[parse][corpus]") {
  // NQ 20/2017 Thừa Thiên Huế: "Căn cứ Luật khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23 tháng 11 năm 2009"
  Document hue = parse_doc("nghi-quyet-20-2017-hdnd-thua-thien-hue");
  const Citation* kb = by_number(hue, "40/2009/QH12");
  REQUIRE(kb);
  CHECK(kb->doc_type == opt("Luật"));
  CHECK(kb->title == opt("khám bệnh, chữa bệnh"));
  // NQ 68/2017 Điện Biên: "Căn cứ Luật Bảo hiểm y tế 25/2008/QH12 ngày 14 tháng 11 năm 2008"
  Document d = parse_doc("nghi-quyet-68-2017-hdnd-dien-bien");
  const Citation* bh = by_number(d, "25/2008/QH12");
  REQUIRE(bh);
  CHECK(bh->doc_type == opt("Luật"));
  CHECK(bh->title == opt("Bảo hiểm y tế"));
  CHECK(bh->date == opt("2008-11-14"));
  for (const auto& c : d.citations) CHECK_FALSE((!c.number && c.title && c.title->find("25/2008") != std::string::npos));
}

TEST_CASE("parse.citations: a thẩm tra report and a law cited through its article", "[parse][corpus]") {
  // NQ 77/2017 Bình Định: "Báo cáo thẩm tra số 17/BCTT-BPC ngày 06 tháng 7 năm 2017 của Ban Pháp chế"
  Document bd = parse_doc("nghi-quyet-77-2017-hdnd-binh-dinh");
  const Citation* bc = by_number(bd, "17/BCTT-BPC");
  REQUIRE(bc);
  CHECK(bc->doc_type == opt("Báo cáo"));
  // QĐ 02/2025 Hà Nội: "Căn cứ khoản 4 và 5 Điều 35 Luật Thủ đô ngày 28 tháng 6 năm 2024"
  bool capital = false;
  for (const auto& c : parse_doc("quyet-dinh-02-2025-ubnd-ha-noi").citations)
    capital = capital || (c.doc_type == opt("Luật") && c.title == opt("Thủ đô") && c.date == opt("2024-06-28"));
  CHECK(capital);
  // a body run into a basis ("… theo quy định tại Điều 42 Pháp lệnh xử lý vi phạm hành chính. …") cites nothing new
  for (const auto& c : parse_doc("thong-tu-120-2002-btc").citations)
    CHECK_FALSE((c.doc_type == opt("Pháp lệnh") && c.title && c.title->find("6.2-") != std::string::npos));
}

TEST_CASE("parse.citations: a document the title names by number is cited, first", "[parse][corpus]") {
  // NQ 86/2017 Hà Giang, a title in capitals: "… TẠI NGHỊ QUYẾT SỐ 209/2015/NQ-HĐND NGÀY 10 THÁNG 12 NĂM
  // 2015 CỦA HBND TỈNH …" (the bases cite two laws, a Tờ trình and a report, not this one)
  Document d = parse_doc("nghi-quyet-86-2017-hdnd-ha-giang");
  REQUIRE(d.citations.size() == 5);
  CHECK(d.citations[0].number == opt("209/2015/NQ-HĐND"));
  CHECK(d.citations[0].doc_type == opt("Nghị quyết"));
  CHECK(d.citations[0].date == opt("2015-12-10"));
  CHECK_FALSE(d.citations[0].issuer);  // read in lower case, "hbnd tỉnh" is no issuer to print
  // TT 15/2026/TT-BCT: the amended circular, named in the title and the enacting line only
  Document e = parse_doc("thong-tu-15-2026-bct");
  REQUIRE_FALSE(e.citations.empty());
  CHECK(e.citations[0].number == opt("38/2025/TT-BCT"));
  CHECK(e.citations[0].doc_type == opt("Thông tư"));
  // QĐ 04/2025 Hà Nội: the two decisions of the title are cited in the bases too — once each, the
  // bases' reading (its issuer), moved first
  Document f = parse_doc("quyet-dinh-04-2025-ubnd-ha-noi");
  REQUIRE(f.citations.size() >= 2);
  CHECK(f.citations[0].number == opt("21/2012/QĐ-UBND"));
  CHECK(f.citations[1].number == opt("28/2015/QĐ-UBND"));
  int n = 0;
  for (const auto& c : f.citations) n += c.number == opt("28/2015/QĐ-UBND");
  CHECK(n == 1);
}

TEST_CASE("parse.citations: a second law joined by a comma after the first one's date", "[parse][corpus]") {
  // QĐ 34/2025 Hà Nội: "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014, Luật sửa đổi, bổ sung một số điều
  // của Luật Xây dựng ngày 17 tháng 6 năm 2020;"
  Document d = parse_doc("quyet-dinh-34-2025-ubnd-ha-noi");
  int built = 0, amending = 0;
  for (const auto& c : d.citations) {
    built += c.title == opt("Xây dựng") && c.date == opt("2014-06-18");
    amending += c.title == opt("sửa đổi, bổ sung một số điều của Luật Xây dựng") && c.date == opt("2020-06-17");
  }
  CHECK(built == 1);
  CHECK(amending == 1);
}

TEST_CASE("parse.title: '(thực hiện …)' ends the title, a rule of em dashes is no part of it", "[parse][corpus]") {
  // QĐ 02/2025 Hà Nội: the title's last line is "(thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô)"
  CHECK(parse_doc("quyet-dinh-02-2025-ubnd-ha-noi").meta.title ==
        opt("Quy định sử dụng Quỹ phát triển hoạt động sự nghiệp của đơn vị sự nghiệp công lập thuộc thành phố Hà "
            "Nội (thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô)"));
  // QĐ 32/2025 Hà Nội: "—————" under the title (pdftotext's rule)
  CHECK(parse_doc("quyet-dinh-32-2025-ubnd-ha-noi").meta.title ==
        opt("Ban hành Định mức kinh tế kỹ thuật sản phẩm, dịch vụ thủy lợi khác trên địa bàn thành phố Hà Nội"));
  // "(Ban hành kèm theo …)" under a regulation's title is still no part of it (NĐ 29/1998)
  const auto t = parse_doc("nghi-dinh-29-1998-cp.groundtruth").meta.title;
  REQUIRE(t);
  CHECK(t->find("kèm theo") == std::string::npos);
}
