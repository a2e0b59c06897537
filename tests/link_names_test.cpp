// Link stage: how names are found and split — old typing in lower case,
// collectives of localities — with sentences from the corpus (sources in
// each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link names: a lower-case ủy ban before a capitalised name is that body") {
  // NĐ 29/1998 Quy chế, Điều 24
  Document d = one("Chính phủ",
                   "Đề nghị ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, các đoàn thể chỉ đạo hướng dẫn, kiểm tra cấp "
                   "dưới thực hiện tốt nhiệm vụ được quy định trong Quy chế này.");
  CHECK(mention_of(d, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Role::lead) ==
        "ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
  CHECK(has(d, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Role::supervise));
  CHECK(has(d, "Các đoàn thể", Role::lead));
  // a common noun stays one: "ủy ban" without a capitalised name after it
  Document e = one("Chính phủ", "Thành lập một ủy ban lâm thời để tổ chức thực hiện.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link names: localities listed as collectives are one entry each") {
  // NĐ 29/1998 Quy chế, Điều 21
  Document d = one("Chính phủ",
                   "Các tỉnh, thành phố trực thuộc Trung ương, các huyện, quận, thị xã, thành phố thuộc tỉnh phải tổ "
                   "chức chỉ đạo điểm và triển khai mở rộng một cách vững chắc.");
  CHECK(has(d, "Các tỉnh, thành phố trực thuộc Trung ương", Role::lead));
  CHECK(has(d, "Các huyện, quận, thị xã, thành phố thuộc tỉnh", Role::lead));
  CHECK(d.assignments.size() == 2);
  // short collectives joined by ", các" stay one phrase (CT 299/1980: "Các ngành, các cấp")
  Document e = one("Thủ tướng Chính phủ", "Các ngành, các cấp có trách nhiệm thực hiện Chỉ thị này.");
  CHECK(mention_of(e, "Các ngành, các cấp", Role::lead) == "Các ngành, các cấp");
}

TEST_CASE("link names: Thanh tra followed by what is inspected is the act, not the body") {
  // BC kết quả Chỉ thị 38 Lào Cai, 2.7
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Thanh tra chuyên đề về công tác quản lý khoáng sản, Thanh tra việc chấp hành pháp luật về khoáng sản.");
  CHECK(d.assignments.empty());
  // the body by itself, and an inspector, stay names
  CHECK(has(one("Ủy ban nhân dân tỉnh Lào Cai", "Thanh tra tỉnh chủ trì kiểm tra việc chấp hành."),
            "Thanh tra tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link names: a registered body inside a unit's name stays whole") {
  // CT 299/1980, 3.c: "tham mưu" is no verb inside "Bộ Tổng tham mưu"
  Document d = one("Thủ tướng Chính phủ",
                   "- Phối hợp với Cục bản đồ Bộ Tổng tham mưu nghiên cứu và tiến hành khai thác ảnh chụp bằng máy bay "
                   "hiện có để xây dựng bản đồ từng thửa.");
  CHECK(mention_of(d, "Cục bản đồ Bộ Tổng tham mưu", Role::coordinate) == "Cục bản đồ Bộ Tổng tham mưu");
  // QĐ 173/2015/BTP, III.1.b: a department and the committee it belongs to
  Document e = one("Bộ Tư pháp", "b) Phối hợp với Vụ Pháp chế - Ủy ban Dân tộc triển khai thực hiện các nội dung của Kế hoạch.");
  CHECK(mention_of(e, "Vụ Pháp chế - Ủy ban Dân tộc", Role::coordinate) == "Vụ Pháp chế - Ủy ban Dân tộc");
  CHECK_FALSE(has(e, "Ủy ban Dân tộc", Role::coordinate));
  CHECK(e.assignments.size() == 1);
}

TEST_CASE("link names: xây dựng after a name is the verb when its object follows") {
  // CT 299/1980, 3.e
  Document d = one("Thủ tướng Chính phủ",
                   "e) Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các "
                   "quy trình kỹ thuật có liên quan đến công tác thống kê.");
  CHECK(mention_of(d, "Tổng cục quản lý ruộng đất", Role::coordinate) == "Tổng cục quản lý ruộng đất");
  // TT 01/2006/NHNN, 2.e
  Document e = one("Ngân hàng Nhà nước Việt Nam",
                   "e) Phối hợp với Quỹ bảo lãnh tín dụng xây dựng quy trình, thủ tục bảo lãnh.");
  CHECK(mention_of(e, "Quỹ bảo lãnh tín dụng", Role::coordinate) == "Quỹ bảo lãnh tín dụng");
  // … but a field inside a name stays (QĐ 173/2015/BTP, III.2.d)
  Document f = one("Bộ Tư pháp",
                   "d) Phối hợp với Vụ Các vấn đề chung về xây dựng pháp luật triển khai thực hiện nội dung của Kế hoạch.");
  CHECK(mention_of(f, "Vụ Các vấn đề chung về xây dựng pháp luật", Role::coordinate) ==
        "Vụ Các vấn đề chung về xây dựng pháp luật");
}

TEST_CASE("link names: a region numbered after khu vực is part of the name") {
  // QĐ 34/2025/QĐ-UBND Hà Nội, Điều 8.2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc Kho bạc nhà nước khu vực I; Chủ tịch UBND các quận, huyện, thị xã, xã, thị trấn chịu trách "
                   "nhiệm tổ chức thực hiện Quyết định này./.");
  CHECK(has(d, "Giám đốc Kho bạc nhà nước khu vực I", Role::lead));
  CHECK_FALSE(has(d, "Giám đốc Kho bạc nhà nước khu", Role::lead));
}

TEST_CASE("link names: a complete name ends before the verb quản lý") {
  // CV 193/2026 UBND Lào Cai, 4.c
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "c) Phối hợp với Sở Ngoại vụ và chính quyền địa phương quản lý chặt chẽ việc tổ chức sử dụng, bảo "
                   "quản VLNCN tại khu vực biên giới.");
  CHECK(mention_of(d, "Chính quyền địa phương tỉnh Lào Cai", Role::coordinate) == "chính quyền địa phương");
  // a unit's head keeps "Quản lý" as its name's first words (CT 299/1980, 1.)
  Document e = one("Thủ tướng Chính phủ",
                   "Các cơ quan có nhiệm vụ đăng ký ruộng đất theo quy định của Tổng cục quản lý ruộng đất; Tổng cục "
                   "quản lý ruộng đất chủ trì hướng dẫn.");
  CHECK(has(e, "Tổng cục quản lý ruộng đất", Role::lead));
}

TEST_CASE("link names: collectives at the centre and bodies a thing is handed over to") {
  // CT 299/1980, 3.a
  Document d = one("Thủ tướng Chính phủ",
                   "- Chủ trì phối hợp các ngành ở Trung ương để thực hiện kế hoạch đo đạc, phân hạng và đăng ký thống "
                   "kê ruộng đất.");
  CHECK(mention_of(d, "Các ngành ở Trung ương", Role::coordinate) == "các ngành ở Trung ương");
  // NQ 132/2020/QH14, Điều 7.4.a: the body receives land, it is given no task
  Document e = one("Quốc hội",
                   "a) Đối với vị trí, diện tích đất không còn nhu cầu cho nhiệm vụ quân sự, quốc phòng, an ninh thì đưa "
                   "ra khỏi quy hoạch đất quốc phòng, an ninh và chuyển giao cho Ủy ban nhân dân cấp tỉnh quản lý, sử "
                   "dụng;");
  CHECK(e.assignments.empty());
}

TEST_CASE("link names: an office of the issuer keeps the unit named after it") {
  // QĐ 1050/QĐ-SCT 2026 Lào Cai, Điều 5.2
  Document d = one("Sở Công Thương tỉnh Lào Cai",
                   "2. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, các tổ chức cá nhân có liên quan và các "
                   "ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
                   "Quyết định");
  CHECK(mention_of(d, "Trưởng phòng Quản lý công nghiệp Sở Công Thương tỉnh Lào Cai", Role::lead) ==
        "Trưởng phòng Quản lý công nghiệp");
  CHECK(has(d, "Chánh Văn phòng Sở Công Thương tỉnh Lào Cai", Role::lead));
  // in a law such a post is no one's own unit: no issuer after it (Luật 15/2012/QH13, Điều 99)
  Document e = one("Quốc hội",
                   "Trong thời hạn 05 ngày, kể từ ngày nhận được hồ sơ, Trưởng phòng Tư pháp cấp huyện có trách nhiệm "
                   "kiểm tra tính pháp lý của hồ sơ và gửi Trưởng công an cùng cấp.",
                   "Luật");
  REQUIRE_FALSE(e.assignments.empty());
  for (const Assignment& a : e.assignments) CHECK(a.agency.find("Quốc hội") == std::string::npos);
}

TEST_CASE("link names: one body misspelt in the same provision is one entry") {
  // NĐ 109/2004/NĐ-CP (converted from TCVN3), Điều 13.2: "banh doanh" for "kinh doanh"
  Document d = one("Chính phủ",
                   "Khi tiếp nhận hồ sơ, Phòng đăng ký kinh doanh cấp tỉnh phải trao giấy biên nhận về việc nhận hồ sơ "
                   "cho người nộp hồ sơ. Phòng đăng ký banh doanh cấp tỉnh chịu trách nhiệm về tính hợp lệ của hồ sơ.",
                   "Nghị định");
  CHECK(d.assignments.size() == 1);
  CHECK(has(d, "Phòng đăng ký kinh doanh cấp tỉnh", Role::lead));
}

TEST_CASE("link names: a body of the localities named after it is one body") {
  // CV bảo vệ khoáng sản 2026 UBND Lào Cai, 3
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "- Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Công an tỉnh và UBND các địa phương rà soát "
                   "các bến thủy nội địa, bãi tập kết vật liệu xây dựng.");
  CHECK(mention_of(d, "Ủy ban nhân dân các địa phương", Role::coordinate) == "UBND các địa phương");
  CHECK_FALSE(has(d, "Các địa phương", Role::coordinate));
  // NQ 1654/NQ-UBTVQH15, Điều 3.1
  Document e = one("Ủy ban Thường vụ Quốc hội",
                   "1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang, chính quyền địa phương các đơn vị "
                   "hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách "
                   "nhiệm tổ chức thi hành Nghị quyết này.",
                   "Nghị quyết");
  CHECK_FALSE(has(e, "Các đơn vị hành chính liên quan", Role::lead));
  CHECK(has(e, "Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp", Role::lead));
}

