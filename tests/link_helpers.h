// Helpers of the link tests: a one-provision document, linked, and lookups
// of its assignments by agency and role.
#pragma once

#include <string>
#include <vector>

#include "vanban/fold.h"
#include "vanban/link.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace vanban::link_test {

inline Document one(std::string issuer, std::string text, std::string doc_type = "") {
  Document d;
  if (!doc_type.empty()) d.meta.doc_type = std::move(doc_type);
  d.meta.issuer = std::move(issuer);
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = "para_1";
  p.text = std::move(text);
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

// A document of `issuer` made of these provisions, linked.
inline Document linked_doc(std::string issuer, std::string doc_type, std::vector<Provision> provisions) {
  Document d;
  d.meta.doc_type = std::move(doc_type);
  d.meta.issuer = std::move(issuer);
  d.provisions = std::move(provisions);
  link(d);
  return d;
}

// A law of the Quốc hội made of these provisions, linked (the link tests of Luật 15/2012, 65/2025 …).
inline Document linked_law(std::vector<Provision> provisions) {
  return linked_doc("Quốc hội", "Luật", std::move(provisions));
}

// A clause with its children (a provision tree built by hand).
inline Provision prov(std::string eid, std::string text, std::vector<Provision> children = {}) {
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = std::move(eid);
  p.text = std::move(text);
  p.children = std::move(children);
  return p;
}

// An item ("- …") of a list.
inline Provision item_prov(std::string eid, std::string text) {
  Provision p = prov(std::move(eid), std::move(text));
  p.kind = ProvisionKind::item;
  return p;
}

// An article "art_1" with its heading over one clause "art_1__para_1", linked.
inline Document headed(std::string issuer, std::string doc_type, std::string heading, std::string clause) {
  Document d;
  d.meta.doc_type = std::move(doc_type);
  d.meta.issuer = std::move(issuer);
  Provision p;
  p.kind = ProvisionKind::article;
  p.eid = "art_1";
  p.heading = std::move(heading);
  Provision c;
  c.kind = ProvisionKind::clause;
  c.eid = "art_1__para_1";
  c.text = std::move(clause);
  p.children.push_back(std::move(c));
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

// The mention of the entry for `agency` with role r, or "" when there is none.
inline std::string mention_of(const Document& d, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (fold_key(a.agency) == fold_key(agency) && a.role == r) return a.mention;
  return "";
}

inline bool has(const Document& d, const std::string& agency, Role r) { return !mention_of(d, agency, r).empty(); }

// An entry for `agency` with role r on the provision `eid`.
inline bool has_on(const Document& d, const std::string& eid, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.eid == eid && fold_key(a.agency) == fold_key(agency) && a.role == r) return true;
  return false;
}

// A text as a file holds it, read, parsed and linked.
inline Document linked_text(const std::string& text) {
  Document d = parse(load_text(text, "t.txt"), "t.txt");
  link(d);
  return d;
}

// The entry for exactly `agency` with role r on the provision `eid` (its deadline to be checked), or null.
inline const Assignment* entry_on(const Document& d, const std::string& eid, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.eid == eid && a.agency == agency && a.role == r) return &a;
  return nullptr;
}

// An entry whose mention opens with `words`, with role r.
inline bool mentioned(const Document& d, const std::string& words, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.role == r && a.mention.rfind(words, 0) == 0) return true;
  return false;
}

// An entry whose mention holds `words`, with any role.
inline bool any_with(const Document& d, const std::string& words) {
  for (const Assignment& a : d.assignments)
    if (a.mention.find(words) != std::string::npos) return true;
  return false;
}

// The entries on one provision, as "role agency" lines in the order found.
inline std::vector<std::string> on(const Document& d, const std::string& eid) {
  std::vector<std::string> out;
  for (const Assignment& a : d.assignments)
    if (a.eid == eid)
      out.push_back(std::string(to_string(a.role)) + " " + a.agency);
  return out;
}

}  // namespace vanban::link_test
