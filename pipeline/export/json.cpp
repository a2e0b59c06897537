// JSON of schema vanban/1: the contract in spec/parse-json.md, plus
// diagnostics and the received stamp. Written by hand: the shape is fixed
// and small, and no JSON library is among the project's dependencies.
#include <cstdio>

#include "vanban/export.h"

namespace vanban {

namespace {

class Writer {
 public:
  std::string out;

  void str(const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    out += '"';
  }
  void opt(const std::optional<std::string>& s) {
    if (s) str(*s);
    else out += "null";
  }
  void indent(int n) { out.append(static_cast<std::size_t>(n) * 2, ' '); }
  void key(int n, const char* k) {
    indent(n);
    str(k);
    out += ": ";
  }
};

}  // namespace

std::string json_quote(std::string_view s) {
  Writer w;
  w.str(std::string(s));
  return w.out;
}

namespace {

void provision(Writer& w, const Provision& p, int n) {
  w.indent(n);
  w.out += "{";
  w.out += "\"eid\": ";
  w.str(p.eid);
  w.out += ", \"kind\": ";
  w.str(to_string(p.kind));
  w.out += ", \"num\": ";
  w.str(p.num);
  if (!p.printed.empty() && p.printed != p.num) {
    w.out += ", \"printed\": ";
    w.str(p.printed);
  }
  w.out += ", \"heading\": ";
  w.opt(p.heading);
  w.out += ", \"line\": " + std::to_string(p.line);
  w.out += ",\n";
  w.key(n + 1, "text");
  w.str(p.text);
  w.out += ",\n";
  w.key(n + 1, "children");
  if (p.children.empty()) {
    w.out += "[]}";
    return;
  }
  w.out += "[\n";
  for (std::size_t i = 0; i < p.children.size(); ++i) {
    provision(w, p.children[i], n + 2);
    w.out += i + 1 < p.children.size() ? ",\n" : "\n";
  }
  w.indent(n + 1);
  w.out += "]}";
}

template <class T, class F>
void list(Writer& w, int n, const char* k, const std::vector<T>& v, F&& item, bool last = false) {
  w.key(n, k);
  if (v.empty()) {
    w.out += last ? "[]\n" : "[],\n";
    return;
  }
  w.out += "[\n";
  for (std::size_t i = 0; i < v.size(); ++i) {
    item(v[i]);
    w.out += i + 1 < v.size() ? ",\n" : "\n";
  }
  w.indent(n);
  w.out += last ? "]\n" : "],\n";
}

}  // namespace

std::string to_json(const Document& doc) {
  Writer w;
  const Meta& m = doc.meta;
  w.out += "{\n";
  w.key(1, "schema");
  w.str("vanban/1");
  w.out += ",\n";
  w.key(1, "source");
  w.str(doc.source);
  w.out += ",\n";
  w.key(1, "encoding");
  w.str(to_string(doc.encoding));
  w.out += ",\n";
  w.key(1, "meta");
  w.out += "{\n";
  auto field = [&](const char* k, const std::optional<std::string>& v) {
    w.key(2, k);
    w.opt(v);
    w.out += ",\n";
  };
  field("doc_type", m.doc_type);
  field("number", m.number);
  field("issuer", m.issuer);
  field("issuer_parent", m.issuer_parent);
  field("place", m.place);
  field("date", m.date);
  field("title", m.title);
  field("session", m.session);
  field("effective_date", m.effective_date);
  w.key(2, "signer");
  if (m.signer) {
    w.out += "{\"position\": ";
    w.opt(m.signer->position);
    w.out += ", \"name\": ";
    w.opt(m.signer->name);
    w.out += ", \"on_behalf\": ";
    w.opt(m.signer->on_behalf);
    w.out += "}\n";
  } else {
    w.out += "null\n";
  }
  w.out += "  },\n";
  w.key(1, "received");
  if (doc.received) {
    w.out += "{\"number\": ";
    w.str(doc.received->number);
    w.out += ", \"date\": ";
    w.str(doc.received->date);
    w.out += ", \"line\": " + std::to_string(doc.received->source_line) + "},\n";
  } else {
    w.out += "null,\n";
  }
  list(w, 1, "bases", doc.bases, [&](const Basis& b) {
    w.indent(2);
    w.out += "{\"text\": ";
    w.str(b.text);
    w.out += ", \"line\": " + std::to_string(b.line) + "}";
  });
  list(w, 1, "citations", doc.citations, [&](const Citation& c) {
    w.indent(2);
    w.out += "{\"doc_type\": ";
    w.opt(c.doc_type);
    w.out += ", \"number\": ";
    w.opt(c.number);
    w.out += ", \"date\": ";
    w.opt(c.date);
    w.out += ", \"issuer\": ";
    w.opt(c.issuer);
    w.out += ", \"title\": ";
    w.opt(c.title);
    w.out += "}";
  });
  list(w, 1, "provisions", doc.provisions, [&](const Provision& p) { provision(w, p, 2); });
  list(w, 1, "body", doc.body, [&](const Paragraph& b) {
    w.indent(2);
    w.out += "{\"text\": ";
    w.str(b.text);
    w.out += ", \"line\": " + std::to_string(b.line) + "}";
  });
  // data tables beside the tree (not provisions); a task table's rows are
  // what assignments with a row's eid point at
  list(w, 1, "tables", doc.tables, [&](const Table& t) {
    w.indent(2);
    w.out += "{\"eid\": ";
    w.str(t.eid);
    w.out += ", \"line\": " + std::to_string(t.line) + ", \"rows\": [";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const TableRow& row = t.rows[r];
      w.out += r ? ",\n" : "\n";
      w.indent(3);
      w.out += "{\"eid\": ";
      w.str(row.eid);
      w.out += ", \"num\": ";
      w.str(row.num);
      w.out += ", \"line\": " + std::to_string(row.line) + ", \"cells\": [";
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (c) w.out += ", ";
        w.str(row.cells[c]);
      }
      w.out += "]}";
    }
    w.out += t.rows.empty() ? "]}" : "\n";
    if (!t.rows.empty()) {
      w.indent(2);
      w.out += "]}";
    }
  });
  list(w, 1, "recipients", doc.recipients, [&](const std::string& r) {
    w.indent(2);
    w.str(r);
  });
  list(w, 1, "assignments", doc.assignments, [&](const Assignment& a) {
    w.indent(2);
    w.out += "{\"eid\": ";
    w.str(a.eid);
    w.out += ", \"agency\": ";
    w.str(a.agency);
    w.out += ", \"mention\": ";
    w.str(a.mention);
    w.out += ", \"role\": ";
    w.str(to_string(a.role));
    w.out += ", \"scope\": ";
    w.str(to_string(a.scope));
    w.out += ", \"deadline\": ";
    w.opt(a.deadline);
    w.out += ", \"recurrence\": ";
    w.opt(a.recurrence);
    w.out += ", \"time_words\": ";
    w.opt(a.time_words);
    w.out += "}";
  });
  list(w, 1, "unassigned", doc.unassigned, [&](const std::string& e) {
    w.indent(2);
    w.str(e);
  });
  list(w, 1, "diagnostics", doc.diagnostics, [&](const Diagnostic& d) {
    w.indent(2);
    w.out += "{\"severity\": ";
    w.str(to_string(d.severity));
    w.out += ", \"code\": ";
    w.str(d.code);
    w.out += ", \"line\": " + std::to_string(d.line) + ", \"column\": " + std::to_string(d.column);
    w.out += ", \"path\": ";
    w.str(d.path);
    w.out += ", \"message\": ";
    w.str(d.message);
    w.out += "}";
  }, true);
  w.out += "}\n";
  return w.out;
}

}  // namespace vanban
