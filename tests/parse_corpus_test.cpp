// Provision trees of real documents the parser was not tuned on, checked
// against their gold files' eids (corpus/gold): capital-letter parts of an
// appendix, a clause that goes on after ";", "(1)." lists inside a clause and
// a sub-clause number printed again out of sequence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;
using parse_test::parse_doc;

namespace {

bool ends_with(const std::string& s, const std::string& e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

}  // namespace

TEST_CASE("parse.letter-parts: NQ 17 Bắc Giang's appendix A.-D. above its roman sections", "[parse][corpus]") {
  Document d = parse_doc("nghi-quyet-17-hdnd-bac-giang");
  std::vector<std::string> roots;
  for (const auto& p : d.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"art_1", "art_2", "att_1__part_A", "att_1__part_B", "att_1__part_C",
                                          "att_1__part_D"});
  const Provision* a = find(d.provisions, "att_1__part_A");
  REQUIRE(a);
  CHECK(a->kind == ProvisionKind::part);
  CHECK(a->heading == std::optional<std::string>("Đường sửa lại tên (01 đường)"));  // wrapped over two lines
  REQUIRE(a->children.size() == 1);
  CHECK(a->children[0].children.size() == 4);  // B's items are not folded into A's clause 1
  const Provision* b8 = find(d.provisions, "att_1__part_B__para_8");
  REQUIRE(b8);
  CHECK(b8->text == "Đường Thân Nhân Trung");  // "C. Đặt tên đường" is not glued to it
  const Provision* c = find(d.provisions, "att_1__part_C");
  REQUIRE(c);
  REQUIRE(c->children.size() == 3);
  CHECK(c->children[1].heading == std::optional<std::string>("Các đường một phần hiện hữu và một phần quy hoạch (04 đường)"));
  CHECK(c->children[2].children.size() == 21);
  const Provision* dd = find(d.provisions, "att_1__part_D");
  REQUIRE(dd);
  CHECK(dd->heading == std::optional<std::string>("Đặt tên công trình công cộng (12 công trình)"));
  CHECK(dd->children.size() == 12);
}

TEST_CASE("parse.letter-parts: TT 99/1998/TT-BTC, 'A -' to 'G-' with Đ and F, letters of a capitals font", "[parse][corpus]") {
  // "A - PHẠM VI ÁP DỤNG …", "B - …", then "c - Đăng ký …", "d - nhiệm vụ …", "đ - miễn thuế …", "e - xử lý
  // vi phạm" (a legacy capitals font decodes in lower case), "F - Khiếu nại …", "G- tổ chức thực hiện"
  Document d = parse_doc("thong-tu-99-1998-btc");
  std::vector<std::string> roots;
  for (const auto& p : d.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"part_A", "part_B", "part_C", "part_D", "part_Đ", "part_E", "part_F",
                                          "part_G"});
  const Provision* a = find(d.provisions, "part_A");
  REQUIRE(a);
  REQUIRE(a->children.size() == 2);
  CHECK(a->children[0].eid == "part_A__sec_I");  // its "I -", "II-" sections
  CHECK(find(d.provisions, "part_Đ__sec_III"));
  // the enacting formula in prose ends the bases: "Bộ Tài chính hướng dẫn thực hiện như sau:"
  REQUIRE(d.bases.size() == 2);
  CHECK(ends_with(d.bases[1].text, "thi hành Luật thuế thu nhập doanh nghiệp;"));
}

TEST_CASE("parse.letter-parts: TT 120/2002/TT-BTC, 'a - những quy định chung' in a capitals font, after the bases", "[parse][corpus]") {
  // The body begins at the first lettered part after "Căn cứ …, Bộ Tài chính hướng dẫn thực hiện cụ thể như
  // sau:", not at the "Điều 1:" of a penalty decision's form printed after the signature; the part letters
  // come out of a capitals font in lower case ("a - những …"), and their ư-less TCVN3 is not taken for
  // "cư", "dư" ("c - Xử lý vi phạm hành chính", "c- Giấy phép …")
  const std::string path = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/thong-tu-120-2002-btc.txt";
  int part_c = 0, point_c = 0, cu = 0;
  for (const TextLine& l : load_text(read_file(path), path).lines) {
    part_c += l.text == "c - Xử lý vi phạm hành chính";
    point_c += l.text.rfind("c- Giấy phép đăng ký kinh doanh", 0) == 0;
    cu += l.text.rfind("cư-", 0) == 0 || l.text.rfind("dư-", 0) == 0;
  }
  CHECK(part_c == 1);
  CHECK(point_c >= 1);
  CHECK(cu == 0);
  Document d = parse_doc("thong-tu-120-2002-btc");
  std::vector<std::string> roots;
  for (const auto& p : d.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"part_A", "part_B", "part_C", "part_D", "part_Đ"});
  REQUIRE_FALSE(d.provisions.empty());
  CHECK(d.provisions[0].heading == std::optional<std::string>("những quy định chung"));
  CHECK(find(d.provisions, "part_B__sec_VII"));
  REQUIRE(d.bases.size() == 1);
  CHECK(d.bases[0].text.size() < 400);  // the basis alone, not the body run on
}

