// Link stage (session 24, ministries' decisions and letters): the heads of a ministry's units named
// together ("Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ"), a department whose name holds a comma
// ("Cục Quản lý Khám, chữa bệnh"), and health facilities named after "các" ("các cơ sở KCB").
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link ministry24: Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ are two offices", "[link][ministry24]") {
  // QĐ 1227/QĐ-BYT (2025) Điều 5, the closing article of a ministry's decision
  Document d = one("Bộ Y tế",
                   "Các Ông/Bà: Chánh Văn phòng Bộ Y tế, Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Y tế, Giám "
                   "đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương và Thủ trưởng các đơn vị liên quan chịu "
                   "trách nhiệm thi hành quyết định này./.",
                   "Quyết định");
  CHECK(has(d, "Vụ trưởng các Vụ trực thuộc Bộ Y tế", Role::lead));
  CHECK(has(d, "Cục trưởng các Cục trực thuộc Bộ Y tế", Role::lead));
  CHECK(mentioned(d, "Chánh Văn phòng Bộ Y tế", Role::lead));
  CHECK(mentioned(d, "Giám đốc Sở Y tế", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng các đơn vị liên quan", Role::lead));
  // heads and units that do not pair one to one stay as printed
  Document e = one("Bộ Y tế",
                   "Vụ trưởng, Cục trưởng các Cục trực thuộc Bộ Y tế chịu trách nhiệm thi hành quyết định này.",
                   "Quyết định");
  CHECK_FALSE(has(e, "Vụ trưởng các Vụ trực thuộc Bộ Y tế", Role::lead));
}

TEST_CASE("link ministry24: Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ share their owner", "[link][ministry24]") {
  // QĐ 3176/QĐ-BYT (2024) Điều 4: each head with its units, the owner after the last; the list goes on after it
  Document d = one("Bộ Y tế",
                   "Các Ông, Bà Chánh Văn phòng Bộ Y tế, Chánh Thanh tra Bộ, Vụ trưởng Vụ Bảo hiểm y tế và Vụ trưởng các "
                   "Vụ, Cục trưởng các Cục thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương và "
                   "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(d, "Vụ trưởng các Vụ thuộc Bộ Y tế", Role::lead));
  CHECK(has(d, "Cục trưởng các Cục thuộc Bộ Y tế", Role::lead));
  CHECK(mentioned(d, "Vụ trưởng Vụ Bảo hiểm y tế", Role::lead));
  CHECK(mentioned(d, "Giám đốc Sở Y tế", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng các cơ quan, đơn vị có liên quan", Role::lead));
  // a head of one named unit is no head of the units: "Vụ trưởng Vụ Pháp chế, Cục trưởng các Cục …"
  Document e = one("Bộ Y tế",
                   "Vụ trưởng Vụ Pháp chế, Cục trưởng các Cục thuộc Bộ Y tế chịu trách nhiệm thi hành Quyết định này.",
                   "Quyết định");
  CHECK(mentioned(e, "Vụ trưởng Vụ Pháp chế", Role::lead));
  CHECK_FALSE(has(e, "Vụ trưởng các Vụ thuộc Bộ Y tế", Role::lead));
}

TEST_CASE("link ministry24: the units thuộc Bộ, bare, are the issuer's", "[link][ministry24]") {
  // the closing formula with the ministry named only "Bộ": each head gets its name
  Document d = one("Bộ Công Thương",
                   "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ chịu trách nhiệm thi hành Quyết định này.", "Quyết định");
  CHECK(has(d, "Vụ trưởng các Vụ thuộc Bộ Công Thương", Role::lead));
  CHECK(has(d, "Cục trưởng các Cục thuộc Bộ Công Thương", Role::lead));
  // another ministry named in full keeps its name
  Document e = one("Bộ Công Thương",
                   "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ Y tế chịu trách nhiệm thi hành Quyết định này.", "Quyết định");
  CHECK(has(e, "Vụ trưởng các Vụ thuộc Bộ Y tế", Role::lead));
}

TEST_CASE("link ministry24: Cục Quản lý Khám, chữa bệnh is one department", "[link][ministry24]") {
  // QĐ 1227/QĐ-BYT (2025) Điều 3
  Document d = one("Bộ Y tế", "Giao Cục Quản lý Khám, chữa bệnh là đầu mối hướng dẫn thực hiện.", "Quyết định");
  CHECK(mentioned(d, "Cục Quản lý Khám, chữa bệnh", Role::lead));
  // (not cut at its comma: "Cục Quản lý Khám" + "chữa bệnh")
  for (const Assignment& a : d.assignments) CHECK(a.mention != "Cục Quản lý Khám");
}

TEST_CASE("link ministry24: các cơ sở khám bệnh, chữa bệnh are a collective", "[link][ministry24]") {
  // CV 627/BYT-BH (2021) mục 3, 4
  Document d = one("Bộ Y tế", "Các cơ sở KCB thực hiện mã hóa, ghi chép như sau:", "Công văn");
  CHECK(mentioned(d, "Các cơ sở KCB", Role::lead));
  Document e = one("Bộ Y tế",
                   "Thủ trưởng các cơ sở KCB chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế về việc thực "
                   "hiện các nội dung nêu trên.",
                   "Công văn");
  CHECK(mentioned(e, "Thủ trưởng các cơ sở KCB", Role::lead));
  // CV 296/BHXH-CSYT (2021): the facilities a body works with
  Document f = one("Bảo hiểm xã hội Việt Nam",
                   "Đề nghị BHXH các tỉnh chủ động phối hợp với các cơ sở KCB BHYT triển khai thực hiện theo hướng "
                   "dẫn nêu trên.",
                   "Công văn");
  CHECK(mentioned(f, "các cơ sở KCB", Role::coordinate));
  // the facilities named as a place the work is done are given nothing
  Document g = one("Bộ Y tế", "Bảo hiểm xã hội tỉnh kiểm tra việc kê thêm giường tại các cơ sở KCB.", "Công văn");
  CHECK_FALSE(mentioned(g, "các cơ sở KCB", Role::lead));
}

TEST_CASE("link ministry24: the issuer's Chánh Văn phòng before a head of units is an office of its own",
          "[link][ministry24]") {
  // QĐ 1500/QĐ-BHXH 2015 Điều 5, QĐ 1666/QĐ-BHXH 2020 Điều 6 (held-out batch 7)
  Document d = one("Bảo hiểm xã hội Việt Nam",
                   "Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam chịu trách nhiệm thi "
                   "hành Quyết định này.",
                   "Quyết định");
  CHECK(has(d, "Chánh Văn phòng Bảo hiểm xã hội Việt Nam", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng các đơn vị", Role::lead));
  CHECK_FALSE(mentioned(d, "Chánh Văn phòng, Thủ trưởng", Role::lead));
  // a head and its deputy of one body stay one name
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giám đốc, Phó Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.", "Quyết định");
  CHECK(mentioned(e, "Giám đốc, Phó Giám đốc Sở Tài chính", Role::lead));
}
