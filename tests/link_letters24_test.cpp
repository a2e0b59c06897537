// Link stage (session 24, from held-out batch 7's CV 3320/SNNMT-CCMT Lào Cai): the addressees a
// department's letter asks to act — associations and the weather station among them ("Hiệp hội
// Doanh nghiệp tỉnh", "Đài Khí tượng Thủy văn tỉnh") — and the communes "của tỉnh", the province's.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link letters24: an association and the weather station asked in a list are leads", "[link][letters24]") {
  Document d = one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                   "Đề nghị Công an tỉnh; Sở Tư pháp; Đài Khí tượng Thủy văn tỉnh Lào Cai; Hiệp hội Doanh nghiệp tỉnh "
                   "và các tổ chức, cá nhân có liên quan tổ chức nghiên cứu, quán triệt các quy định.",
                   "Công văn");
  CHECK(has(d, "Hiệp hội Doanh nghiệp tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Đài Khí tượng Thủy văn tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::lead));
  // only named: the association the request is sent on to gets nothing
  Document e = one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                   "Sở Tư pháp gửi văn bản cho Hiệp hội Doanh nghiệp tỉnh để biết.", "Công văn");
  CHECK_FALSE(has(e, "Hiệp hội Doanh nghiệp tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link letters24: the communes of the province are one collective with it", "[link][letters24]") {
  Document d = one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                   "Đề nghị Công an tỉnh; Ủy ban nhân dân các xã, phường của tỉnh và các tổ chức có liên quan tổ chức "
                   "triển khai thực hiện.",
                   "Công văn");
  bool communes = false;
  for (const Assignment& a : d.assignments)
    communes = communes || (a.role == Role::lead && a.mention == "Ủy ban nhân dân các xã, phường của tỉnh");
  CHECK(communes);
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::lead));
}
