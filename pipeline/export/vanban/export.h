// Export (pipeline/export): a Document as bytes for machines and people.
#pragma once

#include <string>

#include "vanban/model.h"

namespace vanban {

// JSON of schema "vanban/1" (spec/parse-json.md), UTF-8, 2-space indent.
std::string to_json(const Document& doc);

// Akoma Ntoso 3.0 XML (libxml2), eIds as in the JSON, FRBR metadata from
// the header.
std::string to_akn(const Document& doc);

// A readable outline for people (the --format tree of `vanban parse`).
std::string to_tree(const Document& doc);

}  // namespace vanban
