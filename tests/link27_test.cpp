// Link stage (session 27): a ministry's field written in lower case inside a unit's name ("Trung tâm
// Truyền thông tài nguyên và môi trường"), whose "và" joins no second body, and a ministry's journal
// listed with its newspaper.
#include <catch2/catch.hpp>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link27: a ministry's field in lower case is whole inside a unit's name", "[link][link27]") {
  // KH 09/KH-BTNMT 2024, III.3: the field, then the subject's verb
  Document d = one("Bộ Tài nguyên và Môi trường",
                   "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách tài nguyên và "
                   "môi trường nghiên cứu tham mưu xây dựng và thực hiện các nhiệm vụ chuyên môn về kiểm kê khí nhà kính.",
                   "Kế hoạch");
  CHECK(mention_of(d, "Viện Chiến lược, Chính sách tài nguyên và môi trường", Role::lead) ==
        "Viện Chiến lược, Chính sách tài nguyên và môi trường");
  // III.4: the field closed by a comma and the next body, a newspaper and a journal listed
  Document e = one("Bộ Tài nguyên và Môi trường",
                   "Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí Tài nguyên "
                   "và Môi trường có trách nhiệm kịp thời tổng hợp, phản ánh sự kiện.",
                   "Kế hoạch");
  CHECK(mentioned(e, "Trung tâm Truyền thông tài nguyên và môi trường", Role::lead));
  CHECK(mention_of(e, "Báo Tài nguyên và Môi trường", Role::lead) == "Báo Tài nguyên và Môi trường");
  CHECK(mention_of(e, "Tạp chí Tài nguyên và Môi trường", Role::lead) == "Tạp chí Tài nguyên và Môi trường");
  // near miss: a field that is no ministry's ("tài nguyên và khoáng sản") leaves "và" to join what follows
  Document f = one("Bộ Tài nguyên và Môi trường",
                   "Trung tâm Truyền thông tài nguyên và khoáng sản có trách nhiệm tổng hợp.", "Kế hoạch");
  CHECK_FALSE(mentioned(f, "Trung tâm Truyền thông tài nguyên và khoáng sản", Role::lead));
}

namespace {

Document letter(const std::string& addressee, const std::string& request) {
  const std::string text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 6987/SNNMT-KS\n"
                           "Lào Cai, ngày 23 tháng 7 năm 2026\nV/v thực hiện các quy định về khai thác khoáng sản\n"
                           "Kính gửi: " + addressee + "\n" + request +
                           "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A\n";
  Document d = parse(load_text(text, "t.txt"), "t.txt");
  link(d);
  return d;
}

}  // namespace

TEST_CASE("link27: a letter's addressee of a private legal form is a private party", "[link][link27]") {
  // CV 6987/SNNMT-KS Lào Cai 2026: a permit's holder told to comply
  const std::string comply = "Sở Nông nghiệp và Môi trường yêu cầu Công ty Cổ phần Công nghiệp Khánh An nghiêm "
                             "túc thực hiện các nội dung sau:\n1. Thực hiện đầy đủ nghĩa vụ tài chính./.";
  Document d = letter("Công ty Cổ phần Công nghiệp Khánh An", comply);
  CHECK_FALSE(mentioned(d, "Công ty Cổ phần Công nghiệp Khánh An", Role::lead));
  // the same for a limited company, "TNHH"
  Document e = letter("Công ty TNHH Khánh An", "Sở Nông nghiệp và Môi trường yêu cầu Công ty TNHH Khánh An "
                                               "nghiêm túc thực hiện các nội dung sau:\n1. Nộp báo cáo./.");
  CHECK_FALSE(mentioned(e, "Công ty TNHH Khánh An", Role::lead));
  // near miss: a state one-member company ("… một thành viên") and a public body addressed stay names of the letter
  Document f = letter("Công ty TNHH một thành viên Xổ số kiến thiết Lào Cai",
                      "Sở Nông nghiệp và Môi trường đề nghị Công ty TNHH một thành viên Xổ số kiến thiết Lào Cai "
                      "thực hiện các nội dung sau:\n1. Nộp báo cáo./.");
  CHECK(mentioned(f, "Công ty TNHH một thành viên Xổ số kiến thiết Lào Cai", Role::lead));
}

