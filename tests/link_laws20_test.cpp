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

TEST_CASE("link laws20: a role-holder opening a second clause before its duty is its subject") {
  // Luật 15/2012/QH13 Điều 56 khoản 1: after "và", no comma
  Document d = one("Quốc hội",
                   "Xử phạt vi phạm hành chính không lập biên bản được áp dụng trong trường hợp xử phạt cảnh cáo hoặc "
                   "phạt tiền đến 250.000 đồng đối với cá nhân, 500.000 đồng đối với tổ chức và người có thẩm quyền xử "
                   "phạt phải ra quyết định xử phạt vi phạm hành chính tại chỗ.",
                   "Luật");
  CHECK(has(d, "Người có thẩm quyền xử phạt", Role::lead));
  // Điều 59 khoản 1: after a condition closed with no comma
  Document e = one("Quốc hội",
                   "Khi xem xét ra quyết định xử phạt vi phạm hành chính, trong trường hợp cần thiết người có thẩm "
                   "quyền xử phạt có trách nhiệm xác minh các tình tiết sau đây:",
                   "Luật");
  CHECK(has(e, "Người có thẩm quyền xử phạt", Role::lead));
  // near reading: a described body closing a list of subjects after "và" is not read alone (Luật
  // 135/2025 Điều 81 khoản 3, no task in the gold)
  Document f = one("Quốc hội",
                   "Khi thực hiện chức năng, nhiệm vụ theo quy định, cơ quan quản lý nhà nước, thanh tra, kiểm tra, "
                   "kiểm toán, tổ chức thanh toán, cho vay vốn và các cơ quan có liên quan khác phải tôn trọng hợp đồng "
                   "xây dựng được giao kết hợp pháp và có hiệu lực.",
                   "Luật");
  CHECK_FALSE(has(f, "Các cơ quan có liên quan khác", Role::lead));
}

TEST_CASE("link laws20: a sentence that is a noun phrase and its delegation leads the rule-maker") {
  // Luật 15/2012/QH13 Điều 9 khoản 8: the other cases, for the Government to set
  Document d = one("Quốc hội", "Những tình tiết giảm nhẹ khác do Chính phủ quy định.", "Luật");
  CHECK(has(d, "Chính phủ", Role::lead));
  // Điều 24 khoản 4: a reference inside the phrase ("chưa được quy định tại") is no passive, and the rule
  // is set when the Standing Committee has agreed
  Document e = one("Quốc hội",
                   "Mức phạt tiền tối đa đối với lĩnh vực mới chưa được quy định tại khoản 1 Điều này do Chính phủ quy "
                   "định sau khi được sự đồng ý của Ủy ban thường vụ Quốc hội.",
                   "Luật");
  CHECK(has(e, "Chính phủ", Role::lead));
  // near reading: other cases named inside a passive clause are no delegation (Luật 135/2025 Điều 76 khoản 7)
  Document f = one("Quốc hội",
                   "Dự toán xây dựng đã phê duyệt được điều chỉnh trong trường hợp điều chỉnh dự án, điều chỉnh tổng mức "
                   "đầu tư, điều chỉnh thiết kế xây dựng và các trường hợp khác do Chính phủ quy định.",
                   "Luật");
  CHECK_FALSE(has(f, "Chính phủ", Role::lead));
}
