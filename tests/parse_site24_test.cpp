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
