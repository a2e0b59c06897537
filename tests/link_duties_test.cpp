// Link stage: the roles of a body named over a list of its duties ("1. Sở
// Công Thương" then "- Chủ trì …", "- Tăng cường kiểm tra …"), and of reports
// and letters — sentences from the corpus (sources in each case).
#include <catch2/catch.hpp>
#include <initializer_list>
#include <optional>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

// A document of one provision (kind, eid, heading, text) with children, linked.
Document with_children(std::string issuer, std::string doc_type, ProvisionKind kind, std::string eid,
                       std::optional<std::string> heading, std::string text, ProvisionKind child_kind,
                       const std::string& child_label, std::initializer_list<const char*> children) {
  Document d;
  d.meta.doc_type = std::move(doc_type);
  d.meta.issuer = std::move(issuer);
  Provision p;
  p.kind = kind;
  p.eid = eid;
  p.heading = std::move(heading);
  p.text = std::move(text);
  int n = 0;
  for (const char* child : children) {
    Provision c;
    c.kind = child_kind;
    c.eid = eid + "__" + child_label + "_" + std::to_string(++n);
    c.text = child;
    p.children.push_back(std::move(c));
  }
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

// A document whose one provision names a body and whose children list its duties.
Document duty_list(std::string issuer, std::string names, std::initializer_list<const char*> duties,
                   std::string doc_type = "Công văn") {
  return with_children(std::move(issuer), std::move(doc_type), ProvisionKind::clause, "para_1", std::nullopt,
                       std::move(names), ProvisionKind::item, "item", duties);
}

bool on_parent(const Document& d, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.eid == "para_1" && fold_key(a.agency) == fold_key(agency) && a.role == r) return true;
  return false;
}

}  // namespace

TEST_CASE("link duties: checks the body makes itself are no supervision") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, khoản 2
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Sở Công Thương",
                         {"Chủ trì, phối hợp với các Sở, ban, ngành, địa phương tăng cường kiểm tra, quản lý nguồn "
                          "gốc, xuất xứ đối với hoạt động chế biến, kinh doanh, tiêu thụ khoáng sản.",
                          "Tăng cường kiểm tra việc quản lý, sử dụng vật liệu nổ công nghiệp trong hoạt động khai thác "
                          "khoáng sản; phối hợp xử lý nghiêm các trường hợp sử dụng vật liệu nổ công nghiệp trái phép."});
  CHECK(on_parent(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK_FALSE(on_parent(d, "Sở Công Thương tỉnh Lào Cai", Role::supervise));
  // "; phối hợp xử lý …": a duty of helping
  CHECK(on_parent(d, "Sở Công Thương tỉnh Lào Cai", Role::coordinate));
  // NĐ 36/2015 Điều 8: customs control of goods is the body's own work
  Document e = duty_list("Chính phủ", "Tổng cục Hải quan:",
                         {"Thực hiện thủ tục hải quan; kiểm tra, giám sát hải quan đối với hàng hóa xuất khẩu, nhập "
                          "khẩu theo quy định của pháp luật."},
                         "Nghị định");
  CHECK(on_parent(e, "Tổng cục Hải quan", Role::lead));
  CHECK_FALSE(on_parent(e, "Tổng cục Hải quan", Role::supervise));
}

TEST_CASE("link duties: overseeing others is supervision") {
  // QĐ 70/2024 Hà Nội, Điều 10 khoản 1: checks made on other bodies
  Document d = duty_list("Ủy ban nhân dân thành phố Hà Nội", "Sở Tài chính:",
                         {"Hướng dẫn, kiểm tra các Sở quản lý ngành, lĩnh vực và Ủy ban nhân dân cấp huyện thực hiện "
                          "quản lý nhà nước về giá."},
                         "Quyết định");
  CHECK(on_parent(d, "Sở Tài chính thành phố Hà Nội", Role::supervise));
  // KH triển khai Chỉ thị 11 Lào Cai, IV.5
  Document e = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Sở Tài chính",
                         {"Tăng cường công tác kiểm tra, giám sát việc chấp hành quy định pháp luật đầu tư."},
                         "Kế hoạch");
  CHECK(on_parent(e, "Sở Tài chính tỉnh Lào Cai", Role::supervise));
  // CV 5973/2026 Lào Cai 1.4: "giám sát" names the field the bodies work together in
  Document f = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Trách nhiệm chung của các cơ quan, đơn vị",
                         {"Tăng cường phối hợp giữa các cơ quan trong công tác thanh tra, kiểm tra, giám sát hoạt động "
                          "khoáng sản."});
  CHECK_FALSE(on_parent(f, "Các cơ quan, đơn vị", Role::supervise));
}