TEST_CASE("link names: a joint body of ministries (Liên Bộ) is one name") {
  // NĐ 61-CP/1994, Điều 27
  Document d = one("Chính phủ",
                   "Liên Bộ Xây dựng - Tài chính - Vật giá Chính phủ phối hợp với các cơ quan chức năng liên quan hướng "
                   "dẫn và kiểm tra việc thực hiện Nghị định này.");
  CHECK(mention_of(d, "Liên Bộ Xây dựng - Tài chính - Vật giá Chính phủ", Role::lead) ==
        "Liên Bộ Xây dựng - Tài chính - Vật giá Chính phủ");
  CHECK(has(d, "Liên Bộ Xây dựng - Tài chính - Vật giá Chính phủ", Role::supervise));
  CHECK_FALSE(has(d, "Chính phủ", Role::lead));
  // "liên bộ" in lower case, a kind of document, names no body
  Document e = one("Chính phủ", "Thông tư liên bộ quy định chi tiết việc thực hiện.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link names: các cấp ủy is a collective of party committees, not the levels") {
  // NQ 60-NQ/TW 2025, closing paragraph
  Document d = one("Ban Chấp hành Trung ương",
                   "Ban Chấp hành Trung ương Đảng yêu cầu các cấp ủy, cơ quan, đơn vị, tổ chức, nhất là người đứng đầu "
                   "tập trung sửa đổi, bổ sung, xây dựng hoàn thiện thể chế.");
  CHECK(mention_of(d, "Các cấp ủy, cơ quan, đơn vị, tổ chức", Role::lead) == "các cấp ủy, cơ quan, đơn vị, tổ chức");
  CHECK_FALSE(has(d, "Các cấp", Role::lead));
}

TEST_CASE("link names: đào tạo inside a name is a field, not the verb tạo") {
  // QĐ 12/2001/QĐ-BTC, Điều 3: one head shared by the listed fields
  Document d = one("Bộ Tài chính",
                   "Các Bộ Giáo dục- Đào tạo, Y tế, Văn hoá Thông tin, Uỷ ban Thể dục thể thao và Uỷ ban nhân dân các "
                   "tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm chỉ đạo, triển khai Chế độ kế toán đơn vị "
                   "ngoài công lập.");
  CHECK(has(d, "Bộ Giáo dục - Đào tạo", Role::lead));
  CHECK(has(d, "Bộ Y tế", Role::lead));
  CHECK(has(d, "Bộ Văn hoá Thông tin", Role::lead));
  // QĐ 06/2025/QĐ-UBND Hà Nội, Điều 3
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông chịu trách nhiệm thi hành Quyết "
                   "định này.");
  // (its field in lower case, three words before the verb, is the name's, as the gold of QĐ 06/2025 reads
  // it: "… và Đào tạo thông tin truyền thông"; session 27 — until then the name ended at "Đào tạo")
  CHECK(mention_of(e, "Giám đốc Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông", Role::lead) ==
        "Giám đốc Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông");
}

