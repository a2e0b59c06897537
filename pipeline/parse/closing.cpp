// Closing (phần kết): where the body ends, the recipients (nơi nhận) and
// the signature block (quyền hạn, chức vụ, họ tên người ký).
#include <algorithm>
#include <cstring>
#include <string_view>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::parse_detail {

bool is_signature_prefix(const std::string& line) {
  if (line.empty() || line.size() >= 120) return false;
  const char c = line[0];  // TM. KT. TL. TUQ. Q. K/T T/M …, in either case
  if (c != 'T' && c != 'K' && c != 'Q' && c != 't' && c != 'k' && c != 'q') return false;
  // a legacy font's lower case may space the dot off: "tm . ubnd thành phố …"
  std::string head;
  std::vector<std::size_t> at;  // where each letter of head is in line
  for (std::size_t i = 0; i < line.size() && head.size() < 5; ++i) {
    if (line[i] == ' ' && i + 1 < line.size() && line[i + 1] == '.' && head.size() <= 3) continue;
    head += static_cast<char>(std::toupper(static_cast<unsigned char>(line[i])));
    at.push_back(i);
  }
  for (const char* p : {"TM.", "KT.", "TL.", "TUQ.", "Q.", "K/T", "T/M", "T/L", "KT/", "TM/"}) {
    std::size_t n = std::strlen(p);
    if (head.compare(0, n, p) != 0) continue;
    std::size_t k = at[n - 1] + 1;
    while (k < line.size() && line[k] == ' ') ++k;
    return k < line.size();  // something after the prefix
  }
  return false;
}

namespace {

bool is_position_line(const std::string& t) {
  if (t.size() > 80 || (!is_all_caps(t) && t.size() > 40)) return false;
  // (the signers' titles, and lines that open with a head of a unit or a delegation's prefix)
  static const std::vector<std::string> pos = [] {
    std::vector<std::string> v = position_words();
    for (const char* more : {"TRƯỞNG PHÒNG", "TRƯỞNG ĐOÀN", "KT", "TM"}) v.emplace_back(more);
    return v;
  }();
  std::string u = upper(t);
  for (const auto& p : pos)
    if (starts_with(u, p) && (is_all_caps(t) || u.size() <= p.size() + 30)) return true;
  return false;
}

// Where a signer's title begins on a delegation prefix's caps line, after at least one word of the
// authority ("KT. THỦ TƯỚNG | PHÓ THỦ TƯỚNG"): the title runs to the line's end, whole; 0 if none.
std::size_t position_after_prefix(const std::string& t) {
  if (!is_all_caps(t)) return 0;
  const std::size_t first = t.find(' ');  // after "KT."
  if (first == std::string::npos) return 0;
  const std::size_t authority = t.find_first_not_of(' ', first);
  if (authority == std::string::npos) return 0;
  // ("KT. TỔNG GIÁM ĐỐC": the authority alone, itself a title)
  for (const auto& p : position_words())
    if (t.compare(authority, std::string::npos, p) == 0) return 0;
  for (std::size_t sp = t.find(' ', authority); sp != std::string::npos; sp = t.find(' ', sp + 1)) {
    const std::size_t at = t.find_first_not_of(' ', sp);
    if (at == std::string::npos) break;
    const std::string rest = t.substr(at);
    for (const auto& p : position_words())
      if (rest == p) return at;
  }
  return 0;
}

// A person's name: 2–6 words, each starting with a capital, no digits.
bool looks_like_name(const std::string& t) {
  if (t.empty() || t.size() > 60 || is_all_caps(t)) return false;
  int words = 1;
  std::size_t i = 0;
  while ((i = t.find(' ', i)) != std::string::npos) {
    ++words;
    ++i;
    if (i < t.size() && !starts_upper(t.substr(i))) return false;
  }
  for (char c : t)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == ';' || c == ',' || c == '(') return false;
  return words >= 2 && words <= 6 && starts_upper(t);
}

// The signer's name on its line, without a rank of the army or the police printed before it
// ("Thượng tướng Nguyễn Văn Hiền", TT 13/2026/TT-BQP): the rank is no part of the name.
std::string without_rank(const std::string& t) {
  for (std::string_view rank : {"Đại tướng ", "Thượng tướng ", "Trung tướng ", "Thiếu tướng ", "Đại tá ", "Thượng tá ",
                                "Trung tá ", "Thiếu tá "})
    if (starts_with(t, rank) && t.size() > rank.size()) return t.substr(rank.size());
  return t;
}