TEST_CASE("link duties: Trách nhiệm chung của names the bodies of the duties below") {
  // CV 5973/2026 Lào Cai, khoản 1 ("của" is six bytes: the lead-in test once compared four)
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Trách nhiệm chung của các cơ quan, đơn vị",
                         {"Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định của pháp luật trong công tác "
                          "quản lý nhà nước về địa chất, khoáng sản."});
  CHECK(on_parent(d, "Các cơ quan, đơn vị", Role::lead));
}

TEST_CASE("link duties: a report narrates, unless a clause gives a task") {
  // BC kết quả Chỉ thị 38 Lào Cai, 2.7
  const std::string done = "Thanh tra tỉnh Lào Cai và Thanh tra tỉnh Yên Bái (trước hợp nhất) tổ chức 03 cuộc thanh tra.";
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai", done, "Báo cáo").assignments.empty());
  // (the same words in a plan give the inspectorates the task)
  CHECK(has(one("Ủy ban nhân dân tỉnh Lào Cai", done, "Kế hoạch"), "Thanh tra tỉnh Lào Cai", Role::lead));
  // BC 2.4: "thường xuyên chỉ đạo" tells what the committee does
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai",
            "UBND tỉnh Lào Cai thường xuyên chỉ đạo Sở, ban, ngành rà soát, đánh giá hiệu quả các dự án khai thác "
            "khoáng sản.",
            "Báo cáo")
            .assignments.empty());
  // BC QLNN khoáng sản 2025 Lào Cai: a request made now
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Để tiếp tục nâng cao công tác bảo vệ khoáng sản trên địa bàn tỉnh trong thời gian tới, tiếp tục yêu "
                   "cầu các Sở, ban, ngành và địa phương:",
                   "Báo cáo");
  CHECK(has(d, "Các Sở, ban, ngành và địa phương", Role::lead));
  // BC kế hoạch 2005 Chính phủ: a duty stated
  Document e = one("Chính phủ",
                   "Các Bộ, ngành và địa phương phải có trách nhiệm trong thanh tra, kiểm tra và kịp thời xử lý vi "
                   "phạm, tiêu cực về hoạt động xuất khẩu lao động trên địa bàn.",
                   "Báo cáo");
  CHECK(has(e, "Các Bộ, ngành và địa phương", Role::lead));
}

TEST_CASE("link duties: whom a body's duty asks is its object, not assigned") {
  // KH triển khai Chỉ thị 11 Lào Cai, IV.2
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Sở Nông nghiệp và Môi trường",
                         {"Yêu cầu các đơn vị hoạt động khai thác khoáng sản đầu tư, lắp đặt và vận hành hệ thống "
                          "thông tin, dữ liệu về hoạt động khoáng sản."},
                         "Kế hoạch");
  CHECK(on_parent(d, "Sở Nông nghiệp và Môi trường tỉnh Lào Cai", Role::lead));
  CHECK(d.assignments.size() == 1);
  // NĐ 36/2015 Điều 5: "Đề nghị Bộ Tài chính …" is what the Tổng cục does
  Document e = duty_list("Chính phủ", "Tổng cục Hải quan:", {"Đề nghị Bộ Tài chính việc thành lập Cục Hải quan."},
                         "Nghị định");
  CHECK_FALSE(has(e, "Bộ Tài chính", Role::lead));
  // the same request as the letter's own words asks the body to act
  CHECK(has(one("Ủy ban nhân dân tỉnh Lào Cai", "Đề nghị Bộ Tài chính hướng dẫn thực hiện.", "Công văn"), "Bộ Tài chính",
            Role::lead));
}

