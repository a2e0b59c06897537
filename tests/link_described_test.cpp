// Link stage: bodies described rather than named ("cơ quan quản lý nhà nước
// về bảo vệ môi trường", "chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công
// nghiệp") where the clause makes them actors. Sentences from the corpus.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
const char* kHaNoi = "Ủy ban nhân dân thành phố Hà Nội";
}

TEST_CASE("link described: the partners after phoi hop voi are read as described, up to the purpose") {
  // QĐ 10/2025/QĐ-UBND Hà Nội Điều 2 khoản 9 điểm b, khoản 10 điểm đ, khoản 14 điểm d
  Document d = one(kHaNoi,
                   "Phối hợp với đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư và các cơ quan "
                   "liên quan để thực hiện công tác bồi thường, hỗ trợ, tái định cư cho khu công nghệ cao và khu công "
                   "nghiệp;");
  CHECK(has(d, "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư", Role::coordinate));
  CHECK(has(d, "Các cơ quan liên quan", Role::coordinate));
  Document e = one(kHaNoi,
                   "Phối hợp với cơ quan quản lý nhà nước về bảo vệ môi trường và các cơ quan liên quan trong việc "
                   "truyền thông về bảo vệ môi trường, quản lý chất thải và kiểm soát các chất ô nhiễm khác;");
  CHECK(has(e, "Cơ quan quản lý nhà nước về bảo vệ môi trường", Role::coordinate));
  CHECK(has(e, "Các cơ quan liên quan", Role::coordinate));
  Document f = one(kHaNoi,
                   "Phối hợp với cơ quan công an, thanh tra giao thông và các cơ quan, đơn vị có thẩm quyền trong việc "
                   "thực hiện công tác bảo đảm an ninh, trật tự, an toàn giao thông.");
  CHECK(on(f, "para_1") == std::vector<std::string>{"coordinate Cơ quan công an", "coordinate Thanh tra giao thông",
                                                     "coordinate Các cơ quan, đơn vị có thẩm quyền"});
  // a described item after one qualified before it is a second partner (Điều 2 khoản 12 điểm e)
  Document g = one(kHaNoi,
                   "Phối hợp với các cơ quan quản lý nhà nước, tổ chức công đoàn để giải quyết các tranh chấp lao "
                   "động;");
  CHECK(mention_of(g, "Các cơ quan quản lý nhà nước", Role::coordinate) == "các cơ quan quản lý nhà nước");
  // ("tổ chức công đoàn" is found, but the private-party filter of the role reader drops it: words.cpp)
}

TEST_CASE("link described: without a purpose marker the partners' task ends the description") {
  // QĐ 10/2025 Điều 2 khoản 10 điểm d: "thực hiện thanh tra" is the task
  Document d = one(kHaNoi,
                   "Tổ chức kiểm tra về bảo vệ môi trường, phối hợp với cơ quan quản lý nhà nước có thẩm quyền thực hiện "
                   "thanh tra về bảo vệ môi trường đối với các cơ sở hoạt động trong khu công nghệ cao và khu công "
                   "nghiệp;");
  CHECK(mention_of(d, "Cơ quan quản lý nhà nước có thẩm quyền", Role::coordinate) ==
        "cơ quan quản lý nhà nước có thẩm quyền");
  // NĐ 32/2024/NĐ-CP Điều 5 khoản 1: "xây dựng" after "liên quan" is the task
  Document e = one("Chính phủ",
                   "Sở Công Thương chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân cấp huyện, đơn vị liên quan "
                   "xây dựng, hoàn thành phương án phát triển cụm công nghiệp trên địa bàn theo quy định tại Điều 4;");
  CHECK(mention_of(e, "Đơn vị liên quan", Role::coordinate) == "đơn vị liên quan");
  // Luật 15/2012/QH13 Điều 82: "tổ chức chuyển giao" is the task, not a body
  Document f = one("Quốc hội",
                   "Cơ quan đã ra quyết định tịch thu chủ trì, phối hợp với cơ quan tài chính tổ chức chuyển giao cho "
                   "cơ quan nhà nước quản lý, sử dụng.");
  CHECK(mention_of(f, "Cơ quan tài chính", Role::coordinate) == "cơ quan tài chính");
  CHECK(!has(f, "Cơ quan nhà nước", Role::coordinate));
  // QĐ 12/2025/QĐ-UBND Hà Nội Điều 2 khoản 15 điểm d: what the body helps with is no part of its name
  Document g = one(kHaNoi,
                   "Chủ trì, phối hợp với cơ quan chuyên môn giúp Ủy ban nhân dân Thành phố quản lý nhà nước về giám "
                   "định tư pháp theo quy định pháp luật.");
  CHECK(mention_of(g, "Cơ quan chuyên môn", Role::coordinate) == "cơ quan chuyên môn");
}

