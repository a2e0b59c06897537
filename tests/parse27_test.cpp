// A conclusion notice of Văn phòng Chính phủ as a Word copy prints it (held-out batch 11: TB 467/TB-VPCP
// 2024): the Office's two-title delegation ("KT. BỘ TRƯỞNG, CHỦ NHIỆM | PHÓ CHỦ NHIỆM"), a recipients
// cell whose entry ends in "." before the next "- ", and a reference's number wrapped to a line's start
// ("… theo quy định tại Khoản" + "3 - Điều 61 Luật Lâm nghiệp …"), which opens no clause.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kNotice =
    "| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n"
    "| --- | --- |\n"
    "| Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024 * |\n"
    "THÔNG BÁO\n"
    "KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM\n"
    "Phó Thủ tướng Chính phủ Trần Hồng Hà kết luận như sau:\n"
    "1. Thị trường các-bon được coi là công cụ kinh tế.\n"
    "2. Bộ Tài chính chủ trì, phối hợp với các Bộ hoàn thiện Đề án:\n"
    "- Về nội dung trao đổi tín chỉ các-bon ra nước ngoài:\n"
    "Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính những nội dung liên quan "
    "theo quy định tại Khoản\n"
    "3 - Điều 61 Luật Lâm nghiệp và các Thỏa thuận quốc tế mà Việt Nam tham gia.\n"
    "3. Bộ Tài chính hoàn thiện dự thảo Quyết định của Thủ tướng Chính phủ phê duyệt Đề án.\n"
    "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.\n";

const std::string kClosing =
    "| *Nơi nhận:* - Thủ tướng Chính phủ; - Các Phó Thủ tướng Chính phủ; - Các Bộ: CA, TC, TNMT, NNPTNT. - VPCP: "
    "BTCN, các Vụ: NN, PL; - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Sỹ Hiệp |\n"
    "| --- | --- |\n";

