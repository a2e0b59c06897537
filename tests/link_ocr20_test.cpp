// Link stage: a duty heading's body and children that restate it — sentences of TT 99/1998/TT-BTC,
// QĐ 16/2026 Lào Cai and Luật 65/2025.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

// A headed unit of `kind` over numbered clauses, linked.
Document under_heading(std::string issuer, std::string doc_type, ProvisionKind kind, std::string heading,
                       const std::vector<std::string>& clauses) {
  Document d;
  d.meta.doc_type = std::move(doc_type);
  d.meta.issuer = std::move(issuer);
  Provision p;
  p.kind = kind;
  p.eid = "part_D";
  p.heading = std::move(heading);
  for (std::size_t i = 0; i < clauses.size(); ++i) p.children.push_back(prov("part_D__para_" + std::to_string(i + 1), clauses[i]));
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

std::size_t entries(const Document& d, const std::string& agency, Role r) {
  std::size_t n = 0;
  for (const Assignment& a : d.assignments) n += fold_key(a.agency) == fold_key(agency) && a.role == r;
  return n;
}

}  // namespace

TEST_CASE("link.ocr20: a part headed with the duties of 'cơ quan thuế' holds its one entry, not one per clause", "[link][ocr20]") {
  // TT 99/1998/TT-BTC, D
  Document d = under_heading(
      "Bộ Tài chính", "Thông tư", ProvisionKind::part, "nhiệm vụ, quyền hạn và trách nhiệm của cơ quan thuế",
      {"Cơ quan thuế có nhiệm vụ hướng dẫn các cơ sở kinh doanh thực hiện chế độ đăng ký, kê khai, nộp thuế theo đúng "
       "quy định.",
       "Thông báo nộp thuế cho cơ sở kinh doanh đúng thời gian quy định.",
       "Kiểm tra, thanh tra việc kê khai, nộp thuế, quyết toán thuế của cơ sở kinh doanh bảo đảm thực hiện đúng pháp "
       "luật.",
       "Xử lý vi phạm hành chính về thuế và giải quyết khiếu nại về thuế."});
  CHECK(entries(d, "Cơ quan thuế", Role::lead) == 1);
  for (const Assignment& a : d.assignments)
    if (fold_key(a.agency) == fold_key("Cơ quan thuế")) CHECK(a.eid == "part_D");
}

TEST_CASE("link.ocr20: an article whose clauses each open with the heading's body leaves them their entries", "[link][ocr20]") {
  // Luật 65/2025, Điều 31
  Document d = under_heading(
      "Quốc hội", "Luật", ProvisionKind::article, "Nhiệm vụ, quyền hạn của đại biểu Hội đồng nhân dân",
      {"Đại biểu Hội đồng nhân dân có trách nhiệm tham dự đầy đủ các kỳ họp, phiên họp Hội đồng nhân dân, tham gia "
       "thảo luận và biểu quyết các vấn đề thuộc nhiệm vụ, quyền hạn của Hội đồng nhân dân.",
       "Đại biểu Hội đồng nhân dân phải liên hệ chặt chẽ với cử tri nơi mình thực hiện nhiệm vụ đại biểu.",
       "Đại biểu Hội đồng nhân dân thực hiện tiếp công dân theo quy định của pháp luật."});
  CHECK(entries(d, "Đại biểu Hội đồng nhân dân", Role::lead) >= 3);
}

TEST_CASE("link.ocr20: 'phối hợp, hướng dẫn' is coordination and guidance of its own, two entries", "[link][ocr20]") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy định Điều 10.2.c
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các sở, ban, ngành, đơn vị liên quan phối hợp, hướng dẫn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm "
                   "công nghiệp thực hiện các thủ tục liên quan đến quá trình lập, thực hiện dự án đầu tư hạ tầng kỹ "
                   "thuật cụm công nghiệp theo quy định.",
                   "Quyết định");
  CHECK(has(d, "Các sở, ban, ngành, đơn vị liên quan", Role::lead));
  CHECK(has(d, "Các sở, ban, ngành, đơn vị liên quan", Role::coordinate));
  // "phối hợp thực hiện" alone stays coordination only
  Document c = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các sở, ban, ngành, đơn vị liên quan phối hợp thực hiện các thủ tục theo quy định.", "Quyết định");
  CHECK_FALSE(has(c, "Các sở, ban, ngành, đơn vị liên quan", Role::lead));
}

TEST_CASE("link.ocr20: 'kiểm tra, xác định số thuế' is the tax office's own work, not oversight", "[link][ocr20]") {
  // TT 99/1998/TT-BTC, C.II.2
  Document d = one("Bộ Tài chính",
                   "Sau khi nhận được tờ khai, cơ quan thuế kiểm tra, xác định số thuế tạm nộp cả năm và chia ra từng "
                   "quý để thông báo cho cơ sở kinh doanh tạm nộp thuế.",
                   "Thông tư");
  CHECK(has(d, "Cơ quan thuế", Role::lead));
  CHECK_FALSE(has(d, "Cơ quan thuế", Role::supervise));
}
