// The PDF and image readers as a module (pipeline/ingest/media.h): the
// vanban executable links none of poppler, Leptonica, Tesseract or OpenMP
// (what made every cold start slow), loads vanban-media.so from next to
// itself on its first PDF or image, and without it still reads text but
// refuses PDFs and scans with a message naming the module.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli_run.h"

namespace fs = std::filesystem;

using cli_run::output_of;

namespace {

const fs::path kSrc = fs::path(VANBAN_SOURCE_DIR);
const fs::path kBin = fs::path(VANBAN_BINARY);

bool mentions_heavy_library(const std::string& ldd) {
  for (const char* lib : {"libpoppler", "libtesseract", "liblept", "libgomp"})
    if (ldd.find(lib) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("media: vanban links no PDF or OCR library, the module beside it does", "[media][cli]") {
  const fs::path module = kBin.parent_path() / "vanban-media.so";
  REQUIRE(fs::is_regular_file(module));
  std::string exe = output_of("ldd " + kBin.string());
  REQUIRE(exe.find("libc.so") != std::string::npos);
  CHECK_FALSE(mentions_heavy_library(exe));
  std::string mod = output_of("ldd " + module.string());
  CHECK(mod.find("libpoppler-cpp") != std::string::npos);
  CHECK(mod.find("libtesseract") != std::string::npos);
  // … and reading a PDF through it works
  auto r = cli_run::vanban("text " + (kSrc / "corpus/docs/quyet-dinh-32-2025-ubnd-ha-noi.pdf").string());
  CHECK(r.exit == 0);
  CHECK(r.out.find("QUYẾT ĐỊNH") != std::string::npos);
}

TEST_CASE("media: without vanban-media.so, text is read and PDFs and scans are refused naming the module", "[media][cli]") {
  cli_run::Dir d;
  const std::string lone = d / "vanban";
  fs::copy_file(kBin, lone);
  const std::string module = d / "vanban-media.so";
  auto in_dir = [&](const std::string& args) {
    std::string cmd = lone + " " + args + " >" + (d / "out") + " 2>" + (d / "err") + " </dev/null";
    int st = std::system(cmd.c_str());
    return cli_run::Result{WIFEXITED(st) ? WEXITSTATUS(st) : -1, cli_run::read_all(d / "out"),
                           cli_run::read_all(d / "err")};
  };
  auto txt = in_dir("text " + (kSrc / "corpus/docs/quyet-dinh-32-2025-ubnd-ha-noi.txt").string());
  CHECK(txt.exit == 0);
  CHECK(txt.out.find("QUYẾT ĐỊNH") != std::string::npos);

  const std::string why = "cannot read PDFs or scanned images: the reader module " + module + " cannot be loaded (" +
                          module + ": cannot open shared object file: No such file or directory) [ingest.no-module]\n";
  const std::string pdf = (kSrc / "corpus/docs/quyet-dinh-32-2025-ubnd-ha-noi.pdf").string();
  auto r = in_dir("text " + pdf);
  CHECK(r.exit == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "vanban: error: " + pdf + ": " + why);
  const std::string png = (kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png").string();
  r = in_dir("text " + png);
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: " + png + ": " + why);

  // a file that is not a module is refused the same way, with the loader's reason
  { std::ofstream(module) << "not an ELF file\n"; }
  r = in_dir("text " + pdf);
  CHECK(r.exit == 1);
  CHECK(r.err.find("the reader module " + module + " cannot be loaded (" + module + ": ") != std::string::npos);
  CHECK(r.err.find("[ingest.no-module]") != std::string::npos);
}
