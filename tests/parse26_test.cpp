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

TEST_CASE("parse26: a name wrapped at its own dash is no list item", "[parse][parse26]") {
  // QĐ 6556/QĐ-BYT 2018, Điều 5, as the crawl printed it
  const std::string head =
      "BỘ Y TẾ\n-------\nSố: 6556/QĐ-BYT\nHà Nội, ngày 30 tháng 10 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH MẪU BẢNG KÊ\n"
      "BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Bảo hiểm y tế;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành mẫu bảng kê.\nĐiều 5.\n";
  Document d = parse_text(head +
                          "Các ông (bà): Chánh văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng Vụ Bảo hiểm y tế, Vụ trưởng Vụ "
                          "Kế hoạch\n- Tài chính, Thủ trưởng các đơn vị thuộc Bộ Y tế chịu trách nhiệm thi hành Quyết "
                          "định này./.\n");
  const Provision* art5 = nullptr;
  for (const Provision& p : d.provisions)
    if (p.eid == "art_5") art5 = &p;
  REQUIRE(art5);
  CHECK(art5->children.empty());
  CHECK(art5->text.find("Vụ Kế hoạch - Tài chính, Thủ trưởng") != std::string::npos);
  // an item after a point's title line stays an item (QĐ 1775/QĐ-TTg 2012, II.1.c, its label here "a)")
  Document e = parse_text(head + "1. Nhiệm vụ\na) Đánh giá nhu cầu công nghệ, phổ biến, áp dụng các công nghệ giảm phát "
                                 "thải khí nhà kính tiềm năng tại Việt Nam\n- Xác định, phân loại lĩnh vực, đánh giá các "
                                 "công nghệ giảm phát thải;\n- Xác định các rào cản.\n");
  bool item = false;
  for_each_provision(e.provisions, [&](const Provision& p) { item = item || p.eid == "art_5__para_1__point_a__item_1"; });
  CHECK(item);
  // … and so does one after a line that ends a sentence with an ellipsis (CV 5973/UBND-KT 2026)
  Document f = parse_text(head + "1. Sở Xây dựng\n- Kiên quyết chấm dứt tất cả các bến thủy nội địa có bãi tập kết "
                                 "cát, sỏi lòng sông, hồ trái phép, tự phát…\n- Chủ trì, phối hợp với các cơ quan liên "
                                 "quan tăng cường kiểm tra.\n");
  bool second = false;
  for_each_provision(f.provisions, [&](const Provision& p) { second = second || p.eid == "art_5__para_1__item_2"; });
  CHECK(second);
}
