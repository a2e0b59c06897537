// Parser tests: small documents written inline with the structure and the
// diagnostics they must give (Typst style), plus the lexical helpers.
#include <catch2/catch.hpp>

#include "../pipeline/parse/internal.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_string(const std::string& src) { return parse(load_text(src, "t.txt"), "t.txt"); }

const Provision* find(const std::vector<Provision>& ps, const std::string& eid) {
  for (const auto& p : ps) {
    if (p.eid == eid) return &p;
    if (const Provision* c = find(p.children, eid)) return c;
  }
  return nullptr;
}

std::vector<std::string> eids(const Document& d) {
  std::vector<std::string> out;
  for_each_provision(d.provisions, [&](const Provision& p) { out.push_back(p.eid); });
  return out;
}

const char* kResolution = R"(HỘI ĐỒNG NHÂN DÂN
HUYỆN AN PHÚ

Số: 47/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

An Phú, ngày 02 tháng 8 năm 2024

NGHỊ QUYẾT

Về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở
trên địa bàn huyện An Phú

HỘI ĐỒNG NHÂN DÂN HUYỆN AN PHÚ
KHÓA VII, KỲ HỌP THỨ 13

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của
Chính phủ về quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;

Xét Tờ trình số 85/TTr-UBND ngày 25/7/2024 của Ủy ban nhân dân huyện;

QUYẾT NGHỊ:

Điều 1. Phạm vi áp dụng

1. Các cơ quan, đơn vị chủ động triển khai, gồm:

a) Xây dựng kế hoạch;

b) Tổ chức tập huấn;

d) Kiểm tra;

d) Sơ kết.

2. Nâng cao trách nhiệm.

Điều 2. Giao Ủy ban nhân dân huyện tổ chức triển khai thực hiện Nghị quyết này.

Nơi nhận:
- Sở Tư pháp;
- Thường trực Huyện ủy;
- Lưu: VT.

CHỦ TỊCH

Phùng Minh Tân
)";

}  // namespace

TEST_CASE("resolution header, bases and closing", "[parse]") {
  Document d = parse_string(kResolution);
  CHECK(d.meta.doc_type == "Nghị quyết");
  CHECK(d.meta.number == "47/NQ-HĐND");
  CHECK(d.meta.issuer == "Hội đồng nhân dân huyện An Phú");
  CHECK(d.meta.place == "An Phú");
  CHECK(d.meta.date == "2024-08-02");
  CHECK(d.meta.title == "Về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn huyện An Phú");
  CHECK(d.meta.session == "KHÓA VII, KỲ HỌP THỨ 13");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == "Chủ tịch");
  CHECK(d.meta.signer->name == "Phùng Minh Tân");
  REQUIRE(d.bases.size() == 3);
  CHECK(d.bases[0].text ==
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi, bổ sung một số điều của "
        "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;");
  CHECK(d.recipients == std::vector<std::string>{"Sở Tư pháp", "Thường trực Huyện ủy"});
}

TEST_CASE("citations: laws by name, numbered documents with dates", "[parse]") {
  Document d = parse_string(kResolution);
  REQUIRE(d.citations.size() == 4);
  CHECK(d.citations[0].doc_type == "Luật");
  CHECK(d.citations[0].title == "Tổ chức chính quyền địa phương");
  CHECK(d.citations[0].date == "2015-06-19");
  CHECK(d.citations[1].title == "Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương");
  CHECK(d.citations[1].date == "2019-11-22");
  CHECK(d.citations[2].doc_type == "Nghị định");
  CHECK(d.citations[2].number == "59/2023/NĐ-CP");
  CHECK(d.citations[2].date == "2023-08-14");
  CHECK(d.citations[2].issuer == "Chính phủ");
  CHECK(d.citations[3].doc_type == "Tờ trình");
  CHECK(d.citations[3].number == "85/TTr-UBND");
  CHECK(d.citations[3].date == "2024-07-25");
}

