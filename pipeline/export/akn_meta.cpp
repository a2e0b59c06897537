// Akoma Ntoso front and back matter: <meta> (FRBR identification,
// lifecycle, references), <preface>, <preamble>, <conclusions>.
#include <algorithm>
#include <vector>

#include "akn_text.h"
#include "akn_xml.h"

namespace vanban::akn {

namespace {

bool has(const std::optional<std::string>& s) { return s && !xml_line(*s).empty(); }

// Local references (eId values in <references>); "vanban" is the agent that
// made the markup, named by every source="#vanban".
constexpr const char* kSource = "#vanban";
constexpr const char* kOntology = "/akn/ontology";

std::string signer_name(const Meta& m) { return m.signer && has(m.signer->name) ? *m.signer->name : ""; }
std::string signer_position(const Meta& m) {
  return m.signer && has(m.signer->position) ? *m.signer->position : "";
}

void frbr_value(Builder& b, xmlNodePtr parent, const char* name, std::string_view value) {
  b.attr(b.elem(parent, name), "value", value);
}

void frbr_date(Builder& b, xmlNodePtr parent, const Iris& iris) {
  xmlNodePtr d = b.elem(parent, "FRBRdate");
  b.attr(d, "date", iris.date);
  b.attr(d, "name", iris.date_known ? "issued" : "unknown");
}

void frbr_author(Builder& b, xmlNodePtr parent, const Meta& m) {
  // An author is required; an unknown issuer points to a placeholder IRI.
  b.attr(b.elem(parent, "FRBRauthor"), "href",
         has(m.issuer) ? "#issuer" : std::string(kOntology) + "/organizations/vn/unknown");
}

// FRBRWork / FRBRExpression / FRBRManifestation for one component ("main",
// "att_1", …). Work and expression carry the issuer as author; the
// manifestation (this XML) is vanban's.
void identification(Builder& b, xmlNodePtr meta, const Meta& m, const Iris& iris, const std::string& component) {
  xmlNodePtr id = b.elem(meta, "identification");
  b.attr(id, "source", kSource);

  xmlNodePtr work = b.elem(id, "FRBRWork");
  frbr_value(b, work, "FRBRthis", iris.work + "/!" + component);
  frbr_value(b, work, "FRBRuri", iris.work);
  frbr_date(b, work, iris);
  frbr_author(b, work, m);
  frbr_value(b, work, "FRBRcountry", "vn");
  if (has(m.number)) frbr_value(b, work, "FRBRnumber", xml_line(*m.number));
  if (has(m.doc_type)) frbr_value(b, work, "FRBRname", xml_line(*m.doc_type));

  xmlNodePtr expr = b.elem(id, "FRBRExpression");
  frbr_value(b, expr, "FRBRthis", iris.expression + "/!" + component);
  frbr_value(b, expr, "FRBRuri", iris.expression);
  frbr_date(b, expr, iris);
  frbr_author(b, expr, m);
  b.attr(b.elem(expr, "FRBRlanguage"), "language", "vie");

  xmlNodePtr manif = b.elem(id, "FRBRManifestation");
  frbr_value(b, manif, "FRBRthis", iris.expression + "/!" + component + ".xml");
  frbr_value(b, manif, "FRBRuri", iris.expression + ".akn");
  frbr_date(b, manif, iris);
  b.attr(b.elem(manif, "FRBRauthor"), "href", kSource);
  frbr_value(b, manif, "FRBRformat", "application/akn+xml");
}

// Issue and entry into force, each only when it is a real date. The
// effective date has no event type: the schema's eventType knows only
// generation, amendment and repeal.
void lifecycle(Builder& b, xmlNodePtr meta, const Meta& m, const Iris& iris) {
  const bool effective = m.effective_date && valid_iso_date(*m.effective_date);
  if (!iris.date_known && !effective) return;
  xmlNodePtr lc = b.elem(meta, "lifecycle");
  b.attr(lc, "source", kSource);
  auto event = [&](const char* eid, const std::string& date, const char* type) {
    xmlNodePtr e = b.elem(lc, "eventRef");
    b.eid(e, eid);
    b.attr(e, "date", date);
    b.attr(e, "source", "#original");
    if (type) b.attr(e, "type", type);
  };
  if (iris.date_known) event("e_issued", iris.date, "generation");
  if (effective) event("e_effective", *m.effective_date, nullptr);
}

void reference(Builder& b, xmlNodePtr refs, const char* element, const std::string& eid, const std::string& href,
               const std::string& show_as) {
  xmlNodePtr r = b.elem(refs, element);
  b.eid(r, eid);
  b.attr(r, "href", href);
  b.attr(r, "showAs", xml_line(show_as));
}

std::string citation_label(const Citation& c) {
  std::string label;
  for (const auto* part : {&c.doc_type, &c.number, &c.title})
    if (has(*part)) {
      if (!label.empty()) label += ' ';
      label += xml_line(**part);
    }
  return label.empty() ? "?" : label;
}

void references(Builder& b, xmlNodePtr meta, const Document& doc, const Iris& iris) {
  const Meta& m = doc.meta;
  xmlNodePtr refs = b.elem(meta, "references");
  b.attr(refs, "source", kSource);
  const std::string shown = has(m.title) ? *m.title : has(m.number) ? *m.number : "vanban document";
  reference(b, refs, "original", "original", iris.expression + "/!main", shown);
  for (std::size_t i = 0; i < doc.citations.size(); ++i)
    reference(b, refs, "passiveRef", "cit_" + std::to_string(i + 1), citation_iri(doc.citations[i]),
              citation_label(doc.citations[i]));
  const std::string org = std::string(kOntology) + "/organizations/vn/";
  reference(b, refs, "TLCOrganization", "vanban", org + "vanban", "vanban");
  if (has(m.issuer)) reference(b, refs, "TLCOrganization", "issuer", org + slug(*m.issuer), *m.issuer);
  if (!signer_name(m).empty())
    reference(b, refs, "TLCPerson", "signer", std::string(kOntology) + "/persons/vn/" + slug(signer_name(m)),
              signer_name(m));
  if (!signer_position(m).empty())
    reference(b, refs, "TLCRole", "signerRole", std::string(kOntology) + "/roles/vn/" + slug(signer_position(m)),
              signer_position(m));
}

// A <p> holding one inline element, with optional plain text before it.
xmlNodePtr inline_p(Builder& b, xmlNodePtr parent, std::string_view before, const char* inline_name,
                    std::string_view value) {
  xmlNodePtr p = b.mixed(parent, "p");
  if (!before.empty()) b.text(p, before);
  return b.text_elem(p, inline_name, value);
}

// Where each citation is mentioned in a basis: its number, or for a law
// cited by name, its title. One mention per citation, overlaps dropped.
struct Mention {
  std::size_t pos, len, citation;
};

std::vector<Mention> mentions(const std::string& text, const std::vector<Citation>& cits) {
  std::vector<Mention> found;
  for (std::size_t i = 0; i < cits.size(); ++i) {
    const auto& key = has(cits[i].number) ? cits[i].number : cits[i].title;
    if (!has(key)) continue;
    const std::string k = xml_line(*key);
    if (auto pos = text.find(k); pos != std::string::npos) found.push_back({pos, k.size(), i});
  }
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.len > b.len;
  });
  std::vector<Mention> kept;
  for (const auto& f : found)
    if (kept.empty() || f.pos >= kept.back().pos + kept.back().len) kept.push_back(f);
  return kept;
}

