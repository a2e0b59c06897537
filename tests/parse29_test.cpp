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
