// Lettered parts and points of the older circulars of Bộ Tài chính: a part's letter that a legacy capitals
// font printed in lower case ("c. nghĩa vụ thuế …", "c - Xử lý …") against a point's letter ("a- Giấy …",
// "c - Sơ đồ …" after "a- ", "b- "), and the forms printed after the text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using parse_test::find;
using parse_test::parse_doc;

namespace {

Document parse_string(const std::string& src) { return parse(load_text(src, "t.txt"), "t.txt"); }

const char* kHead = R"(BỘ TÀI CHÍNH
Số: 1/2002/TT-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 01 năm 2002
THÔNG TƯ
Hướng dẫn thi hành Nghị định số 89/2002/NĐ-CP
Căn cứ Nghị định số 89/2002/NĐ-CP ngày 07/11/2002 của Chính phủ, Bộ Tài chính hướng dẫn thực hiện như sau:
)";

}  // namespace

TEST_CASE("parse.letter-parts: TT 169/1998/TT-BTC, 'c. nghĩa vụ thuế …' after 'B.' is part C", "[parse][letters]") {
  // "A. Phạm vi áp dụng.", "B. Nghĩa vụ thuế …" then "c. nghĩa vụ thuế đối với Nhà thầu …", "d. Xử lý vi phạm và
  // giải quyết khiếu nại.", "e. Tổ chức thực hiện.": the letters run on in lower case (a capitals font)
  Document d = parse_doc("thong-tu-169-1998-btc");
  std::vector<std::string> roots;
  for (const auto& p : d.provisions) roots.push_back(p.eid);
  CHECK(roots == std::vector<std::string>{"part_A", "part_B", "part_C", "part_D", "part_E"});
  const Provision* c = find(d.provisions, "part_C");
  REQUIRE(c);
  CHECK(c->heading.value_or("").rfind("nghĩa vụ thuế đối với Nhà thầu", 0) == 0);
  // its points "a- Giá trị gia tăng …", "b- Thuế suất thuế GTGT : …"
  const Provision* b = find(d.provisions, "part_C__sec_I__para_1__point_b");
  REQUIRE(b);
  CHECK(b->text.rfind("Thuế suất thuế GTGT", 0) == 0);
  // "mẫu số 01 nt-tct" over "cộng hoà xã hội chủ nghĩa việt nam": a form after the text, no provisions
  const Provision* last = find(d.provisions, "part_E__sec_II");
  REQUIRE(last);
  CHECK(last->children.empty());
  CHECK_FALSE(find(d.provisions, "att_1__para_1"));
}

TEST_CASE("parse.letter-parts: TT 120/2002/TT-BTC, 'a- Giấy giới thiệu …' is a point", "[parse][letters]") {
  Document d = parse_doc("thong-tu-120-2002-btc");
  const Provision* a = find(d.provisions, "part_B__sec_V__para_1__para_1.1__point_a");
  REQUIRE(a);
  CHECK(a->text.rfind("Giấy giới thiệu kèm theo công văn", 0) == 0);
  CHECK(find(d.provisions, "part_B__sec_V__para_1__para_1.1__point_đ"));
  // "a - Đối với hoá đơn Giá trị gia tăng gồm:" (a space before the dash) then "b- Đối với …": points too
  const Provision* a16 = find(d.provisions, "part_B__sec_VI__para_1__para_1.6__point_a");
  REQUIRE(a16);
  CHECK(a16->text == "Đối với hoá đơn Giá trị gia tăng gồm:");
  CHECK(find(d.provisions, "part_B__sec_VI__para_1__para_1.6__point_c"));
  // "c - Xử lý vi phạm hành chính" after points "a- ", "b- " that "2.3-" closed: still part C
  CHECK(find(d.provisions, "part_B__sec_VII__para_2__para_2.2__point_b"));
  CHECK(find(d.provisions, "part_C"));
  // "2/ Đối với việc sử dụng hoá đơn thu mua hàng nông, lâm, thuỷ sản …": clause 2 with a slash, as "VI/"
  const Provision* c2 = find(d.provisions, "part_B__sec_VI__para_2");
  REQUIRE(c2);
  CHECK(c2->text.rfind("Đối với việc sử dụng hoá đơn thu mua", 0) == 0);
}

TEST_CASE("parse.letter-parts: 'c - …' after open points 'a- ', 'b- ' is their point c, not part C", "[parse][letters]") {
  Document d = parse_string(std::string(kHead) + R"(A - Những quy định chung
I - Phạm vi áp dụng
Thông tư này áp dụng với tổ chức, cá nhân in hoá đơn.
B - Những quy định về sử dụng hoá đơn
I - Thủ tục mua hoá đơn
1. Hồ sơ mua hoá đơn gồm:
a- Giấy giới thiệu của người đứng đầu tổ chức.
b- Chứng minh nhân dân của người mua hoá đơn.
c - Sơ đồ địa điểm sản xuất, kinh doanh.
C - Tổ chức thực hiện
Thông tư này có hiệu lực sau 15 ngày kể từ ngày ký.
)");
  CHECK(find(d.provisions, "part_B__sec_I__para_1__point_c"));
  CHECK(find(d.provisions, "part_C"));
  CHECK_FALSE(find(d.provisions, "part_D"));
}

TEST_CASE("parse.letter-parts: dotted points 'a.', 'b.', 'c.' under part B stay points", "[parse][letters]") {
  Document d = parse_string(std::string(kHead) + R"(A. Phạm vi áp dụng
I. Đối tượng áp dụng
Thông tư này áp dụng với tổ chức, cá nhân nước ngoài.
B. Nghĩa vụ thuế
I. Thuế giá trị gia tăng
1. Doanh thu tính thuế gồm:
a. Tiền hàng hoá bán ra.
b. Tiền dịch vụ cung cấp.
c. Các khoản phụ thu khác.
c. tổ chức thực hiện
Thông tư này có hiệu lực từ ngày 01/01/1999.
)");
  CHECK(find(d.provisions, "part_B__sec_I__para_1__point_c"));
  // the next "c." with its heading in lower case continues the letters after B: part C
  CHECK(find(d.provisions, "part_C"));
}

TEST_CASE("parse.header: 'Sè: 99/ 1998/TT-BTC' is the number line, 'Số:' in TCVN3 bytes", "[parse][letters]") {
  // the line's one word reads as Vietnamese either way ("sè", "số"), so the decoder kept it as printed
  CHECK(parse_doc("thong-tu-99-1998-btc").meta.number == std::optional<std::string>("99/1998/TT-BTC"));
  CHECK(parse_doc("thong-tu-120-2002-btc").meta.number == std::optional<std::string>("120/2002/TT-BTC"));
  CHECK(parse_doc("thong-tu-155-1998-btc").meta.number == std::optional<std::string>("155/1998/TT/BTC"));
}
