// Link stage: provincial decisions and circulars (QĐ 11/2026 Lào Cai, TT 56/2024) — sentences as printed.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link.ocr21: the parties asked to report their difficulties in the closing article lead", "[link][ocr21]") {
  // QĐ 11/2026 Lào Cai, Điều 25.8
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trong quá trình thực hiện nếu có vướng mắc phát sinh, các tổ chức, cá nhân kịp thời phản ánh về Sở "
                   "Xây dựng để tổng hợp báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định sửa đổi, bổ sung cho phù hợp./.");
  CHECK(mention_of(d, "Các tổ chức, cá nhân", Role::lead) == "các tổ chức, cá nhân");
  // TT 56/2024/TT-BTC, Điều 7.4: asked ("đề nghị"), not told — left unassigned (TT 120/2002's gold)
  Document e = one("Bộ Tài chính",
                   "Trong quá trình thực hiện, nếu có vướng mắc đề nghị các tổ chức, cá nhân phản ánh kịp thời về Bộ Tài "
                   "chính để nghiên cứu, hướng dẫn bổ sung./.");
  CHECK_FALSE(has(e, "Các tổ chức, cá nhân", Role::lead));
  // private parties otherwise stay unassigned: a file they send is their own business
  Document g = one("Bộ Tài chính", "Các tổ chức, cá nhân phản ánh về Bộ Tài chính kết quả kinh doanh hằng năm.");
  CHECK_FALSE(has(g, "Các tổ chức, cá nhân", Role::lead));
}

TEST_CASE("link.ocr21: a body appraising after a case lead-in and its colon leads", "[link][ocr21]") {
  // QĐ 16/2026 Lào Cai, Điều 13.1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đối với cụm công nghiệp được đầu tư xây dựng hạ tầng từ nguồn vốn ngân sách: Sở Tài chính thẩm "
                   "định phương án giá dịch vụ trong cụm công nghiệp.");
  CHECK(has(d, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link.ocr21: a gloss in brackets after a name does not hide its grant", "[link][ocr21]") {
  // QĐ 11/2026 Lào Cai, Điều 14.1: the investor may choose, no task
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trong đó, chủ đầu tư (người đề nghị cấp phép xây dựng) được chọn một trong các Uỷ ban nhân dân "
                   "xã, phường nêu trên để trình hồ sơ xin cấp phép xây dựng.");
  CHECK_FALSE(has(d, "Chủ đầu tư", Role::lead));
  // a role in brackets stays the name's role
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Tài chính (chủ trì) tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.");
  CHECK(has(e, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}
