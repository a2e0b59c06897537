// Bodies described rather than named (the Finder of mentions.h): a body noun
// and the words that say which one ("cơ quan quản lý nhà nước về bảo vệ môi
// trường", "đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định
// cư", "chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp"). Such words
// are read only where the clause makes them actors: the partners after
// "phối hợp với" (partners) and a subject opening a clause before its duty
// ("… có trách nhiệm", "… phải", described_subjects; the words after its
// noun are read in described_scan.cpp). Elsewhere they are
// objects or beneficiaries ("hỗ trợ cho tổ chức …", "tổ chức, cá nhân được
// hưởng …") and stay as the names found.
#include "mentions.h"

namespace vanban::link_detail {

std::size_t Finder::body_noun(std::size_t i) const {
  const std::size_t n = t_.size();
  // "các phòng, đơn vị có liên quan", "các Phòng, ban, đơn vị cấp xã": departments (after "các" a
  // noun, not the verb of "phòng, chống"; not a named one, "các Phòng Tư pháp")
  if (i > 0 && i + 1 < n && t_[i].word && t_[i].key == "phòng" && t_[i - 1].key == "các" &&
      !(t_[i + 1].word && t_[i + 1].upper) && t_[i + 1].key != "chống" && !(i + 2 < n && t_[i + 2].key == "chống"))
    return 1;
  if (i + 1 >= n || !t_[i].word || !t_[i + 1].word) return 0;
  const std::string_view a = t_[i].key, b = t_[i + 1].key;
  if ((a == "cơ" && b == "quan") || (a == "đơn" && b == "vị") || (a == "tổ" && b == "chức") ||
      (a == "doanh" && b == "nghiệp"))
    return 2;
  if (a == "chủ" && b == "đầu" && i + 2 < n && t_[i + 2].key == "tư") return 3;
  // "thanh tra giao thông", "hội đồng thẩm định": lower case, the kind of a
  // body (capitalised, "Thanh tra tỉnh" and "Hội đồng …" are names)
  if (!t_[i].upper && ((a == "thanh" && b == "tra") || (a == "hội" && b == "đồng")))
    return i + 2 < n && t_[i + 2].key == "viên" ? 0 : 2;  // ("thanh tra viên": a person)
  return 0;
}

// ("Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp có quyền …; chịu trách nhiệm …", Luật 65/2025
// Điều 13: who received the tasks, whatever the clause then gives or asks of it; "được giao quản lý …"
// stays a grant's passive)
bool Finder::delegated(std::size_t p) const {
  return p + 2 < t_.size() && t_[p].key == "được" &&
         (keys_at(p + 1, "phân", "cấp") || keys_at(p + 1, "ủy", "quyền") || keys_at(p + 1, "phân", "quyền"));
}

std::size_t Finder::describe(std::size_t q, std::size_t end, bool purpose) const {
  std::size_t k = q;
  if (k < end && (t_[k].key == "các" || t_[k].key == "những")) ++k;
  std::size_t e = k + body_noun(k);
  if (e == k) return q;
  // bare nouns listed together are one collective ("cơ quan, tổ chức có
  // thẩm quyền", "đơn vị, tổ chức thực hiện …", "các cơ quan, đơn vị")
  // ("các cơ quan, địa phương": with a registered collective noun too)
  while (e + 1 < end && t_[e].text == ",") {
    const std::size_t c = body_noun(e + 1) ? body_noun(e + 1) : m(e + 1, {K::collective});
    if (!c || t_[e + 1].upper) break;
    e += 1 + c;
  }
  // a new item of the list: another body ("…, tổ chức công đoàn", "… và các
  // cơ quan liên quan", "…, Sở Tài chính", "…, chính quyền các địa phương")
  auto new_item = [&](std::size_t p) {
    if (p >= end || !t_[p].word) return false;
    if (body_noun(p) || agency_start(p) || m(p, {K::collective_phrase})) return true;
    return (t_[p].key == "các" || t_[p].key == "những") && body_noun(p + 1);
  };
  auto is = [&](std::size_t p, std::string_view a, std::string_view b) {
    return p + 1 < end && t_[p].key == a && t_[p + 1].key == b;
  };
  std::size_t first = e;  // where a relative clause may open ("đơn vị thực hiện nhiệm vụ …")
  bool relative = false;  // it did: its own commas and "và" go on ("bồi thường, hỗ trợ, tái định cư")
  bool owner = false;     // after "của", "thuộc": the owner's list is part of the description
  bool closed = false;    // after "(có) liên quan", "có thẩm quyền": only its level, place or owner follow
  while (e < end) {
    const Tok& x = t_[e];
    if (!x.word || x.key == "và" || x.key == "hoặc") {
      const bool sep = !x.word ? (x.text == "," || x.text == "-" || x.text == "/") : true;
      const bool next = e + 1 < end && t_[e + 1].word;
      // ("tổ chức chính trị - xã hội": a compound; "của các Bộ, ngành và Ủy
      // ban nhân dân Thành phố": the owners, listed, up to another described body)
      // (nor past "các" and a collective noun: "cơ quan cấp trên trực tiếp của doanh nghiệp, các sở, ngành
      // có liên quan" lists another partner)
      const bool generic = next && (body_noun(e + 1) || ((t_[e + 1].key == "các" || t_[e + 1].key == "những") &&
                                                         (body_noun(e + 2) || m(e + 2, {K::collective}))));
      if (sep && next && ((owner && !generic) || ((relative || x.text == "-") && !new_item(e + 1)) || zones_and_clusters(e))) {
        ++e;
        continue;
      }
      break;
    }
    // a body named inside the description ("cơ quan chuyên môn giúp Ủy ban nhân dân Thành phố …")
    // (its name only, up to a separator: "cơ quan Kiểm toán nhà nước, Cơ quan điều tra" are two)
    if (x.upper && e > k && body_start(e)) {
      const std::size_t name_end = extend_body(e);
      while (e < name_end && t_[e].word) ++e;
      continue;
    }
    if (x.key == "của" || x.key == "thuộc" || is(e, "trực", "thuộc")) {
      owner = true;
      e += x.key == "trực" ? 2 : 1;
      continue;
    }
    if (is(e, "liên", "quan") || (x.key == "có" && (is(e + 1, "liên", "quan") || is(e + 1, "thẩm", "quyền")))) {
      e += x.key == "có" ? 3 : 2;
      closed = true;
      continue;
    }
    // "ở trung ương", "trên địa bàn", "trong và ngoài Bộ Tư pháp", "cấp tỉnh": where the body is
    auto level = [&](std::size_t p) {
      if (p >= end || !t_[p].word) return false;
      const std::string_view w = t_[p].key;
      return w == "tỉnh" || w == "huyện" || w == "xã" || w == "phường" || w == "quận" || is(p, "thành", "phố") ||
             is(p, "thị", "xã") || is(p, "thị", "trấn") || is(p, "trung", "ương") || is(p, "địa", "phương");
    };
    // "cơ quan cấp trên trực tiếp của doanh nghiệp", "cơ quan cấp dưới": its level, told from another's (as
    // a named body's, Finder::extend; "trên", "dưới" end a name elsewhere)
    if (x.key == "cấp" && e + 1 < end && (t_[e + 1].key == "trên" || t_[e + 1].key == "dưới")) {
      e += is(e + 2, "trực", "tiếp") ? 4 : 2;
      continue;
    }
    if (is(e, "trung", "ương") && e + 4 < end && and_local(e + 2) == e + 5) {
      e += 5;  // "ở trung ương và địa phương": both levels
      continue;
    }
    if (is(e, "trong", "và") && e + 2 < end && t_[e + 2].key == "ngoài") {  // "trong và ngoài Bộ Tư pháp"
      e += 3;
      continue;
    }
    const bool where = x.key == "ở" || x.key == "tại" || x.key == "trong" || x.key == "ngoài" || is(e, "trên", "địa") ||
                       (x.key == "cấp" && level(e + 1)) || level(e) || x.upper || (e > k && level(e - 1) && x.key == "phố");
    if (closed && !where && !owner) break;
    if (where) {
      e += is(e, "trên", "địa") && is(e + 1, "địa", "bàn") ? 3 : 1;  // ("trên địa bàn", its "bàn" no word of its own)
      continue;
    }
    // "có chức năng quản lý đất đai": a verb may follow
    if (x.key == "có" && is(e + 1, "chức", "năng")) {
      e += 3;
      first = e;
      continue;
    }
    // "đơn vị đăng ký làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp": the role the body
    // takes on ("làm" + a role-holder) says which one is meant
    auto takes_role = [&](std::size_t p) {
      return p + 1 < end && t_[p].key == "làm" && !t_[p + 1].upper ? m(p + 1, {K::office}) : std::size_t(0);
    };
    if (e > first)
      if (const std::size_t o = takes_role(e)) {
        e += 1 + o;
        continue;
      }
    std::size_t v = m(e, {K::stop});
    if (!v && (builds(e) || is(e, "thanh", "tra") || (e == first && is(e, "xây", "dựng")))) v = 2;
    // "cơ quan chuyên môn giúp Ủy ban nhân dân Thành phố quản lý nhà nước về …": what the body
    // does for another says what it is; the description is the noun phrase before it
    if (x.key == "giúp" && e > first) break;
    if (v && !noun_tail(e)) {
      // a verb right after the noun opens a relative clause ("doanh nghiệp
      // cung cấp điện", "cơ quan quản lý nhà nước"), not a second verb
      // ("các đơn vị tổ chức thực hiện": the partners' task)
      const std::size_t w = e + v;
      const bool opens = e == first && !(w < end && t_[w].word && !t_[w].upper && t_[w].key != "có" && m(w, {K::stop}) &&
                                         !takes_role(w));
      if (opens) relative = true;
      // ("đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư": the works listed, verbs as nouns)
      const bool listed = relative && e > 0 && t_[e - 1].text == "," && w < end &&
                          (t_[w].text == "," || t_[w].key == "và");
      // later verbs belong to it only when a purpose marker closes the list
      // ("… thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư và các cơ quan
      // liên quan để …"); otherwise the first one is the partners' task
      if (!opens && !listed && !(relative && purpose)) break;
      e += v;
      continue;
    }
    ++e;
  }
  // (a list's own comma or "và" is not part of the item, nor a preposition
  // that opens the task: "… Bảo hiểm xã hội Thành phố trong kiểm tra …")
  while (e > k && (!t_[e - 1].word || t_[e - 1].key == "và" || t_[e - 1].key == "hoặc" || t_[e - 1].key == "trong" ||
                   t_[e - 1].key == "ở" || t_[e - 1].key == "tại"))
    --e;
  return e;
}

// Whether the reference stays in a bare description's name (mentions.h says which words count).
bool Finder::reference_names(std::size_t b, std::size_t r) const {
  if (b < r && (t_[b].key == "các" || t_[b].key == "những")) ++b;
  r = citing_start(b, r);  // (the verb that cites)
  std::size_t q = b + body_noun(b), words = 0;
  if (q == b) return false;
  for (; q < r && q < t_.size(); ++q) {
    if (t_[q].key == "có" && (keys_at(q + 1, "thẩm", "quyền") || keys_at(q + 1, "liên", "quan"))) {
      q += 2;
      continue;
    }
    // ("Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 …": bare nouns listed, one
    // collective; the words that count are those after the list)
    if (t_[q].text == "," && q + 1 < r && t_[q + 1].word) {
      const std::size_t c = std::max(body_noun(q + 1), m(q + 1, {K::collective}));
      if (c && !t_[q + 1].upper) {
        q += c;
        continue;
      }
    }
    if (t_[q].word) ++words;
  }
  return words <= 2;
}

// The description [b, e) replaces what was found inside it ("các cơ quan quản lý nhà
// nước" of "… về lao động", "chủ đầu tư" of "chủ đầu tư xây dựng và kinh doanh …").
void put_described(std::vector<Mention>& out, std::size_t b, std::size_t e) {
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b < e && mn.e > b; }),
            out.end());
  out.insert(std::upper_bound(out.begin(), out.end(), b, [](std::size_t q, const Mention& x) { return q < x.b; }),
             Mention{b, e, true, K::collective});
}

