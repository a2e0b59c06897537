// Link stage (session 23, held-out constructions): an inspection a body organises, whom a body answers to
// "toàn diện", a power and its limit ("chỉ được"), the audience of an outreach task.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;


TEST_CASE("link h23sem: tổ chức thực hiện thanh tra, kiểm tra leads and supervises", "[link][h23sem]") {
  // NĐ 87/2025/NĐ-CP Điều 7 khoản 2
  Document d = one("Chính phủ",
                   "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
                   "dân các tỉnh, thành phố trực thuộc trung ương tổ chức thực hiện thanh tra, kiểm tra, xử lý kịp thời "
                   "nghiêm minh các hành vi vi phạm theo đúng quy định của pháp luật (nếu có).",
                   "Nghị định");
  CHECK(mentioned(d, "Thủ trưởng cơ quan ngang bộ", Role::lead));
  CHECK(mentioned(d, "Thủ trưởng cơ quan ngang bộ", Role::supervise));
  // a check alone, without "tổ chức thực hiện", stays oversight only
  Document e = one("Chính phủ",
                   "Thủ trưởng cơ quan ngang bộ kiểm tra việc thực hiện các quy định tại Nghị định này.", "Nghị định");
  CHECK(mentioned(e, "Thủ trưởng cơ quan ngang bộ", Role::supervise));
  CHECK_FALSE(mentioned(e, "Thủ trưởng cơ quan ngang bộ", Role::lead));
}

TEST_CASE("link h23sem: the body after chịu trách nhiệm toàn diện trước is answered to", "[link][h23sem]") {
  // QĐ 904/2025/QĐ-UBND Lào Cai Điều 4
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giám đốc Sở Công Thương chịu trách nhiệm toàn diện trước pháp luật, Ủy ban nhân dân tỉnh về thực "
                   "hiện các nội dung được ủy quyền tại Quyết định này, có trách nhiệm công khai các nội dung được ủy "
                   "quyền tại Quyết định này cho các tổ chức, cá nhân biết và thực hiện.",
                   "Quyết định");
  CHECK(mentioned(d, "Giám đốc Sở Công Thương", Role::lead));
  CHECK_FALSE(mentioned(d, "Ủy ban nhân dân tỉnh", Role::lead));
  // a body with a duty of its own after "trước pháp luật;" is assigned
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giám đốc Sở Công Thương chịu trách nhiệm toàn diện trước pháp luật; Ủy ban nhân dân các huyện có "
                   "trách nhiệm phối hợp thực hiện.",
                   "Quyết định");
  CHECK(mentioned(e, "Ủy ban nhân dân các huyện", Role::coordinate));
}

TEST_CASE("link h23sem: chỉ được quyết định is a power and its limit, no task", "[link][h23sem]") {
  // Luật 42/2005/QH11 Điều 1 khoản 21 (Điều 57 khoản 2 Luật Hải quan)
  Document d = one("Quốc hội",
                   "Cơ quan hải quan chỉ được quyết định tạm dừng làm thủ tục hải quan đối với hàng hoá xuất khẩu, "
                   "nhập khẩu khi có đủ các điều kiện quy định tại Điều 58 của Luật này.",
                   "Luật");
  CHECK_FALSE(mentioned(d, "Cơ quan hải quan", Role::lead));
  // Điều 1 khoản 15 (Điều 25 khoản 4): a limited acceptance, a power to approve
  Document a = one("Quốc hội",
                   "Đối với hàng hoá xuất khẩu, nhập khẩu phải giám định mà chủ hàng có yêu cầu đưa hàng hoá về bảo quản "
                   "thì cơ quan hải quan chỉ chấp nhận trong trường hợp đã đáp ứng các điều kiện về giám sát hải quan.",
                   "Luật");
  CHECK_FALSE(mentioned(a, "cơ quan hải quan", Role::lead));
  // "chỉ thực hiện" is still a task
  Document e = one("Quốc hội",
                   "Cơ quan hải quan chỉ thực hiện kiểm tra thực tế hàng hoá khi có dấu hiệu vi phạm pháp luật.", "Luật");
  CHECK((mentioned(e, "Cơ quan hải quan", Role::lead) || mentioned(e, "Cơ quan hải quan", Role::supervise)));
}

