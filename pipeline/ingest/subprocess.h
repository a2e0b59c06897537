// Running an extractor program (antiword, catdoc, unrtf) safely: fork/exec
// with an argument vector (no shell), stdout captured up to a cap, killed
// when it runs past its time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vanban::ingest {

struct RunResult {
  enum class Status { exited, timed_out, too_much_output, not_started, signalled };
  Status status = Status::not_started;
  int exit_code = -1;    // when exited
  int signal = 0;        // when signalled
  std::string out;       // stdout, at most max_output bytes
  std::string err;       // stderr, its first 4 KiB
};

// argv[0] is looked up in PATH. The child gets no stdin and its own process
// group, which is killed whole on timeout or excess output; its environment
// is ours with the "NAME=value" entries of `env` set.
RunResult run_program(const std::vector<std::string>& argv, double seconds, std::size_t max_output,
                      const std::vector<std::string>& env = {});

// A private temporary copy of some bytes, removed with the object (the
// extractors read files, not pipes).
class TempFile {
 public:
  TempFile(std::string_view bytes, const std::string& suffix);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }
  // Another file beside the copy (a tool's settings), removed with it.
  void add(const std::string& name, std::string_view bytes) const;

 private:
  std::string dir_, path_;
};

}  // namespace vanban::ingest
