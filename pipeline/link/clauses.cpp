// Clauses and groups of names over a text's tokens: see clauses.h.
#include "clauses.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "internal.h"

namespace vanban::link_detail {

std::pair<std::size_t, std::size_t> Clauses::of(std::size_t i) const {
  auto it = std::lower_bound(cut.begin(), cut.end(), i);  // first cut at or after i
  std::size_t b = it == cut.begin() ? 0 : *(it - 1) + 1, e = it == cut.end() ? colon_before.size() - 1 : *it;
  return std::pair{b, e};
}

// every token of [b, e) in a name or a list mark between names
static bool names_only_between(const std::vector<Tok>& t, const std::vector<Mention>& ms, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  e = std::min(e, t.size());
  // (the names' tokens marked in one pass over the mentions, not one pass per token)
  std::vector<bool> in_name(e > b ? e - b : 0, false);
  for (const Mention& m : ms)
    for (std::size_t k = std::max(m.b, b); k < std::min(m.e, e); ++k) in_name[k - b] = true;
  for (std::size_t k = b; k < e; ++k)
    if (!in_name[k - b] && !only_list_marks(t, k, k + 1)) return false;
  return true;
}

std::pair<std::size_t, std::size_t> list_label(const std::vector<Tok>& t, const Clauses& cl,
                                               const std::vector<Mention>& ms, std::size_t cb) {
  const std::pair<std::size_t, std::size_t> none{std::string::npos, std::string::npos};
  for (std::size_t p = cb, items = 0; items < 12; ++items) {
    if (p == 0 || p > t.size() || t[p - 1].word) return none;
    const std::size_t sep = p - 1;  // the cut before the item
    if (t[sep].text == ";") {
      if (sep == 0) return none;
      const std::size_t pb = cl.of(sep - 1).first;
      if (!names_only_between(t, ms, pb, sep)) return none;
      p = pb;
      continue;
    }
    if (t[sep].text != ":") return none;
    // the label: back from the colon to its capitalised first word, a few words at most
    for (std::size_t k = sep, words = 0; k-- > 0 && words < 8 && t[k].word; ++words)
      if (t[k].upper) return {k, sep};
    return none;
  }
  return none;
}

std::size_t Clauses::sentence_begin(const std::vector<Tok>& t, std::size_t cb) const {
  // (the cuts before the clause, back to a full stop: a few, not every token)
  for (auto it = std::lower_bound(cut.begin(), cut.end(), cb); it != cut.begin();) {
    --it;
    if (t[*it].text == ".") return *it + 1;
  }
  return 0;
}

std::size_t Clauses::sentence_end(const std::vector<Tok>& t, std::size_t ce) const {
  for (auto it = std::lower_bound(cut.begin(), cut.end(), ce); it != cut.end(); ++it)
    if (t[*it].text == ".") return *it;
  return t.size();
}

Clauses cut_clauses(const std::vector<Tok>& t, bool lifted) {
  Clauses cl;
  std::vector<std::size_t>& cut = cl.cut;
  for (std::size_t i = 0; i + 1 < t.size(); ++i)
    if (lifted && !t[i].word && t[i].text == ":" && t[i + 1].upper) cut.push_back(i);
  auto ellipsis = [&](std::size_t i) {  // "Ngân hàng Nhà nước Việt Nam... giải quyết": the list trails off
    return (i > 0 && t[i - 1].text == ".") || (i + 1 < t.size() && t[i + 1].text == ".");
  };
  // "Ông. Hoàng Văn Thuân - Trưởng đoàn: …" (KH 1105/KH-ĐKT Lào Cai): the title's point is no full stop
  auto titled = [&](std::size_t i) {
    return i > 0 && t[i - 1].word && t[i - 1].upper && (t[i - 1].key == "ông" || t[i - 1].key == "bà");
  };
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!t[i].word && (t[i].text == ";" || (t[i].text == "." && !ellipsis(i) && !titled(i) && (i + 1 == t.size() || t[i + 1].upper ||
                                                                  (t[i + 1].word && !std::isdigit((unsigned char)t[i + 1].text[0]))))))
      cut.push_back(i);
  std::sort(cut.begin(), cut.end());
  cl.colon_before.assign(t.size() + 1, std::string::npos);
  std::size_t next_cut = 0, last = std::string::npos;
  for (std::size_t i = 0; i < t.size(); ++i) {
    cl.colon_before[i] = last;
    if (next_cut < cut.size() && cut[next_cut] == i) {
      last = std::string::npos;
      ++next_cut;
    } else if (!t[i].word && t[i].text == ":") {
      last = i;
    }
  }
  return cl;
}

