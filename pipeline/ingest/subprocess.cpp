// fork/exec with a deadline. poll() on the child's stdout and stderr; the
// deadline is a monotonic clock (it limits time, it never reaches output).
#include "subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace vanban::ingest {
namespace {

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

RunResult run_program(const std::vector<std::string>& argv, double seconds, std::size_t max_output,
                      const std::vector<std::string>& env) {
  RunResult r;
  // the child's environment, built before fork: ours, with `env` in place
  // of the variables it names
  std::vector<std::string> vars = env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view v(*e);
    bool replaced = false;
    for (const auto& x : env) replaced = replaced || v.substr(0, v.find('=') + 1) == x.substr(0, x.find('=') + 1);
    if (!replaced) vars.emplace_back(v);
  }
  std::vector<char*> envp;
  for (auto& v : vars) envp.push_back(v.data());
  envp.push_back(nullptr);
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return r;
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return r;
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    return r;
  }
  if (pid == 0) {
    // child: only async-signal-safe calls until exec
    ::setpgid(0, 0);
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    ::execvpe(args[0], args.data(), envp.data());
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // also from the parent, so the group exists before any kill
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  int fds[2] = {out_pipe[0], err_pipe[0]};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  bool killed = false;
  auto kill_group = [&](RunResult::Status why) {
    r.status = why;
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL);
    killed = true;
  };
  char buf[1 << 15];
  while ((fds[0] >= 0 || fds[1] >= 0) && !killed) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      kill_group(RunResult::Status::timed_out);
      break;
    }
    pollfd p[2];
    int n = 0, which[2];
    for (int k = 0; k < 2; ++k)
      if (fds[k] >= 0) {
        p[n] = {fds[k], POLLIN, 0};
        which[n++] = k;
      }
    int rc = ::poll(p, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (rc < 0 && errno != EINTR) break;
    for (int j = 0; j < n && rc > 0; ++j) {
      if (!(p[j].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = ::read(p[j].fd, buf, sizeof buf);
      if (got <= 0) {
        close_fd(fds[which[j]]);
        continue;
      }
      if (which[j] == 0) {
        r.out.append(buf, static_cast<std::size_t>(got));
        if (r.out.size() > max_output) {
          r.out.resize(max_output);
          kill_group(RunResult::Status::too_much_output);
          break;
        }
      } else if (r.err.size() < 4096) {
        r.err.append(buf, static_cast<std::size_t>(std::min<ssize_t>(got, 4096)));
      }
    }
  }
  close_fd(fds[0]);
  close_fd(fds[1]);
  // the child may have closed its output and still run: the deadline holds
  int status = 0;
  for (;;) {
    pid_t w = ::waitpid(pid, &status, killed ? 0 : WNOHANG);
    if (w == pid || (w < 0 && errno != EINTR)) break;
    if (w == 0 && std::chrono::steady_clock::now() >= deadline) kill_group(RunResult::Status::timed_out);
    else if (w == 0) ::usleep(5000);
  }
  if (killed) return r;
  if (WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
    r.status = r.exit_code == 127 ? RunResult::Status::not_started : RunResult::Status::exited;
  } else if (WIFSIGNALED(status)) {
    r.status = RunResult::Status::signalled;
    r.signal = WTERMSIG(status);
  }
  return r;
}

TempFile::TempFile(std::string_view bytes, const std::string& suffix) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "vanban-ingest-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary directory: " + std::string(std::strerror(errno)));
  dir_ = tmpl;
  path_ = dir_ + "/input" + suffix;
  std::ofstream out(path_, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    throw std::runtime_error("cannot write a temporary file in " + dir_);
  }
}

void TempFile::add(const std::string& name, std::string_view bytes) const {
  std::ofstream out(dir_ + "/" + name, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write a temporary file in " + dir_);
}

TempFile::~TempFile() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

}  // namespace vanban::ingest