TEST_CASE("provision tree: headings, clauses, points and the d) slip", "[parse]") {
  Document d = parse_string(kResolution);
  CHECK(eids(d) == std::vector<std::string>{"art_1", "art_1__para_1", "art_1__para_1__point_a",
                                            "art_1__para_1__point_b", "art_1__para_1__point_d",
                                            "art_1__para_1__point_đ", "art_1__para_2", "art_2"});
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(a1->heading == "Phạm vi áp dụng");
  const Provision* a2 = find(d.provisions, "art_2");
  REQUIRE(a2);
  CHECK(!a2->heading);  // a sentence of the body, not a title
  CHECK(a2->text == "Giao Ủy ban nhân dân huyện tổ chức triển khai thực hiện Nghị quyết này.");
  const Provision* slip = find(d.provisions, "art_1__para_1__point_đ");
  REQUIRE(slip);
  CHECK(slip->num == "đ");
  CHECK(slip->printed.empty());
  bool warned = false;
  for (const auto& w : d.diagnostics)
    if (w.code == "sequence.slip") {
      warned = true;
      CHECK(format_diagnostic(w) ==
            "t.txt:40:1: warning: point d) printed twice; read as đ) [sequence.slip] (in Điều 1 › Khoản 1)");
    }
  CHECK(warned);
}

TEST_CASE("paragraphs after a list go one level up", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Trách nhiệm\n"
      "1. Sở Tư pháp có trách nhiệm:\n"
      "a) Hướng dẫn;\n"
      "b) Kiểm tra.\n"
      "Sở Tư pháp báo cáo kết quả hằng năm.\n"
      "2. Sở Tài chính bố trí kinh phí.\n"
      "Quyết định này có hiệu lực kể từ ngày ký.\n");
  const Provision* c1 = find(d.provisions, "art_1__para_1");
  REQUIRE(c1);
  CHECK(c1->text == "Sở Tư pháp có trách nhiệm: Sở Tư pháp báo cáo kết quả hằng năm.");
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(a1->text == "Quyết định này có hiệu lực kể từ ngày ký.");
}

TEST_CASE("quoted amendments are text of the quoting provision", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Sửa đổi, bổ sung Điều 5 như sau:\n"
      "“Điều 5. Nguyên tắc\n"
      "1. Công khai;\n"
      "2. Minh bạch.”.\n"
      "Điều 2. Hiệu lực thi hành\n");
  CHECK(eids(d) == std::vector<std::string>{"art_1", "art_2"});
  REQUIRE(!d.provisions.empty());
  CHECK(d.provisions[0].text == "Sửa đổi, bổ sung Điều 5 như sau: “Điều 5. Nguyên tắc 1. Công khai; 2. Minh bạch.”.");
}

// QĐ 38/2025/QĐ-UBND Hà Nội and NQ 54/2017/NQ-HĐND Gia Lai, bases as printed
TEST_CASE("citations: a law amending several laws, and a law named with its year", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH\n"
      "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số "
      "31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức "
      "tín dụng số 32/2024/QH15 ngày 29/6/2024;\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13/6/2014;\n"
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Phạm vi\n");
  REQUIRE(d.citations.size() == 7);
  CHECK(d.citations[0].title == "Đất đai");
  CHECK(d.citations[0].number == "31/2024/QH15");
  CHECK(d.citations[0].date == "2024-01-18");
  // the date is the amending law's, the numbers the amended laws'
  CHECK(d.citations[1].title ==
        "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh "
        "doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15");
  CHECK(!d.citations[1].number);
  CHECK(d.citations[1].date == "2024-06-29");
  CHECK(d.citations[2].number == "27/2023/QH15");
  CHECK(!d.citations[2].date);
  CHECK(d.citations[4].number == "32/2024/QH15");
  CHECK(!d.citations[4].date);
  CHECK(d.citations[5].title == "Tổ chức chính quyền địa phương");
  CHECK(!d.citations[5].date);
  // one law amended: "số 46/2014/QH13 ngày 13/6/2014" is the amending law's own number and date
  CHECK(d.citations[6].number == "46/2014/QH13");
  CHECK(d.citations[6].date == "2014-06-13");
}

