// Loading a template family: the file, its partials expanded in place (once,
// not at every expansion — kainjow re-parses a partial each time it is used),
// every tag checked with its position, then one kainjow compile.
//
// kainjow reports a byte offset into the text it was given ("Unclosed
// section \"x\" at 6") and nothing about partials, so the checks that matter
// are done here, on each file, and what kainjow still reports is mapped back
// through the pieces of the expansion to file:line:column.
#include <algorithm>
#include <set>
#include <fstream>
#include <sstream>

#include "embedded.h"
#include "internal.h"

namespace vanban::plan {

namespace {

constexpr int kMaxDepth = 16;  // partials that include each other

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> line_col(const std::string& text, std::size_t off) {
  int line = 1, col = 1;
  off = std::min(off, text.size());
  for (std::size_t i = 0; i < off; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line, col = 1;
    else if ((c & 0xC0) != 0x80) ++col;
  }
  return {line, col};
}

}  // namespace

std::string TemplateSet::read(const std::string& rel, const std::string& from_file, std::size_t from_offset) {
  std::string shown, text;
  bool found = false;
  if (dir_.empty()) {
    shown = "templates/" + rel;
    for (const EmbeddedFile* f = kEmbeddedTemplates; f->path; ++f)
      if (rel == f->path) text = f->text, found = true;
  } else {
    shown = dir_ + "/" + rel;
    std::ifstream in(shown, std::ios::binary);
    if (in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str(), found = true;
    }
  }
  if (!found) {
    if (from_file.empty()) throw TemplateError(shown, 0, 0, "template not found");
    auto [l, c] = line_col(texts_[from_file], from_offset);
    throw TemplateError(from_file, l, c, "unknown partial: no file " + shown);
  }
  texts_[shown] = text;
  return shown;
}

TemplateSet::TemplateSet(const std::string& dir, const std::string& rel)
    : dir_(dir), family_(rel.substr(0, rel.find('/'))) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
  std::string shown = read(rel, "", 0);
  expand(shown, texts_[shown], 0);
}

// Copies `text` (the contents of `file`) into the expansion, checking each
// tag and replacing {{> name}} with templates/partials/name.mustache.
void TemplateSet::expand(const std::string& file, const std::string& text, int depth) {
  auto fail = [&](std::size_t off, const std::string& msg) -> TemplateError {
    auto [l, c] = line_col(text, off);
    return TemplateError(file, l, c, msg);
  };
  auto emit = [&](std::size_t from, std::size_t to) {
    if (to <= from) return;
    pieces_.push_back({expanded_.size(), file, from});
    expanded_.append(text, from, to - from);
  };
  // the sections open in this file (a partial must close what it opens)
  std::vector<std::pair<std::string, std::size_t>> open;
  std::size_t at = 0;
  for (;;) {
    std::size_t tag = text.find("{{", at);
    if (tag == std::string::npos) break;
    if (text.compare(tag, 3, "{{{") == 0)
      throw fail(tag, "{{{…}}} writes a value without XML escaping; use {{…}}");
    std::size_t end = text.find("}}", tag + 2);
    if (end == std::string::npos) throw fail(tag, "unclosed tag: '{{' without '}}'");
    std::string body = trim(std::string_view(text).substr(tag + 2, end - tag - 2));
    char sigil = body.empty() ? '\0' : body[0];
    std::string name = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' || sigil == '&' || sigil == '!' ||
                               sigil == '='
                           ? trim(std::string_view(body).substr(1))
                           : body;
    if (sigil == '!') {  // comment
      emit(at, end + 2);
      at = end + 2;
      continue;
    }
    if (body.empty()) throw fail(tag, "empty tag {{}}");
    if (sigil == '&') throw fail(tag, "{{&" + name + "}} writes a value without XML escaping; use {{" + name + "}}");
    if (sigil == '=') throw fail(tag, "set-delimiter tags are not supported in vanban templates");
    if (sigil == '#' || sigil == '^') {
      if (name.empty()) throw fail(tag, "section without a name");
      open.emplace_back(name, tag);
    } else if (sigil == '/') {
      if (open.empty()) throw fail(tag, "{{/" + name + "}} closes no open section");
      if (open.back().first != name) {
        auto [l, c] = line_col(text, open.back().second);
        throw fail(tag, "{{/" + name + "}} does not close {{#" + open.back().first + "}} opened at line " +
                            std::to_string(l) + ", column " + std::to_string(c));
      }
      open.pop_back();
    } else if (sigil == '>') {
      if (name.empty()) throw fail(tag, "partial without a name");
      if (depth >= kMaxDepth) throw fail(tag, "partials nested more than " + std::to_string(kMaxDepth) + " deep");
      std::string rel = (name.find('/') != std::string::npos ? name : "partials/" + name) + ".mustache";
      if (name.find("..") != std::string::npos) throw fail(tag, "partial name may not contain '..'");
      emit(at, tag);
      std::string shown = read(rel, file, tag);
      std::string sub = texts_[shown];  // a copy: texts_ may grow below
      expand(shown, sub, depth + 1);
      at = end + 2;
      continue;
    }
    emit(at, end + 2);
    at = end + 2;
  }
  if (!open.empty()) throw fail(open.back().second, "unclosed section {{#" + open.back().first + "}}");
  emit(at, text.size());
}