TEST_CASE("parse.semicolon-goes-on: QĐ 34 Hà Nội, a clause ending in a semicolon continues", "[parse][corpus]") {
  Document d = parse_doc("quyet-dinh-34-2025-ubnd-ha-noi");
  const Provision* art = find(d.provisions, "chp_III__art_8");
  const Provision* c2 = find(d.provisions, "chp_III__art_8__para_2");
  REQUIRE(art);
  REQUIRE(c2);
  CHECK(art->text.empty());
  CHECK(c2->text.rfind("Giám đốc, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc Thành phố; Giám đốc Kho bạc", 0) == 0);
  CHECK(ends_with(c2->text, "tổ chức thực hiện Quyết định này./."));
}

TEST_CASE("parse.paren-clauses: BC Chỉ thị 38 Lào Cai, (1).-(4). and the closing line are kept", "[parse][corpus]") {
  Document d = parse_doc("bao-cao-ket-qua-chi-thi-38-ttg-ubnd-lao-cai");
  for (const char* eid : {"para_4__para_1", "para_4__para_2", "para_4__para_3", "para_4__para_4"})
    CHECK(find(d.provisions, eid));
  const Provision* p1 = find(d.provisions, "para_4__para_1");
  REQUIRE(p1);
  CHECK(p1->text.find("Lý do: (i) Tránh tình trạng") != std::string::npos);
  const Provision* p4 = find(d.provisions, "para_4");
  REQUIRE(p4);
  CHECK(p4->text == "Đề xuất, kiến nghị Đề nghị Bộ Nông nghiệp và Môi trường: Ủy ban nhân dân tỉnh Lào Cai trân trọng "
                    "báo cáo Bộ Nông nghiệp và Môi trường tổng hợp và quan tâm xem xét, giải quyết./.");
  // the second "2.5." printed after 2.7 is a slip for 2.8
  CHECK(find(d.provisions, "para_2__para_2.8"));
  CHECK_FALSE(find(d.provisions, "para_2__para_2.5a"));
  auto slip = std::find_if(d.diagnostics.begin(), d.diagnostics.end(),
                           [](const Diagnostic& g) { return g.code == "sequence.slip"; });
  REQUIRE(slip != d.diagnostics.end());
  CHECK(format_diagnostic(*slip) ==
        std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/bao-cao-ket-qua-chi-thi-38-ttg-ubnd-lao-cai.txt:" +
            std::to_string(slip->line) + ":1: warning: clause 2.5 printed after 2.7; read as 2.8 [sequence.slip] (in Khoản 2)");
  CHECK(slip->line > 0);
}

TEST_CASE("parse.citations: QĐ 1050 SCT Lào Cai, a QCVN and issuers before a capitalised title", "[parse][corpus]") {
  Document d = parse_doc("quyet-dinh-1050-2026-sct-lao-cai");
  auto by_number = [&](const std::string& n) -> const Citation* {
    for (const auto& c : d.citations)
      if (c.number == std::optional<std::string>(n)) return &c;
    return nullptr;
  };
  const Citation* q = by_number("QCVN01:2019/BCT");
  REQUIRE(q);
  CHECK(q->doc_type == std::optional<std::string>("Quy chuẩn kỹ thuật quốc gia"));
  CHECK_FALSE(by_number("2019/BCT"));  // not a letter numbered from inside the QCVN's symbol
  const Citation* nd = by_number("217/2025/NĐ-CP");
  REQUIRE(nd);
  CHECK(nd->issuer == std::optional<std::string>("Chính phủ"));
  CHECK(nd->title == std::optional<std::string>("Quy định về hoạt động kiểm tra chuyên ngành"));
  const Citation* tt = by_number("32/2019/TT-BCT");
  REQUIRE(tt);
  CHECK(tt->issuer == std::optional<std::string>("Bộ trưởng Bộ Công Thương"));
}

TEST_CASE("parse.citations: a second law joined by 'và' after the first one's date is cited", "[parse][corpus]") {
  auto laws = [](const Document& d) {
    std::vector<std::string> out;
    for (const auto& c : d.citations)
      if (c.doc_type == std::optional<std::string>("Luật") && c.title) out.push_back(*c.title + " @" + c.date.value_or("-"));
    return out;
  };
  // QĐ 69/2024 Hà Nội: "Căn cứ Luật Ban hành … ngày 22 tháng 6 năm 2015 và Luật sửa đổi, bổ sung … ngày 18 tháng 6 năm 2020;"
  auto qd = laws(parse_doc("quyet-dinh-69-2024-ubnd-ha-noi"));
  CHECK(std::count(qd.begin(), qd.end(), "sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật @2020-06-18") == 1);
  // "Luật sửa đổi … của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày …" is one law:
  // the "và Luật" inside its name opens no second citation
  CHECK(std::none_of(qd.begin(), qd.end(), [](const std::string& t) { return t.rfind("Tổ chức chính quyền địa phương @2019", 0) == 0; }));
  CHECK(qd.size() == 6);
}

