// String helpers for the Akoma Ntoso writer (akn.cpp): what must happen to a
// string before libxml2 may see it, IRI slugs and dates.
#pragma once

#include <string>
#include <string_view>

namespace vanban::akn {

// Text that XML 1.0 can carry: invalid UTF-8 (bad or truncated sequences,
// overlong forms, surrogates, code points above U+10FFFF) becomes U+FFFD,
// C0 controls other than tab/LF/CR are dropped, and so are U+FFFE/U+FFFF.
// Markup characters are left alone: libxml2 escapes them on output.
std::string xml_safe(std::string_view s);

// xml_safe, then runs of XML white space folded to one space and trimmed.
std::string xml_line(std::string_view s);

// An IRI path segment: lower-case ASCII letters and digits, everything else
// a single '-'. Vietnamese (and other Latin) letters are transliterated to
// their base letter (đ → d, ộ → o) so "47/NQ-HĐND" → "47-nq-hdnd"; any other
// non-ASCII character is percent-encoded (UTF-8 bytes) so nothing is lost
// and the result is always a valid xsd:anyURI segment. Empty in → "nn".
std::string slug(std::string_view s);

// An eId value: the schema's noWhiteSpace ([^\s]+), so XML white space
// becomes '_'. Non-ASCII letters ("point_đ") are valid and kept.
std::string eid_value(std::string_view s);

// True for an ISO YYYY-MM-DD that is a real Gregorian date (libxml2's
// xsd:date check rejects 2023-02-30).
bool valid_iso_date(std::string_view s);

// "2024-08-02" → "ngày 02 tháng 8 năm 2024", the way the date line prints it.
std::string vietnamese_date(std::string_view iso);

}  // namespace vanban::akn
