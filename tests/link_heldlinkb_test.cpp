// Link stage: decrees and circulars of the held-out set (session 22) — bodies named by their function,
// "chủ trì" with "phối hợp với" in one sentence, checks of goods and papers. Each on the real sentence,
// with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
Document decree(std::string text) { return one("Chính phủ", std::move(text), "Nghị định"); }
Document circular(std::string text) { return one("Bộ Tài chính", std::move(text), "Thông tư"); }
}  // namespace

TEST_CASE("link heldlinkb: the ministries named by their function are whole") {
  // NĐ 15/2018 Điều 41 khoản 1 and Điều 42 khoản 2
  Document d = decree(
      "Các bộ quản lý ngành trong phạm vi quản lý nhà nước của mình có trách nhiệm phối hợp với Bộ Y tế trong "
      "việc thực hiện các hoạt động quản lý nhà nước để bảo đảm thống nhất quản lý nhà nước về an toàn thực phẩm có "
      "hiệu quả.");
  CHECK(mention_of(d, "Các bộ quản lý ngành", Role::lead) == "Các bộ quản lý ngành");
  Document e = decree(
      "Các bộ quản lý trong phạm vi, nhiệm vụ, quyền hạn của mình thực hiện rà soát và công bố hết hiệu lực các quy "
      "định trái với Nghị định này.");
  CHECK(mention_of(e, "Các bộ quản lý", Role::lead) == "Các bộ quản lý");
  // (Điều 41 khoản 4: the one ministry that manages the sector)
  Document f = decree(
      "Khi xảy ra ngộ độc thực phẩm, Bộ Y tế chịu trách nhiệm tổ chức cấp cứu, điều trị kịp thời cho người bị ngộ "
      "độc thực phẩm. Bộ quản lý chuyên ngành có trách nhiệm cung cấp đầy đủ hồ sơ, thông tin liên quan tới nguồn "
      "gốc thực phẩm nghi ngờ gây ngộ độc.");
  CHECK(has(f, "Bộ quản lý chuyên ngành", Role::lead));
  // near reading: the ministries in general stay "các bộ"
  Document g = decree("Các bộ, ngành trong phạm vi nhiệm vụ của mình có trách nhiệm thực hiện Nghị định này.");
  CHECK_FALSE(has(g, "Các bộ quản lý", Role::lead));
}

TEST_CASE("link heldlinkb: a competent body's task verb with no predicate after it is the clause's") {
  // NĐ 15/2018 Điều 5 khoản 2 điểm c
  Document d = decree(
      "Cơ quan quản lý nhà nước có thẩm quyền tiếp nhận bản tự công bố của tổ chức, cá nhân để lưu trữ hồ sơ và "
      "đăng tải tên tổ chức, cá nhân và tên các sản phẩm tự công bố trên trang thông tin điện tử của cơ quan tiếp "
      "nhận.");
  CHECK(has(d, "Cơ quan quản lý nhà nước có thẩm quyền", Role::lead));
  // TT 62/2019 Điều 3 khoản 3
  Document c = circular(
      "Cơ quan hải quan có thẩm quyền thực hiện kiểm tra, xác định xuất xứ đối với hàng hóa xuất khẩu, nhập khẩu "
      "theo đúng quy định tại Thông tư này và các văn bản pháp luật có liên quan khác.");
  CHECK(has(c, "Cơ quan hải quan có thẩm quyền", Role::lead));
  // near reading: the competence's verb and its object before the clause's own duty
  Document e = decree(
      "Cơ quan nhà nước có thẩm quyền tiếp nhận báo cáo có trách nhiệm kiểm tra, xử lý theo quy định.");
  CHECK_FALSE(has(e, "Cơ quan nhà nước có thẩm quyền tiếp nhận", Role::lead));
}

TEST_CASE("link heldlinkb: the partner that leads by its chủ trì is not the others' coordinator") {
  // NĐ 15/2018 Điều 41 khoản 2
  Document d = decree(
      "Bộ Y tế chủ trì xây dựng chương trình thông tin giáo dục truyền thông về an toàn thực phẩm, Bộ Nông nghiệp và "
      "Phát triển nông thôn, Bộ Công Thương và các bộ, ngành khác theo chức năng nhiệm vụ có trách nhiệm phối hợp "
      "với Bộ Y tế để thực hiện chương trình thông tin giáo dục truyền thông về an toàn thực phẩm.");
  CHECK(has(d, "Bộ Y tế", Role::lead));
  CHECK_FALSE(has(d, "Bộ Y tế", Role::coordinate));
  CHECK(has(d, "Bộ Công Thương", Role::coordinate));
  CHECK_FALSE(has(d, "Bộ Công Thương", Role::lead));
  // near reading: without that chủ trì, X phối hợp với Y — X leads, Y coordinates
  Document e = decree(
      "Bộ Công Thương có trách nhiệm phối hợp với Bộ Y tế để thực hiện chương trình thông tin giáo dục truyền "
      "thông về an toàn thực phẩm.");
  CHECK(has(e, "Bộ Công Thương", Role::lead));
  CHECK(has(e, "Bộ Y tế", Role::coordinate));
}

