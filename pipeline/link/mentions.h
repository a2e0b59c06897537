// Mention finding: where the words of a provision name a body, an office or a
// collective ("Sở Tài chính", "Chủ tịch Ủy ban nhân dân các huyện", "các sở,
// ban, ngành"), over tokens folded for case and tone placement.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "internal.h"

namespace vanban::link_detail {

// A document-local name's expansion (LocalNames): the mention's name is the entry's words, the body the
// name stands for ("Quý Sở" → the addressee, "Chi cục HQCK cảng SGKV 1" → the name before its brackets).
inline constexpr const char* kStandsFor = "stands_for";

struct Mention {
  Mention(std::size_t b_, std::size_t e_, bool collective_, AgencyKind kind_, const AgencyEntry* entry_ = nullptr)
      : b(b_), e(e_), collective(collective_), kind(kind_), entry(entry_) {}
  std::size_t b = 0, e = 0;  // token range [b, e)
  bool collective = false;
  AgencyKind kind = K::head;  // kind of the body's name
  const AgencyEntry* entry = nullptr;  // the registry entry that starts it, when one does
  std::string name;  // the name it stands for when not its own words ("Giám đốc Sở Tài chính")
  // named in a parenthesis after a subject: 1 a member acting with it ("Các Bộ
  // khác (Bộ Xây dựng, …) có trách nhiệm"), 2 its unit, which does not ("Bộ
  // Quốc phòng (Cục Bản đồ) có trách nhiệm")
  int aside = 0;
  std::size_t after = 0;  // for a subject followed by such a parenthesis: the token after it
};

// A described body [b, e) replaces the names found inside it (described.cpp).
void put_described(std::vector<Mention>& out, std::size_t b, std::size_t e);

// A word that links a name to what follows ("của", "thuộc", "ở" …): never an item's qualifier,
// never a name's last word.
inline bool function_word(std::string_view k) {
  return k == "và" || k == "hoặc" || k == "các" || k == "của" || k == "thuộc" || k == "trực" || k == "ở" || k == "tại" ||
         k == "trong" || k == "trên" || k == "về" || k == "theo" || k == "có" || k == "để" || k == "cho" || k == "với";
}

// … and of those, one that cannot end a name ("Ủy ban nhân dân ở", "… chuyên môn của"; "các
// đơn vị trực thuộc" is whole).
inline bool dangling_word(std::string_view k) {
  return function_word(k) && k != "thuộc" && k != "trực" && k != "trên";  // ("cấp trên": the level above)
}

class LocalNames;  // a document's own names (local_names.h)
// Adds the hits of `names` (may be null) at word i of t.
void local_hits(const LocalNames* names, const std::vector<Tok>& t, std::size_t i,
                std::vector<AgencyRegistry::Hit>& out);
// `names` is not null and has a name.
bool has_local_names(const LocalNames* names);
// The longest of `names` (may be null) printed at word i of t, whatever follows it: its length, *e the name.
std::size_t local_printed_at(const LocalNames* names, const std::vector<Tok>& t, std::size_t i, const AgencyEntry** e);

class Finder {
 public:
  // own_units: the issuer's offices may name its units ("Trưởng phòng Quản lý
  // công nghiệp"); false in a law or decree, where such a post is no one's own
  Finder(const AgencyRegistry& reg, const std::vector<Tok>& t, const LocalNames* local = nullptr,
         bool own_units = true)
      : reg_(reg), t_(t), local_(local), own_units_(own_units) {
    // a list after a role label ("Đơn vị phối hợp:", "Cơ quan chủ trì:")
    bool listed = false;
    std::size_t sentence = 0;
    const std::size_t n = t.size();
    const bool locals = has_local_names(local);  // (most documents name no body of their own)
    // (one table, sized once: four were allocated per text)
    at_.resize(n + 1);
    // (about one word in three or four starts an entry: grown from empty, the
    // hits were copied over and over)
    hits_.reserve(n / 2 + 8);
    for (std::size_t i = 0; i < n; ++i) {
      const Tok& x = t[i];
      // every registry entry that can start here, once: m() asks each word
      // for many sets of kinds
      const auto first = static_cast<std::uint32_t>(hits_.size());
      at_[i].hit = first;
      if (x.word) {
        // (most words start no entry, which the word's fold knows once the
        // registry has looked it up: no call then)
        const bool none = x.fold && x.fold->ids_of == &reg && !x.fold->first_node && !x.fold->first_ascii_node;
        if (!none) reg.hits(t, i, hits_);
        if (locals) local_hits(local, t, i, hits_);
        std::uint32_t kinds = 0;
        for (std::size_t h = first; h < hits_.size(); ++h) kinds |= bit(hits_[h].kind);
        at_[i].kinds = kinds;
        at_[i].listed = listed;
        continue;
      }
      if (x.text == ";" || x.text == ".") {
        listed = false;
        sentence = i + 1;
      }
      at_[i].listed = listed;
      if (x.text == ":") {
        std::size_t a = sentence;
        while (a < i && !t[a].word) ++a;  // bullets
        listed = a < i && (t[a].key == "đơn" || t[a].key == "cơ" || t[a].key == "phối" || t[a].key == "chủ" ||
                           (t[a].key == "thực" && a + 1 < i && t[a + 1].key == "hiện"));
      }
    }
    at_[n].hit = static_cast<std::uint32_t>(hits_.size());
  }