std::string position_case(const std::string& caps) {
  std::string s = sentence_case(caps);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"quốc hội", "Quốc hội"}, {"chính phủ", "Chính phủ"}, {"ủy ban nhân dân", "Ủy ban nhân dân"},
           {"bí thư", "Bí thư"}}) {
    std::size_t at = s.find(from);
    if (at != std::string::npos && at > 0) s.replace(at, from.size(), to);
  }
  if (starts_with(s, "Phó ") && s.size() > 5) {
    std::string rest = s.substr(5);
    s = "Phó " + sentence_case(rest);
  }
  // "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực": one title
  if (std::size_t at = s.find(" thường trực"); at != std::string::npos) s[at + 1] = 'T';
  return s;
}

}  // namespace

namespace {
// "Võ Văn Kiệt (Đã ký)": a signer's name with the web copy's mark of the signature
std::optional<std::string> signed_name(const std::string& t) {
  static const std::string kMark = " (Đã ký)";
  if (t.size() <= kMark.size() || t.size() > 60 || !ends_with(t, kMark)) return std::nullopt;
  std::string who = trim(t.substr(0, t.size() - kMark.size()));
  if (!looks_like_name(who)) return std::nullopt;
  return who;
}
}  // namespace

// "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG   XÁC THỰC VĂN BẢN HỢP NHẤT" + "Số: 18 /VBHN-BNNMT": the
// authentication block (xác thực) that ends a consolidated text (văn bản hợp nhất), printed
// in capitals, the authenticating body before it. It closes the body like a signature does.
constexpr std::string_view kAuthenticated = "XÁC THỰC VĂN BẢN HỢP NHẤT";

