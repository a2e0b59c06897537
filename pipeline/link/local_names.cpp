// Document-local names ("… (sau đây gọi là đơn vị thực hiện sửa chữa công
// trình)"): collected once per document, found by the Finder beside the
// registry's entries, in that document only.
#include "local_names.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "vanban/fold.h"

namespace vanban::link_detail {

namespace {

// The defined name is a body or a role-holder: it opens with a word that
// names one. ("cấp xã", "dự án", "nhà thầu", "xã viên" are not bodies.)
bool body_name(const std::vector<Tok>& t) {
  if (t.size() < 2 || !t[0].word || !t[1].word) return false;
  const std::string_view a = t[0].key, b = t[1].key;
  if ((a == "đơn" && b == "vị") || (a == "cơ" && b == "quan") || (a == "hội" && b == "đồng") ||
      (a == "thủ" && b == "trưởng") || (a == "bộ" && b == "phận") || (a == "trung" && b == "tâm") ||
      (a == "văn" && b == "phòng") || (a == "chủ" && b == "tịch") || (a == "giám" && b == "đốc") ||
      (a == "người" && b == "đứng") || (a == "ủy" && b == "ban") || (a == "uỷ" && b == "ban") ||
      (a == "chi" && b == "cục") || (a == "tổ" && b != "chức" && b != "quốc"))
    return true;
  return a == "đoàn" || a == "ban" || a == "sở" || a == "cục" || a == "phòng" || a == "trưởng";
}

// "( sau đây gọi [tắt|chung] là" at token i (the parenthesis), or with `comma` also ", sau đây gọi
// là" ending its clause ("Cơ quan … thực hiện kiểm tra vệ sinh thú y, sau đây gọi là Cơ quan kiểm
// tra"): the token after "là", else 0.
std::size_t definition_at(const std::vector<Tok>& t, std::size_t i, bool comma = false) {
  auto at = [&](std::size_t q, std::string_view k) { return q < t.size() && t[q].word && t[q].key == k; };
  if (i >= t.size() || t[i].word || !(t[i].text == "(" || (comma && t[i].text == ","))) return 0;
  std::size_t q = i + 1;
  if (!at(q, "sau") || !at(q + 1, "đây")) return 0;
  q += 2;
  if (at(q, "được")) ++q;
  if (!at(q, "gọi")) return 0;
  ++q;
  if (at(q, "tắt") || at(q, "chung")) ++q;
  return at(q, "là") ? q + 1 : 0;
}

// The ")" closing a definition's name from b, within a short name; else npos. After a comma
// (`closes`), the clause's end closes it instead: the text's, ";", "." or ":".
std::size_t name_end(const std::vector<Tok>& t, std::size_t b, bool closes = false) {
  for (std::size_t q = b; q < t.size() && q < b + 16; ++q) {
    if (t[q].word) continue;
    if (closes) return t[q].text == ";" || t[q].text == "." || t[q].text == ":" ? q : std::string::npos;
    if (t[q].text == ")") return q;
    if (t[q].text != "," && t[q].text != "-") return std::string::npos;
  }
  return closes && t.size() < b + 16 ? t.size() : std::string::npos;
}

// Word i opens a body's name ("cơ quan", "đơn vị", "Đoàn", a registry name).
bool body_word(const std::vector<Tok>& t, std::size_t i) {
  if (!t[i].word) return false;
  std::vector<Tok> two(t.begin() + i, t.begin() + std::min(t.size(), i + 2));
  return body_name(two) || t[i].key == "các";
}

// After a local name at q: its duty ("chịu trách nhiệm", "lập dự toán"), the
// end of a heading ("Nhiệm vụ của Đoàn kiểm tra") or its definition's ")".
// Elsewhere a generic phrase like it is an object ("hợp tác với …, cơ quan
// đại diện nước ngoài tại Việt Nam") or a statement ("Đoàn kiểm tra tự giải thể").
bool acts(const std::vector<Tok>& t, std::size_t q) {
  if (q >= t.size()) return true;
  // past where the document defines it ("Cơ quan kiểm tra nêu tại khoản 1 Điều này có trách nhiệm …",
  // "… quy định tại khoản 1 Điều này căn cứ …")
  {
    auto at = [&](std::size_t i, std::string_view k) { return i < t.size() && t[i].word && t[i].key == k; };
    std::size_t r = at(q, "nêu") ? q + 1 : at(q, "quy") && at(q + 1, "định") ? q + 2 : q;
    if (r > q && at(r, "tại"))
      for (std::size_t e = r + 1; e < t.size() && e < r + 10; ++e)
        if (at(e, "này")) {
          q = e + 1;
          if (q >= t.size()) return true;
          break;
        }
  }
  if (!t[q].word) return t[q].text == ")" || t[q].text == ":";
  const std::string k = join_keys(t, q, std::min(t.size(), q + 4));
  // (and what it does on grounds it is given: "Cơ quan kiểm tra căn cứ kết quả kiểm tra … để lập biên bản")
  return directive_verb(k) || starts_any(k, {"phải", "có nhiệm vụ", "có ý kiến", "trình", "căn cứ"});
}

// An abbreviation's token: two capital ASCII letters or more, nothing in lower case ("HQCK", "SGKV", "BQL").
bool acronym(const Tok& w) {
  if (!w.word || w.text.size() < 2) return false;
  std::size_t caps = 0;
  for (const char c : w.text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++caps;
  }
  return caps >= 2;
}

// Into ms, kept in order of start.
void insert_mention(std::vector<Mention>& ms, const Mention& d) {
  ms.insert(std::lower_bound(ms.begin(), ms.end(), d, [](const Mention& x, const Mention& y) { return x.b < y.b; }), d);
}

}  // namespace

void local_hits(const LocalNames* names, const std::vector<Tok>& t, std::size_t i,
                std::vector<AgencyRegistry::Hit>& out) {
  if (names && !names->empty()) names->hits(t, i, out);
}

bool has_local_names(const LocalNames* names) { return names && !names->empty(); }

std::size_t local_printed_at(const LocalNames* names, const std::vector<Tok>& t, std::size_t i, const AgencyEntry** e) {
  return names && !names->empty() ? names->printed_at(t, i, e) : 0;
}

LocalNames::LocalNames(const Document& doc, const AgencyRegistry& reg) {
  WordFolds folds;
  auto read = [&](const std::string& text) {
    // most texts define nothing: one byte search each
    if (text.find("au đây") == std::string::npos) return;
    const std::vector<Tok> t = tokenize(text, folds);
    for (std::size_t i = 0; i < t.size(); ++i) {
      const std::size_t b = definition_at(t, i, true);
      const std::size_t e = b ? name_end(t, b, t[i].text == ",") : std::string::npos;
      if (e == std::string::npos || e - b < 2) continue;
      const std::vector<Tok> name(t.begin() + b, t.begin() + e);
      // a name the registry knows whole is found as the registry says
      // (a registry body at its start, "Ủy ban nhân dân cấp tỉnh", "Cơ quan đăng ký kinh
      // doanh cấp huyện", is read as the registry reads it; an office may open a local name)
      if (!body_name(name) || named(t, b, e) ||
          reg.match(name, 0, {K::head, K::central, K::province, K::district, K::local, K::abbr, K::sector}) > 0 ||
          reg.match(name, 0, {K::office, K::collective, K::collective_phrase}) == name.size())
        continue;
      std::vector<std::string> keys;
      for (const Tok& w : name)
        if (w.word) keys.emplace_back(w.key);
      add_name(capitalise(text.substr(t[b].begin, t[e - 1].end - t[b].begin)), std::move(keys), "", false);
    }
  };
  // "Đơn vị quản lý Cổng thông tin một cửa quốc gia là Tổng cục Hải quan trực thuộc Bộ Tài chính." (TTLT
  // 89/2016, 178/2015, their "Giải thích từ ngữ"): a body named by its function, defined as one body the
  // registry knows; the function's name stands for that body after
  auto defined_as = [&](const std::string& text) {
    const std::size_t p = text.find(" là ");
    if (p == std::string::npos || p > 160 || text.size() > 400) return;
    const std::vector<Tok> name = tokenize(text.substr(0, p), folds);
    const std::size_t words = std::count_if(name.begin(), name.end(), [](const Tok& w) { return w.word; });
    if (words < 4 || !std::all_of(name.begin(), name.end(), [](const Tok& w) { return w.word; }) || !body_name(name) ||
        reg.match(name, 0, {K::head, K::central, K::province, K::district, K::local, K::abbr, K::sector}) > 0)
      return;
    static const std::size_t la = std::string(" là ").size();
    const std::string rest = text.substr(p + la);
    // (a body's proper name follows, capitalised: "là Tổng cục Hải quan", not "là cơ quan, đơn vị …")
    if (const std::vector<Tok> head = tokenize(rest.substr(0, rest.find(' ')), folds); head.empty() || !head[0].upper)
      return;
    const std::vector<Tok> t = tokenize(rest, folds);
    const std::vector<Mention> ms = Finder(reg, t).find();
    if (ms.empty() || ms.front().b != 0 || ms.front().collective || ms.front().kind == K::office) return;
    std::size_t e = ms.front().e;
    if (e < t.size() && t[e].word && (t[e].key == "trực" || t[e].key == "thuộc"))  // "… trực thuộc Bộ Tài chính"
      for (std::size_t q = e; q < t.size() && t[q].word; ++q) e = q + 1;
    if (!(e == t.size() || (e + 1 == t.size() && (t[e].text == "." || t[e].text == ";")))) return;
    std::vector<std::string> keys;
    for (const Tok& w : name) keys.emplace_back(w.key);
    add_name(capitalise(rest.substr(t[0].begin, t[ms.front().e - 1].end - t[0].begin)), std::move(keys),
             kStandsFor, true);
  };
  static const bool debug = std::getenv("VANBAN_LINK_DEBUG") != nullptr;  // (read once, as scan.cpp does)
  for (const std::string& a : doc.addressees) {
    if (debug) std::fprintf(stderr, "addressee: [%s]\n", a.c_str());
    add_addressee(a, reg, folds);
  }
  // "Quý Sở", "Quý Ủy ban", "Quý cơ quan": how a letter names its one addressee ("… để Quý Sở nghiên
  // cứu, thực hiện", CV 1178/ĐCK-CTT to Sở Công Thương tỉnh Lào Cai)
  if (doc.addressees.size() == 1) {
    const std::vector<Tok> t = tokenize(doc.addressees.front(), folds);
    const std::size_t words = std::count_if(t.begin(), t.end(), [](const Tok& w) { return w.word; });
    if (words >= 2 && t[0].word && t[0].key != "ông" && t[0].key != "bà" && t[0].key != "đồng") {
      auto add = [&](std::vector<std::string> keys) {
        add_name(capitalise(doc.addressees.front()), std::move(keys), kStandsFor, true);
      };
      const bool committee = t.size() > 1 && (t[0].key == "ủy" || t[0].key == "uỷ") && t[1].key == "ban";
      add(committee ? std::vector<std::string>{"quý", "ủy", "ban"} : std::vector<std::string>{"quý", std::string(t[0].key)});
      add({"quý", "cơ", "quan"});
      add({"quý", "đơn", "vị"});
    }
  }
  // The Judges' Council guides the courts: "Trường hợp này, Tòa án phải áp dụng Điều 476 …", "Khi giải quyết
  // tranh chấp …, Tòa án áp dụng …" (NQ 01/2019, 01/2020, 02/2022/NQ-HĐTP) — the court that hears the case,
  // named by its kind alone, is whom its resolution tells to act. (In a code the same words state the court's
  // powers in sentencing — "Tòa án có thể …", "Tòa án quyết định …" — no one's task: not read there.)
  if (doc.meta.issuer && (doc.meta.issuer->find("Hội đồng Thẩm phán") != std::string::npos ||
                          doc.meta.issuer->find("Tòa án nhân dân tối cao") != std::string::npos)) {
    std::vector<std::string> keys;
    for (const Tok& w : tokenize("Tòa án", folds)) keys.emplace_back(w.key);
    add_name("Tòa án", std::move(keys), "", true);
  }
  for (const Paragraph& p : doc.body) read(p.text);
  for_each_provision(doc.provisions, [&](const Provision& p) {
    if (p.heading) read(*p.heading);
    read(p.text);
    // (definitions are where the text explains its words: "Điều 3. Giải thích từ ngữ", its clauses)
    if (p.heading && (p.heading->find("iải thích từ ngữ") != std::string::npos ||
                      p.heading->find("IẢI THÍCH TỪ NGỮ") != std::string::npos))
      for (const Provision& c : p.children) defined_as(c.text);
  });
}

// "Kính gửi: … - Chủ các công trình phải tổ chức quan trắc khí tượng thuỷ văn chuyên dùng trên địa
// bàn tỉnh Lào Cai;" (CV 3320/SNNMT-CCMT): an addressee the registry cannot know (a role-holder
// described by what it must do, a firm) is a name in this letter, wherever its body prints it whole.
// One the registry knows at its start is left to the registry ("Sở Công Thương các tỉnh/thành
// phố", "Các Sở, ban, ngành của tỉnh", "Các chi bộ, đảng bộ cơ sở"); a person ("Ông", "Đồng chí") is no body.
void LocalNames::add_addressee(const std::string& entry, const AgencyRegistry& reg, WordFolds& folds) {
  const std::vector<Tok> t = tokenize(entry, folds);
  const std::size_t words = std::count_if(t.begin(), t.end(), [](const Tok& w) { return w.word; });
  if (words < 2 || t.size() > 40 || !t[0].word) return;
  const std::string_view first = t[0].key;
  if (first == "ông" || first == "bà" || first == "đồng" || first == "quý" || first == "anh" || first == "chị" ||
      first == "như")
    return;
  // (as the finder reads it: "Các chi bộ, đảng bộ cơ sở" is a collective it knows; "Công ty Cổ phần …", a
  // company of a private legal form, is a party the letter binds, no body)
  const Finder finder(reg, t);
  bool private_form = false;
  if (finder.company_form(0, &private_form) && private_form) return;
  const std::vector<Mention> known = finder.find();
  if (!known.empty() && known.front().b == 0) return;
  // (every token, punctuation too, as the registry's entries: "Chủ dự án/cơ sở")
  std::vector<std::string> keys;
  for (const Tok& w : t) keys.emplace_back(w.key);
  // ("alone", a whole name: "Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp" are two)
  add_name(capitalise(entry), std::move(keys), "alone", true);
}

// "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1) thực hiện …" (CV 778/TCHQ-GSQL):
// a body's short form in brackets right after its name, used after that: the short form names the body. Learnt
// as the linker meets the mentions (no reading of its own: most brackets hold no short form of a body).
void LocalNames::learn_short_forms(const std::vector<Tok>& t, std::vector<Mention>& ms, const std::string& text,
                                   const AgencyRegistry& reg) {
  std::vector<std::size_t> forms;  // where a short form learnt here is printed, right after its body
  for (Mention& mn : ms) {
    const std::size_t b = mn.e + 1;
    if (mn.collective || b >= t.size() || t[mn.e].text != "(" || !t[b].upper) continue;
    std::size_t e = b;
    bool abbr = false;
    while (e < t.size() && e < b + 10 && (t[e].word || t[e].text == "&" || t[e].text == "-")) abbr = acronym(t[e++]) || abbr;
    if (!abbr || e >= t.size() || t[e].text != ")") continue;
    const std::vector<Tok> name(t.begin() + b, t.begin() + e);
    // (a short form the registry knows is read as the registry reads it: "(Sở TN&MT)", "(UBND)")
    if (named(t, b, e) || reg.match(name, 0, {K::head, K::central, K::province, K::district, K::local, K::abbr,
                                              K::sector, K::office}) == name.size())
      continue;
    std::vector<std::string> keys;
    for (const Tok& w : name) keys.emplace_back(w.key);
    add_name(capitalise(text.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin)), std::move(keys), kStandsFor,
             true);
    forms.push_back(b);
    mn.after = e + 1;  // (its predicate follows the brackets: "… (Chi cục HQCK cảng SGKV 1) thực hiện …")
  }
  // (there, inside its brackets, it is the body named already, no second one)
  if (!forms.empty())
    ms.erase(std::remove_if(ms.begin(), ms.end(),
                            [&](const Mention& x) { return std::count(forms.begin(), forms.end(), x.b) > 0; }),
             ms.end());
}

