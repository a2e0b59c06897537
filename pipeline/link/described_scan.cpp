// The description after a described subject's body noun (described_subjects, described.cpp): the
// words that say which body it is (its field, level, owner, the task it was given, its role's
// relative clause), read up to the clause's own predicate. The subject is put in the mentions by
// put_subject (described.cpp).
#include "mentions.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

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

// Token x is the word k, or its OCR'd print whose diacritics alone differ ("thâm", "thấm" for "thẩm";
// "quyên" for "quyền"), as the registry's lookup reads a name's later words.
static bool ascii_same(const Tok& x, std::string_view k) {
  return x.word && !x.ascii.empty() && !k.empty() && (static_cast<unsigned char>(k[0]) >= 0x80 || x.ascii[0] == k[0]) &&
         x.ascii == fold_ascii(k);
}

// The words at q are "a b" (one of them may be an OCR'd print of its word, not both: "có thâm quyền",
// "có thẩm quyên", TT 43/2018 as scanned — two words misprinted at once tell too little).
bool Finder::keys_at(std::size_t q, std::string_view a, std::string_view b) const {
  if (q + 1 >= t_.size()) return false;
  const bool ka = t_[q].key == a, kb = t_[q + 1].key == b;
  return (ka && kb) || (ka && ascii_same(t_[q + 1], b)) || (kb && ascii_same(t_[q], a));
}

// "tại Điều …", "tại khoản …" at q: a reference ("… tại Điều 7 Quy định này").
bool Finder::reference_at(std::size_t q) const {
  const std::size_t n = t_.size();
  if (!(q + 1 < n && t_[q].key == "tại" && t_[q + 1].word)) return false;
  const std::string_view w = t_[q + 1].key;
  return w == "điều" || w == "khoản" || w == "điểm" || w == "mục" || w == "chương" || w == "phụ";
}

// From q, "và phải …", "và có trách nhiệm …" before another predicate: a duty joined to the words before.
bool Finder::coordinated_duty(std::size_t q) const {
  const std::size_t n = t_.size();
  for (const std::size_t from = q; q + 1 < n && q < from + 20 && (t_[q].word || t_[q].text == ","); ++q) {
    if ((t_[q].key == "và" || t_[q].text == ",") &&
        (t_[q + 1].key == "phải" || (q + 3 < n && (t_[q + 1].key == "có" || t_[q + 1].key == "chịu") &&
                                     t_[q + 2].key == "trách" && t_[q + 3].key == "nhiệm")))
      return true;
    if (q > from && t_[q].word && !t_[q].upper && task_verb(q) && after_object(q, from)) return false;
  }
  return false;
}

// "quyết định", "phê duyệt" at q: a power the body has, a predicate of its own.
bool Finder::power_verb(std::size_t q) const {
  const std::size_t n = t_.size();
  return q + 1 < n && ((t_[q].key == "quyết" && t_[q + 1].key == "định") || (t_[q].key == "phê" && t_[q + 1].key == "duyệt"));
}

// From q to the clause's end, a duty or a task verb after an object: a predicate still to come.
bool Finder::predicate_after(std::size_t q, bool purpose_ends) const {
  const std::size_t n = t_.size();
  for (const std::size_t from = q; q < n && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":"));
       ++q) {
    if (!t_[q].word || t_[q].upper) continue;
    // (purpose_ends: the purpose, "để …", "nhằm …", has no predicate of the clause's; nor has a body named
    // by its role, "trang thông tin điện tử của cơ quan tiếp nhận")
    if (purpose_ends && (t_[q].key == "để" || t_[q].key == "nhằm")) return false;
    if (purpose_ends && q >= 2 && body_noun(q - 2) == 2) continue;
    if (t_[q].key == "phải" || t_[q].key == "cần" ||
        ((t_[q].key == "có" || t_[q].key == "chịu") && q + 1 < n && t_[q + 1].key == "trách"))
      return true;
    if (q > from && task_verb(q) && after_object(q, from)) return true;
  }
  return false;
}

// A verb at q whose object is a "việc" phrase ("dừng việc thẩm định", "từ chối việc …"): the word before
// "việc" that is no preposition or quantifier ("về việc", "các việc").
// A preposition that may open what follows a body's role ("… có liên quan đến …", "… theo …"): no verb.
static bool preposition(std::string_view k) {
  for (std::string_view w : {"đến", "theo", "để", "trong", "trên", "đối", "cho", "với", "khi", "từ", "nhằm", "vào", "bằng",
                             "như", "do", "trước", "sau", "cùng", "tại", "về"})
    if (k == w) return true;
  return false;
}