// A word that opens a predicate's duty or grant ("phải", "có", "được"), not a task's verb.
bool Finder::duty_word(std::size_t p) const {
  const std::string_view w = t_[p].key;
  return w == "phải" || w == "cần" || w == "có" || w == "chịu" || w == "là" || w == "được" || w == "không" ||
         w == "thì" || w == "mà" || w == "đã" || w == "sẽ" || w == "đang";
}

// The words at p open a task a described body is the subject of: a directive verb, or one of
// the procedural steps such bodies take ("thẩm định", "tiếp nhận", "có ý kiến", …).
bool Finder::task_verb(std::size_t p) const {
  const std::size_t n = t_.size();
  // ("tự kiểm tra", "tự đánh giá": the body's own check, its task)
  if (p + 1 < n && t_[p].key == "tự" && t_[p + 1].word && m(p + 1, {K::stop})) return task_verb(p + 1);
  // ("kịp thời phản ánh", "kịp thời báo cáo": how soon, then the task)
  if (p + 2 < n && t_[p].key == "kịp" && t_[p + 1].key == "thời" && t_[p + 2].word) return task_verb(p + 2);
  const std::string key = join_keys(t_, p, std::min(n, p + 3));
  // (and a delegation to set rules, "… quy định nội dung và mức chi"; not a reference, "quy định tại khoản 2")
  // ("xét, đề nghị": reviews and proposes upwards, a step of an award's procedure; "quyết toán chi phí …":
  // settles the accounts of a file it received, NĐ 42/2024 Điều 9)
  return directive_verb(key) || starts_any(key, {"là", "thẩm định", "xét , đề nghị", "xét đề nghị", "tiếp nhận", "cấp giấy", "cấp phép", "giải quyết",
                                                 "xử lý", "tổng hợp", "trình", "gửi", "thông báo", "có ý kiến",
                                                 "yêu cầu",
                                                 // "…, nếu phát sinh vướng mắc, cơ quan, tổ chức, cá nhân kịp thời
                                                 // phản ánh bằng văn bản về Bộ Công Thương" (TT 19/2024/TT-BCT): a
                                                 // circular's closing asks them to report (unassigned_parties)
                                                 "phản ánh"}) ||
         (starts_any(key, {"quyết toán"}) && !noun_tail(p)) ||
         (starts_any(key, {"quy định", "qui định"}) && p + 2 < n && t_[p + 2].word && !t_[p + 2].upper &&
          !m(p + 2, {K::stop}) && t_[p + 2].key != "hiện" && t_[p + 2].key != "pháp" && t_[p + 2].key != "chung");
}

