// Link, session 34: a competent body's own procedure (NĐ 14/2026, TT 43/2018/TT-BCT, QĐ 40/2025 Hà Nội).
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link34: an on-site check is the procedure's step, not oversight", "[link][link34]") {
  // NĐ 14/2026 Điều 61 (the new Điều 12.2), abridged: the body that grants the certificate inspects the
  // applicant's premises; gold gives it the lead and no supervision
  Document d = one("Chính phủ", "Cơ quan có thẩm quyền tổ chức kiểm tra thực tế cơ sở đào tạo, lập biên bản theo Mẫu số 02.");
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::lead));
  CHECK_FALSE(has(d, "Cơ quan có thẩm quyền", Role::supervise));
  // (a check of others' carrying out stays oversight)
  Document e = one("Chính phủ", "Cơ quan có thẩm quyền tổ chức kiểm tra việc thực hiện Nghị định này.");
  CHECK(has(e, "Cơ quan có thẩm quyền", Role::supervise));
}

TEST_CASE("link34: a competent body's task right after its competence", "[link][link34]") {
  // TT 43/2018/TT-BCT Điều 5.1.b, abridged: "tổ chức" is the clause's verb when nothing else follows
  Document d = one("Bộ Công Thương",
                   "Trong thời gian 10 ngày làm việc, kể từ ngày có kết quả kiểm tra hồ sơ đầy đủ, hợp lệ, cơ quan có "
                   "thẩm quyền tổ chức thẩm định thực tế tại cơ sở.");
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::lead));
  // (a later predicate makes the verb the competence's: the body competent to organise the survey reports)
  Document e = one("Bộ Công Thương", "Cơ quan có thẩm quyền tổ chức điều tra có trách nhiệm báo cáo kết quả.");
  CHECK(has(e, "Cơ quan có thẩm quyền tổ chức điều tra", Role::lead));
}

TEST_CASE("link34: the plural of a body the document named is that body, not 'các cơ quan'", "[link][link34]") {
  // TTLT 178/2015/TTLT-BTC-BNNPTNT-BTNMT-BYT Điều 3.2 and 4.1, abridged
  Document d = linked_doc(
      "Bộ Tài chính", "Thông tư liên tịch",
      {prov("art_3", "Cơ quan xử lý thủ tục hành chính một cửa (sau đây gọi là Cơ quan xử lý) là cơ quan, đơn vị có "
                     "chức năng xử lý, cấp phép đối với các thủ tục hành chính."),
       prov("art_4__para_1__point_a",
            "Người khai, các cơ quan xử lý gửi thông tin về thủ tục hành chính một cửa tới Cổng thông tin một cửa quốc gia;"),
       prov("art_4__para_2__point_a",
            "Các cơ quan xử lý thuộc Bộ Y tế, Bộ Tài nguyên và Môi trường xử lý, cấp phép đối với các thủ tục hành chính.")});
  CHECK(has(d, "Cơ quan xử lý", Role::lead));
  CHECK_FALSE(has(d, "Các cơ quan", Role::lead));
  CHECK(on(d, "art_4__para_1__point_a").size() == 1);
  CHECK(has(d, "Các cơ quan xử lý thuộc Bộ Y tế, Bộ Tài nguyên và Môi trường", Role::lead));
}

TEST_CASE("link34: the Judges' Council's guidance tells the court that hears the case", "[link][link34]") {
  // NQ 01/2019/NQ-HĐTP Điều 7.2 and NQ 02/2022/NQ-HĐTP Điều 3.1.đ, abridged
  const std::string council = "Hội đồng Thẩm phán Tòa án nhân dân tối cao";
  Document d = linked_doc(council, "Nghị quyết",
                          {prov("art_7__para_2", "Khi giải quyết tranh chấp hợp đồng tín dụng, Tòa án áp dụng quy định "
                                                 "của Luật Các tổ chức tín dụng để giải quyết."),
                           prov("art_3__para_1__point_đ",
                                "Trường hợp người yêu cầu bồi thường thiệt hại không thể tự mình thu thập được tài liệu, "
                                "chứng cứ thì có quyền yêu cầu Tòa án thu thập tài liệu, chứng cứ.")});
  CHECK(has_on(d, "art_7__para_2", "Tòa án", Role::lead));
  // (a party's right to ask the court is no one told to act)
  CHECK(on(d, "art_3__para_1__point_đ").empty());
  // a code states the court's powers in the same words: no task there
  Document e = linked_doc("Quốc hội", "Bộ luật",
                          {prov("art_50__para_1", "Khi quyết định hình phạt, Tòa án căn cứ vào quy định của Bộ luật này.")});
  CHECK(on(e, "art_50__para_1").empty());
}

TEST_CASE("link34: a lead-in that announces its own duties takes their oversight", "[link][link34]") {
  // TT 57/2018/TT-BCT Điều 21.1, abridged: partners named in the lead-in, the duties below
  Document d = linked_doc(
      "Bộ Công Thương", "Thông tư",
      {prov("art_21__para_1",
            "Cục Công nghiệp theo chức năng nhiệm vụ của mình, chủ trì và phối hợp với các đơn vị thuộc Bộ thực hiện các "
            "nhiệm vụ sau:",
            {prov("art_21__para_1__point_a", "Tổ chức tiếp nhận hồ sơ, kiểm tra, giám sát, thẩm định hồ sơ theo quy định;"),
             prov("art_21__para_1__point_b", "Xây dựng kế hoạch kiểm tra hằng năm.")}),
       // (items that name their own bodies are theirs)
       prov("art_21__para_2", "Vụ Thị trường trong nước chủ trì thực hiện các nhiệm vụ sau:",
            {prov("art_21__para_2__point_a", "Sở Công Thương kiểm tra, giám sát việc thực hiện;"),
             prov("art_21__para_2__point_b", "Sở Tài chính bố trí kinh phí.")})});
  CHECK(has_on(d, "art_21__para_1", "Cục Công nghiệp Bộ Công Thương", Role::lead));
  CHECK(has_on(d, "art_21__para_1", "Cục Công nghiệp Bộ Công Thương", Role::supervise));
  CHECK(has_on(d, "art_21__para_2", "Vụ Thị trường trong nước Bộ Công Thương", Role::lead));
  CHECK_FALSE(has_on(d, "art_21__para_2", "Vụ Thị trường trong nước Bộ Công Thương", Role::supervise));
}

TEST_CASE("link34: 'Thường trực Ủy ban' is whole, 'ban' lower case by the spelling rule", "[link][link34]") {
  // NQ 96/2023/QH15 Điều 14.1.b, abridged
  Document d = one("Quốc hội", "Thường trực Hội đồng Dân tộc, Thường trực Ủy ban có trách nhiệm báo cáo Hội đồng Dân tộc.");
  CHECK(has(d, "Thường trực Ủy ban", Role::lead));
  CHECK_FALSE(has(d, "Thường trực Ủy", Role::lead));
}
