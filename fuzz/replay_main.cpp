// Replays fuzz inputs without libFuzzer (QPDF's standalone_fuzz_target_runner):
// every file named on the command line, or found directly in a directory named
// there, goes through LLVMFuzzerTestOneInput once. Built with any compiler, so
// the seed corpus — including every crash ever found — is a regression test
// in ordinary builds, and under ASan/UBSan with -DVANBAN_SANITIZE=ON.
//
// Exit status: 0 when every input passed, 1 when one threw, 2 on bad usage
// or an unreadable input. Crashes and sanitizer reports end the process, so
// the name of each input is printed before it runs.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: fuzz_parse_replay FILE_OR_DIR...\n";
    return 2;
  }
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    fs::path p = argv[i];
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p))
        if (e.is_regular_file()) inputs.push_back(e.path());
    } else if (fs::is_regular_file(p, ec)) {
      inputs.push_back(p);
    } else {
      std::cerr << "fuzz_parse_replay: " << p.string() << ": no such file or directory\n";
      return 2;
    }
  }
  // Directory order is unspecified; sort so that runs are comparable.
  std::sort(inputs.begin(), inputs.end());

  int failures = 0;
  for (const auto& p : inputs) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      std::cerr << "fuzz_parse_replay: " << p.string() << ": cannot open file\n";
      return 2;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cerr << "replay " << p.filename().string() << " (" << bytes.size() << " bytes)\n";
    try {
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    } catch (const std::exception& e) {
      std::cerr << "fuzz_parse_replay: " << p.string() << ": uncaught exception: " << e.what() << '\n';
      ++failures;
    }
  }
  std::cerr << "fuzz_parse_replay: " << inputs.size() << " inputs, " << failures << " failed\n";
  return failures == 0 ? 0 : 1;
}