bool Finder::verb_of_task(std::size_t q) const {
  if (q + 1 >= t_.size() || !t_[q].word || t_[q].upper || t_[q + 1].key != "việc") return false;
  if (preposition(t_[q].key)) return false;
  for (std::string_view w : {"của", "và", "hoặc", "các", "mọi", "những", "là", "một", "mỗi", "từng"})
    if (t_[q].key == w) return false;
  return true;
}

// From q, the clause ends in ":" (a label over a list: "Cơ quan có thẩm quyền cấp giấy phép:"), or goes on
// with a verb of its own after "đã" / "sẽ" ("Cơ quan có thẩm quyền giải quyết thủ tục hành chính đã tiếp nhận
// hồ sơ …": the competence's verb, then the clause's).
bool Finder::label_clause(std::size_t q) const {
  for (const std::size_t n = t_.size(); q < n; ++q) {
    if (!t_[q].word && (t_[q].text == ";" || t_[q].text == "." || t_[q].text == ":")) return t_[q].text == ":";
    if (t_[q].word && (t_[q].key == "đã" || t_[q].key == "sẽ")) return true;
  }
  return false;
}

// From q to the sentence's end, across its ";": a duty of the sentence's subject ("…; chịu trách nhiệm …").
bool Finder::duty_later(std::size_t q) const {
  const std::size_t n = t_.size();
  for (; q + 2 < n && !(!t_[q].word && (t_[q].text == "." || t_[q].text == ":")); ++q)
    if (t_[q].word && (t_[q].key == "có" || t_[q].key == "chịu") && t_[q + 1].key == "trách" && t_[q + 2].key == "nhiệm" &&
        q > 0 && (t_[q - 1].text == ";" || t_[q - 1].text == "," || t_[q - 1].key == "và"))
      return true;
  return false;
}

// A task verb at q, right after a qualifier that closes the description ("có thẩm quyền", "có liên quan"), in a
// clause the body opens, with no predicate after that verb and no label's ":": the clause's own predicate.
bool Finder::own_task_after(const Described& sub, std::size_t q) const {
  if (!sub.opens || sub.comma || q >= t_.size() || !t_[q].word || t_[q].upper || duty_word(q) || !task_verb(q))
    return false;
  const std::size_t v = m(q, {K::stop});
  return v && !predicate_after(q + v, true) && !label_clause(q);
}

