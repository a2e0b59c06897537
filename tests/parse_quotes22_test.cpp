// Parser: amending circulars as the thuvienphapluat crawl copies them (TT 62/2019/TT-BTC,
// TT 79/2022/TT-BTC, session 22's held-out set): a straight quote mark pairs with a curly one,
// and the closing mark runs onto the next "Điều N." — the quoted wording stays text of the
// amending clause and the next article is the document's own.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;
using parse_test::parse_doc;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kHead =
    "BỘ TÀI CHÍNH\nSố: 62/2019/TT-BTC\nHà Nội, ngày 05 tháng 9 năm 2019\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều\n"
    "Căn cứ Luật Hải quan;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n";

}  // namespace

TEST_CASE("parse quotes22: a closing quote run onto the next article starts that article") {
  // TT 79/2022 Điều 1 điểm g.7, then Điều 2 on the same line
  Document d = parse_lines(kHead +
                           "Điều 1. Sửa đổi, bổ sung điểm g khoản 1 Điều 9 Thông tư số 111/2013/TT-BTC như sau:\n"
                           "“g) Hồ sơ chứng minh người phụ thuộc\n"
                           "g.7) Kể từ ngày Cơ quan thuế thông báo, người nộp thuế không phải nộp các giấy tờ nếu "
                           "thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.\"Điều 2. Bãi bỏ Thông tư số 20/2014/TT-BTC\n"
                           "1. Bãi bỏ toàn bộ Thông tư số 20/2014/TT-BTC.\n");
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(a1->children.empty());
  CHECK(a1->text.find("về dân cư.\"") != std::string::npos);
  const Provision* a2 = find(d.provisions, "art_2");
  REQUIRE(a2);
  CHECK(a2->heading == "Bãi bỏ Thông tư số 20/2014/TT-BTC");
  CHECK(find(d.provisions, "art_2__para_1"));
}

TEST_CASE("parse quotes22: a straight mark closing a curly one inside quoted wording does not end it") {
  // TT 62/2019 Điều 7a điểm a.4: “Various” ("Nhiều người sản xuất”) — without the straight
  // opener counted, the quote would close here and clauses 3.. of the quoted article become ours
  Document d = parse_lines(kHead +
                           "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 38/2018/TT-BTC\n"
                           "1. Bổ sung Điều 7a như sau:\n"
                           "“Điều 7a. Xác định xuất xứ hàng hóa\n"
                           "1. Việc khai, nộp chứng từ thực hiện theo quy định.\n"
                           "2. Nội dung chứng từ:\n"
                           "a.4) Tên người sản xuất thì ghi “Various” (\"Nhiều người sản xuất”) hoặc cung cấp danh sách;\n"
                           "3. Cơ quan hải quan thông báo lý do bằng văn bản cho người nhập khẩu biết.\"\n"
                           "2. Bãi bỏ khoản 3 Điều 9.\n");
  const Provision* c1 = find(d.provisions, "art_1__para_1");
  REQUIRE(c1);
  CHECK(c1->children.empty());
  CHECK(c1->text.find("Cơ quan hải quan thông báo lý do") != std::string::npos);
  CHECK(find(d.provisions, "art_1__para_2"));
  CHECK_FALSE(find(d.provisions, "art_1__para_3"));
}

TEST_CASE("parse quotes22: a quoted article's title in the text is no article of ours") {
  // near reading: "Điều N." after a quote that does not end a sentence stays where it is
  const Text t = load_text("Điều 5. Thay cụm từ \"Điều 7\" bằng cụm từ \"Điều 8. Hiệu lực\" tại khoản 2.\n", "t.txt");
  REQUIRE(t.lines.size() == 1);
}

TEST_CASE("parse quotes22: TT 62/2019 reads its three articles and Điều 1's four clauses") {
  Document d = parse_doc("thong-tu-62-2019-btc");
  CHECK(find(d.provisions, "art_1__para_4"));
  CHECK_FALSE(find(d.provisions, "art_1__para_5"));
  CHECK_FALSE(find(d.provisions, "art_1__para_4a"));
  REQUIRE(find(d.provisions, "art_3__para_3"));
  CHECK(find(d.provisions, "art_2"));
}
