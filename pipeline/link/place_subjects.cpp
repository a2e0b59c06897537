// Places as the subject of a clause (the Finder of mentions.h): a level
// named bare before its verb — "Các quận, huyện nghiên cứu phân cấp …",
// "mỗi quận, huyện chọn 1 xã …", "Thành phố tổ chức biểu dương …" — is the
// local government acting, its people's committee ("Ủy ban nhân dân các
// quận, huyện"). Only at a clause's start and before a verb: elsewhere a
// level word is where something happens ("cho xã, phường, thị trấn") or a
// body's own name follows ("Thành phố Cần Thơ", "Tỉnh ủy", "Huyện đoàn").
#include "mentions.h"

namespace vanban::link_detail {

namespace {

// Words after a clause's first noun that are no verb of its own: linking,
// time, place and quantity words ("Xã có 3 thôn", "Huyện là …", "Tỉnh trong
// năm …"), and the passive ("các xã được hỗ trợ": the committees are objects).
bool no_verb(std::string_view k) {
  static const std::set<std::string, std::less<>> w = {
      "là",   "được", "bị",   "đã",   "đang", "không", "chưa", "theo", "để",   "trong", "trên", "tại",  "cho",
      "với",  "khi",  "từ",   "thì",  "này",  "nêu",   "trước", "sau", "đến",  "vào",   "ra",   "bằng", "như",
      "mà",   "do",   "thuộc", "hoặc", "cùng", "gồm",  "mỗi",  "cuối", "đầu", "năm",   "tháng", "quý", "ngày",
      "hằng", "hàng", "cũng", "vẫn",  "luôn", "ban",   "trung", "bộ",  "đối",  "về",    "nhằm", "sẽ",   "và",
      "của",  "nơi",  "đều"};
  return w.count(k) > 0;
}

}  // namespace

void Finder::place_subjects(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  // a level word at i: its length in tokens (the two-syllable ones first)
  auto level = [&](std::size_t i) -> std::size_t {
    if (i >= n || !t_[i].word) return 0;
    const std::string_view a = t_[i].key;
    if (i + 1 < n && t_[i + 1].word &&
        ((a == "thành" && t_[i + 1].key == "phố") || (a == "thị" && (t_[i + 1].key == "xã" || t_[i + 1].key == "trấn"))))
      return 2;
    return a == "tỉnh" || a == "huyện" || a == "quận" || a == "xã" || a == "phường" ? 1 : 0;
  };
  for (std::size_t s = 0; s < n; ++s) {
    if (!(s == 0 || (!t_[s - 1].word && (t_[s - 1].text == ";" || t_[s - 1].text == "." || t_[s - 1].text == ":" ||
                                         t_[s - 1].text == "-"))))
      continue;
    // "Các", "mỗi", "từng": every one of them
    const bool each = t_[s].key == "các" || t_[s].key == "mỗi" || t_[s].key == "từng";
    const std::size_t k = s + (each ? 1 : 0);
    std::size_t e = k;
    while (const std::size_t w = level(e)) {
      e += w;
      if (e + 1 < n && (t_[e].text == "," || t_[e].key == "và") && level(e + 1)) ++e;
      else break;
    }
    if (e == k || e >= n) continue;
    // a verb in lower case right after: not a proper name ("Thành phố Cần Thơ"),
    // a body of the level ("Tỉnh ủy", "Huyện đoàn") or a place's qualifier
    const Tok& v = t_[e];
    if (!v.word || v.upper || is_place_word(v.key) || no_verb(v.key)) continue;
    if (v.key == "có" && !(e + 2 < n && t_[e + 1].key == "trách" && t_[e + 2].key == "nhiệm")) continue;
    // a registered verb, or "chọn" (the everyday "mỗi huyện chọn 1 xã")
    if (!m(e, {K::stop}) && v.key != "chọn") continue;
    // (not inside or over a name found before)
    if (std::any_of(out.begin(), out.end(), [&](const Mention& mn) { return mn.b < e && mn.e > s; })) continue;
    std::string levels;
    for (std::size_t q = k; q < e; ++q) {
      const bool glue = !t_[q].word && t_[q].text == ",";
      if (!levels.empty() && !glue) levels += ' ';
      levels += t_[q].word ? std::string(t_[q].key) : std::string(t_[q].text);
    }
    // several ("các quận, huyện", "mỗi quận, huyện") keep their phrase; one
    // ("Thành phố") is the issuer's own level, placed as "Ủy ban nhân dân thành phố" is
    const bool many = each || e - k > level(k);
    Mention mn{s, e, many, many ? K::collective : K::local};
    mn.name = "Ủy ban nhân dân " + (many ? "các " + levels : levels);
    out.insert(std::upper_bound(out.begin(), out.end(), s, [](std::size_t q, const Mention& x) { return q < x.b; }),
               std::move(mn));
    s = e;
  }
}

}  // namespace vanban::link_detail
