// Link stage: a legacy plan's lists that inventory what bodies have or supply
// (KH tổng thể CNTT Lâm Đồng 1998–2000), each on the real sentence, with a near reading.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link plans19: what a system is made of, named by examples, gives the bodies listed no task") {
  // KH CNTT Lâm Đồng 1998, Phần thứ hai II.5: "… Nội dung thông tin đưa vào hệ thống kết nối với VP.UBND Tỉnh
  // bao gồm các phân hệ của đơn vị như:" over "- Sở Kế hoạch & Đầu tư : Phần điều hành kế hoạch / …"
  auto doc = [](std::string lead_in) {
    Document d;
    d.meta.doc_type = "Kế hoạch";
    d.meta.issuer = "Ủy ban nhân dân tỉnh Lâm Đồng";
    d.provisions.push_back(prov("para_1", std::move(lead_in),
                                {prov("para_1__item_1", "Sở Tài chính & Vật giá: Phần thu chi ngân sách"),
                                 prov("para_1__item_2", "Cục Thống kê: Phần số liệu thống kê của đơn vị")}));
    link(d);
    return d;
  };
  Document d = doc("Nội dung thông tin đưa vào hệ thống kết nối với VP.UBND Tỉnh bao gồm các phân hệ của đơn vị như:");
  CHECK(d.assignments.empty());
  // near reading: a list of who does what is no inventory ("Phân công nhiệm vụ như sau:")
  Document e = doc("Phân công nhiệm vụ cho các đơn vị như sau:");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link plans19: bodies in apposition to a place say where the work is done") {
  // KH CNTT Lâm Đồng 1998, Chương II: "Tiêu chuẩn hoá các thông tin phục vụ hoạt động quản lý tại các đơn vị:
  // VP. UBND Tỉnh, Sở kế hoạch & đầu tư, Cục thống kê, Sở khoa học- công ngệ & môi trường, Sở tài chính, tuân
  // thủ theo những quy định …"
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Tiêu chuẩn hoá các thông tin phục vụ hoạt động quản lý tại các đơn vị: VP. UBND Tỉnh, Sở kế hoạch & "
                   "đầu tư, Cục thống kê, Sở khoa học- công ngệ & môi trường, Sở tài chính, tuân thủ theo những quy định "
                   "nhằm thực hiện kết hợp việc cải cách hành chính song song với phát triển CNTT trong các cơ quan quản "
                   "lý Nhà nước.",
                   "Kế hoạch");
  CHECK(d.assignments.empty());
  // near reading: the bodies a lead-in names as its subjects act ("Giao các đơn vị: Sở Tài chính, Cục Thống kê
  // thực hiện …")
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Giao các đơn vị: Sở Tài chính, Cục Thống kê thực hiện tiêu chuẩn hoá các thông tin quản lý.",
                   "Kế hoạch");
  CHECK(has(e, "Cục Thống kê", Role::lead));
}

TEST_CASE("link plans19: the bodies of 'với sự phối hợp chặt chẽ giữa' coordinate") {
  // KH CNTT Lâm Đồng 1998, Chương II B
  Document d = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Xây dựng chính sách, kế hoạch đào tạo CNTT với sự phối hợp chặt chẽ giữa Sở Khoa học, Công nghệ và "
                   "Môi trường, Sở giáo dục & Đào tạo, Ban tổ chức chính quyền và Văn phòng UBND Tỉnh.",
                   "Kế hoạch");
  CHECK(has(d, "Sở Khoa học, Công nghệ và Môi trường tỉnh Lâm Đồng", Role::coordinate));
  // near reading: a plan of cooperation between bodies is named, not the bodies told to cooperate
  Document e = one("Ủy ban nhân dân tỉnh Lâm Đồng",
                   "Ban hành Quy chế phối hợp giữa Sở Khoa học, Công nghệ và Môi trường và Sở Giáo dục và Đào tạo.",
                   "Kế hoạch");
  CHECK_FALSE(has(e, "Sở Giáo dục và Đào tạo", Role::coordinate));
}
