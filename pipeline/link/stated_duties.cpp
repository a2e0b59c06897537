// Duties a law states of a body where its words otherwise read as a power or a description: the
// sittings it must hold, and the duties of a unit in an organisation chart.
#include <algorithm>

#include "internal.h"
#include "linker.h"
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

bool Linker::children_restate(const Provision& a) {
  // "Điều 31. Nhiệm vụ, quyền hạn của đại biểu Hội đồng nhân dân" over "2. Đại biểu Hội đồng nhân dân có
  // trách nhiệm tham dự …", "3. Đại biểu Hội đồng nhân dân phải liên hệ …" (Luật 65/2025): each clause
  // names the body again and carries its own duty, so the heading is their umbrella, no entry of its
  // own (the guide: one entry where the body is named with its duties). Most of the clauses must open
  // with a body; a heading over duties that name no one keeps its entry.
  // (cheap: the body's words after "của" compared with each clause's first words, no names found)
  if (a.children.size() < 2) return false;
  const std::string h = fold(*a.heading);
  constexpr std::string_view cua = " của ";
  const std::size_t of = h.find(cua);
  if (of == std::string::npos || !duty_heading(h)) return false;
  // (its first three words, split at spaces: no TextWords over the document's folds, which the glyph
  // repair reads)
  const std::string_view body = std::string_view(h).substr(of + cua.size());
  std::size_t n = 0, cut = 0;
  while (n < 3 && cut != std::string_view::npos) {
    cut = body.find(' ', cut ? cut + 1 : 0);
    ++n;
  }
  if (n < 2) return false;
  const std::string_view head = body.substr(0, cut);
  std::size_t restating = 0;
  for (const Provision& c : a.children) {
    const TextWords& w = words_of(c.text);
    restating += w.t.size() > n && w.keys.joined(0, n) == head && opens_with_body(w) ? 1 : 0;
  }
  return restating * 2 > a.children.size();
}

}  // namespace vanban::link_detail
