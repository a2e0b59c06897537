// Link stage (session 28): tone marks an OCR got wrong in the words the grammar reads ("cơ quan có
// thâm quyền", "tô chức"), restored for the linker only; an appraisal team's names; a body's size and
// its founder, no task of its own.
#include <catch2/catch.hpp>

#include "link_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link28: a competent body read through an OCR'd tone mark", "[link][link28]") {
  // TT 43/2018/TT-BCT (OCR'd), Điều 17 khoản 4: the name in the restored spelling, the mention as printed
  Document d = one("Bộ Công Thương",
                   "Cơ quan có thâm quyền xử phạt vi phạm hành chính có trách nhiệm xử lý theo quy định.", "Thông tư");
  CHECK(mention_of(d, "Cơ quan có thẩm quyền xử phạt vi phạm hành chính", Role::lead) ==
        "Cơ quan có thâm quyền xử phạt vi phạm hành chính");
  // the other marks the scans print for it, in capitals too
  for (const char* printed : {"thấm quyên", "thầm quyền", "THẢM QUYỀN"}) {
    Document e = one("Bộ Công Thương",
                     std::string("Cơ quan có ") + printed + " xử phạt vi phạm hành chính có trách nhiệm xử lý.",
                     "Thông tư");
    INFO(printed);
    CHECK(has(e, "Cơ quan có thẩm quyền xử phạt vi phạm hành chính", Role::lead));
  }
  // QĐ 11/2026/QĐ-UBND Lào Cai (OCR'd), Điều 20 khoản 3 điểm c: "tô chức" is "tổ chức" before "chức"
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và các tô chức ở địa phương thực hiện "
                   "tuyên truyền, phổ biến pháp luật về xây dựng.",
                   "Quyết định");
  CHECK(mention_of(f, "Các tổ chức ở địa phương", Role::coordinate) == "các tô chức ở địa phương");
}

TEST_CASE("link28: a word whose marks have another reading stays as printed", "[link][link28]") {
  // "tô" alone is a word ("tô màu"); only the pair "tô chức" has one reading
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Văn hóa, Thể thao và Du lịch tô màu bản đồ di sản và có trách nhiệm báo cáo.", "Quyết định");
  CHECK(has(d, "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai", Role::lead));
  // a pair printed right is read as printed: no second fold of "tổ chức"
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Phối hợp với các tổ chức ở địa phương thực hiện tuyên truyền.", "Quyết định");
  CHECK(mention_of(e, "Các tổ chức ở địa phương", Role::coordinate) == "các tổ chức ở địa phương");
}

TEST_CASE("link28: the lead appraising body and the appraisal team", "[link][link28]") {
  // QĐ 11/2026 Lào Cai, Điều 13 khoản 5: the work led names the role; "dừng việc …" is its predicate
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Nếu chủ đầu tư không bổ sung hồ sơ theo yêu cầu thì cơ quan chủ trì thẩm định dừng việc thẩm định.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan chủ trì thẩm định", Role::lead) == "cơ quan chủ trì thẩm định");
  CHECK_FALSE(mentioned(d, "cơ quan chủ trì thẩm định dừng", Role::lead));
  // TT 43/2018, Điều 5: the team's head, one name ("thẩm định" is the team's kind, as "kiểm tra" is)
  Document e = one("Bộ Công Thương", "Trưởng đoàn thẩm định chịu trách nhiệm về kết quả thẩm định thực tế tại cơ sở.",
                   "Thông tư");
  CHECK(mention_of(e, "Trưởng đoàn thẩm định", Role::lead) == "Trưởng đoàn thẩm định");
  // NĐ 15/2018, Điều 29 khoản 2 điểm d: the team's duty
  Document f = one("Chính phủ",
                   "Trong thời hạn 07 ngày làm việc, đoàn thẩm định có trách nhiệm xem xét để trình Bộ Y tế cấp "
                   "Giấy chứng nhận.",
                   "Nghị định");
  CHECK(has(f, "Đoàn thẩm định", Role::lead));
}

