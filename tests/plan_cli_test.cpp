// `vanban render plan` through the real executable: exit status (0 done, 1
// unusable input / bad template / unwritable output, 2 bad usage), messages
// to the letter, output written whole or not at all.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_run.h"

namespace fs = std::filesystem;

using namespace cli_run;

namespace {

const std::string kDoc = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-quyet-47-2024-hdnd-an-phu.txt";

bool starts(const std::string& s, const std::string& head) { return s.compare(0, head.size(), head) == 0; }

}  // namespace

TEST_CASE("plan cli: FO to a file, to stdout, and PDF, nothing left behind") {
  Dir d;
  Result r = vanban("render plan " + kDoc + " -o " + (d / "p.fo") + " --date 2025-01-05 --number 12");
  CHECK(r.exit == 0);
  CHECK(r.err == "");
  std::string fo = read_all(d / "p.fo");
  CHECK(starts(fo, "<?xml"));
  CHECK(fo.find(">An Phú, ngày 05 tháng 01 năm 2025<") != std::string::npos);
  CHECK(fo.find(">Số: 12/KH-UBND<") != std::string::npos);

  r = vanban("render plan " + kDoc + " -o " + (d / "q.fo"));
  CHECK(r.exit == 0);
  r = vanban("render plan " + kDoc);  // no -o: FO on stdout, the same bytes
  CHECK(r.exit == 0);
  CHECK(r.out == read_all(d / "q.fo"));

  r = vanban("render plan " + kDoc + " -o " + (d / "p.pdf"));
  CHECK(r.exit == 0);
  CHECK(starts(read_all(d / "p.pdf"), "%PDF-"));
  std::size_t files = 0;
  for (auto& e : fs::directory_iterator(d.path)) files += (void(e), 1);
  CHECK(files == 3);  // no temporary file left
}

TEST_CASE("plan cli: bad usage exits 2 with the reason and the usage") {
  Result r = vanban("render");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: render needs a kind (plan, leaflet or report)\n\nusage: vanban render plan FILE"));
  r = vanban("render letter x");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: unknown render kind 'letter' (plan, leaflet or report)\n"));
  r = vanban("render plan");
  CHECK(starts(r.err, "vanban: render plan needs a FILE\n"));
  r = vanban("render plan " + kDoc + " --date 2025-02-30");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --date: not a date YYYY-MM-DD: '2025-02-30'\n"));
  r = vanban("render plan " + kDoc + " --format docx");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: unknown format 'docx' (fo or pdf)\n"));
  r = vanban("render plan " + kDoc + " --format pdf");
  CHECK(starts(r.err, "vanban: --format pdf needs -o FILE\n"));
  r = vanban("render plan " + kDoc + " --number");
  CHECK(starts(r.err, "vanban: --number needs a value\n"));
  r = vanban("render plan " + kDoc + " --colour red");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: unknown option --colour\n"));
  CHECK(r.out == "");
}

TEST_CASE("plan cli: bad templates and unwritable output exit 1 naming the file and the reason") {
  Dir t;
  fs::create_directories(t.path / "plan");
  std::ofstream(t / "plan/plan.fo.mustache") << "<a>\n  {{#rows}}\n</a>\n";
  Result r = vanban("render plan " + kDoc + " --templates " + t.path.string());
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: " + (t / "plan/plan.fo.mustache") + ":2:3: unclosed section {{#rows}} [template]\n");
  CHECK(r.out == "");

  std::ofstream(t / "plan/plan.fo.mustache") << "<a>{{summary}}\n";
  r = vanban("render plan " + kDoc + " --templates " + t.path.string());
  CHECK(r.exit == 1);
  CHECK(starts(r.err, "vanban: error: the template gave XSL-FO that is not well-formed XML (line 2: "));

  // XML, but outside the renderer's subset: refused already for --format fo
  std::ofstream(t / "plan/plan.fo.mustache") << "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:blob/>"
                                                "</fo:root>\n";
  r = vanban("render plan " + kDoc + " --templates " + t.path.string() + " -o " + (t / "p.fo"));
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: plan.fo:1:55: fo:blob is not in vanban's XSL-FO subset (templates/README.md) "
                 "[fo.element] (from the templates)\n");

  r = vanban("render plan " + kDoc + " --templates " + (t / "nowhere"));
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: " + (t / "nowhere") + ": no plan/plan.fo.mustache in this templates directory\n");

  r = vanban("render plan " + kDoc + " -o /nonexistent-vanban-dir/p.fo");
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: /nonexistent-vanban-dir/p.fo: cannot write: No such file or directory\n");

  r = vanban("render plan /nonexistent-vanban-dir/x.txt -o " + (t / "p.fo"));
  CHECK(r.exit == 1);
  CHECK(starts(r.err, "vanban: error: "));
  CHECK(r.err.find("/nonexistent-vanban-dir/x.txt") != std::string::npos);
  CHECK_FALSE(fs::exists(t / "p.fo"));
}
