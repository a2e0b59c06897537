// Akoma Ntoso export: hand-built documents and every corpus document are
// serialised, parsed back (XML_PARSE_NONET) and validated against the
// vendored OASIS schema (schemas/akomantoso30.xsd, compiled once per run).
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "akn_text.h"
#include "vanban/export.h"
#include "vanban/parse.h"

using namespace vanban;

namespace {

constexpr const char* kAkn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// libxml2 errors as "line: message", collected through the structured
// error hooks so a failing test can print them.
void collect(void* ud, xmlErrorPtr e) {
  std::string msg = e->message ? e->message : "?";
  while (!msg.empty() && msg.back() == '\n') msg.pop_back();
  // "{http://docs.oasis-open.org/…/3.0}num" → "num": the namespace is noise
  const std::string ns = std::string("{") + kAkn + "}";
  for (auto at = msg.find(ns); at != std::string::npos; at = msg.find(ns, at)) msg.erase(at, ns.size());
  static_cast<std::vector<std::string>*>(ud)->push_back(std::to_string(e->line) + ": " + msg);
}

// The schema, compiled once: it takes far longer than any validation. The
// no-net loader makes sure nothing is fetched (xml.xsd is vendored beside it).
class Schema {
 public:
  static Schema& get() {
    static Schema s;
    return s;
  }
  xmlSchemaPtr ptr() const { return schema_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  Schema() {
    xmlInitParser();
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
    const std::string path = std::string(VANBAN_SOURCE_DIR) + "/schemas/akomantoso30.xsd";
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(path.c_str());
    xmlSchemaSetParserStructuredErrors(pc, collect, &errors_);
    schema_ = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
  }
  ~Schema() {
    if (schema_) xmlSchemaFree(schema_);
  }
  xmlSchemaPtr schema_ = nullptr;
  std::vector<std::string> errors_;
};

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, DocFree>;

XmlDoc read(const std::string& xml, std::vector<std::string>& errors) {
  xmlSetStructuredErrorFunc(&errors, collect);
  // BIG_LINES: error lines past 65535 would otherwise be clamped
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
  XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "akn.xml", "UTF-8", options));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc && errors.empty()) errors.push_back("0: not well-formed");
  return doc;
}

// Schema errors of a serialised document; empty means valid.
std::vector<std::string> validate(const std::string& xml) {
  Schema& schema = Schema::get();
  if (!schema.ptr()) return schema.errors().empty() ? std::vector<std::string>{"schema did not compile"} : schema.errors();
  std::vector<std::string> errors;
  XmlDoc doc = read(xml, errors);
  if (!doc) return errors;
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema.ptr());
  xmlSchemaSetValidStructuredErrors(vc, collect, &errors);
  const int rc = xmlSchemaValidateDoc(vc, doc.get());
  xmlSchemaFreeValidCtxt(vc);
  if (rc != 0 && errors.empty()) errors.push_back("0: invalid (rc " + std::to_string(rc) + ")");
  return errors;
}

// The errors with the offending line of the XML, for the failure message.
std::string explain(const std::string& what, const std::string& xml, const std::vector<std::string>& errors) {
  std::vector<std::string> lines;
  std::istringstream in(xml);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::string out = what + ": " + std::to_string(errors.size()) + " schema error(s)\n";
  for (std::size_t i = 0; i < errors.size() && i < 10; ++i) {
    out += "  " + errors[i] + "\n";
    const auto n = static_cast<std::size_t>(std::atoi(errors[i].c_str()));
    if (n >= 1 && n <= lines.size()) out += "    | " + lines[n - 1] + "\n";
  }
  return out;
}

#define REQUIRE_VALID(what, xml)                      \
  do {                                                \
    const auto errs_ = validate(xml);                 \
    INFO(explain(what, xml, errs_));                  \
    REQUIRE(errs_.empty());                           \
  } while (false)

// An XPath expression over the AKN namespace (prefix "a"), as a string.
std::string eval(const std::string& xml, const std::string& expr) {
  std::vector<std::string> errors;
  XmlDoc doc = read(xml, errors);
  if (!doc) return "<unparsable>";
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc.get());
  xmlXPathRegisterNs(ctx, x("a"), x(kAkn));
  xmlXPathObjectPtr r = xmlXPathEvalExpression(x(expr.c_str()), ctx);
  xmlChar* value = r ? xmlXPathCastToString(r) : nullptr;
  std::string out = value ? reinterpret_cast<const char*>(value) : "<error>";
  xmlFree(value);
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  return out;
}