// The comma at c closes a phrase fronted before the clause's subject: the words since the
// clause's start open with a condition, a time or grounds ("Căn cứ …,", "Trường hợp …,").
bool Finder::fronted(std::size_t c) const {
  // (not a list of body nouns: "Trong trường hợp cơ quan, đơn vị được giao …")
  if (c >= 2 && (body_noun(c - 2) == 2 || (c >= 3 && body_noun(c - 3) == 3))) return false;
  std::size_t b = c;
  while (b > 0 && !(!t_[b - 1].word && (t_[b - 1].text == ";" || t_[b - 1].text == "." || t_[b - 1].text == ":" ||
                                         t_[b - 1].text == "-")))
    --b;
  return starts_any(join_keys(t_, b, std::min(c, b + 4)),
                    {"căn cứ", "trường hợp", "trong trường hợp", "sau khi", "trước khi", "khi", "nếu", "đối với",
                     "trong thời hạn", "trong thời gian", "trong quá trình", "vào thời điểm", "hằng năm", "hàng năm", "định kỳ",
                     "trên cơ sở", "kết thúc", "tối đa", "trước ngày", "chậm nhất", "tùy theo", "tuỳ theo"});
}

// "Trách nhiệm của …:", a duty list's lead-in (described_subjects).
void Finder::duty_lead_in(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  // "Trách nhiệm của cơ quan quản lý chuyên ngành chăn nuôi và thú y cấp tỉnh:" (a clause that is only
  // the lead-in of a duty list, or such a heading): the described body whose duties follow, whole
  // (one body: "… cơ quan chủ trì và cơ quan phối hợp:" heads the bodies its children name, an umbrella;
  // and the lead-in's ":", not an article's heading over such children)
  if (n > 4 && t_[0].key == "trách" && t_[1].key == "nhiệm" && t_[2].key == "của" && body_noun(3)) {
    std::size_t e = 3 + body_noun(3);
    while (e < n && t_[e].word && !((t_[e].key == "và" || t_[e].key == "hoặc") && body_noun(e + 1))) ++e;
    if (e + 1 == n && t_[e].text == ":" &&
        std::none_of(out.begin(), out.end(), [&](const Mention& mn) { return mn.b >= 3 && mn.b < e; }))
      put_described(out, 3, e);
  }
}

