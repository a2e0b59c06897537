// Facade: Document + options → view model → templates → XSL-FO.
#include "internal.h"
#include "view.h"

namespace vanban::plan {

std::string render_plan_fo(const Document& doc, const PlanOptions& opts, std::vector<Diagnostic>* warnings) {
  if (opts.date) official_date(*opts.date);  // a bad --date is the user's error, reported before any work
  TemplateSet t(opts.templates_dir, "plan/plan.fo.mustache");
  return t.render(plan_view(doc, opts), warnings);
}

PlanTemplates::PlanTemplates(const std::string& templates_dir)
    : set_(std::make_unique<TemplateSet>(templates_dir, "plan/plan.fo.mustache")) {}
PlanTemplates::~PlanTemplates() = default;
PlanTemplates::PlanTemplates(PlanTemplates&&) noexcept = default;
PlanTemplates& PlanTemplates::operator=(PlanTemplates&&) noexcept = default;

std::string PlanTemplates::render(const Document& doc, const PlanOptions& opts,
                                  std::vector<Diagnostic>* warnings) const {
  if (opts.date) official_date(*opts.date);
  return set_->render(plan_view(doc, opts), warnings);
}

const std::string& PlanTemplates::text() const { return set_->text(); }

}  // namespace vanban::plan