TEST_CASE("plan outline: roman sections, clauses, items", "[parse]") {
  Document d = parse_string(
      "KẾ HOẠCH\n"
      "Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ\n"
      "\n"
      "Thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "1. Mục đích\n"
      "- Nâng cao nhận thức.\n"
      "- Cụ thể hóa nhiệm vụ.\n"
      "1.1. Chi tiết\n"
      "II. KINH PHÍ THỰC HIỆN\n"
      "Kinh phí do ngân sách bảo đảm.\n");
  CHECK(d.meta.doc_type == "Kế hoạch");
  CHECK(eids(d) == std::vector<std::string>{"sec_I", "sec_I__para_1", "sec_I__para_1__item_1",
                                            "sec_I__para_1__item_2", "sec_I__para_1__para_1.1", "sec_II"});
  const Provision* s2 = find(d.provisions, "sec_II");
  REQUIRE(s2);
  CHECK(s2->heading == "KINH PHÍ THỰC HIỆN");
  CHECK(s2->text == "Kinh phí do ngân sách bảo đảm.");
  REQUIRE(d.citations.size() == 1);
  CHECK(d.citations[0].number == "30/CT-TTg");
}

TEST_CASE("malformed text never aborts", "[parse]") {
  for (const char* src : {"Điều", "Điều 1.", "a)", "1.", "Nơi nhận:", "“", "Chương", "- ", "Số:", "ngày 99 tháng 99 năm 2024"}) {
    CHECK_NOTHROW(parse_string(src));
  }
}