TEST_CASE("parse.citations: a symbol typed 'NĐ - CP' with spaces around its hyphen is one number", "[parse][corpus]") {
  // QĐ 01/2025 Hà Nội: "Căn cứ Nghị định của Chính phủ số 10/2021/NĐ - CP ngày 09/02/2021 về …"
  Document d = parse_doc("quyet-dinh-01-2025-ubnd-ha-noi");
  bool whole = false, cut = false;
  for (const auto& c : d.citations) {
    whole = whole || c.number == std::optional<std::string>("10/2021/NĐ-CP");
    cut = cut || c.number == std::optional<std::string>("10/2021/NĐ");
  }
  CHECK(whole);
  CHECK_FALSE(cut);
}

// TT 15/2026/TT-BCT replaces forms of another circular: "Mẫu số 06 / PHỤ LỤC
// 20 / MẪU GIẤY PHÉP …" under a national motto, with "Điều 1. Cấp Giấy phép
// …" for whoever fills it in. TT 14/2024 ships rule templates whose articles
// are "Điều ... Trách nhiệm thực hiện". Neither is a provision of the document
// (their gold files have none); each form is said once.
TEST_CASE("parse.forms: forms and templates after the closing are not provisions", "[parse][corpus]") {
  Document d = parse_doc("thong-tu-15-2026-bct");
  for (const auto& p : d.provisions) CHECK(p.eid.rfind("att_1__", 0) != 0);
  CHECK(!find(d.provisions, "att_2__art_2"));  // "Trách nhiệm thực hiện ……(2) phải thực hiện …"
  std::vector<std::string> forms;
  for (const auto& w : d.diagnostics)
    if (w.code == "attachment.form") forms.push_back(format_diagnostic(w));
  REQUIRE(forms.size() == 8);
  CHECK(ends_with(forms[1], "/corpus/docs/thong-tu-15-2026-bct.txt:94:1: warning: attachment 2 is a form (mẫu); "
                            "its fields are not read as provisions [attachment.form]"));
  Document t14 = parse_doc("thong-tu-14-2024-bct");
  std::vector<std::string> roots;
  for (const auto& p : t14.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"art_1", "art_2", "art_3", "art_4", "art_5", "art_6"});
}

// QĐ 35/2024 Hà Nội (a PDF that lost glyphs): the Quy chế ends "… kịp thời./.",
// then form 01 under "M u số 01" (no title the splitter knows) and its own
// national motto; the form's "I. SƠ LƯỢC LÝ LỊCH", "- Họ tên …" are fields.
TEST_CASE("parse.forms: a form after a regulation's end mark, with lost glyphs in its title", "[parse][corpus]") {
  Document d = parse_doc("quyet-dinh-35-2024-ubnd-ha-noi");
  const Provision* a12 = find(d.provisions, "att_1__chp_IV__art_12");
  REQUIRE(a12);
  CHECK(a12->children.size() == 4);
  CHECK(ends_with(a12->text, "để xem xét, s a đổi kịp thời./."));
  CHECK(!find(d.provisions, "att_1__chp_IV__sec_I"));
  CHECK(!find(d.provisions, "att_1__chp_IV__art_12__para_4__item_1"));
  std::vector<std::string> forms;
  for (const auto& w : d.diagnostics)
    if (w.code == "attachment.form") forms.push_back(format_diagnostic(w));
  REQUIRE(forms.size() == 2);
  CHECK(ends_with(forms[0], "/corpus/docs/quyet-dinh-35-2024-ubnd-ha-noi.txt:200:1: warning: attachment 2 is a form "
                            "(mẫu); its fields are not read as provisions [attachment.form]"));
}

// NĐ 61-CP/1994 as a web page prints "Điều 1.- Nhà ở …" and, once the site's
// note is gone, "… tại Điều này. Chương 3:" on one line; its gold has the
// dash off the text and Điều 12-16 under chp_3.
TEST_CASE("parse.web-copy: the old 'Điều 1.-' label and a chapter run onto a sentence", "[parse][corpus]") {
  Document d = parse_doc("nghi-dinh-61-cp-1994");
  const Provision* a1 = find(d.provisions, "chp_1__art_1");
  REQUIRE(a1);
  CHECK(a1->text == "Nhà ở quy định trong Nghị định này là nhà ở thuộc mọi hình thức sở hữu.");
  const Provision* a11 = find(d.provisions, "chp_2__art_11");
  REQUIRE(a11);
  CHECK(ends_with(a11->text, "theo đúng các qui định nói tại Điều này."));  // said of the article
  CHECK(find(d.provisions, "chp_3__art_12"));
  CHECK(!find(d.provisions, "chp_2__art_12"));
}

