// A text's tokens and folded keys, made once and read by everything that
// looks at the text: mention finding, role reading, a parent's look at its
// children's openings, and the unassigned check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

struct TextWords {
  TextWords(const std::string& text_, WordFolds& folds) : text(text_), t(tokenize(text_, folds)), keys(text_, t) {}
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
  const std::vector<Tok> t;
  const KeyText keys;
};

}  // namespace vanban::link_detail
