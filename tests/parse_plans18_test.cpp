// Parser: a long plan's front matter and divisions (KH tổng thể CNTT Lâm Đồng 1998–2000, a legacy
// TCVN3/VNI file): a table of contents (mục lục) is left out, "PHẦN THỨ NHẤT:" is a part, parts
// numbered in another style inside a part are its sub-parts, letters that open a chapter are its
// parts, and a caps title ending in ":" is text — each with a near reading that must not change.
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

bool warned(const Document& d, const std::string& code) {
  for (const auto& x : d.diagnostics)
    if (x.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("parse.plans18: a table of contents before the body is not read as provisions", "[parse][plans]") {
  const std::string body =
      "PHẦN THỨ NHẤT:\nKẾ HOẠCH TỔNG THỂ PHÁT TRIỂN CNTT\nCHƯƠNG I:\nĐÁNH GIÁ CHUNG VỀ HỆ THỐNG\n"
      "Hiện nay, Lâm Đồng đã có những hoạt động tương đối tốt trên lĩnh vực này.\n"
      "PHẦN THỨ HAI:\nDỰ ÁN TIN HỌC HÓA KHỐI CÁC SỞ, BAN NGÀNH\nPHẦN I :\nĐÁNH GIÁ CHUNG\n"
      "Các Sở, Ban, Ngành đã trang bị máy vi tính.\nPHẦN THỨ BA:\nDỰ ÁN TIN HỌC HÓA KHỐI ĐẢNG\n"
      "PHẦN 1:\nCƠ SỞ VÀ LUẬN CỨ CỦA DỰ ÁN\nThường vụ Bộ Chính trị đã có chủ trương ứng dụng công nghệ thông tin.\n";
  const std::string contents =
      "MỤC LỤC\nPHẦN THỨ NHẤT:\nKế hoạch tổng thể phát triển CNTT\nCHƯƠNG I:\nĐánh giá chung về hệ thống\n"
      "PHẦN THỨ HAI:\nDự án tin học hóa khối các Sở, Ban Ngành\nPHẦN I :\nĐánh giá chung\n"
      "PHẦN THỨ BA:\nDự án tin học hóa khối Đảng\nPHẦN 1:\nCơ sở và luận cứ của dự án\n\n";
  Document d = parse_lines(contents + body);
  CHECK(warned(d, "contents.skipped"));
  CHECK(!d.meta.issuer);  // not "Mục lục"
  REQUIRE(d.provisions.size() == 3);
  CHECK(d.provisions[0].eid == "part_1");
  CHECK(d.provisions[0].heading == std::optional<std::string>("KẾ HOẠCH TỔNG THỂ PHÁT TRIỂN CNTT"));
  CHECK(find(d.provisions, "part_1__chp_I"));
  // the second and third parts hold their own parts, numbered another way
  CHECK(find(d.provisions, "part_2__part_I"));
  CHECK(find(d.provisions, "part_3__part_1"));
  CHECK(!find(d.provisions, "part_1a"));
  // near reading: "Mục lục" over prose is no table of contents
  Document e = parse_lines("MỤC LỤC\nNgân sách nhà nước chi theo mục lục ngân sách.\n" + body);
  CHECK(!warned(e, "contents.skipped"));
  CHECK(find(e.provisions, "part_1__chp_I"));
}

TEST_CASE("parse.plans18: a part of the same numbering closes the part, one of another style from 1 nests", "[parse][plans]") {
  // "Phần thứ nhất" … "Phần thứ hai": siblings, as always
  Document d = parse_lines(
      "PHẦN THỨ NHẤT\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về hóa đơn.\n"
      "PHẦN THỨ HAI\nNHỮNG QUY ĐỊNH CỤ THỂ\nĐiều 2. Đối tượng\nTổ chức kinh doanh hàng hóa.\n");
  CHECK(find(d.provisions, "part_1__art_1"));
  CHECK(find(d.provisions, "part_2__art_2"));
  // a "Phần II" after "Phần thứ nhất" with no "Phần I" before it: the document's own second part
  Document e = parse_lines(
      "PHẦN THỨ NHẤT\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về hóa đơn.\n"
      "PHẦN II\nNHỮNG QUY ĐỊNH CỤ THỂ\nĐiều 2. Đối tượng\nTổ chức kinh doanh hàng hóa.\n");
  CHECK(find(e.provisions, "part_II__art_2"));
}

TEST_CASE("parse.plans18: letters that open a chapter are its parts, from A again in the next", "[parse][plans]") {
  Document d = parse_lines(
      "PHẦN THỨ NHẤT:\nKẾ HOẠCH TỔNG THỂ PHÁT TRIỂN CNTT\nCHƯƠNG I:\nĐÁNH GIÁ CHUNG\n"
      "Lâm Đồng đã có những hoạt động tương đối tốt trên lĩnh vực này.\n"
      "CHƯƠNG II:\nMỤC TIÊU VÀ NHIỆM VỤ CỦA KẾ HOẠCH TỔNG THỂ\n"
      "A. MỤC TIÊU ĐƯA ỨNG DỤNG CNTT VÀO TRONG CÁC HOẠT ĐỘNG QUẢN LÝ\n- Đối với các Sở, Ban, Ngành.\n"
      "B. MỤC TIÊU ĐỐI VỚI VIỆC GIÁO DỤC ĐÀO TẠO\n- Xây dựng các chương trình đào tạo.\n"
      "CHƯƠNG III:\nHỆ THỐNG CÁC DỰ ÁN CNTT\nA. CÁC DỰ ÁN ỨNG DỤNG CNTT TRONG QUẢN LÝ\n- Dự án tin học hoá.\n");
  CHECK(find(d.provisions, "part_1__chp_II__part_A"));
  CHECK(find(d.provisions, "part_1__chp_II__part_B"));
  CHECK(find(d.provisions, "part_1__chp_III__part_A"));
  CHECK(!find(d.provisions, "part_A"));
}

TEST_CASE("parse.plans18: a caps section title that ends in a colon is text", "[parse][plans]") {
  Document d = parse_lines(
      "CHƯƠNG I:\nĐÁNH GIÁ CHUNG\nI. PHÂN TÍCH, ĐÁNH GIÁ CHUNG:\nHiện nay, Lâm Đồng đã có những hoạt động tốt.\n"
      "II. PHÂN TÍCH VÀ ĐÁNH GIÁ HIỆN TRẠNG VỀ THÔNG TIN\nTỉnh Lâm Đồng có các mối quan hệ thông tin.\n");
  const Provision* s1 = find(d.provisions, "chp_I__sec_I");
  REQUIRE(s1);
  CHECK(!s1->heading);
  CHECK(s1->text == "PHÂN TÍCH, ĐÁNH GIÁ CHUNG: Hiện nay, Lâm Đồng đã có những hoạt động tốt.");
  const Provision* s2 = find(d.provisions, "chp_I__sec_II");
  REQUIRE(s2);  // near reading: without the colon, the caps title is the heading
  CHECK(s2->heading == std::optional<std::string>("PHÂN TÍCH VÀ ĐÁNH GIÁ HIỆN TRẠNG VỀ THÔNG TIN"));
}

TEST_CASE("parse.plans18: KH CNTT Lâm Đồng 1998, the legacy file read whole", "[parse][plans][corpus]") {
  Document d = parse_doc("ke-hoach-cntt-1998-2000-lam-dong");
  CHECK(warned(d, "contents.skipped"));
  CHECK(!d.meta.issuer);
  for (const char* eid : {"part_1__chp_II__part_E", "part_1__chp_IVa__part_D", "part_2__part_IV",
                          "part_3__part_2__chp_III", "part_4"})
    CHECK(find(d.provisions, eid));
}

TEST_CASE("parse.plans18: 'A.1.' and 'II.2.1.' number clauses under their part's letter or numeral", "[parse][plans]") {
  Document d = parse_lines(
      "PHẦN THỨ NHẤT:\nKẾ HOẠCH TỔNG THỂ\nCHƯƠNG I:\nĐÁNH GIÁ CHUNG\nLâm Đồng đã có những hoạt động tốt.\n"
      "PHẦN THỨ HAI:\nDỰ ÁN TIN HỌC HÓA KHỐI CÁC SỞ, BAN NGÀNH\nPHẦN I :\nĐÁNH GIÁ CHUNG\n"
      "Các Sở, Ban, Ngành đã trang bị máy vi tính.\nPHẦN II:\nCÁC NỘI DUNG PHÁT TRIỂN DỰ ÁN\n"
      "II.1. MÔ TẢ VÀ PHÂN TÍCH HIỆN TRẠNG CHỨC NĂNG, NHIỆM VỤ\nHiện nay qua đánh giá sơ bộ về tình hình ứng dụng.\n"
      "II.2. MỤC TIÊU THIẾT KẾ HỆ THỐNG TẠI CÁC SỞ, BAN, NGÀNH :\n"
      "II.2.1. Mục tiêu : Dự án đưa CNTT phục vụ quản lý Nhà nước.\nII.2.2. Các chức năng cụ thể\n"
      "II. 3. MÔ TẢ SƠ ĐỒ TRAO ĐỔI THÔNG TIN TRONG ĐƠN VỊ\n"
      "CHƯƠNG IV:\nNỘI DUNG KỸ THUẬT\nA. MỤC ĐÍCH VÀ YÊU CẦU HỆ THỐNG\nA.1. MỤC ĐÍCH CỦA HỆ THỐNG\n"
      "1. Xây dựng hệ thống hạ tầng cơ sở phục vụ quản lý hành chính.\n2. Khả năng nâng cấp và kết nối.\n"
      "A.2. CÁC YÊU CẦU HỆ THỐNG\n1. Tận dụng được môi trường vật lý hiện tại.\n");
  CHECK(find(d.provisions, "part_2__part_II__para_II.1"));
  CHECK(find(d.provisions, "part_2__part_II__para_II.2__para_II.2.1"));
  CHECK(find(d.provisions, "part_2__part_II__para_II.2__para_II.2.2"));
  CHECK(find(d.provisions, "part_2__part_II__para_II.3"));  // printed "II. 3."
  CHECK(!find(d.provisions, "part_2__part_II__sec_II"));  // not "II." with "1. …" for its text
  CHECK(find(d.provisions, "part_2__part_II__chp_IV__part_A__para_A.1__para_2"));
  CHECK(find(d.provisions, "part_2__part_II__chp_IV__part_A__para_A.2__para_1"));
  // near reading: a number under a letter no part carries is text ("B.1." with no part B open)
  Document e = parse_lines(
      "PHẦN THỨ NHẤT:\nKẾ HOẠCH\nCHƯƠNG I:\nNỘI DUNG\nLâm Đồng đã có những hoạt động tốt.\n"
      "CHƯƠNG II:\nMỤC TIÊU\nA. MỤC ĐÍCH\nB.1. CHỨC NĂNG - NHIỆM VỤ\n"
      "Hệ thống có các chức năng sau.\n");
  CHECK(!find(e.provisions, "part_1__chp_II__part_A__para_B.1"));
  const Provision* a = find(e.provisions, "part_1__chp_II__part_A");
  REQUIRE(a);
  REQUIRE(a->heading);  // (the caps line goes on the part's caps title)
  CHECK(a->heading->find("B.1. CHỨC NĂNG") != std::string::npos);
}
