#include "vanban/link.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "mentions.h"
#include "subjects.h"
#include "table_rows.h"
#include "text_words.h"
#include "tokens.h"
#include "vanban/fold.h"

namespace vanban {

using namespace link_detail;

namespace {

struct Jurisdiction {
  std::string level;  // "tỉnh", "thành phố", "huyện", "xã" … as printed in the issuer
  std::string name;   // "Ninh Bình"
  bool province = false, district = false, commune = false;
};

Jurisdiction jurisdiction_of(const Meta& m) {
  Jurisdiction j;
  if (!m.issuer) return j;
  const std::string& s = *m.issuer;
  static const char* levels[] = {" thành phố ", " thị xã ", " thị trấn ", " tỉnh ", " huyện ", " quận ", " xã ", " phường ", " đặc khu "};
  std::size_t best = std::string::npos;
  std::string lv;
  for (const char* l : levels) {
    std::size_t p = fold_key(s).find(l);
    if (p != std::string::npos && (best == std::string::npos || p < best)) {
      best = p;
      lv = std::string(l).substr(1, std::string(l).size() - 2);
    }
  }
  if (best == std::string::npos) return j;
  // fold_key keeps byte lengths for Vietnamese letters; cut the original
  std::string rest = s.substr(best + 1);
  if (rest.size() <= lv.size() + 1) return j;
  j.level = lv;
  j.name = rest.substr(lv.size() + 1);
  static const std::set<std::string> cities = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"};
  if (lv == "tỉnh" || (lv == "thành phố" && cities.count(fold_key(j.name)))) j.province = true;
  else if (lv == "huyện" || lv == "quận" || lv == "thị xã" || lv == "thành phố") j.district = true;
  else j.commune = true;
  return j;
}

class Linker {
 public:
  Linker(Document& doc, const AgencyRegistry& reg)
      : doc_(doc), reg_(reg), j_(jurisdiction_of(doc.meta)),
        report_(doc.meta.doc_type && fold_key(*doc.meta.doc_type) == "báo cáo") {}

  void run() {
    // a letter's paragraphs narrate and quote as much as they direct: only
    // requests ("đề nghị", "yêu cầu", "giao") and duty statements count there
    for (const Paragraph& b : doc_.body) {
      std::string k = fold_key(b.text);
      // ("Căn cứ văn bản này, các cơ quan … triển khai" closes a letter: a directive)
      const bool closing = starts_any(k, {"căn cứ văn bản này", "căn cứ công văn này", "căn cứ nội dung trên",
                                          "căn cứ kế hoạch này"});
      const bool basis = starts_any(k, {"căn cứ"}) && !closing;
      if (starts_any(k, {"ngày", "trả lời", "\"", "“"}) || basis || (!k.empty() && k[0] >= '0' && k[0] <= '9'))
        continue;
      line_ = b.line;
      const TextWords w(b.text, folds_);
      scan("body", w, false, nullptr, !closing);
    }
    for (auto& p : doc_.provisions) visit(p);
    // a task table's rows: one task each, its bodies read from their columns
    for (const RowTask& r : table_tasks(doc_)) {
      line_ = r.line;
      when_ = r.when;
      for (const std::string& cell : r.lead)
        for (const auto& [agency, printed] : names_in(cell)) add(r.eid, agency, printed, Role::lead, Scope::provision);
      for (const std::string& cell : r.coordinate)
        for (const auto& [agency, printed] : names_in(cell)) add(r.eid, agency, printed, Role::coordinate, Scope::provision);
    }
    find_unassigned();
  }

 private:
  Document& doc_;
  const AgencyRegistry& reg_;
  Jurisdiction j_;
  bool report_;  // a báo cáo: narrates and proposes upwards
  std::set<std::tuple<std::string, std::string, int>> seen_;

  // fold_key of what the linker folds again and again (the issuer, its level
  // and place, names and mentions, headings), once per document each
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  mutable std::unordered_map<std::string, std::string, Hash, std::equal_to<>> folded_;
  const std::string& fold(std::string_view s) const {
    auto it = folded_.find(s);
    if (it == folded_.end()) it = folded_.emplace(std::string(s), fold_key(s)).first;
    return it->second;
  }

  // The words of tokens [b, e) with abbreviations expanded (the Finder knows
  // the registry's entries at each word of t).
  static std::string expand(const Finder& f, const std::vector<Tok>& t, std::size_t b, std::size_t e) {
    std::string s;
    for (std::size_t i = b; i < e; ++i) {
      const AgencyEntry* a = nullptr;
      std::string w(t[i].text);
      if (t[i].word && f.m(i, {K::abbr}, &a) == 1 && a) w = a->expansion;
      bool glue = !t[i].word && (t[i].text == "," || t[i].text == ":" || t[i].text == ")");
      if (!s.empty() && !glue && !(i > b && t[i - 1].text == "(")) s += ' ';
      s += w;
    }
    return s;
  }

  // The agency is the issuer itself ("Sở Công Thương Lào Cai" for "Sở Công
  // Thương tỉnh Lào Cai"): compared without level words.
  bool is_issuer(const std::string& agency) const {
    if (!doc_.meta.issuer) return false;
    auto bare = [this](const std::string& s) {
      const std::string k = fold(s);
      std::string out;
      for (std::size_t b = 0; b < k.size();) {
        std::size_t e = k.find(' ', b);
        if (e == std::string::npos) e = k.size();
        const std::string_view w(k.data() + b, e - b);
        if (!w.empty() && !is_place_word(w)) (out += w) += ' ';
        b = e + 1;
      }
      return out;
    };
    return bare(agency) == bare(*doc_.meta.issuer);
  }

