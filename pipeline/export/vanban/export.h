// Export (pipeline/export): a Document as bytes for machines and people.
#pragma once

#include <string>
#include <string_view>

#include "vanban/model.h"

namespace vanban {

// JSON of schema "vanban/1" (spec/parse-json.md), UTF-8, 2-space indent.
std::string to_json(const Document& doc);

// Akoma Ntoso 3.0 XML (libxml2), eIds as in the JSON, FRBR metadata from
// the header.
std::string to_akn(const Document& doc);

// A readable outline for people (the --format tree of `vanban parse`).
std::string to_tree(const Document& doc);

// The agency × provision matrix (`vanban agencies`): for each agency in
// order of first appearance, the provisions it must act on, with role,
// scope and deadline; then the provisions that ask for action but name no
// one. A table for people, CSV (RFC 4180, CRLF) and JSON for machines.
std::string to_agency_table(const Document& doc);
std::string to_agency_csv(const Document& doc);
std::string to_agency_json(const Document& doc);

// A JSON string literal (quotes included) for UTF-8 text.
std::string json_quote(std::string_view s);
// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a
// comma, a quote or a line break; else as it is.
std::string csv_quote(const std::string& s);

}  // namespace vanban
