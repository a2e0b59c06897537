// Link, session 32: a ministry's implementing article, its heads of hospitals and of other ministries' health
// services (held-out QĐ 6556/QĐ-BYT), and what the blind batches of the session taught.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link32: heads of the hospitals under the ministry and of other ministries' health services",
          "[link][link32]") {
  // QĐ 6556/QĐ-BYT Điều 5, abridged: before, "Thủ trưởng" stood alone and the rest of the list was lost
  Document d = one("Bộ Y tế",
                   "Các ông (bà): Chánh văn phòng Bộ, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, "
                   "Thủ trưởng y tế các Bộ, ngành, Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế "
                   "và các tổ chức, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(has(d, "Thủ trưởng y tế các Bộ, ngành", Role::lead));
  CHECK(has(d, "Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế", Role::lead));
  CHECK(has(d, "Các tổ chức, đơn vị, cá nhân có liên quan", Role::lead));
  CHECK_FALSE(has(d, "Thủ trưởng", Role::lead));
  // the common spelling, in lower case with a comma, reads the same
  Document e = one("Bộ Y tế",
                   "Chánh Văn phòng Bộ, Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế, Thủ trưởng "
                   "các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.");
  CHECK(mention_of(e, "Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế", Role::lead) ==
        "Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế");
  CHECK(has(e, "Thủ trưởng các đơn vị có liên quan", Role::lead));
  // without "các" the other ministries' health heads stay one name, as QĐ 1227/QĐ-BYT prints them
  Document f = one("Bộ Y tế",
                   "Chánh Văn phòng Bộ, Thủ trưởng Y tế Bộ, ngành và Thủ trưởng các đơn vị liên quan chịu trách "
                   "nhiệm thi hành quyết định này.");
  CHECK(has(f, "Thủ trưởng Y tế Bộ, ngành", Role::lead));
}