  // The canonical names a mention stands for.
  std::vector<std::string> resolve(const Finder& f, const std::vector<Tok>& t, const Mention& mn) const {
    std::string name = mn.name.empty() ? capitalise(expand(f, t, mn.b, mn.e)) : mn.name;
    if (mn.collective) return {name};
    // an office of the issuer's own ("Chánh Văn phòng", "Trưởng phòng", "Kế toán"
    // in its internal rules): registered with "issuer" as its expansion
    if (mn.kind == K::office && mn.entry && mn.entry->expansion == "issuer" && doc_.meta.issuer)
      return {name + " " + *doc_.meta.issuer};
    // the Front acts through its committee: "Mặt trận Tổ quốc Việt Nam tỉnh" → "Ủy ban Mặt trận …"
    if (starts_any(fold(name), {"mặt trận tổ quốc"})) name = "Ủy ban " + name;
    if (mn.kind == K::sector && mn.entry) {
      // "Sở Tư pháp|Phòng Tư pháp|Văn phòng HĐND và UBND": the office at the issuer's level
      const std::string& x = mn.entry->expansion;
      std::size_t p1 = x.find('|'), p2 = x.find('|', p1 + 1);
      std::string office = j_.province ? x.substr(0, p1)
                           : j_.district ? x.substr(p1 + 1, p2 - p1 - 1)
                           : j_.commune  ? x.substr(p2 + 1)
                                         : std::string();
      if (office.empty()) return {name};
      // "Thuế tỉnh" already names its level: only the place follows
      const std::string lv = " " + j_.level;
      if (office.size() > lv.size() && office.compare(office.size() - lv.size(), lv.size(), lv) == 0)
        return {office + " " + j_.name};
      return {office + " " + j_.level + " " + j_.name};
    }
    std::string key = fold(name);
    // "Ủy ban nhân dân các huyện: A, B và C" → one per place
    std::size_t colon = name.find(": ");
    std::size_t cac = key.rfind(" các ");
    if (colon != std::string::npos && cac != std::string::npos && cac < colon) {
      std::string prefix = name.substr(0, cac);
      std::string place = name.substr(cac + 6, colon - cac - 6);  // " các " is 6 bytes
      std::vector<std::string> out;
      std::string list = name.substr(colon + 2);
      for (std::size_t p = 0; p < list.size();) {
        std::size_t q = std::string::npos;
        for (const char* sep : {", ", " và "}) {
          std::size_t r = list.find(sep, p);
          if (r != std::string::npos && (q == std::string::npos || r < q)) q = r;
        }
        std::string item = list.substr(p, q == std::string::npos ? std::string::npos : q - p);
        if (!item.empty()) out.push_back(prefix + " " + place + " " + item);
        if (q == std::string::npos) break;
        p = q + (list.compare(q, 2, ", ") == 0 ? 2 : 5);
      }
      if (!out.empty()) return out;
    }
    // "Chánh Văn phòng Bộ", "Giám đốc Sở": a bare head word is the issuer itself
    if (doc_.meta.issuer && mn.e - mn.b >= 2 && t[mn.e - 1].word) {
      const std::string last(t[mn.e - 1].key);
      const std::string ik = fold(*doc_.meta.issuer);
      if ((last == "bộ" || last == "sở" || last == "cục" || last == "tổng cục" || last == "ban") &&
          t[mn.e - 1].upper && starts_any(ik, {last.c_str()}))  // "Vụ Tổ chức cán bộ" keeps its "bộ"
        return {name.substr(0, name.size() - t[mn.e - 1].text.size()) + *doc_.meta.issuer};
    }
    // "Ủy ban nhân dân cấp huyện, cấp xã": one body per level
    {
      static const std::string cap = " cấp ";
      std::size_t p1 = name.find(cap), p2 = p1 == std::string::npos ? p1 : name.find(", cấp ", p1 + 1);
      if (p2 != std::string::npos && name.find(',', p1 + cap.size()) == p2) {
        std::string base = name.substr(0, p1);
        std::vector<std::string> out{name.substr(0, p2)};
        for (std::size_t q = p2; q != std::string::npos;) {
          std::size_t next = name.find(", cấp ", q + 2);
          std::string level = name.substr(q + 2, next == std::string::npos ? std::string::npos : next - q - 2);
          out.push_back(base + " " + level);
          q = next;
        }
        if (out.size() > 1) return out;
      }
    }
    if (j_.level.empty()) return {name};
    // a local body with no level at all ("Thường trực Hội đồng nhân dân", "các
    // Ban của Hội đồng nhân dân" in a provincial council's resolution): the issuer's
    if (mn.kind == K::local && mn.entry && !has_any(key, {"tỉnh", "huyện", "xã", "phường", "quận", "thành phố",
                                                          "thị xã", "cấp", "các", "trung ương", "đặc khu"})) {
      const std::string ek = fold(mn.entry->words);
      if (key.size() >= ek.size() && key.compare(key.size() - ek.size(), ek.size(), ek) == 0)
        return {name + " " + j_.level + " " + j_.name};
    }
    // a bare level word at the end: "Ủy ban nhân dân tỉnh" → "… tỉnh Ninh Bình"
    std::string lv = " " + fold(j_.level);
    if (key.size() >= lv.size() && key.compare(key.size() - lv.size(), lv.size(), lv) == 0 &&
        key.find(" các ") == std::string::npos)
      return {name + " " + j_.name};
    std::string k2 = key;  // "Xã hội" names a field, not a commune
    static const std::string xa_hoi = "xã hội";
    for (std::size_t p = k2.find(xa_hoi); p != std::string::npos; p = k2.find(xa_hoi)) k2.replace(p, xa_hoi.size(), "-");
    // "Sở Công Thương Lào Cai": the place is already named, without its level word
    const std::string jk = " " + fold(j_.name);
    const bool has_place = has_any(k2, {"tỉnh", "huyện", "thành phố", "xã", "phường", "quận", "thị xã", "trung ương", "cấp"}) ||
                           (key.size() > jk.size() && key.compare(key.size() - jk.size(), jk.size(), jk) == 0);
    const bool provincial = mn.entry && mn.entry->kind == K::province && mn.b + mn.entry->keys.size() <= mn.e;
    // a proper name has a capitalised field word ("Sở Tài chính"); "Sở quản lý ngành" is generic
    bool proper = !mn.name.empty();
    for (std::size_t k = mn.b; !proper && k + 1 < mn.e; ++k)
      if (t[k].key == "sở" || t[k].key == "phòng" || (mn.entry && t[k].key == mn.entry->keys[0])) {
        proper = t[k + 1].upper;
        // a registered provincial name is proper when it names something ("Công ty Điện lực")
        if (!proper && mn.entry && t[k].key == mn.entry->keys[0] && mn.entry->kind == K::province)
          proper = mn.entry->proper;
        break;
      }
    // (after an office too: "Giám đốc Sở Tài chính" → "… tỉnh Tuyên Quang")
    const bool so = starts_any(key, {"sở"}) || (proper && key.find(" sở ") != std::string::npos);
    if (!has_place && proper && (((so || provincial) && j_.province) || (starts_any(key, {"phòng"}) && j_.district)))
      return {name + " " + j_.level + " " + j_.name};
    return {name};
  }