TEST_CASE("link duties: Thanh tra, kiểm tra opening a duty are verbs") {
  // NĐ 36/2015 Điều 9 khoản 2
  CHECK(one("Chính phủ", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về hải quan theo quy định của pháp luật.",
            "Nghị định")
            .assignments.empty());
  // the inspectorate named as a subject still leads (CV 5973/2026 Lào Cai)
  CHECK(has(one("Ủy ban nhân dân tỉnh Lào Cai", "Thanh tra tỉnh chủ trì xây dựng kế hoạch thanh tra.", "Công văn"),
            "Thanh tra tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link duties: licence holders are private parties") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, khoản 9
  CHECK(one("Ủy ban nhân dân tỉnh Lào Cai",
            "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản có trách nhiệm bảo vệ khoáng sản "
            "trong diện tích được cấp giấy phép.",
            "Công văn")
            .assignments.empty());
}

TEST_CASE("link duties: checks of the units a body directs, patrols and checks it helps with are no supervision") {
  // CV bảo vệ khoáng sản 2026 Lào Cai, khoản 5: the commune police patrol
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Công an tỉnh",
                         {"Chỉ đạo lực lượng Công an xã, phường tăng cường tuần tra, kiểm tra tại các khu vực trọng "
                          "điểm, phức tạp về khoáng sản, nhất là khu vực giáp ranh, vùng sâu, vùng xa."});
  CHECK(on_parent(d, "Công an tỉnh Lào Cai", Role::lead));
  CHECK_FALSE(on_parent(d, "Công an tỉnh Lào Cai", Role::supervise));
  // KH triển khai Chỉ thị 11 Lào Cai, IV.10: what the directed units check
  Document e = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Công an tỉnh",
                         {"Tăng cường chỉ đạo các phòng chuyên môn, lực lượng Công an xã, phường chủ động tham mưu cho "
                          "cấp ủy, chính quyền các giải pháp phòng ngừa vi phạm và phối hợp với chính quyền địa phương "
                          "kiểm tra, giám sát, theo dõi để kịp thời phát hiện, ngăn chặn vi phạm."},
                         "Kế hoạch");
  CHECK_FALSE(on_parent(e, "Công an tỉnh Lào Cai", Role::supervise));
  // CV 5973/2026 Lào Cai, khoản 8: the check others lead
  Document f = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Công an tỉnh",
                         {"Phối hợp với các cơ quan chức năng rà soát, kiểm tra việc chấp hành pháp luật của các tổ "
                          "chức, doanh nghiệp hoạt động khoáng sản."});
  CHECK_FALSE(on_parent(f, "Công an tỉnh Lào Cai", Role::supervise));
  // (the body's own verbs after "chỉ đạo," still oversee: QĐ 173/2015 BTP III.1)
  Document g = duty_list("Bộ Tư pháp", "Vụ Phổ biến, giáo dục pháp luật",
                         {"Hướng dẫn, chỉ đạo, đôn đốc các Sở Tư pháp triển khai thực hiện Chương trình."}, "Quyết định");
  CHECK(on_parent(g, "Vụ Phổ biến, giáo dục pháp luật Bộ Tư pháp", Role::supervise));
}

TEST_CASE("link duties: checking that a document is carried out is supervision") {
  // QĐ ưu đãi đầu tư 2002 An Giang, Điều 42 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh An Giang",
                   "Giám đốc Sở Kế hoạch và Đầu tư chủ trì phối hợp Giám đốc và Thủ trưởng các Sở, Ban, ngành có liên "
                   "quan tổ chức phổ biến hướng dẫn và kiểm tra việc thi hành Bản Quy định này.",
                   "Quyết định");
  CHECK(has(d, "Giám đốc Sở Kế hoạch và Đầu tư tỉnh An Giang", Role::lead));
  CHECK(has(d, "Giám đốc Sở Kế hoạch và Đầu tư tỉnh An Giang", Role::supervise));
}

TEST_CASE("link duties: a body with the duties listed below it, sau đây") {
  // Luật Hợp tác xã 2003 Điều 30
  Document d = duty_list("Quốc hội", "Ban kiểm soát có các quyền và nhiệm vụ sau đây:",
                         {"Kiểm tra việc chấp hành Điều lệ, Nội quy hợp tác xã và nghị quyết của Đại hội xã viên;",
                          "Giám sát hoạt động của Ban quản trị, Chủ nhiệm hợp tác xã và xã viên theo đúng pháp luật;"},
                         "Luật");
  CHECK(on_parent(d, "Ban kiểm soát", Role::lead));
  CHECK(on_parent(d, "Ban kiểm soát", Role::supervise));
}