std::size_t group_end(const Finder& f, const std::vector<Tok>& t, const std::vector<Mention>& ms, std::size_t g,
                      const Clauses& cl) {
  // a verb among the words of b's clause before it (the names at b are its objects); not
  // "thuộc", which ties a name to its parent ("Trưởng phòng nghiệp vụ thuộc Cục Cảnh sát …")
  auto verb_before = [&](std::size_t b) {
    for (std::size_t q = cl.of(b).first; q < b; ++q)
      if (t[q].word && !t[q].upper && t[q].key != "thuộc" && f.m(q, {K::stop}) > 0) return true;
    return false;
  };
  std::size_t h = g + 1;
  while (h < ms.size()) {
    bool joined = true;
    // "Cục Hàng không Việt Nam (đối với quy định tại khoản 3 Điều này) hoặc Cảng vụ hàng không (đối với
    // …) có trách nhiệm …": a name's case in brackets, no name inside, keeps the list whole
    const std::size_t from = past_paren(t, ms[h - 1].e, ms[h].b);
    bool holder = false;
    for (std::size_t k = from; k < ms[h].b; ++k) {
      // role-holders listed among the names, "chủ …" and a second verb of theirs after a comma: "chủ đầu
      // tư, chủ sở hữu, chủ quản lý, sử dụng công trình hoặc cơ quan nhà nước có thẩm quyền phải …"
      // (Luật 135/2025 Điều 67)
      if (t[k].word && !t[k].upper && k > from && !t[k - 1].word && t[k - 1].text == "," &&
          (t[k].key == "chủ" || holder)) {
        holder = true;
        while (k + 1 < ms[h].b && t[k + 1].word && t[k + 1].key != "và" && t[k + 1].key != "hoặc") ++k;
        continue;
      }
      const std::string_view x = t[k].word ? t[k].key : t[k].text;
      if (!(x == "," || x == "và" || x == "cùng" || x == "-" || x == "/" || x == "hoặc" || x == ";" || x == "các"))
        joined = false;
      // "… đến Hội đồng nhân dân cấp trên; Thường trực Hội đồng nhân dân cấp tỉnh báo cáo …",
      // "… trình Thủ tướng Chính phủ quyết định giao quyền Chủ tịch Ủy ban nhân dân cùng cấp;
      // Thường trực Hội đồng nhân dân cấp huyện trình …": after objects (a word before the
      // first name, not one that makes the names subjects: "giao", "đề nghị", "yêu cầu"), a
      // name with its own verb opens a new clause
      if (x == ";" && f.m(ms[h].e, {K::stop}) > 0 && ms[g].b > 0 && t[ms[g].b - 1].word &&
          (t[ms[g].b - 1].key == "đến" || t[ms[g].b - 1].key == "cho" || t[ms[g].b - 1].key == "với" ||
           t[ms[g].b - 1].key == "của" || t[ms[g].b - 1].key == "tại" ||
           (t[ms[g].b - 1].key != "giao" && t[ms[g].b - 1].key != "nghị" && t[ms[g].b - 1].key != "cầu" &&
            verb_before(ms[g].b) && t[ms[h].e].key != "gồm")))  // ("X gồm A, B": what X is made of)
        joined = false;
    }
    // "… các chi bộ, đảng bộ cơ sở⏎Các cấp ủy, tổ chức đảng chủ động …": a capitalised "Các" right after a
    // name opens a sentence (a title line joined to its text), not the list's next item
    if (from == ms[h].b && t[ms[h].b].upper && t[ms[h].b].key == "các" && ms[h].b > 0 && t[ms[h].b - 1].word)
      joined = false;
    if (!joined) break;
    ++h;
  }
  // "Căn cứ … của Hội đồng nhân dân, Thường trực HĐND tỉnh quyết định …": the
  // comma closes a phrase the first names belong to, and the last name is
  // the subject of what follows
  if (h - g >= 2) {
    const std::size_t last = h - 1, before = ms[last].b - 1;
    const bool comma = !t[before].word && t[before].text == ",";
    const bool object_before = ms[g].b > 0 && t[ms[g].b - 1].word &&
                               (t[ms[g].b - 1].key == "của" || t[ms[g].b - 1].key == "với" ||
                                t[ms[g].b - 1].key == "cho" ||
                                // "… đề nghị làm chủ đầu tư …, Ủy ban nhân dân cấp huyện có trách nhiệm"
                                t[ms[g].b - 1].key == "làm");
    // "Trong thời gian khuyết Chủ tịch Ủy ban nhân dân, Thường trực Hội đồng nhân dân cấp tỉnh trình …"
    // (Luật 65/2025 Điều 40): the first names are the objects in a fronted phrase of time (not the
    // subjects of a condition: "Trường hợp Bộ trưởng Bộ Công an, …, Chủ tịch Ủy ban nhân dân các tỉnh có
    // văn bản đề nghị … thì áp dụng …", "Khi Hội đồng nhân dân hết nhiệm kỳ, Ủy ban nhân dân tiếp tục …")
    // (read only when the comma and the verb are there: group_end runs for every group)
    auto fronted = [&] {
      const std::string opening = join_keys(t, cl.of(ms[g].b).first, ms[g].b);
      return starts_any(opening, {"trong thời gian", "sau khi", "trước khi"}) && opening.find(',') == std::string::npos;
    };
    // (not before "hoặc", "và", no verb: "… trong các CSDL của các đơn vị, các ngành ở địa phương hoặc dữ
    // liệu từ Trung ương …", one more object of the list)
    if (comma && ms[last].e < t.size() && t[ms[last].e].word && f.m(ms[last].e, {K::stop}) &&
        t[ms[last].e].key != "hoặc" && t[ms[last].e].key != "và" && (object_before || fronted()))
      h = last;
  }
  return h;
}

