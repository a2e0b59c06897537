// Link stage (session 26, from the held-out errors of many batches): a collective's own short
// modifier that says which members are meant ("các cơ quan thông tấn, báo chí", "các địa phương có
// rừng", "các đơn vị trên địa bàn"), read only where the phrase visibly ends after it.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link26: a collective's modifier, a second one after a comma", "[link][link26]") {
  // Chỉ thị 13/CT-TTg 2024, 1.c
  Document d = one("Thủ tướng Chính phủ",
                   "Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Thông tin và Truyền thông, các cơ quan thông tấn, "
                   "báo chí thực hiện tuyên truyền sâu rộng về các mục tiêu giảm phát thải khí nhà kính.",
                   "Chỉ thị");
  CHECK(mention_of(d, "Các cơ quan thông tấn, báo chí", Role::coordinate) == "các cơ quan thông tấn, báo chí");
  // KH 09/KH-BTNMT 2024, III.1.e: the modifier, then the owner
  Document e = one("Bộ Tài nguyên và Môi trường",
                   "Cục Biến đổi khí hậu phối hợp với các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường xây "
                   "dựng, thực hiện các hoạt động truyền thông.",
                   "Kế hoạch");
  CHECK(mentioned(e, "các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường", Role::coordinate));
  // a list goes on after the comma with another body: no second modifier
  Document f = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Nội vụ chủ trì, phối hợp với các cơ quan quản lý nhà nước, tổ chức công đoàn của khu công nghiệp "
                   "thực hiện.",
                   "Quyết định");
  CHECK_FALSE(mentioned(f, "các cơ quan quản lý nhà nước, tổ chức", Role::coordinate));
}

TEST_CASE("link26: 'có' and one plain word, the area, the whole country", "[link][link26]") {
  // Chỉ thị 13/CT-TTg 2024, 3.b
  Document d = one("Thủ tướng Chính phủ",
                   "Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ "
                   "quan liên quan và các địa phương có rừng xác định tiềm năng giảm phát thải.",
                   "Chỉ thị");
  CHECK(mentioned(d, "các địa phương có rừng", Role::coordinate));
  // CV 627/BYT-BH 2021, 5: the area without its name
  Document e = one("Bộ Y tế",
                   "Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương chủ trì, phối hợp với các đơn vị trên địa "
                   "bàn thực hiện thanh toán.",
                   "Công văn");
  CHECK(mentioned(e, "các đơn vị trên địa bàn", Role::coordinate));
  // QĐ 3176/QĐ-BYT 2024, Điều 2.3
  Document f = one("Bộ Y tế",
                   "Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc có trách nhiệm triển khai thực hiện.",
                   "Quyết định");
  CHECK(mentioned(f, "Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc", Role::lead));
}

TEST_CASE("link26: no modifier where a verb follows the collective", "[link][link26]") {
  // CV 3479/VPCP-NN 2021: "biết" is the verb of the closing formula, no modifier
  Document d = one("Văn phòng Chính phủ", "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.",
                   "Công văn");
  CHECK(mention_of(d, "Các cơ quan liên quan", Role::lead) == "các cơ quan liên quan");
  // a collective that already says which is not read on into a verb unknown to the lexicon
  // (QĐ 35/2024 Hà Nội, OCR'd: "được các cơ quan có thẩm quyền kết luận, Sở Nội vụ có trách nhiệm …")
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trong thời hạn 15 ngày sau khi phát hiện vi phạm được các cơ quan có thẩm quyền kết luận, Sở Nội vụ "
                   "có trách nhiệm tham mưu Chủ tịch Ủy ban nhân dân Thành phố.",
                   "Quyết định");
  CHECK(has(e, "Sở Nội vụ thành phố Hà Nội", Role::lead));
  // "có quyền" is a grant, no modifier
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai", "Các đơn vị có quyền yêu cầu cung cấp thông tin.", "Quyết định");
  CHECK_FALSE(mentioned(f, "Các đơn vị có quyền", Role::lead));
}

