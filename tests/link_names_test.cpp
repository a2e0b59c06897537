// Link stage: how names are found and split — old typing in lower case,
// collectives of localities — with sentences from the corpus (sources in
// each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link names: a lower-case ủy ban before a capitalised name is that body") {
  // NĐ 29/1998 Quy chế, Điều 24
  Document d = one("Chính phủ",
                   "Đề nghị ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, các đoàn thể chỉ đạo hướng dẫn, kiểm tra cấp "
                   "dưới thực hiện tốt nhiệm vụ được quy định trong Quy chế này.");
  CHECK(mention_of(d, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Role::lead) ==
        "ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
  CHECK(has(d, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Role::supervise));
  CHECK(has(d, "Các đoàn thể", Role::lead));
  // a common noun stays one: "ủy ban" without a capitalised name after it
  Document e = one("Chính phủ", "Thành lập một ủy ban lâm thời để tổ chức thực hiện.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link names: localities listed as collectives are one entry each") {
  // NĐ 29/1998 Quy chế, Điều 21
  Document d = one("Chính phủ",
                   "Các tỉnh, thành phố trực thuộc Trung ương, các huyện, quận, thị xã, thành phố thuộc tỉnh phải tổ "
                   "chức chỉ đạo điểm và triển khai mở rộng một cách vững chắc.");
  CHECK(has(d, "Các tỉnh, thành phố trực thuộc Trung ương", Role::lead));
  CHECK(has(d, "Các huyện, quận, thị xã, thành phố thuộc tỉnh", Role::lead));
  CHECK(d.assignments.size() == 2);
  // short collectives joined by ", các" stay one phrase (CT 299/1980: "Các ngành, các cấp")
  Document e = one("Thủ tướng Chính phủ", "Các ngành, các cấp có trách nhiệm thực hiện Chỉ thị này.");
  CHECK(mention_of(e, "Các ngành, các cấp", Role::lead) == "Các ngành, các cấp");
}

TEST_CASE("link names: Thanh tra followed by what is inspected is the act, not the body") {
  // BC kết quả Chỉ thị 38 Lào Cai, 2.7
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Thanh tra chuyên đề về công tác quản lý khoáng sản, Thanh tra việc chấp hành pháp luật về khoáng sản.");
  CHECK(d.assignments.empty());
  // the body by itself, and an inspector, stay names
  CHECK(has(one("Ủy ban nhân dân tỉnh Lào Cai", "Thanh tra tỉnh chủ trì kiểm tra việc chấp hành."),
            "Thanh tra tỉnh Lào Cai", Role::lead));
}
