// Templates are data: a user's copy (--templates DIR) is checked tag by tag
// and its errors name the file, line and column (in characters) of the tag —
// also inside a partial. Plus the official wording of dates and the escaper.
#include <catch2/catch.hpp>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "vanban/plan.h"

namespace fs = std::filesystem;
using namespace vanban;

namespace {

// A templates directory holding `plan` as plan/plan.fo.mustache and the
// given partials; removed afterwards.
class Templates {
 public:
  explicit Templates(const std::string& plan, std::vector<std::pair<std::string, std::string>> partials = {}) {
    std::string tmpl = (fs::temp_directory_path() / "vanban-plan-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    fs::create_directories(dir_ / "plan");
    fs::create_directories(dir_ / "partials");
    write(dir_ / "plan" / "plan.fo.mustache", plan);
    for (auto& [name, text] : partials) write(dir_ / "partials" / (name + ".mustache"), text);
  }
  ~Templates() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string dir() const { return dir_.string(); }
  std::string plan() const { return (dir_ / "plan" / "plan.fo.mustache").string(); }
  std::string partial(const std::string& n) const { return (dir_ / "partials" / (n + ".mustache")).string(); }

  // The message of the TemplateError rendering throws ("" if none).
  std::string error() const {
    plan::PlanOptions o;
    o.templates_dir = dir();
    try {
      plan::render_plan_fo(Document{}, o);
    } catch (const plan::TemplateError& e) {
      return e.what();
    }
    return "";
  }

 private:
  static void write(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
  }
  fs::path dir_;
};

}  // namespace

TEST_CASE("plan templates: an unclosed section is named where it opens") {
  Templates t("<a>\n{{#rows}}\n<b/>\n");
  CHECK(t.error() == t.plan() + ":2:1: unclosed section {{#rows}}");
}

TEST_CASE("plan templates: an unknown partial names the including file and the missing one") {
  Templates t("<a>\n\n    {{> nope}}\n");
  CHECK(t.error() == t.plan() + ":3:5: unknown partial: no file " + t.dir() + "/partials/nope.mustache");
}

TEST_CASE("plan templates: an error inside a partial names the partial, at its own line") {
  Templates t("<a>{{> closing}}</a>\n", {{"closing", "<ok/>\n  {{/rows}}\n"}});
  CHECK(t.error() == t.partial("closing") + ":2:3: {{/rows}} closes no open section");
}

TEST_CASE("plan templates: crossed sections say which one is open") {
  Templates t("{{#a}}{{#b}}{{/a}}{{/b}}");
  CHECK(t.error() == t.plan() + ":1:13: {{/a}} does not close {{#b}} opened at line 1, column 7");
}

TEST_CASE("plan templates: unescaped output and unclosed tags are refused") {
  Templates triple("x {{{summary}}}");
  CHECK(triple.error() == triple.plan() + ":1:3: {{{…}}} writes a value without XML escaping; use {{…}}");
  Templates amp("<a>{{& summary}}</a>");
  CHECK(amp.error() == amp.plan() + ":1:4: {{&summary}} writes a value without XML escaping; use {{summary}}");
  Templates open("<a/>\nab {{summary\n");
  CHECK(open.error() == open.plan() + ":2:4: unclosed tag: '{{' without '}}'");
  Templates delim("{{=<% %>=}}");
  CHECK(delim.error() == delim.plan() + ":1:1: set-delimiter tags are not supported in vanban templates");
}

TEST_CASE("plan templates: columns count characters, not bytes") {
  Templates t("<b>Số: {{#x}}</b>");  // "Số" is two characters, three bytes
  CHECK(t.error() == t.plan() + ":1:8: unclosed section {{#x}}");
}

TEST_CASE("plan templates: the error carries file, line and column as data, a missing plan is reported") {
  Templates t("\n\n{{#rows}}");
  plan::PlanOptions o;
  o.templates_dir = t.dir();
  try {
    plan::render_plan_fo(Document{}, o);
    FAIL("no error");
  } catch (const plan::TemplateError& e) {
    CHECK(e.file == t.plan());
    CHECK(e.line == 3);
    CHECK(e.column == 1);
  }
  fs::remove(t.plan());
  CHECK(t.error() == t.plan() + ":0:0: template not found");
}

TEST_CASE("plan templates: a user's template sees the view model, values escaped") {
  Templates t("<r>{{summary}}|{{number}}|{{#rows}}x{{/rows}}{{^rows}}none{{/rows}}</r>");
  plan::PlanOptions o;
  o.templates_dir = t.dir() + "/";  // a trailing slash is fine
  Document d;
  d.meta.doc_type = "Nghị quyết";
  d.meta.issuer = "A & B";
  CHECK(plan::render_plan_fo(d, o) == "<r>Triển khai thực hiện Nghị quyết của A &amp; B|…/KH-AB|none</r>");
}

TEST_CASE("plan dates: the official wording, leading zero for days below 10 and months 1–2") {
  CHECK(plan::official_date("2025-01-05") == "ngày 05 tháng 01 năm 2025");
  CHECK(plan::official_date("2025-02-10") == "ngày 10 tháng 02 năm 2025");
  CHECK(plan::official_date("2025-03-09") == "ngày 09 tháng 3 năm 2025");
  CHECK(plan::official_date("2025-12-31") == "ngày 31 tháng 12 năm 2025");
  CHECK(plan::official_date("2024-02-29") == "ngày 29 tháng 02 năm 2024");
  CHECK(plan::short_date("2025-06-30") == "30/6/2025");
  CHECK(plan::short_date("2025-01-05") == "05/01/2025");
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-00-10", "2025-1-5", "05/01/2025", "", "2025-04-31"})
    CHECK_THROWS_AS(plan::official_date(bad), std::invalid_argument);
}

TEST_CASE("plan escaping: XML entities, controls dropped, invalid UTF-8 replaced, Vietnamese untouched") {
  CHECK(plan::xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(plan::xml_escape("a\x01\x08\tb\nc") == "a\tb\nc");
  CHECK(plan::xml_escape("\xC3\x28") == "\xEF\xBF\xBD(");
  CHECK(plan::xml_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(plan::xml_escape("Ủy ban nhân dân tỉnh Đắk Lắk") == "Ủy ban nhân dân tỉnh Đắk Lắk");
}

TEST_CASE("plan templates: a partial that includes itself is stopped, a path out of the folder refused") {
  Templates loop("<a>{{> self}}</a>", {{"self", "x{{> self}}"}});
  CHECK(loop.error() == loop.partial("self") + ":1:2: partials nested more than 16 deep");
  Templates out("<a>\n{{> ../../etc/passwd}}</a>");
  CHECK(out.error() == out.plan() + ":2:1: partial name may not contain '..'");
}

TEST_CASE("plan templates: a name the view model lacks is a warning at its first tag") {
  Templates t("<r>\n  {{sumary}}{{#rows}}{{txt}}{{/rows}}{{txt}}</r>\n");
  plan::PlanOptions o;
  o.templates_dir = t.dir();
  Document d;
  d.provisions.push_back({ProvisionKind::clause, "para_1", "1", "", std::nullopt, "Rà soát thủ tục.", 1, {}});
  d.assignments.push_back({"para_1", "Sở Tư pháp", "Sở Tư pháp", Role::lead, Scope::provision, std::nullopt,
                           std::nullopt, std::nullopt});
  std::vector<Diagnostic> w;
  CHECK(plan::render_plan_fo(d, o, &w) == "<r>\n  </r>\n");
  REQUIRE(w.size() == 2);
  CHECK(format_diagnostic(w[0]) == t.plan() +
                                       ":2:3: warning: the plan's view model has no 'sumary'; it renders empty "
                                       "[template.unknown-key]");
  CHECK(w[1].code == "template.unknown-key");
  CHECK(w[1].line == 2);
  CHECK(w[1].column == 22);
}
