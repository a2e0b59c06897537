// Link stage: readings from Luật 15/2012/QH13 Xử lý vi phạm hành chính (laws20 session) — each on the
// real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws20: a body named by the case it holds leads the task after it") {
  // Luật 15/2012/QH13 Điều 97 khoản 2
  Document d = one("Quốc hội",
                   "Trong trường hợp người vi phạm do cơ quan Công an cấp huyện hoặc Công an cấp tỉnh trực tiếp phát "
                   "hiện, điều tra, thụ lý trong các vụ vi phạm pháp luật, nhưng chưa đến mức truy cứu trách nhiệm "
                   "hình sự mà thuộc đối tượng quy định tại Điều 90 của Luật này thì cơ quan Công an đang thụ lý vụ việc "
                   "tiến hành xác minh, thu thập tài liệu và lập hồ sơ đề nghị áp dụng biện pháp giáo dục tại xã, "
                   "phường, thị trấn đối với người đó.",
                   "Luật");
  CHECK(has(d, "Cơ quan Công an đang thụ lý vụ việc", Role::lead));
  // Điều 82 khoản 2 điểm a: the body that decided, its task a bare verb ("lập biên bản")
  Document e = one("Quốc hội",
                   "Đối với các trường hợp quy định tại các điểm a, b, c và d khoản 1 Điều này thì cơ quan quyết định "
                   "tịch thu lập biên bản nộp, chuyển giao tang vật, phương tiện.",
                   "Luật");
  CHECK(has(e, "Cơ quan quyết định tịch thu", Role::lead));
  // Điều 85 khoản 5: the body of the role-holder who holds the file
  Document f = one("Quốc hội",
                   "Trong trường hợp khẩn cấp, cần khắc phục ngay hậu quả để kịp thời bảo vệ môi trường, bảo đảm giao "
                   "thông thì cơ quan nơi người có thẩm quyền xử phạt đang thụ lý hồ sơ vụ vi phạm hành chính tổ chức "
                   "thi hành biện pháp khắc phục hậu quả.",
                   "Luật");
  CHECK(has(f, "Cơ quan nơi người có thẩm quyền xử phạt đang thụ lý hồ sơ vụ vi phạm hành chính", Role::lead));
  // near reading: the same words as an object, where the file is sent back, are no subject
  Document g = one("Quốc hội",
                   "Cá nhân, tổ chức vi phạm hành chính phải hoàn trả kinh phí cho cơ quan đã thực hiện biện pháp khắc "
                   "phục hậu quả.",
                   "Luật");
  CHECK_FALSE(has(g, "Cơ quan đã thực hiện biện pháp khắc phục hậu quả", Role::lead));
  CHECK_FALSE(has(g, "Cơ quan đã ra quyết định", Role::lead));
}
