// Subjects with a qualifier ("Các cơ quan được hỏi ý kiến có trách nhiệm …").
#pragma once

#include <vector>

#include "mentions.h"

namespace vanban::link_detail {

// Lengthens the generic names that open a clause over their qualifier, up to
// the duty marker that starts the predicate.
void extend_subjects(const Finder& f, const std::vector<Tok>& t, std::vector<Mention>& ms);

}  // namespace vanban::link_detail
