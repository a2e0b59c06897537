// Texts a .docx extractor flattened (held-out batch 13: NQ 88/NQ-CP and NQ 10-NQ/TW, both from one
// source): the breaks inside a table cell dropped, so the recipients, the signature block and an
// attachment's title run together ("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNGLê Văn Thành",
// "Nơi nhận:- A;- B", "… NĂM 2045(Kèm theo …)"), and the task table printed a cell a line with its
// empty cells as blank lines.
#include <catch2/catch.hpp>

#include <string>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

bool starts_with_cuc(const std::string& issuer) { return issuer.rfind("Cục Đổi mới sáng tạo, ", 0) == 0 && issuer.find("Khuyến công") != std::string::npos; }

const std::string resolution =
    "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/NQ-CP\n"
    "Hà Nội, ngày 22 tháng 7 năm 2022\nNGHỊ QUYẾT\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\nCHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
    "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.\n"
    "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n \n"
    "Nơi nhận:- Ban Bí thư Trung ương Đảng;- Thủ tướng, các Phó Thủ tướng Chính phủ;- Văn phòng Quốc hội;- Lưu: VT, CN (2).\n"
    "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNGLê Văn Thành\n \n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "THỰC HIỆN NGHỊ QUYẾT SỐ 10-NQ/TW VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC KHOÁNG SẢN ĐẾN NĂM 2045(Kèm theo Nghị quyết số "
    "88/NQ-CP ngày 22 tháng 7 năm 2022 của Chính phủ)\n"
    "I. MỤC TIÊU\nNhằm triển khai thực hiện đầy đủ các nhiệm vụ, giải pháp nêu trong Nghị quyết.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Bộ trưởng Bộ Tài nguyên và Môi trường theo dõi, đôn đốc việc triển khai thực hiện.\n \n"
    "DANH MỤC\nCÁC NHIỆM VỤ CHỦ YẾU KÈM THEO CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ(Kèm theo Chương trình hành động "
    "của Chính phủ tại Nghị quyết số 88/NQ-CP ngày 22 tháng 7 năm 2022 của Chính phủ)\n"
    "TT\nNội dung công việc\nSản phẩm, hình thức văn bản\nCơ quan chủ trì thực hiện\nCơ quan phối hợp thực hiện\n"
    "Thời gian trình\n"
    "1\nChương trình tuyên truyền, phổ biến Nghị quyết\nCác Chương trình\nBộ Tài nguyên và Môi trường\n \n"
    "Năm 2022 và hàng năm\n"
    "2\nHoàn thành hồ sơ đề nghị xây dựng Dự án Luật Khoáng sản (sửa đổi)\nHồ sơ trình Quốc hội\n"
    "Bộ Tài nguyên và Môi trường\nBộ Tư pháp, Bộ Công Thương\nQuý III năm 2022\n"
    " \nThống kê, kiểm kê nguồn lực tài nguyên khoáng sản\nĐề án\nBộ Tài nguyên và Môi trường\nBộ Công Thương\n"
    "Năm 2025; Năm 2030\n";

}  // namespace

TEST_CASE("parse29: a flattened signature block, recipients and attachment title are split again", "[parse][parse29]") {
  Document d = parse_text(resolution);
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Phó Thủ tướng"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Lê Văn Thành"));
  CHECK(d.meta.signer->on_behalf == std::optional<std::string>("TM. Chính phủ KT. Thủ tướng"));
  CHECK(d.recipients == std::vector<std::string>{"Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                                                 "Văn phòng Quốc hội"});
  // the programme after the signature is the first attachment, its sections provisions
  bool sec_I = false, sec_II_1 = false;
  for_each_provision(d.provisions, [&](const Provision& p) {
    sec_I = sec_I || p.eid == "att_1__sec_I";
    sec_II_1 = sec_II_1 || p.eid == "att_1__sec_II__para_1";
  });
  CHECK(sec_I);
  CHECK(sec_II_1);
}

TEST_CASE("parse29: a task table printed a cell a line, empty cells as blank lines, is read row by row", "[parse][parse29]") {
  Document d = parse_text(resolution);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables.front();
  // "KÈM THEO" in the list's caps title does not swallow the head and the first row
  CHECK(t.eid == "att_2__table_1");
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].cells == std::vector<std::string>{"TT", "Nội dung công việc", "Sản phẩm, hình thức văn bản",
                                                    "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện",
                                                    "Thời gian trình"});
  CHECK(t.rows[1].cells[4].empty());  // no partner
  CHECK(t.rows[1].cells[5] == "Năm 2022 và hàng năm");
  CHECK(t.rows[3].num.empty());  // a row the table left unnumbered
  CHECK(t.rows[3].cells[3] == "Bộ Tài nguyên và Môi trường");
  link(d);
  CHECK(has_on(d, t.rows[2].eid, "Bộ Tài nguyên và Môi trường", Role::lead));
  CHECK(has_on(d, t.rows[2].eid, "Bộ Tư pháp", Role::coordinate));
  CHECK(has_on(d, t.rows[3].eid, "Bộ Công Thương", Role::coordinate));
}