// One basis as a <p>, the cited documents in it as <ref>s to their
// passiveRef IRIs.
void basis_p(Builder& b, xmlNodePtr parent, const std::string& text, const std::vector<Citation>& cits) {
  xmlNodePtr p = b.elem(parent, "p");
  std::size_t at = 0;
  for (const Mention& m : mentions(text, cits)) {
    b.text(p, std::string_view(text).substr(at, m.pos - at));
    xmlNodePtr ref = b.text_elem(p, "ref", std::string_view(text).substr(m.pos, m.len));
    b.attr(ref, "href", citation_iri(cits[m.citation]));
    at = m.pos + m.len;
  }
  b.text(p, std::string_view(text).substr(at));
}

}  // namespace

Iris make_iris(const Meta& meta, bool is_act) {
  Iris iris;
  iris.date_known = meta.date && valid_iso_date(*meta.date);
  iris.date = iris.date_known ? *meta.date : kUnknownDate;
  iris.work = std::string("/akn/vn/") + (is_act ? "act" : "doc") + "/" + iris.date + "/" +
              slug(meta.number ? *meta.number : "");
  iris.expression = iris.work + "/vie@";
  return iris;
}

std::string citation_iri(const Citation& c) {
  const std::string date = c.date && valid_iso_date(*c.date) ? *c.date : kUnknownDate;
  const auto& key = has(c.number) ? c.number : c.title;
  const char* type = doc_kind(c.doc_type).act || !c.doc_type ? "act" : "doc";
  return std::string("/akn/vn/") + type + "/" + date + "/" + slug(key ? *key : "");
}