  // The longest registry entry of one of `kinds` at word i, as
  // AgencyRegistry::match gives it (the first of equal length).
  std::size_t m(std::size_t i, std::initializer_list<K> kinds, const AgencyEntry** e = nullptr) const {
    std::uint32_t mask = 0;  // (inlined: the kinds are constants at every call)
    for (K k : kinds) mask |= bit(k);
    // most words start no entry of the kinds asked: one test, no scan
    if (i >= t_.size() || !(at_[i].kinds & mask)) {
      if (e) *e = nullptr;
      return 0;
    }
    std::size_t best = 0;
    const AgencyEntry* found = nullptr;
    for (std::uint32_t h = at_[i].hit; h < at_[i + 1].hit; ++h)
      if (hits_[h].len > best && (mask & bit(hits_[h].kind))) {
        best = hits_[h].len;
        found = hits_[h].entry;
      }
    if (e) *e = found;
    return best;
  }

  // A body's name starts at i (upper-case first word, or an abbreviation).
  std::size_t body_start(std::size_t i, const AgencyEntry** e = nullptr) const {
    const AgencyEntry* x = nullptr;
    std::size_t n = m(i, {K::head, K::central, K::province, K::district, K::local, K::abbr}, &x);
    if (!n) return 0;
    // "ủy ban Trung ương Mặt trận …", "ủy ban Mặt trận …": old typing of a capitalised name
    const bool lower_uy_ban = !t_[i].upper && t_[i].key == "ủy" && n >= 2 && i + 2 < t_.size() && t_[i + 1].key == "ban" &&
                              t_[i + 2].upper;
    // "Phòng Kinh tế hoặc phòng Kinh tế, Hạ tầng và Đô thị": a registered name whose head the
    // drafter left in lower case as the second item after "hoặc"/"và"
    // ("giao cho phòng Kinh tế …", "trong đó phòng Kinh tế …": the same slack typing anywhere, a
    // registered name's capitalised words after it; not the word of a compound, "cơ sở", "trụ sở")
    const bool lower_listed = !t_[i].upper && n >= 2 && t_[i + 1].upper &&
                              (x->kind == K::central || x->kind == K::province || x->kind == K::district) &&
                              !(i > 0 && t_[i - 1].word &&
                                (t_[i - 1].key == "cơ" || t_[i - 1].key == "trụ" || t_[i - 1].key == "văn" ||
                                 t_[i - 1].key == "quốc" || t_[i - 1].key == "dự" || t_[i - 1].key == "đề"));
    // "Giao ban thường vụ các tỉnh uỷ, thành uỷ …" (NQ 60-NQ/TW): the Party committees' standing
    // body, its three words no verb phrase in any case
    const bool lower_standing = !t_[i].upper && n == 3 && t_[i].key == "ban" && t_[i + 1].key == "thường" &&
                                t_[i + 2].key == "vụ";
    if (x->kind != K::abbr && !t_[i].upper && x->kind != K::local && !lower_uy_ban && !lower_listed && !lower_standing)
      return 0;
    // a verb that starts like a head is no name ("Báo cáo", "Ban hành"), nor
    // is a collective ("Ban ngành", "Sở, Ban ngành", "Sở-Ban-Ngành")
    if (x->kind != K::abbr && m(i, {K::stop, K::collective, K::collective_phrase}) > n) return 0;
    // a one-word head before a verb is no name ("Ban hành kèm theo")
    if (n == 1 && x->kind != K::abbr && i + 1 < t_.size() && t_[i + 1].word && !t_[i + 1].upper &&
        (t_[i + 1].key == "hành" || stop_at(i + 1)))
      return 0;
    if (x->kind == K::local && !t_[i].upper && n < 3) return 0;
    // "Thanh tra việc chấp hành …", "Thanh tra chuyên đề về …": the act of
    // inspecting; the body is "Thanh tra" alone or with its level/place
    if (n == 2 && t_[i].key == "thanh" && t_[i + 1].key == "tra" && i + 2 < t_.size() && t_[i + 2].word &&
        !t_[i + 2].upper && !is_place_word(t_[i + 2].key) && !stop_at(i + 2) && t_[i + 2].key != "viên")
      return 0;  // "ủy ban nhân dân xã" in old typing, not "công an"
    // "Phòng, chống buôn lậu": the verb "to prevent", not a department
    if (n == 1 && t_[i].key == "phòng" && i + 2 < t_.size() && t_[i + 1].text == "," && t_[i + 2].key == "chống") return 0;
    if (e) *e = x;
    return n;
  }

