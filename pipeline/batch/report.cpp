// The run's summary files: OUT_DIR/index.html for people (plain HTML, no
// script, every value escaped) and OUT_DIR/manifest.json for machines. Both
// depend only on the results, listed by path: the same run gives the same
// bytes, whatever --jobs was. They are written a row at a time, so a run of a
// million documents holds one row, not the whole table.
#include <cerrno>
#include <cstring>

#include "internal.h"
#include "vanban/export.h"

namespace vanban::batch {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// A relative URL of a path: each byte that is not unreserved is %-encoded
// (a document's name may hold spaces, '#', '?' or '%').
std::string url_of(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += '%', out += hex[c >> 4], out += hex[c & 15];
  }
  return out;
}

std::string counts_line(const Summary& s) {
  std::size_t ok = s.done + s.unchanged;
  return std::to_string(s.selected) + " documents: " + std::to_string(ok) + " with outputs (" +
         std::to_string(s.done) + " processed in this run, " + std::to_string(s.unchanged) + " unchanged), " +
         std::to_string(s.failed) + " failed";
}

std::string index_head(const Summary& s, const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>vanban — " + html_escape(title) +
         "</title>\n<style>\nbody{font-family:sans-serif;margin:1.5em}\ntable{border-collapse:collapse;font-size:90%}\n"
         "th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;text-align:left}\n"
         "th{background:#eee}\ntd.n{text-align:right}\ntr.failed{background:#fdd}\n</style>\n</head>\n<body>\n<h1>" +
         html_escape(title) + "</h1>\n<p>" + html_escape(counts_line(s)) +
         ". Machine-readable: <a href=\"manifest.json\">manifest.json</a>.</p>\n"
         "<table>\n<tr><th>file</th><th>type</th><th>number</th><th>issuer</th><th>date</th><th>provisions</th>"
         "<th>assignments</th><th>warnings</th><th>outputs</th></tr>\n";
}

std::string index_row(const DocResult& d) {
  std::string h;
  bool failed = d.status == Status::failed;
  h += failed ? "<tr class=\"failed\">" : "<tr>";
  h += "<td>" + html_escape(d.path) + "</td>";
  if (failed && d.outputs.empty())
    return h + "<td colspan=\"8\">failed: " + html_escape(d.reason) + " [" + html_escape(d.code) + "]</td></tr>\n";
  h += "<td>" + html_escape(d.doc_type) + "</td><td>" + html_escape(d.number) + "</td><td>" + html_escape(d.issuer) +
       "</td><td>" + html_escape(d.date) + "</td><td class=\"n\">" + std::to_string(d.provisions) +
       "</td><td class=\"n\">" + std::to_string(d.assignments) + "</td><td>" + std::to_string(d.warnings);
  if (!d.warning_codes.empty()) h += ": " + html_escape(d.warning_codes);
  if (failed) h += "<br>failed: " + html_escape(d.reason) + " [" + html_escape(d.code) + "]";
  h += "</td><td>";
  // labelled by kind: "json", "akn.xml", "plan.pdf" …
  const std::size_t stem = d.name.size() - (d.name.rfind('/') == std::string::npos ? 0 : d.name.rfind('/') + 1);
  for (std::size_t i = 0; i < d.outputs.size(); ++i) {
    const std::string& f = d.outputs[i];
    h += (i ? " " : "") + std::string("<a href=\"") + html_escape(url_of(d.name + "/" + f)) + "\">" +
         html_escape(f.size() > stem + 1 ? f.substr(stem + 1) : f) + "</a>";
  }
  return h + "</td></tr>\n";
}

std::string manifest_head(const Summary& s) {
  return "{\n  \"schema\": \"vanban-batch/1\",\n  \"found\": " + std::to_string(s.found) + ",\n  \"selected\": " +
         std::to_string(s.selected) + ",\n  \"with_outputs\": " + std::to_string(s.done + s.unchanged) +
         ",\n  \"failed\": " + std::to_string(s.failed) + ",\n  \"documents\": [";
}

std::string manifest_row(const DocResult& d, bool first) {
  std::string j = first ? "\n    {" : ",\n    {";
  auto field = [&](const char* k, const std::string& v) {
    if (!v.empty()) j += ",\n      \"" + std::string(k) + "\": " + json_quote(v);
  };
  j += "\n      \"path\": " + json_quote(d.path) + ",\n      \"name\": " + json_quote(d.name);
  j += ",\n      \"ok\": " + std::string(d.status == Status::failed ? "false" : "true");
  field("code", d.code);
  field("reason", d.reason);
  field("sha256", d.sha256);
  field("doc_type", d.doc_type);
  field("number", d.number);
  field("issuer", d.issuer);
  field("date", d.date);
  field("title", d.title);
  if (d.status != Status::failed || !d.outputs.empty())
    j += ",\n      \"provisions\": " + std::to_string(d.provisions) + ",\n      \"assignments\": " +
         std::to_string(d.assignments) + ",\n      \"warnings\": " + std::to_string(d.warnings);
  j += ",\n      \"outputs\": [";
  for (std::size_t k = 0; k < d.outputs.size(); ++k) j += (k ? ", " : "") + json_quote(d.name + "/" + d.outputs[k]);
  return j + "]\n    }";
}

}  // namespace

SummaryFiles::SummaryFiles(const std::string& partial_dir, const Summary& counts, const std::string& title)
    : partial_dir_(partial_dir) {
  for (auto [f, name] : {std::pair<std::FILE**, const char*>{&html_, "/index.html"}, {&json_, "/manifest.json"}}) {
    *f = std::fopen((partial_dir + name).c_str(), "wb");
    if (!*f) throw BatchError("batch.write", partial_dir + name + ": " + std::strerror(errno));
  }
  put(html_, index_head(counts, title));
  put(json_, manifest_head(counts));
}

SummaryFiles::~SummaryFiles() {
  if (html_) std::fclose(html_);
  if (json_) std::fclose(json_);
}

void SummaryFiles::put(std::FILE* f, const std::string& s) {
  if (error_.empty() && std::fwrite(s.data(), 1, s.size(), f) != s.size())
    error_ = partial_dir_ + (f == html_ ? "/index.html: " : "/manifest.json: ") + std::strerror(errno);
}

void SummaryFiles::add(const DocResult& d) {
  put(html_, index_row(d));
  put(json_, manifest_row(d, rows_++ == 0));
}

void SummaryFiles::commit(const std::string& out_dir) {
  put(html_, "</table>\n</body>\n</html>\n");
  put(json_, rows_ == 0 ? "]\n}\n" : "\n  ]\n}\n");
  for (auto [f, name] : {std::pair<std::FILE**, const char*>{&html_, "index.html"}, {&json_, "manifest.json"}}) {
    if (std::fclose(*f) != 0 && error_.empty()) error_ = partial_dir_ + "/" + name + ": " + std::strerror(errno);
    *f = nullptr;
  }
  if (!error_.empty()) throw BatchError("batch.write", error_);
  for (const char* name : {"index.html", "manifest.json"}) {
    std::string from = partial_dir_ + "/" + name, to = out_dir + "/" + name;
    if (std::rename(from.c_str(), to.c_str()) != 0) throw BatchError("batch.write", to + ": " + std::strerror(errno));
  }
}

}  // namespace vanban::batch