std::string xpath(const std::string& xml, const std::string& path) { return eval(xml, "string(" + path + ")"); }
std::string count(const std::string& xml, const std::string& path) { return eval(xml, "count(" + path + ")"); }

Provision unit(ProvisionKind k, std::string eid, std::string num, std::string text,
               std::vector<Provision> children = {}) {
  Provision p;
  p.kind = k;
  p.eid = std::move(eid);
  p.num = std::move(num);
  p.text = std::move(text);
  p.children = std::move(children);
  return p;
}

Document resolution() {
  Document d;
  d.source = "nq.txt";
  Meta& m = d.meta;
  m.doc_type = "Nghị quyết";
  m.number = "47/NQ-HĐND";
  m.issuer = "Hội đồng nhân dân huyện An Phú";
  m.issuer_parent = "Ủy ban nhân dân tỉnh An Giang";
  m.place = "An Phú";
  m.date = "2024-08-02";
  m.title = "Về các biện pháp <bảo đảm> dân chủ & \"cơ sở\"";
  m.session = "KHÓA VII, KỲ HỌP THỨ 13";
  m.effective_date = "2024-08-12";
  m.signer = Signer{"Chủ tịch", "Phùng Minh Tân", "TM. Hội đồng nhân dân"};
  d.bases = {{"Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;", 8},
             {"Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ;", 9}};
  Citation nd;
  nd.doc_type = "Nghị định";
  nd.number = "59/2023/NĐ-CP";
  nd.date = "2023-08-14";
  Citation luat;
  luat.doc_type = "Luật";
  luat.title = "Thực hiện dân chủ ở cơ sở";
  luat.date = "2022-11-10";
  d.citations = {nd, luat};

  Provision art1 = unit(ProvisionKind::article, "chp_I__art_1", "1", "",
                        {unit(ProvisionKind::clause, "chp_I__art_1__para_1", "1", "Các điểm sau: a < b && c > d",
                              {unit(ProvisionKind::point, "chp_I__art_1__para_1__point_a", "a", "điểm a;"),
                               unit(ProvisionKind::point, "chp_I__art_1__para_1__point_đ", "đ", "điểm đ."),
                               unit(ProvisionKind::item, "chp_I__art_1__para_1__item_1", "1", "gạch đầu dòng")}),
                         unit(ProvisionKind::clause, "chp_I__art_1__para_2", "2", "Khoản 2.")});
  art1.heading = "Phạm vi điều chỉnh";
  Provision chp1 = unit(ProvisionKind::chapter, "chp_I", "I", "", {art1});
  chp1.heading = "QUY ĐỊNH CHUNG";
  Provision art2 = unit(ProvisionKind::article, "art_2", "2", "Nghị quyết này có hiệu lực từ ngày 12 tháng 8 năm 2024.");
  art2.printed = "l";
  Provision att = unit(ProvisionKind::chapter, "att_1__chp_I", "I", "",
                       {unit(ProvisionKind::article, "att_1__chp_I__art_1", "1", "Điều của phụ lục.")});
  d.provisions = {chp1, art2, att, unit(ProvisionKind::clause, "att_2__para_1", "1", "Phụ lục 2.")};
  d.recipients = {"Thường trực HĐND tỉnh", "Sở Tư pháp", "Lưu: VT"};
  return d;
}

}  // namespace