  When when_;
  WordFolds folds_;  // the document's words, folded once
  struct ChildDuty {
    bool sup = false, coord = false;
  };
  std::unordered_map<const Provision*, ChildDuty> child_keys_;  // what children's openings say, once each
  // a provision's text tokenized when its parent read its opening, kept for its own scan
  std::unordered_map<const std::string*, std::unique_ptr<TextWords>> words_;
  std::unordered_map<const Provision*, bool> asks_;  // a leaf's words ask for action (asks_action), from its scan
  const TextWords& words_of(const std::string& text) {
    auto& w = words_[&text];
    if (!w) w = std::make_unique<TextWords>(text, folds_);
    return *w;
  }
  int line_ = 0;                    // source line of the text being scanned
  std::set<std::string> flagged_;   // names already reported as out of date

  // The 2025 reform: district bodies, and departments merged away, named in
  // a document dated after they ended (or new ones before they began).
  void check_validity(const Mention& mn, const std::string& printed) {
    if (!doc_.meta.date) return;
    const std::string& date = *doc_.meta.date;
    std::string from, until, what;
    if (mn.entry) {
      from = mn.entry->valid_from;
      until = mn.entry->valid_until;
      what = mn.entry->words;
    }
    std::string k = fold(printed);
    if (until.empty() && mn.kind == K::local && (has_any(k, {"huyện", "quận", "thị xã"}) && !has_any(k, {"các"}))) {
      until = "2025-06-30";  // the district tier ended on 1 July 2025
      what = printed;
    }
    bool late = !until.empty() && date > until, early = !from.empty() && date < from;
    if (!(late || early) || !flagged_.insert(fold(what)).second) return;
    Diagnostic d;
    d.code = "link.out-of-date-agency";
    d.file = doc_.source;
    d.line = line_;
    d.column = 1;
    d.message = "'" + printed + "' is named in a document dated " + date +
                (late ? ", but that body ended on " + until : ", but that body began on " + from) +
                " (2025 reform of local government); check the agency";
    doc_.diagnostics.push_back(std::move(d));
  }

  void add(const std::string& eid, const std::string& agency, const std::string& mention, Role r, Scope s) {
    if (!seen_.insert({eid, fold(agency), (int)r}).second) return;
    Assignment a;
    a.eid = eid;
    a.agency = agency;
    a.mention = mention;
    a.role = r;
    a.scope = s;
    a.deadline = when_.deadline;
    a.recurrence = when_.recurrence;
    a.time_words = when_.words;
    doc_.assignments.push_back(std::move(a));
  }

  // The bodies a table cell names ("Sở Công Thương; Sở Xây dựng", "Các Sở,
  // ban, ngành và UBND các xã, phường"), resolved as names in the text are.
  std::vector<std::pair<std::string, std::string>> names_in(const std::string& cell) {
    std::vector<std::pair<std::string, std::string>> out;
    std::vector<Tok> t = tokenize(cell, folds_);
    Finder f(reg_, t);
    const KeyText keys(cell, t);
    for (const Mention& mn : f.find()) {
      if (mn.collective && private_parties(keys.joined(mn.b, mn.e))) continue;
      std::string printed = cell.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin);
      check_validity(mn, printed);
      for (std::string& a : resolve(f, t, mn)) out.emplace_back(std::move(a), printed);
    }
    return out;
  }

