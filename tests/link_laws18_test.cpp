// Link stage: readings from Luật 65/2025 Tổ chức chính quyền địa phương (laws18 session) — each on
// the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws18: bodies that live on after a long qualifier are given no task") {
  // Luật 65/2025/QH15 Điều 44 khoản 3
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân, Ủy ban nhân dân tại đơn vị hành chính được điều chỉnh một phần địa giới hành "
                   "chính để thành lập đơn vị hành chính mới tiếp tục hoạt động cho đến khi hết nhiệm kỳ; việc bầu cử "
                   "bổ sung đại biểu Hội đồng nhân dân thực hiện theo quy định của pháp luật về bầu cử.",
                   "Luật");
  CHECK(d.assignments.empty());
  // near reading: a duty before the words of living on is a task
  Document e = one("Quốc hội",
                   "Ủy ban nhân dân tại đơn vị hành chính mới có trách nhiệm bàn giao toàn bộ hồ sơ, tài liệu lưu trữ "
                   "cho cơ quan tiếp nhận và tiếp tục hoạt động cho đến khi hết nhiệm kỳ.",
                   "Luật");
  CHECK(has(e, "Ủy ban nhân dân tại đơn vị hành chính mới", Role::lead));
}

TEST_CASE("link laws18: names listed after an object and before a reference are objects too") {
  // Luật 65/2025/QH15 Điều 41 khoản 3
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân của đơn vị hành chính mới quy định tại khoản 1 Điều này bầu các chức danh của "
                   "Hội đồng nhân dân, Ủy ban nhân dân theo quy định tại Điều 34 của Luật này và hoạt động cho đến "
                   "khi Hội đồng nhân dân khóa mới được bầu ra.",
                   "Luật");
  CHECK_FALSE(has(d, "Ủy ban nhân dân", Role::lead));
  // near reading: a list that is the subject acts
  Document e = one("Quốc hội",
                   "Hội đồng nhân dân, Ủy ban nhân dân cấp xã thực hiện nhiệm vụ theo quy định của Luật này.", "Luật");
  CHECK(has(e, "Ủy ban nhân dân cấp xã", Role::lead));
}

