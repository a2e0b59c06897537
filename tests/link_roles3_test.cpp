// Link stage: role readings added with the gold files written by reading
// (TT 15/2026/TT-BCT, NĐ 61-CP/1994, QĐ 35/2024 Hà Nội …) — a delegation
// names its delegate, an examination is no oversight. Sentences from the
// corpus (sources in each case).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles3: a body delegated to acts, the one that delegates does not") {
  // TT 15/2026/TT-BCT Điều 3 (new Điều 8 khoản 2 of TT 38/2025)
  Document d = one("Bộ Công Thương",
                   "Bộ trưởng Bộ Công Thương phân cấp cho Ủy ban nhân dân cấp tỉnh nơi các tổ chức, cá nhân đặt trụ "
                   "sở chính hoặc chi nhánh trên địa bàn địa phương có trách nhiệm tiếp nhận hồ sơ, thẩm định, cấp, "
                   "cấp điều chỉnh, cấp lại, thu hồi giấy phép vận chuyển hàng hóa nguy hiểm đối với loại 1.");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Ủy ban nhân dân cấp tỉnh"});
  // Luật 65/2025 Điều 50: a policy of delegating names no one who acts
  Document e = one("Quốc hội",
                   "Kể từ ngày Luật này có hiệu lực thi hành, để kịp thời đẩy mạnh phân quyền, phân cấp cho chính "
                   "quyền địa phương trong một số lĩnh vực ưu tiên, cấp bách, giao Chính phủ ban hành văn bản.");
  CHECK(!has(e, "Chính quyền địa phương", Role::lead));
  CHECK(has(e, "Chính phủ", Role::lead));
  // TT 120/2002/TT-BTC: a delegation the body may make is no task yet
  Document f = one("Bộ Tài chính",
                   "Trong trường hợp cần thiết, Tổng cục Thuế có thể uỷ quyền cho Cục Thuế tỉnh, thành phố trực "
                   "thuộc Trung ương tổ chức in, phát hành một số loại hoá đơn đặc thù.");
  CHECK(f.assignments.empty());
}

TEST_CASE("link roles3: an examination a body holds is its task, not oversight") {
  // TT 15/2026/TT-BCT Điều 7 (new Điều 5 khoản 1 of TT 10/2018)
  Document d = one("Bộ Công Thương",
                   "Ủy ban nhân dân cấp tỉnh tổ chức kiểm tra kiến thức pháp luật về bán hàng đa cấp, kiến thức cho "
                   "đầu mối tại địa phương theo quy trình như sau:");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Ủy ban nhân dân cấp tỉnh"});
  // the checks on others' work stay oversight (QĐ 11/2026 Lào Cai)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Xây dựng thực hiện kiểm tra việc thực hiện pháp luật trong các lĩnh vực quản lý nhà nước "
                   "ngành xây dựng trên địa bàn tỉnh Lào Cai.");
  CHECK(has(e, "Sở Xây dựng tỉnh Lào Cai", Role::supervise));
}

TEST_CASE("link roles3: a council's members listed past an aside in parentheses are given nothing") {
  // NĐ 61-CP/1994 Điều 8 khoản 3
  Document d = one("Chính phủ",
                   "Để giúp Uỷ ban Nhân dân cấp tỉnh thực hiện việc bán nhà ở, Chủ tịch Uỷ ban Nhân dân cấp tỉnh quyết "
                   "định thành lập Hội đồng bán nhà ở do 1 đồng chí lãnh đạo Uỷ ban Nhân dân cấp tỉnh làm Chủ tịch và "
                   "các Uỷ viên là các đại diện Sở Nhà đất, Sở Xây dựng, Kiến trúc sư trưởng (nếu có), Sở Tài chính - "
                   "Vật giá, Sở Địa chính, Liên đoàn Lao động cấp tỉnh, Mặt trận Tổ quốc cấp tỉnh và bên bán nhà qui "
                   "định tại Khoản 1 Điều này.");
  for (const char* member : {"Sở Nhà đất", "Sở Tài chính - Vật giá", "Sở Địa chính", "Liên đoàn Lao động cấp tỉnh"})
    CHECK(!has(d, member, Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("Mặt trận") == std::string::npos);
}

TEST_CASE("link roles3: 'do X qui định căn cứ vào …' as a clause's predicate delegates the rule to X") {
  // NĐ 61-CP/1994 Điều 7 khoản 2 (old spelling 'qui')
  Document d = one("Chính phủ",
                   "Giá đất khi chuyển quyền sử dụng do Uỷ ban Nhân dân cấp tỉnh qui định căn cứ vào khung giá đất do "
                   "Nhà nước qui định và căn cứ vào vị trí của đất ở và tầng nhà;");
  CHECK(has(d, "Ủy ban nhân dân cấp tỉnh", Role::lead));
  // Điều 7 khoản 1 điểm a: the same words inside a phrase after its verb name a price, no task
  Document e = one("Chính phủ",
                   "Giá trị còn lại của nhà ở được xác định căn cứ vào tỷ lệ còn lại của nhà so với giá nhà ở xây dựng "
                   "mới do Uỷ ban Nhân dân tỉnh, thành phố trực thuộc Trung ương (sau đây gọi chung là cấp tỉnh) quy "
                   "định trên cơ sở giá chuẩn tối thiểu nhà ở xây dựng mới do Nhà nước quy định.");
  CHECK(e.assignments.empty());
}

TEST_CASE("link roles3: items of a list split by semicolons share the duty after its last item") {
  // QĐ 11/2026 Lào Cai Điều 3
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ban, ngành, đoàn thê tỉnh; Chủ tịch Ủy ban "
                   "nhân dân các xã, phường (Ủy ban nhân dân cấp xã); Thủ trưởng các cơ quan, đơn vị và các tổ chức, "
                   "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(has(d, "Chủ tịch Ủy ban nhân dân các xã, phường", Role::lead));
  for (const Assignment& a : d.assignments)
    if (a.agency == "Chủ tịch Ủy ban nhân dân các xã, phường") CHECK(a.scope == Scope::document);
  // QĐ 40/2025 Hà Nội Điều 1 khoản 2 (new Điều 6 khoản 1): "Các Sở: A, B, …; X và Y chịu trách nhiệm …"
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "1. Các Sở: Nông nghiệp và Môi trường, Tài chính, Tư pháp, Xây dựng, Quy hoạch Kiến trúc; Thuế thành "
                   "phố Hà Nội và UBND các xã, phường chịu trách nhiệm tổ chức triển khai thực hiện theo chức năng, "
                   "nhiệm vụ được giao, lĩnh vực và phạm vi quản lý nhà nước.");
  CHECK(has(e, "Sở Tài chính thành phố Hà Nội", Role::lead));
  CHECK(has(e, "Sở Quy hoạch Kiến trúc thành phố Hà Nội", Role::lead));
  // Luật 15/2012 Điều 24: fields listed after a colon ("kế toán; kiểm toán độc lập; …") share no verb
  Document f = one("Quốc hội",
                   "c) Phạt tiền đến 50.000.000 đồng: thú y; kế toán; kiểm toán độc lập; phí, lệ phí; quản lý tài sản "
                   "công; hóa đơn; dự trữ quốc gia;");
  CHECK(f.assignments.empty());
}

