// An office named by the institution it heads, printed in lower case: "Giám
// đốc cơ sở cai nghiện bắt buộc", "Hiệu trưởng trường giáo dưỡng" (Luật
// 15/2012). The institution is a kind, not a registered name, yet the office
// is one role-holder: cut at the head word, "Giám đốc" alone would be the
// issuer's or no one's.
#include "mentions.h"

namespace vanban::link_detail {

namespace {
// the nouns of an institution that has a head (not "cơ quan", "đơn vị":
// "Thủ trưởng cơ quan …" is read as a collective)
std::size_t institution_noun(const std::vector<Tok>& t, std::size_t i) {
  const std::size_t n = t.size();
  if (i + 1 >= n || !t[i].word || t[i].upper) return 0;
  const std::string_view a = t[i].key, b = t[i + 1].key;
  if ((a == "cơ" && b == "sở") || (a == "trung" && b == "tâm") || (a == "bệnh" && b == "viện")) return 2;
  if (a == "trường" || a == "trại") return 1;
  return 0;
}
}  // namespace

std::size_t Finder::institution_of(std::size_t j) const {
  const std::size_t n = t_.size();
  const std::size_t c = institution_noun(t_, j);
  if (!c) return j;
  std::size_t q = j + c;
  const std::size_t kind = q;
  // the words that say which kind, lower case, up to a verb or cue ("… bắt buộc cấp giấy chứng
  // nhận", "… tiến hành lập hồ sơ", "… quyết định"), a list's separator or another name
  while (q < n && q < kind + 6 && t_[q].word && !t_[q].upper && !stop_at(q) && !agency_start(q) &&
         t_[q].key != "và" && t_[q].key != "hoặc" && t_[q].key != "của" && t_[q].key != "nơi" &&
         !(t_[q].key == "cấp" && !(q + 1 < n && is_place_word(t_[q + 1].key))))
    ++q;
  return q > kind ? q : j;
}

// "… thì thủ trưởng trực tiếp của chiến sĩ cảnh sát nhân dân, cảnh sát viên cảnh sát biển, bộ đội biên phòng,
// kiểm lâm viên, công chức hải quan, kiểm soát viên thị trường đang thi hành công vụ phải tạm giữ ngay …"
// (Luật 15/2012 Điều 125): the office is named by whose direct head it is — the staff listed in lower case
// up to the duty ("phải", "có trách nhiệm", "chịu trách nhiệm"); "Thủ trưởng" alone names no one
std::size_t Finder::direct_head_of(std::size_t j) const {
  const std::size_t n = t_.size();
  if (j + 3 >= n || t_[j].key != "trực" || t_[j + 1].key != "tiếp" || t_[j + 2].key != "của") return j;
  for (std::size_t q = j + 3; q < n && q < j + 45; ++q) {
    const Tok& k = t_[q];
    if (!k.word) {
      if (k.text != ",") return j;
      continue;
    }
    if (k.upper) return j;
    const bool owes = k.key == "phải" ||
                      ((k.key == "có" || k.key == "chịu") && q + 1 < n && t_[q + 1].key == "trách");
    if (owes) return q > j + 3 && t_[q - 1].word ? q : j;
  }
  return j;
}

}  // namespace vanban::link_detail
