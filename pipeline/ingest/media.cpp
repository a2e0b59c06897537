// Finding the PDF and image readers (media.h): built in, or vanban-media.so
// loaded from next to the executable on the first PDF or image — never at
// start-up, so a run over text and Word files does not map poppler,
// Tesseract and their fifty dependencies.
#include <dlfcn.h>

#include <atomic>
#include <filesystem>
#include <mutex>

#include "media.h"

namespace vanban::ingest::media {

namespace {

constexpr const char* kModule = "vanban-media.so";

// Set before main (media_builtin.cpp) or never: no lock needed to read it.
std::atomic<const Readers*> builtin_readers{nullptr};

struct Loaded {
  const Readers* readers = nullptr;
  std::string path, error;
};

Loaded load() {
  Loaded l;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    l.path = kModule;
    l.error = "cannot find the running executable (/proc/self/exe: " + ec.message() + ")";
    return l;
  }
  l.path = (exe.parent_path() / kModule).string();
  // RTLD_LOCAL: poppler's and Tesseract's symbols stay theirs; the module
  // stays loaded until exit (its readers may be in use on other threads).
  void* h = dlopen(l.path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char* e = dlerror();
    l.error = e ? e : "dlopen failed";
    return l;
  }
  using Entry = const Readers* (*)();
  auto entry = reinterpret_cast<Entry>(dlsym(h, "vanban_media_readers"));
  if (!entry) {
    l.error = "not a vanban media module (no vanban_media_readers)";
    return l;
  }
  const Readers* r = entry();
  if (!r || r->version != kVersion || !r->open_pdf || !r->decode_image || !r->ocr_pages) {
    l.error = "built for another version of vanban (media interface " + std::to_string(r ? r->version : 0) +
              ", this vanban needs " + std::to_string(kVersion) + ")";
    return l;
  }
  l.readers = r;
  return l;
}

}  // namespace

void install(const Readers* builtin) { builtin_readers.store(builtin); }

const Readers& readers(const std::string& file) {
  if (const Readers* b = builtin_readers.load()) return *b;
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.readers)
    throw InputError(file, 0, "ingest.no-module",
                     (file.empty() ? std::string() : file + ": ") +
                         "cannot read PDFs or scanned images: the reader module " + loaded.path +
                         " cannot be loaded (" + loaded.error + ")");
  return *loaded.readers;
}

}  // namespace vanban::ingest::media
