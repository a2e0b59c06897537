// vanban render plan FILE -o OUT: the implementation plan of a parsed and
// linked document, as XSL-FO (--format fo) or PDF (pipeline/render).
//
// Exit status: 0 written; 1 unusable input, a bad template, FO the engine
// rejects, or an output that cannot be written (message names the file and
// the reason); 2 bad usage. The output appears whole or not at all: it is
// written to a temporary file next to it and renamed.
#include <libxml/parser.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "vanban/leaflet.h"
#include "vanban/parse.h"
#include "vanban/plan.h"
#include "vanban/track.h"
#ifdef VANBAN_HAVE_RENDER
#include "vanban/render.h"
#endif

namespace {

const char* kRenderUsage =
    "usage: vanban render plan FILE [-o OUT] [--format fo|pdf] [options]\n"
    "       vanban render report --period P [--document NUMBER] [--db PATH] [-o OUT] [options]\n"
    "       vanban render leaflet FILE [-o OUT] [--layout trifold|booklet] [--url URL]\n"
    "                               (`vanban render leaflet` lists its options)\n"
    "  --period P              report: 2025-Q1, 2025-H1, 2025-03 or 2025\n"
    "  --document NUMBER       report: one document (e.g. 47/NQ-HĐND); default all of the period\n"
    "  --db PATH               report: the tracking store (default out/vanban.db)\n"
    "  -o OUT                  output file (default: stdout for fo); '-' is stdout\n"
    "  --format fo|pdf         default: from OUT's extension (.fo), else pdf\n"
    "  --issuer NAME           implementing body (default: from the document)\n"
    "  --parent NAME           the line above it in the header\n"
    "  --number N              plan number, '12' or '12/KH-UBND' (default blank)\n"
    "  --date YYYY-MM-DD       plan date (default blank: never the clock)\n"
    "  --place NAME            place in the date line\n"
    "  --signer NAME           signer's name\n"
    "  --signer-position P     e.g. 'Phó Chủ tịch' (default: the head's title)\n"
    "  --signer-authority A    e.g. 'KT. Chủ tịch' (default: from the position)\n"
    "  --templates DIR         a copy of templates/ to use instead of the built-in one\n";

const char* kLeafletUsage =
    "usage: vanban render leaflet FILE [-o OUT] [--format fo|pdf] [options]\n"
    "  -o OUT                  output file (default: stdout for fo); '-' is stdout\n"
    "  --format fo|pdf         default: from OUT's extension (.fo), else pdf\n"
    "  --layout trifold|booklet  A4 landscape folded in three (default) or A5 booklet\n"
    "  --url URL               address of the full text, for the QR code\n"
    "  --url-pattern PATTERN   … made from {number} {year} {date} {type} {file}\n"
    "                          (default: vbpl.vn's search by number, data/leaflet.tsv)\n"
    "  --no-qr                 no QR code\n"
    "  --templates DIR         a copy of templates/ to use instead of the built-in one\n";

int render_usage(const std::string& msg, const char* usage = kRenderUsage) {
  std::cerr << "vanban: " << msg << "\n\n" << usage;
  return 2;
}

int fail(const std::string& msg) {
  std::cerr << "vanban: error: " << msg << '\n';
  return 1;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Writes `bytes` to `path` through a temporary file and a rename; "" or the reason.
std::string write_atomically(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return std::cout ? "" : "cannot write to standard output";
  }
  std::string tmp = path + ".tmp." + std::to_string(getpid());  // two runs never share one
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return std::strerror(errno);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::remove(tmp.c_str());
      return "write failed";
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    return why;
  }
  return "";
}