  // "thành viên" or "các thành viên" at i, right before a body's name ("các thành viên Ủy ban
  // nhân dân tỉnh", "thành viên Ban Chỉ đạo …"): the members, an office; its length, else 0.
  // (only before a name: "các tổ chức thành viên của Mặt trận" is no office; nor before a
  // company's or cooperative's organ, no proper name: "thành viên Hội đồng quản trị", "Thành
  // viên Ban quản trị hợp tác xã")
  std::size_t members_at(std::size_t i) const {
    const std::size_t q = i + (i < t_.size() && t_[i].key == "các" ? 1 : 0);
    if (!(q + 2 < t_.size() && t_[q].key == "thành" && t_[q + 1].key == "viên")) return 0;
    const AgencyEntry* e = nullptr;
    const std::size_t h = body_start(q + 2, &e);
    const std::size_t a = q + 2 + h;
    const bool named = h && e && (e->kind != K::head || (a < t_.size() && t_[a].word && t_[a].upper));
    return named ? q + 2 - i : 0;
  }

  // "Tổng Công ty", "Công ty" (+ its legal form "TNHH / trách nhiệm hữu hạn (một thành viên)",
  // "cổ phần") at i, capitalised and before its name: a company's head words; their length,
  // else 0 ("Công ty đó", "Công ty nước ngoài" name no company). `private_form` is set when the form
  // is a private one, joint-stock or limited with members ("Công ty Cổ phần …", "Công ty TNHH …", not
  // the state's one-member company "… TNHH một thành viên …"): a party the law binds, as the guide's
  // "doanh nghiệp", never a body given tasks.
  std::size_t company_form(std::size_t i, bool* private_form = nullptr) const {
    const std::size_t n = t_.size();
    auto at = [&](std::size_t q, std::initializer_list<std::string_view> ws) {
      std::size_t k = 0;
      for (std::string_view w : ws)
        if (q + k >= n || !t_[q + k].word || t_[q + k].key != w) return std::size_t(0);
        else ++k;
      return k;
    };
    if (i >= n || !t_[i].upper) return 0;
    std::size_t q = i + (at(i, {"tổng", "công", "ty"}) ? 3 : at(i, {"công", "ty"}) ? 2 : 0);
    if (q == i) return 0;
    // (after a legal form the field may be in lower case: "… một thành viên nước sạch Hà Nội")
    std::size_t form = at(q, {"tnhh"}) + at(q, {"trách", "nhiệm", "hữu", "hạn"});
    bool members = form > 0;  // (shareholders or members: a private company)
    if (form) {
      const std::size_t one = at(q + form, {"một", "thành", "viên"}) + at(q + form, {"mtv"});
      members = one == 0;
      form += one;
    } else {
      form = at(q, {"cổ", "phần"});  // (joint-stock)
      members = form > 0;
    }
    if (private_form) *private_form = members;
    q += form;
    return q < n && t_[q].word && (t_[q].upper || form) ? q - i : 0;
  }

  // "dự án" at i after "Chủ đầu tư" and the kind of project (lower case, "có" first when the
  // project is told by what it carries on: "dự án có hoạt động tồn trữ hóa chất"), up to a verb,
  // "thuộc", "tại", "chưa", … : where the investor's name ends, else i.
  std::size_t project_of(std::size_t i) const {
    const std::size_t n = t_.size();
    if (!(i + 1 < n && i >= 3 && t_[i].key == "dự" && t_[i + 1].key == "án" && !t_[i].upper && t_[i - 1].key == "tư" &&
          t_[i - 2].key == "đầu" && t_[i - 3].key == "chủ"))
      return i;
    std::size_t q = i + 2;
    // ("dự án đầu tư …": the investment project, a noun, not the verb "đầu tư")
    if (q + 2 < n && t_[q].key == "đầu" && t_[q + 1].key == "tư" && t_[q + 2].word && !t_[q + 2].upper) q += 2;
    if (q + 1 < n && t_[q].key == "có" && t_[q + 1].word && !t_[q + 1].upper && !stop_at(q + 1)) ++q;
    std::size_t kind = q;
    for (;;) {
      std::size_t limit = kind + 8;  // eight words at most (the comma of "khu, cụm" is none)
      while (q < n && q < limit && (t_[q].word || zones_and_clusters(q)) && !t_[q].upper && !agency_start(q) &&
             t_[q].key != "chưa" &&
             t_[q].key != "và" && t_[q].key != "hoặc" &&
             (!stop_at(q) || carries(q) || (t_[q].key == "trình" && t_[q - 1].key == "công") ||
              (t_[q].key == "đầu" && t_[q - 1].key == "án" && q + 1 < n && t_[q + 1].key == "tư"))) {
        if (!t_[q].word) ++limit;
        ++q;
      }
      // "Chủ đầu tư dự án lấn biển hoặc hạng mục lấn biển của dự án đầu tư có trách nhiệm …",
      // "chủ đầu tư dự án đầu tư lấn biển hoặc dự án đầu tư có hạng mục lấn biển phải …" (Nghị định
      // 42/2024): one investor of either kind of project, named whole
      if (!(q > kind && q + 2 < n && t_[q].key == "hoặc" && !t_[q + 1].upper &&
            ((t_[q + 1].key == "dự" && t_[q + 2].key == "án") || (t_[q + 1].key == "hạng" && t_[q + 2].key == "mục"))))
        return q;
      kind = q += 3;
      if (t_[q - 1].key == "án" && q + 2 < n && t_[q].key == "đầu" && t_[q + 1].key == "tư") kind = q += 2;
    }
  }

