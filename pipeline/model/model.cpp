#include "vanban/model.h"

namespace vanban {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? std::string("<input>") : d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  if (!d.path.empty()) out += " (in " + d.path + ")";
  return out;
}

const char* to_string(Encoding e) {
  switch (e) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf8_bom: return "utf-8-bom";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::windows1258: return "windows-1258";
    case Encoding::tcvn3: return "tcvn3";
    case Encoding::vni: return "vni";
    case Encoding::tcvn3_mojibake: return "tcvn3-mojibake";
    case Encoding::vni_mojibake: return "vni-mojibake";
  }
  return "?";
}

const char* to_string(ProvisionKind k) {
  switch (k) {
    case ProvisionKind::part: return "part";
    case ProvisionKind::chapter: return "chapter";
    case ProvisionKind::section: return "section";
    case ProvisionKind::subsection: return "subsection";
    case ProvisionKind::article: return "article";
    case ProvisionKind::clause: return "clause";
    case ProvisionKind::point: return "point";
    case ProvisionKind::item: return "item";
  }
  return "?";
}

const char* label_word(ProvisionKind k) {
  switch (k) {
    case ProvisionKind::part: return "Phần";
    case ProvisionKind::chapter: return "Chương";
    case ProvisionKind::section: return "Mục";
    case ProvisionKind::subsection: return "Tiểu mục";
    case ProvisionKind::article: return "Điều";
    case ProvisionKind::clause: return "Khoản";
    case ProvisionKind::point: return "Điểm";
    case ProvisionKind::item: return "Ý";
  }
  return "";
}

const char* to_string(Role r) {
  switch (r) {
    case Role::lead: return "lead";
    case Role::coordinate: return "coordinate";
    case Role::supervise: return "supervise";
  }
  return "?";
}

const char* to_string(Scope s) {
  return s == Scope::document ? "document" : "provision";
}

}  // namespace vanban