TEST_CASE("link described: a name or a registered collective in the list stays as found") {
  // KH triển khai Chỉ thị 11-CT/TU Lào Cai: "cơ quan Thuế" is the tax office
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Phối hợp với cơ quan Thuế để kiểm tra việc chấp hành nghĩa vụ thuế.");
  CHECK(!has(d, "Cơ quan Thuế", Role::coordinate));
  // NĐ 29/1998/NĐ-CP Điều 14: "triệu tập" is the partners' task, not words of their name
  Document e = one("Chính phủ",
                   "Chủ tịch Ủy ban nhân dân xã phối hợp với ban công tác Mặt trận, các tổ chức đoàn thể triệu tập hội "
                   "nghị để bàn bạc.");
  CHECK(mention_of(e, "Các tổ chức đoàn thể", Role::coordinate) == "các tổ chức đoàn thể");
}

TEST_CASE("link described: a described body that is an object or beneficiary is not a partner") {
  // objects of a verb and beneficiaries ("hỗ trợ cho tổ chức …") are not read as described bodies
  Document d = one(kHaNoi, "Hỗ trợ cho tổ chức, cá nhân được hưởng chính sách ưu đãi đầu tư trong khu công nghiệp.");
  CHECK(d.assignments.empty());
  Document e = one(kHaNoi,
                   "Sở Tài chính hướng dẫn đơn vị thực hiện nhiệm vụ bồi thường lập dự toán kinh phí theo quy định.");
  CHECK(!has(e, "Đơn vị thực hiện nhiệm vụ bồi thường", Role::coordinate));
  CHECK(!has(e, "Đơn vị thực hiện nhiệm vụ bồi thường", Role::lead));
}

TEST_CASE("link described: a described subject before its duty is read whole") {
  // NĐ 32/2024/NĐ-CP Điều 17 khoản 2
  Document d = one("Chính phủ",
                   "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp có trách nhiệm tổ chức cung cấp, quản lý các "
                   "dịch vụ công cộng, tiện ích chung trong cụm công nghiệp.");
  CHECK(has(d, "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", Role::lead));
  // NĐ 114/2003/NĐ-CP Điều 14 khoản 1, and a delegation 'do … quy định' (Điều 19 khoản 2)
  Document e = one("Chính phủ",
                   "Cơ quan, tổ chức có thẩm quyền quản lý, sử dụng cán bộ, công chức cấp xã có trách nhiệm xây dựng "
                   "quy hoạch, kế hoạch để đào tạo, bồi dưỡng, tạo nguồn và nâng cao trình độ, năng lực cho cán bộ, "
                   "công chức cấp xã.");
  CHECK(has(e, "Cơ quan, tổ chức có thẩm quyền quản lý, sử dụng cán bộ, công chức cấp xã", Role::lead));
  Document f = one("Chính phủ",
                   "Thành phần và quy chế hoạt động cụ thể của Hội đồng kỷ luật do cơ quan, tổ chức có thẩm quyền cấp "
                   "tỉnh quy định.");
  CHECK(has(f, "Cơ quan, tổ chức có thẩm quyền cấp tỉnh", Role::lead));
  // NĐ 32/2024 Điều 24 khoản 3: a time phrase fronted before it
  Document g = one("Chính phủ",
                   "Định kỳ hàng quý, năm, cơ quan thống kê trên địa bàn có trách nhiệm tổng hợp tình hình hoạt động "
                   "sản xuất kinh doanh trong cụm công nghiệp gửi Sở Công Thương.");
  CHECK(has(g, "Cơ quan thống kê trên địa bàn", Role::lead));
  // NQ 132/2020/QH14 Điều 4 khoản 1: a long 'khi …' clause before the duty
  Document h = one("Quốc hội",
                   "Đơn vị, doanh nghiệp quân đội, công an khi sử dụng đất quốc phòng, an ninh nằm trong quy hoạch, kế "
                   "hoạch sử dụng đất quốc phòng, an ninh, để kết hợp với hoạt động lao động sản xuất, xây dựng kinh "
                   "tế thì phải lập phương án sử dụng đất trình Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an phê "
                   "duyệt.");
  CHECK(mention_of(h, "Đơn vị, doanh nghiệp quân đội, công an", Role::lead) == "Đơn vị, doanh nghiệp quân đội, công an");
}