// "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" + "Số: 412/GP-UBND …" after the closing (CV 28/CV-ĐĐT 2026, a
// company's letter with the licence, petition and inspection record it encloses, as scanned): another
// document's own header, its number not this one's — a copy enclosed, not an attachment issued with the
// document (which carries no number of its own, "Ban hành kèm theo Quyết định số …")
bool enclosed_document(const std::vector<TextLine>& L, std::size_t i, const Meta& meta) {
  if (!is_motto(L[i].text) || !meta.number) return false;
  for (std::size_t k = i + 1; k < L.size() && k <= i + 6; ++k) {
    const std::string& t = L[k].text;
    const std::size_t so = t.find("Số:");
    if (so == std::string::npos || so > 8) continue;
    const std::string rest = trim(t.substr(so + std::string_view("Số:").size()));
    const std::size_t slash = rest.find('/');
    // (a number of its own, digits before the slash: not a form's blank "Số: ……/TB-…"; and its symbol
    // differs: "…/GP-UBND" after "28/CV-ĐĐT")
    const std::size_t own = meta.number->find('/');
    if (slash == std::string::npos || own == std::string::npos ||
        std::none_of(rest.begin(), rest.begin() + slash, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
    return rest.compare(slash, meta.number->size() - own, *meta.number, own) != 0;
  }
  return false;
}

bool is_noi_nhan(const std::string& line) {
  if (starts_with(line, "Nơi nhận")) return true;
  // the older documents' "Nơi gửi:" (before Decree 110/2004 named it "Nơi nhận")
  if (starts_with(line, "Nơi gửi") && line.size() < 40) {
    std::string rest = trim(line.substr(std::string("Nơi gửi").size()));
    if (rest.empty() || rest[0] == ':') return true;
  }
  if (line.size() > 60 || !(starts_with(line, "N") || starts_with(line, "n"))) return false;
  // OCR slips ("Nơinhậm", "Noi nhan"): the folded letters without spaces
  std::string f = fold_ascii(line.substr(0, 24)), letters;
  for (char c : f)
    if (c != ' ') letters += c;
  return starts_with(letters, "noinha");
}

void read_closing(const Lines& in, Layout& lay, Meta& meta, std::vector<std::string>& recipients) {
  const auto& L = *in.lines;
  std::size_t n = L.size();
  std::size_t start = n;
  for (std::size_t i = lay.body_begin; i < n; ++i) {
    const std::string& t = L[i].text;
    bool signature = false;
    if (is_position_line(t))
      for (std::size_t k = i + 1; k < n && k <= i + 6; ++k)
        if (!L[k].text.empty()) {
          if (looks_like_name(L[k].text)) signature = true;
          if (!is_position_line(L[k].text) && !starts_with(L[k].text, "(")) break;
        }
    if (is_position_line(t) && i + 1 < n && is_noi_nhan(L[i + 1].text)) signature = true;
    if (signed_name(t)) signature = true;  // a web copy's "Võ Văn Kiệt (Đã ký)", no title above
    if (is_noi_nhan(t) || is_signature_prefix(t) || signature || t.find(kAuthenticated) != std::string::npos) {
      start = i;
      break;
    }
    if (i > lay.body_begin && is_attachment_start(L, i)) {
      start = i;
      break;
    }
  }
  lay.body_end = start;
  lay.closing_end = start;
  if (start == n || is_attachment_start(L, start)) return;  // no signature block: an attachment follows directly
  // The closing block ends where an attachment begins, or a copy of another document enclosed with it.
  std::size_t end = n;
  for (std::size_t i = start + 1; i < n; ++i) {
    if (enclosed_document(L, i, meta)) {
      end = lay.enclosure = i;
      break;
    }
    if (is_attachment_start(L, i) || is_appendix_heading(L[i].text) || opens_divisions(L, i)) {
      end = i;
      break;
    }
  }
  lay.closing_end = end;

  std::vector<std::string> prefixes;
  std::optional<std::string> position, name;
  bool in_recipients = false;
  bool dashless = false;
  bool dashed = false;  // entries start with a dash: a line without one goes on the entry before
  // a line without a letter ("3," pushed up beside the list by the
  // layout, a rule "----") is no recipient and no part of one
  auto lettered = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
  };
  // a consolidated text has no header of its own: its number, issuer, place and date are
  // those of the authentication block (the header's, when printed, come first)
  bool authenticated = false;
  for (std::size_t i = start; i < end; ++i) {
    std::string t = L[i].text;
    if (t.empty()) continue;
    if (std::size_t at = t.find(kAuthenticated); at != std::string::npos) {
      const std::string who = trim(t.substr(0, at));
      if (!meta.issuer && !who.empty() && is_all_caps(who)) meta.issuer = sentence_case_name(expand_abbrev(who));
      authenticated = true;
      continue;
    }
    if (authenticated && !in_recipients && (starts_with(t, "Số:") || starts_with(t, "Số :"))) {
      const std::string num = clean_number(t.substr(t.find(':') + 1));
      if (!meta.number && num.find('/') != std::string::npos) meta.number = num;
      continue;
    }
    if (in_recipients && !lettered(t)) continue;
    // "Hà Nội, ngày 17 tháng 7 năm 2025": a consolidated text's (VBHN) date
    // beside its authentication block, put into the list by the layout
    if ((in_recipients || authenticated) && t[0] != '-' && t.size() < 80) {
      std::size_t comma = t.find(", ngày");
      if (comma != std::string::npos && comma < 40) {
        if (auto d = find_date(t, comma)) {
          if (authenticated && !meta.date) {
            meta.date = d;
            if (!meta.place) meta.place = trim(t.substr(0, comma));
          }
          continue;
        }
      }
    }
    if (is_noi_nhan(t)) {
      in_recipients = true;
      // "Nơi nhận:", "Nơi nhận :", OCR's "Nơinhậm — CHỦ TỊCH": what follows the label
      std::size_t cut = t.find(':');
      if (cut == std::string::npos) cut = t.find("—");
      if (cut == std::string::npos) cut = t.find(" - ");
      std::string rest = cut == std::string::npos ? std::string() : trim(t.substr(cut + (t[cut] == ':' ? 1 : 3)));
      if (!rest.empty() && is_position_line(rest) && !position) {
        position = rest;
        continue;
      }
      if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) t = rest;
      else continue;
    }
    // "~ Đoàn ĐBQH tỉnh;": a scan's reading of the dash
    bool tilde = starts_with(t, "~ ") && dashed;
    if (in_recipients && (t[0] == '-' || t[0] == '+' || tilde || starts_with(t, "–") || starts_with(t, "•"))) {
      std::size_t skip = starts_with(t, "–") || starts_with(t, "•") ? 3 : 1;
      std::string r = trim(t.substr(skip));
      if (!lettered(r)) continue;
      recipients.push_back(r);
      dashed = true;
      continue;
    }
    if (auto who = signed_name(t); who && !name) {
      name = *who;
      continue;
    }
    std::string lo_t = lower(t);
    if (starts_with(lo_t, "(đã ký") || starts_with(lo_t, "(ký") || starts_with(lo_t, "đã ký")) continue;
    // signature lines may be interleaved with the list (a Word table read row
    // by row): they do not end it
    if (is_signature_prefix(t)) {
      // "KT. BỘ TRƯỞNG  THỨ TRƯỞNG", "TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH": the signer's title on the
      // prefix's line (a Word table's cell read as one line)
      if (std::size_t cut = position_after_prefix(t); cut && !position) {
        position = trim(t.substr(cut));
        t = trim(t.substr(0, cut));
      }
      // an attachment not told apart repeats the signature at its end
      if (std::find(prefixes.begin(), prefixes.end(), t) == prefixes.end()) prefixes.push_back(t);
      continue;
    }
    if (is_position_line(t) && !position) {
      position = t;
      continue;
    }
    if (position && !name && looks_like_name(without_rank(t))) {
      name = without_rank(t);
      continue;
    }
    if (in_recipients && (is_motto(t) || starts_with(t, "Điều ") || starts_with(t, "Chương ") || starts_with(t, "(") ||
                          (!recipients.empty() && (starts_with(recipients.back(), "Lưu") ||
                                                   starts_with(recipients.back(), "LƯU"))))) {
      const bool filed = !recipients.empty() && (starts_with(recipients.back(), "Lưu") ||
                                                 starts_with(recipients.back(), "LƯU"));
      in_recipients = false;  // the list is over: a filing line, a new header, the body of an attachment
      // a name after the filing line, its position lost (a scan that missed the caps title above the
      // signature): still the signer's
      if (filed && !position && !name && looks_like_name(t)) {
        name = t;
        continue;
      }
      if (!is_signature_prefix(t) && !is_position_line(t) && !looks_like_name(t)) continue;
    }
    // "- VPUBTP: CVP, các PCVP;" + "các phòng: TH, KTTH;" + "Trung tâm TTĐTTP;":
    // one entry of a dashed list, the office's units after its own ';'
    // (a line that does not end like an entry is not one of them: a signer's
    // name the layout put between the entries)
    bool goes_on = dashed && ends_with(recipients.back(), ";") && (ends_with(t, ";") || ends_with(t, "."));
    if (in_recipients && !is_all_caps(t) && !looks_like_name(t) && !goes_on &&
        (recipients.empty() || dashless || ends_with(recipients.back(), ";") || ends_with(recipients.back(), ".")) &&
        !(dashless && starts_lower(t))) {
      if (recipients.empty()) dashless = true;  // a list printed without dashes: one line, one recipient
      recipients.push_back(t);
      continue;
    }
    if (in_recipients && !recipients.empty()) {
      // a recipient wrapped onto the next line
      std::string& last = recipients.back();
      if ((goes_on || (!ends_with(last, ";") && !ends_with(last, "."))) && !starts_with(last, "Lưu")) {
        last += " " + t;
        continue;
      }
      if (ends_with(last, ",")) {
        last += " " + t;
        continue;
      }
    }
    if (position && !name && looks_like_name(without_rank(t))) {
      name = without_rank(t);
      continue;
    }
  }
  // recipients: drop filing codes, trailing ; and .
  std::vector<std::string> rs;
  for (auto r : recipients) {
    r = fold_spaces(r);
    if (starts_with(r, "Lưu") || starts_with(r, "LƯU")) continue;
    while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ',')) r.pop_back();
    if (ends_with(r, "./")) r.resize(r.size() - 2);
    r = trim(r);
    if (!r.empty()) rs.push_back(r);
  }
  recipients = rs;
  if (position || name) {
    Signer s;
    if (position) s.position = position_case(*position);
    if (name) s.name = *name;
    if (!prefixes.empty()) {
      std::string ob;
      for (const auto& p : prefixes) {
        std::size_t dot = p.find_first_of("./");
        // ("T/M BỘ CHÍNH TRỊ", "K/T": the prefix is the letters either side of the slash)
        if (dot == 1 && p[dot] == '/' && dot + 1 < p.size() && std::isalpha(static_cast<unsigned char>(p[dot + 1]))) ++dot;
        std::string head;
        for (char c : upper(p.substr(0, dot + 1)))
          if (c != ' ') head += c;  // "tm ." → "TM."
        std::string body = trim(p.substr(dot + 1));
        if (starts_lower(body)) body = upper(body);  // a legacy caps font decoded to lower case
        if (!ob.empty()) ob += ' ';
        // a title the authority holds, or two ("KT. BỘ TRƯỞNG, CHỦ NHIỆM" of Văn phòng Chính phủ): cased as a
        // title, "Bộ trưởng" (as a name, "Bộ Trưởng", its "Bộ" would open a ministry's)
        const std::vector<std::string>& titles = position_words();
        std::string cased;
        bool all_titles = !body.empty();
        for (std::size_t b = 0; all_titles && b <= body.size();) {
          const std::size_t c = std::min(body.find(", ", b), body.size());
          const std::string part = body.substr(b, c - b);
          all_titles = std::find(titles.begin(), titles.end(), upper(part)) != titles.end();
          cased += (cased.empty() ? "" : ", ") + position_case(part);
          b = c + 2;
        }
        ob += head + " " + (all_titles ? cased : sentence_case_name(expand_abbrev(body)));
      }
      s.on_behalf = ob;
    }
    meta.signer = s;
  }
}

}  // namespace vanban::parse_detail
