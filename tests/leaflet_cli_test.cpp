// `vanban render leaflet` through the real executable: exit status (0 done,
// 1 unusable input / bad template, 2 bad usage), messages to the letter,
// output written whole or not at all.
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

TEST_CASE("leaflet cli: PDF and FO written whole, warnings on stderr") {
  Dir d;
  Result r = vanban("render leaflet " + kDoc + " -o " + (d / "l.pdf"));
  CHECK(r.exit == 0);
  CHECK(r.err.empty());  // the default address: vbpl.vn's search by number
  std::string pdf = read_all(d / "l.pdf");
  CHECK(starts(pdf, "%PDF-1.4"));
  auto files = std::distance(fs::directory_iterator(d.path), fs::directory_iterator());
  CHECK(files == 1);  // no temporary left
  r = vanban("render leaflet " + kDoc + " --url https://x.vn/47 --layout booklet");
  CHECK(r.exit == 0);
  CHECK(r.err.empty());
  CHECK(starts(r.out, "<?xml"));
  CHECK(r.out.find("page-width=\"148mm\"") != std::string::npos);
}

TEST_CASE("leaflet cli: bad usage is exit 2 with the leaflet's usage") {
  Result r = vanban("render leaflet " + kDoc + " --layout poster");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: unknown layout 'poster' (trifold or booklet)\n\nusage: vanban render leaflet FILE"));
  r = vanban("render leaflet " + kDoc + " --url https://x.vn --url-pattern https://x.vn/{number}");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --url and --url-pattern: give one\n"));
  r = vanban("render leaflet " + kDoc + " --url-pattern https://x.vn/{so}");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --url-pattern: unknown key {so} (use {number}, {year}, {date}, {type}, {file})\n"));
  r = vanban("render leaflet " + kDoc + " --format pdf");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --format pdf needs -o FILE\n"));
  r = vanban("render leaflet " + kDoc + " --no-qr --url https://x.vn");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --no-qr and an address: give one\n"));
  // the whole usage, to the letter (a copy of kLeafletUsage in pipeline/cli/render_cmd.cpp)
  r = vanban("render leaflet");
  CHECK(r.exit == 2);
  CHECK(r.err ==
        "vanban: render leaflet needs a FILE\n\n"
        "usage: vanban render leaflet FILE [-o OUT] [--format fo|pdf] [options]\n"
        "  -o OUT                  output file (default: stdout for fo); '-' is stdout\n"
        "  --format fo|pdf         default: from OUT's extension (.fo), else pdf\n"
        "  --layout trifold|booklet  A4 landscape folded in three (default) or A5 booklet\n"
        "  --url URL               address of the full text, for the QR code\n"
        "  --url-pattern PATTERN   … made from {number} {year} {date} {type} {file}\n"
        "                          (default: vbpl.vn's search by number, data/leaflet.tsv)\n"
        "  --no-qr                 no QR code\n"
        "  --templates DIR         a copy of templates/ to use instead of the built-in one\n");
}

TEST_CASE("leaflet cli: a templates folder without the leaflet is exit 1") {
  Dir d;
  Result r = vanban("render leaflet " + kDoc + " --templates " + d.path.string());
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: " + d.path.string() + ": no leaflet/trifold.fo.mustache in this templates directory\n");
}