std::size_t past_paren(const std::vector<Tok>& t, std::size_t i, std::size_t end) {
  if (i >= end || t[i].text != "(") return i;
  for (std::size_t q = i, depth = 0; q < end; ++q) {
    if (t[q].word) continue;
    if (t[q].text == "(") ++depth;
    if (t[q].text == ")" && --depth == 0) return q + 1;
  }
  return i;
}

std::size_t shared_verb(const Finder& f, const std::vector<Tok>& t, const std::vector<Mention>& ms, std::size_t h,
                        std::size_t ce, const Clauses& cl) {
  if (ce >= t.size() || t[ce].text != ";") return std::string::npos;
  std::size_t se = t.size();  // the sentence's end: the next full stop cut
  for (auto it = std::upper_bound(cl.cut.begin(), cl.cut.end(), ce); it != cl.cut.end(); ++it)
    if (t[*it].text == ".") {
      se = *it;
      break;
    }
  std::size_t k = h, words = 0;  // k: the next mention at or after q
  bool passive = false;           // "…; cá nhân được đề nghị khen thưởng chịu trách nhiệm …"
  for (std::size_t q = ce + 1; q < se; ++q) {
    while (k < ms.size() && ms[k].e <= q) ++k;
    if (k < ms.size() && ms[k].b <= q) continue;  // inside a name
    if (!t[q].word) {
      passive = passive && t[q].text != ";";  // (a participle ends with its item)
      continue;
    }
    // (only a duty's unambiguous words: "lập" in "kiểm toán độc lập; phí, lệ phí" is none)
    if (!t[q].upper && starts_any(join_keys(t, q, std::min(se, q + 4)),
                                  {"chịu trách nhiệm", "có trách nhiệm", "tổ chức thực hiện", "tổ chức triển khai",
                                   "triển khai thực hiện", "chủ trì"}))
      return q;
    // the verbs of a participle on the item ("được đề nghị khen thưởng") are not the list's verb
    passive = passive || (!t[q].upper && t[q].key == "được");
    if ((!passive && f.m(q, {K::stop}) > 0) || ++words > 12) return std::string::npos;
  }
  return std::string::npos;
}

bool listed_after(const Finder& f, const std::vector<Tok>& t, std::size_t b, std::size_t cb,
                  std::initializer_list<std::string_view> marker, std::size_t span) {
  const std::size_t n = marker.size();
  // (the list's last item comes after "," or "và": "phối hợp với cơ quan công an, thanh tra giao thông và các cơ quan …")
  if (b < cb + n + 2 || !(t[b - 1].word ? t[b - 1].key == "và" : t[b - 1].text == ",")) return false;
  for (std::size_t q = b - 1; q >= cb + n && q + span >= b; --q) {
    bool at = true;  // the marker's words end at q - 1
    std::size_t k = q - n;
    for (const std::string_view w : marker) at = at && t[k].word && t[k++].key == w;
    if (at) return q + 1 < b;
    // ("ban", "tổ chức" stop a name but are nouns in a list: "ban công tác Mặt trận", "cơ quan, tổ
    // chức", and so is the work a "ban" is named by: "Ban chỉ đạo Cải cách hành chính thành phố")
    if (t[q - 1].word && t[q - 1].key != "ban" && !(t[q - 1].key == "tổ" && t[q].key == "chức") &&
        !(q >= 2 && t[q - 2].word && t[q - 2].key == "ban") &&
        !(t[q - 1].key == "chức" && q >= 2 && t[q - 2].key == "tổ") && f.m(q - 1, {K::stop}) > 0)
      return false;
  }
  return false;
}