// The same web copy ends with "Võ Văn Kiệt (Đã ký)" under the last article,
// no title above the name: the closing starts there and names the signer.
TEST_CASE("parse.web-copy: a signer's name marked '(Đã ký)' starts the closing", "[parse][corpus]") {
  Document d = parse_doc("nghi-dinh-61-cp-1994");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->name == "Võ Văn Kiệt");
  CHECK(!d.meta.signer->position);
  const Provision* last = find(d.provisions, "chp_6__art_28");
  REQUIRE(last);
  CHECK(ends_with(last->text, "chịu trách nhiệm thi hành Nghị định này."));
}

// An amending article's title stays its heading when the new wording follows
// as a quoted block ("Điều 3. Sửa đổi, bổ sung Điều 8 Thông tư số
// 38/2025/TT-BCT" + "“Điều 8. …", "“1a. Sửa đổi …", "“6. Thay thế …”."); a
// phrase wrapped into a quote mid-sentence does not ("… Quy chế xét tặng danh
// hiệu" + "“Công dân Thủ đô ưu tú”." in QĐ 35 Hà Nội).
TEST_CASE("parse.amending-titles: the title of an article that quotes new wording is its heading", "[parse][corpus]") {
  Document d = parse_doc("thong-tu-15-2026-bct");
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK(a3->heading == std::optional<std::string>("Sửa đổi, bổ sung Điều 8 Thông tư số 38/2025/TT-BCT"));
  CHECK(a3->text.rfind("“Điều 8. Phân cấp thực hiện thủ tục hành chính về vận chuyển hàng hóa nguy hiểm 1. ", 0) == 0);
  const Provision* a6 = find(d.provisions, "art_6");
  REQUIRE(a6);
  REQUIRE(a6->heading);
  CHECK(a6->heading->rfind("Bổ sung khoản 1a trước khoản 1 Điều 33 Thông tư số 38/2025/TT-BCT (sửa đổi Điều 2", 0) == 0);
  CHECK(a6->text.rfind("“1a. Sửa đổi Điều 2 như sau: Điều 2. Mã số", 0) == 0);
  const Provision* a5 = find(d.provisions, "art_5");
  REQUIRE(a5);
  CHECK(a5->heading == std::optional<std::string>("Bổ sung khoản 6 Điều 27 Thông tư số 38/2025/TT-BCT"));
  CHECK(a5->text == "“6. Thay thế cụm từ “Giấy phép do Bộ Công Thương cấp (Số … )” bằng cụm từ “Giấy phép do "
                    "Cơ quan cấp phép cấp (Số … )” tại Phụ lục V”.");
  Document q = parse_doc("quyet-dinh-35-2024-ubnd-ha-noi");
  const Provision* q1 = find(q.provisions, "art_1");
  REQUIRE(q1);
  CHECK(!q1->heading);
  CHECK(ends_with(q1->text, "Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú”."));
}

// TT 15's "Thay thế Bảng 2 của Phụ lục … Thông tư số 11/2016/TT-BCT tại Phụ
// lục 2 Thông tư này": Phụ lục 2 is the new wording of another circular's
// table, quoted text in effect — its "I. / 1. / a)" are not provisions (gold
// has none), and the reader is told once.
TEST_CASE("parse.amending-appendix: an appendix that replaces another document's is not provisions", "[parse][corpus]") {
  Document d = parse_doc("thong-tu-15-2026-bct");
  for (const auto& p : d.provisions) CHECK(p.eid.rfind("att_", 0) != 0);
  std::vector<std::string> said;
  for (const auto& w : d.diagnostics)
    if (w.code == "attachment.amending") said.push_back(format_diagnostic(w));
  REQUIRE(said.size() == 1);
  CHECK(ends_with(said[0], "/corpus/docs/thong-tu-15-2026-bct.txt:479:1: warning: attachment 9 (Phụ lục 2) is new "
                           "wording for another document's appendix; it is not read as provisions [attachment.amending]"));
}

