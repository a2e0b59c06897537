// Akoma Ntoso 3.0 export: the Document as an <akomaNtoso> tree built with
// libxml2 and serialised as indented UTF-8. Valid against the OASIS schema
// (schemas/akomantoso30.xsd), which tests/akn_test.cpp checks for every
// corpus document. eIds are the JSON eids.
//
// Choices the schema forced or left open:
// - normative documents (luật, nghị định, nghị quyết, quyết định, thông
//   tư, …) are <act>, whose <body> admits only hierarchical units; the rest
//   (công văn, kế hoạch, báo cáo, …, and an unknown type) are <doc> with a
//   <mainBody>.
// - <body>/<mainBody> need at least one child: an act without provisions
//   gets an empty <hcontainer name="noProvisions"/>, a doc an empty <p/>
//   (the model keeps no body text outside provisions).
// - a unit is either <content> or <intro>+children: its own words go in
//   <content><p> when it has no children, else in <intro><p>.
// - item (an un-numbered '-' entry) is a <point>: <item> exists only inside
//   <blockList>, which holds blocks, not hierarchical units.
// - attachments (eids att_N__…) are <attachment eId="att_N"><doc
//   name="attachment"> with their own FRBR identification and a <mainBody>;
//   the eIds inside stay the JSON ones.
#include <libxml/parser.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "akn_text.h"
#include "akn_xml.h"
#include "vanban/export.h"

