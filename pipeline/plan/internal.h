// Shared inside vanban_plan: the data of data/plan.tsv, text helpers, and the
// template set.
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vanban/plan.h"

namespace vanban::plan {

// ------------------------------------------------------------ data/plan.tsv

struct BodyRule {
  std::string prefix;     // "Ủy ban nhân dân"
  std::string head;       // "Chủ tịch"
  bool collective = false;  // signs "TM. <BODY>"
  std::string abbr;       // "UBND", or "" for initials
};

struct PlanData {
  std::map<std::string, std::string> type_abbr;  // fold_key(type) → "KH"
  std::vector<BodyRule> bodies;                   // longest prefix first
  std::vector<std::string> levels;                // fold keys, longest first
  std::vector<std::string> verbs;                 // fold keys
  std::vector<std::pair<std::string, std::string>> attrs;  // fold key of label → field
  std::vector<std::string> purpose, funding;      // fold keys
  std::vector<std::string> acts;                  // fold keys, found anywhere
};

const PlanData& plan_data();

// ------------------------------------------------------------ text helpers

std::string upper_vi(std::string_view s);      // Vietnamese upper case (ICU, "vi")
std::string lower_vi(std::string_view s);
std::string lower_first(std::string_view s);   // "Về các …" → "về các …"
std::string upper_first(std::string_view s);
std::string trim(std::string_view s);
// Text without a trailing ";", "," or ":" and with a final "." ("./." kept).
std::string as_sentence(std::string_view s);
// Text without trailing ". ; , :" ("Quý I/2015." → "Quý I/2015").
std::string bare(std::string_view s);
std::string roman(int n);
bool starts_with_words(const std::string& folded, const std::string& folded_prefix);
// fold_key of the first `bytes` bytes (whole characters): enough to test how
// a long provision starts without folding all of it.
std::string fold_prefix(std::string_view s, std::size_t bytes = 120);
// A folded text starts with one of the keys, as whole words.
bool starts_with_any(const std::string& folded, const std::vector<std::string>& keys);

// The body an office-holder acts for: "Chủ tịch Ủy ban nhân dân huyện X" →
// "Ủy ban nhân dân huyện X", "Chánh Văn phòng …" → "Văn phòng …".
std::string strip_office(std::string name);

// ------------------------------------------------------------ templates

// A template family with its partials expanded in place, validated, and
// compiled once; errors name the file, line and column of the tag.
class TemplateSet {
 public:
  // rel: "plan/plan.fo.mustache"; dir empty → the embedded copy.
  TemplateSet(const std::string& dir, const std::string& rel);
  // Names the template asked for that the view has nowhere in scope are
  // added to `missing` as warnings at their first tag (a typo such as
  // {{sumary}} renders empty otherwise).
  std::string render(const kainjow::mustache::data& view, std::vector<Diagnostic>* missing = nullptr) const;
  const std::string& text() const { return expanded_; }

 private:
  struct Piece {                 // a run of the expanded text …
    std::size_t at;              // … starting here in it
    std::string file;            // … copied from this file
    std::size_t from;            // … at this offset
  };
  void expand(const std::string& file, const std::string& text, int depth);  // appends to expanded_
  TemplateError error_at(std::size_t expanded_offset, const std::string& msg) const;
  std::string read(const std::string& rel, const std::string& from_file, std::size_t from_offset);

  std::string dir_;
  std::vector<Piece> pieces_;
  std::map<std::string, std::string> texts_;  // display name → text
  std::string expanded_;
};

}  // namespace vanban::plan
