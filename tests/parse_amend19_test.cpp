// Parser: an amending decree of a ministry's procedures (NĐ 14/2026/NĐ-CP): the new wording that opens
// on the announcing clause's own line ("… như sau: “1. Bộ Xây dựng có trách nhiệm:") is quoted text of
// that clause, its points included — with a near reading that must not change.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kHead =
    "CHÍNH PHỦ\nSố: 14/2026/NĐ-CP\nHà Nội, ngày 13 tháng 01 năm 2026\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều\n"
    "Căn cứ Luật Tổ chức Chính phủ;\nChính phủ ban hành Nghị định.\n";

}  // namespace

TEST_CASE("parse amend19: quoted points after a clause that opens the quote stay its text") {
  // NĐ 14/2026 Điều 99 khoản 1
  Document d = parse_lines(kHead +
                           "Điều 1. Sửa đổi, bổ sung một số khoản của Điều 19\n"
                           "1. Sửa đổi, bổ sung khoản 1 như sau: “1. Bộ Xây dựng có trách nhiệm:\n"
                           "a) Thống nhất quản lý hoạt động kinh doanh dịch vụ đóng mới, hoán cải, sửa chữa tàu biển;\n"
                           "b) Tổ chức xây dựng, bổ sung, sửa đổi và ban hành các quy chuẩn kỹ thuật quốc gia.”.\n"
                           "2. Thay thế cụm từ “Bộ Giao thông vận tải” bằng cụm từ “Bộ Xây dựng” tại khoản 3.\n");
  const Provision* c1 = find(d.provisions, "art_1__para_1");
  REQUIRE(c1);
  CHECK(c1->children.empty());
  CHECK(c1->text.find("b) Tổ chức xây dựng") != std::string::npos);
  CHECK(find(d.provisions, "art_1__para_2"));
  // near reading: a quote closed on its own line leaves the points after it ours
  Document e = parse_lines(kHead +
                           "Điều 1. Sửa đổi, bổ sung Điều 19\n"
                           "1. Thay thế cụm từ “Bộ Giao thông vận tải” bằng cụm từ “Bộ Xây dựng” như sau:\n"
                           "a) Tại khoản 3;\n"
                           "b) Tại khoản 4.\n");
  CHECK(find(e.provisions, "art_1__para_1__point_b"));
}
