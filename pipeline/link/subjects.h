// Subjects with a qualifier ("Các cơ quan được hỏi ý kiến có trách nhiệm …").
#pragma once

#include <vector>

#include "mentions.h"

namespace vanban::link_detail {

// The name at token b opens its clause: only bullets before it since ";", "."
// or ":" — or, when `fronted`, since a "," or "thì" after a fronted phrase
// ("Căn cứ vào …, cơ quan thuế …", "… thì cơ quan cấp ưu đãi …").
bool opens_clause(const std::vector<Tok>& t, std::size_t b, bool fronted);

// Lengthens the generic names that open a clause over their qualifier, up to
// the duty marker that starts the predicate.
void extend_subjects(const Finder& f, const std::vector<Tok>& t, std::vector<Mention>& ms);

// Drops the bodies named as whose session or meeting it is ("Chậm nhất là 20 ngày trước ngày khai mạc kỳ
// họp Quốc hội, Ủy ban Thường vụ Quốc hội gửi …"): a time or place, no actor, nor one of a list with the
// subject after it.
void drop_session_holders(const std::vector<Tok>& t, std::vector<Mention>& ms);

}  // namespace vanban::link_detail