  // The comma of "khu, cụm công nghiệp" (zones and clusters, one kind of place), not a list's.
  bool zones_and_clusters(std::size_t i) const {
    return i > 0 && i + 1 < t_.size() && t_[i].text == "," && t_[i - 1].key == "khu" && t_[i + 1].key == "cụm";
  }

  // "có" at i tells a project by what it holds ("dự án đầu tư có hạng mục lấn biển", "… có hoạt
  // động …"), not the predicate "có trách nhiệm".
  bool carries(std::size_t i) const {
    return t_[i].key == "có" && i + 2 < t_.size() &&
           ((t_[i + 1].key == "hạng" && t_[i + 2].key == "mục") || (t_[i + 1].key == "hoạt" && t_[i + 2].key == "động"));
  }

  // A body's name from its first word at i (a registered name stays whole:
  // "… thuộc Bộ Tư pháp" + "Cuối năm" is not "Bộ Tư pháp Cuối").
  std::size_t extend_body(std::size_t i) const {
    const AgencyEntry* e = nullptr;
    std::size_t h = body_start(i, &e);
    const bool known = e && h >= 2 && (e->kind == K::central || e->kind == K::province || e->kind == K::district);
    return extend(i + h, known, e);
  }

  // "thuộc"/"trực thuộc" at i followed by a body's name: where that name starts, else 0.
  std::size_t owner_at(std::size_t i) const {
    const std::size_t q = i + (i < t_.size() && t_[i].key == "trực" ? 1 : 0);
    return q + 1 < t_.size() && t_[q].key == "thuộc" && body_start(q + 1) ? q + 1 : 0;
  }

  bool agency_start(std::size_t i) const {
    if (i >= t_.size() || !t_[i].word) return false;
    if (body_start(i)) return true;
    if (m(i, {K::office}) && t_[i].upper) return true;
    if (t_[i].key == "các") return true;
    // (a capitalised collective phrase: "…, Văn phòng Quốc hội, Bộ, cơ quan ngang Bộ, …" lists another item)
    if (t_[i].upper && m(i, {K::collective_phrase})) return true;
    return false;
  }

  // Word i is a place word, or the "phố" of "thành phố" as OCR printed it ("thành phó", "thành phô
  // trực thuộc Trung ương", TT 43/2018, TT 57/2018 as scanned): its diacritics alone differ.
  bool place_at(std::size_t i) const {
    return i < t_.size() && t_[i].word &&
           (is_place_word(t_[i].key) || (i > 0 && t_[i - 1].key == "thành" && t_[i].ascii == "pho"));
  }

  // "của tỉnh", "của thành phố" at q: the place the bodies or places listed before belong to; the
  // token after it, 0 when there is none.
  std::size_t owner_place_end(std::size_t q) const {
    if (!(q + 1 < t_.size() && t_[q].key == "của" && is_place_word(t_[q + 1].key) && t_[q + 1].key != "cấp")) return 0;
    std::size_t e = q + 2;
    if (e < t_.size() && (t_[e - 1].key == "thành" || t_[e - 1].key == "thị") && t_[e].word) ++e;
    return e;
  }

  // Word i continues a place's proper name ("tỉnh Cao Bằng": "Bằng" is no verb here).
  bool in_place_name(std::size_t i) const {
    std::size_t q = i;
    while (q > 0 && t_[q - 1].word && t_[q - 1].upper && !is_place_word(t_[q - 1].key)) --q;
    return q < i && q > 0 && t_[q - 1].word && is_place_word(t_[q - 1].key);
  }

  bool role_verb(std::size_t i) const {
    static const std::set<std::string, std::less<>> verbs = {"chủ", "phối", "có", "chịu", "tham", "thực", "triển", "tổ", "giám",
                                                "hướng", "báo", "là", "được", "đề", "thời", "kinh"};
    return verbs.count(t_[i].key) > 0;
  }

