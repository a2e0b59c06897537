// Whom a body answers to: "chịu trách nhiệm trước …" names the ones it is
// accountable to (Nhân dân, the council, the superior body), not bodies given a task.
#include "role_words.h"

#include "internal.h"

namespace vanban::link_detail {

bool answered_to(std::string_view p2) {
  // "Ủy ban nhân dân … là cơ quan chấp hành của Hội đồng nhân dân, …, chịu trách nhiệm trước Nhân dân
  // địa phương, Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên." (Luật 65/2025 Điều 6):
  // the names listed after "trước" are whom it answers to (a cheap test first: most p2 have no "trước")
  // (how fully it answers may stand between: "Giám đốc Sở Công Thương chịu trách nhiệm toàn diện trước
  // pháp luật, Ủy ban nhân dân tỉnh về thực hiện …", QĐ 904/2025 Lào Cai)
  if (p2.find("trách nhiệm") == std::string_view::npos) return false;
  std::size_t at = std::string_view::npos, len = 0;
  for (const std::string_view w : {"trách nhiệm trước", "trách nhiệm toàn diện trước", "trách nhiệm cá nhân trước"})
    if (const std::size_t q = p2.rfind(w); q != std::string_view::npos && (at == std::string_view::npos || q > at)) {
      at = q;
      len = w.size();
    }
  if (at == std::string_view::npos) return false;
  const std::string_view after = p2.substr(at + len);
  // only the list goes on to the name (", …", "và", "trước" again), no new clause or verb
  return !has_any(after, {";", " về", ":", " phải", " có trách nhiệm", " chủ trì", " phối hợp"});
}

bool described_past_qualifier(std::string_view rest) {
  // "Ủy ban nhân dân ở cấp chính quyền địa phương do Hội đồng nhân dân cùng cấp bầu, là cơ quan chấp hành
  // của Hội đồng nhân dân, …, chịu trách nhiệm trước Nhân dân địa phương, …" (Luật 65/2025 Điều 6): which
  // body the name means, then what it is — a definition like "X là cơ quan …", read the same way
  if (!starts_any(rest, {"ở", "tại", "do"})) return false;
  const std::size_t at = rest.find(" , là ");
  if (at == std::string_view::npos) return false;
  const std::string_view before = rest.substr(0, at);
  // (no duty or clause of its own before the "là")
  if (has_any(before, {";", "phải", "trách nhiệm", "nhiệm vụ"})) return false;
  return !duty_after_description(rest.substr(at + 3));
}

std::string_view past_recess(std::string_view rest) {
  // "Hội đồng nhân dân hoặc Thường trực Hội đồng nhân dân trong thời gian Hội đồng nhân dân không họp xem
  // xét, chấp thuận …" (Luật 65/2025 Điều 36): the time a standing body acts for the council is a phrase
  // between the subject and its verb; the verb is read after it
  if (!starts_any(rest, {"trong thời gian"})) return {};
  constexpr std::string_view recess = " không họp ";
  const std::size_t at = rest.find(recess);
  if (at == std::string_view::npos || at > 80) return {};
  std::string_view verb = rest.substr(at + recess.size());
  if (starts_any(verb, {","})) verb.remove_prefix(std::min<std::size_t>(verb.size(), 2));
  return verb;
}

}  // namespace vanban::link_detail