TEST_CASE("link names: fields after các sở, ngành split by semicolons are one Sở each") {
  // NQ 95/2017 HĐND Hà Giang, Điều 3.2
  Document d = one("Hội đồng nhân dân tỉnh Hà Giang",
                   "Ủy ban nhân dân tỉnh, Chủ tịch UBND tỉnh, Giám đốc các sở, ngành: Nông nghiệp và Phát triển nông "
                   "thôn; Văn hóa Thể thao và Du lịch; Tài nguyên và Môi trường; Ban Dân tộc tỉnh; Bộ Chỉ huy Quân sự "
                   "tỉnh và Công an tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.");
  CHECK(has(d, "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang", Role::lead));
  CHECK(mention_of(d, "Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh Hà Giang", Role::lead) ==
        "Văn hóa Thể thao và Du lịch");
  CHECK(has(d, "Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Giang", Role::lead));
  CHECK(has(d, "Ban Dân tộc tỉnh Hà Giang", Role::lead));
  CHECK_FALSE(has(d, "Giám đốc các sở, ngành", Role::lead));
  // fields split by ',' are list_items' (QĐ 40/2025 Hà Nội: "Các Sở: A, B, …; Thuế thành phố Hà Nội")
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "1. Các Sở: Nông nghiệp và Môi trường, Tài chính, Tư pháp; Thuế thành phố Hà Nội và UBND các xã, "
                   "phường chịu trách nhiệm tổ chức triển khai thực hiện.");
  CHECK(has(e, "Sở Tài chính thành phố Hà Nội", Role::lead));
  CHECK_FALSE(has(e, "Sở Thuế thành phố Hà Nội", Role::lead));
}