// "do" of a delegation or "được" of a passive before s (not "đã được", what was given): the body after
// it is the agent.
bool Finder::agent_before(std::size_t s) const {
  return s > 0 && t_[s - 1].word &&
         (t_[s - 1].key == "do" || (t_[s - 1].key == "được" && !(s >= 2 && t_[s - 2].key == "đã")));
}

// "Khi quyết định dừng khai thác …, chủ đầu tư, chủ sở hữu, chủ quản lý, sử dụng công trình hoặc cơ quan
// nhà nước có thẩm quyền phải thông báo …" (Luật 135/2025 Điều 67): the last item, after "và"/"hoặc", of
// a list that opens its clause (or follows a fronted phrase) with a name, the other items names or
// role-holders "chủ …" (one with a second verb of its own after a comma: "chủ quản lý, sử dụng công trình")
bool Finder::listed_with_holders(const std::vector<Mention>& out, std::size_t s) const {
  if (s < 2 || !t_[s - 1].word || (t_[s - 1].key != "và" && t_[s - 1].key != "hoặc")) return false;
  // (first the cheap test every such list passes: a role-holder "chủ …" after a comma in this clause —
  // subject_start asks at every "và"/"hoặc", and most lists have none)
  if (!holder_in_clause(s)) return false;
  auto name_at = [&](std::size_t q) {
    const auto it = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == q; });
    return it == out.end() ? q : it->e;
  };
  // the list from b: a name, then ", " and names or role-holders up to the "và"/"hoặc" at s - 1
  auto list_from = [&](std::size_t b) {
    std::size_t q = name_at(b);
    if (q == b || q >= s - 1) return false;
    bool holder = false, prev_holder = false;
    while (q < s - 1) {
      if (t_[q].text != "," || q + 1 >= s - 1 || !t_[q + 1].word) return false;
      ++q;
      std::size_t e = name_at(q);
      const bool is_holder = e == q && t_[q].key == "chủ" && !t_[q].upper;
      const bool goes_on = e == q && prev_holder && !t_[q].upper && !body_noun(q);
      if (e == q && !is_holder && !goes_on) return false;
      holder = holder || is_holder;
      prev_holder = is_holder;
      if (e == q)
        while (e < s - 1 && t_[e].word) ++e;
      q = e;
    }
    return holder && q == s - 1;
  };
  // (the list opens the clause, or follows a fronted phrase's comma: "Khi …, chủ đầu tư, …")
  for (std::size_t b = s - 1; b > 0; --b) {
    if (t_[b - 1].word) continue;
    const bool clause = t_[b - 1].text == ";" || t_[b - 1].text == "." || t_[b - 1].text == ":";
    if ((clause || (t_[b - 1].text == "," && fronted(b - 1))) && list_from(b)) return true;
    if (clause) return false;
  }
  return list_from(0);
}