TemplateError TemplateSet::error_at(std::size_t off, const std::string& msg) const {
  const Piece* p = nullptr;
  for (const Piece& q : pieces_)
    if (q.at <= off) p = &q;
  if (!p) return TemplateError(pieces_.empty() ? "template" : pieces_[0].file, 1, 1, msg);
  auto [l, c] = line_col(texts_.at(p->file), p->from + (off - p->at));
  return TemplateError(p->file, l, c, msg);
}

namespace {

// kainjow's context, remembering the names it could not find.
class RecordingContext : public kainjow::mustache::context<std::string> {
 public:
  explicit RecordingContext(const kainjow::mustache::data* d) : context(d) {}
  const kainjow::mustache::data* get(const std::string& name) const override {
    const kainjow::mustache::data* v = context::get(name);
    if (!v) missing.insert(name);
    return v;
  }
  mutable std::set<std::string> missing;
};

}  // namespace

std::string TemplateSet::render(const kainjow::mustache::data& view, std::vector<Diagnostic>* missing) const {
  kainjow::mustache::mustache tmpl(expanded_);
  auto fail = [&](const std::string& m) -> TemplateError {
    // kainjow: "<message> at <offset>" — the offset into the expansion
    std::size_t pos = m.rfind(" at ");
    if (pos != std::string::npos && pos + 4 < m.size() &&
        std::all_of(m.begin() + static_cast<long>(pos) + 4, m.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      return error_at(std::stoul(m.substr(pos + 4)), m.substr(0, pos));
    return error_at(0, m);
  };
  if (!tmpl.is_valid()) throw fail(tmpl.error_message());
  tmpl.set_custom_escape([](const std::string& s) { return xml_escape(s); });
  RecordingContext ctx(&view);
  std::string out = tmpl.render(ctx);
  if (!tmpl.is_valid()) throw fail(tmpl.error_message());
  if (missing)
    for (const std::string& name : ctx.missing) {
      // where: the first tag naming it, {{name}}, {{#name}} or {{^name}}
      std::size_t at = 0;
      for (std::size_t tag = expanded_.find("{{"); tag != std::string::npos; tag = expanded_.find("{{", tag + 2)) {
        std::size_t end = expanded_.find("}}", tag);
        if (end == std::string::npos) break;
        std::string body = trim(std::string_view(expanded_).substr(tag + 2, end - tag - 2));
        if (!body.empty() && (body[0] == '#' || body[0] == '^')) body = trim(std::string_view(body).substr(1));
        if (body == name) {
          at = tag;
          break;
        }
      }
      TemplateError where = error_at(at, "");
      Diagnostic d;
      d.severity = Severity::warning;
      d.code = "template.unknown-key";
      d.file = where.file;
      d.line = where.line;
      d.column = where.column;
      d.message = "the " + family_ + "'s view model has no '" + name + "'; it renders empty";
      missing->push_back(std::move(d));
    }
  return out;
}

}  // namespace vanban::plan
