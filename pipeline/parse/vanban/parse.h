// Structure parser (pipeline/parse): clean text → Document.
//
// Never aborts on malformed text: unknown text stays text, and what looks
// wrong (a numbering gap, a missing header field) becomes a Diagnostic with
// line:column and provision path.
#pragma once

#include <string>

#include "vanban/link.h"
#include "vanban/model.h"

namespace vanban {

Document parse(const Text& text, const std::string& file);

// The structure alone: header, bases, citations, provisions, closing.
// (Declared above.)  parse_file runs the whole reading pipeline:
// ingest_file (any format, pipeline/ingest) + parse + link (assignments).
// Throws InputError for unusable input.
Document parse_file(const std::string& path);
// The same, linking against a registry of the caller's (the built-in one
// plus a user's --agencies file).
Document parse_file(const std::string& path, const AgencyRegistry& agencies);

}  // namespace vanban