void write_meta(Builder& b, xmlNodePtr parent, const Document& doc, const Iris& iris) {
  xmlNodePtr meta = b.elem(parent, "meta");
  identification(b, meta, doc.meta, iris, "main");
  lifecycle(b, meta, doc.meta, iris);
  references(b, meta, doc, iris);
}

void write_component_meta(Builder& b, xmlNodePtr parent, const Meta& meta, const Iris& iris,
                          const std::string& component) {
  identification(b, b.elem(parent, "meta"), meta, iris, component);
}

void write_preface(Builder& b, xmlNodePtr parent, const Meta& m) {
  const bool date_known = m.date && valid_iso_date(*m.date);
  if (!has(m.issuer_parent) && !has(m.issuer) && !has(m.number) && !has(m.place) && !has(m.date) &&
      !has(m.doc_type) && !has(m.title) && !has(m.session))
    return;
  xmlNodePtr preface = b.elem(parent, "preface");
  if (has(m.issuer_parent)) b.attr(b.text_elem(preface, "p", *m.issuer_parent), "class", "issuerParent");
  if (has(m.issuer)) inline_p(b, preface, "", "docProponent", *m.issuer);
  if (has(m.number)) inline_p(b, preface, "Số: ", "docNumber", *m.number);
  if (date_known) {
    const std::string place = has(m.place) ? xml_line(*m.place) + ", " : "";
    b.attr(inline_p(b, preface, place, "docDate", vietnamese_date(*m.date)), "date", *m.date);
  } else if (has(m.place) || has(m.date)) {
    // an unreadable date has no date attribute to give, so it stays text
    b.text_elem(preface, "p", (has(m.place) ? *m.place + ", " : "") + (has(m.date) ? *m.date : ""));
  }
  if (has(m.doc_type)) inline_p(b, preface, "", "docType", *m.doc_type);
  if (has(m.title)) inline_p(b, b.elem(preface, "longTitle"), "", "docTitle", *m.title);
  if (has(m.session)) inline_p(b, preface, "", "session", *m.session);
}

void write_preamble(Builder& b, xmlNodePtr parent, const Document& doc) {
  std::vector<std::string> texts;
  for (const Basis& basis : doc.bases)
    if (std::string t = xml_line(basis.text); !t.empty()) texts.push_back(std::move(t));
  if (texts.empty()) return;
  // The legal bases are what AKN calls citations ("Having regard to …").
  xmlNodePtr cits = b.elem(b.elem(parent, "preamble"), "citations");
  for (const std::string& t : texts) basis_p(b, b.elem(cits, "citation"), t, doc.citations);
}

void write_conclusions(Builder& b, xmlNodePtr parent, const Document& doc) {
  const Meta& m = doc.meta;
  const std::string name = signer_name(m), position = signer_position(m);
  const bool on_behalf = m.signer && has(m.signer->on_behalf);
  std::vector<std::string> recipients;
  for (const std::string& r : doc.recipients)
    if (std::string t = xml_line(r); !t.empty()) recipients.push_back(std::move(t));
  if (name.empty() && position.empty() && !on_behalf && recipients.empty()) return;

  xmlNodePtr conclusions = b.elem(parent, "conclusions");
  if (!name.empty() || !position.empty() || on_behalf) {
    xmlNodePtr block = b.elem(conclusions, "blockContainer");
    b.attr(block, "class", "signature");
    if (on_behalf) b.text_elem(block, "p", *m.signer->on_behalf);
    if (!name.empty() || !position.empty()) {
      xmlNodePtr sig = b.elem(b.mixed(block, "p"), "signature");
      // role and person both require refersTo (TLCRole / TLCPerson)
      if (!position.empty()) b.attr(b.text_elem(sig, "role", position), "refersTo", "#signerRole");
      if (!name.empty() && !position.empty()) b.text(sig, " ");
      if (!name.empty()) {
        xmlNodePtr person = b.text_elem(sig, "person", name);
        b.attr(person, "refersTo", "#signer");
        if (!position.empty()) b.attr(person, "as", "#signerRole");
      }
    }
  }
  if (!recipients.empty()) {
    xmlNodePtr block = b.elem(conclusions, "blockContainer");
    b.attr(block, "class", "recipients");
    b.text_elem(block, "heading", "Nơi nhận:");
    xmlNodePtr ul = b.elem(block, "ul");
    for (const std::string& r : recipients) b.text_elem(ul, "li", r);
  }
}

}  // namespace vanban::akn