TEST_CASE("akn: a resolution with chapters, points, đ and attachments is valid", "[akn]") {
  const std::string xml = to_akn(resolution());
  REQUIRE_VALID("resolution", xml);

  CHECK(xpath(xml, "/a:akomaNtoso/a:act/@name") == "resolution");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRnumber/@value") == "47/NQ-HĐND");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRuri/@value") == "/akn/vn/act/2024-08-02/47-nq-hdnd");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRdate/@date") == "2024-08-02");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRname/@value") == "Nghị quyết");
  CHECK(xpath(xml, "//a:FRBRExpression/a:FRBRlanguage/@language") == "vie");
  CHECK(xpath(xml, "//a:TLCOrganization[@eId='issuer']/@showAs") == "Hội đồng nhân dân huyện An Phú");
  CHECK(xpath(xml, "//a:TLCPerson[@eId='signer']/@showAs") == "Phùng Minh Tân");
  CHECK(xpath(xml, "//a:lifecycle/a:eventRef[@type='generation']/@date") == "2024-08-02");

  // provisions keep the JSON eids, đ included, and nest as in the model
  CHECK(count(xml, "//a:body/a:chapter[@eId='chp_I']/a:article[@eId='chp_I__art_1']") == "1");
  CHECK(count(xml, "//a:paragraph[@eId='chp_I__art_1__para_1']/a:point[@eId='chp_I__art_1__para_1__point_đ']") == "1");
  CHECK(xpath(xml, "//a:point[@eId='chp_I__art_1__para_1__point_đ']/a:num") == "đ");
  CHECK(xpath(xml, "//a:point[@eId='chp_I__art_1__para_1__point_đ']/a:content/a:p") == "điểm đ.");
  CHECK(count(xml, "//a:point[@eId='chp_I__art_1__para_1__item_1']") == "1");
  CHECK(xpath(xml, "//a:article[@eId='chp_I__art_1']/a:heading") == "Phạm vi điều chỉnh");
  CHECK(xpath(xml, "//a:paragraph[@eId='chp_I__art_1__para_1']/a:intro/a:p") == "Các điểm sau: a < b && c > d");
  CHECK(xpath(xml, "//a:article[@eId='art_2']/a:num/@title") == "l");

  // attachments: their own <doc>, the JSON eids unchanged
  CHECK(count(xml, "//a:attachments/a:attachment") == "2");
  CHECK(count(xml, "//a:attachment[@eId='att_1']/a:doc/a:mainBody/a:chapter[@eId='att_1__chp_I']"
                   "/a:article[@eId='att_1__chp_I__art_1']") == "1");
  CHECK(count(xml, "//a:attachment[@eId='att_2']//a:paragraph[@eId='att_2__para_1']") == "1");
  CHECK(count(xml, "//a:body//*[starts-with(@eId, 'att_')]") == "0");

  // front and back matter
  CHECK(xpath(xml, "//a:preface//a:docDate/@date") == "2024-08-02");
  CHECK(xpath(xml, "//a:preface//a:docDate") == "ngày 02 tháng 8 năm 2024");
  CHECK(count(xml, "//a:preamble/a:citations/a:citation") == "2");
  CHECK(xpath(xml, "//a:citation[2]/a:p/a:ref") == "59/2023/NĐ-CP");
  CHECK(xpath(xml, "//a:citation[2]/a:p/a:ref/@href") == "/akn/vn/act/2023-08-14/59-2023-nd-cp");
  CHECK(xpath(xml, "//a:citation[2]/a:p") == "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ;");
  CHECK(xpath(xml, "//a:conclusions//a:signature/a:role") == "Chủ tịch");
  CHECK(xpath(xml, "//a:conclusions//a:signature/a:person") == "Phùng Minh Tân");
  CHECK(count(xml, "//a:conclusions//a:ul/a:li") == "3");

  // markup characters are escaped, and read back unchanged
  CHECK(xml.find("&lt;bảo đảm&gt; dân chủ &amp;") != std::string::npos);
  CHECK(xpath(xml, "//a:docTitle") == "Về các biện pháp <bảo đảm> dân chủ & \"cơ sở\"");
}

TEST_CASE("akn: a letter without provisions is a valid doc", "[akn]") {
  Document d;
  d.meta.doc_type = "Công văn";
  d.meta.number = "193/UBND-KT";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  d.meta.date = "2026-01-15";
  d.recipients = {"Như trên"};
  const std::string xml = to_akn(d);
  REQUIRE_VALID("letter", xml);
  CHECK(xpath(xml, "/a:akomaNtoso/a:doc/@name") == "letter");
  CHECK(count(xml, "//a:doc/a:mainBody") == "1");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRuri/@value") == "/akn/vn/doc/2026-01-15/193-ubnd-kt");
}

TEST_CASE("akn: a document with no metadata at all is valid", "[akn]") {
  const std::string xml = to_akn(Document{});
  REQUIRE_VALID("empty", xml);
  CHECK(xpath(xml, "/a:akomaNtoso/a:doc/@name") == "document");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRdate/@name") == "unknown");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRdate/@date") == "0001-01-01");
  CHECK(count(xml, "//a:FRBRnumber") == "0");
  CHECK(count(xml, "//a:lifecycle") == "0");
  CHECK(count(xml, "//a:preface") == "0");
}

TEST_CASE("akn: an act without provisions, with a bad date, is valid", "[akn]") {
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.date = "2023-02-30";
  d.meta.effective_date = "sau 45 ngày";
  d.meta.signer = Signer{std::nullopt, std::nullopt, "KT. Chủ tịch"};
  const std::string xml = to_akn(d);
  REQUIRE_VALID("empty act", xml);
  CHECK(xpath(xml, "/a:akomaNtoso/a:act/@name") == "decision");
  CHECK(xpath(xml, "//a:FRBRWork/a:FRBRdate/@name") == "unknown");
  CHECK(count(xml, "//a:docDate") == "0");
}

