// The parser's layout on real documents it was not tuned on (gold files in
// corpus/gold): where the body ends, the signature block, the title, and
// where an attachment starts.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"

using namespace vanban;

using parse_test::find;
using parse_test::parse_doc;

TEST_CASE("parse.layout: QĐ 256 Cần Thơ, a legacy font's lower-case 'tm .' ends the body", "[parse][layout]") {
  // TCVN3 source: the caps font decodes to "tm . ubnd thành phố Cần Thơ" / "chủ tịch"
  Document d = parse_doc("quyet-dinh-256-2004-ub-can-tho.8bit");
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK(!a3->heading);
  CHECK_THAT(a3->text, Catch::Matchers::EndsWith("thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách nhiệm thi hành Quyết định này./."));
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->on_behalf == std::optional<std::string>("TM. Ủy ban nhân dân thành phố Cần Thơ"));
  CHECK(d.meta.signer->position == std::optional<std::string>("Chủ tịch"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Võ Thanh Tòng"));
  // "QUYẾT ĐỊNH của ủY BAN NHÂN DÂN THÀNH PHỐ cần thơ": the place ends the issuer, not starts the title
  CHECK(d.meta.title ==
        std::optional<std::string>("V/v ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai đoạn 2004 - 2010"));
}

TEST_CASE("parse.layout: QĐ 36 Hà Nội, caps lines under a bare 'CHƯƠNG II.' are its heading, not an attachment", "[parse][layout]") {
  // "CHƯƠNG II." / "QUY ĐỊNH VỀ TIÊU CHÍ, …" / "VÀ ĐÁNH GIÁ, …" / "Điều 3. …": a wrapped
  // "kèm theo Quyết định này …" below Điều 3 does not make the caps lines an attachment's title
  Document d = parse_doc("quyet-dinh-36-2025-ubnd-ha-noi");
  for (const auto& p : d.provisions) CHECK(p.eid.rfind("att_2", 0) != 0);
  const Provision* c2 = find(d.provisions, "att_1__chp_II");
  REQUIRE(c2);
  CHECK(c2->heading ==
        std::optional<std::string>("QUY ĐỊNH VỀ TIÊU CHÍ, TIÊU CHUẨN CHẤT LƯỢNG VÀ ĐÁNH GIÁ, KIỂM ĐỊNH CHẤT LƯỢNG"));
  REQUIRE(c2->children.size() == 2);
  CHECK(c2->children[0].eid == "att_1__chp_II__art_3");
  CHECK(c2->children[1].eid == "att_1__chp_II__art_4");
  CHECK(find(d.provisions, "att_1__chp_III__art_5"));
}

TEST_CASE("parse.layout: the enacting formula is not glued to the last basis", "[parse][layout]") {
  // NĐ 114/2003 (TCVN3): "Nghị Định:" in the legacy font's mixed case
  Document nd = parse_doc("nghi-dinh-114-2003-cp.8bit");
  REQUIRE(nd.bases.size() == 3);
  CHECK(nd.bases[2].text == "Theo đề nghị của Bộ trưởng Bộ Nội vụ,");
  // QĐ 36/2025 Hà Nội: "Ủy ban nhân dân Thành phố ban hành Quyết định quy định về …" wrapped over lines
  Document qd = parse_doc("quyet-dinh-36-2025-ubnd-ha-noi");
  REQUIRE(!qd.bases.empty());
  CHECK(qd.bases.back().text ==
        "Xét đề nghị của Sở Nông Nghiệp và Môi trường tại Tờ trình số 419/TTr-SNNMT ngày 10 tháng 6 năm 2025;");
}

TEST_CASE("parse.layout: QĐ 256 Cần Thơ, a programme '(Ban hành theo Quyết định số …)' is an attachment", "[parse][layout]") {
  // "Chương trình / Cải cách hành chính … / giai đoạn 2004-2010 / (Ban hành theo Quyết định số: 256/2004/QĐ-UB …)"
  Document d = parse_doc("quyet-dinh-256-2004-ub-can-tho.8bit");
  const Provision* s1 = find(d.provisions, "att_1__sec_I");
  REQUIRE(s1);
  CHECK(s1->kind == ProvisionKind::section);
  CHECK(find(d.provisions, "att_1__sec_III__part_B__para_10"));
  const Provision* last = find(d.provisions, "att_1__sec_IV__para_3");  // its closing sentence follows 3.6
  REQUIRE(last);
  // the programme's own signature ("tm . ubnd …", "chủ tịch") is not read into its text
  CHECK_THAT(last->text, Catch::Matchers::EndsWith("kiểm tra việc thực hiện Chương trình này./."));
}

TEST_CASE("parse.layout: a '(1)', '(2)' … list inside a point is the point's items", "[parse][layout]") {
  // QĐ 21/2025 Hà Nội Điều 3.3: "a) Khối Bệnh viện" then "(1) Bệnh viện đa khoa Xanh Pôn;" … "(42) …", "b) Khối …"
  Document d = parse_doc("quyet-dinh-21-2025-ubnd-ha-noi");
  const Provision* a = find(d.provisions, "art_3__para_3__point_a");
  REQUIRE(a);
  REQUIRE(a->children.size() == 42);
  CHECK(a->children[0].eid == "art_3__para_3__point_a__item_1");
  CHECK(a->children[0].text == "Bệnh viện đa khoa Xanh Pôn;");
  CHECK(a->children[41].text == "Bệnh viện đa khoa huyện Phúc Thọ.");
  const Provision* b = find(d.provisions, "art_3__para_3__point_b");
  REQUIRE(b);
  CHECK(b->children.size() == 5);
  CHECK_FALSE(find(d.provisions, "art_3__para_3__para_1"));
  // CV 5141/SNNMT-KS: "1.4." holds "(1).", "(2)." whose points run "a) … d)"; the "(3)." after point d
  // continues the clause's list, not the point's
  Document cv = parse_doc("cong-van-5141-2025-snnmt-lao-cai");
  CHECK(find(cv.provisions, "para_1__para_1.4__para_3"));
  CHECK_FALSE(find(cv.provisions, "para_1__para_1.4__para_2__point_d__item_1"));
}

TEST_CASE("parse.layout: CV 19046 BTC, 'Kính gửi' glued to the date line still opens the letter's body", "[parse][layout]") {
  // "Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố." (a web page's text):
  // the opening paragraphs are the body, not a preamble up to the first numbered heading
  Document d = parse_doc("cong-van-19046-2014-btc");
  REQUIRE(d.body.size() == 4);
  CHECK_THAT(d.body.front().text, Catch::Matchers::StartsWith("Luật hải quan được Quốc hội khóa XIII"));
  CHECK(d.body.back().text == "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:");
  CHECK(d.citations.size() == 3);
  // a letter whose addressees have a line of their own is read as before (CV 5141: body after them)
  Document e = parse_doc("cong-van-5141-2025-snnmt-lao-cai");
  REQUIRE(!e.body.empty());
  CHECK_THAT(e.body.back().text, Catch::Matchers::StartsWith("Sở Nông nghiệp và Môi trường yêu cầu các đơn vị"));
}

TEST_CASE("parse.layout: QĐ 12/2001 BTC, the older 'Nơi gửi:' heads the recipients, not items of Điều 4", "[parse][layout]") {
  // TCVN3 source: "Nơi gửi:" then "-Thủ tướng và các Phó Thủ tướng Chính phủ (để báo cáo);" … "- Lưu VP (02), Vụ CĐKT."
  Document d = parse_doc("quyet-dinh-12-2001-btc");
  const Provision* a4 = find(d.provisions, "art_4");
  REQUIRE(a4);
  CHECK(a4->children.empty());
  REQUIRE(d.recipients.size() == 8);
  CHECK(d.recipients.front() == "Thủ tướng và các Phó Thủ tướng Chính phủ (để báo cáo)");
  CHECK(d.recipients.back() == "Các đơn vị thuộc và trực thuộc Bộ");
}

TEST_CASE("parse.layout: VBHN TT 09/2016 BNNPTNT, the date line in the Nơi nhận list is no recipient", "[parse][layout]") {
  // "Nơi nhận:" / "Hà Nội, ngày 17 tháng 7 năm 2025" / "- Văn phòng Chính phủ (để đăng Công báo …"
  Document d = parse_doc("thong-tu-09-2016-bnnptnt");
  REQUIRE(!d.recipients.empty());
  for (const auto& r : d.recipients) CHECK(r.find("ngày 17 tháng 7 năm 2025") == std::string::npos);
  CHECK(Catch::Matchers::StartsWith("Văn phòng Chính phủ").match(d.recipients.front()));
}