void LocalNames::add_name(std::string words, std::vector<std::string> keys, const char* expansion, bool anywhere) {
  AgencyEntry a;
  a.kind = K::office;
  a.expansion = expansion;
  a.words = std::move(words);
  a.keys = std::move(keys);
  names_.push_back(std::move(a));
  anywhere_.push_back(anywhere);
}

void LocalNames::hits(const std::vector<Tok>& t, std::size_t i, std::vector<AgencyRegistry::Hit>& out) const {
  for (std::size_t n = 0; n < names_.size(); ++n) {
    const AgencyEntry& a = names_[n];
    std::size_t k = 0;
    while (k < a.keys.size() && i + k < t.size() && (t[i + k].word || anywhere_[n]) && t[i + k].key == a.keys[k])
      ++k;
    if (k == a.keys.size() && (anywhere_[n] || acts(t, i + k)))
      out.push_back({static_cast<std::uint32_t>(k), K::office, false, &a});
  }
}

std::size_t LocalNames::printed_at(const std::vector<Tok>& t, std::size_t i, const AgencyEntry** e) const {
  std::size_t best = 0;
  for (const AgencyEntry& a : names_) {
    std::size_t k = 0;
    while (k < a.keys.size() && i + k < t.size() && t[i + k].word && t[i + k].key == a.keys[k]) ++k;
    if (k == a.keys.size() && k > best) {
      best = k;
      *e = &a;
    }
  }
  return best;
}

