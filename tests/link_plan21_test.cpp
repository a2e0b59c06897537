// Link stage: old plans and circulars (KH CNTT Lâm Đồng 1998, TT 120/2002, TT 99/1998) — where a body's
// name ends and who is its subject.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link.plan21: a verb of contact or use ends the lower-case tail of a name", "[link][plan21]") {
  // KH CNTT Lâm Đồng 1998, Phần 3, II.V.1.b
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Với công nghệ mới, Chánh Văn phòng giao cho Phòng Văn thư phân phối (văn bản truyền thống và điện "
                   "tử) đồng thời thực hiện sự kiểm tra chặt chẽ và điều chỉnh kịp thời thông qua mạng máy tính.");
  bool cut = false;
  for (const Assignment& a : d.assignments) {
    CHECK(a.mention.find("phân phối") == std::string::npos);
    cut = cut || a.mention == "Phòng Văn thư";
  }
  CHECK(cut);
  // Phần 3, III.I.4.a: which boards by their distance, no words of their name
  Document f = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Các Ban ở xa trên 2 km phải sử dụng mạng truyền thông X.25 tại địa phương hoặc cơ chế DIALUP trên "
                   "mạng điện thoại.");
  for (const Assignment& a : f.assignments) CHECK(a.mention.find("ở xa") == std::string::npos);
  // "quyền sử dụng đất", the right of use, stays in the office's name (NQ 28/2017 Trà Vinh)
  Document e = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Văn phòng đăng ký quyền sử dụng đất các cấp thực hiện thu phí theo quy định.");
  bool whole = false;
  for (const Assignment& a : e.assignments) whole = whole || a.mention.find("quyền sử dụng đất") != std::string::npos;
  CHECK(whole);
}

TEST_CASE("link.plan21: the office of a Party committee keeps the committee in its name", "[link][plan21]") {
  // KH CNTT Lâm Đồng 1998, Phần 1, III.A.2 ("Cơ quan chủ trì dự án: Văn phòng Tỉnh ủy.") and Phần 3 in lower
  // case; "Tỉnh" is no level there, "ủy" no proper name after it
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Với chức năng trung tâm thông tin, Văn phòng tỉnh uỷ có nhiệm vụ xây dựng và quản lý hạ tầng cơ sở kỹ "
                   "thuật công nghệ thông tin.");
  bool whole = false;
  for (const Assignment& a : d.assignments) whole = whole || a.mention == "Văn phòng tỉnh uỷ";
  CHECK(whole);
}
