// Link stage: who acts and in what role — powers over a body's own sittings
// and people, fronted time phrases, objects after "giữa", lists split by ";".
// Sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles4: a council sitting, dismissing or deciding to set up is a power, no task") {
  // Luật 65/2025/QH15 Điều 32 khoản 4, Điều 35 khoản 2
  Document d = one("Quốc hội",
                   "Hội đồng nhân dân họp công khai. Trong trường hợp cần thiết, theo đề nghị của Thường trực Hội đồng "
                   "nhân dân, Chủ tịch Ủy ban nhân dân cùng cấp hoặc yêu cầu của ít nhất một phần ba tổng số đại biểu "
                   "Hội đồng nhân dân thì Hội đồng nhân dân quyết định họp kín.");
  CHECK(!has(d, "Hội đồng nhân dân", Role::lead));
  Document e = one("Quốc hội",
                   "Hội đồng nhân dân miễn nhiệm, bãi nhiệm Chủ tịch Hội đồng nhân dân, Phó Chủ tịch Hội đồng nhân dân, "
                   "Trưởng Ban của Hội đồng nhân dân theo đề nghị của Thường trực Hội đồng nhân dân.");
  CHECK(e.assignments.empty());
  // Luật 18/2003/QH11 Điều 42 khoản 3
  Document f = one("Quốc hội",
                   "Uỷ ban nhân dân ra quyết định giải thể lập Hội đồng giải thể và chỉ định Chủ tịch Hội đồng để tổ "
                   "chức việc giải thể hợp tác xã.");
  CHECK(!has(f, "Ủy ban nhân dân", Role::lead));
  // a meeting the body holds is its task (Quy chế chi tiêu 2007 BQL KCN Bà Rịa – Vũng Tàu Điều 25)
  Document g = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa – Vũng Tàu",
                   "Hàng tháng, trên cơ sở nhận xét, đánh giá của các phòng, Hội đồng thi đua khen thưởng tổ chức "
                   "họp đánh giá kết quả công tác của công chức.");
  CHECK(has(g, "Hội đồng thi đua khen thưởng", Role::lead));
}

TEST_CASE("link roles4: a time phrase fronted before the subject leaves it the subject") {
  // QĐ 19/2025/QĐ-UBND Hà Nội Điều 5 khoản 2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Căn cứ chức năng, nhiệm vụ, cơ cấu tổ chức và danh mục vị trí việc làm được cấp có thẩm quyền phê "
                   "duyệt, hằng năm Văn phòng Ủy ban nhân dân Thành phố xây dựng kế hoạch biên chế công chức, biên chế "
                   "sự nghiệp trình Ủy ban nhân dân Thành phố để trình cấp có thẩm quyền xem xét, quyết định theo quy "
                   "định của pháp luật.");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Văn phòng Ủy ban nhân dân thành phố Hà Nội"});
  // TT 120/2002/TT-BTC mục VIII khoản 1.7: opening the sentence
  Document e = one("Bộ Tài chính",
                   "Hàng tháng Chi cục Thuế phải tổng hợp báo cáo Cục Thuế về xử lý mất hoá đơn vào ngày 10 tháng sau.");
  CHECK(on(e, "para_1") == std::vector<std::string>{"lead Chi cục Thuế"});
}