TEST_CASE("link26: bare nouns listed with households and persons are one collective", "[link][link26]") {
  // QĐ 21/2025/QĐ-UBND Lào Cai, Điều 2.4
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Xây dựng; các cơ quan, tổ chức, hộ gia đình, cá "
                   "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(mentioned(d, "các cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan", Role::lead));
  // a described public body before the persons keeps its own words, the persons left out
  // (Luật 135/2025 Điều 55.2)
  Document e = one("Quốc hội",
                   "Cơ quan nhà nước có thẩm quyền, tổ chức, cá nhân có liên quan, trong phạm vi nhiệm vụ, quyền hạn "
                   "của mình, có trách nhiệm bảo đảm an toàn.",
                   "Luật");
  CHECK(mentioned(e, "Cơ quan nhà nước có thẩm quyền", Role::lead));
  CHECK_FALSE(mentioned(e, "Cơ quan nhà nước có thẩm quyền, tổ chức, cá nhân", Role::lead));
  // QĐ 20/2025/QĐ-UBND Lào Cai, Điều 9.1: the reference after the list says which
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 của Quy định này chịu trách "
                   "nhiệm thi hành.",
                   "Quyết định");
  CHECK(mentioned(f, "Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 của Quy định này", Role::lead));
}

TEST_CASE("link26: both levels after a collective; the Governor in a ministers' list", "[link][link26]") {
  // QĐ 16/2025/QĐ-UBND Hà Nội, Điều 2.23.c (partners before "trong việc")
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở Nông nghiệp và Môi trường phối hợp với các cơ quan, đơn vị ở trung ương và địa phương trong việc "
                   "theo dõi, giải quyết các vi phạm.",
                   "Quyết định");
  CHECK(mentioned(d, "các cơ quan, đơn vị ở trung ương và địa phương", Role::coordinate));
  // QĐ 1775/QĐ-TTg 2012, III.2 (a subject)
  Document e = one("Thủ tướng Chính phủ",
                   "Các Bộ, cơ quan Trung ương và địa phương triển khai các hoạt động giảm phát thải khí nhà kính.",
                   "Quyết định");
  CHECK(mentioned(e, "Các Bộ, cơ quan Trung ương và địa phương", Role::lead));
  // QĐ 1803/QĐ-TTg 2015, Điều 4: the ministries' fields end at the Governor, an office of its own
  Document f = one("Thủ tướng Chính phủ",
                   "Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Xây dựng, Thống đốc Ngân hàng Nhà nước Việt Nam và "
                   "Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(f, "Bộ trưởng Bộ Xây dựng", Role::lead));
  CHECK(has(f, "Thống đốc Ngân hàng Nhà nước Việt Nam", Role::lead));
  CHECK(has(f, "Thủ trưởng các cơ quan liên quan", Role::lead));
}

TEST_CASE("link26: a market operator's verbs end its name", "[link][link26]") {
  // QĐ 47/QĐ-HĐTV 2026 (Sở Giao dịch Chứng khoán Việt Nam), Quy chế Điều 15.3 and 16.2
  Document d = one("Sở Giao dịch Chứng khoán Việt Nam",
                   "Sở Giao dịch Chứng khoán Hà Nội khôi phục một phần hoặc toàn bộ hoạt động cung cấp dịch vụ giao dịch "
                   "theo quy định.",
                   "Quyết định");
  CHECK(mention_of(d, "Sở Giao dịch Chứng khoán Hà Nội", Role::lead) == "Sở Giao dịch Chứng khoán Hà Nội");
  Document e = one("Sở Giao dịch Chứng khoán Việt Nam",
                   "Sở Giao dịch Chứng khoán Hà Nội hủy giao dịch tín chỉ các-bon khi Bộ Nông nghiệp và Môi trường thực "
                   "hiện hủy đăng ký số tín chỉ các-bon đã bị thu hồi.",
                   "Quyết định");
  CHECK(mention_of(e, "Sở Giao dịch Chứng khoán Hà Nội", Role::lead) == "Sở Giao dịch Chứng khoán Hà Nội");
}

TEST_CASE("link26: the compensation body named by its statutory task", "[link][link26]") {
  // QĐ 20/2025/QĐ-UBND Lào Cai, Quy định Điều 6 (batch 10, after it was scored)
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư xác định diện tích nuôi thực tế, "
                   "đối chiếu hồ sơ chứng minh đủ điều kiện sản xuất giống.",
                   "Quyết định");
  CHECK(mentioned(d, "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư", Role::lead));
  // a described body with no registered phrase is still read up to its task
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Đơn vị, tổ chức thực hiện nhiệm vụ thẩm định có trách nhiệm lập biên bản.", "Quyết định");
  CHECK(mentioned(e, "Đơn vị, tổ chức thực hiện nhiệm vụ thẩm định", Role::lead));
}
