// ZIP reading with libzip, from memory, with the ingest limits.
#include "zip_reader.h"

#include <zip.h>

#include <cstdio>

namespace vanban::ingest {
namespace {

// A Word file has a few dozen parts; tens of thousands is a crafted archive
// made to cost time in directory handling.
constexpr zip_int64_t kMaxEntries = 10000;

std::string human(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

bool bad_path(std::string_view name) {
  if (name.empty()) return false;
  if (name[0] == '/' || name[0] == '\\') return true;
  if (name.size() > 1 && name[1] == ':') return true;  // C:\…
  std::size_t i = 0;
  while (i <= name.size()) {
    std::size_t e = name.find_first_of("/\\", i);
    if (e == std::string_view::npos) e = name.size();
    if (name.substr(i, e - i) == "..") return true;
    i = e + 1;
  }
  return false;
}

::zip* open_zip(std::string_view bytes, zip_error_t* err) {
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, err);
  if (!src) return nullptr;
  // ZIP_CHECKCONS: the local headers must agree with the central directory
  ::zip* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, err);
  if (!za) zip_source_free(src);
  return za;
}

}  // namespace

ZipReader::ZipReader(std::string_view bytes, const std::string& file, const IngestLimits& limits)
    : file_(file), limits_(limits) {
  zip_error_t err;
  zip_error_init(&err);
  za_ = open_zip(bytes, &err);
  if (!za_) {
    std::string why = zip_error_strerror(&err);
    zip_error_fini(&err);
    throw InputError(file, 0, "docx.corrupt", file + ": damaged ZIP archive, cannot read its directory (" + why + ")");
  }
  zip_error_fini(&err);
  zip_int64_t n = zip_get_num_entries(za_, 0);
  if (n > kMaxEntries) {
    zip_discard(za_);
    za_ = nullptr;
    throw InputError(file, 0, "docx.too-many-entries",
                     file + ": ZIP archive has " + std::to_string(n) + " entries, more than the limit of " +
                         std::to_string(kMaxEntries));
  }
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(za_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name && bad_path(name)) {
      std::string nm = name;
      zip_discard(za_);
      za_ = nullptr;
      throw InputError(file, 0, "docx.bad-path",
                       file + ": ZIP entry '" + nm + "' is an absolute path or leaves the archive, a crafted file");
    }
  }
}

ZipReader::~ZipReader() {
  if (za_) zip_discard(za_);
}

bool ZipReader::has(const std::string& name) const { return zip_name_locate(za_, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipReader::read(const std::string& name) {
  zip_int64_t idx = zip_name_locate(za_, name.c_str(), 0);
  if (idx < 0) return std::nullopt;
  const auto i = static_cast<zip_uint64_t>(idx);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(za_, i, 0, &st) != 0)
    throw InputError(file_, 0, "docx.corrupt", file_ + ": damaged ZIP entry " + name + " (" + zip_strerror(za_) + ")");
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw InputError(file_, 0, "docx.encrypted", file_ + ": ZIP entry " + name + " is encrypted");
  // Headers can lie; they are checked first (cheap) and the bytes actually
  // inflated are counted again below.
  const double comp = (st.valid & ZIP_STAT_COMP_SIZE) && st.comp_size > 0 ? static_cast<double>(st.comp_size) : 1.0;
  auto ratio_error = [&](double size) {
    return InputError(file_, 0, "input.zip-bomb",
                      file_ + ": ZIP entry " + name + " expands " + human(size / comp) +
                          " times, more than the limit of " + human(limits_.max_ratio) + " (decompression ratio)");
  };
  auto total_error = [&](double size) {
    return InputError(file_, 0, "input.zip-bomb",
                      file_ + ": ZIP entries expand to more than " + human(size) + " bytes, more than the limit of " +
                          std::to_string(limits_.max_decompressed_bytes) + " (decompressed bytes)");
  };
  if (st.valid & ZIP_STAT_SIZE) {
    const double size = static_cast<double>(st.size);
    // tiny entries compress badly anyway; the ratio only matters past 1 MiB
    if (size > (1 << 20) && size / comp > limits_.max_ratio) throw ratio_error(size);
    if (total_ + st.size > limits_.max_decompressed_bytes) throw total_error(static_cast<double>(total_ + st.size));
  }
  zip_file_t* zf = zip_fopen_index(za_, i, 0);
  if (!zf)
    throw InputError(file_, 0, "docx.corrupt", file_ + ": damaged ZIP entry " + name + " (" + zip_strerror(za_) + ")");
  std::string out;
  char buf[1 << 15];
  for (;;) {
    zip_int64_t got = zip_fread(zf, buf, sizeof buf);
    if (got < 0) {
      std::string why = zip_error_strerror(zip_file_get_error(zf));
      zip_fclose(zf);
      throw InputError(file_, 0, "docx.corrupt", file_ + ": damaged ZIP entry " + name + " (" + why + ")");
    }
    if (got == 0) break;
    out.append(buf, static_cast<std::size_t>(got));
    total_ += static_cast<std::size_t>(got);
    const double size = static_cast<double>(out.size());
    if (size > (1 << 20) && size / comp > limits_.max_ratio) {
      zip_fclose(zf);
      throw ratio_error(size);
    }
    if (total_ > limits_.max_decompressed_bytes) {
      zip_fclose(zf);
      throw total_error(static_cast<double>(total_));
    }
  }
  zip_fclose(zf);
  return out;
}

bool zip_has_entry(std::string_view bytes, const std::string& name) {
  zip_error_t err;
  zip_error_init(&err);
  ::zip* za = open_zip(bytes, &err);
  zip_error_fini(&err);
  if (!za) return false;
  bool found = zip_name_locate(za, name.c_str(), 0) >= 0;
  zip_discard(za);
  return found;
}

}  // namespace vanban::ingest