bool Finder::holder_in_clause(std::size_t s) const {
  const std::size_t upto = s - 1;
  if (upto < holders_seen_) holders_seen_ = 1, last_break_ = last_holder_ = 0;  // a new walk
  for (std::size_t q = holders_seen_; q < upto; ++q) {
    if (!t_[q].word) {
      if (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":") last_break_ = q;
    } else if (t_[q].key == "chủ" && !t_[q].upper && t_[q - 1].text == ",") {
      last_holder_ = q;
    }
  }
  holders_seen_ = std::max(holders_seen_, upto);
  return last_holder_ > last_break_;
}

// Whether a described subject may open at s: a clause's start (described_subjects).
bool Finder::subject_start(const std::vector<Mention>& out, std::size_t s) const {
  const std::size_t n = t_.size();
  if (s == 0) return true;
  // (asked at every token: a word before s that none of the tests below reads — "do", "được", "giao",
  // "cho", "thì", "và", "hoặc" — is told by its first byte, before any comparison of keys)
  if (t_[s - 1].word && !t_[s - 1].key.empty()) {
    const char c = t_[s - 1].key[0];
    if (c != 'd' && c != 'g' && c != 'c' && c != 't' && c != 'v' && c != 'h' && c != '\xC4') return false;
  }
  // a clause's start: the text's, after ";" / "." / ":" / ",", after "thì" that closes a condition
  // ("Trường hợp …, nếu … thì cơ quan chủ trì thẩm định dừng …"), or after "do" of a delegation
  // ("… do cơ quan, tổ chức có thẩm quyền cấp tỉnh quy định")
  // (also after "được" of a passive whose agent oversees: "… được cơ quan quản lý chuyên ngành chăn
  // nuôi và thú y có thẩm quyền kiểm tra, giám sát việc đáp ứng yêu cầu …", not what it was given)
  const bool by = agent_before(s);
  // (or after "giao (cho)" that hands it work: "Chủ tịch Ủy ban nhân dân cấp xã giao đơn vị trực thuộc lập,
  // thẩm định …"; not "được giao", "bàn giao", "chuyển giao", nor an option of the giver's own duty: "Tổ
  // chức thuê đơn vị bảo vệ chuyên nghiệp hoặc giao đơn vị trực thuộc thực hiện …")
  const std::size_t g = s >= 2 && t_[s - 1].key == "cho" ? s - 1 : s;
  // (a file handed over to a body that leads the work on it is the body's task: "… bàn giao cho cơ quan
  // quản lý chuyên ngành chủ trì, phối hợp với … kịp thời xử lý", "chủ trì" before the clause's end)
  auto leads_after = [&] {
    for (std::size_t q = s; q < n && q < s + 16 && (t_[q].word || t_[q].text == ","); ++q)
      if (q > s && t_[q].key == "chủ" && q + 1 < n && t_[q + 1].key == "trì") return true;
    return false;
  };
  const bool handed_to = g >= 1 && g < n && t_[g - 1].word && t_[g - 1].key == "giao" &&
                         !(g >= 2 && (t_[g - 2].key == "được" || t_[g - 2].key == "hoặc" ||
                                      ((t_[g - 2].key == "bàn" || t_[g - 2].key == "chuyển") && !(g < s && leads_after()))));
  // (or after "và"/"hoặc" closing a list of names that opens its clause: "Bộ, cơ quan ngang Bộ, Ủy ban
  // nhân dân cấp tỉnh và cơ quan có thẩm quyền có trách nhiệm thanh tra, kiểm tra …", Luật 69/2025 —
  // the last item of the subjects, described)
  auto listed_subject = [&] {
    if (s < 2 || !t_[s - 1].word || (t_[s - 1].key != "và" && t_[s - 1].key != "hoặc")) return false;
    std::size_t q = s - 1;  // back over the names joined by "," / "và"
    bool any = false;
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (it->e > q) continue;
      if (it->e != q) break;
      any = true;
      q = it->b;
      if (q == 0) return true;
      if (t_[q - 1].text != "," && t_[q - 1].key != "và") break;
      --q;
    }
    return any && (q == 0 || (!t_[q - 1].word && (t_[q - 1].text == ";" || t_[q - 1].text == "." || t_[q - 1].text == ":")));
  };
  return s == 0 || by || handed_to || (t_[s - 1].word && t_[s - 1].key == "thì") || listed_subject() ||
         listed_with_holders(out, s) ||
         (!t_[s - 1].word && (t_[s - 1].text == ";" || t_[s - 1].text == "." || t_[s - 1].text == ":" ||
                              t_[s - 1].text == "," || t_[s - 1].text == "-"));
}

