// The plan's view model (what the templates see), built from a Document.
#pragma once

#include <kainjow/mustache.hpp>
#include <set>
#include <string>

#include "vanban/plan.h"

namespace vanban::plan {

std::set<std::string> document_scope_eids(const Document& doc);

// Keys: see templates/plan/plan.fo.mustache (and its header comment).
kainjow::mustache::data plan_view(const Document& doc, const PlanOptions& opts);

}  // namespace vanban::plan
