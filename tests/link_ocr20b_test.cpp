// Link stage: names whose first word the OCR misprinted — sentences of QĐ 11/2026 Lào Cai.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link.ocr20b: a first word with OCR-changed marks still opens a name", "[link][ocr20b]") {
  // QĐ 11/2026 Lào Cai, Điều 23.2 ("Ửy" for "Ủy")
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Ửy ban nhân dân các xã, phường thực hiện kiểm tra việc thực hiện pháp luật trong các lĩnh vực "
                   "quản lý nhà nước ngành xây dựng trên địa bàn quản lý.");
  CHECK(mention_of(d, "Ủy ban nhân dân các xã, phường", Role::supervise) == "Ửy ban nhân dân các xã, phường");
  // a lower-case word keeps the exact first word: "số" is not "Sở"
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Báo cáo số xây dựng mới trong năm phải đầy đủ.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link.ocr20b: a power done by a body closing its sentence is that body's lead", "[link][ocr20b]") {
  // QĐ 11/2026 Lào Cai, Điều 19.3 (OCR'd "Thâm quyền")
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đối với công trình xây dựng, nhà ở riêng lẻ nằm trên địa bàn từ hai đơn vị hành chính cấp xã trở "
                   "lên: Thâm quyền quản lý trật tự xây dựng do Uỷ ban nhân dân cấp xã thực hiện.");
  CHECK(has(d, "Ủy ban nhân dân cấp xã", Role::lead));
}
