// Link stage (session 27): a ministry's field written in lower case inside a unit's name ("Trung tâm
// Truyền thông tài nguyên và môi trường"), whose "và" joins no second body, and a ministry's journal
// listed with its newspaper.
#include <catch2/catch.hpp>

#include "link_helpers.h"

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
