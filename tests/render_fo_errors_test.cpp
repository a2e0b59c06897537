// The FO reader refuses what is outside the subset, with the FO's line and
// column and a stable code; libxml2 never loads anything on the FO's behalf.
// Messages are tested to the letter: template authors read them.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/render.h"

using vanban::render::FoError;
using vanban::render::render_fo;

namespace {

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">\n"
    "<fo:layout-master-set><fo:simple-page-master master-name=\"p\"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>\n";

std::string doc(const std::string& flow) {
  return kHead + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">\n" + flow +
         "\n</fo:flow></fo:page-sequence></fo:root>\n";
}

std::string error_of(const std::string& fo) {
  try {
    render_fo(fo, "t.fo");
  } catch (const FoError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("render: an element outside the subset is named with its position", "[render]") {
  CHECK(error_of(doc("  <fo:block>x <fo:float>y</fo:float></fo:block>")) ==
        "t.fo:5:15: fo:float is not in vanban's XSL-FO subset (templates/README.md) [fo.element]");
  CHECK(error_of(doc("<fo:block><b>x</b></fo:block>")) ==
        "t.fo:5:11: element b is not XSL-FO (namespace none) [fo.element]");
}

TEST_CASE("render: unclosed and mismatched tags are XML errors", "[render]") {
  CHECK(error_of(doc("<fo:block>a<fo:inline>b</fo:block>")) ==
        "t.fo:5:35: Opening and ending tag mismatch: inline line 5 and block [fo.xml]");
  CHECK(error_of(kHead + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\"><fo:block>") ==
        "t.fo:4:87: Premature end of data in tag block line 4 [fo.xml]");
}

TEST_CASE("render: an entity bomb is refused at its DOCTYPE, before any expansion", "[render]") {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i) {
    bomb += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) bomb += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    bomb += "\">";
  }
  bomb += "]>\n" + doc("<fo:block>&lol9;</fo:block>").substr(std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").size());
  CHECK(error_of(bomb) == "t.fo:2:1: DOCTYPE is not allowed in XSL-FO: no DTD, no entities [fo.doctype]");
}

TEST_CASE("render: an external entity is never read", "[render]") {
  std::string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" +
                    doc("<fo:block>&x;</fo:block>").substr(std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").size());
  CHECK(error_of(xxe) == "t.fo:2:1: DOCTYPE is not allowed in XSL-FO: no DTD, no entities [fo.doctype]");
  // An undeclared entity is an XML error, not an empty string.
  CHECK(error_of(doc("<fo:block>&nbsp;</fo:block>")) == "t.fo:5:17: Entity 'nbsp' not defined [fo.xml]");
}

TEST_CASE("render: schema errors speak FO", "[render]") {
  CHECK(error_of(doc("  <fo:block foo=\"1\">x</fo:block>")) ==
        "t.fo:5:3: attribute foo is not allowed on fo:block [fo.schema]");
  CHECK(error_of(doc("  <fo:inline>x</fo:inline>")) == "t.fo:5:3: fo:inline is not allowed here [fo.schema]");
}

TEST_CASE("render: property values are checked where they are written", "[render]") {
  CHECK(error_of(doc("  <fo:block font-size=\"big\">x</fo:block>")) ==
        "t.fo:5:3: font-size=\"big\": not a length (e.g. 12pt, 10mm, 1.5em, 50%) [fo.value]");
  CHECK(error_of(doc("  <fo:block text-align=\"middle\">x</fo:block>")) ==
        "t.fo:5:3: text-align=\"middle\": expected start, left, center, end, right or justify [fo.value]");
  CHECK(error_of(doc("  <fo:block font-family=\"Comic Sans\">x</fo:block>")) ==
        "t.fo:5:3: font-family=\"Comic Sans\": no such font (use \"Liberation Serif\" or \"Liberation Sans\") [fo.font]");
  CHECK(error_of(doc("  <fo:block><fo:external-graphic src=\"http://example.com/seal.png\"/></fo:block>")) ==
        "t.fo:5:13: src=\"http://example.com/seal.png\": only local PNG files are read, not URLs [fo.image]");
}

TEST_CASE("render: FoError carries its parts", "[render]") {
  try {
    render_fo(doc("  <fo:block font-size=\"big\">x</fo:block>"), "t.fo");
    FAIL("no error");
  } catch (const FoError& e) {
    CHECK(e.origin == "t.fo");
    CHECK(e.line == 5);
    CHECK(e.column == 3);
    CHECK(e.code == "fo.value");
    CHECK(e.message == "font-size=\"big\": not a length (e.g. 12pt, 10mm, 1.5em, 50%)");
  }
}

TEST_CASE("render: a fonts folder without the fonts is an error naming the file", "[render]") {
  vanban::render::RenderOptions o;
  o.fonts_dir = "/nonexistent-fonts";
  try {
    render_fo(doc("<fo:block>x</fo:block>"), "t.fo", o);
    FAIL("no error");
  } catch (const FoError& e) {
    CHECK(std::string(e.what()) == "t.fo: cannot read font file /nonexistent-fonts/LiberationSerif-Regular.ttf [fo.font]");
  }
}