void Finder::described_subjects(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  duty_lead_in(out);
  for (std::size_t s = 0; s < n; ++s) {
    if (!subject_start(out, s)) continue;
    // "Thủ trưởng cơ quan, đơn vị được giao khoán quy định …", "Người đứng đầu cơ quan, tổ chức được
    // giao nhiệm vụ … tổ chức lập …": the head of a described body; the description says which body
    std::size_t k = s;
    if (!body_noun(s))
      if (const std::size_t o = m(s, {K::office}); o && s + o < n && body_noun(s + o + (t_[s + o].key == "các" ? 1 : 0)))
        k = s + o;
    k += (t_[k].key == "các" || t_[k].key == "những") ? 1 : 0;
    std::size_t h = body_noun(k);
    if (!h) continue;
    // (not inside a name found before: "Thủ trưởng các cơ quan, đơn vị có liên quan")
    if (std::any_of(out.begin(), out.end(), [&](const Mention& mn) { return mn.b < s && mn.e > s; })) continue;
    // bare nouns listed together: "Đơn vị, doanh nghiệp quân đội, công an" (and the localities beside the
    // bodies: "Cơ quan, đơn vị, địa phương trực tiếp quản lý cá nhân thực hiện xét, đề nghị …")
    for (;;) {
      if (!(k + h + 1 < n && t_[k + h].text == ",")) break;
      const bool locality = k + h + 2 < n && t_[k + h + 1].key == "địa" && t_[k + h + 2].key == "phương";
      const std::size_t c = body_noun(k + h + 1) ? body_noun(k + h + 1) : locality ? 2 : 0;
      // (and the persons last, a mixed collective: "Cơ quan, tổ chức, cá nhân ủy quyền có trách nhiệm
      // theo dõi …", "Cơ quan, tổ chức, đơn vị, cá nhân nhận ủy quyền phải …", Luật 65/2025 Điều 14 — the
      // task that says which of them follows the list; not a passive's "được", whose grants the
      // description reader does not yet tell from duties: "… được giao quản lý … được tự quyết định")
      if (!c && k + h + 3 < n && t_[k + h + 1].key == "cá" && t_[k + h + 2].key == "nhân" &&
          (t_[k + h + 3].key != "được" || delegated(k + h + 3))) {
        h += 3;
        break;
      }
      if (!c) break;
      h += 1 + c;
    }
    // "Tổ chức thu phí phải gửi …", "Tổ chức thu phí thực hiện kê khai …": the fee collector of Luật Phí
    // và lệ phí, a role, when a duty, a grant or a task follows it ("Tổ chức thu phí đúng quy định" is the verb)
    std::size_t collector = 0;
    if (t_[k].key == "tổ" && k + h + 1 < n && t_[k + h].key == "thu") {
      std::size_t q = k + h + 1;
      if (q + 1 < n && t_[q].key == "lệ") ++q;
      if (t_[q].key == "phí" && q + 1 < n && t_[q + 1].word && (duty_word(q + 1) || task_verb(q + 1))) collector = q + 1;
    }
    // "Tổ chức thực hiện …": the verb, not a body
    if (!collector && t_[k].key == "tổ" && k + h < n && t_[k + h].word && m(k + h, {K::stop})) continue;
    // a name found at s stays ("cơ quan Thuế")
    const auto at = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == s; });
    if (at != out.end() && !at->collective && at->kind != K::office) continue;
    // (nor an office the registry names past the body noun: "Thủ trưởng cơ quan kiểm tra ban hành …")
    if (std::any_of(out.begin(), out.end(),
                    [&](const Mention& mn) { return mn.b == s && mn.kind == K::office && !mn.collective && mn.e > k + h; }))
      continue;
    // (nor an investor named with its project, up to its qualifier: "Chủ đầu tư dự án có hoạt động tồn trữ
    // hóa chất | thuộc danh mục …", Finder::project_of)
    if (at != out.end() && at->kind == K::office && at->e > k + h && t_[k + h].key == "dự") continue;
    // the duty that makes it the subject, a few words on in the same clause
    Described sub;
    sub.s = s;
    sub.k = k;
    sub.h = h;
    sub.by = agent_before(s);
    // the clause's own verb may follow the description only in a clause it opens: the text's or
    // a sentence's start, or a fronted phrase's comma ("Căn cứ danh mục …, cơ quan, tổ chức được
    // giao nhiệm vụ … tổ chức lập …"; not an object's list: "… cho cơ quan, tổ chức, đơn vị thuộc
    // phạm vi quản lý")
    sub.opens = !sub.by && (s == 0 || t_[s - 1].text != "," || fronted(s - 1));
    sub.public_body = has_any(join_keys(t_, k, k + h), {"cơ quan", "đơn vị"});
    sub.collector = sub.e = collector;
    sub.first = k + h;
    sub.ref = sub.given = n;
    scan_description(sub, out);
    s = put_subject(sub, out);
  }
}

