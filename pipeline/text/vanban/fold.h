// Folding for matching (tìm kiếm không phân biệt kiểu bỏ dấu): Vietnamese
// text compared regardless of tone-mark placement (hoà/hòa, uỷ/ủy), case and,
// as a fallback, diacritics; plus ICU "vi" collation keys for sorting.
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// Puts the tone of open oa/oe/uy rhymes on the first vowel ("hoà" → "hòa",
// "uỷ" → "ủy"), leaving qu-/gi- syllables and closed rhymes alone. NFC in/out.
std::string tone_first_style(std::string_view utf8);

// tone_first_style + lower case (Vietnamese rules): the key for matching
// names insensitive to tone placement and case.
std::string fold_key(std::string_view utf8);

// Diacritics removed, đ → d, lower case: the fallback key that still finds
// OCR'd names ("Mật trận" matches "Mặt trận").
std::string fold_ascii(std::string_view utf8);

// ICU "vi" collation sort key (bytes comparable with memcmp / operator<).
std::string collation_key(std::string_view utf8);

}  // namespace vanban