void Finder::scan_description(Described& sub, const std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  for (std::size_t p = sub.k + sub.h, limit = sub.k + sub.h + 24; !sub.collector && p < n && p < limit; ++p) {
    const Tok& x = t_[p];
    // "Cơ quan chuyên môn về xây dựng cấp tỉnh (gồm: Sở Xây dựng, Sở Công Thương, …) chủ trì
    // thẩm định …": what the class is made of, spelt out; the class acts, as one
    if (x.text == "(" && !sub.members_b && p + 1 < n &&
        (t_[p + 1].key == "gồm" || (t_[p + 1].key == "bao" && p + 2 < n && t_[p + 2].key == "gồm"))) {
      std::size_t r = p + 1;
      while (r < n && r < p + 64 && t_[r].text != ")" && t_[r].text != ";" && t_[r].text != ".") ++r;
      if (r < n && t_[r].text == ")") {
        sub.members_b = p;
        sub.members_e = r + 1;
        limit += r + 1 - p;
        p = r;
        continue;
      }
    }
    if (!x.word) {
      if (punctuation_ends(sub, p)) break;
      continue;
    }
    // a name inside it, not its owner's: a list, read as found
    if (const auto in = std::find_if(out.begin(), out.end(), [&](const Mention& mn) { return mn.b == p; });
        in != out.end()) {
      // "cơ quan tài chính các cấp chịu trách nhiệm …": a bare "các cấp" is its level, not a body listed
      if (in->e == p + 2 && x.key == "các" && t_[p + 1].key == "cấp") {
        sub.qualified = true;
        p = in->e - 1;
        continue;
      }
      // (nor the object of the task it was given: "Các đơn vị được giao làm chủ đầu tư xây dựng hạ tầng …")
      if (!(t_[p - 1].key == "của" || t_[p - 1].key == "thuộc" || p == sub.given)) break;
      p = in->e - 1;  // the owner's name, whole ("thuộc Ủy ban nhân dân cấp xã")
      continue;
    }
    if ((x.key == "và" || x.key == "hoặc") && p + 1 < n && (body_noun(p + 1) || agency_start(p + 1))) break;
    // "chủ đầu tư hoặc chủ sở hữu công trình phải có giấy phép di dời …" (Luật 135/2025 Điều 53), "Chủ
    // đầu tư hoặc người khai thác gửi 01 bộ hồ sơ …" (NĐ 14/2026): a role-holder whole in itself, then
    // a private party or person sharing its verbs — the role-holder is named alone (as after persons)
    if ((x.key == "và" || x.key == "hoặc") && p == sub.k + sub.h && !sub.persons && body_noun(sub.k) == 3 &&
        p + 1 < n && t_[p + 1].word && !t_[p + 1].upper && (t_[p + 1].key == "chủ" || t_[p + 1].key == "người")) {
      sub.persons = p;
      continue;
    }
    // "Đơn vị trực tiếp quản lý, sử dụng công trình thực hiện lập …": "trực tiếp" before the
    // relative clause's verb is its adverb
    if (p == sub.first && keys_at(p, "trực", "tiếp") && p + 2 < n && t_[p + 2].word && !t_[p + 2].upper) {
      // ("cơ quan thuế trực tiếp quản lý tiến hành kiểm tra …": a task verb right after the
      // relative one is the clause's own)
      const std::size_t v2 = m(p + 2, {K::stop}), w = p + 2 + v2;
      if (sub.opens && v2 && w < n && t_[w].word && !t_[w].upper && m(w, {K::stop}) && task_verb(w)) {
        sub.e = w;
        break;
      }
      sub.first = p + 2;
      ++p;
      continue;
    }
    // words of a condition or a grant, not of a description
    // ("… cơ quan hải quan có cơ sở xác định hàng hóa nhập khẩu không phải … thì …", TT 62/2019: grounds the
    // body has, a condition's predicate, no words of its name)
    if (x.key == "thì" || x.key == "mà" || x.key == "nhưng" || x.key == "nếu" || keys_at(p, "đồng", "thời") ||
        keys_at(p, "có", "quyền") || (keys_at(p, "có", "cơ") && p + 2 < n && t_[p + 2].key == "sở")) {
      // (a grant then a duty of the same subject, later in its sentence: "Cơ quan, tổ chức, đơn vị, cá nhân
      // được phân cấp có quyền tham gia ý kiến …; chịu trách nhiệm trước pháp luật …" — the duty assigns)
      // (and "có quyền và trách nhiệm sau đây:", a body's duty list: "Cơ quan kiểm tra nhà nước có quyền và
      // trách nhiệm sau đây:", NĐ 15/2018 Điều 15 — its children are the body's duties)
      if (keys_at(p, "có", "quyền") && sub.opens && !sub.by &&
          (duty_later(p + 2) || (keys_at(p + 2, "và", "trách") && p + 4 < n && t_[p + 4].key == "nhiệm")))
        sub.e = p;
      break;
    }
    if (sub.by) {
      if (agent_ends(sub, p)) break;
      continue;
    }
    if ((x.key == "có" || x.key == "chịu") && p + 2 < n && t_[p + 1].key == "trách" && t_[p + 2].key == "nhiệm") {
      sub.e = p;
      break;
    }
    // (not "không phải": an exemption, no duty — "… thì chủ đầu tư được tiếp tục thực hiện lấn biển … và
    // không phải nộp tiền sử dụng đất", NĐ 42/2024 Điều 11)
    if (x.key == "phải" && !(p + 1 < n && t_[p + 1].key == "được") && !negated_at(t_, p)) {
      sub.e = p;
      break;
    }
    // (not "không cần", "chưa cần": what the body need not do — "… thì chủ đầu tư không cần thực hiện phân
    // bổ", NĐ 230/2025 Điều 6 — an exemption, as "không phải" is)
    if (x.key == "cần" && p > sub.first && !negated_at(t_, p)) {
      sub.e = p;
      break;
    }
    // "… khi sử dụng đất … thì phải lập phương án": the description ends at "khi"
    if (x.key == "khi") {
      for (std::size_t q = p + 1; q < n && q < p + 64 && !(!t_[q].word && (t_[q].text == ";" || t_[q].text == "."));
           ++q)
        if (t_[q].key == "phải" || (t_[q].key == "trách" && q > 0 && t_[q - 1].key == "có")) {
          sub.e = p;
          break;
        }
      break;
    }
    // "cơ quan chủ trì thẩm định tại Điều 7 Quy định này trình …": where the body is defined, a
    // reference, not which body it is; the name ends before it
    // (so does the body's remit: "thủ trưởng các cơ quan, tổ chức … có liên quan trong phạm vi nhiệm vụ,
    // quyền hạn được giao chịu trách nhiệm …")
    if ((reference_at(p) || starts_any(join_keys(t_, p, std::min(n, p + 3)),
                                    {"trong phạm vi", "theo chức năng", "theo phạm vi", "căn cứ chức năng"})) &&
        sub.ref == n)
      sub.ref = p;
    // "Các cơ quan hành chính từ cấp thành phố đến cấp quận, huyện triển khai …" (QĐ 256/2004 Cần
    // Thơ): a range of levels says which bodies, as "cấp tỉnh" does
    if (keys_at(p, "từ", "cấp")) {
      std::size_t q = p + 2;
      while (q < n && q < p + 6 && t_[q].key != "đến") ++q;
      if (q + 2 < n && t_[q].key == "đến" && t_[q + 1].key == "cấp" && is_place_word(t_[q + 2].key)) {
        q += 2;
        while (q < n && t_[q].word && !t_[q].upper && is_place_word(t_[q].key)) {
          ++q;
          if (q + 1 < n && t_[q].text == "," && t_[q + 1].word && is_place_word(t_[q + 1].key)) ++q;
        }
        sub.qualified = true;
        p = q - 1;
        continue;
      }
    }
    if (p == sub.first && step_after_role(sub, p)) break;
    // where it is, whose it is, which ones: no verb
    if (x.key == "của" || x.key == "thuộc" || x.key == "về" || x.key == "tại" || x.key == "ở" || x.key == "cấp" ||
        keys_at(p, "trực", "thuộc") || keys_at(p, "trên", "địa") || keys_at(p, "theo", "thẩm") || keys_at(p, "cùng", "cấp")) {
      // ("cấp tỉnh", "cấp xã": a level; not "đơn vị cấp nước", a supplier)
      // (and "cấp I", "cấp II": a budget unit's level, "đơn vị dự toán cấp I")
      sub.qualified = sub.qualified || x.key == "của" || x.key == "thuộc" || x.key == "về" || x.key == "trực" ||
                  (x.key == "cấp" && p + 1 < n && t_[p + 1].word && is_place_word(t_[p + 1].key)) ||
                  (x.key == "cấp" && p + 1 < n && (t_[p + 1].text == "I" || t_[p + 1].text == "II"));
      // (the field after "về" is a noun: "về xây dựng", "về quản lý đất đai")
      if (x.key == "về" && p + 1 < n && t_[p + 1].word && !t_[p + 1].upper) p += m(p + 1, {K::stop});
      p += (x.key == "trực" || x.key == "trên" || x.key == "theo" || x.key == "cùng") ? 1 : 0;  // ("cùng cấp": its level)
      continue;
    }
    if (x.key == "có" && (keys_at(p + 1, "thẩm", "quyền") || keys_at(p + 1, "chức", "năng") || keys_at(p + 1, "liên", "quan"))) {
      // ("có thẩm quyền cấp giấy phép", "có chức năng quản lý …": what it may do says which one)
      sub.qualified = sub.qualified || keys_at(p + 1, "liên", "quan");
      sub.role = false;  // (the role's relative clause, if any, ended: "cơ quan quản lý … có thẩm quyền, nhân viên …")
      sub.competent = sub.competent || keys_at(p + 1, "thẩm", "quyền");
      // "Cơ quan có thẩm quyền kiểm tra phối hợp với Sở Công Thương …": the verb of the competence says
      // which body, "phối hợp" or "chủ trì" right after it opens the clause's own predicate (only these:
      // a verb after another is often its object, "tiếp nhận báo cáo", or its complement, "tổ chức kiểm
      // tra")
      if (keys_at(p + 1, "thẩm", "quyền") && sub.opens && !sub.comma && p + 3 < n && t_[p + 3].word && !t_[p + 3].upper &&
          !duty_word(p + 3) && !keys_at(p + 3, "tổ", "chức") && !keys_at(p + 3, "thực", "hiện") && !keys_at(p + 3, "tiến", "hành"))
        if (const std::size_t v3 = m(p + 3, {K::stop}), w3 = p + 3 + v3;
            v3 && (keys_at(w3, "phối", "hợp") || keys_at(w3, "chủ", "trì"))) {
          sub.e = w3;
          break;
        }
      // "Cơ quan quản lý nhà nước có thẩm quyền tiếp nhận bản tự công bố … để lưu trữ hồ sơ …" (NĐ 15/2018
      // Điều 5), "Cơ quan hải quan có thẩm quyền thực hiện kiểm tra, xác định xuất xứ …" (TT 62/2019): a task
      // verb after the competence, in a clause the body opens with no predicate after that verb, is the
      // clause's own (read as the competence's, it would leave the clause none); not a label's ":"
      if (keys_at(p + 1, "thẩm", "quyền") && own_task_after(sub, p + 3)) {
        sub.e = p + 3;
        break;
      }
      // "Ủy ban nhân dân cấp tỉnh giao cơ quan chuyên môn trực thuộc có liên quan tổ chức phổ biến, hướng dẫn …"
      // (TT 08/2025/TT-BNNMT): "có liên quan" closes the description; a task verb right after it, in a
      // clause the body opens with no predicate later, is the clause's own (not a role's relative clause)
      if (keys_at(p + 1, "liên", "quan") && own_task_after(sub, p + 3)) {
        sub.e = p + 3;
        break;
      }
      p += 2;
      sub.first = p + 1;
      continue;
    }
    if (const Step step = given_task(sub, p); step == Step::stop) break;
    else if (step == Step::next) continue;
    // "Các cơ quan được hỏi ý kiến trả lời bằng văn bản", "Các cơ quan chịu sự giám sát thực hiện đầy đủ
    // … những kiến nghị", "Đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư lập dự toán": a task after
    // the role's relative clause and its object is the clause's predicate
    // ("… giấy phép xây dựng", "trật tự xây dựng": a field; "là": a definition follows)
    // (the steps of a procedure too: "trả lời", "dừng", …; not "xem xét", a power to decide)
    // ("giải trình", "công trình", "quy trình", "chương trình": nouns, not "trình")
    if (sub.role && sub.opens && p > sub.first && !x.upper && after_object(p, sub.first) && x.key != "là" &&
        (x.key != "xây" || builds(p)) && !trinh_noun(t_, p) &&
        (task_verb(p) || power_verb(p) || starts_any(join_keys(t_, p, std::min(n, p + 2)),
                                    {"trả lời", "tiếp tục", "dừng", "điều chỉnh", "hoàn thiện", "căn cứ"}))) {
      sub.e = p;
      break;
    }
    // (a duty after the role is the clause's own: "cơ quan kiểm tra có văn bản trả lời"; so is a list:
    // "Cơ quan tiếp nhận và đối tượng thực hiện kê khai giá:")
    // (not a field's: "chăn nuôi và thú y")
    if (sub.role && p > sub.first &&
        (((x.key == "và" || x.key == "hoặc") && p + 1 < n &&
          (body_noun(p + 1) || agency_start(p + 1) || t_[p + 1].key == "người" || keys_at(p + 1, "đối", "tượng") ||
           keys_at(p + 1, "cá", "nhân"))) ||
         (duty_word(p) && x.key != "đã" && x.key != "được")))
      sub.role = false;
    if (verb_ends(sub, p)) break;
  }
}