TEST_CASE("link heldlinkb: checking goods or papers is the body's own task, not oversight") {
  // NĐ 15/2018 Điều 23 khoản 2
  Document d = decree(
      "Bộ Nông nghiệp và Phát triển nông thôn có trách nhiệm kiểm tra đối với lô hàng thực phẩm xuất khẩu gồm nhiều "
      "mặt hàng thuộc thẩm quyền quản lý của từ 2 bộ trở lên.");
  CHECK(has(d, "Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
  CHECK_FALSE(has(d, "Bộ Nông nghiệp và Phát triển nông thôn", Role::supervise));
  // near reading: checking how others import goods is oversight
  Document e = decree(
      "Bộ Nông nghiệp và Phát triển nông thôn có trách nhiệm kiểm tra việc nhập khẩu hàng hóa của các doanh nghiệp.");
  CHECK(has(e, "Bộ Nông nghiệp và Phát triển nông thôn", Role::supervise));
}

TEST_CASE("link heldlinkb: a body with powers and duties listed below leads on the clause") {
  // NĐ 15/2018 Điều 15 khoản 2
  Document d;
  d.meta.doc_type = "Nghị định";
  d.meta.issuer = "Chính phủ";
  d.provisions.push_back(
      prov("art_15__para_2", "Cơ quan kiểm tra nhà nước có quyền và trách nhiệm sau đây:",
           {prov("art_15__para_2__point_b",
                 "Tiến hành kiểm tra thực phẩm theo phương thức và thủ tục được quy định tại Nghị định này;"),
            prov("art_15__para_2__point_c", "Tuân thủ việc lấy mẫu, lưu mẫu theo quy định của pháp luật;")}));
  link(d);
  CHECK(on(d, "art_15__para_2") == std::vector<std::string>{"lead Cơ quan kiểm tra nhà nước"});
  // near reading: rights alone are a grant
  Document e = decree("Cơ quan kiểm tra nhà nước có quyền yêu cầu chủ hàng cung cấp hồ sơ.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link heldlinkb: the grounds a body has end its name, no qualifier runs on to a 'không phải'") {
  // TT 62/2019 Điều 1 khoản 2
  Document d = circular(
      "Trường hợp có sự khác biệt mã số HS trên chứng từ chứng nhận xuất xứ hàng hóa với mã số HS trên tờ khai hải "
      "quan nhập khẩu, cơ quan hải quan có cơ sở xác định hàng hóa nhập khẩu không phải hàng hóa trên chứng từ chứng "
      "nhận xuất xứ hàng hóa thì cơ quan hải quan thực hiện từ chối chứng từ chứng nhận xuất xứ hàng hóa.");
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("cơ sở") == std::string::npos);
  CHECK(has(d, "Cơ quan hải quan", Role::lead));
  // near reading: a qualifier does run on to a duty ("cơ quan hải quan nơi … phải …")
  Document e = circular("Cơ quan hải quan cửa khẩu phải kiểm tra hồ sơ.");
  CHECK(has(e, "Cơ quan hải quan cửa khẩu", Role::lead));
}

TEST_CASE("link heldlinkb: a role-named body defined by a reference is the subject of its duty") {
  // NĐ 15/2018 Điều 8 khoản 2 (its subject, after the fronted time)
  Document d = decree(
      "Trong thời hạn 07 ngày làm việc kể từ khi nhận đủ hồ sơ, cơ quan tiếp nhận quy định tại khoản 1 Điều này có "
      "trách nhiệm thẩm định hồ sơ và cấp giấy tiếp nhận đăng ký bản công bố sản phẩm.");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].role == Role::lead);
  CHECK(d.assignments[0].agency.rfind("Cơ quan tiếp nhận", 0) == 0);
  // near reading: two verbs after the noun are its own verb and object ("tổ chức thực hiện"), no body
  Document e = decree("Các cơ quan tổ chức thực hiện quy định tại khoản 1 Điều này.");
  for (const Assignment& a : e.assignments) CHECK(a.agency.find("thực hiện") == std::string::npos);
}

TEST_CASE("link heldlinkb: the issuers of a cited document are not its verb's subjects") {
  // NĐ 15/2018 Điều 43 khoản 2
  Document d = decree(
      "Bãi bỏ Chương II Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 09 tháng 4 năm 2014 của Bộ Y tế, Bộ "
      "Nông nghiệp và Phát triển nông thôn, Bộ Công Thương hướng dẫn việc phân công, phối hợp trong quản lý nhà nước "
      "về an toàn thực phẩm.");
  CHECK(d.assignments.empty());
  // near reading: after a fronted phrase without a cited number, the comma opens the clause's subject
  Document e = decree(
      "Căn cứ kết quả rà soát của Bộ Y tế, Bộ Công Thương hướng dẫn việc phân công trong quản lý nhà nước về an "
      "toàn thực phẩm.");
  CHECK(has(e, "Bộ Công Thương", Role::lead));
}