TEST_CASE("link described: private parties, a verb and a list of names are no described subject") {
  // Luật 135/2025/QH15 Điều 46 khoản 2: persons and firms applying for a permit
  Document d = one("Quốc hội",
                   "Tổ chức, cá nhân đề nghị cấp giấy phép xây dựng có trách nhiệm nộp đầy đủ hồ sơ.");
  CHECK(d.assignments.empty());
  // "Tổ chức thực hiện" is the verb
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Tổ chức thực hiện các nội dung của Kế hoạch phải bảo đảm đúng tiến độ.");
  CHECK(e.assignments.empty());
  // Luật 18/2003/QH11 Điều 42: the clause's own verb ('nhận đơn') is no part of the description
  Document f = one("Quốc hội",
                   "Cơ quan đăng ký kinh doanh nhận đơn phải cấp giấy biên nhận.");
  CHECK(!has(f, "Cơ quan đăng ký kinh doanh nhận đơn", Role::lead));
  // a condition ('… gây thiệt hại thì phải bồi thường') is no duty of a described body
  Document g = one("Quốc hội",
                   "Cơ quan, tổ chức, cá nhân có liên quan trong việc xử lý vi phạm hành chính gây thiệt hại thì phải "
                   "bồi thường theo quy định của pháp luật.");
  CHECK(g.assignments.empty());
}

TEST_CASE("link described: the 2025 name of a city's tax office is a name of its own") {
  // QĐ 40/2025/QĐ-UBND Hà Nội Điều 1 khoản 2 (Điều 6 khoản 2 mới): not part of the Sở before it
  Document d = one(kHaNoi,
                   "Sở Nông nghiệp và Môi trường, Thuế thành phố Hà Nội, Sở Du lịch, Chi cục Thống kê thành phố Hà "
                   "Nội có trách nhiệm cung cấp thông tin để phục vụ công tác xác định giá đất theo quy định.");
  CHECK(has(d, "Thuế thành phố Hà Nội", Role::lead));
  CHECK(!has(d, "Sở Nông nghiệp và Môi trường, Thuế thành phố Hà Nội", Role::lead));
}

TEST_CASE("link described: partners right after phoi hop, without voi") {
  // QĐ 40/2025/QĐ-UBND Hà Nội Điều 2 khoản 1 (Điều 4 khoản 1 mới)
  Document d = one(kHaNoi,
                   "Hằng năm, cơ quan có chức năng quản lý đất đai cấp xã (nơi có đất) chủ trì, phối hợp các phòng, "
                   "đơn vị có liên quan rà soát, lập danh mục các thửa đất nhỏ hẹp.");
  CHECK(mention_of(d, "Các phòng, đơn vị có liên quan", Role::coordinate) == "các phòng, đơn vị có liên quan");
  // "phối hợp tổ chức thực hiện": two verbs, no partner
  Document e = one(kHaNoi, "Sở Tài chính chủ trì, phối hợp tổ chức thực hiện các nhiệm vụ của Kế hoạch.");
  CHECK(on(e, "para_1") == std::vector<std::string>{"lead Sở Tài chính thành phố Hà Nội"});
}

