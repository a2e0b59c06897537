// Header and signature as Word copies print them (held-out batch 10: QĐ 1803/QĐ-TTg 2015, QĐ
// 2200/QĐ-BNNMT 2026, QĐ 47/QĐ-HĐTV 2026): the signature cell's delegation and title on one line
// ("KT. BỘ TRƯỞNG  THỨ TRƯỞNG"), and the Prime Minister's header "THỦ TƯỚNG CHÍNH PHỦ".
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kDecision =
    "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n"
    "| --- | --- |\n"
    "| Số: 1803/QĐ-TTg | *Hà Nội, ngày 22 tháng 10 năm 2015* |\n"
    "QUYẾT ĐỊNH\n"
    "PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT\n"
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "*Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;*\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt danh mục Dự án hỗ trợ kỹ thuật.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n";

}  // namespace

TEST_CASE("parse26: the delegation and the title in one signature cell", "[parse][parse26]") {
  Document d = parse_text(kDecision +
                          "| * * *Nơi nhận:* - TTg CP, các PTTgCP; - Các Bộ: KHĐT, TC; - Lưu: VT, QHQT(3). | KT. THỦ "
                          "TƯỚNG PHÓ THỦ TƯỚNG     Hoàng Trung Hải |\n");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == "Phó Thủ tướng");
  CHECK(d.meta.signer->name == "Hoàng Trung Hải");
  CHECK(d.meta.signer->on_behalf == "KT. Thủ tướng");
  // a council's chair, the authority of several words before the title
  Document e = parse_text(kDecision + "| *Nơi nhận:* - Như Điều 3; - Lưu: VT. | TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH     "
                                      "Lương Hải Sinh |\n");
  REQUIRE(e.meta.signer);
  CHECK(e.meta.signer->position == "Chủ tịch");
  CHECK(e.meta.signer->on_behalf == "TM. Hội đồng thành viên");
  // the authority alone is itself a title: no title inside it ("KT. TỔNG | GIÁM ĐỐC" is wrong)
  Document f = parse_text(kDecision + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\n"
                                      "Phạm Lương Sơn\n");
  REQUIRE(f.meta.signer);
  CHECK(f.meta.signer->position == "Phó Tổng giám đốc");
  CHECK(f.meta.signer->on_behalf == "KT. Tổng giám đốc");
}

TEST_CASE("parse26: the Prime Minister's header is one issuer", "[parse][parse26]") {
  Document d = parse_text(kDecision + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHoàng Trung Hải\n");
  CHECK(d.meta.issuer == "Thủ tướng Chính phủ");
  // the Government's own header stays the Government
  std::string gov = kDecision;
  gov.replace(gov.find("THỦ TƯỚNG CHÍNH PHỦ"), std::string("THỦ TƯỚNG CHÍNH PHỦ").size(), "CHÍNH PHỦ");
  Document e = parse_text(gov + "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính\n");
  CHECK(e.meta.issuer == "Chính phủ");
}