  // Adds the assignments of one provision's words (its heading or its text).
  void scan(const std::string& eid, const TextWords& words,
                             bool heading, const Provision* owner = nullptr, bool request_only = false) {
    const std::string& text = words.text;
    const std::vector<Tok>& t = words.t;
    Finder f(reg_, t);
    std::vector<Mention> ms = f.find();
    if (ms.empty()) return;
    extend_subjects(f, t, ms);
    const KeyText& keys = words.keys;  // the clauses' keys, folded once
    static const bool debug = std::getenv("VANBAN_LINK_DEBUG") != nullptr;
    if (debug)
      for (auto& x : ms) std::fprintf(stderr, "%s: [%s]\n", eid.c_str(), text.substr(t[x.b].begin, t[x.e - 1].end - t[x.b].begin).c_str());
    // clauses: split at ";" and sentence full stops
    std::vector<std::size_t> cut;
    const bool lifted = owner && !owner->children.empty();
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
      if (lifted && !t[i].word && t[i].text == ":" && t[i + 1].upper) cut.push_back(i);
    auto ellipsis = [&](std::size_t i) {  // "Ngân hàng Nhà nước Việt Nam... giải quyết": the list trails off
      return (i > 0 && t[i - 1].text == ".") || (i + 1 < t.size() && t[i + 1].text == ".");
    };
    for (std::size_t i = 0; i < t.size(); ++i)
      if (!t[i].word && (t[i].text == ";" || (t[i].text == "." && !ellipsis(i) && (i + 1 == t.size() || t[i + 1].upper ||
                                                                    (t[i + 1].word && !std::isdigit((unsigned char)t[i + 1].text[0]))))))
        cut.push_back(i);
    std::sort(cut.begin(), cut.end());
    auto clause_of = [&](std::size_t i) {
      auto it = std::lower_bound(cut.begin(), cut.end(), i);  // first cut at or after i
      std::size_t b = it == cut.begin() ? 0 : *(it - 1) + 1, e = it == cut.end() ? t.size() : *it;
      return std::pair{b, e};
    };
    // the last ":" before each token in its clause (npos when none): labels
    // are looked up per group, and long clauses hold many groups
    std::vector<std::size_t> colon_before(t.size() + 1, std::string::npos);
    {
      std::size_t next_cut = 0, last = std::string::npos;
      for (std::size_t i = 0; i < t.size(); ++i) {
        colon_before[i] = last;
        if (next_cut < cut.size() && cut[next_cut] == i) {
          last = std::string::npos;
          ++next_cut;
        } else if (!t[i].word && t[i].text == ":") {
          last = i;
        }
      }
    }
    const bool ends_colon = !t.empty() && t.back().text == ":";
    // the provision only names the body ("1. Sở Công Thương", "Sở Tư pháp có
    // trách nhiệm:"): its children list the duties, whose verbs give the roles
    bool names_only = false;
    bool child_sup = false, child_coord = false;
    if (owner && !owner->children.empty()) {
      std::size_t k = ms.back().e;
      const std::string_view rest = keys.joined(k, t.size());
      bool joined = true;
      for (std::size_t a = 1; a < ms.size(); ++a)
        for (std::size_t q = ms[a - 1].e; q < ms[a].b; ++q) {
          const std::string_view x = t[q].word ? t[q].key : t[q].text;
          if (!(x == "," || x == "và" || x == ";")) joined = false;
        }
      const std::string_view lead_in = keys.joined(0, ms.front().b);
      const bool duty_lead_in = starts_any(lead_in, {"trách nhiệm", "nhiệm vụ"}) && lead_in.size() >= 4 &&
                                lead_in.compare(lead_in.size() - 4, 4, " của") == 0;
      names_only = heading ? joined : joined && (lead_in.empty() || lead_in == "-" || lead_in == "+" || duty_lead_in) &&
                   (rest.empty() || rest == ":" || rest == "." ||
                    starts_any(rest, {"có trách nhiệm", "chịu trách nhiệm", "thực hiện", "chủ trì", ": chủ trì", "tham mưu",
                                      "có nhiệm vụ"}));
      if (names_only) {
        for_each_provision(owner->children, [&](const Provision& c) {
          auto [it, fresh] = child_keys_.try_emplace(&c);
          if (fresh) {
            std::string own;
            const std::string_view ck = words_of(c.text).head_key(400, own);
            it->second.sup = has_any(ck, {"giám sát", "theo dõi", "đôn đốc", "kiểm tra"});
            it->second.coord = starts_any(ck, {"phối hợp"}) && !starts_any(ck, {"phối hợp với", "phối hợp chặt chẽ với"});
          }
          child_sup = child_sup || it->second.sup;
          child_coord = child_coord || it->second.coord;
        });
      }
    }
    // groups of mentions joined by "," / "và" / "các"
    std::size_t clause_b = std::string::npos, clause_e = 0;
    std::string_view clause;
    When clause_when;
    std::size_t g = 0;
    bool prev_coord = false;       // the previous group of this clause coordinates
    bool prev_lead = false;        // … or leads / supervises
    bool last_lead = false, last_coord = false, last_sup = false;  // the previous group's roles
    std::size_t prev_clause = std::string::npos;
    while (g < ms.size()) {
      std::size_t h = g + 1;
      while (h < ms.size()) {
        bool joined = true;
        for (std::size_t k = ms[h - 1].e; k < ms[h].b; ++k) {
          const std::string_view x = t[k].word ? t[k].key : t[k].text;
          if (!(x == "," || x == "và" || x == "cùng" || x == "-" || x == "/" || x == "hoặc" || x == ";" || x == "các"))
            joined = false;
          // "… đến Hội đồng nhân dân cấp trên; Thường trực Hội đồng nhân dân cấp tỉnh báo cáo …":
          // after objects, a name with its own verb opens a new clause
          if (x == ";" && f.m(ms[h].e, {K::stop}) > 0 && ms[g].b > 0 && t[ms[g].b - 1].word &&
              (t[ms[g].b - 1].key == "đến" || t[ms[g].b - 1].key == "cho" || t[ms[g].b - 1].key == "với" ||
               t[ms[g].b - 1].key == "của" || t[ms[g].b - 1].key == "tại"))
            joined = false;
        }
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
                                    t[ms[g].b - 1].key == "cho");
        if (comma && object_before && ms[last].e < t.size() && t[ms[last].e].word && f.m(ms[last].e, {K::stop}))
          h = last;
      }
      auto [cb, ce0] = clause_of(ms[g].b);
      std::size_t ce = clause_of(ms[h - 1].b).second;
      (void)ce0;
      std::size_t prev_end = g > 0 && clause_of(ms[g - 1].b).first == cb ? ms[g - 1].e : cb;
      const std::string_view pre = keys.joined(prev_end, ms[g].b);

      // a parenthesis of members after the names: the predicate follows it
      std::size_t post_b = ms[h - 1].after ? ms[h - 1].after : ms[h - 1].e, h2 = h;
      while (h2 < ms.size() && ms[h2].aside && ms[h2].b < post_b) ++h2;
      std::size_t next_b = h2 < ms.size() && ms[h2].b < ce ? ms[h2].b : ce;
      const std::string post(keys.joined(post_b, next_b));
      bool post_words = false;  // "a) Văn phòng;" lists a unit, it directs nothing
      for (std::size_t q = ms[h - 1].e; q < next_b && q < t.size(); ++q) post_words = post_words || t[q].word;
      // "b) Chi cục Hải quan, Đội Kiểm soát Hải quan và đơn vị tương đương." names units, directs nothing
      if (ms[h - 1].e < t.size() && (t[ms[h - 1].e].key == "và" || t[ms[h - 1].e].key == "hoặc")) {
        bool verb = false;
        for (std::size_t q = ms[h - 1].e + 1; q < next_b && q < t.size() && !verb; ++q)
          verb = t[q].word && f.m(q, {K::stop}) > 0;
        if (!verb) post_words = false;
      }
      // the clause's words and time phrases, once per clause
      if (cb != clause_b || ce != clause_e) {
        clause_b = cb;
        clause_e = ce;
        clause = keys.joined(cb, ce);
        clause_when = ce > cb ? when_of(std::string_view(text).substr(t[cb].begin, t[ce - 1].end - t[cb].begin),
                                        keys, cb, ce)
                              : When{};
      }
      // strip bullets from pre
      std::string p2(pre == ":" ? keys.joined(cb, ms[g].b) : pre);  // "phối hợp giữa các cơ quan: A, B và C"
      while (!p2.empty() && (p2[0] == '-' || p2[0] == '+' || p2[0] == ' ' || p2[0] == '*')) p2.erase(0, 1);
      while (!p2.empty() && p2.back() == ' ') p2.pop_back();
      bool lead = false, coord = false, sup = false;
      auto ends = [&](std::string_view x, std::initializer_list<std::string_view> ws) {
        for (const std::string_view k : ws) {
          if (x.size() >= k.size() && x.compare(x.size() - k.size(), k.size(), k) == 0 &&
              (x.size() == k.size() || x[x.size() - k.size() - 1] == ' '))
            return true;
        }
        return false;
      };
      // "Nhiệm vụ và hoạt động của Tổng cục Hải quan", "Trách nhiệm chung của các cơ quan"
      const bool duty_of = ends(p2, {"của"}) && starts_any(p2, {"trách nhiệm", "nhiệm vụ"});
      const bool raised = has_any(p2, {"nâng cao trách nhiệm của", "nâng cao vai trò của", "tăng cường trách nhiệm của"});
      bool subject = p2.empty() || duty_of ||
                     (ends(p2, {",", "giao", "giao cho", "đề nghị", "yêu cầu", "trách nhiệm của", "nhiệm vụ của", "riêng", "thì",
                                "vai trò của", "vai trò , trách nhiệm của"}) && !raised) ||
                     p2 == "đối với" ||  // "Đối với Sở Tư pháp: …", not "… đối với các đơn vị"
                     ((p2 == "tổ chức thực hiện" || p2 == "trách nhiệm thực hiện" || p2 == "phân công thực hiện" ||
                       p2 == "phân công nhiệm vụ") &&
                      t[ms[g].b].upper);  // a label line glued to the names that follow
      bool label_coord = false, label_sup = false;
      // "Cơ quan phối hợp: …", "Đơn vị thực hiện: …": the label before the
      // clause's colon gives the role of every name listed after it
      std::string label = p2;
      bool after_label = ends(p2, {":"});
      if (!after_label) {
        const std::size_t q = colon_before[ms[g].b];
        if (q != std::string::npos && q >= cb) {
          label = keys.joined(cb, q + 1);
          after_label = true;
        }
      }
      if (after_label && (!subject || !ends(p2, {":"}))) {
        std::string lk = label;
        while (!lk.empty() && (lk[0] == '-' || lk[0] == '+' || lk[0] == ' ')) lk.erase(0, 1);
        bool is_label = std::count(lk.begin(), lk.end(), ' ') <= 5 &&
                        starts_any(lk, {"cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định",
                                        "tổ chức", "phê duyệt", "phối hợp", "giám sát"});
        if (is_label) {
          if (has_any(lk, {"phối hợp"})) label_coord = true;
          else if (has_any(lk, {"giám sát", "theo dõi", "kiểm tra"})) label_sup = true;
          subject = true;
        } else if (ends(p2, {":"})) {
          // "Tăng cường phối hợp giữa các cơ quan: A, B và C"
          if (has_any(p2, {"phối hợp"})) label_coord = true;
          else if (has_any(p2, {"giám sát", "theo dõi"})) label_sup = true;
          subject = has_any(p2, {"các ông", "cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định", "tổ chức",
                                 "phê duyệt"});
        }
      }
      // a report (báo cáo) goes up to its superior: its "đề nghị Bộ …" is a
      // proposal to the reader, not a task the report can give
      if (report_ && ends(p2, {"đề nghị", "kiến nghị", "đề xuất"})) subject = false;
      // "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì …": an account of a past request
      // (and so are the bodies it was to work with)
      const bool told = has_any(keys.joined(cb, ms[g].b), {"đã giao", "đã yêu cầu", "đã đề nghị", "đã chỉ đạo"});
      if (told) subject = false;
      if (request_only && !ends(p2, {"giao", "giao cho", "đề nghị", "yêu cầu"}) &&
          !starts_any(post, {"có trách nhiệm", "chịu trách nhiệm", "chủ trì"}))
        subject = false;
      // ", trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …": the verb
      // comes after a parenthetical phrase
      // "Đề nghị Ủy ban Mặt trận … và các cơ quan liên quan: Tăng cường giám sát …"
      std::string post2 = strip_parenthetical(post.rfind(": ", 0) == 0 && subject ? post.substr(2) : post);
      for (const char* pfx : {"có trách nhiệm", "chịu trách nhiệm", "căn cứ chức năng , nhiệm vụ ,", "chủ động",
                              "tăng cường", "thường xuyên", "tổ chức"}) {
        if (starts_any(post2, {pfx})) post2 = post2.substr(std::min(post2.size(), std::string(pfx).size() + 1));
      }
      // the agent of an owed passive ("phải được Sở quản lý ngành phối hợp cùng …
      // thẩm định"); not "do X chủ trì", which names who leads something else
      if (!subject && ends(p2, {"phải được"}) &&
          starts_any(post2, {"chủ trì", "phối hợp", "thẩm định", "tổ chức", "triệu tập", "thực hiện", "kiểm tra",
                             "giám sát", "hướng dẫn", "tiếp nhận"}))
        subject = true;
      // a delegation closing its sentence ("Nội dung hỗ trợ cụ thể do Ủy ban nhân
      // dân tỉnh quy định;", "… do Trưởng đoàn phân công."); not a form or a case
      // that a rule defines ("theo mẫu do Bộ … quy định", "trường hợp khác do …")
      auto verb_before = [&] {  // "… giúp Chánh Thanh tra thực hiện nhiệm vụ do Chánh Thanh tra phân công"
        const std::string_view before = keys.joined(cb, ms[g].b);
        return has_any(before, {"là", "giúp", "thực hiện", "được"});
      };
      if (!subject && ends(p2, {"do"}) && !ends(p2, {"theo mẫu do", "khác do"}) &&
          std::string_view(clause).find("theo ") == std::string_view::npos && !verb_before() &&
          (post2 == "quy định" || post2 == "quy định cụ thể" || post2 == "quy định chi tiết" || post2 == "phân công" ||
           post2 == "quy định ." || post2 == "phân công ." || post2 == "quy định cụ thể ." || post2 == "quy định ;"))
        subject = true;
      // "Dự toán kinh phí: Ủy ban nhân dân thành phố Tam Điệp tổ chức lập …":
      // a topic label, then a sentence whose subject is the body
      if (!subject && ends(p2, {":"}) && directive_verb(post)) subject = true;
      // powers, and a body that only speaks or directs ("HĐND tỉnh tán thành …", "… yêu cầu UBND tỉnh")
      bool power = starts_any(post2, {"có quyền", "được", "không", "xem xét", "quyết định", "phê duyệt", "là", "của",
                                      "thuộc", "tán thành", "quyết nghị", "có thể", "chỉ định", "thảo luận", "bầu", "chấp thuận", "nhất trí", "ghi nhận", "yêu cầu", "giao",
                                      "đề nghị", "cấp giấy", "cấp phép", "cấp , gia hạn", "cấp lại", "thành lập khi",
                                      "thống nhất quản lý", "chịu sự", "ban hành quyết định"}) &&
                   !starts_any(post2, {"giao nộp"});  // "giao nộp hồ sơ" is a task
      power = power || narrates(post2);
      // "Tổng cục Thuế là cơ quan chịu trách nhiệm in, phát hành …": a duty stated as what the body is
      if (power && starts_any(post2, {"là"}) &&
          has_any(std::string(head_of(post2, 60)), {"chịu trách nhiệm", "có trách nhiệm", "đầu mối"}))
        power = false;
      // a decision owed by a date is a duty ("Thường trực HĐND quyết định chương
      // trình giám sát … chậm nhất là 15 ngày …")
      if (power && starts_any(post2, {"quyết định", "xem xét"}) &&
          has_any(clause, {"chậm nhất", "trước ngày", "trong thời hạn", "hằng năm", "hàng năm"}))
        power = false;
      bool sup_verb = starts_any(post2, {"giám sát", "theo dõi", "kiểm tra", "đôn đốc", "thanh tra , kiểm tra"});
      // "phối hợp với các tổ chức kinh tế, Mặt trận Tổ quốc, các đoàn thể …":
      // a list broken by a name we do not take goes on with its role
      std::size_t gap = 0;
      bool gap_verb = false;  // "… đã được HĐND tỉnh thông qua, Thường trực HĐND …" is no list
      for (std::size_t q = prev_end; q < ms[g].b; ++q) {
        gap += t[q].word;
        gap_verb = gap_verb || (t[q].word && f.m(q, {K::stop}) > 0);
      }
      const bool list_goes_on = prev_clause == cb && ends(p2, {",", "và"}) && gap <= 6 && !gap_verb;
      // "… có sự giám sát, kiểm tra của Ban thanh tra nhân dân xã"
      const bool overseen_by = ends(p2, {"sự giám sát của", "sự giám sát , kiểm tra của", "sự kiểm tra , giám sát của"});
      if (overseen_by) {
        sup = true;
      } else if (list_goes_on && !prev_coord && !prev_lead &&
                 !(ms[h - 1].e < t.size() && t[ms[h - 1].e].word && f.m(ms[h - 1].e, {K::stop}))) {
        // (unless a verb follows: "Căn cứ kết quả … của Bộ X, Ủy ban nhân dân cấp tỉnh hoàn thiện …")
        subject = false;  // "các văn bản của Tỉnh ủy, Ban …, Ủy ban nhân dân tỉnh": objects all
      } else if (ends(p2, {"phối hợp với", "phối hợp", "cùng với", "phối hợp cùng", "phối hợp chặt chẽ với"}) ||
                 (list_goes_on && prev_coord)) {
        coord = true;
      } else if (label_coord && subject) {
        coord = true;
      } else if (label_sup && subject) {
        sup = true;
      } else if (subject && !power && (post_words || ends_colon || heading || names_only || ends(p2, {":"}))) {
        // "X (có trách nhiệm) phối hợp với Y làm …": X leads, Y coordinates;
        // "X phối hợp thực hiện" alone: X coordinates
        if (starts_any(post2, {"phối hợp"}) && !starts_any(post2, {"phối hợp với", "phối hợp cùng", "phối hợp chặt chẽ"}) &&
            !has_any(post2.substr(0, 30), {"trong việc"}))
          coord = true;
        else if (sup_verb) sup = true;
        else lead = true;
        std::string head2 = post2.substr(0, std::min<std::size_t>(post2.size(), 50));
        if (sup && has_any(head2, {"hướng dẫn", "chủ trì", "tổ chức"})) lead = true;
        // "hướng dẫn, theo dõi, đôn đốc": a second verb in the list, not the
        // noun in "quyết định chương trình giám sát"
        if (lead && has_any(head2, {", giám sát", ", theo dõi", "và giám sát", "và theo dõi"})) sup = true;
        // "…; tổ chức kiểm tra, đôn đốc việc thực hiện": the body's later
        // clauses (up to the next name) oversee the carrying out
        if (lead && !sup) {
          std::size_t h3 = h2;  // the next name that opens a clause: a new subject
          while (h3 < ms.size() && !opens_clause(t, ms[h3].b, false)) ++h3;
          sup = supervises(keys.joined(post_b, h3 < ms.size() ? ms[h3].b : t.size()));
        }
      }
      if (told) lead = coord = sup = false;
      // members named in a parenthesis after the subject share its roles
      if (ms[g].aside) {
        const bool member = ms[g].aside == 1;
        lead = member && last_lead;
        coord = member && last_coord;
        sup = member && last_sup;
        subject = member;
      }
      // a mention that is only the object of a verb ("báo cáo UBND tỉnh") or of "của"
      if (heading && !starts_any(fold(text), {"trách nhiệm", "nhiệm vụ", "tổ chức thực hiện"})) lead = sup = coord = false;
      bool doc_scope = false;
      for (const char* d : {"nghị quyết này", "quyết định này", "kế hoạch này", "chỉ thị này", "thông tư này",
                            "nghị định này", "luật này", "quy chế này", "quy định này", "công văn này", "văn bản này"}) {
        for (std::size_t q = clause.find(d); q != std::string::npos && !doc_scope; q = clause.find(d, q + 1)) {
          std::string_view before = clause.substr(q > 40 ? q - 40 : 0, q > 40 ? 40 : q);
          doc_scope = has_any(before, {"thi hành", "thực hiện", "triển khai", "thực hiện việc"});
        }
      }
      if (!doc_scope && doc_.meta.doc_type) {
        // "… thực hiện Nghị quyết." : the document's own kind closing the clause
        std::string dt = fold(*doc_.meta.doc_type);
        if (clause.size() > dt.size() && clause.compare(clause.size() - dt.size(), dt.size(), dt) == 0) {
          std::string_view before = clause.substr(0, clause.size() - dt.size());
          before = before.substr(before.size() > 40 ? before.size() - 40 : 0);
          doc_scope = has_any(before, {"thi hành", "thực hiện", "triển khai"});
        }
      }
      Scope sc = doc_scope ? Scope::document : Scope::provision;
      when_ = clause_when;
      if (names_only && (lead || sup)) {
        lead = true;
        sup = sup || child_sup;
        coord = child_coord;
      }
      // the issuer itself speaking ("Sở Công Thương Lào Cai thông báo cho các đơn vị")
      const bool speaks = starts_any(post2, {"thông báo", "đề nghị", "yêu cầu", "trân trọng", "kính đề nghị"});
      for (std::size_t k = g; k < h; ++k) {
        const Mention& mn = ms[k];
        if (mn.kind == K::office && !subject && !coord && !sup) continue;
        if (mn.collective && private_parties(keys.joined(mn.b, mn.e))) continue;
        std::string printed = text.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin);
        check_validity(mn, printed);
        for (const std::string& a : resolve(f, t, mn)) {
          if (speaks && is_issuer(a)) continue;
          if (heading && fold(printed).find("các") != std::string::npos) continue;  // umbrella heading
          if (lead) add(eid, a, printed, Role::lead, sc);
          if (coord) add(eid, a, printed, Role::coordinate, sc);
          if (sup) add(eid, a, printed, Role::supervise, sc);
        }
      }
      last_lead = lead;
      last_coord = coord;
      last_sup = sup;
      prev_coord = coord && !lead;
      prev_lead = lead || sup;
      prev_clause = cb;
      g = h;
    }
  }

  // Leaf provisions whose words ask for action ("Tổ chức tuyên truyền …",
  // "Rà soát, sửa đổi …") while neither they nor an ancestor name anyone,
  // and no document-scope implementer exists either.
  void find_unassigned() {
    std::set<std::string> assigned;
    for (const Assignment& a : doc_.assignments) assigned.insert(a.eid);
    std::vector<std::string> stack;
    std::function<void(const Provision&, bool)> walk = [&](const Provision& p, bool covered) {
      if (p.heading && p.kind == ProvisionKind::article &&
          starts_any(fold(*p.heading), {"đối tượng áp dụng", "phạm vi điều chỉnh", "giải thích từ ngữ",
                                            "hiệu lực", "điều khoản thi hành"}))
        return;
      covered = covered || assigned.count(p.eid) > 0;
      if (p.children.empty()) {
        if (covered) return;
        const auto it = asks_.find(&p);  // (from its scan, else folded here: articles left out of the scan)
        if (it != asks_.end() ? it->second : asks_action(fold_key(head_of(p.text, 60))))
          doc_.unassigned.push_back(p.eid);
        return;
      }
      for (const Provision& c : p.children) walk(c, covered);
    };
    for (const Provision& p : doc_.provisions) walk(p, false);
  }

  // (k: fold_key of the text's first 60 bytes or so, head_of)
  static bool asks_action(std::string_view k) {
    while (!k.empty() && (k[0] == '-' || k[0] == '+' || k[0] == ' ')) k.remove_prefix(1);
    return starts_any(k, {"tổ chức", "thực hiện", "triển khai", "tuyên truyền", "phổ biến", "rà soát", "xây dựng",
                          "hướng dẫn", "kiểm tra", "theo dõi", "báo cáo", "tham mưu", "đẩy mạnh", "tăng cường",
                          "nâng cao", "bố trí", "chủ động", "phối hợp", "chỉ đạo", "đôn đốc", "tiếp tục",
                          "nghiên cứu", "đề xuất", "hoàn thiện", "ban hành", "sửa đổi", "tập trung", "bảo đảm",
                          "đảm bảo", "quán triệt", "tổng hợp", "cập nhật", "giải quyết", "xử lý", "huy động",
                          "lồng ghép", "đánh giá", "sơ kết", "tổng kết", "khẩn trương", "thường xuyên"});
  }

  // A child that names its parent's body again is a directive of its own
  // (QĐ 3745/2021 Tây Ninh: "Điều 2. … Sở Tài nguyên và Môi trường, UBND
  // huyện … có trách nhiệm: 1. Sở Tài nguyên và Môi trường có trách nhiệm …"
  // has an entry on both); one that only lists duties inherits none.
  void visit(const Provision& p) {
    // "Đối tượng áp dụng", "Phạm vi điều chỉnh", "Giải thích từ ngữ": who the
    // document concerns, not who must act
    if (p.heading && p.kind == ProvisionKind::article &&
        starts_any(fold(*p.heading), {"đối tượng áp dụng", "phạm vi điều chỉnh", "giải thích từ ngữ",
                                          "phạm vi và đối tượng áp dụng"}))
      return;
    line_ = p.line;
    if (p.heading) scan(p.eid, TextWords(*p.heading, folds_), true, &p);
    {
      // its tokens when its parent read them already; dropped after its scan
      auto it = words_.find(&p.text);
      std::unique_ptr<TextWords> w = it == words_.end() ? nullptr : std::move(it->second);
      if (it != words_.end()) words_.erase(it);
      if (!w) w = std::make_unique<TextWords>(p.text, folds_);
      scan(p.eid, *w, false, &p);
      std::string own;
      if (p.children.empty()) asks_[&p] = asks_action(w->head_key(60, own));
    }
    for (auto& c : p.children) visit(c);
  }
};

}  // namespace

void link(Document& doc, const AgencyRegistry& reg) {
  // idempotent: linking again (another registry) replaces what linking found
  doc.assignments.clear();
  doc.unassigned.clear();
  doc.diagnostics.erase(std::remove_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                       [](const Diagnostic& d) { return d.code.rfind("link.", 0) == 0; }),
                        doc.diagnostics.end());
  Linker(doc, reg).run();
}

}  // namespace vanban
