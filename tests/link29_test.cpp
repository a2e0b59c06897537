// Names and duties of a programme's regulation (held-out QĐ 1215/QĐ-BNN-TCCB, the UN-REDD
// programme's steering rules): the projects a management board runs are part of its name, the
// places taking part in a programme say which provinces are meant, "Liên hợp quốc" is no "liên
// quan", a lower-case "Các vụ:" lists units, and a standing charge ("là cơ quan thường trực …")
// is a duty.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link29: the projects a board runs and the provinces taking part are part of the name", "[link][link29]") {
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban Quản lý các dự án Lâm nghiệp chủ trì, phối hợp với các cơ quan Liên hợp quốc xây dựng kế hoạch; "
                   "Ủy ban nhân dân các tỉnh tham gia Chương trình có trách nhiệm bố trí vốn đối ứng.");
  CHECK(has(d, "Ban Quản lý các dự án Lâm nghiệp", Role::lead));
  CHECK(has(d, "Các cơ quan Liên hợp quốc", Role::coordinate));
  CHECK(mentioned(d, "Ủy ban nhân dân các tỉnh tham gia Chương trình", Role::lead));
  // a verb after "tham gia" is the sentence's ("… các tỉnh tham gia thực hiện …"): the name ends before it
  Document e = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ủy ban nhân dân các tỉnh tham gia thực hiện Chương trình thành phần tại tỉnh.");
  REQUIRE_FALSE(e.assignments.empty());
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("tham gia") == std::string::npos);
}