namespace vanban {

namespace akn {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

}  // namespace

xmlNodePtr Builder::elem(xmlNodePtr parent, const char* name) {
  // A null namespace makes the child inherit the parent's (AKN) namespace.
  return xmlNewChild(parent, nullptr, x(name), nullptr);
}

xmlNodePtr Builder::mixed(xmlNodePtr parent, const char* name) {
  xmlNodePtr n = elem(parent, name);
  xmlAddChild(n, xmlNewDocTextLen(doc_, x(""), 0));
  return n;
}

xmlNodePtr Builder::text_elem(xmlNodePtr parent, const char* name, std::string_view text) {
  const std::string line = xml_line(text);
  return xmlNewTextChild(parent, nullptr, x(name), x(line.c_str()));
}

void Builder::text(xmlNodePtr parent, std::string_view text) {
  const std::string safe = xml_safe(text);
  if (safe.empty()) return;
  xmlAddChild(parent, xmlNewDocTextLen(doc_, x(safe.c_str()), static_cast<int>(safe.size())));
}

void Builder::attr(xmlNodePtr n, const char* name, std::string_view value) {
  const std::string safe = xml_safe(value);
  xmlSetProp(n, x(name), x(safe.c_str()));
}

bool Builder::eid(xmlNodePtr n, std::string_view value) {
  std::string v = eid_value(value);
  if (v.empty() || !eids_.insert(v).second) return false;
  attr(n, "eId", v);
  return true;
}

namespace {

// ---------------------------------------------------------------- doc type

struct TypeName {
  std::string_view vietnamese;
  const char* name;  // the act/doc name attribute
  bool act;
};

// Exact (sentence-case) doc_type values as the parser writes them.
constexpr TypeName kTypes[] = {
    {"Hiến pháp", "constitution", true},
    {"Bộ luật", "code", true},
    {"Luật", "law", true},
    {"Pháp lệnh", "ordinance", true},
    {"Lệnh", "order", true},
    {"Nghị quyết", "resolution", true},
    {"Nghị quyết liên tịch", "jointResolution", true},
    {"Nghị định", "decree", true},
    {"Quyết định", "decision", true},
    {"Thông tư", "circular", true},
    {"Thông tư liên tịch", "jointCircular", true},
    {"Chỉ thị", "directive", false},
    {"Công văn", "letter", false},
    {"Kế hoạch", "plan", false},
    {"Báo cáo", "report", false},
    {"Thông báo", "notice", false},
    {"Tờ trình", "submission", false},
    {"Đề án", "scheme", false},
    {"Chương trình", "programme", false},
    {"Hướng dẫn", "guidance", false},
    {"Quy chế", "regulation", false},
    {"Quy định", "rules", false},
};


}  // namespace

DocKind doc_kind(const std::optional<std::string>& doc_type) {
  if (!doc_type) return {"document", false};
  const std::string t = xml_line(*doc_type);
  for (const TypeName& tn : kTypes)
    if (tn.vietnamese == t) return {tn.name, tn.act};
  return {t.empty() ? "document" : slug(t), false};
}

namespace {

// ---------------------------------------------------------------- body

const char* element_name(ProvisionKind k) {
  switch (k) {
    case ProvisionKind::part: return "part";
    case ProvisionKind::chapter: return "chapter";
    case ProvisionKind::section: return "section";
    case ProvisionKind::subsection: return "subsection";
    case ProvisionKind::article: return "article";
    case ProvisionKind::clause: return "paragraph";
    case ProvisionKind::point: return "point";
    case ProvisionKind::item: return "point";
  }
  return "hcontainer";
}

void provision(Builder& b, xmlNodePtr parent, const Provision& p) {
  xmlNodePtr n = b.elem(parent, element_name(p.kind));
  b.eid(n, p.eid);
  if (!xml_line(p.num).empty()) {
    xmlNodePtr num = b.text_elem(n, "num", p.num);
    // a corrected scanning slip keeps its printed label
    if (!p.printed.empty() && p.printed != p.num) b.attr(num, "title", xml_line(p.printed));
  }
  if (p.heading && !xml_line(*p.heading).empty()) b.text_elem(n, "heading", *p.heading);
  const std::string text = xml_line(p.text);
  if (p.children.empty()) {
    if (!text.empty()) b.text_elem(b.elem(n, "content"), "p", text);
    return;
  }
  if (!text.empty()) b.text_elem(b.elem(n, "intro"), "p", text);
  for (const Provision& c : p.children) provision(b, n, c);
}

// "att_2__chp_I__art_1" → "att_2"; "" for the main body.
std::string attachment_of(const std::string& eid) {
  if (eid.rfind("att_", 0) != 0) return "";
  const auto end = eid.find("__");
  return end == std::string::npos ? eid : eid.substr(0, end);
}

struct Parts {
  std::vector<const Provision*> main;
  std::vector<std::pair<std::string, std::vector<const Provision*>>> attachments;  // in order
};

Parts split(const std::vector<Provision>& provisions) {
  Parts parts;
  std::map<std::string, std::size_t> index;
  for (const Provision& p : provisions) {
    const std::string att = attachment_of(p.eid);
    if (att.empty()) {
      parts.main.push_back(&p);
      continue;
    }
    auto [it, fresh] = index.try_emplace(att, parts.attachments.size());
    if (fresh) parts.attachments.push_back({att, {}});
    parts.attachments[it->second].second.push_back(&p);
  }
  return parts;
}

void body(Builder& b, xmlNodePtr parent, const std::vector<const Provision*>& ps, bool is_act) {
  xmlNodePtr body = b.elem(parent, is_act ? "body" : "mainBody");
  for (const Provision* p : ps) provision(b, body, *p);
  if (!ps.empty()) return;
  if (is_act) b.attr(b.elem(body, "hcontainer"), "name", "noProvisions");
  else b.elem(body, "p");
}

void attachments(Builder& b, xmlNodePtr parent, const Parts& parts, const Meta& meta, const Iris& iris) {
  if (parts.attachments.empty()) return;
  xmlNodePtr atts = b.elem(parent, "attachments");
  for (const auto& [id, ps] : parts.attachments) {
    xmlNodePtr att = b.elem(atts, "attachment");
    b.eid(att, id);
    xmlNodePtr doc = b.elem(att, "doc");
    b.attr(doc, "name", "attachment");
    write_component_meta(b, doc, meta, iris, id);
    body(b, doc, ps, false);
  }
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

}  // namespace akn

std::string to_akn(const Document& d) {
  using namespace akn;
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });

  std::unique_ptr<xmlDoc, DocFree> doc(xmlNewDoc(x("1.0")));
  if (!doc) throw std::bad_alloc();
  xmlNodePtr root = xmlNewDocNode(doc.get(), nullptr, x("akomaNtoso"), nullptr);
  xmlDocSetRootElement(doc.get(), root);
  xmlSetNs(root, xmlNewNs(root, x(kNamespace), nullptr));

  Builder b(doc.get());
  const DocKind kind = doc_kind(d.meta.doc_type);
  const Iris iris = make_iris(d.meta, kind.act);
  const Parts parts = split(d.provisions);

  xmlNodePtr top = b.elem(root, kind.act ? "act" : "doc");
  b.attr(top, "name", kind.name);
  // meta comes first in the tree and so claims its eIds (cit_1, issuer, …)
  // first: a provision that clashes with one loses its eId, not the meta.
  write_meta(b, top, d, iris);
  write_preface(b, top, d.meta);
  write_preamble(b, top, d);
  body(b, top, parts.main, kind.act);
  write_conclusions(b, top, d);
  attachments(b, top, parts, d.meta, iris);

  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc.get(), &mem, &size, "UTF-8", 1);
  if (!mem) throw std::runtime_error("libxml2 could not serialise the Akoma Ntoso tree");
  std::string out(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
  xmlFree(mem);
  return out;
}

}  // namespace vanban
