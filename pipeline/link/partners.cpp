// The partners after "phối hợp với" (the Finder of mentions.h): named bodies
// and described ones ("phối hợp với các cơ quan quản lý nhà nước về lao động,
// đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư …"), each item of the
// list read up to the clause's end or its purpose ("để", "nhằm", "trong việc").
#include "mentions.h"

namespace vanban::link_detail {

void Finder::partners(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    // "phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng", "cùng với"
    std::size_t q = 0;
    if (t_[i].key == "phối" && t_[i + 1].key == "hợp") {
      std::size_t p = i + 2;
      if (p + 2 < n && t_[p].key == "chặt" && t_[p + 1].key == "chẽ") p += 2;
      if (t_[p].key == "với" || t_[p].key == "cùng") q = p + 1;
      // "chủ trì, phối hợp các phòng, đơn vị có liên quan": the partners right after the verb,
      // "các" and a body noun or a collective ("phối hợp tổ chức thực hiện" is two verbs)
      else if (t_[p].key == "các" && p + 1 < n && (body_noun(p + 1) || m(p + 1, {K::collective})))
        q = p;
    } else if (t_[i].key == "cùng" && t_[i + 1].key == "với") {
      q = i + 2;
    }
    if (!q || q >= n) continue;
    // the list ends at the clause's end or at its purpose ("để", "nhằm", "trong việc …")
    std::size_t end = q;
    bool purpose = false;
    for (; end < n; ++end) {
      const Tok& x = t_[end];
      if (!x.word) {
        if (x.text == ";" || x.text == "." || x.text == ":" || x.text == "(") break;
        continue;
      }
      if (x.key == "để" || x.key == "nhằm" ||
          (x.key == "trong" && end + 1 < n && (t_[end + 1].key == "việc" || t_[end + 1].key == "công"))) {
        purpose = true;
        break;
      }
    }
    while (q < end) {
      // a name found before: skip it ("Sở Công Thương, Ủy ban nhân dân cấp huyện và …")
      const auto at = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == q; });
      std::size_t k = q + ((t_[q].key == "các" || t_[q].key == "những") ? 1 : 0);
      std::size_t e = q;
      // (a name found before stays: "cơ quan Thuế" is the tax office; so does a
      // registered collective when no purpose marker bounds what follows it:
      // "các tổ chức đoàn thể triệu tập …")
      // (and a registered one is extended only by the words that say which:
      // "các cơ quan quản lý nhà nước về lao động", "… thuộc …", "… của …")
      auto which = [&](std::size_t p) {
        if (p >= end || !t_[p].word) return false;
        const std::string_view w = t_[p].key;
        return t_[p].upper || w == "về" || w == "của" || w == "thuộc" || w == "trực" || w == "có" || w == "liên" ||
               w == "ở" || w == "tại" || w == "trên" || w == "ngoài" || w == "cấp" || is_place_word(w) ||
               (m(p, {K::stop}) && !(p + 1 < end && t_[p + 1].word && m(p + m(p, {K::stop}), {K::stop})));
      };
      bool found = at != out.end() && !(at->kind == K::office || (at->collective && purpose && which(at->e)));
      // … unless it ran into the next item ("các cơ quan quản lý nhà nước, tổ chức | công đoàn")
      const std::size_t d = body_noun(k) ? describe(q, end, purpose) : q;
      // (not where the collective's own second modifier follows a comma: "các cơ quan thông tấn, báo chí")
      // (`at` is read only when found: it may be out.end())
      auto second_modifier = [&] {
        return t_[d].text == "," && d + 3 == at->e && !body_noun(d + 1) && !m(d + 1, {K::collective});
      };
      if (found && at->collective && d > k && d < at->e && !second_modifier()) found = false;
      if (body_noun(k) && !found) {
        e = d;
        if (e <= k + body_noun(k) - 1) break;
        put_described(out, q, e);
      } else if (at != out.end()) {
        e = at->e;
      } else {
        break;
      }
      if (e + 1 < end && (t_[e].text == "," || t_[e].key == "và" || t_[e].key == "cùng")) {
        q = e + 1;
        if (q + 1 < end && t_[q].key == "và") ++q;  // ", và"
      } else {
        break;
      }
    }
    i = q > i ? q - 1 : i;
  }
}

}  // namespace vanban::link_detail
