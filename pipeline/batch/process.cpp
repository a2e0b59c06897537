// One document through the whole pipeline: read → hash → ingest (format
// reader, then the text stage) → parse → link → JSON, Akoma Ntoso, plan and
// leaflet PDFs; its tasks go to the store afterwards (run.cpp), in the
// inputs' order. Outputs go through temporary files in OUT_DIR/.partial and
// a rename, so a killed run leaves each output whole or absent.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>

#include "internal.h"
#include "vanban/export.h"
#include "vanban/ingest.h"
#include "vanban/leaflet.h"
#include "vanban/parse.h"
#include "vanban/render.h"
#include "vanban/text.h"

namespace fs = std::filesystem;

namespace vanban::batch {

std::string write_file(const std::string& partial_dir, const std::string& tmp_name, const std::string& dir,
                       const std::string& file, const std::string& bytes) {
  std::string tmp = partial_dir + "/" + tmp_name;
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return tmp + ": " + std::strerror(errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = tmp + ": " + std::strerror(errno);
      ::close(fd);
      std::remove(tmp.c_str());
      return why;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    std::remove(tmp.c_str());
    return tmp + ": " + std::strerror(errno);
  }
  std::string target = dir + "/" + file;
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::string why = target + ": " + std::strerror(errno);
    std::remove(tmp.c_str());
    return why;
  }
  return "";
}

namespace {

// Documents carried out by an implementation plan (Kế hoạch triển khai thực hiện).
bool has_plan(const Document& doc) {
  const std::string t = doc.meta.doc_type.value_or("");
  return t == "Nghị quyết" || t == "Quyết định" || t == "Chỉ thị";
}

std::string read_all(const std::string& path, std::size_t size, std::string& why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    why = std::strerror(errno);
    return {};
  }
  std::string bytes;
  bytes.reserve(size);
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) why = std::strerror(errno);
    if (n <= 0) break;
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

// The text stage decodes whatever is not binary, replacing bytes it cannot
// read by U+FFFD; when that is most of the text there is no document to
// speak of, and outputs would only hide the fact.
std::string undecodable(const Text& t) {
  std::size_t chars = 0, bad = 0;
  for (const auto& l : t.lines) {
    for (unsigned char c : l.text) chars += (c & 0xC0) != 0x80;
    for (std::size_t at = l.text.find("\xEF\xBF\xBD"); at != std::string::npos; at = l.text.find("\xEF\xBF\xBD", at + 3)) ++bad;
  }
  if (chars == 0 || bad * 10 < chars) return "";
  return std::to_string(bad) + " of " + std::to_string(chars) +
         " characters could not be decoded in any encoding vanban knows";
}

void summarise(const Document& doc, DocResult& r) {
  const Meta& m = doc.meta;
  r.doc_type = m.doc_type.value_or(""), r.number = m.number.value_or(""), r.issuer = m.issuer.value_or("");
  r.date = m.date.value_or(""), r.title = m.title.value_or("");
  r.provisions = 0;
  for_each_provision(doc.provisions, [&](const Provision&) { ++r.provisions; });
  r.assignments = static_cast<int>(doc.assignments.size());
}

void count_warnings(const std::vector<Diagnostic>& ds, DocResult& r) {
  std::map<std::string, int> codes;
  r.warnings = 0, r.warning_codes.clear();
  for (const auto& d : ds)
    if (d.severity != Severity::note) ++r.warnings, ++codes[d.code];
  for (const auto& [code, n] : codes) {
    if (!r.warning_codes.empty()) r.warning_codes += ", ";
    r.warning_codes += code + (n > 1 ? " ×" + std::to_string(n) : "");
  }
}

}  // namespace

