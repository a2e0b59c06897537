// The linker of one document, shared by the link stage's modules: link.cpp
// walks provisions, letters' paragraphs and task-table rows; scan.cpp reads
// one text's roles (who leads, coordinates, supervises); resolve.cpp turns a
// mention into canonical names in the issuer's jurisdiction. Not public API.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "internal.h"
#include "local_names.h"
#include "mentions.h"
#include "text_words.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

struct Jurisdiction {
  std::string level;  // "tỉnh", "thành phố", "huyện", "xã" … as printed in the issuer
  std::string name;   // "Ninh Bình"
  bool province = false, district = false, commune = false;
};

// The issuer's level and place ("tỉnh", "Ninh Bình"), from its printed name.
Jurisdiction jurisdiction_of(const Meta& m);

// The issuer has units of its own ("Trưởng phòng Quản lý công nghiệp" of a
// Sở); a law's or a decree's "Trưởng phòng …" is a post anywhere.
bool has_own_units(const Meta& m);

class Linker {
 public:
  Linker(Document& doc, const AgencyRegistry& reg)
      : doc_(doc), reg_(reg), j_(jurisdiction_of(doc.meta)),
        report_(doc.meta.doc_type && fold_key(*doc.meta.doc_type) == "báo cáo"),
        letter_(report_ || (doc.meta.doc_type && fold_key(*doc.meta.doc_type) == "công văn")),
        own_units_(has_own_units(doc.meta)),
        commune_tier_(doc.meta.date && *doc.meta.date >= "2025-07-01" && doc.meta.issuer &&
                      has_any(fold_key(*doc.meta.issuer), {"ủy ban nhân dân", "hội đồng nhân dân"})) {}

  // Fills the document's assignments and unassigned provisions.
  void run();

 private:
  Document& doc_;
  const AgencyRegistry& reg_;
  Jurisdiction j_;
  bool report_;  // a báo cáo: narrates and proposes upwards
  bool letter_;  // a công văn or báo cáo: its numbered parts may narrate
  bool own_units_;  // has_own_units
  // dated after the 2025 reform and issued by a council or people's committee: a bare
  // "Phòng …" of the district tier's names is the communes' department (resolve.cpp)
  bool commune_tier_;
  bool narrative_ = false;  // inside such a part (see visit)
  bool rights_ = false;     // inside a list of a holder's rights (lists_rights): no one is directed there
  std::set<std::tuple<std::string, std::string, int>> seen_;
  // bodies (agency, role) a duty heading above gave its entry ("D - Nhiệm vụ, quyền hạn và trách
  // nhiệm của cơ quan thuế"): its children restating them get none (the guide: one entry on the
  // provision that names the body, not one per child)
  std::vector<std::pair<std::string, Role>> heading_bodies_;
  LocalNames locals_;  // names the document gives bodies ("sau đây gọi là …")

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
  static std::string expand(const Finder& f, const std::vector<Tok>& t, std::size_t b, std::size_t e);
  // `name` (a mention's expanded words) with the words of its registry entry
  // as the registry spells them, when the entry was found by its letters alone
  // (the OCR fallback: "Ủy ban Mật trận Tổ quốc" → "Ủy ban Mặt trận Tổ quốc").
  static std::string respelt(const Finder& f, const std::vector<Tok>& t, const Mention& mn, const std::string& name);

  // The agency is the issuer itself ("Sở Công Thương Lào Cai" for "Sở Công
  // Thương tỉnh Lào Cai"): compared without level words.
  bool is_issuer(const std::string& agency) const;

  // The canonical names a mention stands for.
  std::vector<std::string> resolve(const Finder& f, const std::vector<Tok>& t, const Mention& mn) const;
  // resolve's work before the names are put in their final form
  std::vector<std::string> resolve_names(const Finder& f, const std::vector<Tok>& t, const Mention& mn) const;
  // `name` (folded: `key`) ending in the issuer's bare level word, placed ("… tỉnh Ninh Bình"); empty if it does not
  std::string at_own_level(const std::string& name, const std::string& key) const;
  std::string issuer_for_bare_head(const std::vector<Tok>& t, const Mention& mn, const std::string& name) const;
  bool names_own_department(const std::string& name) const;
  // A body of the issuer's own Party committee ("Văn phòng Tỉnh ủy" → "… Tỉnh ủy Lào Cai"), or "".
  std::string of_own_committee(const std::string& name, const std::string& key) const;

  // The 2025 reform: district bodies, and departments merged away, named in
  // a document dated after they ended (or new ones before they began).
  void check_validity(const Mention& mn, const std::string& printed);

  // The bodies a table cell names ("Sở Công Thương; Sở Xây dựng", "Các Sở,
  // ban, ngành và UBND các xã, phường"), resolved as names in the text are.
  std::vector<std::pair<std::string, std::string>> names_in(const std::string& cell);