bool Finder::punctuation_ends(Described& sub, std::size_t& p) const {
  const std::size_t n = t_.size();
  const Tok& x = t_[p];
  if (x.text == ";" || x.text == "." || x.text == ":" || x.text == "(") return true;
  // "được cơ quan …, nhân viên thú y hướng dẫn, giám sát, kiểm tra": persons listed after the
  // body share the verbs; the body's words end at the comma
  if (sub.by && x.text == "," && !sub.persons && p + 2 < n &&
      ((t_[p + 1].key == "nhân" && t_[p + 2].key == "viên") || (t_[p + 1].key == "cán" && t_[p + 2].key == "bộ") ||
       (t_[p + 1].key == "công" && t_[p + 2].key == "chức") || (t_[p + 1].key == "viên" && t_[p + 2].key == "chức"))) {
    sub.persons = p;
    return false;
  }
  // ", trong phạm vi nhiệm vụ, quyền hạn của mình, …" before the duty: the description ends at the comma
  if (x.text == "," && p + 2 < n && t_[p + 1].key == "trong" && t_[p + 2].key == "phạm") {
    for (std::size_t q = p + 3; q < n && q < p + 16; ++q)
      if (t_[q].key == "trách" && t_[q - 1].word && (t_[q - 1].key == "có" || t_[q - 1].key == "chịu")) {
        sub.e = p;
        break;
      }
    return true;
  }
  // "Đơn vị chủ trì, đơn vị phối hợp thực hiện dịch vụ tự kiểm tra …", "Thủ trưởng đơn vị chủ trì,
  // đơn vị phối hợp có trách nhiệm …": roles named as bodies, listed; each is a subject of the predicate
  if (x.text == "," && !sub.split && sub.role && p == sub.first + 2 && t_[sub.first].key == "chủ" && t_[sub.first + 1].key == "trì") {
    const std::size_t b2 = p + 1 + body_noun(p + 1);
    if (b2 > p + 1 && b2 + 1 < n && t_[b2].key == "phối" && t_[b2 + 1].key == "hợp") {
      sub.split = p;
      sub.first = b2;
      p = b2 - 1;
      sub.relative = sub.acts = sub.role = false;
      return false;
    }
  }
  // "cơ quan nhà nước có thẩm quyền, tổ chức, cá nhân có liên quan, trong phạm vi …, có trách nhiệm
  // sau đây" (Luật 135/2025 Điều 55): private parties and persons listed after a described public body
  // share its verbs; the body's words end at the comma (they are not assigned themselves)
  // (not after bare nouns listed, "các cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan chịu trách
  // nhiệm thi hành": one mixed collective, whole, as "Cơ quan, tổ chức, cá nhân có liên quan" is)
  auto bare_nouns = [&] {
    for (std::size_t q = sub.k; q < p;) {
      // (word by word: a qualified one, "cơ quan nhà nước có thẩm quyền", is described)
      const std::size_t c =
          !t_[q].word ? (t_[q].text == "," ? 1 : 0) : body_noun(q) ? body_noun(q) : m(q, {K::collective});
      if (!c || c > 3) return false;
      q += c;
    }
    return true;
  };
  if (x.text == "," && !sub.persons && sub.public_body && p > sub.k + sub.h && p + 2 < n && !bare_nouns()) {
    std::size_t q = p + 1;
    if (keys_at(q, "tổ", "chức") && q + 2 < n && t_[q + 2].text == ",") q += 3;
    if (keys_at(q, "cá", "nhân")) {
      sub.persons = p;
      p = q + 1;
      return false;
    }
  }
  sub.comma = sub.comma || x.text == ",";
  // a list of subjects ("…, các Cục Thuế địa phương"): read as found
  if ((x.text == "," || x.text == "-") && p + 1 < n && t_[p + 1].word &&
      (body_noun(p + 1) || agency_start(p + 1)))
    return true;
  return false;
}