  bool stop_at(std::size_t i) const {
    return i < t_.size() && !t_[i].upper && m(i, {K::stop}) > 0 && !noun_tail(i) &&
           !(t_[i].key == "cùng" && i + 1 < t_.size() && t_[i + 1].key == "cấp");  // "… cùng cấp": which one
  }

  // Word i ends a noun with the word before it, though alone it would be a
  // verb: "đào tạo" (training: "Sở Giáo dục - Đào tạo", "Trung tâm … Đào
  // tạo"), "chứng nhận" (a certificate: "nơi cấp giấy chứng nhận"), "nghiệm
  // thu" (acceptance: "Thủ trưởng cơ quan nghiệm thu", "Hội đồng nghiệm thu").
  bool noun_tail(std::size_t i) const {
    if (i == 0 || i >= t_.size() || !t_[i - 1].word) return false;
    const std::string_view a = t_[i - 1].key, b = t_[i].key;
    // ("Hội đồng thẩm định có trách nhiệm thẩm định …": the appraisal council, a body's name)
    // ("Cục Hàng không Việt Nam", "Quân chủng Phòng không - Không quân": aviation, air defence, not "not";
    // "Cảng vụ hàng hải": maritime, not the "hàng" of "hàng năm")
    // ("Trung tâm Kiểm định thiết bị …": equipment, not the passive "bị" that ends a name)
    return (a == "đào" && b == "tạo") || (a == "chứng" && b == "nhận") || (a == "nghiệm" && b == "thu") ||
           (a == "thiết" && b == "bị") ||
           // ("Tổ chức tư vấn xác định giá đất", "Phòng thử nghiệm xác định hàm lượng …": what the body
           // does, part of its kind, not the verb "xác định" after a collective)
           ((a == "vấn" || a == "nghiệm") && b == "xác" && i + 1 < t_.size() && t_[i + 1].key == "định") ||
           // ("Văn phòng đăng ký quyền sử dụng đất": the right of use, not the verb "sử dụng")
           (a == "quyền" && b == "sử") ||
           // ("Cơ quan chủ trì thẩm tra quyết toán", "hồ sơ đề nghị quyết toán": the settlement, a noun, not
           // the verb "quyết toán" that ends a name)
           // ("cơ quan đăng ký đầu tư": the investment registry, not the verb "đầu tư")
           (a == "ký" && b == "đầu" && i >= 2 && t_[i - 2].key == "đăng" && i + 1 < t_.size() && t_[i + 1].key == "tư") ||
           (b == "quyết" && (a == "tra" || a == "duyệt" || a == "nghị" || a == "sơ" || a == "cáo")) ||
           ((a == "hàng" || a == "phòng") && b == "không") ||
           (b == "hàng" && i + 1 < t_.size() && (t_[i + 1].key == "hải" || t_[i + 1].key == "không")) ||
           (a == "đồng" && b == "thẩm" && i + 1 < t_.size() && t_[i + 1].key == "định" && i >= 2 &&
            t_[i - 2].key == "hội");
  }

  // "xây dựng" at i is the verb after a name when its object or a second verb
  // follows ("… xây dựng quy trình", "… xây dựng và triển khai", "… xây dựng Cơ
  // sở dữ liệu"), not a field inside one ("Vụ … về xây dựng pháp luật",
  // "Viện Thiết kế xây dựng tỉnh …", "Ban Quản lý dự án đầu tư xây dựng").
  bool builds(std::size_t i) const;

  // Extends a body's name from j (after its head words, the registry entry
  // `head`); returns the end.
  std::size_t extend(std::size_t j, bool known = false, const AgencyEntry* head = nullptr) const;
  // At the "và" j of a name that began at `first`: where a ministry's field read there ends
  // ("… truyền thông tài nguyên và môi trường"), its words before "và" in lower case; 0 for none.
  std::size_t ministry_field_through(std::size_t j, std::size_t first) const;

  // The end of the clause "nơi …" at j that says which local body is meant
  // ("Ủy ban nhân dân cấp xã nơi người đó cư trú", "… tỉnh nơi dự kiến thành
  // lập Cục Hải quan"): its verb first, then words up to a verb, a name or a
  // separator.
  std::size_t where_clause(std::size_t j) const;

  // The end of a list of village words from q ("thôn, làng, ấp, bản"), q
  // when there is none.
  std::size_t villages(std::size_t q) const;

  // The end of a list of bare local units from q that closes a collective
  // of departments ("các Sở, Ban ngành, quận, huyện", "các Sở, Ban ngành,
  // Huyện, Thị"): the departments and the districts together; q when
  // there is none, or when a unit has its proper name ("huyện An Phú").
  std::size_t bare_places(std::size_t q) const;

  // A set phrase from q names a kind of body, one item, longer than its collective word: "cơ quan bảo hiểm
  // xã hội", "cơ quan thuế các cấp" (not a list's next item, "đơn vị có liên quan", "cơ quan, đơn vị
  // đóng trên địa bàn").
  bool kind_of_body(std::size_t q) const;

