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

#include <cstdint>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban {

namespace link_detail {
struct Tok;  // a word token (pipeline/link/tokens.h)
struct WordFold;  // a word's folded forms (tokens.h)
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
  // the number of words matched (0 for none) and the entry. Exact on the
  // folded words, else (names of 3 words or more) diacritic-free after the
  // first; the longest wins, then the first in the registry.
  std::size_t match(const std::vector<link_detail::Tok>& words, std::size_t i, std::initializer_list<AgencyKind> kinds,
                    const AgencyEntry** found = nullptr) const;

  // Every entry that could be matched at word i, for callers that ask
  // match() of the same word for many sets of kinds: per kind, the first
  // entry (registry order) ending at each length, exact before diacritic-free,
  // shorter before longer. pick() chooses among them as match() does.
  struct Hit {
    std::uint32_t len;
    AgencyKind kind;
    bool ascii;
    const AgencyEntry* entry;
  };
  void hits(const std::vector<link_detail::Tok>& words, std::size_t i, std::vector<Hit>& out) const;
  static std::size_t pick(const Hit* begin, const Hit* end, std::initializer_list<AgencyKind> kinds,
                          const AgencyEntry** found);

  const std::vector<AgencyEntry>& entries() const { return entries_; }
  // The fields of the ministries whose names join two ("tài nguyên và môi trường", "khoa học và công
  // nghệ"), as folded words: a unit's name carries its field in lower case ("Trung tâm Truyền thông tài
  // nguyên và môi trường"), and its "và" joins no second body there.
  const std::vector<std::vector<std::string>>& ministry_fields() const { return ministry_fields_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A trie node: children by word id (few, sorted), the entries that end
  // here (registry order) and the set of their kinds.
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> next;
    std::vector<std::uint32_t> ends;
    std::uint32_t kinds = 0;
  };
  std::uint32_t id_of(const link_detail::Tok& t, bool ascii) const;
  const link_detail::WordFold& ids(link_detail::WordFold& fold) const;
  std::uint32_t child(std::uint32_t node, std::uint32_t id) const;
  std::uint32_t add_path(std::uint32_t root, const std::vector<std::string>& first,
                         const std::vector<std::string>& rest);

  std::vector<AgencyEntry> entries_;
  std::vector<std::vector<std::string>> ministry_fields_;
  // Every registry word (fold_key and fold_ascii forms) as an id from 1;
  // tokens look theirs up once per distinct word (cached in their fold), so
  // matching compares integers, never strings.
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  // Two tries over word ids: exact keys (root 0), and first key then ascii
  // forms (root 1, names of 3 words or more: the OCR fallback).
  // A third root (2) holds the names of 3 words or more wholly diacritic-free,
  // entered only by a first word no name has (an OCR'd "Ửy").
  std::vector<Node> nodes_{3};
  // the roots' children by word id (every position looks there first)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> first_{{0, 0}};
  std::vector<std::uint32_t> first_ocr_{0};
};

// Fills doc.assignments from doc.provisions and doc.meta.issuer.
void link(Document& doc, const AgencyRegistry& reg);
inline void link(Document& doc) { link(doc, AgencyRegistry::builtin()); }

}  // namespace vanban
