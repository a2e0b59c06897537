// Link stage: decisions that set out a body's functions (quyết định quy định
// chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở …). Điều 1 "Vị trí
// và chức năng" names the body; Điều 2 "Nhiệm vụ và quyền hạn" lists its
// duties without naming it again. Real Hà Nội decisions of 2025.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "link_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using vanban::link_test::on;

namespace {

const std::string kDocs = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";

}  // namespace

TEST_CASE("link functions: the duties article belongs to the body Điều 1 describes") {
  // QĐ 12/2025/QĐ-UBND: "1. Sở Tư pháp thành phố Hà Nội là cơ quan chuyên môn …";
  // Điều 2's items include "Kiểm tra, thanh tra …" (oversight)
  Document d = parse_file(kDocs + "quyet-dinh-12-2025-ubnd-ha-noi.txt");
  CHECK(on(d, "art_2") == std::vector<std::string>{"lead Sở Tư pháp thành phố Hà Nội", "supervise Sở Tư pháp thành phố Hà Nội"});
  // the short name the decision defines ("sau đây viết tắt là …") before "là"
  Document v = parse_file(kDocs + "quyet-dinh-19-2025-ubnd-ha-noi.txt");
  CHECK(on(v, "art_2") == std::vector<std::string>{"lead Văn phòng Ủy ban nhân dân thành phố Hà Nội",
                                                   "supervise Văn phòng Ủy ban nhân dân thành phố Hà Nội"});
  // a management board's full name ("các khu công nghệ cao và khu công nghiệp") is one body
  Document b = parse_file(kDocs + "quyet-dinh-10-2025-ubnd-ha-noi.txt");
  CHECK(on(b, "art_2") ==
        std::vector<std::string>{"lead Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội",
                                 "supervise Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"});
}

TEST_CASE("link functions: legal status and being directed are no duty") {
  // QĐ 12/2025/QĐ-UBND Điều 1 khoản 2: "Sở Tư pháp có tư cách pháp nhân, có con dấu …;
  // chịu sự chỉ đạo, kiểm tra … của Bộ Tư pháp"
  Document d = parse_file(kDocs + "quyet-dinh-12-2025-ubnd-ha-noi.txt");
  CHECK(on(d, "art_1__para_2").empty());
  // a duties article naming its body keeps its own reading, nothing added from Điều 1
  Document e = link_test::one("Ủy ban nhân dân thành phố Hà Nội",
                              "Sở Tư pháp thành phố Hà Nội có tư cách pháp nhân, có con dấu và tài khoản riêng.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link functions: an organisation chart lists units, it gives them no task") {
  // QĐ 19/2025/QĐ-UBND Điều 3 "Cơ cấu tổ chức của Văn phòng": "2. Chi cục và tương đương thuộc
  // Văn phòng (01 đơn vị): Ban Tiếp công dân Thành phố."
  Document v = parse_file(kDocs + "quyet-dinh-19-2025-ubnd-ha-noi.txt");
  for (const Assignment& a : v.assignments) {
    INFO(a.eid << " " << a.agency);
    CHECK(a.eid.rfind("art_3", 0) != 0);
  }
  // NĐ 36/2015/NĐ-CP Điều 7 "Cơ cấu tổ chức của Hải quan": a delegation to set the
  // structure is still a task ("Bộ trưởng Bộ Tài chính quy định cụ thể cơ cấu tổ chức …")
  Document h = parse_file(kDocs + "nghi-dinh-36-2015-cp.txt");
  CHECK(on(h, "chp_III__art_7__para_2") == std::vector<std::string>{"lead Bộ trưởng Bộ Tài chính"});
  CHECK(on(h, "chp_III__art_7__para_1__point_a").empty());
}

TEST_CASE("link functions: an assignment the body proposes to its superior is not made here") {
  // QĐ 19/2025/QĐ-UBND Điều 2 khoản 3 điểm b and khoản 5 điểm b
  using link_test::one;
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Kiến nghị với Chủ tịch Ủy ban nhân dân Thành phố đưa vào chương trình, kế hoạch công tác những vấn "
                   "đề cần tập trung chỉ đạo, điều hành hoặc giao cơ quan liên quan nghiên cứu, xây dựng đề án.",
                   "Quyết định");
  CHECK(d.assignments.empty());
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trình Chủ tịch Ủy ban nhân dân Thành phố giao cơ quan liên quan chuẩn bị nội dung để Chủ tịch Ủy ban "
                   "nhân dân Thành phố báo cáo trước Hội đồng nhân dân Thành phố.",
                   "Quyết định");
  CHECK(e.assignments.empty());
  // the document's own "giao" still assigns
  Document f = one("Ủy ban nhân dân thành phố Hà Nội", "Giao Sở Tài chính chủ trì, hướng dẫn thực hiện.", "Quyết định");
  CHECK(on(f, "para_1") == std::vector<std::string>{"lead Sở Tài chính thành phố Hà Nội"});
}
