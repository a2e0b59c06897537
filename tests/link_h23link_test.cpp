// Link stage: agency names of the held-out set (session 23) that the registry did not know or cut — a
// military command at the head of a subject list, a local body "trực thuộc thành phố". Each on the real
// sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
Document hanoi(std::string text) { return one("Ủy ban nhân dân thành phố Hà Nội", std::move(text), "Quyết định"); }
}  // namespace

TEST_CASE("link h23link: the capital's military command heads the list that carries out a decision") {
  // QĐ 09/2025 Hà Nội Điều 3
  Document d = hanoi(
      "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội; Chánh Văn phòng UBND Thành phố; Giám đốc Sở Tài chính; Giám đốc, thủ "
      "trưởng các sở, ban, ngành Thành phố và các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm "
      "thi hành Quyết định này./.");
  CHECK(mention_of(d, "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", Role::lead) == "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội");
  CHECK(has(d, "Giám đốc Sở Tài chính thành phố Hà Nội", Role::lead));
  CHECK(has(d, "Các cơ quan, đơn vị, tổ chức, cá nhân có liên quan", Role::lead));
  // near reading: the command proposing the decision (its preamble's "Theo đề nghị của …") is given nothing
  Document e = hanoi(
      "Theo đề nghị của Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội tại Tờ trình số 194/TTr-BTL ngày 04/02/2025 về việc đề "
      "nghị ban hành Quyết định.");
  CHECK_FALSE(has(e, "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", Role::lead));
}

TEST_CASE("link h23link: districts 'trực thuộc thành phố' are one local body with the list after them") {
  // QĐ 14/2025 Hà Nội Điều 6 khoản 2
  Document d = hanoi(
      "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nội vụ, Giám đốc Sở Quy hoạch - Kiến trúc thành phố "
      "Hà Nội, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố "
      "và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố Hà Nội", Role::lead) ==
        "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố");
  CHECK(has(d, "Các cơ quan, đơn vị, cá nhân có liên quan", Role::lead));
  // near reading: a city under a centrally-run city keeps its whole name (Luật 65/2025)
  Document e = linked_law({prov("art_1", "Ủy ban nhân dân thành phố thuộc thành phố trực thuộc trung ương có trách "
                                         "nhiệm tổ chức thực hiện ngân sách.")});
  CHECK(has(e, "Ủy ban nhân dân thành phố thuộc thành phố trực thuộc trung ương", Role::lead));
}

TEST_CASE("link h23link: kinds of unit listed after 'các' are one collective body") {
  // QĐ 12/2024/QĐ-TTg Điều 9 khoản 4
  Document d = one("Thủ tướng Chính phủ",
                   "Ủy ban nhân dân các huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc Trung ương có "
                   "trách nhiệm lập và tổ chức thực hiện kế hoạch.",
                   "Quyết định");
  CHECK(has(d, "Ủy ban nhân dân các huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc Trung ương",
            Role::lead));
  CHECK_FALSE(has(d, "Ủy ban nhân dân các quận", Role::lead));
  // near reading: with no "các", the kinds are that many bodies (Luật 65/2025 Điều 18)
  Document e = linked_law({prov("art_1", "Hội đồng nhân dân thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố "
                                         "trực thuộc trung ương thực hiện nhiệm vụ, quyền hạn quy định tại khoản 1 Điều này và thực hiện "
                                         "nhiệm vụ, quyền hạn sau đây:")});
  CHECK(has(e, "Hội đồng nhân dân thị xã", Role::lead));
}