// QĐ 01/2025 Hà Nội: Phụ lục I and II are price tables only, Phụ lục III has
// tables then "1. … 5." clauses — a numbered appendix starts a new attachment
// even when the one before had no labelled lines (gold: att_3__para_1).
// NĐ 61-CP/1994's web copy prints "BẢNG GIÁ … (Ban hành kèm theo Nghị định
// số 61-CP …) Đơn vị …" on one line and "1. Giá chuẩn:" right below: the
// bracket closes on the title line, so clause 1 is the appendix's first.
TEST_CASE("parse.appendices: each numbered appendix is an attachment of its own", "[parse][corpus]") {
  Document d = parse_doc("quyet-dinh-01-2025-ubnd-ha-noi");
  CHECK(find(d.provisions, "att_3__para_2__para_2.3"));
  CHECK(!find(d.provisions, "att_2__para_1"));
  Document n = parse_doc("nghi-dinh-61-cp-1994");
  const Provision* p1 = find(n.provisions, "att_2__para_1");
  REQUIRE(p1);
  CHECK(p1->text.rfind("Giá chuẩn:", 0) == 0);
  CHECK(find(n.provisions, "att_2__para_2__point_d"));
  CHECK(!find(n.provisions, "att_1__para_1"));  // Phụ lục số 1 is one table
}

// TCVN3 has no capital Ủ, so NĐ 114/2003's "Điều 25. Nội dung quản lý … của
// ủy ban nhân dân cấp tỉnh" is followed by a paragraph starting "ủy ban nhân
// dân cấp tỉnh quản lý …": a paragraph of its own, not the title's wrapped
// tail. NQ 05/2017 Lai Châu's "Điều 2. Hội đồng nhân dân tỉnh giao" announces
// its clauses (the colon left out): a sentence, so text, not heading.
TEST_CASE("parse.titles: a legacy-font paragraph after a title, and a title that is a sentence", "[parse][corpus]") {
  Document d = parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-dinh-114-2003-cp.8bit.txt");
  const Provision* a25 = find(d.provisions, "chp_VI__art_25");
  REQUIRE(a25);
  CHECK(a25->heading == std::optional<std::string>("Nội dung quản lý cán bộ, công chức cấp xã của ủy ban nhân dân cấp tỉnh"));
  CHECK(a25->text == "ủy ban nhân dân cấp tỉnh quản lý cán bộ, công chức cấp xã theo các nội dung sau đây:");
  Document l = parse_doc("nghi-quyet-05-2017-hdnd-lai-chau");
  const Provision* a2 = find(l.provisions, "art_2");
  REQUIRE(a2);
  CHECK(!a2->heading);
  CHECK(a2->text == "Hội đồng nhân dân tỉnh giao");
}

// The Government's 2005 plan report, decoded from TCVN3, prints section IV
// of Part 2 as "iV. Định hướng phát triển ngành và lĩnh vực".
TEST_CASE("parse.legacy-roman: 'iV.' of a legacy font is section IV", "[parse][corpus]") {
  Document d = parse_doc("bao-cao-ke-hoach-2005-chinh-phu");
  const Provision* s4 = find(d.provisions, "part_2__sec_IV");
  REQUIRE(s4);
  CHECK(s4->heading == std::optional<std::string>("Định hướng phát triển ngành và lĩnh vực"));
  CHECK(!find(d.provisions, "part_2__sec_III__para_7a"));  // its clauses no longer repeat section III's
}

// NĐ 61-CP/1994's web copy runs clause 4 of Điều 11 onto clause 3's line
// ("3. Xây dựng cơ sở hạ tầng …; 4. Cải tạo các khu nhà ở cấp IV …;"), and
// ends Điều 9 with "Trong mọi trường hợp khác sẽ thực hiện theo qui định tại
// Khoản 3 Điều này." — a pointer to clause 3, not words about the whole
// article, so it stays with the clause it follows (gold: para_4). Luật
// 15/2012 Điều 21's second sentence of clause 2 likewise.
TEST_CASE("parse.run-on-clause: a clause run onto the line before, and a pointer to 'Khoản 3 Điều này'", "[parse][corpus]") {
  Document d = parse_doc("nghi-dinh-61-cp-1994");
  const Provision* c3 = find(d.provisions, "chp_2__art_11__para_3");
  REQUIRE(c3);
  CHECK(c3->text == "Xây dựng cơ sở hạ tầng các khu vực đã qui hoạch để xây dựng nhà ở;");
  const Provision* c4 = find(d.provisions, "chp_2__art_11__para_4");
  REQUIRE(c4);
  CHECK(c4->text == "Cải tạo các khu nhà ở cấp IV thành nhà ở cao tầng để bán hoặc cho thuê;");
  const Provision* a9c4 = find(d.provisions, "chp_2__art_9__para_4");
  REQUIRE(a9c4);
  CHECK(ends_with(a9c4->text, "Trong mọi trường hợp khác sẽ thực hiện theo qui định tại Khoản 3 Điều này."));
  Document l = parse_doc("luat-15-2012-qh13-xu-ly-vi-pham-hanh-chinh");
  const Provision* c2 = find(l.provisions, "part_2__chp_I__sec_1__art_21__para_2");
  REQUIRE(c2);
  CHECK(ends_with(c2->text, "Hình thức xử phạt quy định tại các điểm c, d và đ khoản 1 Điều này có thể được quy định là "
                            "hình thức xử phạt bổ sung hoặc hình thức xử phạt chính."));
}