bool Finder::agent_ends(Described& sub, std::size_t& p) const {
  const std::size_t n = t_.size();
  const Tok& x = t_[p];
  // "do … quy định" closing its clause
  if (cites_at(p) &&
      (p + 2 >= n || !t_[p + 2].word || t_[p + 2].key == "cụ" || t_[p + 2].key == "chi")) {
    sub.e = p;
    return true;
  }
  // "do … kiểm tra, giám sát", "được … hướng dẫn, giám sát, kiểm tra": the agent of oversight
  // (passive_agent, agents.h)
  if (p > sub.k + sub.h && (keys_at(p, "kiểm", "tra") || keys_at(p, "giám", "sát") || keys_at(p, "hướng", "dẫn")) && p + 2 < n &&
      t_[p + 2].text == "," && p + 4 < n && (keys_at(p + 3, "kiểm", "tra") || keys_at(p + 3, "giám", "sát"))) {
    sub.e = p;
    return true;
  }
  // (the noun's own field right after it: "do cơ quan quản lý chuyên ngành … kiểm tra, giám sát")
  if (p == sub.first && keys_at(p, "quản", "lý")) {
    ++p;
    return false;
  }
  // (nothing but its qualifier before: no other verb)
  if (m(p, {K::stop}) && !(x.key == "có" && (keys_at(p + 1, "thẩm", "quyền") || keys_at(p + 1, "liên", "quan"))) &&
      x.key != "cấp")
    return true;
  return false;
}