TEST_CASE("lexical helpers", "[parse][lex]") {
  using namespace vanban::parse_detail;
  CHECK(sentence_case_name("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH") == "Ủy ban nhân dân tỉnh Ninh Bình");
  CHECK(sentence_case_name("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == "Bộ Văn hóa, Thể thao và Du lịch");
  CHECK(sentence_case_name("BỘ CÔNG THƯƠNG") == "Bộ Công Thương");
  CHECK(sentence_case_name("ỦY BAN THƯỜNG VỤ QUỐC HỘI") == "Ủy ban Thường vụ Quốc hội");
  CHECK(find_date("Hà Nội, ngày15 tháng 5 năm 2024") == "2024-05-15");
  CHECK(find_date("ngày 02/8/2024") == "2024-08-02");
  CHECK(find_date("ngày 99 tháng 99 năm 2024") == std::nullopt);
  CHECK(point_letter(point_index("d") + 1) == "đ");
  CHECK(point_letter(point_index("e") + 1) == "g");
  CHECK(roman_value("XIV") == 14);
  CHECK(doc_type_from_symbol("85/TTr-UBND") == "Tờ trình");
  CHECK(doc_type_from_symbol("4187/SLĐTBXH-GDNN") == "Công văn");
  CHECK(doc_type_name("NGHỊ QUYẾT") == "Nghị quyết");
}

TEST_CASE("labels of older and flattened documents", "[parse]") {
  Document d = parse_string(
      "LUẬT\n"
      "XỬ LÝ VI PHẠM HÀNH CHÍNH\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
      "PHẦN THỨ NHẤT\n"
      "NHỮNG QUY ĐỊNH CHUNG\n"
      "Điều 1- Phạm vi điều chỉnh\n"
      "Luật này quy định về xử lý vi phạm hành chính.\n"
      "PHẦN THỨ TƯ\n"
      "ĐIỀU KHOẢN THI HÀNH\n"
      "Điều 2- Hiệu lực thi hành\n"
      "1- Luật này có hiệu lực từ ngày ký.\n"
      "a. Trường hợp thứ nhất;\n"
      "b. Trường hợp thứ hai.\n");
  CHECK(eids(d) == std::vector<std::string>{"part_1", "part_1__art_1", "part_4", "part_4__art_2",
                                            "part_4__art_2__para_1", "part_4__art_2__para_1__point_a",
                                            "part_4__art_2__para_1__point_b"});
  const Provision* p4 = find(d.provisions, "part_4");
  REQUIRE(p4);
  CHECK(p4->heading == "ĐIỀU KHOẢN THI HÀNH");
  REQUIRE(d.citations.size() == 1);
  CHECK(d.citations[0].doc_type == "Hiến pháp");
  CHECK(d.citations[0].title == "nước Cộng hòa xã hội chủ nghĩa Việt Nam");
}

TEST_CASE("a letter quoting a law keeps the law's articles as text", "[parse]") {
  Document d = parse_string(
      "V/v trả lời\n"
      "Kính gửi: Sở Công Thương.\n"
      "Điều 4 Luật Quản lý ngoại thương quy định:\n"
      "\"Điều 56. Áp dụng biện pháp\n"
      "1. Nhà nước quản lý ngoại thương.\n"
      "2. Bảo đảm thực hiện.\"\n"
      "Đề nghị Sở thực hiện.\n");
  CHECK(d.meta.doc_type == "Công văn");
  CHECK(eids(d).empty());
}

TEST_CASE("effective date from the closing article", "[parse]") {
  const std::string head =
      "NGHỊ ĐỊNH\nVề việc ban hành Quy chế\nHà Nội, ngày 11 tháng 5 năm 1998\nCăn cứ Luật Tổ chức Chính phủ;\n"
      "NGHỊ ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n";
  CHECK(parse_string(head + "Điều 2. Nghị định này có hiệu lực sau 15 ngày kể từ ngày ký.\n").meta.effective_date ==
        "1998-05-26");
  CHECK(parse_string(head + "Điều 2. Nghị định này có hiệu lực từ ngày ký.\n").meta.effective_date == "1998-05-11");
  CHECK(parse_string(head + "Điều 2. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 1998.\n")
            .meta.effective_date == "1998-07-01");
  CHECK(!parse_string(head + "Điều 2. Bộ trưởng chịu trách nhiệm thi hành.\n").meta.effective_date);
  // NĐ 14/2026: a transition that refers to the time of effect ("… có hiệu lực thi hành thì …") and cites
  // an older decree's date is no statement of it; the closing article's is
  CHECK(parse_string(head +
                     "Điều 2. Hồ sơ nộp trước thời điểm Nghị định này có hiệu lực thi hành thì thực hiện theo Nghị định "
                     "số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ.\n"
                     "Điều 3. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 01 năm 1999.\n")
            .meta.effective_date == "1999-01-15");
}

// NQ 95/HĐND Hà Giang prints "3." again after clause 3's points, then "4.";
// the guide makes the second one 3a. A clause printed twice at the end of
// the list (no "4." follows) is a slip for 4.
TEST_CASE("a clause printed again after its points is 2a before 3, else the next number", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Đề nghị Ủy ban nhân dân tỉnh\n"
      "1. Về lĩnh vực Văn hóa - Xã hội: Chỉ đạo Sở Văn hóa, Thể thao và Du lịch.\n"
      "2. Về đầu tư xây dựng các công trình, dự án:\n"
      "a) Thực hiện nghiêm kỷ luật, kỷ cương trong đầu tư;\n"
      "b) Đề nghị UBND tỉnh chỉ đạo các ngành chức năng:\n"
      "- Chỉ đạo Sở Nông nghiệp và PTNT:\n"
      "2. Về lĩnh vực Quốc phòng:\n"
      "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính.\n"
      "3. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh.\n"
      "Điều 2. Tổ chức thực hiện\n"
      "1. Ủy ban nhân dân tỉnh tổ chức thực hiện:\n"
      "a) Rà soát;\n"
      "1. Thường trực Hội đồng nhân dân tỉnh giám sát.\n");
  const Provision* again = find(d.provisions, "art_1__para_2a");
  REQUIRE(again);
  CHECK(again->text == "Về lĩnh vực Quốc phòng: Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính.");
  const Provision* item = find(d.provisions, "art_1__para_2__point_b__item_1");
  REQUIRE(item);
  CHECK(item->text == "Chỉ đạo Sở Nông nghiệp và PTNT:");
  CHECK(find(d.provisions, "art_1__para_3"));
  const Provision* slip = find(d.provisions, "art_2__para_2");
  REQUIRE(slip);
  CHECK(slip->text == "Thường trực Hội đồng nhân dân tỉnh giám sát.");
  std::vector<std::string> warned;
  for (const auto& w : d.diagnostics)
    if (w.code == "sequence.slip" || w.code == "sequence.repeat") warned.push_back(format_diagnostic(w));
  CHECK(warned == std::vector<std::string>{
                      "t.txt:8:1: warning: Khoản 2 repeated [sequence.repeat] (in Điều 1)",
                      "t.txt:14:1: warning: clause 1. printed twice; read as 2. [sequence.slip] (in Điều 2)"});
}

// QĐ 35/2024 Hà Nội: "2. Thời gian nộp hồ sơ:" is the last clause of its
// article and the sentence saying who sends the files follows un-numbered;
// QĐ 16/2026 Lào Cai: "b) Trách nhiệm của các cơ quan, đơn vị:" then two
// paragraphs. A unit ending in ":" keeps the paragraphs up to the next label.
TEST_CASE("paragraphs after a unit ending in a colon are that unit's", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Hồ sơ đề nghị xét tặng\n"
      "1. Hồ sơ đề nghị xét tặng (01 bộ), gồm:\n"
      "a) Tờ trình;\n"
      "b) Trách nhiệm của các cơ quan, đơn vị:\n"
      "Ủy ban nhân dân cấp xã chủ trì, phối hợp với các cơ quan liên quan trình Sở Công Thương.\n"
      "Sở Công Thương chủ trì tổ chức thẩm định.\n"
      "2. Thời gian nộp hồ sơ:\n"
      "Sở, ban, ngành gửi hồ sơ về Ủy ban nhân dân Thành phố trước ngày 31 tháng 3 hằng năm.\n"
      "Điều 2. Quyền lợi\n");
  const Provision* b = find(d.provisions, "art_1__para_1__point_b");
  REQUIRE(b);
  CHECK(b->text == "Trách nhiệm của các cơ quan, đơn vị: Ủy ban nhân dân cấp xã chủ trì, phối hợp với các cơ quan "
                   "liên quan trình Sở Công Thương. Sở Công Thương chủ trì tổ chức thẩm định.");
  const Provision* c2 = find(d.provisions, "art_1__para_2");
  REQUIRE(c2);
  CHECK(c2->text ==
        "Thời gian nộp hồ sơ: Sở, ban, ngành gửi hồ sơ về Ủy ban nhân dân Thành phố trước ngày 31 tháng 3 hằng năm.");
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(a1->text.empty());
}

