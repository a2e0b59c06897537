// Duties a law states of a body where its words otherwise read as a power or a description: the
// sittings it must hold, and the duties of a unit in an organisation chart.
#include "internal.h"
#include "role_words.h"

namespace vanban::link_detail {

bool owes_sitting(std::string_view post_bare) {
  constexpr std::string_view hop = "họp ";
  if (post_bare.compare(0, hop.size(), hop) != 0) return false;  // (cheap: most posts stop here)
  // "Hội đồng nhân dân họp mỗi năm ít nhất 02 kỳ", "Ủy ban nhân dân họp thường kỳ mỗi tháng 01 lần",
  // "… họp chuyên đề hoặc họp để giải quyết công việc phát sinh đột xuất khi …" (Luật 65/2025 Điều 32, 38)
  // — not "Ban quản trị hợp tác xã họp ít nhất mỗi tháng một lần do Trưởng Ban quản trị … triệu tập"
  // (Luật 18/2003 Điều 25: who convenes it acts)
  return starts_any(post_bare.substr(hop.size()), {"thường kỳ", "định kỳ", "mỗi", "ít nhất", "chuyên đề"}) &&
         !has_any(post_bare, {"do"});
}

bool asks_in_narrative(std::string_view p2, std::string_view post) {
  // (a delegation to set rules is a task wherever it is: "Bộ trưởng Bộ Tài chính quy định cụ thể …")
  return hands_work(p2) || ends_any(p2, {"đề nghị", "yêu cầu"}) ||
         starts_any(post, {"có trách nhiệm", "chịu trách nhiệm", "chủ trì", "quy định"});
}

}  // namespace vanban::link_detail