TEST_CASE("link roles3: a clause that is only a scope label gives its list no task") {
  // NQ 21/2017 HĐND Đắk Lắk Điều 1 khoản 2, with the label as printed and with a colon
  for (const char* label : {"Đối tượng áp dụng", "Đối tượng áp dụng:", "Phạm vi áp dụng", "Giải thích từ ngữ."}) {
    Document d;
    d.meta.issuer = "Hội đồng nhân dân tỉnh Đắk Lắk";
    Provision p;
    p.kind = ProvisionKind::clause;
    p.eid = "art_1__para_2";
    p.text = label;
    Provision b;
    b.kind = ProvisionKind::point;
    b.eid = "art_1__para_2__point_b";
    b.text = "Người đứng đầu, cấp phó của người đứng đầu cơ quan, tổ chức, đơn vị có trách nhiệm tiếp công dân định kỳ "
             "hoặc đột xuất.";
    p.children.push_back(b);
    d.provisions.push_back(p);
    link(d);
    CHECK(d.assignments.empty());
  }
}

TEST_CASE("link roles3: names after objects that close their clause go on with the objects") {
  // TT 155/1998/TT-BTC khoản 3.3: where a report is filed, no task
  Document d = one("Bộ Tài chính",
                   "Nơi nộp báo cáo tài chính: Báo cáo tài chính của doanh nghiệp, tổ chức có vốn đầu tư nước ngoài được "
                   "nộp Bộ Kế hoạch và Đầu tư, Bộ Tài chính; Cục Thuế, Cục Thống kê địa phương (nơi doanh nghiệp đặt "
                   "trụ sở chính); Ban quản lý Khu chế xuất, Khu công nghiệp, Khu công nghệ cao cấp tỉnh (đối với doanh "
                   "nghiệp hoạt động trong Khu chế xuất, Khu công nghiệp, Khu công nghệ cao) và bên có vốn góp liên "
                   "doanh.");
  CHECK(d.assignments.empty());
}

TEST_CASE("link roles3: the bodies a lead works with after 'chủ trì cùng' coordinate") {
  // Quy định ưu đãi đầu tư 2002 An Giang Điều 9
  Document d = one("Ủy ban nhân dân tỉnh An Giang",
                   "Sở Tài chính - Vật giá chủ trì cùng Sở Kế hoạch và Đầu tư, Sở Thương mại - Du lịch xây dựng và "
                   "trình Chủ tịch UBND tỉnh đề án thành lập Quỹ Hỗ trợ đầu tư và Quỹ hỗ trợ xuất khẩu của tỉnh.");
  CHECK(has(d, "Sở Tài chính - Vật giá tỉnh An Giang", Role::lead));
  CHECK(has(d, "Sở Kế hoạch và Đầu tư tỉnh An Giang", Role::coordinate));
  CHECK(has(d, "Sở Thương mại - Du lịch tỉnh An Giang", Role::coordinate));
  CHECK(!has(d, "Sở Kế hoạch và Đầu tư tỉnh An Giang", Role::lead));
  // QĐ 40/2025 Hà Nội Điều 2 (new điểm đ): partners listed past words that are no names
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "đ) Chỉ đạo cơ quan có chức năng quản lý đất đai cấp xã chủ trì cùng các Phòng, ban, đơn vị cấp xã, "
                   "cơ quan thuế, Công an cấp xã, Ban Chỉ huy quân sự cấp xã và các đơn vị có liên quan rà soát, thẩm "
                   "định việc đề xuất nhận chuyển nhượng.");
  CHECK(has(e, "Công an cấp xã", Role::coordinate));
  CHECK(!has(e, "Công an cấp xã", Role::lead));
  CHECK(has(e, "Ban Chỉ huy quân sự cấp xã", Role::coordinate));
}
