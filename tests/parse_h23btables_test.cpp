// Parser: constructions the held-out batches 4–5 of session 23 showed (corpus/gold-heldout): a
// signer's name with the appendix heading glued after it, a lone "TM." above its body, a number
// with a dot in it, a point's letter printed in brackets.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kDecreeHead =
    "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 42/2024/NĐ-CP Hà Nội, ngày 16 tháng 4 năm 2024\n\n"
    "NGHỊ ĐỊNH\n"
    "VỀ HOẠT ĐỘNG LẤN BIỂN\n\n"
    "Căn cứ Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính phủ;\n\n"
    "Căn cứ tiểu mục 3.2 Nghị quyết số 13/2025/NQ-CP ngày 27 tháng 01 năm 2025 của Chính phủ;\n\n"
    "Chính phủ ban hành Nghị định về hoạt động lấn biển.\n\n"
    "Điều 1. Cơ cấu tổ chức của Sở\n"
    "1. Các phòng và tương đương thuộc Sở (15 phòng):\n"
    "(a) Văn phòng;\n"
    "(b) Thanh tra;\n"
    "(c) Phòng Chính sách phát triển và Quy hoạch, Tổng hợp;\n"
    "(d) Phòng Quản lý ngân sách;\n"
    "(đ) Phòng Hạ tầng đô thị.\n"
    "2. Các đơn vị sự nghiệp công lập thuộc Sở (02 đơn vị):\n"
    "(a) Trung tâm Xúc tiến đầu tư và hỗ trợ doanh nghiệp Hà Nội;\n"
    "(b) Trung tâm Mua sắm Tài sản công và thông tin, tư vấn tài chính.\n"
    "Điều 2. Hiệu lực thi hành\n"
    "Nghị định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, NN (2).\n";

}  // namespace

TEST_CASE("parse.h23btables: the appendix heading glued after the signer's name is no part of it",
          "[parse][closing]") {
  // NĐ 42/2024/NĐ-CP: the web copy runs signature and Phụ lục onto one line
  Document d = parse_lines(kDecreeHead +
                           "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo Nghị định số "
                           "42/2024/NĐ-CP Ngày 16 tháng 4 năm 2024 của Chính phủ)\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->name == "Trần Hồng Hà");
  CHECK(d.meta.signer->position == "Phó Thủ tướng");
  // a name whose last word is "Phụ" keeps it
  Document n = parse_lines(kDecreeHead + "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Văn Phụ\n");
  REQUIRE(n.meta.signer);
  CHECK(n.meta.signer->name == "Trần Văn Phụ");
}

TEST_CASE("parse.h23btables: a lone TM. line is the prefix of the line below", "[parse][closing]") {
  // NĐ 230/2025/NĐ-CP: "TM." printed alone, "CHÍNH PHỦ KT. THỦ TƯỚNG …" under it
  Document d = parse_lines(kDecreeHead + "TM.\nCHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == "Phó Thủ tướng");
  CHECK(d.meta.signer->name == "Trần Hồng Hà");
  CHECK(d.meta.signer->on_behalf == "TM. Chính phủ KT. Thủ tướng");
}

TEST_CASE("parse.h23btables: a document number with a dot in it", "[parse][citations]") {
  // NQ 15/2026/NQ-CP, TT 63/2026/TT-BCT: "Nghị quyết số 66.13/2026/NQ-CP"
  Document d = parse_lines(kDecreeHead + "CHÍNH PHỦ\nNguyễn Văn A\n");
  bool dotted = false, plain = false, cut = false;
  for (const auto& c : d.citations) {
    if (c.number == "66.13/2026/NQ-CP") dotted = true;
    if (c.number == "13/2025/NQ-CP") plain = true;  // the sub-heading "3.2" before it is not its number
    if (c.number == "13/2026/NQ-CP" || c.number == "3.2") cut = true;
  }
  CHECK(dotted);
  CHECK(plain);
  CHECK_FALSE(cut);
}

TEST_CASE("parse.h23btables: a point's letter in brackets", "[parse][labels]") {
  // QĐ 15/2025/QĐ-UBND Hà Nội, Điều 3: "(a) Văn phòng;" … "(đ) Phòng Hạ tầng đô thị;"
  Document d = parse_lines(kDecreeHead + "CHÍNH PHỦ\nNguyễn Văn A\n");
  const Provision* a = find(d.provisions, "art_1__para_1__point_a");
  REQUIRE(a);
  CHECK(a->text == "Văn phòng;");
  CHECK(find(d.provisions, "art_1__para_1__point_đ"));
  CHECK(find(d.provisions, "art_1__para_2__point_b"));
  const Provision* c1 = find(d.provisions, "art_1__para_1");
  REQUIRE(c1);
  CHECK(c1->text.find("(a)") == std::string::npos);
  // a bracketed letter before a lower-case word is a reference, not a label
  Document n = parse_lines(kDecreeHead.substr(0, kDecreeHead.find("(a) Văn")) +
                           "(a) và (b) nêu trên.\nĐiều 2. Hiệu lực\nNghị định này có hiệu lực.\n\nCHÍNH PHỦ\nNguyễn Văn A\n");
  CHECK_FALSE(find(n.provisions, "art_1__para_1__point_a"));
}

namespace {

// CTr 104-CTr/TU Lào Cai: a Tỉnh ủy's action programme, a transcriber's note above it
const std::string kPartyProgramme =
    "# CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026 CỦA TỈNH ỦY LÀO CAI — BẢN TEXT\n"
    "# Trích từ file PDF ký số CTr-104-CTr-TU-30-8-2026-Tinh-uy-Lao-Cai.pdf (20 trang).\n\n"
    "TỈNH UỶ LÀO CAI\n*\nSố         -CTr/TU\n\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\n"
    "Lào Cai, ngày        tháng 8 năm 2026\n\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV\n"
    "-----\n\n"
    "Tỉnh ủy Lào Cai ban hành Chương trình hành động, cụ thể như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n"
    "1. Mục đích\n\n"
    "- Quán triệt sâu sắc các quan điểm, chỉ đạo của Ban Chấp hành Trung ương Đảng.\n\n"
    "Nơi nhận:\n- Ban Bí thư Trung ương Đảng (để b/c);\n- Lưu Văn phòng Tỉnh ủy.\n\n"
    "T/M TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Giang\n";

}  // namespace

TEST_CASE("parse.h23btables: a Party committee's action programme and its signer", "[parse][header]") {
  Document d = parse_lines(kPartyProgramme);
  CHECK(d.meta.doc_type == "Chương trình hành động");
  REQUIRE(d.meta.issuer);
  CHECK(d.meta.issuer->find("Lào Cai") != std::string::npos);  // the place keeps its capitals
  CHECK(d.meta.issuer->find("Lưu ý") == std::string::npos);
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->name == "Hoàng Giang");
  CHECK(d.meta.signer->position == "Phó Bí thư Thường trực");
}

TEST_CASE("parse.h23btables: a block of # note lines above the document is dropped, one heading is kept",
          "[parse][text]") {
  Text t = load_text(kPartyProgramme, "t.txt");
  REQUIRE_FALSE(t.lines.empty());
  CHECK(t.lines.front().text.find("BẢN TEXT") == std::string::npos);
  // a single markdown heading at the top is the document's own line
  Text one = load_text("# NGHỊ QUYẾT\n\nVề việc thành lập.\n", "t.txt");
  REQUIRE_FALSE(one.lines.empty());
  CHECK(one.lines.front().text == "NGHỊ QUYẾT");
}
