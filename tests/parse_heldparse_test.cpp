// Parser: constructions session 22's held-out set showed (corpus/gold-heldout): an OCR'd letter
// whose "Kính gửi" the scan garbled, bases typed with slips or opened by other words than "Căn cứ",
// and cited documents whose title opens with its verb.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

// CV 3109/BCT-KHCN as tesseract read it: the margin's marks before "Kính gửi", "Kính" itself misread,
// the "V/v" line lost, the signer's title missed
const std::string kOcrLetter =
    "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "—— Độc lập - Tự do - Hạnh phúc\n\n"
    "số: 34ÚŸ  mCT-KHCN Hà Nội, ngày/Í0. tháng ƒnăm 2018\n"
    "77v tướng đân Thực hiện công\n"
    "1 Nư BAN À thực phẩm\n\n"
    "lÿ đi MyKnh gửi: Sở Công Thương các tỉnh/thành phố\n\n"
    "Ngày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số 15/2018/NĐ-CP quy định chi tiết.\n"
    "d, 3 bán sửa đôi cân thiết, ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số\n"
    "2129/BCT-KHCN gửi Sở Công Thương.\n"
    "1. Cơ sở sản xuất thực phẩm nhỏ lẻ\n"
    "Các cơ sở phải tuân thủ các điều kiện.\n\n"
    "2. Hiệu lực của Thông tư số 57/2015/TT-BCT\n"
    "Thông tư không còn hiệu lực.\n\n"
    "Nơi nhận:\n\n- Như trên;\n\n- Cục QLTT;\n\n- Lưu: VT, KHCN.\n\nNguyễn Huy Hoàn\n";

}  // namespace

TEST_CASE("parse heldparse: an OCR'd letter with a garbled Kính gửi is read as a letter") {
  Document d = parse_lines(kOcrLetter);
  CHECK(d.meta.doc_type == std::optional<std::string>("Công văn"));
  CHECK(d.meta.issuer == std::optional<std::string>("Bộ Công Thương"));
  CHECK(d.meta.place == std::optional<std::string>("Hà Nội"));
  CHECK(!d.meta.date);  // not the cited letter's 31 tháng 3
  CHECK(find(d.provisions, "para_1"));
  CHECK(find(d.provisions, "para_2"));
  CHECK(d.recipients.size() == 2);
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Huy Hoàn"));
  CHECK(!d.meta.signer->position);
  CHECK(!d.citations.empty());
}

TEST_CASE("parse heldparse: a sentence that only contains gửi is no salutation") {
  // the near case: "gửi:" late in a body sentence, or without the word before it ending "nh"
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG\nSố: 12/BCT-KHCN\nHà Nội, ngày 02 tháng 3 năm 2018\nV/v an toàn thực phẩm\n"
      "Kính gửi: Sở Công Thương các tỉnh\n\n"
      "Bộ Công Thương đề nghị các đơn vị tổng hợp ý kiến gửi: Vụ Khoa học và Công nghệ.\n"
      "1. Cơ sở sản xuất thực phẩm nhỏ lẻ\n");
  CHECK(d.meta.title == std::optional<std::string>("V/v an toàn thực phẩm"));
  CHECK(find(d.provisions, "para_1"));
  bool sentence_kept = false;
  for (const auto& p : d.body) sentence_kept = sentence_kept || p.text.find("tổng hợp ý kiến") != std::string::npos;
  CHECK(sentence_kept);
}

