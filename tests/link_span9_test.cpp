// Link stage: the readings of the span9 session (where a mention begins and ends: lists of
// collectives, alternatives joined by a slash, a role taken on, named companies) — each on the
// real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
// An entry with this mention as printed and role r.
bool mentioned_exactly(const Document& d, const std::string& mention, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.mention == mention && a.role == r) return true;
  return false;
}
}  // namespace

TEST_CASE("link span9: a list of collectives carries each item's qualifier, a bare one closed by liên quan") {
  // QĐ 07/2025/QĐ-UBND Hà Nội Điều 5 khoản 2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc, Thủ trưởng các cơ quan chuyên môn, tổ chức hành chính, đơn vị thuộc Thành phố, Chủ tịch "
                   "Ủy ban nhân dân các quận, huyện, thị xã và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
                   "Quyết định này./.");
  CHECK(mentioned_exactly(d, "Giám đốc, Thủ trưởng các cơ quan chuyên môn, tổ chức hành chính, đơn vị thuộc Thành phố", Role::lead));
  CHECK(mentioned_exactly(d, "tổ chức, cá nhân có liên quan", Role::lead));
  // near readings: a registered phrase keeps its own reading ("…, cơ quan thuế, Công an cấp xã"),
  // and recipients with their own qualifiers are no bare collective (Luật 15/2012 Điều 70)
  Document r = one("Quốc hội",
                   "Người có thẩm quyền đã ra quyết định xử phạt phải gửi cho cá nhân, tổ chức bị xử phạt, cơ quan thu "
                   "tiền phạt và cơ quan liên quan khác (nếu có) để thi hành.");
  CHECK_FALSE(mentioned_exactly(r, "tổ chức bị xử phạt, cơ quan thu tiền phạt và cơ quan liên quan", Role::lead));
}

TEST_CASE("link span9: a slash joins two offices that share their head noun") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 30 khoản 2
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị cấp xã là đơn vị đầu mối trực tiếp giúp Ủy ban nhân dân "
                   "cấp xã quản lý nhà nước về cụm công nghiệp trên địa bàn theo phân cấp của Ủy ban nhân dân tỉnh.");
  CHECK(mentioned_exactly(d, "Phòng Kinh tế", Role::lead));
  CHECK(mentioned_exactly(d, "Kinh tế, Hạ tầng và Đô thị cấp xã", Role::lead));
  // (Điều 28 khoản 4: the head printed in lower case)
  Document l = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Uỷ ban nhân dân cấp xã giao cho phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị thực hiện việc quản lý "
                   "nhà nước đối với các cụm công nghiệp trên địa bàn theo quy định pháp luật hiện hành.");
  CHECK(mentioned_exactly(l, "phòng Kinh tế", Role::lead));
  CHECK(mentioned_exactly(l, "Kinh tế, Hạ tầng và Đô thị", Role::lead));
}

TEST_CASE("link span9: a described body goes on over the role it takes on") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 6 khoản 1 điểm b
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ trì, phối hợp với đơn vị đăng ký làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp lập "
                   "hồ sơ thành lập, mở rộng cụm công nghiệp.");
  CHECK(mentioned_exactly(d, "đơn vị đăng ký làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", Role::coordinate));
}

TEST_CASE("link span9: a named company acts as its clause's subject or its heading's topic") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 27
  Document d = headed("Ủy ban nhân dân tỉnh Lào Cai", "Quyết định", "Trách nhiệm Công ty Điện lực Lào Cai",
                      "Có trách nhiệm cung cấp đủ về số lượng và chất lượng điện tới đường trục của các cụm công nghiệp.");
  CHECK(has(d, "Công ty Điện lực Lào Cai", Role::lead));
  // near reading: the companies a report lists after its inspection (TB 1894/2026 SCT Lào Cai)
  Document r = one("Sở Công Thương tỉnh Lào Cai",
                   "Qua quá trình kiểm tra việc chấp hành quy định của pháp luật của các đơn vị: Tổng công ty Xây dựng "
                   "Trường Sơn (Gói thầu số 16); Công ty TNHH Hiệp Phú (Gói thầu số 15) cho thấy các đơn vị cơ bản đã "
                   "chấp hành tương đối tốt các quy định của pháp luật.");
  CHECK(r.assignments.empty());
}

TEST_CASE("link span9: the provincial statistics office and a work done by a named body") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 14 khoản 4 and Điều 15 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chế độ báo cáo: Sở Công Thương chủ trì, phối hợp với Thống kê tỉnh hướng dẫn Ủy ban nhân dân cấp xã "
                   "thực hiện chế độ báo cáo.");
  CHECK(has(d, "Thống kê tỉnh Lào Cai", Role::coordinate));
  Document t = one("Ủy ban nhân dân tỉnh Lào Cai", "Công tác thanh tra do Thanh tra tỉnh thực hiện.");
  CHECK(has(t, "Thanh tra tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link span9: a board of management's field and a name's dangling last word") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 29
  Document d = headed("Ủy ban nhân dân tỉnh Lào Cai", "Quyết định", "Trách nhiệm Ban Quản lý đầu tư xây dựng tỉnh, khu vực",
                      "Quản lý cụm công nghiệp trên địa bàn đã được đầu tư bằng vốn ngân sách nhà nước theo quy định "
                      "pháp luật hiện hành.");
  CHECK(mentioned_exactly(d, "Ban Quản lý đầu tư xây dựng tỉnh, khu vực", Role::lead));
}

TEST_CASE("link span9: a collective's level goes with its places listed") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình mục III.B khoản 9.2: the offices are equipped, a grant
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Phấn đấu đến 2005, tất cả các cơ quan cấp quận, huyện được trang bị máy vi tính, xây dựng xong hệ "
                   "thống thông tin quản lý.");
  CHECK_FALSE(mentioned_exactly(d, "các cơ quan cấp", Role::lead));
  // (the same collective given a duty: its whole name)
  Document t = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Các cơ quan cấp quận, huyện có trách nhiệm báo cáo kết quả thực hiện hằng quý.");
  CHECK(mentioned_exactly(t, "Các cơ quan cấp quận, huyện", Role::lead));
}

TEST_CASE("link span9: 'Bộ, cơ quan ngang Bộ' without 'các' is one collective") {
  // Luật Hóa chất 69/2025 Điều 10 khoản 3
  Document d = one("Quốc hội",
                   "Bộ, cơ quan ngang Bộ thực hiện cấp lại, điều chỉnh, thu hồi Giấy phép sản xuất hóa chất cần kiểm "
                   "soát đặc biệt.",
                   "Luật");
  CHECK(has(d, "Bộ, cơ quan ngang Bộ", Role::lead));
  // in a list it is an item of its own, not the end of the name before it (Luật Xây dựng 135/2025 Điều 43)
  Document e = one("Quốc hội",
                   "Kiểm toán nhà nước, Văn phòng Chủ tịch nước, Văn phòng Quốc hội, Bộ, cơ quan ngang Bộ có trách "
                   "nhiệm hướng dẫn thực hiện.",
                   "Luật");
  CHECK(has(e, "Văn phòng Quốc hội", Role::lead));
  CHECK(has(e, "Bộ, cơ quan ngang Bộ", Role::lead));
  CHECK_FALSE(has(e, "Văn phòng Quốc hội, Bộ", Role::lead));
}