const AgencyEntry* LocalNames::named(const std::vector<Tok>& t, std::size_t b, std::size_t e) const {
  for (const AgencyEntry& a : names_) {
    std::size_t k = 0, q = b;
    for (; q < e; ++q) {
      if (!t[q].word) continue;
      if (k >= a.keys.size() || t[q].key != a.keys[k]) break;
      ++k;
    }
    if (q == e && k == a.keys.size()) return &a;
  }
  return nullptr;
}

void LocalNames::define(const std::vector<Tok>& t, std::vector<Mention>& ms) const {
  if (names_.empty()) return;
  for (std::size_t p = 0; p < t.size(); ++p) {
    const std::size_t b = definition_at(t, p);
    const std::size_t c = b ? name_end(t, b) : std::string::npos;
    const AgencyEntry* n = c == std::string::npos ? nullptr : named(t, b, c);
    if (!n) continue;
    // the defined phrase: from the first body word of the clause ("Trước
    // ngày …, cơ quan, đơn vị quản lý …") to the parenthesis
    std::size_t cs = p;
    while (cs > 0 && !(!t[cs - 1].word && (t[cs - 1].text == ";" || t[cs - 1].text == "." || t[cs - 1].text == ":")))
      --cs;
    std::size_t q = cs;
    while (q < p && !body_word(t, q)) ++q;
    if (q == p) continue;
    // (a registry name inside the phrase is the actor itself: "giao Phòng kinh tế thực hiện
    // … (sau đây gọi chung là Cơ quan đăng ký kinh doanh cấp huyện)")
    if (std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.b >= q && m.e <= p && !named(t, m.b, m.e); }))
      continue;
    Mention d{q, p, false, K::office, n};
    d.name = n->words;
    d.after = c + 1;
    ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) { return m.e > q && m.b <= c; }), ms.end());
    insert_mention(ms, d);
    p = c;
  }
}