TEST_CASE("link names: fields after các Sở, ban, ngành split by commas are one Sở each") {
  // QĐ 36/2025/QĐ-UBND Hà Nội, Điều 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở, ban, ngành: Nông nghiệp và Môi trường, "
                   "Tài chính, Kho bạc nhà nước thành phố Hà Nội; Chủ tịch Ủy ban nhân dân cấp xã; thủ trưởng các cơ "
                   "quan, đơn vị và các tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./.");
  CHECK(has(d, "Giám đốc Sở Nông nghiệp và Môi trường thành phố Hà Nội", Role::lead));
  CHECK(mention_of(d, "Giám đốc Sở Tài chính thành phố Hà Nội", Role::lead) == "Tài chính");
  CHECK_FALSE(has(d, "Giám đốc các Sở, ban, ngành", Role::lead));
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân cấp xã", Role::lead));
}

TEST_CASE("link names: nghiệm thu inside a name is acceptance, not the verb thu") {
  // QĐ 36/2025/QĐ-UBND Hà Nội, Quy định Điều 9 khoản 3
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trường hợp thành lập Hội đồng nghiệm thu, Thủ trưởng cơ quan nghiệm thu ra quyết định thành lập, "
                   "Lãnh đạo cơ quan nghiệm thu làm Chủ tịch Hội đồng. Chủ tịch Hội đồng nghiệm thu có trách nhiệm báo "
                   "cáo Thủ trưởng đơn vị nghiệm thu kết quả nghiệm thu và các kiến nghị có liên quan đến nhiệm vụ được "
                   "nghiệm thu.");
  CHECK(mention_of(d, "Chủ tịch Hội đồng nghiệm thu", Role::lead) == "Chủ tịch Hội đồng nghiệm thu");
  CHECK_FALSE(has(d, "Thủ trưởng cơ quan nghiệm", Role::lead));
  CHECK_FALSE(has(d, "Chủ tịch Hội đồng nghiệm", Role::lead));
}