TEST_CASE("link h23link: the social insurance agency 'BHXH các tỉnh' and a fronted purpose before it") {
  // CV 296/BHXH-CSYT 2021 khoản 1 ý 3 and mục 2.4
  Document d = one("Bảo hiểm xã hội Việt Nam",
                   "Đối với các cơ sở KCB không thực hiện đúng Chỉ thị số 25/CT-BYT, vẫn kê thêm giường khi số giường "
                   "được phê duyệt chưa sử dụng hết công suất, BHXH các tỉnh có văn bản kiến nghị cơ quan quản lý nhà "
                   "nước xử lý vi phạm theo quy định.",
                   "Công văn");
  CHECK(mention_of(d, "Bảo hiểm xã hội các tỉnh", Role::lead) == "BHXH các tỉnh");
  Document e = one("Bảo hiểm xã hội Việt Nam",
                   "Để bảo đảm việc sử dụng nguồn kinh phí KCB BHYT hợp lý, hiệu quả, nâng cao trách nhiệm của cơ sở "
                   "KCB và người tham gia BHYT, BHXH các tỉnh có văn bản đề nghị các cơ sở KCB BHYT sớm xây dựng và "
                   "hoàn thiện hướng dẫn chẩn đoán và điều trị.",
                   "Công văn");
  CHECK(has(e, "Bảo hiểm xã hội các tỉnh", Role::lead));
  // near readings: the insurance itself is no body, and a call to raise a body's duty gives it none
  Document f = one("Bảo hiểm xã hội Việt Nam",
                   "Người sử dụng lao động có trách nhiệm đóng bảo hiểm xã hội cho người lao động.", "Công văn");
  CHECK_FALSE(has(f, "Bảo hiểm xã hội", Role::lead));
  Document g = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Nâng cao trách nhiệm của người đứng đầu, Sở Y tế trong công tác phòng, chống dịch bệnh.",
                   "Kế hoạch");
  CHECK_FALSE(has(g, "Sở Y tế tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link h23link: a health facility named without 'các' carries its duty") {
  // CV 296/BHXH-CSYT 2021 khoản 1 ý 2
  Document d = one("Bảo hiểm xã hội Việt Nam",
                   "Trường hợp cơ sở KCB tăng số giường bệnh thực kê nhiều hơn số giường được phê duyệt để giảm tình "
                   "trạng nằm ghép, cơ sở KCB có trách nhiệm bổ sung số lượng nhân lực kịp thời tương ứng.",
                   "Công văn");
  CHECK(mention_of(d, "Cơ sở KCB", Role::lead) == "cơ sở KCB");
  // near reading: the facilities as the place of a review are given nothing
  Document e = one("Bảo hiểm xã hội Việt Nam",
                   "Rà soát việc kê thêm giường so với giường được phê duyệt tại các cơ sở KCB BHYT.", "Công văn");
  CHECK_FALSE(has(e, "Cơ sở KCB", Role::lead));
}

TEST_CASE("link h23link: the state's representative in a company is a role-holder with its duty") {
  // CV 3397/BKHĐT-QLKTTW 2019 mục 2
  Document d = one("Bộ Kế hoạch và Đầu tư",
                   "Theo các quy định nói trên, người đại diện phần vốn có trách nhiệm thực hiện các quyền và nghĩa vụ "
                   "được ủy quyền một cách trung thực, cẩn trọng, tốt nhất, bảo vệ lợi ích hợp pháp của chủ sở hữu.",
                   "Công văn");
  CHECK(mention_of(d, "Người đại diện phần vốn", Role::lead) == "người đại diện phần vốn");
  // near reading: whose status the heading names is given nothing
  Document e = one("Bộ Kế hoạch và Đầu tư", "Về địa vị pháp lý, nhiệm vụ, quyền hạn người đại diện phần vốn.",
                   "Công văn");
  CHECK_FALSE(has(e, "Người đại diện phần vốn", Role::lead));
}

TEST_CASE("link h23link: an office the registry does not know heading a list split by semicolons") {
  // the construction of QĐ 09/2025 Hà Nội Điều 3, with a commander's title the registry does not hold
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính và các "
                   "cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(d, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Giám đốc Sở Tài chính tỉnh Lào Cai", Role::lead));
  // near reading: a verb opening the item, its objects listed, gives them nothing
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Khen ngợi Bộ Chỉ huy Quân sự tỉnh; Sở Tài chính đã hoàn thành tốt nhiệm vụ năm 2024.", "Quyết định");
  CHECK_FALSE(has(e, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link h23link: the issuer's own units 'các đơn vị thuộc Bộ' are named whole") {
  // TT 57/2018/TT-BCT Điều 21 khoản 1
  Document d = one("Bộ Công Thương",
                   "Cục Công nghiệp theo chức năng nhiệm vụ của mình, chủ trì và phối hợp với các đơn vị thuộc Bộ thực "
                   "hiện các nhiệm vụ sau:",
                   "Thông tư");
  CHECK(mention_of(d, "Các đơn vị thuộc Bộ Công Thương", Role::coordinate) == "các đơn vị thuộc Bộ");
  // near reading: a named ministry after "thuộc" is its own name, not the bare issuer word
  Document e = one("Bộ Công Thương",
                   "Cục Công nghiệp chủ trì, phối hợp với các đơn vị thuộc Bộ Tài chính thực hiện các nhiệm vụ sau:",
                   "Thông tư");
  CHECK_FALSE(has(e, "Các đơn vị thuộc Bộ", Role::coordinate));
}

TEST_CASE("link h23link: a ministry's unit named in lower case after its first word is whole") {
  // TT 57/2018/TT-BCT Điều 21 khoản 2 and 3
  Document d = one("Bộ Công Thương",
                   "Vụ Thị trường trong nước theo chức năng nhiệm vụ chủ trì và phối hợp với các đơn vị thuộc Bộ thực "
                   "hiện các nhiệm vụ sau:",
                   "Thông tư");
  CHECK(mention_of(d, "Vụ Thị trường trong nước Bộ Công Thương", Role::lead) == "Vụ Thị trường trong nước");
  CHECK_FALSE(has(d, "Vụ Thị", Role::lead));
  Document e = one("Bộ Công Thương",
                   "Tổng cục Quản lý Thị trường theo chức năng nhiệm vụ chủ trì và phối hợp với các đơn vị thuộc Bộ "
                   "thực hiện các nhiệm vụ sau:",
                   "Thông tư");
  CHECK(has(e, "Tổng cục Quản lý Thị trường", Role::lead));
  // near reading: the market as a matter is no unit
  Document f = one("Bộ Công Thương", "Bộ Công Thương chủ trì quản lý thị trường trong nước.", "Thông tư");
  CHECK_FALSE(has(f, "Vụ Thị trường trong nước", Role::lead));
}
