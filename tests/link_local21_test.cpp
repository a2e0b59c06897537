// Link stage: readings of the local21 session (Luật 65/2025) — each on the real sentence, with a near
// reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link local21: the sittings a law fixes for a council are its duty, how it sits is not") {
  // Luật 65/2025/QH15 Điều 32 khoản 1 and Điều 38 khoản 1
  Document d = one("Quốc hội", "Hội đồng nhân dân họp mỗi năm ít nhất 02 kỳ.", "Luật");
  CHECK(has(d, "Hội đồng nhân dân", Role::lead));
  Document e = one("Quốc hội", "Ủy ban nhân dân họp thường kỳ mỗi tháng 01 lần.", "Luật");
  CHECK(has(e, "Ủy ban nhân dân", Role::lead));
  // near readings: the manner of its sittings (Luật 65/2025 Điều 32 khoản 4), and a sitting another
  // convenes (Luật 18/2003 Điều 25 khoản 3)
  Document f = one("Quốc hội", "Hội đồng nhân dân họp công khai.", "Luật");
  CHECK_FALSE(has(f, "Hội đồng nhân dân", Role::lead));
  Document g = one("Quốc hội",
                   "Ban quản trị hợp tác xã họp ít nhất mỗi tháng một lần do Trưởng Ban quản trị hoặc thành viên Ban "
                   "quản trị được uỷ quyền triệu tập và chủ trì.",
                   "Luật");
  CHECK_FALSE(has(g, "Ban quản trị hợp tác xã", Role::lead));
}

TEST_CASE("link local21: a notice owed in the passive, phải được X thông báo, is the agent's task") {
  // Luật 65/2025/QH15 Điều 24 khoản 3
  Document d = one("Quốc hội",
                   "Nội dung kết quả hội nghị đối thoại với Nhân dân phải được Ủy ban nhân dân thông báo đến Nhân dân "
                   "thông qua các phương tiện thông tin đại chúng, niêm yết tại trụ sở của chính quyền địa phương cấp xã "
                   "và gửi đến Trưởng thôn, Tổ trưởng tổ dân phố chậm nhất là 10 ngày kể từ ngày tổ chức hội nghị.",
                   "Luật");
  CHECK(has(d, "Ủy ban nhân dân", Role::lead));
  // near reading: an approval owed is the agent's power, no task
  Document e = one("Quốc hội", "Nội dung kết quả hội nghị phải được Ủy ban nhân dân phê duyệt.", "Luật");
  CHECK_FALSE(has(e, "Ủy ban nhân dân", Role::lead));
}

TEST_CASE("link local21: a unit an organisation chart defines by its duties carries them") {
  // Luật 65/2025/QH15 Điều 27 khoản 2, under "Cơ cấu tổ chức của Hội đồng nhân dân"
  Document d = headed("Quốc hội", "Luật", "Cơ cấu tổ chức của Hội đồng nhân dân",
                      "Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng nhân dân, thực hiện nhiệm vụ, "
                      "quyền hạn theo quy định của Luật này, các nhiệm vụ được Hội đồng nhân dân giao và quy định khác "
                      "của pháp luật có liên quan; chịu trách nhiệm và báo cáo công tác trước Hội đồng nhân dân.");
  CHECK(has(d, "Thường trực Hội đồng nhân dân", Role::lead));
  // near reading: the chart's members, no duty stated (Luật 65/2025 Điều 27 khoản 2 goes on so)
  Document e = headed("Quốc hội", "Luật", "Cơ cấu tổ chức của Hội đồng nhân dân",
                      "Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng nhân dân.");
  CHECK_FALSE(has(e, "Thường trực Hội đồng nhân dân", Role::lead));
}

TEST_CASE("link local21: cơ quan nhà nước cấp trên is a body that can be given oversight") {
  // Luật 65/2025/QH15 Điều 12 khoản 3
  Document d = one("Quốc hội",
                   "Cơ quan nhà nước cấp trên, trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm kiểm tra, "
                   "thanh tra, giám sát về tính hợp hiến, hợp pháp trong việc chính quyền địa phương các cấp thực hiện "
                   "các nhiệm vụ, quyền hạn được phân quyền.",
                   "Luật");
  CHECK(has(d, "Cơ quan nhà nước cấp trên", Role::supervise));
  // near reading: the body answered to is no one assigned (Luật 65/2025 Điều 5 khoản 1)
  Document e = one("Quốc hội",
                   "Hội đồng nhân dân chịu trách nhiệm trước Nhân dân địa phương và cơ quan nhà nước cấp trên.", "Luật");
  CHECK_FALSE(has(e, "Cơ quan nhà nước cấp trên", Role::lead));
}

namespace {
// "Điều 31. <heading>" over numbered clauses, linked.
Document article_over(const std::string& heading, std::vector<std::string> clauses) {
  Document d;
  d.meta.doc_type = "Luật";
  d.meta.issuer = "Quốc hội";
  Provision a;
  a.kind = ProvisionKind::article;
  a.eid = "art_31";
  a.heading = heading;
  for (std::size_t i = 0; i < clauses.size(); ++i)
    a.children.push_back(prov("art_31__para_" + std::to_string(i + 1), clauses[i]));
  d.provisions.push_back(std::move(a));
  link(d);
  return d;
}
}  // namespace

TEST_CASE("link local21: a duty heading whose clauses each restate the body is their umbrella") {
  // Luật 65/2025/QH15 Điều 31 khoản 2 to 4
  const std::vector<std::string> own = {
      "Đại biểu Hội đồng nhân dân có trách nhiệm tham dự đầy đủ các kỳ họp, phiên họp Hội đồng nhân dân.",
      "Đại biểu Hội đồng nhân dân phải liên hệ chặt chẽ với cử tri nơi mình thực hiện nhiệm vụ đại biểu.",
      "Đại biểu Hội đồng nhân dân thực hiện tiếp công dân; tiếp nhận và xử lý khiếu nại, tố cáo, kiến nghị của "
      "công dân theo quy định của pháp luật."};
  Document d = article_over("Nhiệm vụ, quyền hạn của đại biểu Hội đồng nhân dân", own);
  CHECK(on(d, "art_31").empty());
  CHECK_FALSE(on(d, "art_31__para_2").empty());
  // near reading: clauses that name no one are the heading body's duties, recorded on the heading
  Document e = article_over("Nhiệm vụ, quyền hạn của đại biểu Hội đồng nhân dân",
                            {"Tham dự đầy đủ các kỳ họp, phiên họp.", "Liên hệ chặt chẽ với cử tri.",
                             "Thực hiện tiếp công dân."});
  CHECK_FALSE(on(e, "art_31").empty());
}