// QĐ 256/2004 Cần Thơ's programme, decoded from TCVN3 (no capital Ủ, lost
// capitals after labels): "III. …:" opens with "A." and "B." — its parts,
// below it ("phần A, mục III") — "B. nội dung …" is a label once "A." came,
// "iV." is section IV, and "3.4. ủy ban nhân dân …" a sub-clause.
TEST_CASE("plan outline: a legacy font's letter parts under a section, iV., lower-case Ủy", "[parse]") {
  Document d = parse_string(
      "KẾ HOẠCH\n"
      "Cải cách hành chính giai đoạn 2004-2010\n"
      "\n"
      "Thực hiện Nghị quyết số 38/CP ngày 04/5/1994 của Chính phủ, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:\n"
      "I. Đánh giá kết quả thực hiện cải cách hành chính:\n"
      "1. Những kết quả đạt được.\n"
      "II. Mục tiêu của cải cách hành chính, giai đoạn 2004-2010:\n"
      "1. Mục tiêu chung.\n"
      "III. NỘI DUNG công tác CẢI CÁCH HÀNH CHÍNH từ nay đến năm 2010:\n"
      "A. Nội dung CẢI CÁCH HÀNH CHÍNH từ nay đến năm 2010:\n"
      "1. Cải cách thể chế:\n"
      "1.1. Các ngành, các cấp thành phố tiếp tục rà soát các văn bản quy phạm pháp luật.\n"
      "B. nội dung cải cách hành chính năm 2004-2005:\n"
      "1. Triển khai thực hiện cơ chế \"một cửa\".\n"
      "iV. Về công tác chỉ đạo, tổ chức thực hiện cải cách hành chính:\n"
      "1. Củng cố và kiện toàn nhân sự Ban Chỉ đạo Cải cách hành chính thành phố.\n"
      "2. Phân công tổ chức thực hiện.\n"
      "3. Trách nhiệm tổ chức thực hiện:\n"
      "3.3. Đối với các cơ quan Trung ương đóng trên địa bàn có trách nhiệm phối hợp.\n"
      "3.4. ủy ban nhân dân quận, huyện triển khai Chương trình cho các xã, phường, thị trấn.\n");
  CHECK(eids(d) == std::vector<std::string>{"sec_I", "sec_I__para_1", "sec_II", "sec_II__para_1", "sec_III", "sec_III__part_A", "sec_III__part_A__para_1",
                                            "sec_III__part_A__para_1__para_1.1", "sec_III__part_B",
                                            "sec_III__part_B__para_1", "sec_IV", "sec_IV__para_1", "sec_IV__para_2", "sec_IV__para_3",
                                            "sec_IV__para_3__para_3.3", "sec_IV__para_3__para_3.4"});
  const Provision* b = find(d.provisions, "sec_III__part_B");
  REQUIRE(b);
  CHECK(b->text == "nội dung cải cách hành chính năm 2004-2005:");
}

