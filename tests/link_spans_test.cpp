// Link stage: where a name ends — qualifiers that say which bodies are meant
// belong to the name ("có liên quan", "liên quan đến <matter>"), with
// sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link spans: có liên quan after a named level is part of the name") {
  // Luật 147/2025/QH15, Điều 85b khoản 2
  Document d = one("Quốc hội",
                   "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các Bộ, ngành, Ủy ban nhân dân cấp tỉnh có liên "
                   "quan lập, trình Thủ tướng Chính phủ phê duyệt chiến lược quốc gia về đất hiếm.");
  CHECK(mention_of(d, "Ủy ban nhân dân cấp tỉnh có liên quan", Role::coordinate) ==
        "Ủy ban nhân dân cấp tỉnh có liên quan");
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp tỉnh", Role::coordinate));
  // "có trách nhiệm" after a name is still its duty, not a qualifier
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân cấp xã có trách nhiệm tổ chức thực hiện.");
  CHECK(mention_of(e, "Ủy ban nhân dân cấp xã", Role::lead) == "Ủy ban nhân dân cấp xã");
}

TEST_CASE("link spans: liên quan đến and the matter it names stay with the name") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, mục 11
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường và "
                   "các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh nghiêm túc thực hiện.");
  CHECK(mention_of(d, "Các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh", Role::lead) ==
        "các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa bàn tỉnh");
  // NQ 1654/2025/UBTVQH15, Điều 3 khoản 1: a verb after "việc" is the matter's
  // noun; the list goes on after "và"
  Document e = one("Ủy ban Thường vụ Quốc hội",
                   "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang, chính quyền địa phương các đơn vị hành "
                   "chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm "
                   "tổ chức thi hành Nghị quyết này.");
  CHECK(mention_of(e, "Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp", Role::lead) ==
        "chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp");
  CHECK(has(e, "Các cơ quan, tổ chức khác có liên quan", Role::lead));
  // KH CNTT 1998-2000 Lâm Đồng, B.5: the matter ends with its demonstrative
  Document f = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "- Các ngành chức năng có liên quan đến lĩnh vực này phối hợp nghiên cứu, tham mưu giúp UBND Tỉnh ban "
                   "hành các chế độ, chính sách.");
  CHECK(f.assignments.size() >= 1);
  CHECK(f.assignments.front().mention == "Các ngành chức năng có liên quan đến lĩnh vực này");
}