Finder::Step Finder::given_task(Described& sub, std::size_t& p) const {
  const std::size_t n = t_.size();
  // "Cơ quan, tổ chức được giao nhiệm vụ chuẩn bị đầu tư", "Cơ quan chuyên môn được giao quản lý
  // xây dựng", "cơ quan được giao nhiệm vụ chủ trì thẩm tra quyết toán": the task given, verbs
  // and all, says which body
  // (so does "chủ trì" and the work it leads, a role: "cơ quan chủ trì thẩm định trình …", "đơn vị chủ
  // trì tổ chức hội nghị …"; a verb after that work is the clause's own)
  const bool leads = p == sub.first && !sub.acts && (keys_at(p, "chủ", "trì") || (sub.split && keys_at(p, "phối", "hợp"))) &&
                     p + 2 < n && t_[p + 2].word &&
                     !t_[p + 2].upper && m(p + 2, {K::stop}) && !duty_word(p + 2);
  // (and "nhận bàn giao": "Cơ quan, đơn vị trực thuộc cấp tỉnh nhận bàn giao sẽ kế thừa …", the one given
  // the work)
  // (and "nhận giao khoán": "Thủ trưởng Cơ quan, đơn vị nhận giao khoán được quyết định …")
  const bool handed = !sub.acts && (keys_at(p, "nhận", "bàn") || keys_at(p, "nhận", "giao")) && p + 2 < n &&
                      (t_[p + 2].key == "giao" || t_[p + 2].key == "khoán");
  if ((!sub.acts && keys_at(p, "được", "giao")) || leads || handed) {
    p += handed ? 3 : 2;
    const bool noun = keys_at(p, "nhiệm", "vụ") || keys_at(p, "trách", "nhiệm");
    if (noun) p += 2;
    const std::size_t task = p;
    // (a power after the work led is the clause's own: "Thủ trưởng cơ quan chủ trì điều tra thống kê
    // quyết định việc công bố …")
    while (p < n && t_[p].word && !t_[p].upper && m(p, {K::stop}) && !duty_word(p) && !reference_at(p) &&
           !(p > task && power_verb(p)))
      p += m(p, {K::stop});
    // "Thủ trưởng Cơ quan chủ trì tổ chức điều tra thống kê được quyết định mức khoán …": a grant or
    // a power after the work led or the task given is the predicate (the role reader finds no task)
    // (past the object of that work: "tổ chức điều tra thống kê được …")
    std::size_t g2 = p;
    while (g2 < n && g2 < p + 8 && t_[g2].word && !t_[g2].upper && !m(g2, {K::stop}) && !duty_word(g2)) ++g2;
    if ((g2 > task || handed) && g2 < n && sub.opens && (power_verb(g2) || (t_[g2].key == "được" && !keys_at(g2, "được", "giao")))) {
      sub.e = g2;
      return Step::stop;
    }
    // "… thì cơ quan chủ trì thẩm định dừng việc thẩm định": a verb right after the work led, its object
    // a "việc" phrase, is the predicate; the work led names the role
    if (leads && p > task && sub.opens && verb_of_task(p)) {
      sub.e = p;
      return Step::stop;
    }
    // "… thì cơ quan chủ trì gửi Sở Công Thương 01 (một) bản …": "cơ quan chủ trì" is the role, the lead
    // body, and the step after it its predicate, when no other predicate follows in the clause (one
    // noun, a procedure's step: "Các cơ quan, đơn vị chủ trì tổ chức thực hiện kế hoạch" leads the work)
    if (leads && !sub.split && p > task && sub.opens && sub.h == body_noun(sub.k) && task_verb(task) &&
        !starts_any(join_keys(t_, task, std::min(n, task + 2)), {"thực hiện", "tổ chức", "triển khai"}) &&
        !predicate_after(p)) {
      sub.e = task;
      return Step::stop;
    }
    // "cơ quan, đơn vị được giao nhiệm vụ thực hiện lập danh mục và phải đảm bảo hồ sơ …": the task
    // and a duty joined by "và" are two predicates; the body is the one given the task
    if (noun && p > task && task_verb(task) && coordinated_duty(p)) {
      sub.e = task;
      return Step::stop;
    }
    sub.relative = sub.qualified = true;
    sub.first = sub.given = p;
    --p;
    return Step::next;
  }
  return Step::none;
}