// NQ 12/2025 Hà Nội (OCR): "… và bãi bỏ cụm từ “của huyện” tại điểm b khoản 5"
// + "Điều 3." — the reference wrapped, not Điều 3 starting (which comes
// later, and was read as a repeated "3a" with Điều 2's clauses under it).
TEST_CASE("parse.wrapped-reference: 'Điều 3.' ending a reference wrapped from 'khoản 5' is text", "[parse][corpus]") {
  Document d = parse_doc("nghi-quyet-12-2025-hdnd-ha-noi-ocr");
  CHECK(!find(d.provisions, "art_3a"));
  const Provision* c1 = find(d.provisions, "art_2__para_1");
  REQUIRE(c1);
  CHECK(ends_with(c1->text, "bãi bỏ cụm từ “của huyện” tại điểm b khoản 5 Điều 3."));
  CHECK(find(d.provisions, "art_2__para_4"));
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  REQUIRE(a3->heading);
  CHECK(a3->heading->rfind("Thay thế, bãi bỏ một số cụm từ của Nghị quyết số 28/2024/NQ-HĐND", 0) == 0);
}

TEST_CASE("parse.header: a caps title's year wrapped onto its own line stays in the title", "[parse][corpus]") {
  // NQ 1668/NQ-UBTVQH15: "VỀ VIỆC SẮP XẾP … CỦA THÀNH PHỐ CẦN THƠ NĂM" over "2025"
  Document d = parse_doc("nghi-quyet-1668-2025-ubtvqh15-can-tho");
  REQUIRE(d.meta.title);
  CHECK(*d.meta.title == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA THÀNH PHỐ CẦN THƠ NĂM 2025");
}

TEST_CASE("parse.header: the number after 'Nghị quyết số:' on the next line of a flattened header", "[parse][corpus]") {
  // NQ 132/2020/QH14 as a web page: "… Hạnh phúc --------------- Nghị quyết số:" over "132/2020/QH14"
  Document d = parse_doc("nghi-quyet-132-2020-qh14");
  REQUIRE(d.meta.number);
  CHECK(*d.meta.number == "132/2020/QH14");
  // a sentence that names another document by its number gives no number
  // (TT 09/2016 re-typeset: "Thông tư số 09/2016/TT-BNNPTNT ngày 01/6/2016 của Bộ trưởng …"; its
  // number is the consolidated text's, from the authentication block at its end)
  CHECK(parse_doc("thong-tu-09-2016-bnnptnt").meta.number == std::optional<std::string>("18/VBHN-BNNMT"));
}

TEST_CASE("parse.header: the enacting 'QUỐC HỘI' after a flattened caps title is not the title's", "[parse][corpus]") {
  // NQ 132/2020/QH14 as a web page: "… NGHỊ QUYẾT THÍ ĐIỂM … XÂY DỰNG KINH TẾ QUỐC HỘI" then "Căn cứ …"
  Document d = parse_doc("nghi-quyet-132-2020-qh14");
  REQUIRE(d.meta.title);
  CHECK(*d.meta.title ==
        "THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH "
        "KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ");
  // a title that names the assembly's deputies keeps them
  const std::string src =
      "QUỐC HỘI\nSố: 01/2025/QH15\nHà Nội, ngày 1 tháng 1 năm 2025 NGHỊ QUYẾT VỀ CHẾ ĐỘ ĐỐI VỚI ĐẠI BIỂU QUỐC HỘI\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi\nNghị quyết này quy định.\n";
  Document t = parse(load_text(src, "t.txt"), "t.txt");
  REQUIRE(t.meta.title);
  CHECK(*t.meta.title == "VỀ CHẾ ĐỘ ĐỐI VỚI ĐẠI BIỂU QUỐC HỘI");
}

TEST_CASE("parse.header: an old-style 'CỦA CHÍNH PHỦ SỐ … NGÀY … VỀ …' line gives the title after the date", "[parse][corpus]") {
  // NĐ 61-CP (1994) as a web page: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 61-CP NGÀY 05 THÁNG 7 NĂM 1994 VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở";
  // the one-letter last word "Ở" stays in the caps run
  Document d = parse_doc("nghi-dinh-61-cp-1994");
  CHECK(d.meta.title == std::optional<std::string>("VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở"));
  CHECK(d.meta.date == std::optional<std::string>("1994-07-05"));
  // the same header over two lines keeps the title on its own line (NĐ 29/1998)
  CHECK(parse_doc("nghi-dinh-29-1998-cp.groundtruth").meta.title ==
        std::optional<std::string>("về việc ban hành Quy chế thực hiện dân chủ ở xã"));
}

TEST_CASE("parse.ocr-labels: QĐ 11/2026 Lào Cai, point and clause labels a scan turned into symbols or near letters", "[parse][corpus]") {
  // "&)" and "©)" for c), "ø)" for g), "§." for 8., "e)" for c) before d), "đ)" right after c) for d)
  Document d = parse_doc("quyet-dinh-11-2026-ubnd-lao-cai-ocr");
  const std::string a = "att_1__chp_II__art_";
  for (const std::string& eid : {std::string("art_2__para_2__point_g"), a + "4__para_3__point_c", a + "13__para_6__point_c",
                                 a + "13__para_6__point_d", a + "20__para_3__point_d", a + "20__para_4__point_c",
                                 a + "20__para_5__point_d", a + "20__para_5__point_đ", std::string("att_1__chp_III__art_25__para_8")})
    CHECK(find(d.provisions, eid));
  CHECK(!find(d.provisions, a + "20__para_3__point_đ"));
  CHECK(!find(d.provisions, a + "20__para_5__point_e"));
  const Provision* c = find(d.provisions, a + "4__para_3__point_c");
  REQUIRE(c);
  CHECK(c->num == "c");
  CHECK(c->text.rfind("Đối với các dự án nhóm B, nhóm C sử dụng vốn đầu tư công do Ủy ban", 0) == 0);
  std::vector<std::string> slips;
  for (const auto& w : d.diagnostics)
    if (w.code == "sequence.slip") slips.push_back(w.message);
  CHECK(std::count(slips.begin(), slips.end(), "point &) follows b); read as c)") == 1);
  CHECK(std::count(slips.begin(), slips.end(), "point ©) follows b); read as c)") == 1);
  CHECK(std::count(slips.begin(), slips.end(), "point ø) follows e); read as g)") == 1);
  CHECK(std::count(slips.begin(), slips.end(), "point e) follows b); read as c)") == 1);
  CHECK(std::count(slips.begin(), slips.end(), "point đ) follows c); read as d)") == 2);
  CHECK(std::count(slips.begin(), slips.end(), "clause §. follows 7.; read as 8.") == 1);
}

TEST_CASE("parse.ocr-labels: a near letter is read as due only when the list goes on from it", "[parse][corpus]") {
  // Bộ luật Hình sự as a web page: points c)–đ) run on inside b)'s line, then "e)" on its own
  // line is e) (no d) follows), never a misread c)
  Document d = parse_doc("bo-luat-100-2015-qh13-hinh-su-vbpl-html");
  CHECK(!find(d.provisions, "part_2__chp_XIX__art_243__para_3__point_c"));
  for (const auto& w : d.diagnostics) CHECK(w.message.find("follows b); read as c)") == std::string::npos);
}

TEST_CASE("parse.quotes: a quotation never closed does not make the rest of the document quoted text", "[parse][corpus]") {
  // BC khoáng sản 2025 Lào Cai quotes a law's "“c) Khu vực …;" and never closes it: no article
  // follows, so the quote ends with its line and sections II–IV are provisions again
  Document bc = parse_doc("bao-cao-qlnn-khoang-san-2025-ubnd-lao-cai");
  for (const std::string& eid : {"sec_II", "sec_III", "sec_IV__para_1__item_4", "sec_I__para_7__para_7.3__item_3"})
    CHECK(find(bc.provisions, eid));
  std::vector<std::string> unclosed;
  for (const auto& w : bc.diagnostics)
    if (w.code == "quote.unclosed") unclosed.push_back(format_diagnostic(w).substr(format_diagnostic(w).rfind('/') + 1));
  CHECK(unclosed == std::vector<std::string>{"bao-cao-qlnn-khoang-san-2025-ubnd-lao-cai.txt:67:1: warning: a quotation opened here is never closed; read as closed at the end of its line [quote.unclosed]"});
  // QĐ 38/2025 Hà Nội: Điều 1's last amendment "“Trách nhiệm của các Sở, ngành …" lacks its
  // closing mark; the quoted Điều 25 stays text of clause 8 up to the decision's own Điều 2
  Document qd = parse_doc("quyet-dinh-38-2025-ubnd-ha-noi");
  const Provision* c8 = find(qd.provisions, "art_1__para_8");
  REQUIRE(c8);
  CHECK(c8->children.empty());
  CHECK(ends_with(c8->text, "thuộc chức năng quản lý nhà nước của cơ quan, đơn vị mình."));
  for (const std::string& eid : {"art_2", "art_3", "art_4"}) CHECK(find(qd.provisions, eid));
  bool warned = false;
  for (const auto& w : qd.diagnostics)
    if (w.code == "quote.unclosed")
      warned = w.message == "a quotation opened here is never closed; read as closed before Điều 2";
  CHECK(warned);
}

TEST_CASE("parse.cells: a bullet or 'Điều' alone on its line takes the next line as its text", "[parse][corpus]") {
  // NQ 77/2017 Bình Định as a web page, one table cell per line: "Điều" / "1. Phạm vi điều chỉnh",
  // "-" / "Mức chi: + Cấp tỉnh: 950.000 đồng/đề" (a "+" item run on after the colon), "*" / "Đối với …"
  Document d = parse_doc("nghi-quyet-77-2017-hdnd-binh-dinh");
  const Provision* a1 = find(d.provisions, "att_1__art_1");
  REQUIRE(a1);
  CHECK(a1->heading == std::optional<std::string>("Phạm vi điều chỉnh"));
  const Provision* rate = find(d.provisions, "att_1__art_3__para_1__point_a__item_1");
  REQUIRE(rate);
  CHECK(rate->text == "Mức chi:");
  REQUIRE(rate->children.size() == 3);
  CHECK(rate->children[0].text == "Cấp tỉnh: 950.000 đồng/đề cương;");
  CHECK(rate->children[2].text == "Cấp xã: 600.000 đồng/đề cương.");
  const Provision* star = find(d.provisions, "att_1__art_3__para_3__point_a__item_2");
  REQUIRE(star);
  CHECK(star->text == "Đối với văn bản sửa đổi, bổ sung:");
  CHECK(star->children.size() == 2);
  // NQ 20/2017 Huế: "Điều" / "1. Quy định mức giá …" is Điều 1, its "1." below a clause
  Document hue = parse_doc("nghi-quyet-20-2017-hdnd-thua-thien-hue");
  CHECK(find(hue.provisions, "art_1__para_1"));
  CHECK(!find(hue.provisions, "para_1"));
}

TEST_CASE("parse.header: a date whose year a wide gap put on the next line", "[parse][corpus]") {
  // QĐ 12/2025 Hà Nội: "Hà Nội, ngày 28 tháng 02      năm 2025" comes out of the layout as two lines
  Document d = parse_doc("quyet-dinh-12-2025-ubnd-ha-noi");
  CHECK(d.meta.date == std::optional<std::string>("2025-02-28"));
  CHECK(d.meta.place == std::optional<std::string>("Hà Nội"));
  CHECK(d.meta.title == std::optional<std::string>(
                            "Về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp thành phố Hà Nội"));
}

// NQ 54/2017 Gia Lai: "Điều 1. Tán thành Báo cáo …" then "I. Về tình hình …", "II. Về nhiệm vụ …" with
// clauses 1.-5. — the article's own sections (art_1__sec_I), as its gold reads them; Điều 2 is not inside "II.".
TEST_CASE("parse.article-sections: NQ 54/2017 Gia Lai, 'I.'/'II.' inside Điều 1 are its sections", "[parse][corpus]") {
  Document d = parse_doc("nghi-quyet-54-2017-hdnd-gia-lai");
  const Provision* s1 = find(d.provisions, "art_1__sec_I");
  REQUIRE(s1);
  CHECK(s1->heading == std::optional<std::string>("Về tình hình thực hiện kế hoạch, nhiệm vụ 6 tháng đầu năm 2017"));
  const Provision* p35 = find(d.provisions, "art_1__sec_II__para_3__para_3.5");
  REQUIRE(p35);
  CHECK(p35->text.rfind("Ngành ngân hàng phấn đấu giảm lãi suất", 0) == 0);
  CHECK(!find(d.provisions, "art_1__para_1"));
  std::vector<std::string> roots;
  for (const auto& p : d.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"art_1", "art_2"});
}

