// A text's tokens and folded keys, made once and read by everything that
// looks at the text: mention finding, role reading, a parent's look at its
// children's openings, and the unassigned check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "glyph_repair.h"
#include "internal.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

struct TextWords {
  // `repair`: a document that lost glyphs is read as repaired (its tokens' words),
  // its offsets still the text's as printed
  TextWords(const std::string& text_, WordFolds& folds, const GlyphRepair* repair = nullptr)
      : text(text_), fixed(repair ? repair->repair(text_, &edits) : std::string()),
        t(repaired_tokens(text_, fixed, edits, folds)), keys(text_, t) {}
  // keys views t: neither may move
  TextWords(const TextWords&) = delete;
  TextWords& operator=(const TextWords&) = delete;

  // fold_key(head_of(text, n)): a view of the one fold when that is the same
  // string, else folded into `own`.
  std::string_view head_key(std::size_t n, std::string& own) const {
    const std::string_view head = head_of(text, n);
    if (const auto k = keys.prefix(head.size())) return *k;
    own = fold_key(head);
    return own;
  }

  const std::string& text;
  std::vector<GlyphRepair::Edit> edits;  // (before fixed: filled by its repair)
  const std::string fixed;  // the repaired text t's words view, when it has edits
  const std::vector<Tok> t;
  const KeyText keys;
};

}  // namespace vanban::link_detail