TEST_CASE("plan outline: a lower-case letter after no 'A.' is not a part", "[parse]") {
  Document d = parse_string(
      "KẾ HOẠCH\n"
      "Tuyên truyền pháp luật năm 2026\n"
      "\n"
      "Thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH\n"
      "1. Nâng cao nhận thức của người dân về pháp luật, trong đó có các văn bản\n"
      "B. sung cấp thiết.\n");
  CHECK(eids(d) == std::vector<std::string>{"sec_I", "sec_I__para_1"});
}

TEST_CASE("a scanned label turned into a symbol continues an open list, never starts one", "[parse]") {
  Document d = parse_string(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Trách nhiệm\n"
      "&) Lời nói đầu không phải điểm.\n"
      "1. Sở Tư pháp có trách nhiệm:\n"
      "a) Hướng dẫn;\n"
      "b) Kiểm tra;\n"
      "©) Báo cáo.\n"
      "§. Sở Tài chính bố trí kinh phí.\n");
  CHECK(eids(d) == std::vector<std::string>{"art_1", "art_1__para_1", "art_1__para_1__point_a",
                                            "art_1__para_1__point_b", "art_1__para_1__point_c", "art_1__para_2"});
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(a1->text == "&) Lời nói đầu không phải điểm.");
  std::vector<std::string> warned;
  for (const auto& w : d.diagnostics)
    if (w.code == "sequence.slip") warned.push_back(format_diagnostic(w));
  CHECK(warned == std::vector<std::string>{
                      "t.txt:7:1: warning: point ©) follows b); read as c) [sequence.slip] (in Điều 1 › Khoản 1)",
                      "t.txt:8:1: warning: clause §. follows 1.; read as 2. [sequence.slip] (in Điều 1)"});
}

TEST_CASE("roman sections inside an article of a resolution nest between the article and its clauses", "[parse]") {
  Document d = parse_string(
      "NGHỊ QUYẾT:\n"
      "Điều 1. Tán thành Báo cáo của Ủy ban nhân dân tỉnh.\n"
      "I. Về tình hình thực hiện kế hoạch,\n"
      "nhiệm vụ 6 tháng đầu năm 2017\n"
      "II. Về nhiệm vụ,\n"
      "giải pháp 6 tháng cuối năm\n"
      "1. Công tác chỉ đạo\n"
      "IV. Không theo thứ tự nên là chữ.\n"
      "Điều 2. Giao Ủy ban nhân dân tỉnh thực hiện.\n");
  CHECK(eids(d) == std::vector<std::string>{"art_1", "art_1__sec_I", "art_1__sec_II", "art_1__sec_II__para_1", "art_2"});
  const Provision* s2 = find(d.provisions, "art_1__sec_II");
  REQUIRE(s2);
  CHECK(s2->heading == std::optional<std::string>("Về nhiệm vụ, giải pháp 6 tháng cuối năm"));
  const Provision* c1 = find(d.provisions, "art_1__sec_II__para_1");
  REQUIRE(c1);
  CHECK(c1->text == "Công tác chỉ đạo IV. Không theo thứ tự nên là chữ.");
}