TEST_CASE("link described: a qualified body before an ordinary verb is the subject of a power handed out") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 10 khoản 1, Điều 7 khoản 2, Điều 5 khoản 1, Điều 22 khoản 2 điểm d
  const char* kLaoCai = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(kLaoCai,
                   "Cơ quan chuyên môn về xây dựng cấp tỉnh thẩm định hoặc thẩm định điều chỉnh Báo cáo nghiên cứu khả "
                   "thi đầu tư xây dựng đối với các dự án quy định tại khoản 2 Điều 16 Nghị định số 175/2024/NĐ-CP.");
  CHECK(mention_of(d, "Cơ quan chuyên môn về xây dựng cấp tỉnh", Role::lead) ==
        "Cơ quan chuyên môn về xây dựng cấp tỉnh");
  Document e = one(kLaoCai,
                   "Cơ quan được giao quản lý xây dựng thuộc Uỷ ban nhân dân cấp xã chủ trì thẩm định hoặc thẩm định "
                   "điều chỉnh báo cáo nghiên cứu khả thi đối với dự án sử dụng vốn đầu tư công do Chủ tịch Ủy ban "
                   "nhân dân cấp xã quyết định đầu tư.");
  CHECK(on(e, "para_1") ==
        std::vector<std::string>{"lead Cơ quan được giao quản lý xây dựng thuộc Uỷ ban nhân dân cấp xã"});
  Document f = one(kLaoCai,
                   "Căn cứ danh mục dự án cho phép thực hiện công tác chuẩn bị đầu tư được cấp có thẩm quyền phê duyệt, "
                   "cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư tổ chức lập nhiệm vụ chuẩn bị đầu tư, trình cấp "
                   "có thẩm quyền quyết định đầu tư xem xét, phê duyệt nhiệm vụ chuẩn bị đầu tư.");
  CHECK(has(f, "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư", Role::lead));
  Document g = one(kLaoCai,
                   "Trường hợp cần thiết, cơ quan được giao nhiệm vụ chủ trì thẩm tra quyết toán báo cáo người có thẩm "
                   "quyền phê duyệt quyết toán thành lập Tổ thẩm tra quyết toán để thực hiện thẩm tra quyết toán.");
  CHECK(has(g, "Cơ quan được giao nhiệm vụ chủ trì thẩm tra quyết toán", Role::lead));
}

TEST_CASE("link described: objects, conditions and a relative verb keep no subject before an ordinary verb") {
  // NQ 12/2025/NQ-HĐND Hà Nội khoản 7: the receivers of assets listed after "cho"
  Document d = one("Hội đồng nhân dân thành phố Hà Nội",
                   "Ủy ban nhân dân các cấp phê duyệt phương án giao tài sản do cấp mình đầu tư xây dựng, mua sắm hoặc "
                   "quản lý cho cơ quan, tô chức, đơn vị thuộc phạm vi quản lý;");
  for (const std::string& x : on(d, "para_1")) CHECK(x.find("phạm vi") == std::string::npos);
  // Quy định ưu đãi đầu tư An Giang Điều 36 khoản 1 điểm e: a list item, "quản lý" its qualifier
  Document e = one("Ủy ban nhân dân tỉnh An Giang", "Doanh nghiệp nhà nước thuộc địa phương quản lý;");
  CHECK(e.assignments.empty());
  // QĐ 11/2026 Lào Cai Điều 25 khoản 6: the body in a condition, after a comma inside "cơ quan, đơn vị"
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trong trường hợp cơ quan, đơn vị được giao nhiệm vụ tại Quyết định này có thay đổi do sắp xếp tổ "
                   "chức bộ máy theo quyết định của cấp thâm quyền thì căn cứ chức năng, nhiệm vụ của cơ quan, đơn vị "
                   "cũ chuyển giao cho cơ quan, đơn vị mới.");
  for (const std::string& x : on(f, "para_1")) CHECK(x.find("được giao nhiệm vụ") == std::string::npos);
  // QĐ 11/2026 Điều 13 khoản 9 điểm b: "Chủ đầu tư thực hiện …" — the verb right after the noun is its
  // own predicate, the qualifier after it ("… của cơ quan thẩm định") no part of the name
  Document g = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Tối đa trong vòng 05 ngày, Chủ đầu tư thực hiện tiếp thu, hoàn thiện các nội dung theo thông báo kết "
                   "quả thâm định của cơ quan thâm định, báo cáo kêt quả tiếp thu, chỉnh sửa bằng văn bản đến cơ quan "
                   "thẩm định để tổng hợp.");
  for (const std::string& x : on(g, "para_1")) CHECK(x.find("tiếp thu") == std::string::npos);
  // Luật Xây dựng 2025 Điều 45: "có thẩm quyền cấp giấy phép" says which body, "cấp" is no predicate
  Document h = one("Quốc hội", "Cơ quan có thẩm quyền cấp giấy phép xây dựng có trách nhiệm thông báo cho chủ đầu tư.");
  CHECK(has(h, "Cơ quan có thẩm quyền cấp giấy phép xây dựng", Role::lead));
}