void duty_subjects(const std::vector<Tok>& t, std::vector<Mention>& ms) {
  const std::size_t n = t.size();
  auto at = [&](std::size_t i, std::string_view k) { return i < n && t[i].word && t[i].key == k; };
  for (std::size_t b = 0; b + 3 < n; ++b) {
    // a sentence's first word, capitalised ("1. Cơ quan …", "… giá. Cơ quan …")
    if (!t[b].word || !t[b].upper || !((at(b, "cơ") && at(b + 1, "quan")) || (at(b, "đơn") && at(b + 1, "vị")))) continue;
    bool opens = true;
    for (std::size_t q = b; q > 0 && opens; --q) {
      const Tok& x = t[q - 1];
      if (x.word) opens = false;
      else if (x.text == "." || x.text == ";" || x.text == ":") break;
    }
    if (!opens) continue;
    // its qualifier: lower-case words, no punctuation, no name of the registry's
    std::size_t q = b + 2;
    while (q < n && q < b + 12 && t[q].word && !t[q].upper && !(at(q, "có") && at(q + 1, "trách")) &&
           !(at(q, "chịu") && at(q + 1, "trách")) && !(at(q, "có") && at(q + 1, "nhiệm") && at(q + 2, "vụ")))
      ++q;
    const bool duty = (at(q, "có") || at(q, "chịu")) && (at(q + 1, "trách") || at(q + 1, "nhiệm"));
    if (!duty || q == b + 2) continue;
    if (std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.b < q && m.e > b; })) continue;
    const Mention d{b, q, false, K::office};
    insert_mention(ms, d);
  }
}

}  // namespace vanban::link_detail
