// Link stage: an abbreviation is printed in its capitals — "CA" is Công an, "ca nô" a boat (NĐ 02/2021/NĐ-CP
// Điều 13, held-out batch 2: "Đối với ca nô, xuồng máy …" gave "Công an nô, xuồng máy" five leads).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link abbr23: a lower-case word spelt like an abbreviation is no agency") {
  Document d = one("Chính phủ",
                   "Tàu thuyền, ca nô, xuồng máy phục vụ công tác tuần tra, kiểm soát hải quan được sơn màu theo quy định.",
                   "Nghị định");
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("Công an") == std::string::npos);
  // near reading: the abbreviation in capitals is still Công an
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "CA tỉnh chủ trì, phối hợp với các sở, ngành kiểm tra việc thực hiện.",
                   "Quyết định");
  CHECK(has(e, "Công an tỉnh Lào Cai", Role::lead));
}