TEST_CASE("parse29: a Politburo resolution under the Party's header, flattened", "[parse][parse29]") {
  Document d = parse_text(
      "BAN CHẤP HÀNH TRUNG ƯƠNG-------\nĐẢNG CỘNG SẢN VIỆT NAM---------------\nSố: 10-NQ/TW\n"
      "Hà Nội, ngày 10 tháng 02 năm 2022\n \nNGHỊ QUYẾT\n"
      "CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN ĐẾN NĂM 2030\n"
      "I- TÌNH HÌNH VÀ NGUYÊN NHÂN\nSau 10 năm thực hiện Nghị quyết, công tác quản lý đã có chuyển biến.\n"
      "II- TỔ CHỨC THỰC HIỆN\n1. Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động.\n \n"
      "Nơi nhận:- Các tỉnh ủy, thành ủy,- Các ban đảng, ban cán sự đảng, đảng đoàn,- Lưu Văn phòng Trung ương Đảng.\n"
      "T/M BỘ CHÍNH TRỊTỔNG BÍ THƯNguyễn Phú Trọng\n");
  // the organ that issues it is the one the title names, not the Party's header
  CHECK(d.meta.issuer == std::optional<std::string>("Bộ Chính trị"));
  CHECK(d.meta.title == std::optional<std::string>("VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN ĐẾN NĂM 2030"));
  REQUIRE(!d.provisions.empty());
  CHECK(d.provisions.front().eid == "sec_I");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->on_behalf == std::optional<std::string>("T/M Bộ Chính trị"));
  CHECK(d.meta.signer->position == std::optional<std::string>("Tổng Bí thư"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Phú Trọng"));
  CHECK(d.recipients == std::vector<std::string>{"Các tỉnh ủy, thành ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn"});
}

TEST_CASE("parse29: a PDF font's ƣ is read as ư, with one warning", "[parse][parse29]") {
  Text t = load_text(std::string("Kính gửi: Sở Công Thƣơng tỉnh Lào Cai\nTHƢỜNG TRỰC\n"), "t.txt");
  REQUIRE(t.lines.size() == 2);
  CHECK(t.lines[0].text == "Kính gửi: Sở Công Thương tỉnh Lào Cai");
  CHECK(t.lines[1].text == "THƯỜNG TRỰC");
  REQUIRE(t.diagnostics.size() == 1);
  CHECK(t.diagnostics[0].code == "text.letter-oi");
  CHECK(t.diagnostics[0].line == 1);
  CHECK(t.diagnostics[0].message == "2 letters ƣ/Ƣ (U+01A3/U+01A2, a PDF font's ư) are read as ư/Ư");
}

TEST_CASE("parse29: a scan's misread labels in a letter's list are read as the ones due", "[parse][parse29]") {
  // CV 8388/BTC-QLCS: "I." for 1., "3." between 4. and 6., "8)" for g)
  Document d = parse_text(
      "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 8388/BTC-QLCS\n"
      "Hà Nội, ngày 19 tháng 6 năm 2026\nV/v triển khai Nghị định số 178/2026/NĐ-CP\n"
      "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
      "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh lưu ý các nhiệm vụ sau:\n"
      "I. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định.\n2. Rà soát các văn bản quy phạm pháp luật.\n"
      "3. Chỉ đạo chủ đầu tư bàn giao tài sản.\n4. Chỉ đạo thực hiện rà soát, thống kê tài sản.\n"
      "3. Đối với các Bộ quản lý chuyên ngành:\na) Hướng dẫn về loại tài sản.\nb) Phối hợp với Bộ Tài chính.\n"
      "c) Căn cứ quy định tại Nghị định, ban hành định mức.\n d) Rà soát danh mục.\ne) Báo cáo kết quả.\n"
      "8) Thực hiện các nhiệm vụ khác.\n6. Các Bộ, cơ quan trung ương có trách nhiệm rà soát tài sản.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLCS.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nBùi Văn Khắng\n");
  std::vector<std::string> top;
  for (const Provision& p : d.provisions) top.push_back(p.eid);
  CHECK(top == std::vector<std::string>{"para_1", "para_2", "para_3", "para_4", "para_5", "para_6"});
  REQUIRE(d.provisions.size() == 6);
  REQUIRE(d.provisions[4].children.size() == 6);
  CHECK(d.provisions[4].children.back().eid == "para_5__point_g");
  std::vector<std::string> slips;
  for (const Diagnostic& g : d.diagnostics)
    if (g.code == "sequence.slip") slips.push_back(g.message);
  CHECK(slips == std::vector<std::string>{"section I. opens a list whose next label is 2.; read as 1.",
                                          "clause 3. follows clause 4. and 6. follows it; read as 5.",
                                          "point 8) follows e); read as g)"});
}

TEST_CASE("parse29: an issuer's name wrapped after its comma is one name", "[parse][parse29]") {
  Document d = parse_text(
      "BỘ CÔNG THƯƠNG\nCỤC ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI XANH VÀ\nKHUYẾN CÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 1178/ĐCK-CTT\nHà Nội, ngày 09 tháng 7 năm 2025\nV/v hướng dẫn về cụm công nghiệp\n"
      "Kính gửi: Sở Công Thương tỉnh Lào Cai\nCục có ý kiến như sau:\n1. Về điều kiện thành lập cụm công nghiệp.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nNguyễn Văn Thịnh\n");
  REQUIRE(d.meta.issuer);
  CHECK(starts_with_cuc(*d.meta.issuer));
  CHECK(d.meta.issuer_parent == std::optional<std::string>("Bộ Công Thương"));
}

TEST_CASE("parse29: a signature's position and name run together without a deputy's prefix", "[parse][parse29]") {
  // QĐ 836/QĐ-BXD, a web page's text: "BỘ TRƯỞNGPhạm Hồng Hà"
  const Document d = parse_text(
      "BỘ XÂY DỰNG\nSố: 836/QĐ-BXD\nHà Nội, ngày 14 tháng 10 năm 2019\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH\n"
      "BỘ TRƯỞNG BỘ XÂY DỰNG\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:- Như Điều 2;- Lưu: VT.\nBỘ TRƯỞNGPhạm Hồng Hà\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Bộ trưởng"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Phạm Hồng Hà"));
}

TEST_CASE("parse29: a last clause keeps its paragraph where the clauses before each kept theirs", "[parse][parse29]") {
  // KH 134/KH-UBND 2026 Lào Cai, II.5 – II.7: a target, then who carries it out
  const std::string plan =
      "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 134/KH-UBND\nLào Cai, ngày 20 tháng 8 năm 2026\nKẾ HOẠCH\n"
      "Phát triển các khu, cụm công nghiệp\nI. NỘI DUNG\n"
      "1. Thực hiện Đề án chuyển khu công nghiệp sang khu công nghiệp sinh thái.\n"
      "Ban Quản lý Khu kinh tế chủ trì thực hiện Đề án.\n"
      "2. Tỷ lệ các khu công nghiệp có công trình xử lý nước thải đạt chuẩn 100%.\n"
      "Ban Quản lý Khu kinh tế triển khai xây dựng hoàn thành trong năm 2026.\n"
      "3. Ít nhất 30% doanh nghiệp được hỗ trợ ứng dụng công nghệ cao.\n"
      "Sở Khoa học và Công nghệ chủ trì hướng dẫn, hỗ trợ các doanh nghiệp.\n"
      "II. GIẢI PHÁP THỰC HIỆN\n1. Giải pháp về chính sách.\n";
  const Document d = parse_text(plan);
  REQUIRE(d.provisions.size() == 2);
  const Provision& sec = d.provisions[0];
  CHECK(sec.text.empty());
  REQUIRE(sec.children.size() == 3);
  CHECK(sec.children[2].text ==
        "Ít nhất 30% doanh nghiệp được hỗ trợ ứng dụng công nghệ cao. Sở Khoa học và Công nghệ chủ trì hướng dẫn, "
        "hỗ trợ các doanh nghiệp.");
  // a closing paragraph of the whole list still goes up
  const std::string closing = plan.substr(0, plan.find("II. GIẢI PHÁP")) +
                              "Trên đây là nội dung Kế hoạch phát triển các khu, cụm công nghiệp.\n";
  const Document e = parse_text(closing);
  REQUIRE(!e.provisions.empty());
  CHECK(e.provisions[0].text.rfind("Trên đây là", 0) == 0);
}

TEST_CASE("parse29: the last recipient and the signer's position run together by a Word table's pipe",
          "[parse][parse29]") {
  // CT 07/2012/CT-TTg: "- Lưu: Văn thư, KTN (5b). | THỦ TƯỚNG"
  const Document d = parse_text(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 07/CT-TTg\nHà Nội, ngày 02 tháng 3 năm 2012\nCHỈ THỊ\n"
      "Về việc chấn chỉnh công tác quản lý\n\nThủ tướng Chính phủ yêu cầu:\n"
      "1. Các Bộ, ngành chỉ đạo thực hiện tốt chỉ thị này.\n\n"
      "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Văn phòng Quốc hội;\n- Lưu: Văn thư, KTN (5b). | THỦ TƯỚNG\n\n"
      "Nguyễn Tấn Dũng\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Thủ tướng"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Tấn Dũng"));
  CHECK(d.recipients.size() == 2);
}

TEST_CASE("parse29: a .docx extractor's header and closing cells joined by ' | ', an empty one between",
          "[parse][parse29]") {
  // CV /UBND-KT 2025 Lào Cai (unnumbered)
  const Document d = parse_text(
      "UỶ BAN NHÂN DÂN TỈNH  LÀO CAI |  | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
      "Số:             /UBND-KT |  | Lào Cai, ngày         tháng       năm 2025\n"
      "V/v tham mưu uỷ quyền thủ tục kiểm tra vật liệu nổ công nghiệp |  | \n\n"
      "Kính gửi: | - Sở Công Thương; - Sở Tư pháp.\n\n"
      "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh.\n"
      "Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./.\n\n"
      "Nơi nhận: - Như trên; - Chủ tịch UBND tỉnh; - Lưu: VT, KT(Nho). | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh\n");
  CHECK(d.meta.issuer == std::optional<std::string>("Uỷ ban nhân dân tỉnh Lào Cai"));
  CHECK(d.meta.title == std::optional<std::string>("V/v tham mưu uỷ quyền thủ tục kiểm tra vật liệu nổ công nghiệp"));
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Phó Chủ tịch"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Thành Sinh"));
  CHECK(d.recipients.size() == 2);
  Document linked = d;
  link(linked);
  CHECK(has_on(linked, "body", "Các đơn vị liên quan", Role::lead));  // the closing request
}

TEST_CASE("parse29: a caps title citing the Prime Minister's act goes on past 'THỦ TƯỚNG CHÍNH PHỦ'", "[parse][parse29]") {
  // KH 09/KH-BTNMT 2024
  const Document d = parse_text(
      "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 09/KH-BTNMT\nHà Nội, ngày 06 tháng 8 năm 2024\nKẾ HOẠCH\n"
      "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG "
      "CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n"
      "Thực hiện Chỉ thị số 13/CT-TTg, Bộ Tài nguyên và Môi trường ban hành Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai thực hiện hiệu quả các nhiệm vụ.\n");
  CHECK(d.meta.title == std::optional<std::string>(
                            "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ "
                            "TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON"));
}
