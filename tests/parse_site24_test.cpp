// Parser: a ministry-level body's decisions as thuvienphapluat's crawl copies them
// (QĐ 1500/QĐ-BHXH 2015, QĐ 1666/QĐ-BHXH 2020, held-out batch 7): the enacting
// authority "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM" ends the title, and the signer
// "TỔNG GIÁM ĐỐC" keeps the whole of the title.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kHead = "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 1666/QĐ-BHXH\nHà Nội, ngày 03 tháng 12 năm 2020\nQUYẾT ĐỊNH\n";

}  // namespace

TEST_CASE("parse site24: the Tổng Giám đốc's authority line ends the title") {
  Document d = parse_lines(kHead + "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n"
                                   "Căn cứ Luật Bảo hiểm y tế;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành mẫu thẻ.\n");
  CHECK(d.meta.title == "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ");
  // on a line of its own as well
  Document e = parse_lines(kHead + "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ\nTỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n"
                                   "Căn cứ Luật Bảo hiểm y tế;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành mẫu thẻ.\n");
  CHECK(e.meta.title == "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ");
  // the office as the title's object stays in the title
  Document f = parse_lines(kHead + "VỀ VIỆC BỔ NHIỆM PHÓ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n"
                                   "Căn cứ Luật Bảo hiểm y tế;\nQUYẾT ĐỊNH:\nĐiều 1. Bổ nhiệm.\n");
  CHECK(f.meta.title == "VỀ VIỆC BỔ NHIỆM PHÓ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM");
}

TEST_CASE("parse site24: a signer's title and name on one line keep the whole title") {
  const std::string body = kHead + "BAN HÀNH MẪU THẺ\nĐiều 1. Ban hành mẫu thẻ.\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n";
  Document d = parse_lines(body + "TỔNG GIÁM ĐỐC Nguyễn Thị Minh\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == "Tổng giám đốc");
  CHECK(d.meta.signer->name == "Nguyễn Thị Minh");
  Document e = parse_lines(body + "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn\n");
  REQUIRE(e.meta.signer);
  CHECK(e.meta.signer->position == "Phó Tổng giám đốc");
  CHECK(e.meta.signer->name == "Phạm Lương Sơn");
}

// Chỉ thị 13/CT-TTg 2024 as Trangsct/skill-sct transcribed it (batch 7): markdown
// without bold marks, known by its pipe table's delimiter row; the closing table's
// cell holds the whole "Nơi nhận" list on one line.
TEST_CASE("parse site24: a pipe table's delimiter row marks markdown, and a one-line recipients list is split") {
  const std::string doc =
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 13/CT-TTg\n*Hà Nội, ngày 02 tháng 5 năm 2024*\nCHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n"
      "Để tăng cường công tác quản lý tín chỉ các-bon, Thủ tướng Chính phủ yêu cầu:\n"
      "1. Các Bộ khẩn trương ban hành kế hoạch.\n"
      "Văn phòng Chính phủ theo dõi, đôn đốc.\n"
      "| *Nơi nhận:* - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, NN. | "
      "THỦ TƯỚNG     Phạm Minh Chính |\n"
      "| --- | --- |\n";
  Document d = parse_lines(doc);
  CHECK(d.meta.place == "Hà Nội");
  CHECK(d.meta.date == "2024-05-02");
  REQUIRE(d.recipients.size() >= 2);
  CHECK(d.recipients[0] == "Ban Bí thư Trung ương Đảng");
  CHECK(d.recipients[1] == "Thủ tướng, các Phó Thủ tướng Chính phủ");
  // without the delimiter row the stars are the document's own
  Text t = load_text("BỘ TÀI CHÍNH\nSố: 1/TT-BTC\nTHÔNG TƯ\nĐiều 1. Mức thu (*) áp dụng.\n", "t.txt");
  bool star = false;
  for (const auto& l : t.lines) star = star || l.text.find("(*)") != std::string::npos;
  CHECK(star);
}
