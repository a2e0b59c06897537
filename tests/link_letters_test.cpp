// Link stage: letters (công văn) that report a situation upwards before they
// ask — from the corpus's CV 3686/UBND-XD Lào Cai (2026) to Bộ Xây dựng.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "link_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using vanban::link_test::on;

TEST_CASE("link letters: the account of difficulties assigns nobody, the proposal does") {
  const Document d =
      parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/cong-van-3686-2026-ubnd-lao-cai.txt");
  // "1. Quy định về … và thực tế hiện nay": what the law says the registry bodies do
  CHECK(on(d, "para_1").empty());
  // "2. Khó khăn, vướng mắc: … Cục Cảnh sát … đã có Văn bản … đề nghị Cục Đăng kiểm Việt Nam ban hành …"
  CHECK(on(d, "para_2").empty());
  // "… báo cáo và đề nghị Bộ Xây dựng nội dung như sau:" announces what follows
  CHECK(on(d, "body").empty());
  // "3. Kiến nghị, đề xuất": the request to the ministry is its task
  CHECK(on(d, "para_3") == std::vector<std::string>{"lead Bộ Xây dựng"});
}

// CV bảo vệ khoáng sản chưa khai thác (UBND Lào Cai, 2026) ends its numbered
// list with "Căn cứ văn bản này, các cơ quan, đơn vị, địa phương liên quan
// triển khai thực hiện./.": one level up from a root clause is the letter's
// body again, so the request is kept and assigned on "body".
TEST_CASE("link letters: the closing request after the numbered list is body text and assigns") {
  const Document d = parse_file(std::string(VANBAN_SOURCE_DIR) +
                                "/corpus/docs/cong-van-bao-ve-khoang-san-2026-ubnd-lao-cai.txt");
  REQUIRE(!d.body.empty());
  CHECK(d.body.back().line == 50);
  CHECK(d.body.back().text == "Căn cứ văn bản này, các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện./.");
  for (const auto& w : d.diagnostics) CHECK(w.code != "body.outside");
  // (the first is the opening "Chủ tịch UBND tỉnh yêu cầu và đề nghị các cơ quan, đơn vị thực hiện …")
  CHECK(on(d, "body") ==
        std::vector<std::string>{"lead Các cơ quan, đơn vị", "lead Các cơ quan, đơn vị, địa phương liên quan"});
  // the courtesy at the end of CV 3686 ("trân trọng đề nghị Bộ Xây dựng quan
  // tâm, sớm xem xét, chỉ đạo giải quyết") asks for a decision, not a task
  const Document cv =
      parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/cong-van-3686-2026-ubnd-lao-cai.txt");
  CHECK(on(cv, "body").empty());
}

// CV 5141/SNNMT-KS (Lào Cai, 2025) closes "… đề nghị UBND các xã, phường trên
// địa bàn tỉnh quan tâm, phối hợp thực hiện./.": the area the bodies serve and
// the courtesy "quan tâm" come before the verb, and "phối hợp thực hiện" alone
// is a coordinator's part.
TEST_CASE("link letters: 'đề nghị X trên địa bàn tỉnh quan tâm, phối hợp thực hiện' coordinates") {
  const Document d =
      parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/cong-van-5141-2025-snnmt-lao-cai.txt");
  const std::vector<std::string> body = on(d, "body");
  CHECK(std::count(body.begin(), body.end(), "coordinate Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Lào Cai") == 1);
  CHECK(std::count(body.begin(), body.end(), "lead Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Lào Cai") == 0);
  // the courtesy before a verb of leading leaves the lead
  const Document e = vanban::link_test::one(
      "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
      "Đề nghị UBND các xã, phường trên địa bàn tỉnh quan tâm, chỉ đạo thực hiện nghiêm các nội dung trên.",
      "Công văn");
  CHECK(vanban::link_test::has(e, "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Lào Cai", Role::lead));
  CHECK(!vanban::link_test::has(e, "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Lào Cai", Role::coordinate));
}

// CV 19046/BTC-TCHQ (2014) opens "Hiện nay, Bộ Tài chính đang khẩn trương phối hợp với các cơ quan
// hữu quan trình Chính phủ ban hành Nghị định …" — an account of the issuer's own work — and then
// asks "Bộ Tài chính yêu cầu các đơn vị thực hiện …".
TEST_CASE("link letters: the partners of the issuer's own work in a letter's body are not coordinators") {
  const Document d = parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/cong-van-19046-2014-btc.txt");
  CHECK(on(d, "body") == std::vector<std::string>{"lead Các đơn vị"});
  // a request in the clause still makes them coordinators
  Document e;
  e.meta.doc_type = "Công văn";
  e.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  e.body.push_back(Paragraph{"Đề nghị Sở Xây dựng phối hợp với Công an tỉnh kiểm tra các bến bãi tập kết vật liệu.", 1});
  link(e);
  CHECK(vanban::link_test::has(e, "Công an tỉnh Lào Cai", Role::coordinate));
  CHECK(vanban::link_test::has(e, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
}

// CV 5141/SNNMT-KS (Lào Cai, 2025) closes "Sở Nông nghiệp và Môi trường yêu cầu các đơn vị khai
// thác khoáng sản nghiêm túc thực hiện": units named by the trade they carry on are the mining
// businesses, private parties (annotation guide), while a bare "các đơn vị" is assigned.
TEST_CASE("link letters: 'các đơn vị khai thác khoáng sản' are businesses, not assigned") {
  const Document d = vanban::link_test::one(
      "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
      "Sở Nông nghiệp và Môi trường yêu cầu các đơn vị khai thác khoáng sản nghiêm túc thực hiện.", "Công văn");
  CHECK(d.assignments.empty());
  const Document e = vanban::link_test::one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                                            "Sở Nông nghiệp và Môi trường yêu cầu các đơn vị nghiêm túc thực hiện.",
                                            "Công văn");
  CHECK(vanban::link_test::has(e, "Các đơn vị", Role::lead));
}
