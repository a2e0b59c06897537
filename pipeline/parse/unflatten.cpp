// Undoing flattened layout: web pages and .docx extractors put the
// recipients list, the signature block and even the next attachment's title
// on one line ("Nơi nhận: / - Như trên; / - Lưu: VT.", "KT. BỘ TRƯỞNG THỨ
// TRƯỞNG Đinh Trung Tụng KẾ HOẠCH … (Ban hành kèm theo …)"). The header and
// closing readers work line by line, so such lines are split first.
#include "internal.h"

namespace vanban::parse_detail {

// (a deputy's title before the title: "PHÓ GIÁM ĐỐC" before "GIÁM ĐỐC", for the split below)
const std::vector<std::string>& position_words() {
  static const std::vector<std::string> w = {
      "PHÓ TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ GIÁM ĐỐC",
      "GIÁM ĐỐC", "TỔNG BÍ THƯ", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG",
      "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ THỐNG ĐỐC", "THỐNG ĐỐC", "TỔNG CỤC TRƯỞNG", "PHÓ BÍ THƯ", "BÍ THƯ",
      "CHÁNH THANH TRA", "VỤ TRƯỞNG",
      // the head of Văn phòng Chính phủ and of an Assembly committee ("KT. BỘ TRƯỞNG, CHỦ NHIỆM | PHÓ CHỦ NHIỆM")
      "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM"};
  return w;
}

namespace {

std::string join(const std::vector<std::string>& w, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (i > b) out += ' ';
    out += w[i];
  }
  return out;
}

bool is_prefix_token(const std::string& w) {
  return w == "TM." || w == "KT." || w == "TL." || w == "TUQ." || w == "T/M" || w == "K/T" || w == "Q.";
}

bool caps_word(const std::string& w) { return is_prefix_token(w) || is_all_caps(w) || w == "-" || w == "–"; }

bool name_word(const std::string& w) { return starts_upper(w) && !is_all_caps(w) && w.find_first_of("0123456789:;,.()") == std::string::npos; }

// "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH …" → pieces.
std::vector<std::string> split_signature(const std::string& line) {
  bool maybe = false;  // most lines hold no position word: skip the word-by-word work
  for (const auto& p : position_words()) maybe = maybe || line.find(p) != std::string::npos;
  if (!maybe) return {line};
  std::vector<std::string> w = words(line);
  std::size_t caps_end = 0;
  while (caps_end < w.size() && caps_word(w[caps_end])) ++caps_end;
  if (caps_end == 0 || caps_end >= w.size()) return {line};
  std::string caps = join(w, 0, caps_end);
  bool has_position = false;
  for (const auto& p : position_words())
    if (caps.find(p) != std::string::npos) has_position = true;
  if (!has_position) return {line};
  std::size_t name_end = caps_end;
  // "Trần Hồng Hà Phụ lục (Kèm theo …)": an appendix's heading glued after the name is no part of it
  auto heading_at = [&w](std::size_t i) {
    if (i + 1 >= w.size()) return false;
    const std::string next = lower(w[i + 1]);
    return (w[i] == "Phụ" && next == "lục") || (w[i] == "Mẫu" && next == "số") || (w[i] == "Biểu" && next == "mẫu");
  };
  while (name_end < w.size() && name_word(w[name_end]) && name_end - caps_end < 5 && !heading_at(name_end)) ++name_end;
  if (name_end - caps_end < 2) return {line};
  std::vector<std::string> out;
  // the caps run: prefix lines, then the signer's own position — the longest
  // title that ends the run ("TỔNG GIÁM ĐỐC", not "GIÁM ĐỐC" after a prefix "TỔNG")
  std::size_t pos_at = std::string::npos;
  for (const auto& p : position_words()) {
    std::size_t at = caps.rfind(p);
    if (at != std::string::npos && at + p.size() == caps.size() && (pos_at == std::string::npos || at < pos_at))
      pos_at = at;
  }
  if (pos_at != std::string::npos && pos_at > 0) {
    std::string head = trim(caps.substr(0, pos_at));
    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" → two prefix lines
    std::size_t kt = head.find(" KT. ");
    if (kt == std::string::npos) kt = head.find(" K/T ");
    if (kt != std::string::npos) {
      out.push_back(trim(head.substr(0, kt)));
      out.push_back(trim(head.substr(kt + 1)));
    } else {
      out.push_back(head);
    }
    out.push_back(trim(caps.substr(pos_at)));
  } else {
    out.push_back(caps);
  }
  out.push_back(join(w, caps_end, name_end));
  if (name_end < w.size()) {
    std::string rest = join(w, name_end, w.size());
    std::size_t paren = rest.find("(Ban hành kèm theo");
    if (paren == std::string::npos) paren = rest.find("(Kèm theo");
    if (paren != std::string::npos && paren > 0) {
      out.push_back(trim(rest.substr(0, paren)));
      std::size_t close = rest.find(')', paren);
      out.push_back(trim(rest.substr(paren, close == std::string::npos ? std::string::npos : close + 1 - paren)));
      if (close != std::string::npos && close + 1 < rest.size()) out.push_back(trim(rest.substr(close + 1)));
    } else {
      out.push_back(rest);
    }
  }
  return out;
}

// A .docx extractor that drops the breaks inside a table cell glues the
// signature block's lines: "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNGLê Văn
// Thành", "T/M BỘ CHÍNH TRỊTỔNG BÍ THƯNguyễn Phú Trọng". Spaces go back before
// a prefix, before a title glued to the word before it, and before the name
// glued to the last title; split_signature then reads the line.
std::string unglue_signature(std::string t) {
  auto glued_at = [&](std::size_t at) { return at > 0 && t[at - 1] != ' ' && t[at - 1] != '/'; };
  for (const char* pre : {"KT. ", "TL. ", "K/T ", "TUQ. "})
    for (std::size_t at = t.find(pre, 1); at != std::string::npos; at = t.find(pre, at + 2))
      if (glued_at(at)) t.insert(at, " ");
  for (const auto& p : position_words())
    for (std::size_t at = t.find(p, 1); at != std::string::npos; at = t.find(p, at + p.size() + 1))
      if (glued_at(at) && (static_cast<unsigned char>(t[at - 1]) >= 0x80 || std::isupper(static_cast<unsigned char>(t[at - 1]))))
        t.insert(at, " ");
  // the name: the longest run of capitals before a capitalised word ("TƯỚNGLê" → "TƯỚNG Lê")
  std::vector<std::string> w = words(t);
  for (std::string& x : w) {
    if (is_all_caps(x) || !starts_upper(x)) continue;
    for (std::size_t k = x.size() - 1; k >= 2; --k) {
      if ((static_cast<unsigned char>(x[k]) & 0xC0) == 0x80) continue;  // inside a letter
      const std::string_view head(x.data(), k), rest(x.data() + k, x.size() - k);
      if (is_all_caps(head) && starts_upper(rest) && !is_all_caps(rest)) {
        x.insert(k, " ");
        break;
      }
    }
  }
  return join(w, 0, w.size());
}

}  // namespace