TEST_CASE("link roles4: after objects of a verb, a name with its own verb past a ';' is a new subject") {
  // Luật 65/2025/QH15 Điều 40 (after its opening "Trong thời gian khuyết Chủ tịch Ủy ban nhân dân,")
  Document d = one("Quốc hội",
                   "Thường trực Hội đồng nhân dân cấp tỉnh trình Thủ tướng Chính phủ quyết định giao quyền Chủ tịch Ủy ban nhân dân cùng cấp; Thường trực Hội đồng nhân "
                   "dân cấp huyện trình Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định giao quyền Chủ tịch Ủy ban nhân "
                   "dân cùng cấp; Thường trực Hội đồng nhân dân cấp xã trình Chủ tịch Ủy ban nhân dân cấp huyện quyết "
                   "định giao quyền Chủ tịch Ủy ban nhân dân cùng cấp.");
  for (const char* level : {"tỉnh", "huyện", "xã"})
    CHECK(has(d, std::string("Thường trực Hội đồng nhân dân cấp ") + level, Role::lead));
  CHECK(!has(d, "Chủ tịch Ủy ban nhân dân cùng cấp", Role::lead));
  // a list split by ';' with no verb before it still shares the verb after its last item
  // (QĐ 19/2025 Hà Nội Điều 7)
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc Sở Nội vụ; Chủ tịch Ủy ban nhân dân các xã, "
                   "phường chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(e, "Giám đốc Sở Nội vụ thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles4: the bodies listed after 'phối hợp cùng' a first one we do not take coordinate") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình mục IV khoản 3.5
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Giao Sở Tư pháp chủ trì phối hợp cùng Ban chỉ đạo Cải cách hành chính thành phố, Sở Nội vụ, Trường "
                   "Chính trị, Báo Cần Thơ và các Đoàn thể tuyên truyền rộng rãi về chủ trương cải cách hành chính "
                   "trong thành phố.");
  CHECK(has(d, "Sở Tư pháp thành phố Cần Thơ", Role::lead));
  // (the names joined into one, "Sở Nội vụ, Trường Chính trị", are the name finder's to split)
  CHECK(has(d, "Báo Cần Thơ", Role::coordinate));
  CHECK(has(d, "Các Đoàn thể", Role::coordinate));
  CHECK(!has(d, "Báo Cần Thơ", Role::lead));
}

TEST_CASE("link roles4: names that go on a list after 'giữa', 'là' or 'gồm' and a name are objects") {
  // NĐ 114/2003/NĐ-CP Điều 9
  Document d = one("Chính phủ",
                   "Cán bộ, công chức cấp xã có trách nhiệm thực hiện Quy chế làm việc giữa Đảng ủy, Hội đồng nhân dân, "
                   "ủy ban nhân dân và ủy ban Mặt trận Tổ quốc trong việc giải quyết những vấn đề quan trọng và bức xúc "
                   "của địa phương.");
  CHECK(d.assignments.empty());
  // NĐ 61-CP/1994 Điều 8 khoản 1: who the seller is
  Document e = one("Chính phủ",
                   "Bên bán là Giám đốc Công ty kinh doanh nhà thuộc ngành nhà đất cấp tỉnh, Chủ tịch hoặc Phó Chủ tịch "
                   "Uỷ ban Nhân dân thành phố thuộc tỉnh, thị xã, quận, huyện (nơi chưa có Công ty kinh doanh nhà) hiện "
                   "đang quản lý nhà ở đó.");
  CHECK(e.assignments.empty());
  // a count after "gồm" closes a phrase before the subject (TT 11/2024/TT-BNV Điều 3 khoản 4 điểm b)
  Document f = one("Bộ Nội vụ", "Hồ sơ địa giới đơn vị hành chính cấp tỉnh gồm 03 bộ, Ủy ban nhân dân cấp tỉnh ký.");
  CHECK(has(f, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link roles4: bodies inside a clause whose subject is an act ('Việc … của A, B') are not its subject") {
  // NĐ 114/2003/NĐ-CP Điều 12 khoản 1
  Document d = one("Chính phủ",
                   "Việc bầu cử cán bộ chuyên trách cấp xã của Hội đồng nhân dân, ủy ban nhân dân thực hiện theo Luật "
                   "Bầu cử đại biểu Hội đồng nhân dân, Luật Tổ chức Hội đồng nhân dân và ủy ban nhân dân.");
  CHECK(d.assignments.empty());
  // Luật 65/2025/QH15 Điều 11 khoản 4
  Document e = one("Quốc hội",
                   "Việc quy định nhiệm vụ, quyền hạn của chính quyền địa phương, các cơ quan của chính quyền địa phương "
                   "tại các văn bản quy phạm pháp luật phải phù hợp với quy định tại Luật này.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles: a list split by ';' shares the verb after a participle on its last item") {
  // QĐ 35/2024 Hà Nội Quy định Điều 3.6 (glyphs restored): the last item "cá nhân được đề nghị khen
  // thưởng" carries a participle; "chịu trách nhiệm" after it is every item's
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thủ trưởng sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy ban "
                   "nhân dân các quận, huyện, thị xã; các cơ quan, đơn vị thuộc Thành phố và các tổ chức có liên quan; "
                   "cá nhân được đề nghị khen thưởng chịu trách nhiệm về hồ sơ trình Chủ tịch Ủy ban nhân dân Thành "
                   "phố.");
  CHECK(has(d, "Ủy ban nhân dân các quận, huyện, thị xã", Role::lead));
  CHECK(has(d, "Thủ trưởng sở, ban, ngành", Role::lead));
  CHECK(!has(d, "Chủ tịch Ủy ban nhân dân thành phố Hà Nội", Role::lead));
  // a participle with no duty verb after it shares nothing: the items are what a rule applies to
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Đối tượng áp dụng: Sở Nội vụ; Ủy ban nhân dân các quận, huyện; cá nhân được đề nghị khen thưởng "
                   "theo quy định.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles: 'theo nhiệm vụ, quyền hạn đã được pháp luật quy định' before the verb is the body's remit") {
  // NQ 08/NQ-HĐND 2017 Thừa Thiên Huế Điều 3.2: the remit phrase has no closing comma; "quy định" in it
  // is no delegation, and "tổ chức kiểm tra và giám sát" is oversight only
  Document d = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân "
                   "và các đại biểu Hội đồng nhân dân tỉnh theo nhiệm vụ, quyền hạn đã được pháp luật quy định tổ "
                   "chức kiểm tra và giám sát việc thực hiện Nghị quyết này.");
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::supervise));
  CHECK(!has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  // a delegation to set rules stays one ("Bộ trưởng Bộ Tài chính quy định cụ thể …")
  Document e = one("Chính phủ", "Bộ trưởng Bộ Tài chính quy định cụ thể mức thu phí.");
  CHECK(has(e, "Bộ trưởng Bộ Tài chính", Role::lead));
}