bool short_gap(const Finder& f, const std::vector<Tok>& t, std::size_t prev_end, std::size_t b) {
  std::size_t gap = 0;
  bool gap_verb = false;  // "… đã được HĐND tỉnh thông qua, Thường trực HĐND …" is no list
  // (a parenthesis in the list is an aside, not a verb of it: "…, Kiến trúc sư trưởng (nếu có),
  // Sở Tài chính - Vật giá, …" in NĐ 61-CP/1994 Điều 8, a council's members)
  for (std::size_t q = prev_end, depth = 0; q < b; ++q) {
    if (!t[q].word) depth += t[q].text == "(" ? 1 : t[q].text == ")" && depth ? -1 : 0;
    if (depth || !t[q].word) continue;
    ++gap;
    gap_verb = gap_verb || f.m(q, {K::stop}) > 0;
  }
  return gap <= 6 && !gap_verb;
}

bool listed_after_object(const std::vector<Tok>& t, std::size_t b, std::size_t cb) {
  for (std::size_t q = b - 1; q-- > cb;) {
    if (!t[q].word && (t[q].text == "," || t[q].text == ":" || t[q].text == "(" || t[q].text == ")")) break;
    if (t[q].word && (t[q].key == "là" || t[q].key == "gồm" || t[q].key == "giữa") && q + 1 < b && t[q + 1].word &&
        t[q + 1].upper)
      return true;
  }
  return false;
}

bool place_apposition(const std::vector<Tok>& t, const Mention& place, std::size_t b) {
  return place.b > 0 && t[place.b - 1].word && (t[place.b - 1].key == "tại" || t[place.b - 1].key == "ở") &&
         place.e + 1 == b && t[place.e].text == ":";
}

bool only_list_marks(const std::vector<Tok>& t, std::size_t from, std::size_t to) {
  // (and an abbreviation's dot: "VP. UBND Tỉnh", the office of the committee)
  auto abbreviation_dot = [&](std::size_t q) {
    return t[q].text == "." && q > 0 && t[q - 1].word && t[q - 1].text.size() <= 3 &&
           std::all_of(t[q - 1].text.begin(), t[q - 1].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (std::size_t q = from; q < to; ++q)
    if (t[q].word ? t[q].key != "và" : t[q].text != "," && !abbreviation_dot(q)) return false;
  return true;
}

bool carried_subject(const std::vector<Tok>& t, const KeyText& keys, const std::vector<Mention>& ms, std::size_t g,
                     std::size_t h, const Clauses& cl, std::size_t& post_b, std::size_t& next_b) {
  const auto [cb, ce] = cl.of(ms[g].b);
  std::string_view lead = keys.joined(cb, ms[g].b);
  while (!lead.empty() && (lead[0] == '-' || lead[0] == '+' || lead[0] == ' ' || lead[0] == '*')) lead.remove_prefix(1);
  const bool condition = lead == "trường hợp" || lead == "trong trường hợp" || lead == "nếu" || lead == "khi" ||
                         (ends_any(lead, {"mà"}) && starts_any(lead, {"đối với", "trường hợp", "trong trường hợp"}));
  if (!condition) return false;
  std::size_t q = ms[h - 1].e;
  while (q < ce && !(t[q].word && t[q].key == "thì")) ++q;
  if (q + 1 >= ce) return false;
  std::size_t next = ce;  // (the duty's own subject right after "thì": the condition's is not carried)
  for (const Mention& m : ms)
    if (m.b > q && m.b < next) next = m.b;
  if (next == q + 1) return false;
  // ("thì ngoài việc phải thực hiện …, phải thực hiện …": a duty over another, Luật 18/2003 Điều 28)
  const std::string_view duty = keys.joined(q + 1, ce);
  // (not a requirement on a paper: "Trường hợp Chủ tịch Hội đồng thành viên … bỏ trốn …, thì phải có họ tên và
  // chữ ký của các thành viên", NĐ 109/2004; nor a passive)
  if (!(starts_any(duty, {"phải", "ngoài việc phải", "ra thông báo"}) || directive_verb(duty)) ||
      starts_any(duty, {"phải có", "phải được"}))
    return false;
  // (nor one whose subject is the offender the condition found: "Nếu cơ quan thuế kiểm tra phát hiện các số
  // liệu … không đúng … thì ngoài việc phải nộp đủ số tiền thuế, còn bị phạt tiền …", TT 99/1998)
  if (has_any(duty, {"bị"})) return false;
  post_b = q + 1;
  next_b = next;
  return true;
}

}  // namespace vanban::link_detail
