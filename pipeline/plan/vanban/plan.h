// Plan stage (pipeline/plan): the implementation plan (Kế hoạch triển khai
// thực hiện) that a parsed and linked document asks its implementing body to
// issue, as XSL-FO for pipeline/render.
//
//   Document ─► view model (tasks, table, sections, header, signature)
//            ─► Mustache templates (templates/plan/plan.fo.mustache and the
//               shared templates/partials/) ─► XSL-FO string
//
// Nothing is invented: tasks are worded from the provisions' own text, bodies
// come from the link stage's assignments, and what neither the document nor
// the options give (the plan's number, date, signer) stays a blank to fill
// ("Số: …/KH-UBND", "ngày … tháng … năm …"). The clock is never read.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban::plan {

// Overrides; an unset field takes its default from the document.
struct PlanOptions {
  // Implementing body, full name in sentence case ("Ủy ban nhân dân huyện
  // An Phú"). Default: the first document-scope lead of linking that is one
  // named body (not a collective, not an office-holder), else the issuer.
  std::optional<std::string> issuer;
  std::optional<std::string> issuer_parent;   // line above it ("Ủy ban nhân dân tỉnh Ninh Bình")
  std::optional<std::string> number;          // "12" or "12/KH-UBND"; default blank
  std::optional<std::string> date;            // ISO YYYY-MM-DD; default blank
  std::optional<std::string> place;           // default from the body's name or the document
  std::optional<std::string> signer_name;
  std::optional<std::string> signer_position;   // "Phó Chủ tịch"; default the head's title
  std::optional<std::string> signer_authority;  // "KT. Chủ tịch"; default from the position
  std::string templates_dir;  // empty: the templates built into vanban
};

// A template that cannot be used: file (as given or "templates/<rel>"),
// line and column (1-based) of the offending tag.
struct TemplateError : std::runtime_error {
  TemplateError(std::string file_, int line_, int column_, const std::string& what_);
  std::string file;
  int line = 0, column = 0;
};

// One task of section II and row of the task table.
struct Task {
  std::string eid;                    // the provision it comes from
  std::string text;                   // its own words
  std::vector<std::string> details;   // child items that are not tasks ("- …")
  std::vector<std::string> leads, coordinates;
  std::string time;                   // "Quý I/2015", "Trước ngày 30/6/2025", "Hằng năm", or ""
  std::string group;                  // heading of the group it belongs to, may be ""
};

// Tasks of the document in reading order (attachments included).
std::vector<Task> extract_tasks(const Document& doc);

// The implementing body by the rule of PlanOptions::issuer.
std::string implementing_body(const Document& doc);

// XSL-FO of the plan. Throws TemplateError for a bad template and
// std::invalid_argument for a bad option (a date that is not YYYY-MM-DD).
// `warnings` gets a template.unknown-key warning, at the tag, for each name
// a template asks for that the view model does not have (a typo renders
// empty otherwise).
std::string render_plan_fo(const Document& doc, const PlanOptions& opts = {},
                           std::vector<Diagnostic>* warnings = nullptr);

class TemplateSet;

// A template family read and checked once (opts.templates_dir, or the
// built-in copy), for rendering many plans: the batch run shares one between
// its workers. render() is const and safe to call from several threads.
class PlanTemplates {
 public:
  explicit PlanTemplates(const std::string& templates_dir = "");  // throws TemplateError
  ~PlanTemplates();
  PlanTemplates(PlanTemplates&&) noexcept;
  PlanTemplates& operator=(PlanTemplates&&) noexcept;
  // render_plan_fo with these templates (opts.templates_dir is not read).
  std::string render(const Document& doc, const PlanOptions& opts = {},
                     std::vector<Diagnostic>* warnings = nullptr) const;
  // The templates' text with partials expanded: what a cache must key on.
  const std::string& text() const;

 private:
  std::unique_ptr<TemplateSet> set_;
};

// "2025-01-05" → "ngày 05 tháng 01 năm 2025" (Decree 30: leading zero for a
// day below 10 and for months 1 and 2). Throws std::invalid_argument.
std::string official_date(std::string_view iso);
// "2025-06-30" → "30/6/2025", same zero rule ("05/01/2025").
std::string short_date(std::string_view iso);

// Mustache value escaping for XML: & < > " ' as entities, C0 controls other
// than tab/newline dropped, invalid UTF-8 replaced by U+FFFD.
std::string xml_escape(const std::string& s);

}  // namespace vanban::plan