bool Finder::verb_ends(Described& sub, std::size_t& p) const {
  const std::size_t n = t_.size();
  const Tok& x = t_[p];
  // (the clause's own verb: see `opens`; and without a comma inside, a qualifier with a list: "Tổ chức,
  // sử dụng địa điểm thuộc …" lists verbs, "Các đơn vị trực thuộc Tổng công ty, công ty hạch toán độc lập …")
  auto own_verb = [&](std::size_t q) { return sub.opens && !sub.comma && q < n && t_[q].word; };
  // a verb right after the noun opens a relative clause ("Cơ quan đã lập hồ sơ", "Các cơ quan
  // được hỏi ý kiến"); after anything else it is the clause's own verb: no described subject
  const std::size_t v = x.upper ? 0 : m(p, {K::stop});
  if (v && !noun_tail(p)) {
    // (not a second verb after it: "Các cơ quan, đơn vị tổ chức thực hiện và có trách nhiệm …")
    const std::size_t w = p + v;
    bool chain = w < n && t_[w].word && !t_[w].upper && t_[w].key != "có" && t_[w].key != "chịu" &&
                 t_[w].key != "phải" && t_[w].key != "cần" && m(w, {K::stop});
    // (but a verb and its object-verb then the duty are the role and the predicate: "Cơ quan, tổ chức,
    // đơn vị, cá nhân nhận ủy quyền phải thực hiện đúng …", Luật 65/2025 Điều 14)
    if (chain && w + m(w, {K::stop}) < n && duty_word(w + m(w, {K::stop}))) chain = false;
    // (nor "quy định tại …", where the body is defined: "cơ quan tiếp nhận quy định tại khoản 1 Điều này có
    // trách nhiệm thẩm định hồ sơ …", NĐ 15/2018 Điều 8 — a reference, no second verb)
    if (chain && cited_reference_at(w)) chain = false;
    // ("đã", "được" before the verb: "Cơ quan đã lập hồ sơ", "Cơ quan, tổ chức được giao …")
    if (p == sub.first && (x.key == "đã" || x.key == "được")) {
      sub.first = p + 1;
      sub.role = sub.public_body;
      return false;
    }
    // (its predicate, unless the clause opens with "do" or the verb gives a power or a passive,
    // which the role reader weighs: the subject is marked, not yet assigned)
    // (a qualifier without a comma: "Tổ chức, sử dụng địa điểm thuộc …" lists verbs, "Các đơn vị
    // trực thuộc Tổng công ty, công ty hạch toán độc lập …" goes on with a list)
    // ("sẽ", what the body will do: no word of a name)
    if (sub.qualified && !sub.acts && own_verb(p) && ((p > sub.first && task_verb(p)) || x.key == "sẽ")) {
      sub.e = p;
      return true;
    }
    if (p == sub.first && (!chain || sub.competent)) {
      sub.relative = sub.acts = true;
      // (of a public body's role only, opened by a verb, not a preposition or a duty: "Chủ đầu tư quyết
      // định việc …" is its own clause, "… có liên quan đến cấp giấy phép …" no relative clause)
      const bool prep = preposition(x.key);
      // (one noun and a procedure's step name a role too: "cơ quan chủ trì thẩm định", "cơ quan cấp giấy …")
      const bool task = task_verb(p);
      const bool step = sub.h == body_noun(sub.k) && task &&
                        !starts_any(join_keys(t_, p, std::min(n, p + 2)), {"thực hiện", "tổ chức", "triển khai", "là"});
      sub.role = sub.public_body && (!task || step) && !prep &&
             (!duty_word(p) || (x.key == "chịu" && p + 1 < n && t_[p + 1].key == "sự"));
    }
    else if (!sub.relative) return true;
    p += v - 1;
  }
  return false;
}