// The FO must at least be XML before anyone renders it; a user's template can
// break that. Nothing is loaded from the network or the file system.
std::string check_well_formed(const std::string& fo) {
  xmlParserCtxtPtr ctx = xmlNewParserCtxt();
  if (!ctx) return "out of memory";
  xmlDocPtr d = xmlCtxtReadMemory(ctx, fo.data(), static_cast<int>(fo.size()), "plan.fo", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::string why;
  if (!d) {
    const xmlError* e = xmlCtxtGetLastError(ctx);
    why = e ? "line " + std::to_string(e->line) + ": " + (e->message ? e->message : "not XML") : "not XML";
    while (!why.empty() && why.back() == '\n') why.pop_back();
  }
  xmlFreeDoc(d);
  xmlFreeParserCtxt(ctx);
  return why;
}


// FO → checked → PDF (or the FO itself) → OUT, for every kind.
int finish_render(const std::string& fo, const std::string& origin, const std::string& format, const std::string& out,
                  std::optional<long long> epoch) {
  if (std::string why = check_well_formed(fo); !why.empty())
    return fail("the template gave XSL-FO that is not well-formed XML (" + why + ") [template.xml]");
  std::string bytes = fo;
#ifdef VANBAN_HAVE_RENDER
  try {
    if (format == "fo") {
      // a user's template can leave the renderer's subset: say so now, with
      // the FO's line and column, rather than when someone renders the file
      vanban::render::validate_fo(fo, origin);
    } else {
      vanban::render::RenderOptions ro;
      ro.source_date_epoch = epoch;
      vanban::render::RenderResult r = vanban::render::render_fo(fo, origin, ro);
      for (const auto& d : r.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
      bytes = std::move(r.pdf);
    }
  } catch (const vanban::render::FoError& e) {
    return fail(std::string(e.what()) + (format == "fo" ? " (from the templates)" : ""));
  }
#else
  if (format == "pdf") return fail("this build has no PDF engine (pipeline/render); use --format fo");
#endif
  if (std::string why = write_atomically(out.empty() ? "-" : out, bytes); !why.empty())
    return fail(out + ": cannot write: " + why);
  return 0;
}

int cmd_render_leaflet(const std::vector<std::string>& args) {
  vanban::leaflet::LeafletOptions opts;
  std::string path, out, format, layout;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    std::string v;
    bool ok = true;
    if (a == "-o" || a == "--output") ok = value(out);
    else if (a == "--format") ok = value(format);
    else if (a == "--layout") ok = value(layout);
    else if (a == "--url") ok = value(v), opts.url = v;
    else if (a == "--url-pattern") ok = value(v), opts.url_pattern = v;
    else if (a == "--no-qr") opts.qr = false;
    else if (a == "--templates") ok = value(opts.templates_dir);
    else if (a.size() > 1 && a[0] == '-') return render_usage("unknown option " + a, kLeafletUsage);
    else if (path.empty()) path = a;
    else return render_usage("render leaflet takes one FILE", kLeafletUsage);
    if (!ok) return render_usage(a + " needs a value", kLeafletUsage);
  }
  if (path.empty()) return render_usage("render leaflet needs a FILE", kLeafletUsage);
  if (opts.url && opts.url_pattern) return render_usage("--url and --url-pattern: give one", kLeafletUsage);
  if (!opts.qr && (opts.url || opts.url_pattern)) return render_usage("--no-qr and an address: give one", kLeafletUsage);
  if (layout == "booklet") opts.layout = vanban::leaflet::Layout::booklet;
  else if (!layout.empty() && layout != "trifold")
    return render_usage("unknown layout '" + layout + "' (trifold or booklet)", kLeafletUsage);
  if (format.empty()) format = out.empty() || out == "-" || ends_with(out, ".fo") ? "fo" : "pdf";
  if (format != "fo" && format != "pdf") return render_usage("unknown format '" + format + "' (fo or pdf)", kLeafletUsage);
  if (format == "pdf" && (out.empty() || out == "-")) return render_usage("--format pdf needs -o FILE", kLeafletUsage);
  std::string rel = opts.layout == vanban::leaflet::Layout::booklet ? "booklet" : "trifold";
  if (!opts.templates_dir.empty()) {
    std::ifstream probe(opts.templates_dir + "/leaflet/" + rel + ".fo.mustache");
    if (!probe) return fail(opts.templates_dir + ": no leaflet/" + rel + ".fo.mustache in this templates directory");
  }
  vanban::Document doc = vanban::parse_file(path);  // InputError → exit 1 in main
  vanban::leaflet::Leaflet l;
  try {
    l = vanban::leaflet::render_leaflet_fo(doc, opts);
  } catch (const vanban::leaflet::UrlError& e) {
    return render_usage(e.what(), kLeafletUsage);
  } catch (const vanban::plan::TemplateError& e) {
    return fail(std::string(e.what()) + " [template]");
#ifdef VANBAN_HAVE_RENDER
  } catch (const vanban::render::FoError& e) {
    return fail(std::string(e.what()) + " (from the templates)");
#endif
  }
  for (const auto& w : l.warnings) std::cerr << vanban::format_diagnostic(w) << '\n';
#ifdef VANBAN_HAVE_RENDER
  return finish_render(l.fo, "leaflet.fo", format, out, vanban::render::source_date_epoch(doc.meta.date));
#else
  return finish_render(l.fo, "leaflet.fo", format, out, std::nullopt);
#endif
}

}  // namespace

