// Discovery: which files of IN_DIR this run (and this shard) processes, and
// the output name of each.
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "internal.h"

namespace fs = std::filesystem;

namespace vanban::batch {

namespace {

bool hidden(const fs::path& rel) {
  for (const auto& part : rel)
    if (!part.empty() && part.native()[0] == '.') return true;
  return false;
}

std::string_view strip_ext(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash) || dot == slash + 1) return path;
  return path.substr(0, dot);
}

}  // namespace

std::string Input::name() const { return keep_ext ? path : std::string(strip_ext(path)); }

std::string Input::abs(const Options& o) const { return (fs::path(o.in_dir) / path).string(); }

std::vector<Input> discover(const Options& opts, std::size_t& found) {
  std::error_code ec;
  fs::path root(opts.in_dir);
  if (!fs::is_directory(root, ec)) throw BatchError("batch.in-dir", opts.in_dir + ": not a folder");
  std::vector<Input> all;
  // no symlinked folders: a link cycle would never end
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw BatchError("batch.in-dir", opts.in_dir + ": cannot read folder: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw BatchError("batch.in-dir", opts.in_dir + ": cannot read folder: " + ec.message());
    fs::path rel = it->path().lexically_relative(root);
    if (hidden(rel)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::string r = rel.generic_string();
    bool excluded = false;
    for (const auto& pat : opts.exclude) excluded = excluded || fnmatch(pat.c_str(), r.c_str(), 0) == 0;
    if (excluded) continue;
    Input in;
    in.path = std::move(r);
    in.size = it->file_size(ec);
    all.push_back(std::move(in));
  }
  // x.txt and x.pdf side by side: both keep their extension in the name.
  // Sorted by stem, those are neighbours (no table of stems on the side).
  auto by_stem = [](const Input& a, const Input& b) { return strip_ext(a.path) < strip_ext(b.path); };
  std::sort(all.begin(), all.end(), by_stem);
  for (std::size_t i = 1; i < all.size(); ++i)
    if (strip_ext(all[i].path) == strip_ext(all[i - 1].path)) all[i].keep_ext = all[i - 1].keep_ext = true;
  std::sort(all.begin(), all.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  all.shrink_to_fit();
  found = all.size();
  if (opts.shards <= 1) return all;
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const Input& in) { return shard_of(in.path, opts.shards) != opts.shard; }),
            all.end());
  all.shrink_to_fit();
  return all;
}

}  // namespace vanban::batch