  When when_;
  WordFolds folds_;  // the document's words, folded once
  std::unique_ptr<GlyphRepair> repair_;  // the document lost glyphs: its words read restored (glyph_repair.h)
  struct ChildDuty {
    bool sup = false, coord = false;
    bool read = false;  // sup and coord read
    int own_body = -1;  // the child opens with a body of its own (1), not (0), not yet read (-1)
  };
  std::unordered_map<const Provision*, ChildDuty> child_keys_;  // what children's openings say, once each
  // the provisions under a body named above them ("2. Sở Nông nghiệp và Môi trường:", "Điều 5.
  // Trách nhiệm của Sở Tài chính"): its duties, where the one asked ("Yêu cầu …") is an object.
  // Kept apart from child_keys_, a cache filled only where the openings are read.
  std::unordered_set<const Provision*> duty_items_;
  void mark_duties(const Provision& owner) {
    for_each_provision(owner.children, [&](const Provision& c) { duty_items_.insert(&c); });
  }
  // What a body's duty list says in its items' openings (oversight, coordination),
  // for the provision that only names the body.
  ChildDuty children_duty(const Provision& owner);
  // a provision's text tokenized when its parent read its opening, kept for its own scan
  std::unordered_map<const std::string*, std::unique_ptr<TextWords>> words_;
  std::unordered_map<const Provision*, bool> asks_;  // a leaf's words ask for action (asks_action), from its scan
  const TextWords& words_of(const std::string& text) {
    auto& w = words_[&text];
    if (!w) w = std::make_unique<TextWords>(text, folds_, repair_.get());
    return *w;
  }
  // the body a functions decision (quy định chức năng, nhiệm vụ, quyền hạn …)
  // describes in its "Vị trí và chức năng" article: canonical name, printed
  std::optional<std::pair<std::string, std::string>> described_;
  // "1. Sở Tư pháp thành phố Hà Nội là cơ quan chuyên môn …": the body an
  // article's first clause describes, if it opens with one and "là"
  std::optional<std::pair<std::string, std::string>> described_body(const Provision& article);
  static bool children_continue(const Provision& p, const std::string& body);
  int line_ = 0;                    // source line of the text being scanned
  std::set<std::string> flagged_;   // names already reported as out of date

  void add(const std::string& eid, const std::string& agency, const std::string& mention, Role r, Scope s);

  // Adds the assignments of one provision's words (its heading or its text).
  void scan(const std::string& eid, const TextWords& words, bool heading, const Provision* owner = nullptr,
            bool request_only = false);

  // What a provision with children says of its names (scan): only names the
  // body whose duties the children list ("1. Sở Công Thương", "Sở Tư pháp có
  // trách nhiệm:"), with what those children's openings say; or only its
  // topic, the children naming their subjects again.
  struct Topic {
    bool names_only = false, restated = false, child_sup = false, child_coord = false;
    bool granted = false;  // its children only grant ("a) Được trích 30% …"): a beneficiary, no task
  };
  Topic topic_of(const TextWords& words, const std::vector<Mention>& ms, bool heading, const Provision* owner);
  bool opens_with_body(const TextWords& w);
  // A clause listing bodies as its items before their shared duties ("Giao các sở … gồm: - Sở A (…);
  // - Sở B (…) … Có trách nhiệm:"): the items' entries, made since `first`, become the clause's (enumerated.cpp).
  void lift_enumerated(const Provision& p, std::size_t first);
  bool names_only_item(const Provision& item);
  // A collective ("các bộ …") over items that each name one of its members ("Bộ …"): an umbrella (enumerated.cpp).
  void drop_spelled_out(const Provision& p, std::size_t first);
  // "3. Đơn vị thu lệ phí" over "a) Sở Xây dựng." "b) …": a role named as a clause's whole text labels its
  // items; the bodies they name hold it (enumerated.cpp)
  void role_label(const Provision& p, std::size_t first);
  // An article headed by a body's name alone over clauses that open with the work asked (topics.cpp).
  bool names_duty_holder(const TextWords& heading, const std::vector<Mention>& ms, const Provision& article);
  bool heading_holds_duties_ = false;  // the last heading scanned was such a name (names_duty_holder)
  // A duty heading whose clauses each restate its body as their subject (stated_duties.cpp).
  bool children_restate(const Provision& article);

  // The clause carries out the document itself (role_words.h document_scope).
  bool scope_of(std::string_view verb_clause, std::string_view clause);

  // The roles scan read for a group of names, and how they are added.
  struct GroupRoles {
    bool subject, lead, coord, sup;
    bool heading;  // read from a heading: an umbrella name ("các Sở") is skipped
    bool speaks;   // the issuer itself speaking ("… thông báo", "đề nghị"): not assigned
    Scope scope;
  };
  // Adds the assignments of names ms[g, h) for each canonical name they stand for.
  void add_group(const std::string& eid, const Finder& f, const TextWords& words, const std::vector<Mention>& ms,
                 std::size_t g, std::size_t h, const GroupRoles& r);

  // Leaf provisions whose words ask for action ("Tổ chức tuyên truyền …",
  // "Rà soát, sửa đổi …") while neither they nor an ancestor name anyone,
  // and no document-scope implementer exists either.
  void find_unassigned();

  // (k: fold_key of the text's first 60 bytes or so, head_of)
  static bool asks_action(std::string_view k);

  // A child that names its parent's body again is a directive of its own
  // (QĐ 3745/2021 Tây Ninh: "Điều 2. … Sở Tài nguyên và Môi trường, UBND
  // huyện … có trách nhiệm: 1. Sở Tài nguyên và Môi trường có trách nhiệm …"
  // has an entry on both); one that only lists duties inherits none.
  void visit(const Provision& p);
  // The provision introduces the items a document must contain ("Nội dung chủ yếu của Quyết định …:").
  bool lists_contents(const Provision& p, const TextWords& w);
  // … or the cases a rule applies to ("… các trường hợp sau:").
  static bool applies_to(const Provision& p);
  bool lists_cases(const Provision& p, const TextWords& w);
  bool lists_rights(const Provision& p, const TextWords& w);
  std::optional<std::string_view> lead_in_key(const Provision& p, const TextWords& w);
  bool lead_in_ends(const Provision& p, const TextWords& w, std::initializer_list<std::string_view> ends);
  // fold_key of p's text, whose words are w.
  std::string_view text_key(const Provision& p, const TextWords& w);

};

}  // namespace vanban::link_detail
