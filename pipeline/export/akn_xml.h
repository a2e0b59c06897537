// Internals of the Akoma Ntoso writer shared by akn.cpp (document, body,
// attachments) and akn_meta.cpp (meta, preface, preamble, conclusions).
#pragma once

#include <libxml/tree.h>

#include <set>
#include <string>
#include <string_view>

#include "vanban/model.h"

namespace vanban::akn {

inline constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

// The schema requires an FRBRdate; when the issue date is missing or not a
// real date this one stands in, with name="unknown".
inline constexpr const char* kUnknownDate = "0001-01-01";

// The IRIs of the FRBR levels (AKN naming convention, "/akn/vn/act/…").
struct Iris {
  std::string work;        // /akn/vn/act/2024-08-02/47-nq-hdnd
  std::string expression;  // work + "/vie@"
  std::string date;        // the issue date, or kUnknownDate
  bool date_known = false;
};

Iris make_iris(const Meta& meta, bool is_act);

// The act/doc element and its name attribute for a doc_type (akn.cpp).
struct DocKind {
  std::string name;  // "resolution", "letter", …, "document" when unknown
  bool act = false;
};
DocKind doc_kind(const std::optional<std::string>& doc_type);

// IRI of a cited document, built the same way as make_iris.
std::string citation_iri(const Citation& c);

// Node building on libxml2's tree API. Every string goes through xml_safe /
// xml_line first; libxml2 escapes markup characters when it serialises
// (xmlNewTextChild and xmlSetProp store text raw — unlike xmlNewChild's
// content or xmlNewDocProp, which parse entity references).
class Builder {
 public:
  explicit Builder(xmlDocPtr doc) : doc_(doc) {}

  xmlNodePtr elem(xmlNodePtr parent, const char* name);
  // An element of mixed content (<p>) that may hold only inline elements:
  // an empty text node inside stops libxml2's formatter from indenting its
  // children, which would add white space to the text.
  xmlNodePtr mixed(xmlNodePtr parent, const char* name);
  // An element holding one line of text (white space folded).
  xmlNodePtr text_elem(xmlNodePtr parent, const char* name, std::string_view text);
  void text(xmlNodePtr parent, std::string_view text);
  void attr(xmlNodePtr n, const char* name, std::string_view value);

  // Sets eId unless the value is empty or already used anywhere in the
  // document: the schema makes eIds unique across the whole act/doc,
  // attachments and meta included, so a duplicate (a parser slip) is left
  // without an eId rather than making the file invalid. Returns whether set.
  bool eid(xmlNodePtr n, std::string_view value);

 private:
  xmlDocPtr doc_;
  std::set<std::string> eids_;
};

// <meta> of the main document: identification, lifecycle, references.
void write_meta(Builder& b, xmlNodePtr parent, const Document& doc, const Iris& iris);
// <meta> of an attachment's <doc>: identification of the component only
// (references stay in the main meta; their eIds would otherwise repeat).
void write_component_meta(Builder& b, xmlNodePtr parent, const Meta& meta, const Iris& iris,
                          const std::string& component);

// <preface>, <preamble>, <conclusions>: each written only when it would
// have content (the schema requires at least one child of each).
void write_preface(Builder& b, xmlNodePtr parent, const Meta& meta);
void write_preamble(Builder& b, xmlNodePtr parent, const Document& doc);
void write_conclusions(Builder& b, xmlNodePtr parent, const Document& doc);

}  // namespace vanban::akn