TEST_CASE("link described: bare body nouns listed together before a task verb are its subject") {
  // QĐ 03/2025/QĐ-UBND Hà Nội, Quy định Điều 7 khoản 1 and Điều 6 khoản 1 (after fronted phrases)
  Document d = one(kHaNoi,
                   "Cơ quan, đơn vị thực hiện tạm ứng, thanh toán kinh phí theo quy định của pháp luật về ngân sách nhà "
                   "nước, pháp luật về xây dựng và pháp luật liên quan.");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Cơ quan, đơn vị"});
  Document e = one(kHaNoi,
                   "Vào thời điểm xây dựng dự toán ngân sách hằng năm, căn cứ hướng dẫn xây dựng dự toán ngân sách nhà "
                   "nước của cấp có thẩm quyền, cơ quan, đơn vị lập dự toán kinh phí thực hiện dự án của năm kế hoạch, "
                   "gửi đơn vị dự toán cấp I gửi cơ quan chuyên môn về tài chính cùng cấp trình cấp có thẩm quyền theo "
                   "quy định của pháp luật về ngân sách nhà nước.");
  CHECK(mention_of(e, "Cơ quan, đơn vị", Role::lead) == "cơ quan, đơn vị");
  // Điều 5 khoản 2: a qualified body ("về tài chính", "cùng cấp") gives its opinion
  Document f = one(kHaNoi,
                   "Cơ quan chuyên môn về tài chính cùng cấp có ý kiến đối với danh mục đề xuất của các cơ quan, đơn vị "
                   "về các nội dung sau: sự phù hợp về nguồn vốn thực hiện.");
  CHECK(has(f, "Cơ quan chuyên môn về tài chính cùng cấp", Role::lead));
}

TEST_CASE("link described: a body noun after thi that closes a condition opens the main clause") {
  // Luật 65/2025/QH15 Điều 31 khoản 9
  Document d = one("Quốc hội",
                   "Trường hợp đại biểu Hội đồng nhân dân bị tạm giữ vì phạm tội quả tang thì cơ quan tạm giữ phải lập "
                   "tức báo cáo để Hội đồng nhân dân hoặc Thường trực Hội đồng nhân dân xem xét, quyết định.");
  CHECK(has(d, "Cơ quan tạm giữ", Role::lead));
}

TEST_CASE("link described: a grant, a label and one noun with its verb give no bare subject") {
  // NQ 38/2017/NQ-HĐND Trà Vinh Điều 2 khoản 2: a grant later in the clause ("được phép")
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Trường hợp cơ quan có thẩm quyền quyết định không ban hành văn bản quy phạm pháp luật đã xây dựng "
                   "xong hoặc dừng lại không xây dựng tiếp; cơ quan, đơn vị chủ trì xây dựng văn bản được phép thanh, "
                   "quyết toán phần kinh phí đã thực hiện.");
  CHECK(!has(d, "Cơ quan, đơn vị", Role::lead));
  // a label's clause, ending in ":" (made up: the corpus has none with a list of nouns)
  Document e = one(kHaNoi, "Cơ quan, đơn vị thực hiện thủ tục hành chính: Sở Tài chính.");
  CHECK(!has(e, "Cơ quan, đơn vị", Role::lead));
  // one noun and its verb name a role, kept whole (QĐ 11/2026 Lào Cai Điều 13 khoản 3)
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan chủ trì thẩm định có trách nhiệm tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ trình "
                   "thẩm định.");
  CHECK(!has(f, "Cơ quan", Role::lead));
}

