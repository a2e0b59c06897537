// vanban — the command line. A thin layer over the libraries: reads
// arguments, calls the stages, prints results and diagnostics.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <libxml/parser.h>

#include "vanban/export.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace {

const char* kUsage =
    "usage: vanban <command> [options]\n"
    "\n"
    "commands:\n"
    "  text FILE                     print the decoded, normalised text\n"
    "  parse FILE [--format F] [--warnings]\n"
    "                                F = json (default) | akn | tree\n"
    "  version                       print the version\n";

int usage_error(const std::string& msg) {
  std::cerr << "vanban: " << msg << "\n\n" << kUsage;
  return 2;
}

int cmd_text(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage_error("text takes exactly one FILE");
  const std::string& path = args[0];
  vanban::Text t = vanban::load_text(vanban::read_file(path), path);
  std::string out;
  for (const auto& l : t.lines) {
    out += l.text;
    out += '\n';
  }
  std::cout << out;
  for (const auto& d : t.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
  return 0;
}

int cmd_parse(const std::vector<std::string>& args) {
  std::string path, format = "json";
  bool warnings = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
    else if (args[i].rfind("--format=", 0) == 0) format = args[i].substr(9);
    else if (args[i] == "--warnings") warnings = true;
    else if (!args[i].empty() && args[i][0] == '-') return usage_error("unknown option " + args[i]);
    else if (path.empty()) path = args[i];
    else return usage_error("parse takes one FILE");
  }
  if (path.empty()) return usage_error("parse needs a FILE");
  if (format != "json" && format != "akn" && format != "tree")
    return usage_error("unknown format '" + format + "' (json, akn or tree)");
  vanban::Document doc = vanban::parse_file(path);
  if (format == "json") std::cout << vanban::to_json(doc);
  else if (format == "akn") std::cout << vanban::to_akn(doc);
  else std::cout << vanban::to_tree(doc);
  if (warnings)
    for (const auto& d : doc.diagnostics) std::cerr << vanban::format_diagnostic(d) << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  xmlInitParser();
  if (argc < 2) return usage_error("no command");
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (cmd == "text") return cmd_text(args);
    if (cmd == "parse") return cmd_parse(args);
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
