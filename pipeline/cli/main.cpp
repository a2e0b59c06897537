// vanban — the command line. A thin layer over the libraries: reads
// arguments, calls the stages, prints results and diagnostics.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <libxml/parser.h>

#include "vanban/export.h"
#include "vanban/ingest.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace {

const char* kUsage =
    "usage: vanban <command> [options]\n"
    "\n"
    "commands:\n"
    "  text FILE                     print the decoded, normalised text\n"
    "  parse FILE [--format F] [--warnings] [--agencies TSV]\n"
    "                                F = json (default) | akn | tree\n"
    "  agencies FILE [--format F] [--agencies TSV]\n"
    "                                who must act on which provision;\n"
    "                                F = table (default) | csv | json\n"
    "                                --agencies: the user's registry additions\n"
    "  render plan FILE [-o OUT] [--format fo|pdf] [options]\n"
    "                                the implementation plan (Kế hoạch) as PDF;\n"
    "                                `vanban render` lists the options\n"
    "  render leaflet FILE [-o OUT] [--layout trifold|booklet] [--url URL]\n"
    "                                the dissemination leaflet (tờ gấp) as PDF,\n"
    "                                QR code to the full text;\n"
    "                                `vanban render leaflet` lists the options\n"
    "  render report --period P [--document NUMBER] [-o OUT]\n"
    "                                the compliance report (Báo cáo) from the\n"
    "                                tracking store\n"
    "  track add|import|list …       the tracking store (tasks, status updates);\n"
    "                                `vanban track` lists the options\n"
    "  batch IN_DIR -o OUT_DIR [--jobs N] [--only parse,plan,leaflet] [--force]\n"
    "        [--shard K/N] [--quiet] [--json-log]\n"
    "                                every document of a folder, incrementally;\n"
    "                                `vanban batch` lists the options\n"
    "  version                       print the version\n";

int usage_error(const std::string& msg) {
  std::cerr << "vanban: " << msg << "\n\n" << kUsage;
  return 2;
}

int cmd_text(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage_error("text takes exactly one FILE");
  const std::string& path = args[0];
  vanban::Text t = vanban::ingest_file(path);
  std::string out;
  for (const auto& l : t.lines) {
    out += l.text;
    out += '\n';
  }
  std::cout << out;
  for (const auto& d : t.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
  return 0;
}

struct DocArgs {
  std::string path, format, agencies;
  bool warnings = false;
};

// FILE [--format F] [--warnings] [--agencies TSV]; returns 0 or the usage exit status.
int read_doc_args(const char* cmd, const std::vector<std::string>& args, DocArgs& a) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) a.format = args[++i];
    else if (args[i].rfind("--format=", 0) == 0) a.format = args[i].substr(9);
    else if (args[i] == "--agencies" && i + 1 < args.size()) a.agencies = args[++i];
    else if (args[i].rfind("--agencies=", 0) == 0) a.agencies = args[i].substr(11);
    else if (args[i] == "--warnings") a.warnings = true;
    else if (!args[i].empty() && args[i][0] == '-') return usage_error("unknown option " + args[i]);
    else if (a.path.empty()) a.path = args[i];
    else return usage_error(std::string(cmd) + " takes one FILE");
  }
  if (a.path.empty()) return usage_error(std::string(cmd) + " needs a FILE");
  return 0;
}

// The built-in registry, plus the user's file when given (read once).
vanban::Document parse_linked(const DocArgs& a) {
  if (a.agencies.empty()) return vanban::parse_file(a.path);
  vanban::AgencyRegistry reg = vanban::AgencyRegistry::builtin();
  reg.add_file(a.agencies);
  return vanban::parse_file(a.path, reg);
}

int cmd_parse(const std::vector<std::string>& args) {
  DocArgs a;
  a.format = "json";
  if (int rc = read_doc_args("parse", args, a)) return rc;
  if (a.format != "json" && a.format != "akn" && a.format != "tree")
    return usage_error("unknown format '" + a.format + "' (json, akn or tree)");
  vanban::Document doc = parse_linked(a);
  if (a.format == "json") std::cout << vanban::to_json(doc);
  else if (a.format == "akn") std::cout << vanban::to_akn(doc);
  else std::cout << vanban::to_tree(doc);
  if (a.warnings)
    for (const auto& d : doc.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
  return 0;
}

int cmd_agencies(const std::vector<std::string>& args) {
  DocArgs a;
  a.format = "table";
  if (int rc = read_doc_args("agencies", args, a)) return rc;
  if (a.format != "table" && a.format != "csv" && a.format != "json")
    return usage_error("unknown format '" + a.format + "' (table, csv or json)");
  vanban::Document doc = parse_linked(a);
  if (a.format == "table") std::cout << vanban::to_agency_table(doc);
  else if (a.format == "csv") std::cout << vanban::to_agency_csv(doc);
  else std::cout << vanban::to_agency_json(doc);
  if (a.warnings)
    for (const auto& d : doc.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
  return 0;
}

}  // namespace

int cmd_render(const std::vector<std::string>& args);  // render_cmd.cpp
int cmd_track(const std::vector<std::string>& args);   // track_cmd.cpp
int cmd_batch(const std::vector<std::string>& args);   // batch_cmd.cpp

int main(int argc, char** argv) {
  xmlInitParser();
  if (argc < 2) return usage_error("no command");
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (cmd == "text") return cmd_text(args);
    if (cmd == "parse") return cmd_parse(args);
    if (cmd == "agencies") return cmd_agencies(args);
    if (cmd == "render") return cmd_render(args);
    if (cmd == "track") return cmd_track(args);
    if (cmd == "batch") return cmd_batch(args);
    if (cmd == "version" || cmd == "--version") {
      std::cout << "vanban 0.1.0\n";
      return 0;
    }
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
      std::cout << kUsage;
      return 0;
    }
    return usage_error("unknown command '" + cmd + "'");
  } catch (const vanban::InputError& e) {
    std::cerr << "vanban: error: " << e.what() << " [" << e.code() << "]\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "vanban: error: " << e.what() << '\n';
    return 1;
  }
}