TEST_CASE("link names: 'thành phố Cần Thơ' is a place, not the verb 'cần'") {
  // NQ 1668/NQ-UBTVQH15 Điều 3 khoản 1
  Document d = one("Ủy ban Thường vụ Quốc hội",
                   "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Cần Thơ, chính quyền địa phương các đơn "
                   "vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có "
                   "trách nhiệm tổ chức thi hành Nghị quyết này.", "Nghị quyết");
  CHECK(mention_of(d, "Ủy ban nhân dân thành phố Cần Thơ", Role::lead) == "Ủy ban nhân dân thành phố Cần Thơ");
  // a label's verb joined after a level word still ends the name (its tail is lower case)
  Document g = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Giao Ủy ban nhân dân tỉnh Chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.");
  CHECK(mention_of(g, "Ủy ban nhân dân tỉnh Lào Cai", Role::lead) == "Ủy ban nhân dân tỉnh");
}

TEST_CASE("link names: 'Phó Chánh Văn phòng' and 'Phó Trưởng ban' are offices of their own") {
  // QĐ 19/2025/QĐ-UBND Hà Nội Điều 4 khoản 1 c)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phó Chánh Văn phòng Ủy ban nhân dân Thành phố do Chủ tịch Ủy ban nhân dân Thành phố bổ nhiệm "
                   "theo đề nghị của Chánh Văn phòng Ủy ban nhân dân Thành phố, giúp Chánh Văn phòng Ủy ban nhân dân "
                   "Thành phố thực hiện một hoặc một số nhiệm vụ cụ thể và chịu trách nhiệm trước pháp luật về thực "
                   "hiện nhiệm vụ được phân công.");
  CHECK(mention_of(d, "Phó Chánh Văn phòng Ủy ban nhân dân thành phố Hà Nội", Role::lead) ==
        "Phó Chánh Văn phòng Ủy ban nhân dân Thành phố");
}

