// A letter's addressees ("Kính gửi:" and its list). The body of a letter
// usually asks them to act by the same words ("Sở … đề nghị Ủy ban Mặt trận
// Tổ quốc tỉnh; …; Chủ các công trình phải tổ chức quan trắc …") — among them
// role-holders and firms no registry lists, which the linker can then find.
#include <algorithm>

#include "internal.h"

namespace vanban::parse_detail {

namespace {

// An entry without its dash and closing punctuation ("- Công an tỉnh;" → "Công an tỉnh").
std::string entry_words(std::string_view s) {
  std::string t = trim(s);
  while (!t.empty() && (t[0] == '-' || t[0] == '+')) t = trim(std::string_view(t).substr(1));
  for (std::string_view end : {"./.", ";", ".", ",", ":"})
    if (ends_with(t, end)) {
      t = trim(std::string_view(t).substr(0, t.size() - end.size()));
      break;
    }
  return fold_spaces(t);
}

// An entry the list can hold: a name, not a paragraph that ran on from a flattened line.
bool plausible(const std::string& e) { return !e.empty() && e.size() <= 240; }

}  // namespace

std::vector<std::string> read_addressees(const std::vector<TextLine>& L, std::size_t end) {
  std::vector<std::string> out;
  std::string cur;
  bool open = false;  // the entry in cur has not ended its line with ";", "." or ","
  auto flush = [&] {
    if (std::string w = entry_words(cur); plausible(w)) out.push_back(std::move(w));
    cur.clear();
  };
  // one line of the list: a dash opens an entry; an unfinished entry continues on a line in lower case
  // or one that ends it ("- Chủ các công trình phải tổ chức quan trắc khí tượng" + "thuỷ văn chuyên dùng
  // …;", "- Các cơ quan chuyên trách tham mưu, giúp việc" + "Đảng ủy Ủy ban nhân dân tỉnh,")
  auto take = [&](const std::string& a) {
    if (starts_with(a, "-") || starts_with(a, "+")) {
      flush();
      cur = a;
    } else if (open && (cur.empty() || starts_lower(a) || ends_with(a, ";") || ends_with(a, ",") || ends_with(a, "."))) {
      cur += " " + a;
    } else {
      return false;
    }
    open = !(ends_with(a, ";") || ends_with(a, ".") || ends_with(a, ","));
    return true;
  };
  for (std::size_t k = 0; k < end && k < L.size(); ++k) {
    const std::string& t = L[k].text;
    // (also where a flattened header runs into it: "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:")
    const std::size_t at = is_kinh_gui(t) ? 0 : t.size() <= 400 ? t.find("Kính gửi") : std::string::npos;
    if (at == std::string::npos) continue;
    // entries after the colon: "Kính gửi: Sở Công Thương các tỉnh/thành phố", "Kính gửi: - Ủy ban nhân
    // dân tỉnh,", "Kính gửi: Các tổ chức, cá nhân khai thác, thu hồi khoáng sản" + "trên địa bàn tỉnh Lào
    // Cai."; a line that runs on into the letter's first sentence (a flattened web copy) gives none
    const std::size_t colon = t.find(':', at);
    const std::string rest = colon == std::string::npos ? std::string() : trim(std::string_view(t).substr(colon + 1));
    if (rest.size() > 240) break;
    if (starts_with(rest, "-") || starts_with(rest, "+")) {
      take(rest);
    } else if (!rest.empty()) {
      std::size_t b = 0;
      for (std::size_t e; (e = rest.find(';', b)) != std::string::npos; b = e + 1) {
        cur = rest.substr(b, e - b);
        flush();
      }
      cur = rest.substr(b);
      open = !(ends_with(cur, ".") || ends_with(cur, ","));
    }
    for (std::size_t j = k + 1; j < L.size() && j < k + 40; ++j) {
      const std::string a = trim(L[j].text);
      if (a.empty()) {
        if (!cur.empty() || !out.empty()) break;
        continue;
      }
      // ("Kính gửi:" alone on its line, the one addressee on the next: "Các tổ chức, cá nhân khai thác …")
      if (cur.empty() && out.empty() && !starts_with(a, "-") && !starts_with(a, "+")) open = true;
      if (!take(a)) break;
    }
    flush();
    break;  // the first list is the letter's
  }
  return out;
}

}  // namespace vanban::parse_detail