  // A person's name from q: a common family name, then one to three capitalised words ("Hoàng Văn Thuân"),
  // as after an office and a dash: "Phó Giám đốc Sở - Hoàng Văn Thuân" (not "Vụ Kế hoạch - Tài chính").
  bool person_name_at(std::size_t q) const;

  // The comma at j inside a name is followed by lower-case fields and then a
  // capitalised proper name ("Trung tâm Xúc tiến đầu tư, thương mại, du
  // lịch Hà Nội"), not by another body or a verb.
  bool fields_to_name(std::size_t j) const;

  // A name that ends in "liên quan" at `end` with "đến <matter>" after it
  // ("các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản trên địa
  // bàn tỉnh"): the end after the matter, which says which bodies are meant.
  // "… (đóng) trên địa bàn tỉnh", "… trên địa bàn Thành phố": the area that says which of the bodies are
  // meant (the gold files keep it in the name); the token after it, or end
  std::size_t on_area(std::size_t end) const;
  // "… (ở) trung ương | và địa phương": the local level after the central one, both levels of one
  // collective; the token after it, or e.
  std::size_t and_local(std::size_t e) const {
    return e + 2 < t_.size() && t_[e].key == "và" && t_[e + 1].key == "địa" && t_[e + 2].key == "phương" ? e + 3 : e;
  }
  // A phrase visibly ends at p: a separator, "và", a verb or preposition of the lexicon, another body.
  bool phrase_ends(std::size_t p) const;
  // The short modifier that says which members of a collective are meant, read after its noun at
  // `end` ("các cơ quan thông tấn, báo chí", "các địa phương có rừng", "… trong toàn quốc"), only where
  // the phrase visibly ends after it (an unknown verb is no modifier); the token after it, or end.
  std::size_t collective_modifier(std::size_t end) const;
  std::size_t related_to(std::size_t end) const;

  // The names, offices and collectives of the text, in order.
  std::vector<Mention> find() const;

