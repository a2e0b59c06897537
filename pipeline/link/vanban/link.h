// Link stage (pipeline/link): who must act on which provision.
//
// Finds agency mentions in each provision's own words (insensitive to case
// and tone-mark placement, with a diacritic-free fallback), splits
// enumerations, decides the role from the wording (lead / coordinate /
// supervise), the scope (document for "… thi hành Quyết định này"), and
// resolves each mention to a canonical name in the issuer's jurisdiction.
// The agency registry is data (pipeline/link/data/agencies.tsv), embedded
// in the binary and extensible with a user file of the same format.
#pragma once

#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban {

namespace link_detail {
struct Tok;  // a word token (pipeline/link/tokens.h)
}

enum class AgencyKind { head, central, province, district, local, office, collective, collective_phrase, abbr, stop, sector };

struct AgencyEntry {
  AgencyKind kind = AgencyKind::head;
  std::string words;      // as written in the registry
  std::string expansion;  // abbreviations; for a sector "province|district|commune" office names
  std::vector<std::string> keys;   // fold_key per word
  std::vector<std::string> ascii;  // fold_ascii per word (the OCR fallback)
  bool proper = false;             // a word after the first is capitalised ("Công ty Điện lực")
  // Validity (the 2025 reform): a name used outside it is flagged, not dropped.
  std::string valid_from, valid_until;  // ISO dates, empty when open
};

class AgencyRegistry {
 public:
  // Adds the entries of a TSV text (format: see agencies.tsv). Throws
  // std::runtime_error naming the line for a malformed entry.
  void add_tsv(std::string_view tsv, const std::string& origin = "agencies.tsv");
  void add_file(const std::string& path);

  // The registry shipped with vanban (loaded once; embedded copy).
  static const AgencyRegistry& builtin();

  // Longest entry of one of `kinds` starting at word i of `words`; returns
  // the number of words matched (0 for none) and the entry. `cands` (from
  // candidates(), looked up once per word) saves hashing the word again.
  std::size_t match(const std::vector<link_detail::Tok>& words, std::size_t i, std::initializer_list<AgencyKind> kinds,
                    const AgencyEntry** found = nullptr, const std::vector<std::size_t>* const* cands = nullptr) const;
  // Entries whose first word folds to `key`; nullptr when none.
  const std::vector<std::size_t>* candidates(std::string_view key) const {
    auto it = by_first_.find(key);
    return it == by_first_.end() ? nullptr : &it->second;
  }

  const std::vector<AgencyEntry>& entries() const { return entries_; }

  // entries by the fold_key of their first word, looked up by string_view
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>>;

 private:
  std::vector<AgencyEntry> entries_;
  // entries by the fold_key of their first word (matching is exact on the
  // first word; the diacritic-free fallback applies to the words after it)
  Index by_first_;
};

// Fills doc.assignments from doc.provisions and doc.meta.issuer.
void link(Document& doc, const AgencyRegistry& reg);
inline void link(Document& doc) { link(doc, AgencyRegistry::builtin()); }

}  // namespace vanban