TEST_CASE("parse heldparse: a name after the filing line is no signer when a title is there") {
  // near case: the position line present, the name under it as ever
  Document d = parse_lines(kOcrLetter.substr(0, kOcrLetter.find("Nguyễn Huy Hoàn")) +
                           "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Huy Hoàn\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Thứ trưởng"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Huy Hoàn"));
}

namespace {

const std::string kNqHead =
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 112/2017/NQ-HĐND\nĐồng Tháp, ngày 07 tháng 7 năm 2017\n"
    "NGHỊ QUYẾT\nQuy định mức phân bổ kinh phí\nHỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\n";

const Citation* cited(const Document& d, const std::string& number) {
  for (const auto& c : d.citations)
    if (c.number == number) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("parse heldparse: a basis typed Cân cứ is a basis of its own") {
  // NQ 112/2017 Đồng Tháp
  Document d = parse_lines(kNqHead +
                           "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng\n6 năm 2015;\n"
                           "Cân cứ Luật ban hành văn bản quy phạm pháp\nluật năm 2015;\n"
                           "QUYẾT NGHỊ:\nĐiều 1. Thống nhất mức phân bổ kinh phí.\n");
  REQUIRE(d.bases.size() == 2);
  CHECK(d.bases[1].text == "Cân cứ Luật ban hành văn bản quy phạm pháp luật năm 2015;");
  bool law = false;
  for (const auto& c : d.citations) law = law || c.title == std::optional<std::string>("ban hành văn bản quy phạm pháp luật");
  CHECK(law);
}

TEST_CASE("parse heldparse: Theo Tờ trình and Trên cơ sở xem xét open bases of their own") {
  Document d = parse_lines(
      "QUỐC HỘI\nSố: 23/2003/QH11\nHà Nội, ngày 26 tháng 11 năm 2003\nNGHỊ QUYẾT\nVề nhà đất\n"
      "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo "
      "Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, kỳ họp thứ 10;\n"
      "Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, Báo cáo thẩm tra của Uỷ ban pháp "
      "luật và ý kiến của các vị đại biểu Quốc hội;\n"
      "Trên cơ sở xem xét Báo cáo số 166/BC-ĐGS ngày 27 tháng 5 năm 2022 của Đoàn giám sát;\n"
      "QUYẾT NGHỊ:\nĐiều 1. Nhà nước không xem xét lại chủ trương.\n");
  REQUIRE(d.bases.size() == 3);
  CHECK(d.bases[1].text.rfind("Theo Tờ trình", 0) == 0);
  CHECK(d.bases[2].text.rfind("Trên cơ sở xem xét", 0) == 0);
  const Citation* nq = cited(d, "51/2001/QH10");
  REQUIRE(nq);
  CHECK(nq->issuer == std::optional<std::string>("Quốc hội"));
  CHECK(!nq->title);
  const Citation* tt = cited(d, "1516/CP-CN");
  REQUIRE(tt);
  CHECK(tt->issuer == std::optional<std::string>("Chính phủ"));
  CHECK(!tt->title);
  bool constitution = false;
  for (const auto& c : d.citations)
    constitution = constitution || (c.doc_type == std::optional<std::string>("Hiến pháp") &&
                                    c.title == std::optional<std::string>("nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992"));
  CHECK(constitution);
}

TEST_CASE("parse heldparse: an issuer ends where the cited title's verb begins") {
  // NQ 114 and 115/2017 Đồng Tháp; "cùa" for "của" (NQ 112)
  Document d = parse_lines(kNqHead +
                           "Căn cứ Quyết định số 389/QĐ-TTg ngày 19 tháng 3 năm 2014 của Thủ tướng Chính phủ thành lập "
                           "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả;\n"
                           "Căn cứ Quyết định số 1722/QĐ-TTg ngày 02 tháng 9 năm 2016 của Thủ tướng Chính phủ phê duyệt "
                           "Chương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2016-2020;\n"
                           "Xét Tờ trình số 42/TTr-UBND ngày 29 tháng 5 năm 2017 của Ủy ban nhân dân tỉnh Đồng Tháp thông "
                           "qua dự thảo Nghị quyết; Báo cáo thẩm tra 147/BC-HĐND ngày 16 tháng 6 năm 2017 cùa Ban Kinh tế - "
                           "Ngân sách Hội đồng nhân dân Tỉnh; ý kiến thảo luận.\n"
                           "QUYẾT NGHỊ:\nĐiều 1. Thống nhất mức phân bổ kinh phí.\n");
  const Citation* a = cited(d, "389/QĐ-TTg");
  REQUIRE(a);
  CHECK(a->issuer == std::optional<std::string>("Thủ tướng Chính phủ"));
  CHECK(a->title == std::optional<std::string>("thành lập Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"));
  const Citation* b = cited(d, "1722/QĐ-TTg");
  REQUIRE(b);
  CHECK(b->issuer == std::optional<std::string>("Thủ tướng Chính phủ"));
  const Citation* t = cited(d, "42/TTr-UBND");
  REQUIRE(t);
  CHECK(t->issuer == std::optional<std::string>("Ủy ban nhân dân tỉnh Đồng Tháp"));
  const Citation* r = cited(d, "147/BC-HĐND");
  REQUIRE(r);
  CHECK(r->issuer);
  CHECK(!r->title);
}

TEST_CASE("parse heldparse: a title opening with về keeps the issuer whole") {
  // near case: "về thành lập" — the issuer ends at "về" as before, the verb stays in the title
  Document d = parse_lines(kNqHead +
                           "Căn cứ Quyết định số 09/QĐ-TTg ngày 06/01/2017 của Thủ tướng Chính phủ về thành lập Ban "
                           "Chỉ đạo;\nQUYẾT NGHỊ:\nĐiều 1. Thống nhất.\n");
  const Citation* a = cited(d, "09/QĐ-TTg");
  REQUIRE(a);
  CHECK(a->issuer == std::optional<std::string>("Thủ tướng Chính phủ"));
  CHECK(a->title == std::optional<std::string>("thành lập Ban Chỉ đạo"));
}

TEST_CASE("parse heldparse: a date before who issued the document dates that document only") {
  // CV 3109/BCT-KHCN's opening paragraph
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG\nSố: 12/BCT-KHCN\nHà Nội, ngày 20 tháng 4 năm 2018\nV/v an toàn thực phẩm\n"
      "Kính gửi: Sở Công Thương các tỉnh\n\n"
      "Ngày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số 15/2018/NĐ-CP thay thế Nghị định "
      "38/2012/NĐ-CP. Trong thời gian qua, ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số "
      "2129/BCT-KHCN gửi Sở Công Thương.\n"
      "1. Cơ sở sản xuất thực phẩm nhỏ lẻ\n");
  const Citation* nd = cited(d, "15/2018/NĐ-CP");
  REQUIRE(nd);
  CHECK(nd->date == std::optional<std::string>("2018-02-02"));
  const Citation* old = cited(d, "38/2012/NĐ-CP");
  REQUIRE(old);
  CHECK(!old->date);  // the decree replaced, not the one issued that day
  CHECK(!old->title);  // ". Trong thời gian …" is the next sentence
  const Citation* cv = cited(d, "2129/BCT-KHCN");
  REQUIRE(cv);
  CHECK(cv->date == std::optional<std::string>("2018-03-31"));
  CHECK(cv->issuer == std::optional<std::string>("Bộ Công Thương"));
}

TEST_CASE("parse heldparse: a province's name wrapped after tỉnh continues the sentence") {
  // NQ 05 Cao Bằng Điều 1: one sentence ending ":" is text, no title (lines as wide as the printed page's)
  std::string items;
  for (int k = 0; k < 5; ++k) items += "Hội đồng nhân dân tỉnh giám sát việc thực hiện các nghị quyết về phát triển kinh tế\n";
  Document d = parse_lines(kNqHead +
                           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản;\n"
                           "QUYẾT NGHỊ:\n"
                           "Điều 1.\nChương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh\n"
                           "Cao Bằng gồm các nội dung sau:\n1. " + items +
                           "Điều 2. Trách nhiệm của Ủy ban nhân dân tỉnh\n"
                           "Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này.\n");
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(!a1->heading);
  CHECK(a1->text == "Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh Cao Bằng gồm các nội dung sau:");
  // near case: an agency's name after a title ending "tỉnh" starts the text
  const Provision* a2 = find(d.provisions, "art_2");
  REQUIRE(a2);
  CHECK(a2->heading == std::optional<std::string>("Trách nhiệm của Ủy ban nhân dân tỉnh"));
}

TEST_CASE("parse heldparse: a lead-in and its dashed list between two points go on the first point") {
  // NQ 61/2022/QH15 Điều 2 khoản 1 điểm c, then d)
  Document d = parse_lines(
      "QUỐC HỘI\nSố: 61/2022/QH15\nHà Nội, ngày 16 tháng 6 năm 2022\nNGHỊ QUYẾT\nVề quy hoạch\n"
      "Căn cứ Hiến pháp;\nQUYẾT NGHỊ:\nĐiều 2. Giải pháp\n"
      "1. Cho phép Chính phủ thực hiện ngay các giải pháp sau:\n"
      "a) Rà soát các quy hoạch;\nb) Rà soát các quy hoạch;\n"
      "c) Lập đồng thời các quy hoạch. Quy hoạch được lập, thẩm định xong trước thì được phê duyệt trước.\n"
      "Khi quy hoạch được quyết định hoặc phê duyệt thì phải điều chỉnh.\n"
      "Việc điều chỉnh quy hoạch được thực hiện như sau:\n"
      "- Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn cần điều chỉnh;\n"
      "- Cơ quan tổ chức lập quy hoạch cần điều chỉnh có trách nhiệm tiếp thu ý kiến.\n"
      "d) Sử dụng kinh phí chi thường xuyên.\n");
  const Provision* c = find(d.provisions, "art_2__para_1__point_c");
  REQUIRE(c);
  CHECK(c->text.find("như sau:") != std::string::npos);
  CHECK(find(d.provisions, "art_2__para_1__point_c__item_1"));
  CHECK(find(d.provisions, "art_2__para_1__point_c__item_2"));
  CHECK(find(d.provisions, "art_2__para_1__point_d"));
}