TEST_CASE("link27: 'có liên quan' closes a described body handed work, its task verb follows", "[link][link27]") {
  // TT 08/2025/TT-BNNMT, Điều 1.8 (the new Điều 17.5)
  Document d = one("Bộ Nông nghiệp và Môi trường",
                   "Ủy ban nhân dân cấp tỉnh giao cơ quan chuyên môn trực thuộc có liên quan tổ chức phổ biến, hướng "
                   "dẫn áp dụng quy chuẩn kỹ thuật quốc gia; kiểm tra, giám sát tuân thủ việc thực hiện công bố hợp quy.",
                   "Thông tư");
  CHECK(mention_of(d, "Cơ quan chuyên môn trực thuộc có liên quan", Role::lead) ==
        "cơ quan chuyên môn trực thuộc có liên quan");
  CHECK(has(d, "Cơ quan chuyên môn trực thuộc có liên quan", Role::supervise));
  // near miss: a duty later in the clause is its predicate, the verb after "có liên quan" a relative one
  Document e = one("Bộ Nông nghiệp và Môi trường",
                   "Cơ quan có liên quan quản lý chất thải có trách nhiệm báo cáo kết quả.", "Thông tư");
  CHECK(mention_of(e, "Cơ quan có liên quan quản lý chất thải", Role::lead) ==
        "Cơ quan có liên quan quản lý chất thải");
}

TEST_CASE("link27: what another act assigns is told, not assigned", "[link][link27]") {
  // TB 467/TB-VPCP 2024, 1
  Document d = one("Văn phòng Chính phủ",
                   "Luật Bảo vệ môi trường năm 2020 và Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính "
                   "phủ về giảm nhẹ phát thải khí nhà kính giao Bộ Tài chính chủ trì thành lập Thị trường các-bon trong "
                   "nước.",
                   "Thông báo");
  CHECK_FALSE(has(d, "Bộ Tài chính", Role::lead));
  // near miss: the act's own assignment ("Luật này giao …") and a directive of the notice itself
  Document e = one("Quốc hội", "Luật này giao Chính phủ quy định chi tiết các điều, khoản được giao.", "Luật");
  CHECK(has(e, "Chính phủ", Role::lead));
  Document f = one("Văn phòng Chính phủ", "Phó Thủ tướng giao Bộ Tài chính chủ trì hoàn thiện Đề án.", "Thông báo");
  CHECK(has(f, "Bộ Tài chính", Role::lead));
}

TEST_CASE("link27: a unit's long lower-case field after its 'và' and capitalised word", "[link][link27]") {
  // KH 09/KH-BTNMT 2024, III.1.c: the field closed by the partner's verb
  Document d = one("Bộ Tài nguyên và Môi trường",
                   "Chủ trì, phối hợp với Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường thiết lập Hệ "
                   "thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính.",
                   "Kế hoạch");
  CHECK(mentioned(d, "Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường", Role::coordinate));
  // its task table: the field closed by the ministry's abbreviation
  Document e = one("Bộ Tài nguyên và Môi trường",
                   "Cục Biến đổi khí hậu chủ trì, phối hợp với Cục Chuyển đổi số và Thông tin dữ liệu TNMT, các đơn vị "
                   "thuộc các Bộ có liên quan thiết lập Hệ thống.",
                   "Kế hoạch");
  CHECK(mentioned(e, "Cục Chuyển đổi số và Thông tin dữ liệu TNMT", Role::coordinate));
  // near miss: two words before the verb may be its adverb ("khẩn trương"), not a field
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai", "Trung tâm Chuyển đổi số và Đào tạo khẩn trương triển khai thực hiện.",
                   "Kế hoạch");
  CHECK_FALSE(mentioned(f, "Trung tâm Chuyển đổi số và Đào tạo khẩn trương", Role::lead));
}
