// The outline for people: `vanban parse FILE --format tree`.
#include "vanban/export.h"

namespace vanban {

namespace {

std::string shorten(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "…";
}

void walk(std::string& out, const std::vector<Provision>& ps, int depth) {
  for (const auto& p : ps) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += label_word(p.kind);
    out += ' ';
    out += p.num;
    if (p.heading) out += ". " + *p.heading;
    if (!p.text.empty()) out += " — " + shorten(p.text, 90);
    out += "   [" + p.eid + "]\n";
    walk(out, p.children, depth + 1);
  }
}

}  // namespace

std::string to_tree(const Document& doc) {
  const Meta& m = doc.meta;
  auto v = [](const std::optional<std::string>& s) { return s ? *s : std::string("—"); };
  std::string out;
  out += v(m.doc_type) + " " + v(m.number) + " — " + v(m.issuer) + "\n";
  out += v(m.place) + ", " + v(m.date) + "\n";
  if (m.title) out += *m.title + "\n";
  out += "\nCăn cứ: " + std::to_string(doc.bases.size()) + " · văn bản dẫn chiếu: " +
         std::to_string(doc.citations.size()) + "\n\n";
  walk(out, doc.provisions, 0);
  if (m.signer) {
    out += "\nKý: ";
    if (m.signer->on_behalf) out += *m.signer->on_behalf + " ";
    out += v(m.signer->position) + " " + v(m.signer->name) + "\n";
  }
  if (!doc.recipients.empty()) {
    out += "Nơi nhận:\n";
    for (const auto& r : doc.recipients) out += "  - " + r + "\n";
  }
  return out;
}

}  // namespace vanban