TEST_CASE("link described: a public body's role and its object before the clause's task") {
  // Quy định ưu đãi đầu tư An Giang Điều 37, NQ 05/2017/NQ-HĐND Lai Châu Điều 2 khoản 2,
  // QĐ 38/2025/QĐ-UBND Hà Nội Điều 1 khoản 2 (Điều 9 khoản 4 mới)
  Document d = one("Ủy ban nhân dân tỉnh An Giang",
                   "Các cơ quan được hỏi ý kiến trả lời bằng văn bản trong thời hạn 07 ngày kể từ khi nhận được văn bản "
                   "hỏi ý kiến, nếu quá thời hạn này không trả lời thì coi như đồng ý.");
  CHECK(has(d, "Các cơ quan được hỏi ý kiến", Role::lead));
  Document e = one("Hội đồng nhân dân tỉnh Lai Châu",
                   "Các cơ quan chịu sự giám sát thực hiện đầy đủ, kịp thời, nghiêm túc những kiến nghị sau giám sát và "
                   "báo cáo kết quả thực hiện đến Thường trực Hội đồng nhân dân tỉnh.");
  CHECK(has(e, "Các cơ quan chịu sự giám sát", Role::lead));
  Document f = one(kHaNoi,
                   "Mộ xây có kiến trúc đặc biệt: Đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư lập dự toán hoặc "
                   "thuê đơn vị tư vấn đủ năng lực lập dự toán gửi cơ quan chuyên môn cấp xã thẩm định trước khi trình "
                   "Chủ tịch Ủy ban nhân dân cấp xã phê duyệt.");
  CHECK(has(f, "Đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư", Role::lead));
}

TEST_CASE("link described: no role before a task for an investor, a field or a decision power") {
  // Luật Xây dựng 2025 Điều 31 khoản 2: the investor's own clause ("quyết định" is its verb)
  Document d = one("Quốc hội", "Chủ đầu tư quyết định việc điều chỉnh thiết kế xây dựng không thuộc trường hợp này.");
  CHECK(!has(d, "Chủ đầu tư quyết định việc điều chỉnh thiết kế", Role::lead));
  // Điều 47 khoản 4: "trật tự xây dựng" is a field, no task follows the role
  Document e = one("Quốc hội",
                   "Cơ quan có thẩm quyền quản lý trật tự xây dựng có trách nhiệm theo dõi, kiểm tra việc xây dựng.");
  CHECK(!has(e, "Cơ quan có thẩm quyền quản lý trật tự", Role::lead));
  // Quy định ưu đãi đầu tư An Giang Điều 31 khoản 2: "xem xét và quyết định" is a power
  Document f = one("Ủy ban nhân dân tỉnh An Giang",
                   "Trong thời hạn 7 ngày, kể từ ngày nhận được thông báo nói trên, cơ quan quyết định cấp ưu đãi đầu tư "
                   "xem xét và quyết định điều chỉnh một phần hoặc rút bỏ toàn bộ ưu đãi đã chấp thuận;");
  CHECK(f.assignments.empty());
}