DocResult process(const Input& in, const Shared& sh, unsigned worker, std::optional<Document>& out_doc) {
  auto t0 = std::chrono::steady_clock::now();
  const Options& o = *sh.opts;
  DocResult r;
  r.path = in.path, r.name = in.name();
  auto fail = [&](std::string code, std::string reason) {
    r.status = Status::failed, r.code = std::move(code), r.reason = std::move(reason);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
  };
  if (in.size > o.max_bytes)
    return fail("io.too-big", in.path + ": file is " + std::to_string(in.size) + " bytes, more than the limit of " +
                                  std::to_string(o.max_bytes));
  std::string why;
  std::string bytes = read_all(in.abs(o), static_cast<std::size_t>(in.size), why);
  if (!why.empty()) return fail("io.read", in.path + ": cannot read file: " + why);
  if (bytes.size() > o.max_bytes)  // it grew since it was listed
    return fail("io.too-big", in.path + ": file is " + std::to_string(bytes.size()) +
                                  " bytes, more than the limit of " + std::to_string(o.max_bytes));
  r.sha256 = sha256_hex(bytes);

  Document doc;
  try {
    // the path relative to IN_DIR names the source, so outputs do not depend
    // on where the folder is
    IngestLimits limits;
    limits.max_file_bytes = o.max_bytes;
    Text text = ingest_bytes(bytes, in.path, limits);  // any format: text, Word, RTF, HTML …
    std::string().swap(bytes);
    if (std::string why = undecodable(text); !why.empty()) return fail("input.undecodable", in.path + ": " + why);
    doc = parse(text, in.path);
    link(doc, *sh.registry);
  } catch (const InputError& e) {
    return fail(e.code(), e.what());
  } catch (const std::exception& e) {
    return fail("batch.parse", in.path + ": " + e.what());
  }
  summarise(doc, r);
  count_warnings(doc.diagnostics, r);
  for (const auto& d : doc.diagnostics)
    if (d.severity == Severity::error) return fail(d.code, format_diagnostic(d));

  fs::path dir = fs::path(o.out_dir) / r.name;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return fail("batch.write", dir.string() + ": " + ec.message());
  const std::string stem = fs::path(r.name).filename().string();
  const std::string tmp_prefix = std::to_string(worker) + ".";
  std::vector<Diagnostic> warnings = doc.diagnostics;
  auto put = [&](const char* suffix, const std::string& bytes_out) {
    std::string file = stem + suffix;
    std::string err = write_file(sh.partial_dir, tmp_prefix + file, dir.string(), file, bytes_out);
    if (err.empty()) r.outputs.push_back(file);
    return err;
  };
  auto drop = [&](const char* suffix) { fs::remove(dir / (stem + suffix), ec); };

  try {
    if (o.parse) {
      if (auto e = put(".json", to_json(doc)); !e.empty()) return fail("batch.write", e);
      if (auto e = put(".akn.xml", to_akn(doc)); !e.empty()) return fail("batch.write", e);
    }
    if (o.plan && has_plan(doc)) {
      std::vector<Diagnostic> tw;
      std::string fo = sh.templates->render(doc, {}, &tw);
      warnings.insert(warnings.end(), tw.begin(), tw.end());
      render::RenderOptions ro;
      ro.source_date_epoch = render::source_date_epoch(doc.meta.date);
      render::RenderResult pdf = render::render_fo(fo, "plan.fo", ro);
      warnings.insert(warnings.end(), pdf.diagnostics.begin(), pdf.diagnostics.end());
      if (auto e = put(".plan.pdf", pdf.pdf); !e.empty()) return fail("batch.write", e);
    } else if (o.plan) {
      drop(".plan.pdf");  // the document's type changed since a plan was made
    }
    if (o.leaflet) {
      // the dissemination leaflet (tờ rơi): every document has provisions
      // or paragraphs people may need to know
      leaflet::LeafletOptions lo;
      lo.templates_dir = o.templates_dir;
      leaflet::Leaflet l = leaflet::render_leaflet_fo(doc, lo);
      warnings.insert(warnings.end(), l.warnings.begin(), l.warnings.end());
      render::RenderOptions ro;
      ro.source_date_epoch = render::source_date_epoch(doc.meta.date);
      render::RenderResult pdf = render::render_fo(l.fo, "leaflet.fo", ro);
      warnings.insert(warnings.end(), pdf.diagnostics.begin(), pdf.diagnostics.end());
      if (auto e = put(".leaflet.pdf", pdf.pdf); !e.empty()) return fail("batch.write", e);
    }
  } catch (const plan::TemplateError& e) {
    return fail("plan.template", in.path + ": " + e.what());
  } catch (const render::FoError& e) {
    return fail(e.code, in.path + ": " + e.what());
  } catch (const std::exception& e) {
    return fail("batch.output", in.path + ": " + e.what());
  }
  count_warnings(warnings, r);
  // the diagnostics next to the outputs they concern, for people
  if (!warnings.empty()) {
    std::string text;
    for (const auto& d : warnings) text += format_diagnostic(d) + '\n';
    if (auto e = put(".warnings.txt", text); !e.empty()) return fail("batch.write", e);
  } else {
    drop(".warnings.txt");
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  out_doc = std::move(doc);  // its tasks, for the store
  return r;
}

}  // namespace vanban::batch