TEST_CASE("link roles: a light verb before the oversight ('sẽ tiến hành giám sát', 'thực hiện kiểm tra') is oversight") {
  // NQ 09 HĐND Thừa Thiên Huế Điều 1.3
  Document d = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Ngoài các nội dung trên, Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân tỉnh sẽ tiến "
                   "hành giám sát các nội dung khác thuộc chức năng, nhiệm vụ và quyền hạn của mình.");
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::supervise));
  CHECK(!has(d, "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  // QĐ 11/2026 Lào Cai Quy định Điều 23.1
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Xây dựng thực hiện kiểm tra việc thực hiện pháp luật trong các lĩnh vực quản lý nhà nước.");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
  CHECK(!has(e, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
  // a task that is not oversight keeps its lead ("thực hiện việc tiếp nhận hồ sơ")
  Document k = one("Ủy ban nhân dân tỉnh Lào Cai", "Sở Xây dựng thực hiện việc tiếp nhận hồ sơ.");
  CHECK(has(k, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link roles: later oversight words are the body's only up to a subject after a fronted phrase") {
  // NQ 08/NQ-HĐND 2017 Thừa Thiên Huế Điều 3.1: "… dự án cần giám sát đặc biệt, dự án đôn đốc thực hiện"
  // belongs to the next sentence, whose subject follows "Trên cơ sở …,"
  Document d = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết. Trên cơ sở xem xét tiến độ triển khai thực "
                   "hiện các dự án theo cam kết, Ủy ban nhân dân tỉnh thống nhất với Thường trực Hội đồng nhân dân tỉnh "
                   "điều chỉnh, bổ sung danh mục các dự án cần rà soát, dự án cần giám sát đặc biệt, dự án đôn đốc thực "
                   "hiện.");
  CHECK(has(d, "Ủy ban nhân dân tỉnh Thừa Thiên Huế", Role::lead));
  CHECK(!has(d, "Ủy ban nhân dân tỉnh Thừa Thiên Huế", Role::supervise));
  // with no new subject, a later sentence's oversight stays the body's (CV 7432/2026 Lào Cai mục 2)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giao Sở Xây dựng chủ trì tổ chức hướng dẫn triển khai thực hiện Quyết định. Đồng thời, chủ trì "
                   "phối hợp với Công an tỉnh tăng cường công tác kiểm tra, đôn đốc việc triển khai thực hiện.");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
}

TEST_CASE("link roles: a list after 'chỉ đạo' stays directed past a name cut inside it") {
  // NQ 08/NQ-HĐND 2017 Thừa Thiên Huế Điều 2.1: "Ban quản lý Khu kinh tế, công nghiệp" is cut at its
  // comma; the names after it are still the ones the UBND directs
  Document d = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Chỉ đạo Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư, Ban quản lý Khu kinh tế, công nghiệp, "
                   "các ngành liên quan và Ủy ban nhân dân các địa phương rà soát tất cả các dự án đầu tư ngoài ngân "
                   "sách trên địa bàn.");
  CHECK(d.assignments.empty());
  // a body named after a list of objects that is not directed is still a subject ("Căn cứ kết quả
  // thẩm định của Bộ Tài chính, Ủy ban nhân dân cấp tỉnh hoàn thiện …")
  Document e = one("Chính phủ",
                   "Căn cứ kết quả thẩm định của Bộ Tài chính, Ủy ban nhân dân cấp tỉnh hoàn thiện hồ sơ.");
  CHECK(has(e, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link roles: the decrees' 'chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp' is one role-holder") {
  // NĐ 32/2024/NĐ-CP Điều 10.1: the role noun after "đề nghị làm" is a complement; the body after
  // the comma is the subject
  Document d = one("Chính phủ",
                   "Trong thời gian 05 ngày làm việc kể từ ngày nhận được văn bản đầu tiên của doanh nghiệp, hợp tác "
                   "xã, tổ chức đề nghị làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp, Ủy ban nhân dân cấp "
                   "huyện có trách nhiệm thông báo rộng rãi việc tiếp nhận hồ sơ.",
                   "Nghị định");
  CHECK(has(d, "Ủy ban nhân dân cấp huyện", Role::lead));
  CHECK(!has(d, "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", Role::lead));
  // NĐ 32/2024 Điều 16.1: the whole defined name, not "Chủ đầu tư" with the rest read as its task
  Document e = one("Chính phủ",
                   "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp có trách nhiệm thực hiện dự án đúng tiến độ.",
                   "Nghị định");
  CHECK(mention_of(e, "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", Role::lead) ==
        "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp");
}

TEST_CASE("link roles: a trade union and a land-price consultant are bodies, not private parties") {
  // QĐ 10/2025 Hà Nội Điều 2.12.e
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phối hợp với tổ chức công đoàn trong việc chăm lo đời sống người lao động.");
  CHECK(has(d, "Tổ chức công đoàn", Role::coordinate));
  // QĐ 40/2025 Hà Nội Điều 1.2
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tổ chức tư vấn xác định giá đất chịu trách nhiệm về kết quả tư vấn xác định giá đất.");
  CHECK(has(e, "Tổ chức tư vấn xác định giá đất", Role::lead));
  // the parties a grant concerns stay private ("các tổ chức, cá nhân được cấp giấy phép")
  Document k = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các tổ chức, cá nhân được cấp giấy phép có trách nhiệm nộp báo cáo.");
  CHECK(k.assignments.empty());
}

TEST_CASE("link roles: a body told to approve and carry out what it approves leads") {
  // NQ 89 HĐND Hà Giang Điều 3 (and NQ 87's "phê duyệt, tổ chức thực hiện Đề án")
  Document d = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh phê duyệt quy hoạch và tổ chức thực hiện.",
                   "Nghị quyết");
  CHECK(mention_of(d, "Ủy ban nhân dân tỉnh Hà Giang", Role::lead) == "Ủy ban nhân dân tỉnh");
  // approving alone is a power, no task
  Document e = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Ủy ban nhân dân tỉnh phê duyệt quy hoạch chi tiết theo thẩm quyền.", "Nghị quyết");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles: a power the issuer hands over with 'giao' is a task") {
  // NQ 124/2017 HĐND Đồng Tháp Điều 2
  Document d = one("Hội đồng nhân dân tỉnh Đồng Tháp",
                   "Giao Ủy ban nhân dân Tỉnh ban hành Quyết định phê duyệt Chương trình phát triển đô thị tỉnh Đồng Tháp "
                   "đến năm 2020 và định hướng đến năm 2030; báo cáo kết quả thực hiện đến Hội đồng nhân dân Tỉnh.",
                   "Nghị quyết");
  CHECK(mention_of(d, "Ủy ban nhân dân tỉnh Đồng Tháp", Role::lead) == "Ủy ban nhân dân Tỉnh");
  // the same power held, not handed over, gives no task
  Document e = one("Hội đồng nhân dân tỉnh Đồng Tháp",
                   "Ủy ban nhân dân Tỉnh ban hành Quyết định phê duyệt Chương trình theo thẩm quyền.", "Nghị quyết");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles: the council named after a sitting is no subject, and oversight stays in its sentence") {
  // NQ 54/2017 HĐND Gia Lai Điều 2: "tại Kỳ họp thứ Ba, Hội đồng nhân dân tỉnh khóa XI" names whose sitting;
  // the next sentence hands "giám sát, đôn đốc" to the council's own bodies, not to Ủy ban nhân dân tỉnh
  Document d = one("Hội đồng nhân dân tỉnh Gia Lai",
                   "Giao Ủy ban nhân dân tỉnh tiếp thu những ý kiến, kiến nghị của Thường trực Hội đồng nhân dân tỉnh, các "
                   "Ban Hội đồng nhân dân tỉnh và ý kiến đóng góp của các đại biểu Hội đồng nhân dân tỉnh tại Kỳ họp thứ Ba, "
                   "Hội đồng nhân dân tỉnh khóa XI để chỉ đạo, điều hành, triển khai thực hiện với sự nỗ lực, quyết tâm cao "
                   "nhất nhằm đảm bảo hoàn thành thắng lợi kế hoạch phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2017 "
                   "đã được Hội đồng nhân dân tỉnh khóa XI, Kỳ họp thứ Ba thông qua. Giao Thường trực Hội đồng nhân dân, các "
                   "Ban Hội đồng nhân dân, các đại biểu Hội đồng nhân dân tỉnh giám sát, đôn đốc Ủy ban nhân dân các cấp, các "
                   "ngành chức năng thực hiện Nghị quyết này.",
                   "Nghị quyết");
  CHECK(has(d, "Ủy ban nhân dân tỉnh Gia Lai", Role::lead));
  CHECK(!has(d, "Ủy ban nhân dân tỉnh Gia Lai", Role::supervise));
  CHECK(!has(d, "Hội đồng nhân dân tỉnh Gia Lai", Role::lead));
  CHECK(has(d, "Thường trực Hội đồng nhân dân tỉnh Gia Lai", Role::supervise));
  // a sentence that goes on with the same body keeps its oversight ("Đồng thời, … kiểm tra, đôn đốc")
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giao Sở Xây dựng chủ trì triển khai thực hiện. Đồng thời, tăng cường công tác kiểm tra, đôn đốc việc "
                   "triển khai thực hiện trên địa bàn tỉnh.");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
}

TEST_CASE("link roles: a body that is the committee's specialised office helping it manage a field leads") {
  // QĐ 37/2025 Hà Nội Điều 1.1 (a functions decision: chức năng)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thanh tra thành phố Hà Nội là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội, giúp Ủy ban "
                   "nhân dân thành phố Hà Nội quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, "
                   "tố cáo và phòng, chống tham nhũng, tiêu cực.");
  CHECK(mention_of(d, "Thanh tra thành phố Hà Nội", Role::lead) == "Thanh tra thành phố Hà Nội");
  // what a body is, with no help it gives, stays no task
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thanh tra thành phố Hà Nội là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội.");
  CHECK(e.assignments.empty());
}