TEST_CASE("link duties: whom a document applies to is no one's task") {
  // NQ 21/2017 Đắk Lắk, Điều 1 khoản 2: a label over the persons meant
  Document d = duty_list("Hội đồng nhân dân tỉnh Đắk Lắk", "Đối tượng áp dụng",
                         {"Người đứng đầu, cấp phó của người đứng đầu cơ quan, tổ chức, đơn vị có trách nhiệm tiếp công "
                          "dân định kỳ hoặc đột xuất;"},
                         "Nghị quyết");
  CHECK(d.assignments.empty());
  // NQ 16/2017 Bà Rịa - Vũng Tàu, Điều 1 khoản 2: the label and the bodies in one clause
  Document e = duty_list("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
                         "Đối tượng áp dụng: Các cơ quan, tổ chức, cá nhân khác có liên quan, gồm:",
                         {"Đối tượng thu phí: Áp dụng cho người Việt Nam, người nước ngoài đến thư viện làm thẻ đọc tài "
                          "liệu.",
                          "Đơn vị trực tiếp thu: Thư viện tỉnh Bà Rịa-Vũng Tàu."},
                         "Nghị quyết");
  CHECK(on(e, "para_1").empty());
}

TEST_CASE("link duties: the duties a sentence refers to name no subject") {
  // QĐ 70/2024 Hà Nội, Quy định Điều 3
  CHECK(one("Ủy ban nhân dân thành phố Hà Nội",
            "Thực hiện yêu cầu, nhiệm vụ, quyền hạn quản lý nhà nước về giá hàng hóa, dịch vụ trên địa bàn thành phố Hà "
            "Nội phù hợp với trách nhiệm của các cơ quan quản lý nhà nước của thành phố Hà Nội.",
            "Quyết định")
            .assignments.empty());
  // QĐ 807/2024 Ninh Bình, Điều 1: what the plan sets out
  CHECK(one("Ủy ban nhân dân tỉnh Ninh Bình",
            "Xác định các nhiệm vụ, trình tự, trách nhiệm của các cơ quan, đơn vị có liên quan và tiến độ triển khai lập "
            "Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045.",
            "Quyết định")
            .assignments.empty());
  // (a call on their duty still assigns them: KH 196/2024 Ninh Bình I.2)
  CHECK(has(one("Ủy ban nhân dân tỉnh Ninh Bình",
                "Phát huy vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong chỉ đạo tổ chức thực "
                "hiện các nhiệm vụ phát triển công nghiệp văn hóa.",
                "Kế hoạch"),
            "Người đứng đầu cơ quan, đơn vị, địa phương", Role::lead));
}