TEST_CASE("link29: 'Các vụ:' in lower case lists units, a 'và' inside a listed name stays", "[link][link29]") {
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Các vụ: Hợp tác quốc tế, Kế hoạch, Khoa học Công nghệ và Môi trường, Tổ chức cán bộ và các cơ quan, "
                   "đơn vị liên quan thuộc Bộ sẽ thực hiện chức năng quản lý nhà nước về các dự án.");
  CHECK(has(d, "Vụ Hợp tác quốc tế Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
  CHECK(has(d, "Vụ Kế hoạch Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
  CHECK(has(d, "Vụ Khoa học Công nghệ và Môi trường Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
  CHECK(has(d, "Vụ Tổ chức cán bộ Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
  CHECK(mentioned(d, "các cơ quan, đơn vị liên quan thuộc Bộ", Role::lead));
  CHECK_FALSE(has(d, "Vụ Môi trường", Role::lead));
  // the list's last "và" before a collective ends the item
  Document e = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Các Vụ: Kế hoạch, Tài chính và các cơ quan liên quan có trách nhiệm hướng dẫn.");
  CHECK(has(e, "Vụ Tài chính Bộ Nông nghiệp và Phát triển nông thôn", Role::lead));
}

TEST_CASE("link29: a standing charge stated as what the body is, is its duty", "[link][link29]") {
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban Quản lý các dự án Lâm nghiệp là cơ quan thường trực giúp việc Ban chỉ đạo Chương trình.");
  CHECK(has(d, "Ban Quản lý các dự án Lâm nghiệp", Role::lead));
  Document e = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban Quản lý các dự án Lâm nghiệp là cơ quan thực hiện việc xây dựng và triển khai các hoạt động "
                   "cụ thể của Chương trình.");
  CHECK(has(e, "Ban Quản lý các dự án Lâm nghiệp", Role::lead));
  // what a body is, without a charge: no task
  Document f = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban Quản lý các dự án Lâm nghiệp là đơn vị sự nghiệp công lập trực thuộc Bộ.");
  CHECK(f.assignments.empty());
}

namespace {

Document letter(const std::string& addressee, std::vector<std::string> body) {
  Document d;
  d.meta.doc_type = "Công văn";
  d.meta.issuer = "Bộ Tài chính";
  d.addressees = {addressee};
  for (std::string& b : body) d.body.push_back({std::move(b), 1});
  link(d);
  return d;
}

}  // namespace

TEST_CASE("link29: 'Quý Sở' is the letter's one addressee, asked to act in its closing", "[link][link29]") {
  Document d = letter("Sở Công Thương tỉnh Lào Cai",
                      {"Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực hiện theo quy định pháp luật./."});
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments[0].agency == "Sở Công Thương tỉnh Lào Cai");
  CHECK(d.assignments[0].mention == "Quý Sở");
  CHECK(d.assignments[0].role == Role::lead);
  // thanks for its help is no task
  Document e = letter("Ủy ban nhân dân tỉnh Lào Cai", {"Bộ trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./."});
  CHECK(e.assignments.empty());
}

TEST_CASE("link29: a letter's paragraph that opens with a date goes on to its request", "[link][link29]") {
  Document d = letter("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                      {"Ngày 20/5/2026, Chính phủ đã ban hành Nghị định số 178/2026/NĐ-CP. Để triển khai thực hiện có hiệu "
                       "quả Nghị định, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập "
                       "trung chỉ đạo triển khai đầy đủ các nhiệm vụ được giao."});
  CHECK(has(d, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", Role::lead));
  // the narrative alone, "yêu cầu" a noun there: nothing asked
  Document e = letter("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                      {"Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số 1074/QĐ-BXD về các giải pháp cho cơ sở "
                       "không bảo đảm yêu cầu về phòng cháy và giao Ủy ban nhân dân các tỉnh chỉ đạo, kiểm tra việc thực hiện."});
  CHECK(e.assignments.empty());
}

TEST_CASE("link29: the Party's delegations and boards in state bodies are named whole", "[link][link29]") {
  // NQ 10-NQ/TW (2022), section IV: before the 2025 reform
  Document d = one("Bộ Chính trị",
                   "Đảng đoàn Quốc hội lãnh đạo, chỉ đạo việc sửa đổi pháp luật về khoáng sản; Ban cán sự đảng Chính phủ "
                   "lãnh đạo, chỉ đạo việc lập Chiến lược; cấp ủy, tổ chức đảng các cấp tổ chức quán triệt Nghị quyết.",
                   "Nghị quyết");
  CHECK(has(d, "Đảng đoàn Quốc hội", Role::lead));
  CHECK(has(d, "Ban cán sự đảng Chính phủ", Role::lead));
  CHECK(mentioned(d, "cấp ủy, tổ chức đảng các cấp", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("lãnh đạo") == std::string::npos);
  // advising a province's Party board and a union's Party delegation gives them nothing (QĐ 435/QĐ-UBND Kon Tum)
  Document e = one("Ủy ban nhân dân tỉnh Kon Tum",
                   "Sở Lao động - Thương binh và Xã hội tham mưu Ban cán sự đảng Ủy ban nhân dân tỉnh, Đảng đoàn Liên "
                   "đoàn Lao động tỉnh hướng dẫn, kiểm tra việc thực hiện Kế hoạch.");
  for (const Assignment& a : e.assignments) {
    CHECK(a.agency.find("Ban cán sự") == std::string::npos);
    CHECK(a.agency.find("Đảng đoàn") == std::string::npos);
  }
}

TEST_CASE("link29: a collective's place runs over the place's name, so its verb is read", "[link][link29]") {
  // KH 134/KH-UBND 2026 Lào Cai's closing: asked to coordinate, not to lead
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Yêu cầu các sở, ban, ngành của tỉnh triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam "
                   "tỉnh và các tổ chức chính trị - xã hội tỉnh Lào Cai phối hợp thực hiện./.",
                   "Kế hoạch");
  CHECK(mentioned(d, "các tổ chức chính trị - xã hội tỉnh Lào Cai", Role::coordinate));
  CHECK(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", Role::coordinate));
  CHECK_FALSE(has(d, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link29: 'khu, cụm công nghiệp' is one kind of place inside an investor's name", "[link][link29]") {
  // KH 134/KH-UBND 2026 Lào Cai
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Sở Công Thương chủ trì, phối hợp với chủ đầu tư kinh doanh hạ tầng kỹ thuật các khu, cụm công nghiệp "
                   "rà soát quy hoạch; Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp có trách nhiệm báo cáo.",
                   "Kế hoạch");
  CHECK(mentioned(d, "chủ đầu tư kinh doanh hạ tầng kỹ thuật các khu, cụm công nghiệp", Role::coordinate));
  CHECK(mentioned(d, "Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp", Role::lead));
}

TEST_CASE("link29: a topic naming two bodies keeps their duties when one item of many names one again", "[link][link29]") {
  // KH 134/KH-UBND 2026 Lào Cai, V.7: "- Ban Quản lý Khu kinh tế chủ trì …" is one item of four
  Document d;
  d.meta.doc_type = "Kế hoạch";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  d.provisions.push_back(prov("para_7", "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai",
                              {item_prov("para_7__item_1", "Thực hiện quản lý, phát triển khu công nghiệp theo quy định."),
                               item_prov("para_7__item_2", "Phối hợp với chính quyền địa phương rà soát quy hoạch."),
                               item_prov("para_7__item_3", "Đôn đốc đẩy nhanh tiến độ các dự án công nghiệp."),
                               item_prov("para_7__item_4", "Ban Quản lý Khu kinh tế chủ trì triển khai chuyển đổi khu công "
                                                      "nghiệp sang mô hình khu công nghiệp sinh thái.")}));
  link(d);
  CHECK(has_on(d, "para_7", "Ban Quản lý các Khu công nghiệp tỉnh Lào Cai", Role::lead));
  CHECK(has_on(d, "para_7", "Ban Quản lý Khu kinh tế tỉnh Lào Cai", Role::lead));
}