TEST_CASE("link names: the Front's committee under its full name, an OCR'd spelling in the registry's") {
  // NQ 47/NQ-HĐND An Phú (2024) Điều 1 khoản 2 điểm c, as printed: "Mật trận" for "Mặt trận"
  Document d = one("Hội đồng nhân dân huyện An Phú",
                   "Phát huy vai trò của Ủy ban Mật trận Tổ quốc và các tổ chức chính trị - xã hội trong tuyên "
                   "truyền, vận động đoàn viên, hội viên và nhân dân thực hiện dân chủ ở cơ sở theo quy định của pháp luật.");
  CHECK(mention_of(d, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện An Phú", Role::lead) == "Ủy ban Mật trận Tổ quốc");
  // the abbreviation and the short name (QĐ 35/2024 Hà Nội Điều 3: "… Mặt trận Tổ quốc … chịu trách nhiệm")
  Document e = one("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban MTTQ Thành phố chủ trì tuyên truyền.");
  CHECK(has(e, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", Role::lead));
  // written in full already: once ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
  Document f = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện Nghị quyết.");
  CHECK(has(f, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế", Role::supervise));
  // a neighbourhood's Front team is no committee
  Document g = one("Chính phủ", "Ban công tác Mặt trận phối hợp tổ chức hội nghị.");
  CHECK(on(g, "para_1").size() == 1);
  CHECK(on(g, "para_1")[0].find("Việt Nam") == std::string::npos);
}

TEST_CASE("link names: 'các tổ chức, hộ gia đình, cá nhân có liên quan' told to carry out a decision is one mixed collective") {
  // QĐ 71/2024/QĐ-UBND Hà Nội Điều 5 (and QĐ 38, QĐ 40/2025 the same)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng UBND Thành phố; Giám đốc các sở, ban, ngành; Chủ tịch UBND các quận, huyện, thị xã "
                   "và các tổ chức, hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Các tổ chức, hộ gia đình, cá nhân có liên quan", Role::lead) ==
        "các tổ chức, hộ gia đình, cá nhân có liên quan");
  // households alone are private parties (the guide), given nothing
  Document e = one("Ủy ban nhân dân thành phố Hà Nội", "Các hộ gia đình, cá nhân thực hiện kê khai theo mẫu.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link names: 'Lao động Thương binh và Xã hội' printed without its hyphen is the department in a list of fields") {
  // QĐ 08/2025/QĐ-UBND Hà Nội Điều 3 (the line break of "Xã⏎hội" as printed)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chánh Văn phòng Uỷ ban nhân dân Thành phố; Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, "
                   "Tài chính, Lao động Thương binh và Xã hội, Khoa học và Công nghệ; Thủ trưởng các sở, ban, ngành "
                   "Thành phố chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(mention_of(d, "Giám đốc Sở Lao động Thương binh và Xã hội thành phố Hà Nội", Role::lead) ==
        "Lao động Thương binh và Xã hội");
  CHECK(has(d, "Giám đốc Sở Khoa học và Công nghệ thành phố Hà Nội", Role::lead));
  CHECK(has(d, "Chánh Văn phòng Ủy ban nhân dân thành phố Hà Nội", Role::lead));
}

TEST_CASE("link names: the area after bodies of many places says which of them are meant and stays in the name") {
  // CV 5141/SNNMT Lào Cai (2025), its last request
  Document d = one("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                   "Đề nghị UBND các xã, phường trên địa bàn tỉnh quan tâm, phối hợp thực hiện./.");
  CHECK(mention_of(d, "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Lào Cai", Role::coordinate) ==
        "UBND các xã, phường trên địa bàn tỉnh");
  // QĐ 08/2025/QĐ-UBND Hà Nội Điều 3: a mixed collective and its area
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Các tổ chức, cá nhân, đơn vị có liên quan trên địa bàn Thành phố chịu trách nhiệm thi hành Quyết "
                   "định này./.");
  CHECK(has(e, "Các tổ chức, cá nhân, đơn vị có liên quan trên địa bàn Thành phố", Role::lead));
  // a scope line naming the councils "của Hội đồng nhân dân, Ủy ban nhân dân các cấp trên địa bàn tỉnh Trà
  // Vinh" (NQ 38/2017 Trà Vinh Điều 1 khoản 1) gives no one a task
  Document f = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Tổ chức, cá nhân có liên quan đến quy trình xây dựng và ban hành văn bản quy phạm pháp luật của Hội "
                   "đồng nhân dân, Ủy ban nhân dân các cấp trên địa bàn tỉnh Trà Vinh.");
  CHECK(f.assignments.empty());
}

TEST_CASE("link names: a field after về closes an office's collective body") {
  // Luật 69/2025/QH15 (Hóa chất), 17.3: the field named after "ở trung ương về" runs to the verb
  Document d = one("Quốc hội",
                   "3. Thủ trưởng cơ quan quản lý nhà nước ở trung ương về hóa chất quy định biểu mẫu, thời hạn, "
                   "phương thức và lộ trình thực hiện lập phiếu kiểm soát mua, bán hóa chất cần kiểm soát đặc biệt.");
  CHECK(mention_of(d, "Thủ trưởng cơ quan quản lý nhà nước ở trung ương về hóa chất", Role::lead) ==
        "Thủ trưởng cơ quan quản lý nhà nước ở trung ương về hóa chất");
  // without a field the window of four words stays ("… của thành phố", then the verb)
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Thủ trưởng cơ quan, đơn vị của thành phố chịu trách nhiệm thi hành Quyết định này.");
  CHECK(on(e, "para_1").size() == 1);
}