  // Bodies described rather than named (described.cpp). The length of a body
  // noun at i ("cơ quan", "đơn vị", "tổ chức", "chủ đầu tư", …), 0 if none.
  std::size_t body_noun(std::size_t i) const;
  // "Giám đốc cơ sở cai nghiện bắt buộc": the lower-case institution after an office at j
  // (institutions.cpp); where the office's name ends, else j
  std::size_t institution_of(std::size_t j) const;
  // "thủ trưởng trực tiếp của chiến sĩ cảnh sát nhân dân, … đang thi hành công vụ phải …": the head named
  // by the staff it commands, up to the duty (institutions.cpp); j if none
  std::size_t direct_head_of(std::size_t j) const;
  // The end of the description that starts at q ("các cơ quan quản lý nhà
  // nước về lao động"), before `end`; `purpose`: a purpose marker ("để",
  // "trong việc") closes its list, so a relative clause may run on to it.
  std::size_t describe(std::size_t q, std::size_t end, bool purpose) const;
  // The described partners after "phối hợp với" added to (or replacing the
  // shorter names in) `out` (partners.cpp).
  void partners(std::vector<Mention>& out) const;
  // The described subject of a duty ("Chủ đầu tư xây dựng hạ tầng kỹ thuật
  // cụm công nghiệp có trách nhiệm …", "… do cơ quan, tổ chức có thẩm quyền
  // cấp tỉnh quy định") added to (or replacing the shorter names in) `out`.
  void described_subjects(std::vector<Mention>& out) const;
  // A role-holder named by what it does for the state, subject of a duty ("người có thẩm quyền xử
  // phạt phải …", role_holders.cpp), added to (or replacing the names inside it in) `out`.
  void role_holders(std::vector<Mention>& out) const;
  // Where a role-holder ends, its head read up to `from`: before the duty or task that
  // makes it a subject (a task's verb within `reach` words; *is_duty: a duty, "phải", "có trách nhiệm"),
  // 0 if none follows (role_holders.cpp).
  std::size_t role_end(std::size_t from, std::size_t reach = 12, bool* is_duty = nullptr) const;
  // A body named by the step it takes for the state, subject of a duty or task ("cơ quan Công an đang
  // thụ lý vụ việc tiến hành …", "cơ quan quyết định tịch thu lập biên bản …", acting_bodies.cpp).
  void acting_bodies(std::vector<Mention>& out) const;
  // The word at p opens a duty or a grant ("phải", "có", "được"), not a task's verb.
  bool duty_word(std::size_t p) const;
  // The words at p open a task of a described subject ("thẩm định", "có ý kiến", a directive verb).
  bool task_verb(std::size_t p) const;
  // Word p follows the object of a verb from `from` on, not a verb or a word that needs one.
  bool after_object(std::size_t p, std::size_t from) const;
  // The comma at c ends a phrase fronted before a clause's subject ("Căn cứ …,").
  bool fronted(std::size_t c) const;
  // The pieces of described_subjects (described.cpp, described_scan.cpp): "Trách nhiệm của <body>:",
  // a duty list's lead-in, whose body is described whole;
  void duty_lead_in(std::vector<Mention>& out) const;
  // A duty of the sentence's subject from q on, after a ";", "," or "và" ("…; chịu trách nhiệm …").
  bool duty_later(std::size_t q) const;
  // "được phân cấp", "được ủy quyền" at p: the delegate of a delegation, a public role, not a grant;
  bool delegated(std::size_t p) const;
  // "do" or "được" before s: the body after it is an agent;
  bool agent_before(std::size_t s) const;
  // s follows "và"/"hoặc" that ends a list of names and role-holders ("chủ sở hữu") opening its clause.
  bool listed_with_holders(const std::vector<Mention>& out, std::size_t s) const;
  // A role-holder "chủ …" after a comma stands in the clause before s - 1 (listed_with_holders' first test).
  bool holder_in_clause(std::size_t s) const;
  // s opens a clause whose subject a described body may be.
  bool subject_start(const std::vector<Mention>& out, std::size_t s) const;
  // A described subject being read: its clause starts at s, its body noun at k (h words, with the bare
  // nouns listed together), and what the words after it said so far.
  struct Described {
    std::size_t s = 0, k = 0, h = 0;
    bool by = false;           // after "do" / "được": an agent (agent_before)
    bool opens = false;        // the clause's own verb may follow the description
    bool public_body = false;  // "cơ quan" or "đơn vị" among its nouns
    std::size_t collector = 0;  // "Tổ chức thu phí": where its duty starts (no description to read)
    std::size_t e = 0;          // where the duty that makes it the subject starts, 0 while none
    std::size_t first = 0;  // where a relative clause may open ("Đơn vị chủ trì, phối hợp thực hiện dịch vụ")
    bool relative = false;
    // which body it is was said (its field, level or owner, or the task it was given): a verb
    // after that is the clause's own ("Cơ quan chuyên môn về xây dựng cấp tỉnh thẩm định …",
    // "Cơ quan được giao quản lý xây dựng thuộc Ủy ban nhân dân cấp xã chủ trì …")
    bool qualified = false;
    bool acts = false;  // a verb right after the noun said what it does ("Chủ đầu tư thực hiện …"): its clause
    // … a verb that is no task of its own ("chịu sự giám sát", "được hỏi ý kiến", "làm nhiệm vụ …"): the
    // relative clause of a role, the clause's own task follows its object
    bool role = false;
    bool comma = false;
    bool competent = false;  // after "có thẩm quyền": its verb's object may look like a verb ("công bố thông báo …")
    std::size_t split = 0;  // the comma between two roles listed ("Đơn vị chủ trì, đơn vị phối hợp …")
    std::size_t ref = 0;    // where the name ends before its predicate: a reference ("… tại Điều 7 Quy định này")
    std::size_t given = 0;  // the word after the verbs of the task the body was given ("được giao làm …")
    std::size_t members_b = 0, members_e = 0;  // "(gồm: …)": the bodies of the class, spelt out
    std::size_t persons = 0;                   // (by) the comma before persons who share the verbs
  };
  // Reads the words after the body noun up to the clause's own predicate (sub.e, 0 if none).
  void scan_description(Described& sub, const std::vector<Mention>& out) const;
  // The steps of scan_description at word p (which they may move on): true when the description ends.
  bool punctuation_ends(Described& sub, std::size_t& p) const;  // a punctuation mark
  bool agent_ends(Described& sub, std::size_t& p) const;        // a word after an agent's "do" / "được"
  bool verb_ends(Described& sub, std::size_t& p) const;         // a verb: a relative clause or the predicate
  bool step_after_role(Described& sub, std::size_t p) const;    // a procedure's role, then its step
  bool own_task_after(const Described& sub, std::size_t q) const;  // a task verb after a closing qualifier
  enum class Step { none, next, stop };  // not this step's words; read on from p + 1; the description ends
  // "được giao (nhiệm vụ) …", "chủ trì …", "nhận bàn giao": the task given, which says which body.
  Step given_task(Described& sub, std::size_t& p) const;
  // Puts the subject read in `out` (replacing the names inside it); returns the word where its words end,
  // sub.s if it is none.
  std::size_t put_subject(Described& sub, std::vector<Mention>& out) const;
  // The words at q are "a b".
  bool keys_at(std::size_t q, std::string_view a, std::string_view b) const;
  // "tại Điều …" at q: a reference.
  bool reference_at(std::size_t q) const;
  // "quy định" (or "qui định") at q: the verb that cites where a body is defined or a matter set.
  bool cites_at(std::size_t q) const { return keys_at(q, "quy", "định") || keys_at(q, "qui", "định"); }
  // "quy định tại khoản …" at q: a cited reference.
  bool cited_reference_at(std::size_t q) const { return cites_at(q) && reference_at(q + 2); }
  // The reference at r with its citing "quy định" before it, when that stands after b + 2 words: r - 2, else r.
  std::size_t citing_start(std::size_t b, std::size_t r) const { return r >= b + 2 && cites_at(r - 2) ? r - 2 : r; }
  // The reference at r ("quy định tại …") is what names the described body from b: the words before it
  // say no more than its noun, a competence and a bare role verb ("cơ quan có thẩm quyền quy định tại Điều
  // 6", "cơ quan tiếp nhận quy định tại khoản 1 Điều này"), so it stays in the name.
  bool reference_names(std::size_t b, std::size_t r) const;
  // From q, "và phải …", "và có trách nhiệm …" before another predicate.
  bool coordinated_duty(std::size_t q) const;
  // "quyết định", "phê duyệt" at q: a power, a predicate of its own.
  bool power_verb(std::size_t q) const;
  // A duty or a task verb after an object from q to the clause's end.
  bool predicate_after(std::size_t q, bool purpose_ends = false) const;
  bool verb_of_task(std::size_t q) const;
  // From q, the clause ends in ":" (a label over a list).
  bool label_clause(std::size_t q) const;
  // A level opening a clause before its verb acts through its people's
  // committee ("Các quận, huyện nghiên cứu …", "mỗi quận, huyện chọn …",
  // "Thành phố tổ chức biểu dương …", place_subjects.cpp): added to `out`
  // named "Ủy ban nhân dân …".
  void place_subjects(std::vector<Mention>& out) const;

