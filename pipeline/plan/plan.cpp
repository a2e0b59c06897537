// Facade: Document + options → view model → templates → XSL-FO.
#include "internal.h"
#include "view.h"

namespace vanban::plan {

std::string render_plan_fo(const Document& doc, const PlanOptions& opts, std::vector<Diagnostic>* warnings) {
  if (opts.date) official_date(*opts.date);  // a bad --date is the user's error, reported before any work
  TemplateSet t(opts.templates_dir, "plan/plan.fo.mustache");
  return t.render(plan_view(doc, opts), warnings);
}

}  // namespace vanban::plan
