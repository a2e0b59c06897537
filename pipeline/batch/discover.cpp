// Discovery: which files of IN_DIR this run (and this shard) processes, and
// the output name of each.
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "internal.h"

namespace fs = std::filesystem;

namespace vanban::batch {

namespace {

bool hidden(const fs::path& rel) {
  for (const auto& part : rel)
    if (!part.empty() && part.native()[0] == '.') return true;
  return false;
}

std::string strip_ext(const std::string& path) {
  std::size_t slash = path.rfind('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == slash + 1) return path;
  return path.substr(0, dot);
}

}  // namespace

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
    in.path = r;
    in.abs = it->path().string();
    in.size = it->file_size(ec);
    all.push_back(std::move(in));
  }
  std::sort(all.begin(), all.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  // x.txt and x.pdf side by side: both keep their extension in the name
  std::map<std::string, int> stems;
  for (const auto& in : all) ++stems[strip_ext(in.path)];
  for (auto& in : all) in.name = stems[strip_ext(in.path)] > 1 ? in.path : strip_ext(in.path);
  found = all.size();
  if (opts.shards <= 1) return all;
  std::vector<Input> mine;
  for (auto& in : all)
    if (shard_of(in.path, opts.shards) == opts.shard) mine.push_back(std::move(in));
  return mine;
}

}  // namespace vanban::batch
