// Bodies named by the step of a procedure they take for the state ("cơ quan Công an đang thụ lý vụ
// việc", "cơ quan đã ra quyết định tịch thu", "cơ quan nơi người có thẩm quyền xử phạt đang thụ lý
// hồ sơ"): like the role-holders of role_holders.cpp, the body that holds the case acts for the
// state and the annotation guide assigns it. Read only as the subject of a duty or task opening a
// clause ("… thì cơ quan quyết định tịch thu lập biên bản …", Luật 15/2012 Điều 82); elsewhere such
// words are an object ("trả lại cho cơ quan đã ra quyết định").
#include <algorithm>

#include "internal.h"
#include "mentions.h"

namespace vanban::link_detail {

void Finder::acting_bodies(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  for (std::size_t s = 0; s + 3 < n; ++s) {
    if (!t_[s].word || t_[s].key != "cơ" || t_[s + 1].key != "quan" || !subject_start(out, s)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == s || (mn.b < s && mn.e > s); }))
      continue;
    // the kind of body, named ("cơ quan Công an đang thụ lý …"): the step must follow with its tense
    // ("đang", "đã"), else the name's body is the subject and the verb its task ("cơ quan Thuế quyết định …")
    std::size_t q = s + 2;
    const auto named = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == q; });
    if (named != out.end() && t_[q].upper) q = named->e;
    const bool tense = q < n && (t_[q].key == "đang" || t_[q].key == "đã");
    if (q > s + 2 && !tense) continue;
    const std::string k = join_keys(t_, q, std::min(n, q + 4));
    // the step: holding the case, deciding or drawing up its file; or the body of the role-holder
    // who does ("nơi người có thẩm quyền xử phạt đang thụ lý …", "của người có thẩm quyền …")
    std::size_t h = 0, reach = 12;
    for (const std::string_view step : {"đang thụ lý", "đã thụ lý", "đã ra quyết định", "ra quyết định",
                                        "đã quyết định", "quyết định", "đã lập"})
      if (k.substr(0, step.size()) == step && (k.size() == step.size() || k[step.size()] == ' ')) {
        h = static_cast<std::size_t>(std::count(step.begin(), step.end(), ' ')) + 1;
        break;
      }
    if (!h && (t_[q].key == "nơi" || t_[q].key == "của") && q + 2 < n && t_[q + 1].key == "người")
      if (const std::size_t r = role_head(join_keys(t_, q + 2, std::min(n, q + 6)))) {
        h = 2 + r;
        reach = 14;  // (the role-holder's power and its own step before the body's task: "… xử phạt đang thụ lý hồ sơ …")
      }
    if (!h) continue;
    if (const std::size_t e = role_end(q + h, reach)) put_described(out, s, e);
  }
}

}  // namespace vanban::link_detail
