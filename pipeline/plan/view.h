// The plan's view model (what the templates see), built from a Document.
#pragma once

#include <kainjow/mustache.hpp>
#include <set>
#include <string>

#include "vanban/plan.h"

namespace vanban::plan {

std::set<std::string> document_scope_eids(const Document& doc);

// A task as a table cell gives it: a long text by its first sentence, else
// its first 40 words and " …".
std::string table_text(const std::string& text);

// The parts of an official document (Decree 30) that depend only on the
// body issuing it: header (parent_lines, issuer_lines, issuer_rule, number
// "…/<type symbol>-<body symbol>", place_date, doc_type) and signature
// (authority_lines, signer_name). `m` is the source document's meta (its
// issuer's parent line and place are used when the body is its issuer);
// `type_word` is the kind issued ("Kế hoạch", "Báo cáo").
void official_frame(kainjow::mustache::data& v, const std::string& body, const Meta& m, const PlanOptions& opts,
                    const std::string& type_word);

// Keys: see templates/plan/plan.fo.mustache (and its header comment).
kainjow::mustache::data plan_view(const Document& doc, const PlanOptions& opts);

}  // namespace vanban::plan