TEST_CASE("link duties: two bodies joined by a slash over a duty list both lead") {
  // CV 193/2026 Lào Cai, khoản 4
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh",
                         {"Chủ trì, phối hợp với các cơ quan liên quan tổ chức các hoạt động tuyên truyền pháp luật cho "
                          "cá nhân, tổ chức hoạt động trong khu vực biên giới.",
                          "Nâng cao chất lượng kiểm tra kiểm soát công tác nhập khẩu TCTN trên địa bàn tỉnh."});
  CHECK(on_parent(d, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", Role::lead));
  CHECK(on_parent(d, "Ban Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai", Role::lead));
  CHECK(mention_of(d, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", Role::lead) == "Bộ Chỉ huy Quân sự tỉnh");
}

namespace {

// An article of a decree: heading, its text and clauses of duties.
Document article(std::string heading, std::string text, std::initializer_list<const char*> clauses) {
  return with_children("Chính phủ", "Nghị định", ProvisionKind::article, "art_30", std::move(heading),
                       std::move(text), ProvisionKind::clause, "para", clauses);
}

}  // namespace

TEST_CASE("link duties: a decree's 'Quyền hạn, trách nhiệm của' heading names who has the duties") {
  // NĐ 32/2024/NĐ-CP Điều 30 (and 32-34 alike)
  Document d = article("Quyền hạn, trách nhiệm của Bộ Công Thương",
                       "Bộ Công Thương là cơ quan quản lý nhà nước về cụm công nghiệp trên phạm vi cả nước có quyền "
                       "hạn, trách nhiệm:",
                       {"Xây dựng, trình cơ quan có thẩm quyền ban hành hoặc ban hành theo thẩm quyền các văn bản "
                        "quy phạm pháp luật, chính sách về cụm công nghiệp."});
  CHECK(on(d, "art_30") == std::vector<std::string>{"lead Bộ Công Thương"});
  // powers alone name no duty
  Document p = article("Quyền hạn của Bộ Công Thương", "Bộ Công Thương có quyền:",
                       {"Yêu cầu các địa phương cung cấp thông tin về cụm công nghiệp."});
  CHECK(on(p, "art_30").empty());
}

TEST_CASE("link duties: the last partner after 'phối hợp với … và' coordinates") {
  // QĐ 16/2026 Lào Cai (OCR), Quy chế Điều 22 khoản 1
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Phối hợp với đơn vị chủ quản cụm công nghiệp và các ngành liên quan kiểm tra, thanh tra việc "
                   "thực hiện quản lý vệ sinh lao động, chăm sóc sức khoẻ và phòng chống bệnh nghề nghiệp người lao "
                   "động;");
  // (the first partner, described rather than named, too: link_described_test)
  CHECK(on(d, "para_1") ==
        std::vector<std::string>{"coordinate Đơn vị chủ quản cụm công nghiệp", "coordinate Các ngành liên quan"});
}

TEST_CASE("link duties: a fee resolution's collector is named by its role") {
  // NQ 28/2017 Trà Vinh khoản 1 c): "Kê khai, nộp, quyết toán phí" — the collector that
  // Luật Phí và lệ phí calls "tổ chức thu phí, lệ phí"
  Document d = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu phí thực hiện kê khai, nộp phí theo tháng, quyết toán phí năm theo quy định của pháp "
                   "luật.", "Nghị quyết");
  CHECK(on(d, "para_1") == std::vector<std::string>{"lead Đơn vị thu phí"});
  // NQ 27/2017 Trà Vinh khoản 4 b)
  Document t = one("Hội đồng nhân dân tỉnh Trà Vinh",
                   "Đơn vị thu lệ phí nộp 100% tiền lệ phí thu được vào ngân sách Nhà nước.", "Nghị quyết");
  CHECK(on(t, "para_1") == std::vector<std::string>{"lead Đơn vị thu lệ phí"});
  // the imperative "organise the collection" names no collector
  Document o = one("Hội đồng nhân dân tỉnh Trà Vinh", "Tổ chức thu phí đúng quy định.", "Nghị quyết");
  CHECK(on(o, "para_1").empty());
}

TEST_CASE("link duties: a topic label whose points name their subjects again assigns nothing itself") {
  // QĐ 21/2025/QĐ-UBND Hà Nội Điều 4 khoản 1 (QĐ 12, QĐ 19/2025 alike): the points describe each office
  Document d = duty_list("Ủy ban nhân dân thành phố Hà Nội", "Giám đốc Sở, Phó Giám đốc Sở:",
                         {"Sở Y tế thành phố Hà Nội có Giám đốc và các Phó Giám đốc;",
                          "Giám đốc Sở là người đứng đầu sở do Chủ tịch Ủy ban nhân dân Thành phố bổ nhiệm, chịu trách "
                          "nhiệm trước Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân Thành phố và trước pháp luật về thực "
                          "hiện chức năng, nhiệm vụ, quyền hạn của sở;"},
                         "Quyết định");
  CHECK(on(d, "para_1").empty());
  // a body over its duties, one of which names it again, keeps its entry (Luật 65/2025 Điều 30.1)
  Document l = duty_list("Quốc hội", "Chủ tịch Hội đồng nhân dân có các nhiệm vụ, quyền hạn sau đây:",
                         {"Lãnh đạo công tác của Thường trực Hội đồng nhân dân;",
                          "Chủ tịch Hội đồng nhân dân quyết định tạm đình chỉ công tác đối với Phó Chủ tịch Hội đồng "
                          "nhân dân."},
                         "Luật");
  CHECK(on_parent(l, "Chủ tịch Hội đồng nhân dân", Role::lead));
}

TEST_CASE("link duties: a topic listing offices in one name is restated by a child naming one of them") {
  // QĐ 10/2025/QĐ-UBND Hà Nội Điều 4 khoản 1: "Trưởng ban, Phó Trưởng ban:" over points that
  // each name their subject again — the entries are the points', none on the topic
  Document d = duty_list("Ủy ban nhân dân thành phố Hà Nội", "Trưởng ban, Phó Trưởng ban:",
                         {"Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội có Trưởng ban và các "
                          "Phó Trưởng ban;",
                          "Trưởng ban Ban Quản lý là người đứng đầu Ban Quản lý do Chủ tịch Ủy ban nhân dân Thành phố "
                          "bổ nhiệm, chịu trách nhiệm trước Ủy ban nhân dân Thành phố và trước pháp luật về thực hiện "
                          "chức năng, nhiệm vụ, quyền hạn của Ban;"},
                         "Quyết định");
  for (const Assignment& a : d.assignments) CHECK(a.eid != "para_1");
  // near reading: children that only list duties leave the entry on the topic
  Document e = duty_list("Ủy ban nhân dân thành phố Hà Nội", "Trưởng ban, Phó Trưởng ban:",
                         {"Chỉ đạo, điều hành hoạt động của Ban Quản lý;"}, "Quyết định");
  bool parent = false;
  for (const Assignment& a : e.assignments) parent = parent || a.eid == "para_1";
  CHECK(parent);
}

TEST_CASE("link duties: the items of what a document must contain direct no one") {
  // NĐ 32/2024/NĐ-CP Điều 12 khoản 1
  Document d = duty_list("Chính phủ", "Nội dung chủ yếu của Quyết định thành lập, mở rộng cụm công nghiệp:",
                         {"Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp;",
                          "Trách nhiệm của chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp, cơ quan có liên quan "
                          "trong việc triển khai thực hiện dự án;"},
                         "Nghị định");
  CHECK(d.assignments.empty());
  // near reading: the work to be done under a "Nội dung thực hiện:" label is tasks
  Document e = duty_list("Ủy ban nhân dân tỉnh Ninh Bình", "Nội dung thực hiện:",
                         {"Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện;"}, "Kế hoạch");
  CHECK(has(e, "Sở Tài chính tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link duties: a letter's 'Đề nghị X' over duties without a subject names X for them") {
  // CV 5141/SNNMT-KS 2025 Lào Cai, mục 2
  Document d = duty_list("Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "Đề nghị UBND các xã, phường",
                         {"Tiếp tục tăng cường công tác thanh tra, kiểm tra, giám sát xử lý vi phạm đối với các tổ chức, "
                          "cá nhân khai thác, thu hồi khoáng sản trên địa bàn quản lý.",
                          "Thực hiện công tác quản lý, bảo vệ khoáng sản chưa khai thác trên địa bàn theo quy định."});
  CHECK(on_parent(d, "Ủy ban nhân dân các xã, phường", Role::lead));
  CHECK(on_parent(d, "Ủy ban nhân dân các xã, phường", Role::supervise));
  // the private parties a letter's list is addressed to are not assigned ("Yêu cầu đối với các tổ
  // chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản.")
  Document e = duty_list("Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
                         "Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản.",
                         {"Triển khai, thực hiện đúng và đầy đủ các quy định của Luật Địa chất và khoáng sản năm 2024."});
  CHECK(e.assignments.empty());
}

TEST_CASE("link duties: 'Trách nhiệm của cơ quan X, Y:' names X and Y for the duties below") {
  // QĐ 11/2026/QĐ-UBND Lào Cai Quy định Điều 20 khoản 5 (the body noun "cơ quan" before the names)
  Document d = duty_list("Ủy ban nhân dân tỉnh Lào Cai", "Trách nhiệm của cơ quan Công an tỉnh, Công an cấp xã:",
                         {"Kiểm tra, hướng dẫn việc thực hiện các quy định về phòng cháy và chữa cháy;",
                          "Phối hợp với các cơ quan, đơn vị có liên quan xử lý vi phạm."},
                         "Quyết định");
  CHECK(on_parent(d, "Công an tỉnh Lào Cai", Role::lead));
  CHECK(on_parent(d, "Công an cấp xã", Role::lead));
}

TEST_CASE("link duties: whom a duty asks under a heading that names the body is its object") {
  // Luật Xây dựng 135/2025 Điều 35 shape: the heading names the body, its clause asks another
  Document d = headed("Ủy ban nhân dân tỉnh Lào Cai", "Quyết định", "Trách nhiệm của Sở Tài chính",
                      "Yêu cầu các đơn vị sử dụng ngân sách báo cáo tình hình thực hiện trước ngày 15/12 hằng năm.");
  CHECK(has(d, "Sở Tài chính tỉnh Lào Cai", Role::lead));
  CHECK(on(d, "art_1__para_1").empty());
  // the same request with no body named above asks the units to act
  CHECK_FALSE(on(headed("Ủy ban nhân dân tỉnh Lào Cai", "Quyết định", "Chế độ báo cáo",
                        "Yêu cầu các đơn vị sử dụng ngân sách báo cáo tình hình thực hiện trước ngày 15/12 hằng năm."),
                 "art_1__para_1")
                  .empty());
}