TEST_CASE("link h23sem: the bodies an outreach task is aimed at are its audience", "[link][h23sem]") {
  // QĐ 13/2025/QĐ-UBND Hà Nội Điều 2 khoản 5 điểm c
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tổ chức tuyên truyền, phổ biến chủ trương, chính sách, pháp luật về tín ngưỡng, tôn giáo đối với "
                   "cán bộ, công chức, viên chức và tín đồ, chức sắc, chức việc, nhà tu hành của các tổ chức tôn giáo, "
                   "tổ chức tôn giáo trực thuộc, người đại diện, ban quản lý cơ sở tín ngưỡng trong phạm vi quản lý.",
                   "Quyết định");
  CHECK_FALSE(mentioned(d, "ban quản lý cơ sở tín ngưỡng", Role::lead));
  // a body after the outreach with a verb of its own leads
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tổ chức tuyên truyền, phổ biến pháp luật về tín ngưỡng cho Nhân dân, Ủy ban nhân dân các xã tổ chức "
                   "thực hiện.",
                   "Quyết định");
  CHECK(mentioned(e, "Ủy ban nhân dân các xã", Role::lead));
}

TEST_CASE("link h23sem: a body the holder of a right may ask, in a list printed inline, gets nothing", "[link][h23sem]") {
  // Luật 42/2005/QH11 Điều 1 khoản 14 (Điều 23 Luật Hải quan)
  Document d = one("Quốc hội",
                   "1. Người khai hải quan có quyền: a) Được cơ quan hải quan cung cấp thông tin liên quan đến việc khai "
                   "hải quan; c) Đề nghị cơ quan hải quan kiểm tra lại thực tế hàng hoá đã kiểm tra, nếu không đồng ý "
                   "với quyết định của cơ quan hải quan trong trường hợp hàng hoá chưa được thông quan; g) Yêu cầu cơ "
                   "quan hải quan xác nhận bằng văn bản khi có yêu cầu xuất trình, bổ sung hồ sơ.",
                   "Luật");
  CHECK_FALSE(mentioned(d, "cơ quan hải quan", Role::lead));
  // a list of duties of the same shape asks the body to act
  Document e = one("Quốc hội",
                   "1. Cục Hải quan tỉnh có nhiệm vụ: a) Hướng dẫn thủ tục hải quan; c) Đề nghị Ủy ban nhân dân tỉnh chỉ "
                   "đạo các cơ quan liên quan phối hợp kiểm soát hàng hoá.",
                   "Luật");
  CHECK(mentioned(e, "Ủy ban nhân dân tỉnh", Role::lead));
}

TEST_CASE("link h23sem: the bodies a scope label names, described by what they do, get nothing", "[link][h23sem]") {
  // NQ 10/2017/NQ-HĐND Bắc Giang Điều 1 khoản 1
  Document d = one("Hội đồng nhân dân tỉnh Bắc Giang",
                   "Đối tượng áp dụng: Các cơ quan, đơn vị, tổ chức, cá nhân quản lý, sử dụng và thụ hưởng nguồn kinh "
                   "phí sự nghiệp của ngân sách nhà nước thực hiện các nội dung hỗ trợ phát triển sản xuất, đa dạng hóa "
                   "sinh kế, nhân rộng mô hình giảm nghèo và công tác quản lý về giảm nghèo ở cấp xã thuộc Chương trình.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
  // a topic label over a sentence whose subject is the body still assigns
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Dự toán kinh phí: Ủy ban nhân dân thành phố Tam Điệp tổ chức lập dự toán kinh phí thực hiện.",
                   "Quyết định");
  CHECK(mentioned(e, "Ủy ban nhân dân thành phố Tam Điệp", Role::lead));
}

TEST_CASE("link h23sem: a body listed with persons before their shared verb is a subject", "[link][h23sem]") {
  // TT 62/2019/TT-BTC Điều 3 khoản 3
  Document d = one("Bộ Tài chính",
                   "Quá trình thực hiện nếu phát sinh vướng mắc, cơ quan hải quan, người khai hải quan, người nộp thuế "
                   "báo cáo, phản ánh, đề xuất cụ thể về Bộ Tài chính (Tổng cục Hải quan) để được xem xét, hướng dẫn "
                   "thực hiện.",
                   "Thông tư");
  CHECK(mentioned(d, "cơ quan hải quan", Role::lead));
  // persons an outreach or training is for are objects, and so is a role-holder listed with them
  Document e = one("Bộ Tư pháp",
                   "Tổ chức bồi dưỡng kiến thức pháp luật cho hòa giải viên là người dân tộc thiểu số, già làng, trưởng "
                   "bản, người có uy tín trong đồng bào dân tộc thiểu số tham gia thực hiện hòa giải ở cơ sở.",
                   "Quyết định");
  CHECK_FALSE(mentioned(e, "trưởng bản", Role::lead));
}

