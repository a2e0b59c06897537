// Bodies described rather than named (the Finder of mentions.h): a body noun
// and the words that say which one ("cơ quan quản lý nhà nước về bảo vệ môi
// trường", "đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định
// cư", "chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp"). Such words
// are read only where the clause makes them actors: the partners after
// "phối hợp với" (partners) and a subject opening a clause before its duty
// ("… có trách nhiệm", "… phải", described_subjects). Elsewhere they are
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
      const bool generic = next && (body_noun(e + 1) || ((t_[e + 1].key == "các" || t_[e + 1].key == "những") &&
                                                         body_noun(e + 2)));
      if (sep && next && ((owner && !generic) || ((relative || x.text == "-") && !new_item(e + 1)))) {
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
    if (is(e, "trong", "và") && e + 2 < end && t_[e + 2].key == "ngoài") {  // "trong và ngoài Bộ Tư pháp"
      e += 3;
      continue;
    }
    const bool where = x.key == "ở" || x.key == "tại" || x.key == "trong" || x.key == "ngoài" || is(e, "trên", "địa") ||
                       (x.key == "cấp" && level(e + 1)) || level(e) || x.upper || (e > k && level(e - 1) && x.key == "phố");
    if (closed && !where && !owner) break;
    if (where) {
      ++e;
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
  const std::string key = join_keys(t_, p, std::min(n, p + 3));
  // (and a delegation to set rules, "… quy định nội dung và mức chi"; not a reference, "quy định tại khoản 2")
  // ("xét, đề nghị": reviews and proposes upwards, a step of an award's procedure)
  return directive_verb(key) || starts_any(key, {"là", "thẩm định", "xét , đề nghị", "xét đề nghị", "tiếp nhận", "cấp giấy", "cấp phép", "giải quyết",
                                                 "xử lý", "tổng hợp", "trình", "gửi", "thông báo", "có ý kiến",
                                                 "yêu cầu"}) ||
         (starts_any(key, {"quy định", "qui định"}) && p + 2 < n && t_[p + 2].word && !t_[p + 2].upper &&
          !m(p + 2, {K::stop}) && t_[p + 2].key != "hiện" && t_[p + 2].key != "pháp" && t_[p + 2].key != "chung");
}

// "trình" at p ends a noun ("giải trình", "công trình", "quy trình", "chương trình"), it is no verb.
static bool trinh_noun(const std::vector<Tok>& t, std::size_t p) {
  if (p == 0 || t[p].key != "trình") return false;
  const std::string_view a = t[p - 1].key;
  return a == "giải" || a == "công" || a == "quy" || a == "chương" || a == "lộ" || a == "tiến";
}

// Word p follows the object of a verb (from `from` on): a noun ("ý kiến", "hồ sơ", "sự giám sát"), not
// a verb nor a word that needs one ("việc", "để", "được").
bool Finder::after_object(std::size_t p, std::size_t from) const {
  if (p == 0 || !t_[p - 1].word) return false;
  const std::string_view w = t_[p - 1].key;
  if (w == "việc" || w == "sự" || w == "các" || w == "những" || w == "và" || w == "hoặc" || w == "để" || w == "cho" ||
      w == "với" || w == "của" || w == "theo" || w == "tại" || w == "về" || w == "đến" || w == "từ" || duty_word(p - 1))
    return false;
  // (a verb ending before p is no object, unless "sự", "việc" make it a noun: "chịu sự giám sát")
  for (std::size_t q = p - 1; q + 3 >= p && q >= from; --q) {
    // ("tại Điều 7 Quy định này trình …": "này" closes a reference, the verb follows its noun)
    if (t_[q].word && !t_[q].upper && q + m(q, {K::stop}) == p && !trinh_noun(t_, q) && t_[q].key != "này")
      return q > 0 && (t_[q - 1].key == "sự" || t_[q - 1].key == "việc");
    if (q == 0) break;
  }
  return true;
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
                     "trong thời hạn", "trong quá trình", "vào thời điểm", "hằng năm", "hàng năm", "định kỳ",
                     "trên cơ sở", "kết thúc", "tối đa", "trước ngày", "chậm nhất", "tùy theo", "tuỳ theo"});
}