TEST_CASE("link28: a body's size and its founder are no task of its own", "[link][link28]") {
  // NĐ 15/2018 Điều 29 khoản 2 điểm b: how many it has
  Document d = one("Chính phủ",
                   "Đoàn thẩm định có từ 05 người trở lên, trong đó có ít nhất 02 thành viên có kinh nghiệm.",
                   "Nghị định");
  CHECK(d.assignments.empty());
  Document e = one("Chính phủ", "Đoàn kiểm tra có 05 thành viên.", "Nghị định");
  CHECK(e.assignments.empty());
  // TT 43/2018 Điều 5 khoản 1 điểm b: who set it up ("do … thành lập"), a passive
  Document f = one("Bộ Công Thương",
                   "Đoàn thẩm định thực tế tại cơ sở do cơ quan có thẩm quyền cấp Giấy chứng nhận ban hành quyết "
                   "định thành lập.",
                   "Thông tư");
  CHECK_FALSE(has(f, "Đoàn thẩm định", Role::lead));
  // near miss: a duty that comes with a number is still one
  Document g = one("Chính phủ", "Đoàn kiểm tra có trách nhiệm báo cáo trong 05 ngày.", "Nghị định");
  CHECK(has(g, "Đoàn kiểm tra", Role::lead));
}

namespace {

// An article with a heading over clauses, linked (the Bộ Quốc phòng's circular's shape).
Document article(std::string heading, std::vector<std::string> clauses, std::string text = "") {
  Document d;
  d.meta.doc_type = "Thông tư";
  d.meta.issuer = "Bộ Quốc phòng";
  Provision p;
  p.kind = ProvisionKind::article;
  p.eid = "art_7";
  p.heading = std::move(heading);
  p.text = std::move(text);
  for (std::size_t i = 0; i < clauses.size(); ++i) p.children.push_back(prov("art_7__para_" + std::to_string(i + 1), clauses[i]));
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

}  // namespace

TEST_CASE("link28: an article headed by a body's name alone lists its duties", "[link][link28]") {
  // TT 13/2026/TT-BQP Điều 7: one lead on the article; the clause that names it again adds none
  Document d = article("Binh chủng Hóa học",
                       {"Tham mưu giúp Quân ủy Trung ương, Bộ Quốc phòng về triển khai thực hiện các nội dung được quy "
                        "định tại Thông tư này.",
                        "Hướng dẫn các cơ quan, đơn vị trực thuộc Bộ Quốc phòng lập sổ theo dõi hóa chất cấm.",
                        "Căn cứ yêu cầu quản lý, Bộ Quốc phòng giao Binh chủng Hóa học chủ trì, phối hợp với cơ quan "
                        "quản lý nhà nước có liên quan tổ chức rà soát danh mục."});
  CHECK(has_on(d, "art_7", "Binh chủng Hóa học", Role::lead));
  CHECK_FALSE(has_on(d, "art_7__para_3", "Binh chủng Hóa học", Role::lead));
  // Điều 8: no clauses, the article's text opens with the work
  Document e = article("Thanh tra Bộ Quốc phòng", {},
                       "Chủ trì, phối hợp với Binh chủng Hóa học và các cơ quan đơn vị có liên quan thanh tra, kiểm "
                       "tra việc thực hiện các quy định tại Thông tư này.");
  CHECK(has_on(e, "art_7", "Thanh tra Bộ Quốc phòng", Role::lead));
  // near misses: a body described, and clauses that name their own bodies
  Document f = article("Ban Chỉ đạo", {"Ban Chỉ đạo có 07 thành viên.", "Thành phần Ban Chỉ đạo gồm đại diện các cơ quan."});
  CHECK_FALSE(has_on(f, "art_7", "Ban Chỉ đạo", Role::lead));
  Document g = article("Binh chủng Hóa học", {"Binh chủng Hóa học có trách nhiệm hướng dẫn lập sổ theo dõi.",
                                              "Binh chủng Hóa học tổng hợp, báo cáo Bộ trưởng."});
  CHECK_FALSE(has_on(g, "art_7", "Binh chủng Hóa học", Role::lead));
  CHECK(has_on(g, "art_7__para_1", "Binh chủng Hóa học", Role::lead));
}

TEST_CASE("link28: the army's chiefs carry out a circular of the Bộ Quốc phòng", "[link][link28]") {
  // TT 13/2026/TT-BQP Điều 11 khoản 1
  Document d = one("Bộ Quốc phòng",
                   "Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị, Thủ trưởng các cơ quan, đơn vị, tổ chức và cá "
                   "nhân liên quan chịu trách nhiệm thi hành Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Tổng Tham mưu trưởng", Role::lead) == "Tổng Tham mưu trưởng");
  CHECK(mention_of(d, "Chủ nhiệm Tổng cục Chính trị", Role::lead) == "Chủ nhiệm Tổng cục Chính trị");
  CHECK(mentioned(d, "Thủ trưởng các cơ quan, đơn vị", Role::lead));
}