TEST_CASE("link laws18: dissolving a council is a power, and the council dissolved is given no task") {
  // Luật 65/2025/QH15 Điều 47 khoản 2 điểm a, khoản 4, khoản 1
  Document d = one("Quốc hội", "Ủy ban Thường vụ Quốc hội giải tán Hội đồng nhân dân cấp tỉnh;", "Luật");
  CHECK(d.assignments.empty());
  Document e = one("Quốc hội",
                   "Hội đồng nhân dân cấp tỉnh bị giải tán chấm dứt hoạt động kể từ ngày nghị quyết giải tán Hội đồng "
                   "nhân dân cấp tỉnh của Ủy ban Thường vụ Quốc hội có hiệu lực thi hành.",
                   "Luật");
  CHECK(e.assignments.empty());
  Document f = one("Quốc hội",
                   "Hội đồng nhân dân làm thiệt hại nghiêm trọng đến lợi ích của Nhân dân thì bị giải tán.", "Luật");
  CHECK(f.assignments.empty());
  // near reading: a council's own sitting work is a task
  Document g = one("Quốc hội",
                   "Hội đồng nhân dân cấp tỉnh tổ chức lấy ý kiến Nhân dân về việc giải thể đơn vị hành chính.", "Luật");
  CHECK(has(g, "Hội đồng nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link laws18: kinds of unit listed after one body noun, a kind printed twice, are that many bodies") {
  // Luật 65/2025/QH15 Điều 18 khoản 2
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương "
                   "thực hiện nhiệm vụ, quyền hạn quy định tại khoản 1 Điều này và thực hiện nhiệm vụ, quyền hạn sau đây:",
                   "Luật");
  CHECK(has(d, "Hội đồng nhân dân thị xã", Role::lead));
  CHECK(has(d, "Hội đồng nhân dân thành phố thuộc tỉnh", Role::lead));
  CHECK(has(d, "Hội đồng nhân dân thành phố thuộc thành phố trực thuộc trung ương", Role::lead));
  CHECK(d.assignments.size() == 3);
  // near reading: a list that repeats no unit word is one collective name
  Document e = one("Quốc hội", "Ủy ban nhân dân xã, phường, thị trấn thực hiện nhiệm vụ quy định tại khoản 1 Điều này.",
                   "Luật");
  CHECK(has(e, "Ủy ban nhân dân xã, phường, thị trấn", Role::lead));
  CHECK(e.assignments.size() == 1);
}

namespace {
// "<head>" over one point "<item>", a law's duty list
Document duties(std::string head, std::string item) {
  return linked_law({prov("para_1", std::move(head), {prov("para_1__point_a", std::move(item))})});
}
}  // namespace

TEST_CASE("link laws18: directing compliance checks and checking a lower unit's self-rule oversee") {
  // Luật 65/2025/QH15 Điều 17 khoản 2 điểm c, Điều 23 khoản 1 điểm h
  const std::string head = "Chủ tịch Ủy ban nhân dân xã thực hiện nhiệm vụ, quyền hạn sau đây:";
  Document d = duties(head, "Chỉ đạo kiểm tra việc chấp hành pháp luật trong việc xây dựng nhà ở, công trình xây dựng "
                            "tại đô thị;");
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân xã", Role::supervise));
  Document e = duties(head, "Hướng dẫn và kiểm tra hoạt động tự quản của thôn;");
  CHECK(has(e, "Chủ tịch Ủy ban nhân dân xã", Role::supervise));
  // near reading: a check the body makes itself on private parties is its own enforcement (QĐ 70/2024 Hà Nội)
  Document f = duties(head, "Kiểm tra việc chấp hành pháp luật về giá của các tổ chức, cá nhân kinh doanh hàng hóa, "
                            "dịch vụ theo chỉ đạo của Ủy ban nhân dân Thành phố.");
  CHECK_FALSE(has(f, "Chủ tịch Ủy ban nhân dân xã", Role::supervise));
}

TEST_CASE("link laws18: a body's rules set by another when it is founded are a delegation") {
  // Luật 65/2025/QH15 Điều 2 khoản 4
  Document d = one("Quốc hội",
                   "Chính quyền địa phương tại đơn vị hành chính - kinh tế đặc biệt do Quốc hội quy định khi thành lập "
                   "đơn vị hành chính - kinh tế đặc biệt đó.",
                   "Luật");
  CHECK(has(d, "Quốc hội", Role::lead));
  // the body whose make-up is set is what the rule acts on, given nothing
  CHECK_FALSE(has(d, "Chính quyền địa phương", Role::lead));
  // near reading: a form a rule defines is no delegation
  Document e = one("Quốc hội", "Hồ sơ lập theo mẫu do Bộ Nội vụ quy định khi tiếp nhận.", "Luật");
  CHECK_FALSE(has(e, "Bộ Nội vụ", Role::lead));
}

TEST_CASE("link laws18: a definition after a reference, X quy định tại … là …, is no task") {
  // Luật 65/2025/QH15 Điều 2 khoản 1
  Document d = one("Quốc hội",
                   "Chính quyền địa phương ở các đơn vị hành chính quy định tại các điểm a, b và c khoản 1 Điều 1 của "
                   "Luật này là cấp chính quyền địa phương gồm có Hội đồng nhân dân và Ủy ban nhân dân.",
                   "Luật");
  CHECK(d.assignments.empty());
  // near reading: a duty stated as what the body is stays a duty
  Document e = one("Quốc hội",
                   "Ủy ban nhân dân cấp tỉnh quy định tại khoản 1 Điều này là cơ quan chịu trách nhiệm hướng dẫn thi "
                   "hành Luật này.",
                   "Luật");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link laws18: bodies invited to a meeting are guests, given no task") {
  // Luật 65/2025/QH15 Điều 24 khoản 2 (its second clause)
  Document d = one("Quốc hội",
                   "Ủy ban nhân dân cấp xã chịu trách nhiệm tổ chức hội nghị đối thoại; mời đại diện cấp ủy, Ủy ban Mặt "
                   "trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp tham gia hội nghị đối thoại.",
                   "Luật");
  CHECK(has(d, "Ủy ban nhân dân cấp xã", Role::lead));
  CHECK_FALSE(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam", Role::lead));
  // near reading: under a label of coordinators the one invited coordinates (QĐ 256/2004 Cần Thơ)
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Cơ quan phối hợp: Mời Ban Tổ chức Thành ủy tham gia, các Sở, Ban ngành thành phố.", "Quyết định");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link laws18: officers listed after a semicolon go on with the objects of an election") {
  // Luật 65/2025/QH15 Điều 15 khoản 1 điểm m
  Document d = one("Quốc hội",
                   "Bầu, miễn nhiệm, bãi nhiệm Chủ tịch, Phó Chủ tịch Hội đồng nhân dân, Trưởng Ban của Hội đồng nhân "
                   "dân cấp mình; Chủ tịch, Phó Chủ tịch, Ủy viên Ủy ban nhân dân cùng cấp; bầu, miễn nhiệm, bãi nhiệm "
                   "Hội thẩm theo quy định của pháp luật;",
                   "Luật");
  CHECK(d.assignments.empty());
  // near reading: an officer after a semicolon with a verb of its own acts
  Document e = one("Quốc hội",
                   "Bầu Chủ tịch Hội đồng nhân dân cấp mình; Chủ tịch Ủy ban nhân dân cùng cấp báo cáo kết quả thực hiện.",
                   "Luật");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link laws18: X phối hợp và phát huy vai trò của Y reads as X phối hợp với Y") {
  // Luật 65/2025/QH15 Điều 7 khoản 1
  Document d = one("Quốc hội",
                   "Chính quyền địa phương phối hợp và phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ "
                   "chức chính trị - xã hội tuyên truyền, vận động Nhân dân tham gia xây dựng và củng cố chính quyền "
                   "nhân dân.",
                   "Luật");
  CHECK(has(d, "Chính quyền địa phương", Role::lead));
  CHECK(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam", Role::coordinate));
  CHECK_FALSE(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam", Role::lead));
  // near reading: "phối hợp" alone still coordinates
  Document e = one("Quốc hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phối hợp thực hiện.", "Luật");
  CHECK(has(e, "Ủy ban Mặt trận Tổ quốc Việt Nam", Role::coordinate));
}