TEST_CASE("akn: control characters and invalid UTF-8 never reach the XML", "[akn]") {
  Document d;
  d.meta.doc_type = "Thông tư";
  d.meta.title = std::string("tab\tbell\x07 nul") + '\0' + " esc\x1b bad\xC3\x28 cut\xE1\xBA";
  d.meta.number = "01/2024/TT-BTC\xFF";
  Provision p = unit(ProvisionKind::article, "art 1", "1", "form\x0c" "feed \xED\xA0\x80 surrogate");
  d.provisions = {p};
  const std::string xml = to_akn(d);
  REQUIRE_VALID("dirty text", xml);
  CHECK(xpath(xml, "//a:docTitle") == "tab bell nul esc bad\xEF\xBF\xBD( cut\xEF\xBF\xBD");
  CHECK(xpath(xml, "//a:FRBRnumber/@value") == "01/2024/TT-BTC\xEF\xBF\xBD");
  CHECK(count(xml, "//a:article[@eId='art_1']") == "1");  // white space in an eId becomes '_'
}

TEST_CASE("akn: a duplicated eid keeps the first and stays valid", "[akn]") {
  Document d;
  d.meta.doc_type = "Nghị định";
  d.meta.issuer = "Chính phủ";
  d.provisions = {unit(ProvisionKind::article, "art_1", "1", "một"), unit(ProvisionKind::article, "art_1", "1", "hai"),
                  unit(ProvisionKind::article, "issuer", "3", "clashes with the TLC eId")};
  const std::string xml = to_akn(d);
  REQUIRE_VALID("duplicates", xml);
  CHECK(count(xml, "//a:article") == "3");
  CHECK(xpath(xml, "//a:article[@eId='art_1']/a:content/a:p") == "một");
  CHECK(count(xml, "//*[@eId='issuer']") == "1");
  CHECK(count(xml, "//a:article[not(@eId)]") == "2");
}

TEST_CASE("akn: output is deterministic", "[akn]") { CHECK(to_akn(resolution()) == to_akn(resolution())); }

TEST_CASE("akn: IRI slugs and dates", "[akn]") {
  CHECK(akn::slug("47/NQ-HĐND") == "47-nq-hdnd");
  CHECK(akn::slug("59/2023/NĐ-CP") == "59-2023-nd-cp");
  CHECK(akn::slug("Ủy ban nhân dân tỉnh Đắk Lắk") == "uy-ban-nhan-dan-tinh-dak-lak");
  CHECK(akn::slug("№ 5 – α") == "%E2%84%96-5-%E2%80%93-%CE%B1");
  CHECK(akn::slug("") == "nn");
  CHECK(akn::valid_iso_date("2024-02-29"));
  CHECK_FALSE(akn::valid_iso_date("2023-02-29"));
  CHECK_FALSE(akn::valid_iso_date("2023-13-01"));
  CHECK_FALSE(akn::valid_iso_date("2023-1-01"));
  CHECK(akn::vietnamese_date("2025-01-05") == "ngày 05 tháng 01 năm 2025");
  CHECK(akn::vietnamese_date("2025-03-09") == "ngày 09 tháng 3 năm 2025");
}

TEST_CASE("akn: every corpus document exports valid Akoma Ntoso", "[akn][corpus]") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".txt" && name.find(".groundtruth.") == std::string::npos) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());

  using Clock = std::chrono::steady_clock;
  Clock::duration parsing{}, exporting{}, validating{};
  std::size_t valid = 0, unparsed = 0;
  for (const fs::path& f : files) {
    auto t = Clock::now();
    Document d;
    try {
      d = parse_file(f.string());
    } catch (const std::exception& e) {
      // the parser is another stage's: its refusals are not export bugs
      WARN(f.filename().string() << ": parse_file threw: " << e.what());
      ++unparsed;
      continue;
    }
    parsing += Clock::now() - t;
    t = Clock::now();
    const std::string xml = to_akn(d);
    exporting += Clock::now() - t;
    t = Clock::now();
    const auto errors = validate(xml);
    validating += Clock::now() - t;
    if (errors.empty()) ++valid;
    else FAIL_CHECK(explain(f.filename().string(), xml, errors));
  }
  auto secs = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
  WARN(valid << " of " << files.size() << " corpus documents valid (" << unparsed << " not parsed); parse "
             << secs(parsing) << " s, to_akn " << secs(exporting) << " s, validation " << secs(validating) << " s");
  CHECK(valid > 0);
  CHECK(valid + unparsed == files.size());
}
