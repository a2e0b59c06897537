// Link stage: subjects that carry a qualifier ("Các cơ quan được hỏi ý kiến
// có trách nhiệm …"), members named in a parenthesis, and lists that share a
// head noun — the mention the annotation guide asks for, as printed.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link subjects: a generic subject keeps its qualifier up to the duty marker") {
  Document d = one("Thủ tướng Chính phủ",
                   "Các cơ quan, tổ chức và cá nhân sử dụng đất có nhiệm vụ chấp hành đúng mọi thủ tục.");
  CHECK(mention_of(d, "Các cơ quan, tổ chức và cá nhân sử dụng đất", Role::lead) ==
        "Các cơ quan, tổ chức và cá nhân sử dụng đất");
  CHECK(d.assignments.size() == 1);
}

TEST_CASE("link subjects: after a fronted phrase the subject is still found whole") {
  Document d = one("Ủy ban nhân dân tỉnh An Giang",
                   "Căn cứ vào Giấy chứng nhận ưu đãi đầu tư đã cấp cho nhà đầu tư, cơ quan thuế trực tiếp quản lý "
                   "việc nộp thuế của doanh nghiệp có trách nhiệm hướng dẫn doanh nghiệp.");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].mention == "cơ quan thuế trực tiếp quản lý việc nộp thuế của doanh nghiệp");
  CHECK(d.assignments[0].role == Role::lead);
}

TEST_CASE("link subjects: a verb after the name is the predicate, not a qualifier") {
  Document d = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Các cơ quan, đơn vị tổ chức thực hiện và có trách nhiệm báo cáo kết quả.");
  CHECK(mention_of(d, "Các cơ quan, đơn vị", Role::lead) == "Các cơ quan, đơn vị");
  // a proper name takes no qualifier
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình", "Sở Tài chính thẩm định hồ sơ và có trách nhiệm báo cáo.");
  CHECK(mention_of(e, "Sở Tài chính tỉnh Ninh Bình", Role::lead) == "Sở Tài chính");
}

TEST_CASE("link subjects: a list is no qualifier") {
  Document d = one("Chính phủ", "Ủy ban nhân dân, người quản lý trực tiếp có trách nhiệm xem xét, giải quyết.");
  for (const Assignment& a : d.assignments) CHECK(a.mention.find(',') == std::string::npos);
}

TEST_CASE("link subjects: members in a parenthesis after a class of bodies act with it") {
  Document d = one("Thủ tướng Chính phủ",
                   "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay (Bộ Xây dựng, Bộ Thủy lợi) có trách "
                   "nhiệm huy động máy móc của ngành.");
  CHECK(mention_of(d, "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay", Role::lead) ==
        "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay");
  CHECK(has(d, "Bộ Xây dựng", Role::lead));
  CHECK(has(d, "Bộ Thủy lợi", Role::lead));
  // one body named with its unit in brackets: the body acts
  Document e = one("Thủ tướng Chính phủ", "Bộ Quốc phòng (Cục Bản đồ) có trách nhiệm cung cấp bản đồ.");
  CHECK(has(e, "Bộ Quốc phòng", Role::lead));
  CHECK(e.assignments.size() == 1);
  // … also after a fronted phrase that names a passive's agent (QĐ 35/2024 Hà Nội, Quy chế 9.3):
  // the verb after the brackets is the body's, not the end of a list begun by the agent
  Document g = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trong thời hạn 15 ngày sau khi phát hiện vi phạm của cá nhân được các cơ quan có thẩm quyền kết "
                   "luận, Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố) có trách nhiệm tham mưu Chủ tịch Ủy ban nhân "
                   "dân Thành phố thực hiện các quy trình theo quy định.");
  CHECK(on(g, "para_1") == std::vector<std::string>{"lead Sở Nội vụ thành phố Hà Nội"});
}

TEST_CASE("link subjects: oversight in the body's later clauses makes it supervise too") {
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Công an tỉnh tổ chức tuyên truyền Luật Phòng cháy, chữa cháy; tăng cường công tác kiểm tra, đôn "
                   "đốc việc tổ chức thực hiện.");
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::supervise));
  // an inspection of its own is a task, not oversight of the carrying out
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các sở, ngành chủ động xây dựng kế hoạch thanh tra, kiểm tra định kỳ về lĩnh vực phụ trách.");
  CHECK(has(e, "Các sở, ngành", Role::lead));
  CHECK_FALSE(has(e, "Các sở, ngành", Role::supervise));
  // the checking it has others do is theirs
  Document f = one("Chính phủ",
                   "Thanh tra Nhà nước có trách nhiệm hướng dẫn các cơ quan chuyên môn cấp dưới kiểm tra tài chính.");
  CHECK_FALSE(has(f, "Thanh tra Nhà nước", Role::supervise));
}

TEST_CASE("link subjects: a list of fields shares its head noun") {
  Document d = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Giao các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường chủ trì thực hiện việc rà soát.");
  CHECK(has(d, "Sở Tài chính tỉnh Ninh Bình", Role::lead));
  CHECK(has(d, "Sở Xây dựng tỉnh Ninh Bình", Role::lead));
  CHECK(has(d, "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình", Role::lead));
  CHECK(d.assignments.size() == 3);
  // without a colon, in old typing with a field in lower case, trailing off with "..."
  Document e = one("Phủ Thủ tướng",
                   "Ủy ban kế hoạch Nhà nước, các Bộ Vật tư, lương thực và thực phẩm, Nội thương, Ngân hàng Nhà nước "
                   "Việt Nam... giải quyết kinh phí, vật tư cần thiết.");
  CHECK(has(e, "Ủy ban kế hoạch Nhà nước", Role::lead));
  CHECK(has(e, "Bộ Vật tư", Role::lead));
  CHECK(mention_of(e, "Bộ lương thực và thực phẩm", Role::lead) == "lương thực và thực phẩm");
  CHECK(has(e, "Bộ Nội thương", Role::lead));
  CHECK(has(e, "Ngân hàng Nhà nước Việt Nam", Role::lead));
  // places are no fields: one body per province and city
  Document f = one("Bộ Tài chính", "Các Cục Hải quan tỉnh, thành phố triển khai thực hiện.");
  for (const Assignment& a : f.assignments) CHECK(a.agency.rfind("Cục thành phố", 0) == std::string::npos);
}

TEST_CASE("link subjects: a name in a fronted phrase of time is its object, the name after the comma acts") {
  // Luật 65/2025 Điều 40
  Document d = one("Quốc hội",
                   "Trong thời gian khuyết Chủ tịch Ủy ban nhân dân, Thường trực Hội đồng nhân dân cấp tỉnh trình Thủ "
                   "tướng Chính phủ quyết định giao quyền Chủ tịch Ủy ban nhân dân cùng cấp.",
                   "Luật");
  CHECK(has(d, "Thường trực Hội đồng nhân dân cấp tỉnh", Role::lead));
  CHECK_FALSE(has(d, "Chủ tịch Ủy ban nhân dân", Role::lead));
  // (the subjects of a condition stay one list: TT 56/2024/TT-BTC 4.1)
  Document e = one("Bộ Tài chính",
                   "Trường hợp Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng, Chủ tịch Ủy ban nhân dân các tỉnh, thành "
                   "phố trực thuộc Trung ương có văn bản đề nghị khai thác và sử dụng thông tin thì áp dụng mức thu "
                   "phí bằng 60% mức thu phí tương ứng.",
                   "Thông tư");
  CHECK(e.assignments.empty());
}