namespace {
// A sub-clause's label alone on its line ("1.4.", "2.10."): a web page put the label in a paragraph of its
// own, the words in the next (QĐ 435/QĐ-UBND 2020 Kon Tum).
bool numbered_label_only(const std::string& t) {
  std::size_t k = 0, parts = 0;
  while (k < t.size()) {
    const std::size_t d = k;
    while (k < t.size() && k < d + 2 && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
    if (k == d || k >= t.size() || t[k] != '.') return false;
    ++k;
    ++parts;
  }
  return parts >= 2;
}
}  // namespace

// "2. Về Đại lý làm thủ tục hải quan 2.1. Điều kiện …": a web page joined a
// clause's title and its first sub-clause; split before " 2.1. ".
bool split_subclause(const std::string& t, std::string& head, std::string& tail) {
  std::size_t d = 0;
  while (d < t.size() && d < 3 && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d == 0 || d + 1 >= t.size() || t[d] != '.' || t[d + 1] != ' ') return false;
  const std::string marker = " " + t.substr(0, d) + ".1. ";
  std::size_t at = t.find(marker);
  // (or the sub-clause's label alone ends the line, its words on the next: "1. Tăng cường … ổn định và
  // tiến bộ 1.1." + "Tổ chức nghiên cứu …", QĐ 435/QĐ-UBND 2020 Kon Tum)
  if (at == std::string::npos && ends_with(t, std::string_view(marker).substr(0, marker.size() - 1)))
    at = t.size() - (marker.size() - 1);
  if (at == std::string::npos || at < d + 2) return false;
  head = t.substr(0, at);
  tail = t.substr(at + 1);
  return true;
}

// "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc
// Trung ương Thực hiện Luật Khám bệnh, chữa bệnh …; Bộ Y tế đề nghị …" (CV 6087/BYT-KCB): a web page ran
// the letter's first paragraph onto its addressee; split before the words that open a letter's body.
namespace {
bool split_addressee(const std::string& t, std::string& head, std::string& tail) {
  const std::size_t kg = t.find("Kính gửi:");
  if (kg == std::string::npos || t.size() - kg < 160) return false;
  std::size_t cut = std::string::npos;
  for (const std::string_view w : {" Thực hiện ", " Phúc đáp ", " Trả lời ", " Tiếp theo ", " Trong thời gian ",
                                   " Căn cứ ", " Theo đề nghị ", " Theo báo cáo ", " Vừa qua,", " Hiện nay,"}) {
    const std::size_t at = t.find(w, kg);
    if (at != std::string::npos && at < cut) cut = at;
  }
  // (the addressee is a name of a few words, not one that ends a clause: the opener follows a word)
  if (cut == std::string::npos || cut - kg > 240 || cut - kg < 14 || t.size() - cut < 80 ||
      std::string_view(",;:.").find(t[cut - 1]) != std::string_view::npos)
    return false;
  head = t.substr(0, cut);
  tail = t.substr(cut + 1);
  return true;
}
}  // namespace

std::vector<TextLine> unflatten(const std::vector<TextLine>& lines) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  std::string held;  // "TM." printed alone, its body on the next line: one prefix line
  std::string label;  // "1.4." printed alone, its words on the next line
  for (const auto& line : lines) {
    TextLine l = line;
    if (!label.empty() && !l.text.empty()) {
      if (numbered_label_only(l.text) || is_label_line(l.text)) out.push_back({label, l.source_line});
      else l.text = label + " " + l.text;
      label.clear();
    }
    if (numbered_label_only(l.text)) {
      label = l.text;
      continue;
    }
    if (!held.empty() && !l.text.empty()) {
      const std::vector<std::string> first = words(l.text);
      if (!first.empty() && is_all_caps(first.front())) l.text = held + " " + l.text;
      else out.push_back({held, l.source_line});
      held.clear();
    }
    if (l.text.size() <= 4 && is_prefix_token(l.text) && l.text != "Q.") {
      held = l.text;
      continue;
    }
    // ("BỘ TRƯỞNGPhạm Hồng Hà", QĐ 836/QĐ-BXD: a signature without a deputy's prefix, its position and name
    // run together, as short as a signature line is)
    auto position_glued = [&] {
      if (l.text.size() > 80) return false;
      for (const auto& p : position_words())
        if (starts_with(l.text, p) && l.text.size() > p.size() && l.text[p.size()] != ' ' && l.text[p.size()] != ',')
          return true;
      return false;
    };
    if (starts_with(l.text, "TM.") || starts_with(l.text, "T/M") || starts_with(l.text, "KT.") || starts_with(l.text, "K/T") ||
        starts_with(l.text, "TL.") || position_glued())
      l.text = unglue_signature(l.text);
    // "Nơi nhận:- A;- B;- Lưu: VT." (the same extractor): an entry's dash set off again
    if (starts_with(l.text, "Nơi nhận") && (l.text.find(";-") != std::string::npos || l.text.find(",-") != std::string::npos)) {
      std::string s;
      for (std::size_t k = 0; k < l.text.size(); ++k) {
        s += l.text[k];
        if ((l.text[k] == ';' || l.text[k] == ',' || l.text[k] == ':') && k + 1 < l.text.size() && l.text[k + 1] == '-') s += ' ';
      }
      l.text = std::move(s);
    }
    // "CHƯƠNG TRÌNH … ĐẾN NĂM 2045(Kèm theo Nghị quyết số 88/NQ-CP …)": an attachment's title with the
    // line that ties it to the document glued on (the same extractor)
    for (const char* tie : {"(Kèm theo ", "(Ban hành kèm theo ", "(kèm theo "}) {
      if (l.text.empty() || l.text.back() != ')') break;  // (most lines: one test)
      const std::size_t at = l.text.find(tie);
      if (at != std::string::npos && at > 0 && l.text[at - 1] != ' ' && is_all_caps(l.text.substr(0, at))) {
        out.push_back({trim(l.text.substr(0, at)), l.source_line});
        l.text = l.text.substr(at);
        break;
      }
    }
    const std::string& t = l.text;
    std::string head, tail;
    if (split_subclause(t, head, tail) || split_addressee(t, head, tail)) {
      out.push_back({head, l.source_line});
      if (numbered_label_only(tail)) label = tail;  // (its words on the next line)
      else out.push_back({tail, l.source_line});
      continue;
    }
    // "Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, …; - Lưu: VT.": the
    // list a table cell held on one line, one recipient a line again
    // (an entry may end in "." instead of ";": "- Các Bộ: CA, TC, …, KHĐT. - VPCP: BTCN, …", TB 467/TB-VPCP)
    // (or "," where the entries were glued: "- Các tỉnh ủy, thành ủy,- Các ban đảng, …", NQ 10-NQ/TW)
    const bool comma_entries = starts_with(line.text, "Nơi nhận") && line.text.find(",-") != std::string::npos;
    if (starts_with(t, "Nơi nhận") && (t.find("; - ") != std::string::npos || comma_entries)) {
      auto next_entry = [&](std::size_t from) {
        return std::min(std::min(t.find("; - ", from), t.find(". - ", from)),
                        comma_entries ? t.find(", - ", from) : std::string::npos);
      };
      std::size_t i = 0;
      for (std::size_t j; (j = next_entry(i)) != std::string::npos; i = j + 2)
        out.push_back({trim(t.substr(i, j + 1 - i)), l.source_line});
      out.push_back({trim(t.substr(i)), l.source_line});
      continue;
    }
    // Prefixes (TM., KT.), positions (CHỦ TỊCH) and "Nơi nhận: / -" all
    // need two capitals in a row or a " / "; most lines have neither.
    bool caps_pair = false;
    for (std::size_t k = 0; k + 1 < t.size() && !caps_pair; ++k)
      caps_pair = std::isupper(static_cast<unsigned char>(t[k])) && std::isupper(static_cast<unsigned char>(t[k + 1]));
    if (t.empty() || (!caps_pair && t.find(" / ") == std::string::npos)) {
      out.push_back(l);
      continue;
    }
    std::vector<std::string> pieces{t};
    bool slashed = t.find(" / ") != std::string::npos &&
                   (starts_with(t, "Nơi nhận") || starts_with(t, "TM.") || starts_with(t, "KT.") ||
                    starts_with(t, "TL.") || t.find(" / - ") != std::string::npos ||
                    (is_all_caps(t.substr(0, t.find(" / "))) && t.size() < 120));
    if (slashed) {
      pieces.clear();
      std::size_t i = 0;
      while (i <= t.size()) {
        std::size_t j = t.find(" / ", i);
        if (j == std::string::npos) j = t.size();
        pieces.push_back(trim(t.substr(i, j - i)));
        i = j + 3;
      }
    }
    for (const auto& p : pieces) {
      // prefixes in the middle of a line start a new one
      std::string rest = p;
      std::vector<std::string> parts;
      for (;;) {
        std::size_t cut = std::string::npos;
        for (const char* pre : {" TM. ", " KT. ", " T/M ", " K/T ", " TL. "}) {
          std::size_t at = rest.find(pre);
          if (at != std::string::npos && at > 0 && (cut == std::string::npos || at < cut)) cut = at;
        }
        // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" stays for split_signature
        if (cut == std::string::npos || is_all_caps(rest.substr(0, cut))) break;
        parts.push_back(trim(rest.substr(0, cut)));
        rest = trim(rest.substr(cut));
      }
      parts.push_back(rest);
      for (const auto& q : parts)
        for (auto& s : split_signature(q))
          if (!s.empty()) out.push_back({s, l.source_line});
    }
  }
  if (!held.empty()) out.push_back({held, lines.back().source_line});
  if (!label.empty()) out.push_back({label, lines.back().source_line});
  return out;
}

}  // namespace vanban::parse_detail