  // Items of "<office> các Sở: A, B và C" from k; appends one mention per item
  // (named "<office> Sở A") and returns the token after the list.
  std::size_t list_items(std::size_t b, std::size_t j, std::size_t k, std::vector<Mention>& out) const;

  // "Giám đốc các sở, ngành: Nông nghiệp và Phát triển nông thôn; Văn hóa
  // Thể thao và Du lịch; Tài nguyên và Môi trường" from "các" at j: one
  // mention per field a ';' closes (named "<office> Sở <field>"); returns
  // the token after the list, 0 when there is no such list.
  std::size_t semicolon_fields(std::size_t b, std::size_t j, std::vector<Mention>& out) const;

  // "Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Y tế" with the heads [b, j) and "các" at j: one
  // mention per head ("Vụ trưởng các Vụ trực thuộc Bộ Y tế", …); returns the token after the owner's
  // name, 0 when the heads and units do not pair (name_edges.cpp).
  std::size_t unit_heads(std::size_t b, std::size_t j, std::vector<Mention>& out) const;
  // (a head of units and the units it heads: the head's words from b, its mention's words to e)
  struct UnitHead {
    std::size_t b = 0, e = 0;
    std::string office, unit;
  };
  // its two forms: the heads listed, then their units ("Vụ trưởng, Cục trưởng các Vụ, Cục"), and each
  // head with its units ("Vụ trưởng các Vụ, Cục trưởng các Cục"); the token after the last unit, or 0
  std::size_t paired_heads(std::size_t b, std::size_t j, std::vector<UnitHead>& heads) const;
  std::size_t own_unit_heads(std::size_t b, std::vector<UnitHead>& heads) const;

  std::string join_text(std::size_t b, std::size_t e) const {
    std::string s;
    for (std::size_t q = b; q < e; ++q) {
      bool glue = !t_[q].word && (t_[q].text == "," || t_[q].text == ":");
      if (!s.empty() && !glue) s += ' ';
      s += t_[q].text;
    }
    return s;
  }


 private:
  const AgencyRegistry& reg_;
  const std::vector<Tok>& t_;
  const LocalNames* local_ = nullptr;
  bool own_units_ = true;
  std::vector<AgencyRegistry::Hit> hits_;  // registry entries that can start at each word …
  struct At {
    std::uint32_t hit = 0;    // … word i's are [at_[i].hit, at_[i + 1].hit)
    std::uint32_t kinds = 0;  // the kinds among word i's hits, as bits
    bool listed = false;      // the token follows a ":" in its sentence
  };
  std::vector<At> at_;  // per token, and one after the last (the end of hits_)
  // holder_in_clause, read on as its callers walk the tokens forward (a walk back to the clause's
  // start at every "và" was quadratic in long clauses): tokens [1, holders_seen_) are read, with the
  // last clause break and the last "chủ" after a comma among them (0: none)
  mutable std::size_t holders_seen_ = 1, last_break_ = 0, last_holder_ = 0;

  static constexpr std::uint32_t bit(K k) { return 1u << static_cast<unsigned>(k); }
};

}  // namespace vanban::link_detail
