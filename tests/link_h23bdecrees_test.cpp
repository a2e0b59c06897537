// Link stage: constructions of the decrees, circulars and decisions of held-out batches 4–5 (session 23)
// — an investor named by either of two projects, … Each on the real sentence, with a near reading that
// must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
Document decree(std::string text) { return one("Chính phủ", std::move(text), "Nghị định"); }
}  // namespace

TEST_CASE("link h23bdecrees: an investor of either of two projects is named whole across hoặc") {
  // Nghị định 42/2024 Điều 6 khoản 4, Điều 9 khoản 2
  Document d = decree(
      "Chủ đầu tư dự án lấn biển hoặc hạng mục lấn biển của dự án đầu tư có trách nhiệm đề nghị cơ quan nhà nước "
      "có thẩm quyền thực hiện thông báo hàng hải theo quy định của pháp luật về hàng hải.");
  CHECK(has(d, "Chủ đầu tư dự án lấn biển hoặc hạng mục lấn biển của dự án đầu tư", Role::lead));
  Document e = decree(
      "Trong thời hạn không quá 180 ngày kể từ ngày hoàn thành việc lấn biển, chủ đầu tư dự án đầu tư lấn biển "
      "hoặc dự án đầu tư có hạng mục lấn biển phải lập hồ sơ đề nghị quyết toán chi phí lấn biển.");
  CHECK(mention_of(e, "Chủ đầu tư dự án đầu tư lấn biển hoặc dự án đầu tư có hạng mục lấn biển", Role::lead) ==
        "chủ đầu tư dự án đầu tư lấn biển hoặc dự án đầu tư có hạng mục lấn biển");
  // near reading: "hoặc" before another body, not another project, ends the investor's name
  Document f = decree(
      "Chủ đầu tư dự án lấn biển hoặc cơ quan nhà nước có thẩm quyền có trách nhiệm thông báo hàng hải.");
  CHECK_FALSE(has(f, "Chủ đầu tư dự án lấn biển hoặc cơ quan nhà nước có thẩm quyền", Role::lead));
}

TEST_CASE("link h23bdecrees: a body that settles the accounts is named up to quyết toán") {
  // Nghị định 42/2024 Điều 9 khoản 2
  Document d = decree(
      "Trong thời hạn không quá 90 ngày kể từ ngày nhận đủ hồ sơ đề nghị quyết toán của chủ đầu tư dự án đầu tư lấn "
      "biển hoặc dự án đầu tư có hạng mục lấn biển, cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh "
      "quyết toán chi phí lấn biển và trình Ủy ban nhân dân cấp tỉnh phê duyệt.");
  CHECK(mention_of(d, "Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh", Role::lead) ==
        "cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh");
  CHECK_FALSE(has(d, "Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh quyết toán chi phí lấn biển",
                  Role::lead));
  // near reading: the file of a settlement sent to the body gives it nothing
  Document e = decree(
      "Chủ đầu tư phải lập hồ sơ đề nghị quyết toán chi phí lấn biển gửi cơ quan chuyên môn về xây dựng thuộc Ủy ban "
      "nhân dân cấp tỉnh.");
  CHECK_FALSE(has(e, "Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link h23bdecrees: the investment registry is one name in a list of partners") {
  // Nghị định 230/2025 Điều 5 khoản 3 điểm a4
  Document d = decree(
      "Căn cứ hồ sơ đề nghị giảm tiền thuê đất của người sử dụng đất, cơ quan thuế chủ trì, phối hợp với cơ quan có "
      "chức năng quản lý nhà nước về đất đai, cơ quan đăng ký đầu tư, cơ quan tài chính và các cơ quan liên quan xác "
      "định số tiền thuê đất được giảm.");
  CHECK(mention_of(d, "Cơ quan đăng ký đầu tư", Role::coordinate) == "cơ quan đăng ký đầu tư");
  CHECK(has(d, "Cơ quan tài chính", Role::coordinate));
  CHECK_FALSE(has(d, "Cơ quan đăng ký", Role::coordinate));
  // near reading: the certificate of investment registration names no body
  Document e = decree(
      "Cơ quan thuế căn cứ Giấy chứng nhận đăng ký đầu tư đối với dự án để xác định số tiền thuê đất được giảm.");
  CHECK_FALSE(has(e, "Cơ quan đăng ký đầu tư", Role::lead));
}

TEST_CASE("link h23bdecrees: không phải, an exemption, does not end a described party's name as its duty") {
  // Nghị định 230/2025 Điều 5 khoản 5 điểm g
  Document d = decree(
      "Trường hợp miễn tiền thuê đất thì tổ chức, đơn vị sử dụng lao động không phải thực hiện thủ tục đề nghị miễn "
      "tiền thuê đất.");
  CHECK_FALSE(has(d, "Đơn vị sử dụng lao động không", Role::lead));
  // near reading: the duty "phải" still ends the name
  Document e = decree("Trường hợp miễn tiền thuê đất thì đơn vị sử dụng lao động phải thực hiện thủ tục đề nghị.");
  CHECK_FALSE(has(e, "Đơn vị sử dụng lao động phải", Role::lead));
}

TEST_CASE("link h23bdecrees: a department whose name holds a comma is one body, not a list") {
  // Thông tư 63/2026/TT-BCT Điều 7 khoản 3
  Document d = one("Bộ Công Thương",
                   "Cục Khoa học, Công nghệ và Chuyển đổi số chủ trì, phối hợp với các đơn vị thuộc Bộ bảo đảm hạ "
                   "tầng kỹ thuật, quản lý, vận hành, kết nối và chia sẻ dữ liệu theo chức năng, nhiệm vụ được giao.",
                   "Thông tư");
  CHECK(mention_of(d, "Cục Khoa học, Công nghệ và Chuyển đổi số Bộ Công Thương", Role::lead) ==
        "Cục Khoa học, Công nghệ và Chuyển đổi số");
  CHECK_FALSE(has(d, "Cục Khoa học, Công nghệ", Role::lead));
  // near reading: another department of the same opening words is not it
  Document e = one("Bộ Công Thương", "Cục Khoa học chủ trì tổng hợp báo cáo.", "Thông tư");
  CHECK_FALSE(has(e, "Cục Khoa học, Công nghệ và Chuyển đổi số", Role::lead));
}
