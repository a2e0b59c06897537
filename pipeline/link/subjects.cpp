// Subjects with a qualifier: "Các cơ quan, tổ chức và cá nhân sử dụng đất có
// nhiệm vụ …", "Cơ quan cấp Giấy chứng nhận ưu đãi đầu tư có trách nhiệm …".
// A generic name (a collective, a body named by its kind, not by a proper
// name) that opens a clause and is followed by words up to a duty marker
// ("có trách nhiệm", "phải" …) is the whole phrase: the qualifier says which
// bodies are meant, and the annotation guide keeps it in the mention.
#include "subjects.h"

#include <algorithm>

#include "internal.h"

namespace vanban::link_detail {

namespace {

bool is_punct(const Tok& t, std::string_view p) { return !t.word && t.text == p; }

// The predicate starts at q with a duty marker.
bool duty_marker(const std::vector<Tok>& t, std::size_t q) {
  const std::size_t n = t.size();
  auto at = [&](std::size_t i, std::string_view k) { return i < n && t[i].word && t[i].key == k; };
  if (at(q, "có") && ((at(q + 1, "trách") && at(q + 2, "nhiệm")) || (at(q + 1, "nhiệm") && at(q + 2, "vụ")) ||
                      (at(q + 1, "kế") && at(q + 2, "hoạch"))))
    return true;
  if (at(q, "chịu") && at(q + 1, "trách") && at(q + 2, "nhiệm")) return true;
  return at(q, "phải") || at(q, "cần");
}

// Words at q that open the clause's predicate, not a duty, so no qualifier runs through them: a
// negated duty ("… thì chủ đầu tư không cần thực hiện phân bổ", "không phải nộp"), the "thì" that closes a
// condition, and a grant's "được" with the verb it allows ("… thì chủ đầu tư được tiếp tục thực hiện lấn
// biển … và không phải nộp …", NĐ 42/2024 Điều 11; "được phép", "được quyền", "được miễn"), which the
// passive of a relative clause is not ("cơ quan được hỏi ý kiến", "được giao"); `after_name`: q is the
// word right after the name.
bool predicate_opening(const std::vector<Tok>& t, std::size_t q, bool after_name) {
  const std::string_view k = t[q].key;
  if (k == "thì") return true;
  // (a negated duty only: "Các đơn vị chưa gửi báo cáo phải …" says which units)
  if (q + 1 < t.size() && (t[q + 1].key == "phải" || t[q + 1].key == "cần") && negated_at(t, q + 1)) return true;
  // (right after the name: a later "được" is its object's, "… của doanh nghiệp được hưởng ưu đãi đầu tư")
  if (!after_name || k != "được" || q + 1 >= t.size() || !t[q + 1].word) return false;
  const std::string_view v = t[q + 1].key;
  return v == "phép" || v == "quyền" || v == "miễn" || v == "hưởng" ||
         (v == "tiếp" && q + 2 < t.size() && t[q + 2].key == "tục");
}

// Words at q open a reference to where the body is defined: "quy định tại khoản …", "tại Điều …".
bool reference_opening(const Finder& f, const std::vector<Tok>& t, std::size_t q) {
  // (its first word tested here: this runs on every word of a qualifier, and cited_reference_at also
  // reads OCR'd prints, folding as it goes)
  if (t[q].key == "tại") return f.reference_at(q);
  return (t[q].key == "quy" || t[q].key == "qui") && f.cited_reference_at(q);
}

// A qualifier may open with these words although they end names elsewhere
// ("được hỏi ý kiến", "tiếp nhận hồ sơ", "trực tiếp quản lý", "thu lệ phí").
bool qualifier_opening(const std::vector<Tok>& t, std::size_t q) {
  static const char* ok[] = {"có", "được", "tiếp", "quản", "trực", "thu", "thuộc", "tại", "từ", "đã", "sử", "nơi"};
  for (const char* w : ok)
    if (t[q].key == w) return !duty_marker(t, q);
  return false;
}

// A name by kind: every word after the first in lower case, or a collective.
bool generic(const std::vector<Tok>& t, const Mention& m) {
  if (m.collective) return true;
  if (!m.name.empty()) return false;
  // "Ủy ban nhân dân các cấp quản lý …": a council or committee by its level
  // is named; the words after it are its predicate
  if (m.kind == K::local && m.entry && m.e > m.b + m.entry->keys.size()) return false;
  // (so is an office named with what it is for: "Chủ đầu tư dự án có hoạt động tồn trữ hóa chất | thuộc
  // danh mục …", Finder::project_of — what follows says which projects, not which investor)
  if (m.kind == K::office && m.entry && m.e > m.b + m.entry->keys.size()) return false;
  for (std::size_t q = m.b + 1; q < m.e; ++q)
    if (t[q].word && t[q].upper && t[q].key != "nhà" && t[q].key != "nước" && t[q].key != "trung" &&
        t[q].key != "ương")
      return false;
  return true;
}

}  // namespace

bool opens_clause(const std::vector<Tok>& t, std::size_t b, bool fronted) {
  if (fronted && b > 0 && t[b - 1].word && t[b - 1].key == "thì") return true;
  for (std::size_t q = b; q > 0; --q) {
    const Tok& x = t[q - 1];
    if (x.word) return false;
    if (x.text == ";" || x.text == "." || x.text == ":" || (fronted && x.text == ",")) return true;
  }
  return true;
}

void drop_session_holders(const std::vector<Tok>& t, std::vector<Mention>& ms) {
  std::vector<Mention> kept;
  std::size_t listed_to = 0;  // the end of the last dropped name: a list it opens goes with it
  for (const Mention& mn : ms) {
    const bool session = mn.b >= 2 && t[mn.b - 1].key == "họp" &&
                         (t[mn.b - 2].key == "kỳ" || t[mn.b - 2].key == "phiên" || t[mn.b - 2].key == "cuộc");
    // ("cuộc họp Ban Thường vụ, Ban Chấp hành, cập nhật …": both bodies' meeting)
    const bool listed = listed_to > 0 && mn.b == listed_to + 1 &&
                        (t[listed_to].text == "," || t[listed_to].key == "và");
    if (session || listed) {
      // (not after a time or a place, whose comma ends the adverbial: "… trước ngày khai mạc kỳ họp Quốc hội,
      // Ủy ban Thường vụ Quốc hội gửi …" — the subject follows it)
      const bool adverbial = session && mn.b >= 3 && has_any(t[mn.b - 3].key, {"mạc", "trước", "sau", "tại", "trong"});
      listed_to = adverbial ? 0 : mn.e;
      continue;
    }
    listed_to = 0;
    kept.push_back(mn);
  }
  ms.swap(kept);
}

void extend_subjects(const Finder& f, const std::vector<Tok>& t, std::vector<Mention>& ms) {
  const std::size_t n = t.size();
  std::size_t k = 0;
  while (k < ms.size()) {
    if (!opens_clause(t, ms[k].b, true)) {
      ++k;
      continue;
    }
    // the chain of names joined by "," / "và" that opens the clause, each
    // with its qualifier, up to the duty marker
    std::vector<std::pair<std::size_t, std::size_t>> quals;  // (mention, qualifier end)
    std::size_t c = k;
    std::vector<std::size_t> asides;
    std::vector<std::size_t> swallowed;  // names inside a "trực tiếp" qualifier
    std::size_t after = 0;
    bool duty = false;
    while (c < ms.size()) {
      const std::size_t self = c;
      std::size_t q = ms[c].e, words = 0, end = ms[c].e;
      bool closed = false, joined = false, stop = false;  // closed: a parenthesis ended the qualifier
      // "cơ quan có thẩm quyền ra quyết định thu hồi quy định tại khoản 2 Điều 18 Thông tư này phải ban hành
      // …" (TT 43/2018 Điều 17): where the body is defined, a reference, not which body it is; the qualifier
      // ends before it, the duty after it still makes the subject
      bool ref = false;
      // "Thủ trưởng đơn vị trực tiếp sử dụng Quỹ … xác định nhu cầu …", "Đơn vị trực tiếp quản lý, sử
      // dụng công trình thực hiện lập …": "trực tiếp" and its verb say which body; its object (a name
      // too) runs on to the clause's own verb, the predicate
      const bool direct = q + 2 < n && t[q].key == "trực" && t[q + 1].key == "tiếp" && t[q + 2].word &&
                          !t[q + 2].upper && generic(t, ms[self]);
      while (q < n && !stop) {
        const std::size_t next = c + 1 < ms.size() ? ms[c + 1].b : n;
        const Tok& x = t[q];
        // (after the object, not after another verb: "cơ quan thuế trực tiếp quản lý tiến hành kiểm tra")
        auto after_verb = [&] {
          return (t[q - 1].word && f.m(q - 1, {K::stop}) == 1) || (q >= 2 && t[q - 2].word && f.m(q - 2, {K::stop}) == 2);
        };
        // ("xác định" is no stop word, "Tổ chức tư vấn xác định giá đất" a name: it may have run into the object's)
        if (direct && q > ms[self].e + 3 && x.word && !x.upper && t[q - 1].word && !after_verb()) {
          const std::string verb = join_keys(t, q, std::min(n, q + 3));
          if ((f.m(q, {K::stop}) && directive_verb(verb)) ||
              starts_any(verb, {"xem xét", "xác định", "phê duyệt", "quyết định"})) {
            duty = stop = true;
            break;
          }
        }
        if (direct && q == next && !ms[c + 1].collective && t[q].upper) {
          // the object's name is part of the qualifier (the verb may have run into it: read on)
          swallowed.push_back(++c);
          end = ++q;
          continue;
        }
        if (q == next) break;  // the next name, with no separator: not a qualifier
        if ((is_punct(x, ",") || (x.word && x.key == "và")) && q + 1 == next) {
          joined = stop = true;
        } else if (is_punct(x, "(")) {
          // "(Bộ Xây dựng, Bộ Thủy lợi …)": members named in passing
          std::size_t r = q;
          while (r < n && !is_punct(t[r], ")")) ++r;
          if (r == n) break;
          closed = true;
          q = r + 1;
          // (after a class of bodies only: "Bộ Quốc phòng (Cục Bản đồ …)" names the one that acts)
          while (c + 1 < ms.size() && ms[c + 1].b < q) asides.push_back(++c);
          if (!asides.empty()) after = q;
          continue;
        } else if (is_punct(x, ",") && q > ms[self].e && scope_phrase(join_keys(t, q + 1, std::min(n, q + 5)))) {
          // "… và các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình,
          // giám sát …": the inserted phrase of the body's remit stands before the predicate
          duty = stop = true;
        } else if (!x.word && (q == ms[self].e || (x.text != "," && x.text != "-" && x.text != "…" && x.text != "..."))) {
          break;  // (a qualifier opens with a word: "Ủy ban nhân dân, người quản lý …" is a list)
        } else if (x.word && q == ms[self].e && x.key == "và" && q + 1 < n && t[q + 1].word &&
                   (t[q + 1].key == "toàn" || t[q + 1].key == "tòan" || t[q + 1].key == "công" ||
                    t[q + 1].key == "cán" || t[q + 1].key == "viên")) {
          break;  // "Trưởng các phòng nghiệp vụ và toàn thể công chức …": persons besides, no qualifier
        } else if (x.word && x.key == "có" && q + 1 < n &&
                   (t[q + 1].key == "quyền" || (t[q + 1].key == "cơ" && q + 2 < n && t[q + 2].key == "sở"))) {
          // ("… công trình bí mật nhà nước có quyền quyết định và chịu trách nhiệm …", Luật 135/2025
          // Điều 69: a grant is the predicate already, no qualifier runs on through it to the duty; so are the
          // grounds the body has, "… cơ quan hải quan có cơ sở xác định hàng hóa nhập khẩu không phải …", TT
          // 62/2019 — not the duty marker "phải" of "không phải", which the qualifier would run on to)
          break;
        } else if (x.word && predicate_opening(t, q, q == ms[self].e)) {
          break;
        } else if (x.word && (duty_marker(t, q) || (x.key == "chỉ" && duty_marker(t, q + 1)))) {
          // ("Chủ đầu tư chỉ cần thực hiện …": "chỉ", only, belongs to the duty, it qualifies no name)
          duty = stop = true;
        } else if (x.word && (closed || ++words > 18)) {
          break;
        } else {
          ref = ref || (x.word && reference_opening(f, t, q) && !f.reference_names(ms[self].b, q));
          ++q;
          if (x.word && !ref) end = q;
        }
      }
      // a qualifier must not open with a verb of its own ("Sở Tài chính hướng dẫn …")
      if (end > ms[self].e && (!generic(t, ms[self]) || (f.m(ms[self].e, {K::stop}) && !qualifier_opening(t, ms[self].e)) ||
                               directive_verb(join_keys(t, ms[self].e, end)))) {
        duty = false;
        break;
      }
      quals.push_back({self, end});
      if (duty || !joined) break;
      ++c;
    }
    if (duty) {
      for (auto [i, end] : quals)
        if (end > ms[i].e) ms[i].e = end;
      for (std::size_t i : asides) ms[i].aside = generic(t, ms[asides.front() - 1]) ? 1 : 2;
      if (!asides.empty()) ms[asides.front() - 1].after = after;
      for (auto it = swallowed.rbegin(); it != swallowed.rend(); ++it) ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(*it));
      c -= swallowed.size();
    }
    if (!duty && !swallowed.empty()) c = swallowed.front() - 1;  // (those names stand)
    k = std::max(c, k) + 1;
  }
}

}  // namespace vanban::link_detail