TEST_CASE("link28: bodies told to report difficulties, 'kịp thời' before the verb", "[link][link28]") {
  // TT 19/2024/TT-BCT Điều 3 khoản 3: a bare list of who, then "kịp thời phản ánh"
  Document d = one("Bộ Công Thương",
                   "Trong quá trình thực hiện, nếu phát sinh vướng mắc, cơ quan, tổ chức, cá nhân kịp thời phản ánh "
                   "bằng văn bản về Bộ Công Thương (qua Cục Hóa chất) để được hướng dẫn.",
                   "Thông tư");
  CHECK(mention_of(d, "Cơ quan, tổ chức, cá nhân", Role::lead) == "cơ quan, tổ chức, cá nhân");
  // the body reported to is told nothing
  CHECK_FALSE(has(d, "Bộ Công Thương", Role::lead));
}

TEST_CASE("link28: a plan checked to be approved is the approval's step, no oversight", "[link][link28]") {
  // TT 24/2025/TT-BCT Điều 7 khoản 4
  Document d = one("Bộ Công Thương",
                   "Trong thời hạn 15 ngày làm việc kể từ ngày nhận được bộ hồ sơ hợp lệ, cơ quan có thẩm quyền có trách "
                   "nhiệm kiểm tra, đánh giá và phê duyệt kế hoạch quản lý rủi ro trong khai thác khoáng sản.",
                   "Thông tư");
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::lead));
  CHECK_FALSE(has(d, "Cơ quan có thẩm quyền", Role::supervise));
  // near miss: checking how others carry a rule out is oversight
  Document e = one("Bộ Công Thương",
                   "Cục Hóa chất có trách nhiệm kiểm tra, đánh giá việc thực hiện Thông tư này.", "Thông tư");
  CHECK(has(e, "Cục Hóa chất Bộ Công Thương", Role::supervise));
}

TEST_CASE("link28: the units of a named body, 'trực thuộc' it, are one collective", "[link][link28]") {
  // QĐ 1500/QĐ-BHXH 2015 Điều 5: the list goes on past the ";" after it
  Document d = one("Bảo hiểm xã hội Việt Nam",
                   "Trưởng Ban Sổ - Thẻ, Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam; "
                   "Giám đốc Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương, Giám đốc Bảo hiểm xã hội Bộ "
                   "Quốc phòng và Giám đốc Bảo hiểm xã hội Công an nhân dân chịu trách nhiệm thi hành Quyết định này.",
                   "Quyết định");
  CHECK(mention_of(d, "Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam", Role::lead) ==
        "Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam");
  CHECK(has(d, "Giám đốc Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", Role::lead));
  CHECK(has(d, "Giám đốc Bảo hiểm xã hội Bộ Quốc phòng", Role::lead));
  // near miss: the units of a level, not of a body ("… đơn vị trực thuộc Thành phố") keep that reading
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thủ trưởng các đơn vị trực thuộc Thành phố chịu trách nhiệm thi hành Quyết định này.", "Quyết định");
  CHECK(mentioned(e, "Thủ trưởng các đơn vị trực thuộc Thành phố", Role::lead));
}

TEST_CASE("link28: the places that have what the task is about", "[link][link28]") {
  // KH 09/KH-BTNMT 2024, III.2
  Document d = one("Bộ Tài nguyên và Môi trường",
                   "Cục Biến đổi khí hậu chủ trì, phối hợp với các địa phương có rừng triển khai thực hiện kiểm kê.",
                   "Kế hoạch");
  CHECK(mention_of(d, "Các địa phương có rừng", Role::coordinate) == "các địa phương có rừng");
  Document e = one("Bộ Quốc phòng",
                   "Bộ Tư lệnh Bộ đội Biên phòng phối hợp với các địa phương có đường biên giới tổ chức tuần tra.",
                   "Kế hoạch");
  CHECK(mention_of(e, "Các địa phương có đường biên giới", Role::coordinate) == "các địa phương có đường biên giới");
  // near miss: "có" + a duty is the clause's verb, not a qualifier
  Document f = one("Bộ Tài nguyên và Môi trường", "Các địa phương có trách nhiệm báo cáo kết quả.", "Kế hoạch");
  CHECK(mention_of(f, "Các địa phương", Role::lead) == "Các địa phương");
}