int cmd_render(const std::vector<std::string>& args) {
  if (args.empty()) return render_usage("render needs a kind (plan, leaflet or report)");
  if (args[0] == "leaflet") return cmd_render_leaflet(args);
  const std::string kind = args[0];
  if (kind != "plan" && kind != "report")
    return render_usage("unknown render kind '" + kind + "' (plan, leaflet or report)");
  vanban::plan::PlanOptions opts;
  std::string path, out, format, period, db = vanban::track::kDefaultDb;
  std::optional<std::string> number;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    auto opt = [&](std::optional<std::string>& into) {
      std::string v;
      if (!value(v)) return false;
      into = v;
      return true;
    };
    bool ok = true;
    if (a == "-o" || a == "--output") ok = value(out);
    else if (a == "--format") ok = value(format);
    else if (a == "--issuer") ok = opt(opts.issuer);
    else if (a == "--parent") ok = opt(opts.issuer_parent);
    else if (a == "--number") ok = opt(opts.number);
    else if (a == "--date") ok = opt(opts.date);
    else if (a == "--place") ok = opt(opts.place);
    else if (a == "--signer") ok = opt(opts.signer_name);
    else if (a == "--signer-position") ok = opt(opts.signer_position);
    else if (a == "--signer-authority") ok = opt(opts.signer_authority);
    else if (a == "--templates") ok = value(opts.templates_dir);
    else if (kind == "report" && a == "--period") ok = value(period);
    else if (kind == "report" && a == "--document") ok = opt(number);
    else if (kind == "report" && a == "--db") ok = value(db);
    else if (a.size() > 1 && a[0] == '-') return render_usage("unknown option " + a);
    else if (kind == "report") return render_usage("render report takes no FILE (the store has the documents)");
    else if (path.empty()) path = a;
    else return render_usage("render plan takes one FILE");
    if (!ok) return render_usage(a + " needs a value");
  }
  if (kind == "plan" && path.empty()) return render_usage("render plan needs a FILE");
  std::optional<vanban::plan::Period> per;
  if (kind == "report") {
    if (period.empty()) return render_usage("render report needs --period (e.g. 2025-Q1)");
    try {
      per = vanban::plan::parse_period(period);
    } catch (const std::invalid_argument& e) {
      return render_usage(std::string("--period: ") + e.what());
    }
  }
  if (format.empty()) format = out.empty() || out == "-" || ends_with(out, ".fo") ? "fo" : "pdf";
  if (format != "fo" && format != "pdf") return render_usage("unknown format '" + format + "' (fo or pdf)");
  if (format == "pdf" && (out.empty() || out == "-")) return render_usage("--format pdf needs -o FILE");
  if (opts.date) {
    try {
      vanban::plan::official_date(*opts.date);
    } catch (const std::invalid_argument& e) {
      return render_usage(std::string("--date: ") + e.what());
    }
  }
  const std::string main_template = kind + "/" + kind + ".fo.mustache";
  if (!opts.templates_dir.empty()) {
    std::ifstream probe(opts.templates_dir + "/" + main_template);
    if (!probe) return fail(opts.templates_dir + ": no " + main_template + " in this templates directory");
  }

  std::string fo;
  std::optional<std::string> pdf_date = opts.date;
  try {
    std::vector<vanban::Diagnostic> warnings;
    if (kind == "plan") {
      vanban::Document doc = vanban::parse_file(path);  // InputError → exit 1 in main
      if (!pdf_date) pdf_date = doc.meta.date;
      fo = vanban::plan::render_plan_fo(doc, opts, &warnings);
    } else {
      vanban::track::Store store = vanban::track::Store::open(db, {10000, false, nullptr});
      if (!pdf_date) pdf_date = per->last;
      fo = vanban::plan::render_report_fo(vanban::track::load_report(store, number, *per), opts, &warnings);
    }
    for (const auto& w : warnings) std::cerr << vanban::format_diagnostic(w) << '\n';
  } catch (const vanban::plan::TemplateError& e) {
    return fail(std::string(e.what()) + " [template]");
  } catch (const vanban::track::StoreError& e) {
    return fail(std::string(e.what()) + " [" + e.code + "]");
  }
#ifdef VANBAN_HAVE_RENDER
  return finish_render(fo, kind + ".fo", format, out, vanban::render::source_date_epoch(pdf_date));
#else
  return finish_render(fo, kind + ".fo", format, out, std::nullopt);
#endif
}