// NQ 71/2017 Bình Định prints "Điều 3. Thường trực" and wraps "Hội đồng nhân dân tỉnh, các Ban …" to the next
// line; NQ 04/2017 Bắc Giang "Điều 3. Giao" + "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.": the
// article's sentence goes on, no heading (the gold of NQ 71 reads it so). A real short title over a sentence
// that opens with a capital stays one (Luật 15/2012 "Điều 22. Cảnh cáo" + "Cảnh cáo được áp dụng …").
TEST_CASE("parse.wrapped-title: a line ending in 'Thường trực' or a sentence's 'Giao' goes on", "[parse][corpus]") {
  Document d = parse_doc("nghi-quyet-71-2017-hdnd-binh-dinh");
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK_FALSE(a3->heading);
  CHECK(a3->text.rfind("Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh", 0) == 0);
  Document g = parse_doc("nghi-quyet-04-2017-hdnd-bac-giang");
  const Provision* g3 = find(g.provisions, "art_3");
  REQUIRE(g3);
  CHECK_FALSE(g3->heading);
  CHECK(g3->text.rfind("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.", 0) == 0);
  Document l = parse_doc("luat-15-2012-qh13-xu-ly-vi-pham-hanh-chinh");
  const Provision* l22 = find(l.provisions, "part_2__chp_I__sec_1__art_22");
  REQUIRE(l22);
  CHECK(l22->heading == std::optional<std::string>("Cảnh cáo"));
}
