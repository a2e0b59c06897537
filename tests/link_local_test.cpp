// Link stage: names a document gives bodies itself ("… (sau đây gọi là đơn vị
// thực hiện sửa chữa công trình)") are actors in that document, at the
// definition and wherever the name later takes a duty — and nowhere else.
// Sentences from QĐ 34/2025/QĐ-UBND Hà Nội, QĐ 1050/QĐ-SCT Lào Cai, NĐ
// 109/2004/NĐ-CP and QĐ 19/2025/QĐ-UBND Hà Nội.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

// A document of clauses para_1, para_2 … with these texts, linked.
Document clauses(const std::string& issuer, const std::vector<std::string>& texts) {
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.issuer = issuer;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Provision p;
    p.kind = ProvisionKind::clause;
    p.eid = "para_" + std::to_string(i + 1);
    p.text = texts[i];
    d.provisions.push_back(std::move(p));
  }
  link(d);
  return d;
}

std::vector<std::string> with_mention(const Document& d, const std::string& eid) {
  std::vector<std::string> out;
  for (const Assignment& a : d.assignments)
    if (a.eid == eid) out.push_back(a.agency + "|" + a.mention + "|" + to_string(a.role));
  return out;
}

const char* kHaNoi = "Ủy ban nhân dân thành phố Hà Nội";
const char* kDefinition =
    "Trước ngày 30 tháng 6 hằng năm, cơ quan, đơn vị quản lý, sử dụng công trình hoặc đơn vị được giao thực hiện "
    "nhiệm vụ sửa chữa công trình (sau đây gọi là đơn vị thực hiện sửa chữa công trình) lập danh mục dự án sửa "
    "chữa công trình tài sản công trong năm kế hoạch tiếp theo, gửi đơn vị dự toán cấp I (nếu có) tổng hợp.";

}  // namespace

TEST_CASE("link local names: the defined phrase is the subject at its definition") {
  Document d = clauses(kHaNoi, {kDefinition});
  REQUIRE(with_mention(d, "para_1").size() == 1);
  CHECK(with_mention(d, "para_1")[0] ==
        "Đơn vị thực hiện sửa chữa công trình|cơ quan, đơn vị quản lý, sử dụng công trình hoặc đơn vị được giao "
        "thực hiện nhiệm vụ sửa chữa công trình|lead");
}

TEST_CASE("link local names: a defined name takes its later duties") {
  Document d = clauses(
      kHaNoi, {kDefinition,
               "Đối với việc sửa chữa công trình có chi phí dưới 500 triệu đồng, đơn vị thực hiện sửa chữa công "
               "trình chịu trách nhiệm thực hiện theo quy định tại điểm a khoản 4 Điều 35 Nghị định số "
               "06/2021/NĐ-CP."});
  REQUIRE(with_mention(d, "para_2").size() == 1);
  CHECK(with_mention(d, "para_2")[0] ==
        "Đơn vị thực hiện sửa chữa công trình|đơn vị thực hiện sửa chữa công trình|lead");
  // the same sentence in a document that defines nothing: the body is read by its description
  // (link_described_test), as printed
  Document e = clauses(kHaNoi, {"Đối với việc sửa chữa công trình có chi phí dưới 500 triệu đồng, đơn vị thực "
                                "hiện sửa chữa công trình chịu trách nhiệm thực hiện theo quy định."});
  CHECK(with_mention(e, "para_1") ==
        std::vector<std::string>{"Đơn vị thực hiện sửa chữa công trình|đơn vị thực hiện sửa chữa công trình|lead"});
}

TEST_CASE("link local names: a body the decision establishes and names") {
  Document d = clauses("Sở Công Thương tỉnh Lào Cai",
                       {"Thành lập Đoàn kiểm tra (sau đây gọi là Đoàn kiểm tra) để kiểm tra việc chấp hành pháp "
                        "luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai năm 2026.",
                        "Đoàn kiểm tra thực hiện nhiệm vụ và quyền hạn theo quy định tại Điều 8 Nghị định số "
                        "217/2025/NĐ-CP.",
                        "Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ."});
  CHECK(with_mention(d, "para_1").empty());  // establishing it is no duty of its own
  CHECK(mention_of(d, "Đoàn kiểm tra", Role::lead) == "Đoàn kiểm tra");
  CHECK(with_mention(d, "para_2").size() == 1);
  CHECK(with_mention(d, "para_3").empty());  // a statement about it, no duty
}

TEST_CASE("link local names: a defined name as an object is not assigned") {
  Document d = clauses(
      kHaNoi, {"Các cơ quan đại diện các tổ chức quốc tế liên chính phủ (sau đây gọi là cơ quan đại diện nước "
               "ngoài) tại Việt Nam.",
               "Là đầu mối của Ủy ban nhân dân Thành phố trong trao đổi, hợp tác với Bộ Ngoại giao và các cơ quan "
               "đại diện Việt Nam ở nước ngoài, cơ quan đại diện nước ngoài tại Việt Nam trong triển khai chương "
               "trình thông tin tuyên truyền đối ngoại."});
  CHECK(!has(d, "Cơ quan đại diện nước ngoài", Role::lead));
}

TEST_CASE("link local names: registry names inside a defined phrase stay the actors") {
  Document d = clauses("Chính phủ", {"Trường hợp không thành lập Phòng đăng ký kinh doanh cấp huyện, thì giao "
                                     "Phòng tài chính - kế hoạch hoặc Phòng kinh tế thực hiện nhiệm vụ đăng ký kinh "
                                     "doanh quy định tại Điều 5 Nghị định này (sau đây gọi chung là Cơ quan đăng "
                                     "ký kinh doanh cấp huyện)."});
  CHECK(has(d, "Phòng kinh tế", Role::lead));
  CHECK(!has(d, "Cơ quan đăng ký kinh doanh cấp huyện", Role::lead));
}

TEST_CASE("link local names: a sentence opening with a body named by its work, then its duty") {
  // QĐ 70/2024/QĐ-UBND Hà Nội, Điều 7 khoản 2 điểm a
  Document d = one(kHaNoi,
                   "Cơ quan tiếp nhận văn bản kê khai giá hàng hóa, dịch vụ được quy định tại Phụ lục 02 kèm theo "
                   "Quyết định này. Cơ quan tiếp nhận văn bản kê khai giá có trách nhiệm cập nhật thông tin, dữ liệu "
                   "vào Cơ sở dữ liệu về giá.");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].mention == "Cơ quan tiếp nhận văn bản kê khai giá");
  CHECK(d.assignments[0].role == Role::lead);
  // without its duty marker the phrase names no one
  Document e = one(kHaNoi, "Cơ quan tiếp nhận văn bản kê khai giá hàng hóa, dịch vụ được quy định tại Phụ lục 02.");
  CHECK(e.assignments.empty());
}
