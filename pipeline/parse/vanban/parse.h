// Structure parser (pipeline/parse): clean text → Document.
//
// Never aborts on malformed text: unknown text stays text, and what looks
// wrong (a numbering gap, a missing header field) becomes a Diagnostic with
// line:column and provision path.
#pragma once

#include <string>

#include "vanban/model.h"

namespace vanban {

Document parse(const Text& text, const std::string& file);

// read_file + load_text + parse. Throws InputError for unusable input.
Document parse_file(const std::string& path);

}  // namespace vanban
