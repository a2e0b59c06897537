// Link stage: lines that only announce a list ("Trách nhiệm của các cơ quan,
// đơn vị:" over items that each name their own body) and a document's title
// ("Quy chế phối hợp các sở, ngành, …") give no one a role (the roles10
// session) — each on the real corpus sentence, with a near reading that must
// still assign.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

// A clause "para_2" whose points a), b) … hold `items`, linked.
Document listed(const std::string& issuer, const std::string& clause, const std::vector<std::string>& items) {
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.issuer = issuer;
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = "para_2";
  p.text = clause;
  char label = 'a';
  for (const std::string& it : items) {
    Provision c;
    c.kind = ProvisionKind::point;
    c.eid = std::string("para_2__point_") + label++;
    c.text = it;
    p.children.push_back(std::move(c));
  }
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

}  // namespace

TEST_CASE("link roles10: an umbrella collective over items that each name their body gets no entry") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 5 khoản 2
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = listed(issuer, "Trách nhiệm của các cơ quan, đơn vị:",
                      {"Ủy ban nhân dân cấp xã có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp trên "
                       "địa bàn, gửi Sở Công Thương.",
                       "Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành, Uỷ ban nhân dân cấp xã, đơn vị liên "
                       "quan xây dựng, hoàn thành báo cáo điều chỉnh phương án phát triển cụm công nghiệp trên địa bàn "
                       "theo quy định tại khoản 1 Điều này.",
                       "Các sở, ban, ngành, Ủy ban nhân dân cấp xã và các đơn vị có liên quan căn cứ chức năng nhiệm vụ "
                       "được giao phối hợp tham gia đóng góp ý kiến vào báo cáo điều chỉnh phương án phát triển cụm "
                       "công nghiệp."});
  CHECK(on(d, "para_2").empty());
  CHECK(!on(d, "para_2__point_a").empty());
  CHECK(!on(d, "para_2__point_b").empty());
  // an item opening with a fronted time names its body after the comma (Điều 8 khoản 3 điểm d)
  Document e = listed(issuer, "Trách nhiệm của các cơ quan, đơn vị:",
                      {"Ủy ban nhân dân cấp xã có trách nhiệm tiếp nhận hồ sơ, thẩm định, phê duyệt quy hoạch chi "
                       "tiết cụm công nghiệp.",
                       "Khi Ủy ban nhân dân cấp xã gửi hồ sơ lấy ý kiến về hồ sơ quy hoạch chi tiết cụm công nghiệp, "
                       "các cơ quan được lấy ý kiến có trách nhiệm tham gia ý kiến bằng văn bản theo lĩnh vực quản "
                       "lý."});
  CHECK(on(e, "para_2").empty());
  // the roles named in the umbrella ("cơ quan chủ trì, cơ quan phối hợp", Điều 10 khoản 2)
  Document f = listed(issuer, "Trách nhiệm của các cơ quan chủ trì, cơ quan phối hợp:",
                      {"Sở Xây dựng chủ trì, phối hợp với Sở Công Thương và các sở, ngành, Ủy ban nhân dân cấp xã, "
                       "đơn vị có liên quan hướng dẫn nội dung, thủ tục lập, thẩm định, phê duyệt và quản lý dự án đầu "
                       "tư xây dựng hạ tầng kỹ thuật cụm công nghiệp.",
                       "Sở Xây dựng có ý kiến về vị trí đấu nối hạ tầng giao thông của cụm công nghiệp."});
  CHECK(on(f, "para_2").empty());
}

TEST_CASE("link roles10: a collective whose items list its own duties keeps its entry, a role's label none") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 20 khoản 6: the items say what the collective does
  Document d = listed("Ủy ban nhân dân tỉnh Lào Cai", "Trách nhiệm của các sở, ban, ngành có liên quan:",
                      {"Chịu trách nhiệm trong việc để công trình xây dựng vi phạm hành lang bảo vệ công trình giao "
                       "thông, thủy lợi, đê điều, công trình điện lực theo quy định của pháp luật được giao quản lý;",
                       "Phối hợp, cung cấp thông tin tài liệu, tham gia ý kiến trong việc xử lý vi phạm trật tự xây "
                       "dựng theo chức năng, nhiệm vụ của từng đơn vị do pháp luật quy định và do Ủy ban nhân dân "
                       "tỉnh giao."});
  CHECK(!on(d, "para_2").empty());
  // but a role named as the point's whole text over its members is their label, no entry of its own: the gold
  // of NQ 27/2017/NQ-HĐND Trà Vinh (Điều 1 khoản 4 điểm a) has none there, its items' bodies lead (link31)
  Document e = listed("Hội đồng nhân dân tỉnh Trà Vinh", "Đơn vị thu lệ phí",
                      {"Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường thu lệ phí cấp Giấy chứng nhận đối "
                       "với tổ chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài.",
                       "Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố thu lệ phí cấp Giấy chứng "
                       "nhận đối với hộ gia đình, cá nhân."});
  CHECK(!has(e, "Đơn vị thu lệ phí", Role::lead));
  CHECK(mentioned(e, "Văn phòng đăng ký đất đai", Role::lead));
}

TEST_CASE("link roles10: the bodies in the title 'Quy chế phối hợp …' are no coordinators") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 30 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Công Thương là cơ quan đầu mối giúp Ủy ban nhân tỉnh quản lý nhà nước về cụm công nghiệp trên "
                   "địa bàn theo quy định tại Điều 32 Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ; chủ trì "
                   "xây dựng và trình Ủy ban nhân dân tỉnh phê duyệt và tổ chức thực hiện Quy chế phối hợp các sở, "
                   "ngành, Ủy ban nhân dân cấp xã về quản lý cụm công nghiệp, giải quyết các thủ tục triển khai dự án "
                   "đầu tư xây dựng hạ tầng kỹ thuật và dự án sản xuất kinh doanh trong cụm công nghiệp theo cơ chế một "
                   "cửa, một cửa liên thông; hướng dẫn Ủy ban nhân dân cấp xã và các đơn vị có liên quan thực hiện các "
                   "quy định trên.",
                   "Quyết định");
  CHECK(has(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.role != Role::coordinate);
  // near reading: a plan to work with a body is a coordination (CT 299/1980/TTg)
  Document e = one("Thủ tướng Chính phủ",
                   "Các cơ quan tuyên truyền, báo chí, Ủy ban phát thanh và truyền hình có kế hoạch phối hợp với Tổng "
                   "cục quản lý ruộng đất tuyên truyền, giải thích để cán bộ, quân đội và nhân dân hiểu và tích cực "
                   "thực hiện.",
                   "Chỉ thị");
  bool coord = false;
  for (const Assignment& a : e.assignments) coord = coord || a.role == Role::coordinate;
  CHECK(coord);
}