TEST_CASE("link h23sem: quyết định ban hành norms is issuing rules, chỉ được after a qualifier a power", "[link][h23sem]") {
  // NĐ 02/2021/NĐ-CP Điều 3 khoản 6 and 7
  Document d = one("Chính phủ",
                   "Bộ trưởng Bộ Tài chính quyết định hoặc phân cấp quyết định ban hành tiêu chuẩn, định mức, chế độ cấp "
                   "phát, sử dụng trang phục hải quan.",
                   "Nghị định");
  CHECK(mentioned(d, "Bộ trưởng Bộ Tài chính", Role::lead));
  // deciding a rate alone is a power (README ruling)
  Document e = one("Chính phủ", "Bộ trưởng Bộ Tài chính quyết định mức phụ cấp lưu trú.", "Nghị định");
  CHECK_FALSE(mentioned(e, "Bộ trưởng Bộ Tài chính", Role::lead));
  Document f = one("Chính phủ",
                   "Các đơn vị, cá nhân trong ngành hải quan chỉ được sử dụng cờ truyền thống, cờ hiệu, đèn hiệu khi thực "
                   "thi công vụ, nhiệm vụ được giao.",
                   "Nghị định");
  CHECK_FALSE(mentioned(f, "Các đơn vị", Role::lead));
}

TEST_CASE("link h23sem: Cục Đăng ký và Dữ liệu thông tin đất đai is one name and checks the carrying out", "[link][h23sem]") {
  // TT 09/2024/TT-BTNMT Điều 19 khoản 1
  Document d = one("Bộ Tài nguyên và Môi trường",
                   "Cục Đăng ký và Dữ liệu thông tin đất đai có trách nhiệm kiểm tra việc thực hiện Thông tư này.",
                   "Thông tư");
  CHECK(has(d, "Cục Đăng ký và Dữ liệu thông tin đất đai Bộ Tài nguyên và Môi trường", Role::supervise));
  CHECK_FALSE(mentioned(d, "Cục Đăng ký và Dữ liệu", Role::lead));
}

TEST_CASE("link h23sem: nơi with two joined verbs before one object is one name, and its head decides", "[link][h23sem]") {
  // Luật 42/2005/QH11 Điều 1 khoản 18 (Điều 29 khoản 2 Luật Hải quan)
  Document d = one("Quốc hội",
                   "Thủ trưởng cơ quan hải quan nơi tiếp nhận và xử lý hồ sơ hải quan quyết định hình thức kiểm tra "
                   "thực tế hàng hoá xuất khẩu, nhập khẩu và thay đổi hình thức kiểm tra được quy định tại Điều 30 của "
                   "Luật này.",
                   "Luật");
  CHECK_FALSE(mentioned(d, "Thủ trưởng cơ quan hải quan", Role::lead));
  // a task of the same head is read as before
  Document e = one("Quốc hội",
                   "Thủ trưởng cơ quan hải quan nơi tiếp nhận và xử lý hồ sơ hải quan có trách nhiệm thông báo kết quả "
                   "kiểm tra cho người khai hải quan.",
                   "Luật");
  CHECK(mentioned(e, "Thủ trưởng cơ quan hải quan nơi tiếp nhận và xử lý hồ sơ hải quan", Role::lead));
}

TEST_CASE("link h23sem: an execution clause naming Tư lệnh and districts trực thuộc thành phố assigns each", "[link][h23sem]") {
  // QĐ 09/2025/QĐ-UBND Hà Nội Điều 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội; Chánh Văn phòng UBND Thành phố; Giám đốc Sở Tài chính; Giám đốc, "
                   "thủ trưởng các sở, ban, ngành Thành phố và các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu "
                   "trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(mentioned(d, "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", Role::lead));
  CHECK(mentioned(d, "Giám đốc Sở Tài chính", Role::lead));
  // QĐ 14/2025/QĐ-UBND Hà Nội Điều 6 khoản 2: the districts under the city are one name, not "… trực" + "thuộc …"
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành; Chủ "
                   "tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố và các cơ quan, đơn vị, cá nhân có "
                   "liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(mentioned(e, "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố", Role::lead));
  CHECK(mentioned(e, "Giám đốc Sở Nội vụ", Role::lead));
  // a body that belongs to another ("… thuộc Sở Y tế") is still read as before
  Document f = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trung tâm Kiểm soát bệnh tật thuộc Sở Y tế chủ trì tổ chức tiêm chủng.", "Quyết định");
  CHECK_FALSE(mentioned(f, "Sở Y tế", Role::lead));
}