// The subject a description ended (sub.e): its words, cut before a reference, the persons named with it
// and the conjunction before its predicate, put in the mentions in place of the names found inside it.
// Returns where the subject ends, or sub.s where it is no subject of its own.
std::size_t Finder::put_subject(Described& sub, std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  // "Cơ quan, đơn vị thực hiện tạm ứng, thanh toán kinh phí theo quy định …", "…, cơ quan, đơn vị lập
  // dự toán kinh phí …": bare public-body nouns listed together (every body the provision concerns)
  // and a task verb right after them, with no later predicate in the clause, are its subject and
  // its predicate. (One noun and a verb name a role: "Cơ quan giải quyết thủ tục hành chính",
  // "cơ quan chủ trì thẩm định"; a label's clause ends in ":": "Cơ quan thực hiện thủ tục: …")
  if (!sub.e && sub.opens && sub.h > body_noun(sub.k) && sub.k + sub.h < n && t_[sub.k + sub.h].word &&
      !t_[sub.k + sub.h].upper && task_verb(sub.k + sub.h) &&
      has_any(join_keys(t_, sub.k, sub.k + sub.h), {"cơ quan", "đơn vị"})) {
    // (nor a grant or a condition later in it: "cơ quan, đơn vị chủ trì xây dựng văn bản được phép
    // thanh, quyết toán …")
    std::size_t q = sub.k + sub.h;
    bool grant = false;
    for (; q < n && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":")); ++q)
      grant = grant || (t_[q].word && (t_[q].key == "thì" || t_[q].key == "nếu" || t_[q].key == "mà" ||
                                       ((t_[q].key == "được" || t_[q].key == "có") && q + 1 < n &&
                                        (t_[q + 1].key == "phép" || t_[q + 1].key == "quyền"))));
    if (!grant && (q == n || t_[q].text != ":")) sub.e = sub.k + sub.h;
  }
  if (!sub.e || sub.e <= sub.k + sub.h - 1) return sub.s;
  // persons and private parties ("Tổ chức, cá nhân đề nghị cấp giấy phép …") are not assigned;
  // a mixed collective with a public body is ("Cơ quan, tổ chức, cá nhân có liên quan")
  {
    const std::string key = join_keys(t_, sub.k, sub.e);
    if (has_any(key, {"cá nhân", "hộ gia đình", "người"}) && !has_any(key, {"cơ quan", "đơn vị"})) return sub.s;
  }
  std::size_t d = sub.members_b && sub.members_b < sub.e ? sub.members_b : sub.e;
  if (sub.ref < d && !reference_names(sub.k, sub.ref)) {
    // (the verb that cites it goes with the reference: "… ra quyết định thu hồi quy định tại khoản 2 Điều 18")
    d = citing_start(sub.k + sub.h, sub.ref);
  }
  if (sub.persons && sub.persons < d) d = sub.persons;
  // ("Chủ đầu tư chỉ cần thực hiện …": "chỉ", only, belongs to the duty; not "địa chỉ", "chứng chỉ")
  // ("… tự kiểm tra": "tự", self, belongs to the verb; it ends no noun)
  while (d > sub.k && (!t_[d - 1].word || t_[d - 1].key == "và" || t_[d - 1].key == "hoặc" || t_[d - 1].key == "tự" ||
                   (t_[d - 1].key == "chỉ" && d >= 2 && t_[d - 2].key != "địa" && t_[d - 2].key != "chứng")))
    --d;
  if (d < sub.k + sub.h) return sub.s;
  // (a registered phrase found there that runs on names the body: "đơn vị, tổ chức thực hiện nhiệm vụ
  // bồi thường, hỗ trợ, tái định cư", the body of Luật Đất đai by its statutory task)
  if (std::any_of(out.begin(), out.end(), [&](const Mention& mn) {
        return mn.collective && mn.b == sub.s && mn.e > d && m(mn.b, {K::collective_phrase}) == mn.e - mn.b;
      }))
    return sub.s;
  if (sub.members_b && sub.members_b < sub.e)
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Mention& mn) { return mn.b >= sub.members_b && mn.e <= sub.members_e; }),
              out.end());
  if (sub.split && sub.split < d) {
    put_described(out, sub.s, sub.split);
    put_described(out, sub.split + 1, d);
  } else {
    put_described(out, sub.s, d);
  }
  return d;
}

}  // namespace vanban::link_detail
