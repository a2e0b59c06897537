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
#include "vanban/templates.h"

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

// upper_vi, lower_vi, lower_first, upper_first, trim, as_sentence, bare: vanban/templates.h
std::string roman(int n);
// "Hằng năm", "Định kỳ 6 tháng" … for a recurrence code of the link stage; nullptr for others.
const char* recurrence_words(const std::string& code);
bool starts_with_words(const std::string& folded, const std::string& folded_prefix);
// fold_key of the first `bytes` bytes (whole characters): enough to test how
// a long provision starts without folding all of it.
std::string fold_prefix(std::string_view s, std::size_t bytes = 120);
// A folded text starts with one of the keys, as whole words.
bool starts_with_any(const std::string& folded, const std::vector<std::string>& keys);

// The body an office-holder acts for: "Chủ tịch Ủy ban nhân dân huyện X" →
// "Ủy ban nhân dân huyện X", "Chánh Văn phòng …" → "Văn phòng …".
std::string strip_office(std::string name);

}  // namespace vanban::plan