void Finder::described_subjects(std::vector<Mention>& out) const {
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
  for (std::size_t s = 0; s < n; ++s) {
    // a clause's start: the text's, after ";" / "." / ":" / ",", after "thì" that closes a condition
    // ("Trường hợp …, nếu … thì cơ quan chủ trì thẩm định dừng …"), or after "do" of a delegation
    // ("… do cơ quan, tổ chức có thẩm quyền cấp tỉnh quy định")
    // (also after "được" of a passive whose agent oversees: "… được cơ quan quản lý chuyên ngành chăn
    // nuôi và thú y có thẩm quyền kiểm tra, giám sát việc đáp ứng yêu cầu …", not what it was given)
    const bool by = s > 0 && t_[s - 1].word &&
                    (t_[s - 1].key == "do" || (t_[s - 1].key == "được" && !(s >= 2 && t_[s - 2].key == "đã")));
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
    if (!(s == 0 || by || handed_to || (t_[s - 1].word && t_[s - 1].key == "thì") || listed_subject() ||
          (!t_[s - 1].word && (t_[s - 1].text == ";" || t_[s - 1].text == "." || t_[s - 1].text == ":" ||
                               t_[s - 1].text == "," || t_[s - 1].text == "-"))))
      continue;
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
    std::size_t e = collector;
    std::size_t first = k + h;  // where a relative clause may open ("Đơn vị chủ trì, phối hợp thực hiện dịch vụ")
    bool relative = false;
    // which body it is was said (its field, level or owner, or the task it was given): a verb
    // after that is the clause's own ("Cơ quan chuyên môn về xây dựng cấp tỉnh thẩm định …",
    // "Cơ quan được giao quản lý xây dựng thuộc Ủy ban nhân dân cấp xã chủ trì …")
    bool qualified = false;
    bool acts = false;  // a verb right after the noun said what it does ("Chủ đầu tư thực hiện …"): its clause
    // … a verb that is no task of its own ("chịu sự giám sát", "được hỏi ý kiến", "làm nhiệm vụ …"): the
    // relative clause of a role, the clause's own task follows its object
    bool role = false;
    const bool public_body = has_any(join_keys(t_, k, k + h), {"cơ quan", "đơn vị"});
    bool comma = false;
    std::size_t split = 0;  // the comma between two roles listed ("Đơn vị chủ trì, đơn vị phối hợp …")
    std::size_t ref = n;    // where the name ends before its predicate: a reference ("… tại Điều 7 Quy định này")
    auto reference = [&](std::size_t q) {
      if (!(q + 1 < n && t_[q].key == "tại" && t_[q + 1].word)) return false;
      const std::string_view w = t_[q + 1].key;
      return w == "điều" || w == "khoản" || w == "điểm" || w == "mục" || w == "chương" || w == "phụ";
    };
    std::size_t given = n;  // the word after the verbs of the task the body was given ("được giao làm …")
    // from q, "và phải …", "và có trách nhiệm …" before another predicate: a duty joined to the words before
    auto coordinated_duty = [&](std::size_t q) {
      for (const std::size_t from = q; q + 1 < n && q < from + 20 && (t_[q].word || t_[q].text == ","); ++q) {
        if ((t_[q].key == "và" || t_[q].text == ",") &&
            (t_[q + 1].key == "phải" || (q + 3 < n && (t_[q + 1].key == "có" || t_[q + 1].key == "chịu") &&
                                         t_[q + 2].key == "trách" && t_[q + 3].key == "nhiệm")))
          return true;
        if (q > from && t_[q].word && !t_[q].upper && task_verb(q) && after_object(q, from)) return false;
      }
      return false;
    };
    // "quyết định", "phê duyệt" at q: a power the body has, a predicate of its own
    auto power_verb = [&](std::size_t q) {
      return q + 1 < n && ((t_[q].key == "quyết" && t_[q + 1].key == "định") || (t_[q].key == "phê" && t_[q + 1].key == "duyệt"));
    };
    // from q to the clause's end, a duty or a task verb after an object: a predicate still to come
    auto predicate_after = [&](std::size_t q) {
      for (const std::size_t from = q; q < n && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":"));
           ++q) {
        if (!t_[q].word || t_[q].upper) continue;
        if (t_[q].key == "phải" || t_[q].key == "cần" ||
            ((t_[q].key == "có" || t_[q].key == "chịu") && q + 1 < n && t_[q + 1].key == "trách"))
          return true;
        if (q > from && task_verb(q) && after_object(q, from)) return true;
      }
      return false;
    };
    // the clause's own verb may follow the description only in a clause it opens: the text's or
    // a sentence's start, or a fronted phrase's comma ("Căn cứ danh mục …, cơ quan, tổ chức được
    // giao nhiệm vụ … tổ chức lập …"; not an object's list: "… cho cơ quan, tổ chức, đơn vị thuộc
    // phạm vi quản lý"); without a comma inside (a qualifier with a list: "Tổ chức, sử dụng địa
    // điểm thuộc …" lists verbs, "Các đơn vị trực thuộc Tổng công ty, công ty hạch toán độc lập …")
    const bool opens = !by && (s == 0 || t_[s - 1].text != "," || fronted(s - 1));
    auto own_verb = [&](std::size_t p) { return opens && !comma && p < n && t_[p].word; };
    // "Cơ quan chuyên môn về xây dựng cấp tỉnh (gồm: Sở Xây dựng, Sở Công Thương, …) chủ trì
    // thẩm định …": what the class is made of, spelt out; the class acts, as one
    std::size_t members_b = 0, members_e = 0;
    std::size_t persons = 0;  // (by) the comma before persons who share the verbs
    for (std::size_t p = k + h, limit = k + h + 24; !collector && p < n && p < limit; ++p) {
      const Tok& x = t_[p];
      if (x.text == "(" && !members_b && p + 1 < n &&
          (t_[p + 1].key == "gồm" || (t_[p + 1].key == "bao" && p + 2 < n && t_[p + 2].key == "gồm"))) {
        std::size_t r = p + 1;
        while (r < n && r < p + 64 && t_[r].text != ")" && t_[r].text != ";" && t_[r].text != ".") ++r;
        if (r < n && t_[r].text == ")") {
          members_b = p;
          members_e = r + 1;
          limit += r + 1 - p;
          p = r;
          continue;
        }
      }
      if (!x.word) {
        if (x.text == ";" || x.text == "." || x.text == ":" || x.text == "(") break;
        // "được cơ quan …, nhân viên thú y hướng dẫn, giám sát, kiểm tra": persons listed after the
        // body share the verbs; the body's words end at the comma
        if (by && x.text == "," && !persons && p + 2 < n &&
            ((t_[p + 1].key == "nhân" && t_[p + 2].key == "viên") || (t_[p + 1].key == "cán" && t_[p + 2].key == "bộ") ||
             (t_[p + 1].key == "công" && t_[p + 2].key == "chức") || (t_[p + 1].key == "viên" && t_[p + 2].key == "chức"))) {
          persons = p;
          continue;
        }
        // ", trong phạm vi nhiệm vụ, quyền hạn của mình, …" before the duty: the description ends at the comma
        if (x.text == "," && p + 2 < n && t_[p + 1].key == "trong" && t_[p + 2].key == "phạm") {
          for (std::size_t q = p + 3; q < n && q < p + 16; ++q)
            if (t_[q].key == "trách" && t_[q - 1].word && (t_[q - 1].key == "có" || t_[q - 1].key == "chịu")) {
              e = p;
              break;
            }
          break;
        }
        // "Đơn vị chủ trì, đơn vị phối hợp thực hiện dịch vụ tự kiểm tra …", "Thủ trưởng đơn vị chủ trì,
        // đơn vị phối hợp có trách nhiệm …": roles named as bodies, listed; each is a subject of the predicate
        if (x.text == "," && !split && role && p == first + 2 && t_[first].key == "chủ" && t_[first + 1].key == "trì") {
          const std::size_t b2 = p + 1 + body_noun(p + 1);
          if (b2 > p + 1 && b2 + 1 < n && t_[b2].key == "phối" && t_[b2 + 1].key == "hợp") {
            split = p;
            first = b2;
            p = b2 - 1;
            relative = acts = role = false;
            continue;
          }
        }
        comma = comma || x.text == ",";
        // a list of subjects ("…, các Cục Thuế địa phương"): read as found
        if ((x.text == "," || x.text == "-") && p + 1 < n && t_[p + 1].word &&
            (body_noun(p + 1) || agency_start(p + 1)))
          break;
        continue;
      }
      // a name inside it, not its owner's: a list, read as found
      if (const auto in = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == p; });
          in != out.end()) {
        // "cơ quan tài chính các cấp chịu trách nhiệm …": a bare "các cấp" is its level, not a body listed
        if (in->e == p + 2 && x.key == "các" && t_[p + 1].key == "cấp") {
          qualified = true;
          p = in->e - 1;
          continue;
        }
        // (nor the object of the task it was given: "Các đơn vị được giao làm chủ đầu tư xây dựng hạ tầng …")
        if (!(t_[p - 1].key == "của" || t_[p - 1].key == "thuộc" || p == given)) break;
        p = in->e - 1;  // the owner's name, whole ("thuộc Ủy ban nhân dân cấp xã")
        continue;
      }
      if ((x.key == "và" || x.key == "hoặc") && p + 1 < n && (body_noun(p + 1) || agency_start(p + 1))) break;
      auto is = [&](std::size_t q, std::string_view a, std::string_view b) {
        return q + 1 < n && t_[q].key == a && t_[q + 1].key == b;
      };
      // "Đơn vị trực tiếp quản lý, sử dụng công trình thực hiện lập …": "trực tiếp" before the
      // relative clause's verb is its adverb
      if (p == first && is(p, "trực", "tiếp") && p + 2 < n && t_[p + 2].word && !t_[p + 2].upper) {
        // ("cơ quan thuế trực tiếp quản lý tiến hành kiểm tra …": a task verb right after the
        // relative one is the clause's own)
        const std::size_t v2 = m(p + 2, {K::stop}), w = p + 2 + v2;
        if (opens && v2 && w < n && t_[w].word && !t_[w].upper && m(w, {K::stop}) && task_verb(w)) {
          e = w;
          break;
        }
        first = p + 2;
        ++p;
        continue;
      }
      // words of a condition or a grant, not of a description
      if (x.key == "thì" || x.key == "mà" || x.key == "nhưng" || x.key == "nếu" || is(p, "đồng", "thời") ||
          is(p, "có", "quyền"))
        break;
      if (by) {
        // "do … quy định" closing its clause
        if ((is(p, "quy", "định") || is(p, "qui", "định")) &&
            (p + 2 >= n || !t_[p + 2].word || t_[p + 2].key == "cụ" || t_[p + 2].key == "chi")) {
          e = p;
          break;
        }
        // "do … kiểm tra, giám sát", "được … hướng dẫn, giám sát, kiểm tra": the agent of oversight
        // (passive_agent, agents.h)
        if (p > k + h && (is(p, "kiểm", "tra") || is(p, "giám", "sát") || is(p, "hướng", "dẫn")) && p + 2 < n &&
            t_[p + 2].text == "," && p + 4 < n && (is(p + 3, "kiểm", "tra") || is(p + 3, "giám", "sát"))) {
          e = p;
          break;
        }
        // (the noun's own field right after it: "do cơ quan quản lý chuyên ngành … kiểm tra, giám sát")
        if (p == first && is(p, "quản", "lý")) {
          ++p;
          continue;
        }
        // (nothing but its qualifier before: no other verb)
        if (m(p, {K::stop}) && !(x.key == "có" && (is(p + 1, "thẩm", "quyền") || is(p + 1, "liên", "quan"))) &&
            x.key != "cấp")
          break;
        continue;
      }
      if ((x.key == "có" || x.key == "chịu") && p + 2 < n && t_[p + 1].key == "trách" && t_[p + 2].key == "nhiệm") {
        e = p;
        break;
      }
      if (x.key == "phải" && !(p + 1 < n && t_[p + 1].key == "được")) {
        e = p;
        break;
      }
      if (x.key == "cần" && p > first) {
        e = p;
        break;
      }
      // "… khi sử dụng đất … thì phải lập phương án": the description ends at "khi"
      if (x.key == "khi") {
        for (std::size_t q = p + 1; q < n && q < p + 64 && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "."));
             ++q)
          if (t_[q].key == "phải" || (t_[q].key == "trách" && q > 0 && t_[q - 1].key == "có")) {
            e = p;
            break;
          }
        break;
      }
      // "cơ quan chủ trì thẩm định tại Điều 7 Quy định này trình …": where the body is defined, a
      // reference, not which body it is; the name ends before it
      // (so does the body's remit: "thủ trưởng các cơ quan, tổ chức … có liên quan trong phạm vi nhiệm vụ,
      // quyền hạn được giao chịu trách nhiệm …")
      if ((reference(p) || starts_any(join_keys(t_, p, std::min(n, p + 3)),
                                      {"trong phạm vi", "theo chức năng", "theo phạm vi", "căn cứ chức năng"})) &&
          ref == n)
        ref = p;
      // "Các cơ quan hành chính từ cấp thành phố đến cấp quận, huyện triển khai …" (QĐ 256/2004 Cần
      // Thơ): a range of levels says which bodies, as "cấp tỉnh" does
      if (is(p, "từ", "cấp")) {
        std::size_t q = p + 2;
        while (q < n && q < p + 6 && t_[q].key != "đến") ++q;
        if (q + 2 < n && t_[q].key == "đến" && t_[q + 1].key == "cấp" && is_place_word(t_[q + 2].key)) {
          q += 2;
          while (q < n && t_[q].word && !t_[q].upper && is_place_word(t_[q].key)) {
            ++q;
            if (q + 1 < n && t_[q].text == "," && t_[q + 1].word && is_place_word(t_[q + 1].key)) ++q;
          }
          qualified = true;
          p = q - 1;
          continue;
        }
      }
      // where it is, whose it is, which ones: no verb
      if (x.key == "của" || x.key == "thuộc" || x.key == "về" || x.key == "tại" || x.key == "ở" || x.key == "cấp" ||
          is(p, "trực", "thuộc") || is(p, "trên", "địa") || is(p, "theo", "thẩm") || is(p, "cùng", "cấp")) {
        // ("cấp tỉnh", "cấp xã": a level; not "đơn vị cấp nước", a supplier)
        // (and "cấp I", "cấp II": a budget unit's level, "đơn vị dự toán cấp I")
        qualified = qualified || x.key == "của" || x.key == "thuộc" || x.key == "về" || x.key == "trực" ||
                    (x.key == "cấp" && p + 1 < n && t_[p + 1].word && is_place_word(t_[p + 1].key)) ||
                    (x.key == "cấp" && p + 1 < n && (t_[p + 1].text == "I" || t_[p + 1].text == "II"));
        // (the field after "về" is a noun: "về xây dựng", "về quản lý đất đai")
        if (x.key == "về" && p + 1 < n && t_[p + 1].word && !t_[p + 1].upper) p += m(p + 1, {K::stop});
        p += (x.key == "trực" || x.key == "trên" || x.key == "theo" || x.key == "cùng") ? 1 : 0;  // ("cùng cấp": its level)
        continue;
      }
      if (x.key == "có" && (is(p + 1, "thẩm", "quyền") || is(p + 1, "chức", "năng") || is(p + 1, "liên", "quan"))) {
        // ("có thẩm quyền cấp giấy phép", "có chức năng quản lý …": what it may do says which one)
        qualified = qualified || is(p + 1, "liên", "quan");
        role = false;  // (the role's relative clause, if any, ended: "cơ quan quản lý … có thẩm quyền, nhân viên …")
        // "Cơ quan có thẩm quyền kiểm tra phối hợp với Sở Công Thương …": the verb of the competence says
        // which body, "phối hợp" or "chủ trì" right after it opens the clause's own predicate (only these:
        // a verb after another is often its object, "tiếp nhận báo cáo", or its complement, "tổ chức kiểm
        // tra")
        if (is(p + 1, "thẩm", "quyền") && opens && !comma && p + 3 < n && t_[p + 3].word && !t_[p + 3].upper &&
            !duty_word(p + 3) && !is(p + 3, "tổ", "chức") && !is(p + 3, "thực", "hiện") && !is(p + 3, "tiến", "hành"))
          if (const std::size_t v3 = m(p + 3, {K::stop}), w3 = p + 3 + v3;
              v3 && (is(w3, "phối", "hợp") || is(w3, "chủ", "trì"))) {
            e = w3;
            break;
          }
        p += 2;
        first = p + 1;
        continue;
      }
      // "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư", "Cơ quan chuyên môn được giao quản lý
      // xây dựng", "cơ quan được giao nhiệm vụ chủ trì thẩm tra quyết toán": the task given, verbs
      // and all, says which body
      // (so does "chủ trì" and the work it leads, a role: "cơ quan chủ trì thẩm định trình …", "đơn vị chủ
      // trì tổ chức hội nghị …"; a verb after that work is the clause's own)
      const bool leads = p == first && !acts && (is(p, "chủ", "trì") || (split && is(p, "phối", "hợp"))) && p + 2 < n && t_[p + 2].word &&
                         !t_[p + 2].upper && m(p + 2, {K::stop}) && !duty_word(p + 2);
      // (and "nhận bàn giao": "Cơ quan, đơn vị trực thuộc cấp tỉnh nhận bàn giao sẽ kế thừa …", the one given
      // the work)
      // (and "nhận giao khoán": "Thủ trưởng Cơ quan, đơn vị nhận giao khoán được quyết định …")
      const bool handed = !acts && (is(p, "nhận", "bàn") || is(p, "nhận", "giao")) && p + 2 < n &&
                          (t_[p + 2].key == "giao" || t_[p + 2].key == "khoán");
      if ((!acts && is(p, "được", "giao")) || leads || handed) {
        p += handed ? 3 : 2;
        const bool noun = is(p, "nhiệm", "vụ") || is(p, "trách", "nhiệm");
        if (noun) p += 2;
        const std::size_t task = p;
        // (a power after the work led is the clause's own: "Thủ trưởng cơ quan chủ trì điều tra thống kê
        // quyết định việc công bố …")
        while (p < n && t_[p].word && !t_[p].upper && m(p, {K::stop}) && !duty_word(p) && !reference(p) &&
               !(p > task && power_verb(p)))
          p += m(p, {K::stop});
        // "Thủ trưởng Cơ quan chủ trì tổ chức điều tra thống kê được quyết định mức khoán …": a grant or
        // a power after the work led or the task given is the predicate (the role reader finds no task)
        // (past the object of that work: "tổ chức điều tra thống kê được …")
        std::size_t g2 = p;
        while (g2 < n && g2 < p + 8 && t_[g2].word && !t_[g2].upper && !m(g2, {K::stop}) && !duty_word(g2)) ++g2;
        if ((g2 > task || handed) && g2 < n && opens && (power_verb(g2) || (t_[g2].key == "được" && !is(g2, "được", "giao")))) {
          e = g2;
          break;
        }
        // "… thì cơ quan chủ trì gửi Sở Công Thương 01 (một) bản …": "cơ quan chủ trì" is the role, the lead
        // body, and the step after it its predicate, when no other predicate follows in the clause (one
        // noun, a procedure's step: "Các cơ quan, đơn vị chủ trì tổ chức thực hiện kế hoạch" leads the work)
        if (leads && !split && p > task && opens && h == body_noun(k) && task_verb(task) &&
            !starts_any(join_keys(t_, task, std::min(n, task + 2)), {"thực hiện", "tổ chức", "triển khai"}) &&
            !predicate_after(p)) {
          e = task;
          break;
        }
        // "cơ quan, đơn vị được giao nhiệm vụ thực hiện lập danh mục và phải đảm bảo hồ sơ …": the task
        // and a duty joined by "và" are two predicates; the body is the one given the task
        if (noun && p > task && task_verb(task) && coordinated_duty(p)) {
          e = task;
          break;
        }
        relative = qualified = true;
        first = given = p;
        --p;
        continue;
      }
      // "Các cơ quan được hỏi ý kiến trả lời bằng văn bản", "Các cơ quan chịu sự giám sát thực hiện đầy đủ
      // … những kiến nghị", "Đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư lập dự toán": a task after
      // the role's relative clause and its object is the clause's predicate
      // ("… giấy phép xây dựng", "trật tự xây dựng": a field; "là": a definition follows)
      // (the steps of a procedure too: "trả lời", "dừng", …; not "xem xét", a power to decide)
      // ("giải trình", "công trình", "quy trình", "chương trình": nouns, not "trình")
      if (role && opens && p > first && !x.upper && after_object(p, first) && x.key != "là" &&
          (x.key != "xây" || builds(p)) && !trinh_noun(t_, p) &&
          (task_verb(p) || power_verb(p) || starts_any(join_keys(t_, p, std::min(n, p + 2)),
                                      {"trả lời", "tiếp tục", "dừng", "điều chỉnh", "hoàn thiện", "căn cứ"}))) {
        e = p;
        break;
      }
      // (a duty after the role is the clause's own: "cơ quan kiểm tra có văn bản trả lời"; so is a list:
      // "Cơ quan tiếp nhận và đối tượng thực hiện kê khai giá:")
      // (not a field's: "chăn nuôi và thú y")
      if (role && p > first &&
          (((x.key == "và" || x.key == "hoặc") && p + 1 < n &&
            (body_noun(p + 1) || agency_start(p + 1) || t_[p + 1].key == "người" || is(p + 1, "đối", "tượng") ||
             is(p + 1, "cá", "nhân"))) ||
           (duty_word(p) && x.key != "đã" && x.key != "được")))
        role = false;
      // a verb right after the noun opens a relative clause ("Cơ quan đã lập hồ sơ", "Các cơ quan
      // được hỏi ý kiến"); after anything else it is the clause's own verb: no described subject
      const std::size_t v = x.upper ? 0 : m(p, {K::stop});
      if (v && !noun_tail(p)) {
        // (not a second verb after it: "Các cơ quan, đơn vị tổ chức thực hiện và có trách nhiệm …")
        const std::size_t w = p + v;
        const bool chain = w < n && t_[w].word && !t_[w].upper && t_[w].key != "có" && t_[w].key != "chịu" &&
                           t_[w].key != "phải" && t_[w].key != "cần" && m(w, {K::stop});
        // ("đã", "được" before the verb: "Cơ quan đã lập hồ sơ", "Cơ quan, tổ chức được giao …")
        if (p == first && (x.key == "đã" || x.key == "được")) {
          first = p + 1;
          role = public_body;
          continue;
        }
        // (its predicate, unless the clause opens with "do" or the verb gives a power or a passive,
        // which the role reader weighs: the subject is marked, not yet assigned)
        // (a qualifier without a comma: "Tổ chức, sử dụng địa điểm thuộc …" lists verbs, "Các đơn vị
        // trực thuộc Tổng công ty, công ty hạch toán độc lập …" goes on with a list)
        // ("sẽ", what the body will do: no word of a name)
        if (qualified && !acts && own_verb(p) && ((p > first && task_verb(p)) || x.key == "sẽ")) {
          e = p;
          break;
        }
        if (p == first && !chain) {
          relative = acts = true;
          // (of a public body's role only, opened by a verb, not a preposition or a duty: "Chủ đầu tư quyết
          // định việc …" is its own clause, "… có liên quan đến cấp giấy phép …" no relative clause)
          const bool prep = x.key == "đến" || x.key == "theo" || x.key == "để" || x.key == "trong" || x.key == "trên" ||
                            x.key == "đối" || x.key == "cho" || x.key == "với" || x.key == "khi" || x.key == "từ" ||
                            x.key == "nhằm" || x.key == "vào" || x.key == "bằng" || x.key == "như" || x.key == "do" ||
                            x.key == "trước" || x.key == "sau" || x.key == "cùng" || x.key == "tại" || x.key == "về";
          // (one noun and a procedure's step name a role too: "cơ quan chủ trì thẩm định", "cơ quan cấp giấy …")
          const bool task = task_verb(p);
          const bool step = h == body_noun(k) && task &&
                            !starts_any(join_keys(t_, p, std::min(n, p + 2)), {"thực hiện", "tổ chức", "triển khai", "là"});
          role = public_body && (!task || step) && !prep &&
                 (!duty_word(p) || (x.key == "chịu" && p + 1 < n && t_[p + 1].key == "sự"));
        }
        else if (!relative) break;
        p += v - 1;
      }
    }
    // "Cơ quan, đơn vị thực hiện tạm ứng, thanh toán kinh phí theo quy định …", "…, cơ quan, đơn vị lập
    // dự toán kinh phí …": bare public-body nouns listed together (every body the provision concerns)
    // and a task verb right after them, with no later predicate in the clause, are its subject and
    // its predicate. (One noun and a verb name a role: "Cơ quan giải quyết thủ tục hành chính",
    // "cơ quan chủ trì thẩm định"; a label's clause ends in ":": "Cơ quan thực hiện thủ tục: …")
    if (!e && opens && h > body_noun(k) && k + h < n && t_[k + h].word && !t_[k + h].upper && task_verb(k + h) &&
        has_any(join_keys(t_, k, k + h), {"cơ quan", "đơn vị"})) {
      // (nor a grant or a condition later in it: "cơ quan, đơn vị chủ trì xây dựng văn bản được phép
      // thanh, quyết toán …")
      std::size_t q = k + h;
      bool grant = false;
      for (; q < n && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":")); ++q)
        grant = grant || (t_[q].word && (t_[q].key == "thì" || t_[q].key == "nếu" || t_[q].key == "mà" ||
                                         ((t_[q].key == "được" || t_[q].key == "có") && q + 1 < n &&
                                          (t_[q + 1].key == "phép" || t_[q + 1].key == "quyền"))));
      if (!grant && (q == n || t_[q].text != ":")) e = k + h;
    }
    if (!e || e <= k + h - 1) continue;
    // persons and private parties ("Tổ chức, cá nhân đề nghị cấp giấy phép …") are not assigned;
    // a mixed collective with a public body is ("Cơ quan, tổ chức, cá nhân có liên quan")
    {
      const std::string key = join_keys(t_, k, e);
      if (has_any(key, {"cá nhân", "hộ gia đình", "người"}) && !has_any(key, {"cơ quan", "đơn vị"})) continue;
    }
    std::size_t d = members_b && members_b < e ? members_b : e;
    if (ref < d) d = ref;
    if (persons && persons < d) d = persons;
    // ("Chủ đầu tư chỉ cần thực hiện …": "chỉ", only, belongs to the duty; not "địa chỉ", "chứng chỉ")
    // ("… tự kiểm tra": "tự", self, belongs to the verb; it ends no noun)
    while (d > k && (!t_[d - 1].word || t_[d - 1].key == "và" || t_[d - 1].key == "hoặc" || t_[d - 1].key == "tự" ||
                     (t_[d - 1].key == "chỉ" && d >= 2 && t_[d - 2].key != "địa" && t_[d - 2].key != "chứng")))
      --d;
    if (d < k + h) continue;
    if (members_b && members_b < e)
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](const Mention& mn) { return mn.b >= members_b && mn.e <= members_e; }),
                out.end());
    if (split && split < d) {
      put_described(out, s, split);
      put_described(out, split + 1, d);
    } else {
      put_described(out, s, d);
    }
    s = d;
  }
}

}  // namespace vanban::link_detail