// "Cơ quan kiểm tra hướng dẫn người nhập khẩu …", "Cơ quan cấp Giấy phép kinh doanh kiểm tra thông tin
// …" (NĐ 14/2026): one noun and the role it has in a procedure (checking, receiving, appraising, issuing a
// licence), then the step it takes there, in a clause the body opens: the role names the body, the step
// is the clause's predicate (sub.e)
bool Finder::step_after_role(Described& sub, std::size_t p) const {
  const std::size_t n = t_.size();
  // (not a competence's verb and its object: "cơ quan nhà nước có thẩm quyền tiếp nhận báo cáo …")
  if (!sub.opens || sub.comma || sub.competent || !sub.public_body || sub.h != body_noun(sub.k) || t_[p].upper)
    return false;
  std::size_t w = p;
  if (keys_at(p, "kiểm", "tra") || keys_at(p, "tiếp", "nhận") || keys_at(p, "thẩm", "định")) {
    w = p + 2;
  } else if (keys_at(p, "cấp", "giấy") || keys_at(p, "cấp", "chứng")) {
    // (the licence it issues, to the step's verb: "cấp Giấy phép kinh doanh")
    w = p + 1;
    while (w < n && w < p + 9 && t_[w].word && (t_[w].upper || !m(w, {K::stop})) && !task_verb(w)) ++w;
  }
  if (w == p || w >= n || !t_[w].word || t_[w].upper) return false;
  // (a report is what a receiving body receives: "cơ quan tiếp nhận báo cáo …")
  const std::string step = join_keys(t_, w, std::min(n, w + 2));
  if (!(task_verb(w) || starts_any(step, {"trả lời", "xem xét", "hướng dẫn"})) || starts_any(step, {"báo cáo"}))
    return false;
  sub.e = w;
  return true;
}

}  // namespace vanban::link_detail