const Provision* find(const std::vector<Provision>& ps, const std::string& eid) {
  for (const Provision& p : ps) {
    if (p.eid == eid) return &p;
    if (const Provision* c = find(p.children, eid)) return c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("parse27: the Office's two-title delegation, its deputy's title", "[parse][parse27]") {
  Document d = parse_text(kNotice + kClosing);
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == "Phó Chủ nhiệm");
  CHECK(d.meta.signer->name == "Nguyễn Sỹ Hiệp");
  // titles cased as titles: "Bộ trưởng", not a ministry's "Bộ Trưởng"
  CHECK(d.meta.signer->on_behalf == "KT. Bộ trưởng, Chủ nhiệm");
  // an authority that is a body keeps a name's case
  Document e = parse_text(kNotice + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
                                    "PHÓ CHỦ TỊCH\nNguyễn Văn A\n");
  REQUIRE(e.meta.signer);
  CHECK(e.meta.signer->on_behalf == "TM. Ủy ban nhân dân KT. Chủ tịch");
}

TEST_CASE("parse27: a recipients cell whose entry ends in '.' before the next", "[parse][parse27]") {
  Document d = parse_text(kNotice + kClosing);
  const std::vector<std::string> want = {"Thủ tướng Chính phủ", "Các Phó Thủ tướng Chính phủ",
                                         "Các Bộ: CA, TC, TNMT, NNPTNT", "VPCP: BTCN, các Vụ: NN, PL"};
  CHECK(d.recipients == want);
}

TEST_CASE("parse27: a reference's number wrapped to a line's start opens no clause", "[parse][parse27]") {
  Document d = parse_text(kNotice + kClosing);
  const Provision* item = find(d.provisions, "para_2__item_1");
  REQUIRE(item);
  CHECK(item->text.find("Khoản 3 - Điều 61 Luật Lâm nghiệp") != std::string::npos);
  const Provision* third = find(d.provisions, "para_3");
  REQUIRE(third);
  CHECK(third->text.rfind("Bộ Tài chính hoàn thiện", 0) == 0);
  // near misses: a compound ending in the word ("tài khoản", "quan điểm") and a title's list ("Bãi bỏ một số
  // điều, khoản") before a numbered line leave its label
  for (const std::string before : {"Mở tài khoản", "Quan điểm", "Điều 4. Bãi bỏ một số điều, khoản"}) {
    Document e = parse_text("QUYẾT ĐỊNH\nĐiều 1. Nội dung\n" + before + "\n1. Thực hiện theo Quyết định này.\n"
                            "2. Bãi bỏ khoản 5 Điều 25.\n");
    INFO(before);
    CHECK(!e.provisions.empty());
    bool clause_one = false;
    for (const Provision& a : e.provisions)
      clause_one = clause_one || find(a.children, a.eid + "__para_1") != nullptr;
    CHECK(clause_one);
  }
}

TEST_CASE("parse27: a department's name wrapped before its 'VÀ', a permit cited", "[parse][parse27]") {
  // CV 216/ATMT-ATĐ 2026 as pdftotext printed it: the department's name on two lines of the left column
  const std::string letter =
      "BỘ CÔNG THƯƠNG       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "   CỤC KỸ THUẬT AN TOÀN         Độc lập - Tự do - Hạnh phúc\n"
      "VÀ MÔI TRƯỜNG CÔNG NGHIỆP\n\n"
      "       Số: 216/ATMT-ATĐ                                   Hà Nội, ngày 30 tháng 01 năm 2026\n"
      "V/v hướng dẫn thực hiện hoạt động nạo vét\n"
      "                 Kính gửi: Sở Công Thương tỉnh Lào Cai.\n\n"
      "      Căn cứ Giấy phép khai thác khoáng sản số 197/GP-BNNMT ngày 13/7/2026 của Bộ trưởng Bộ Nông nghiệp\n"
      "và Môi trường cho phép Công ty Cổ phần Công nghiệp Khánh An khai thác khoáng sản, Cục có ý kiến như sau:\n"
      "      1. Chủ đầu tư thực hiện đúng quy định./.\n"
      "Nơi nhận:                                       KT. CỤC TRƯỞNG\n"
      "- Như trên;                                     PHÓ CỤC TRƯỞNG\n"
      "- Lưu: VT.\n\n"
      "                                                 Trịnh Văn Thuận\n";
  Document d = parse_text(letter);
  CHECK(d.meta.issuer == "Cục Kỹ thuật an toàn và Môi trường công nghiệp");
  CHECK(d.meta.issuer_parent == "Bộ Công Thương");
  CHECK(d.meta.signer->on_behalf == "KT. Cục trưởng");
  REQUIRE(d.citations.size() == 1);
  CHECK(d.citations[0].doc_type == "Giấy phép");
  CHECK(d.citations[0].number == "197/GP-BNNMT");
  CHECK(d.citations[0].issuer == "Bộ trưởng Bộ Nông nghiệp và Môi trường");
}

TEST_CASE("parse27: a scanned letter with a stamp before 'Kính gửi' and a copy of a licence enclosed",
          "[parse][parse27]") {
  // CV 28/CV-ĐĐT 2026 as tesseract read it: the receiving office's stamp left of "Kính gửi:", then the
  // letter, its closing, and the licence it encloses (its own header, number and articles)
  const std::string letter =
      "CÔNG TY TNHH ĐẠI ĐỒNG TIẾN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập — Tự do - Hạnh Phúc\n\n"
      "Số: 28/CV-ĐĐT :\n"
      "V/v lấn chiếm, sử dụng trái phép đất Đồng Khê, ngày 04 tháng 8 năm 2026\n"
      "hoạt động khoáng sản\n\n"
      "VĂN PHÒNG UBNI-TỈNH LÀ0 (AIKính gửi: :\n"
      "Sô:..CS9)2.... - Ủy ban nhân dân tỉnh Lào Cai;\n"
      "ĐẾN: Ngàyô%.Ề. IoÉ€ - Sở Nông nghiệp và Môi Trường;\n"
      "Chuyển m—..... - Sở Công Thương;\n"
      "Số và ký hiệu HS:...........\n\n"
      "Công ty TNHH Đại Đồng Tiến được Ủy ban nhân dân tỉnh Yên Bái cấp giấy phép khai thác khoáng sản.\n\n"
      "Công ty TNHH Đại Đồng Tiến báo cáo và kính đề nghị các cơ quan chức năng xem xét, giải quyết.\n\n"
      "Nơi nhận:\n\n- Như trên;\n- Lưu: VT.\n\n"
      "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TÍNH YÊN BÁI Độc lập - Tự do - Hạnh phúc\n"
      "Số: 412/GP-UBND Yên Bái, ngày 24 tháng 4 năm 2012\n"
      "GIẤY PHÉP KHAI THÁC KHOÁNG SẢN\n"
      "Điều 1. Cho phép Công ty TNHH Đại Đồng Tiến khai thác đá vôi.\n"
      "Điều 2. Công ty TNHH Đại Đồng Tiến có trách nhiệm nộp thuế.\n"
      "Nơi nhận: TM. ỦY BAN NHÂN DÂN TỈNH\n- Công ty TNHH Đại Đồng Tiến;\n- Lưu: VT. KT. CHỦ TỊCH\n"
      "PHÓ CHỦ TỊCH\nTạ Văn Long\n";
  Document d = parse_text(letter);
  // the letter's own paragraphs are its body, the licence's articles none of its provisions
  CHECK(d.provisions.empty());
  bool request = false;
  for (const Paragraph& p : d.body) request = request || p.text.find("kính đề nghị các cơ quan chức năng") != std::string::npos;
  CHECK(request);
  CHECK(d.recipients == std::vector<std::string>{"Như trên"});
  CHECK_FALSE(d.meta.signer);
  bool said = false;
  for (const Diagnostic& g : d.diagnostics) said = said || g.code == "enclosure.skipped";
  CHECK(said);
  // near miss: an attachment issued with the document repeats the motto with no number of its own
  Document e = parse_text("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 20/2025/QĐ-UBND\nLào Cai, ngày 1 tháng 7 năm 2025\n"
                          "QUYẾT ĐỊNH\nBan hành Quy định\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
                          "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
                          "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n"
                          "QUY ĐỊNH\n(Ban hành kèm theo Quyết định số 20/2025/QĐ-UBND)\n"
                          "Điều 1. Phạm vi điều chỉnh\nQuy định này quy định việc bồi thường.\n");
  bool attached = false;
  for (const Provision& p : e.provisions) attached = attached || p.eid.rfind("att_1__", 0) == 0;
  CHECK(attached);
}