TEST_CASE("link described: one body noun and a procedure's step name a role before the clause's task") {
  // TT 15/2026/TT-BCT Điều 9 khoản 2 (as Luật 147/2025 Điều 4 khoản 2)
  Document d = one("Bộ Công Thương",
                   "Các hồ sơ thủ tục hành chính đầy đủ đã được cơ quan có thẩm quyền tiếp nhận trước ngày Thông tư này "
                   "có hiệu lực thi hành thì cơ quan có thẩm quyền đã tiếp nhận hồ sơ tiếp tục thực hiện theo quy định "
                   "của văn bản quy phạm pháp luật tại thời điểm tiếp nhận hồ sơ.");
  CHECK(has(d, "Cơ quan có thẩm quyền đã tiếp nhận hồ sơ", Role::lead));
  // QĐ 11/2026/QĐ-UBND Lào Cai (OCR), Quy định Điều 13 khoản 5
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trong thời hạn 05 ngày kề từ ngày nhận được yêu cầu của cơ quan chủ trì thẩm định, nếu chủ đầu tư "
                   "không thực hiện việc bổ sung, khắc phục hồ sơ theo yêu cầu thì cơ quan chủ trì thâm định dừng việc "
                   "thâm định.");
  // (the name in the restored spelling, the mention as printed: tone_repair.h)
  CHECK(mention_of(e, "Cơ quan chủ trì thẩm định", Role::lead) == "cơ quan chủ trì thâm định");
}

TEST_CASE("link described: a duty, a list or a compound after the role give it no later task") {
  // NĐ 14/2026/NĐ-CP Điều 103 khoản 2: "có văn bản trả lời" is the clause's own predicate
  Document d = one("Chính phủ",
                   "Trường hợp không cấp lại, cơ quan kiểm tra có văn bản trả lời và nêu rõ lý do.");
  CHECK(!has(d, "Cơ quan kiểm tra có văn bản", Role::lead));
  // QĐ 70/2024/QĐ-UBND Hà Nội, Quy định Điều 7 khoản 2: a list, the label of its points
  Document e = one(kHaNoi, "Cơ quan tiếp nhận và đối tượng thực hiện kê khai giá:");
  CHECK(e.assignments.empty());
  // Luật 15/2012/QH13 Điều 58 khoản 2: "giải trình" is no "trình"
  Document f = one("Quốc hội",
                   "Biên bản vi phạm hành chính phải ghi rõ quyền và thời hạn giải trình về vi phạm hành chính của người "
                   "vi phạm; cơ quan tiếp nhận giải trình.");
  CHECK(!has(f, "Cơ quan tiếp nhận giải", Role::lead));
}

TEST_CASE("link described: a date fronted and a budget unit's level before the task") {
  // QĐ 03/2025/QĐ-UBND Hà Nội, Quy định Điều 5 khoản 1 ("công trình" is no "trình") and Điều 6 khoản 3
  Document d = one(kHaNoi,
                   "Trước ngày 30 tháng 6 hằng năm, cơ quan, đơn vị quản lý, sử dụng công trình thực hiện lập, đề xuất "
                   "danh mục dự án trong năm kế hoạch tiếp theo, gửi đơn vị dự toán cấp I (nếu có) tổng hợp.");
  CHECK(mention_of(d, "Cơ quan, đơn vị quản lý, sử dụng công trình", Role::lead) ==
        "cơ quan, đơn vị quản lý, sử dụng công trình");
  Document e = one(kHaNoi,
                   "Sau khi được Ủy ban nhân dân các cấp giao dự toán, đơn vị dự toán cấp I thực hiện phân bổ, giao dự "
                   "toán ngân sách nhà nước cho đơn vị sử dụng ngân sách trực thuộc.");
  CHECK(has(e, "Đơn vị dự toán cấp I", Role::lead));
  // QĐ 34/2025/QĐ-UBND Hà Nội Điều 4 khoản 1: "hoặc đơn vị …" goes on with a second body, no role's task
  Document f = one(kHaNoi,
                   "Trước ngày 30 tháng 6 hằng năm, cơ quan, đơn vị quản lý, sử dụng công trình hoặc đơn vị được giao "
                   "thực hiện nhiệm vụ sửa chữa công trình (sau đây gọi là đơn vị thực hiện sửa chữa công trình) lập "
                   "danh mục dự án sửa chữa công trình tài sản công trong năm kế hoạch tiếp theo.");
  CHECK(!has(f, "Cơ quan, đơn vị quản lý, sử dụng công", Role::lead));
}
