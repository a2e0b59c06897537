// Telling people and machines how the run goes: a live bar with rate and ETA
// on a terminal, a plain line every few seconds elsewhere (CI logs), nothing
// but failures with --quiet; --json-log adds one JSON object per document.
// Timings here are for people only: they never reach an output file.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "internal.h"
#include "vanban/export.h"

namespace vanban::batch {

namespace {

using Clock = std::chrono::steady_clock;

std::string clock_text(double s) {
  long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  return buf;
}

std::string json_line(const DocResult& r) {
  std::string j = "{\"event\": \"document\", \"path\": " + json_quote(r.path) + ", \"name\": " + json_quote(r.name) +
                  ", \"status\": \"" + to_string(r.status) + "\"";
  if (!r.code.empty()) j += ", \"code\": " + json_quote(r.code) + ", \"reason\": " + json_quote(r.reason);
  if (!r.doc_type.empty()) j += ", \"doc_type\": " + json_quote(r.doc_type);
  if (!r.number.empty()) j += ", \"number\": " + json_quote(r.number);
  j += ", \"provisions\": " + std::to_string(r.provisions) + ", \"assignments\": " + std::to_string(r.assignments) +
       ", \"warnings\": " + std::to_string(r.warnings) + ", \"outputs\": [";
  for (std::size_t i = 0; i < r.outputs.size(); ++i) j += (i ? ", " : "") + json_quote(r.name + "/" + r.outputs[i]);
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", r.seconds);
  return j + "], \"seconds\": " + secs + "}\n";
}

class Reporter : public Observer {
 public:
  Reporter(ProgressMode mode, bool json, std::FILE* err, std::FILE* out) : mode_(mode), json_(json), err_(err), out_(out) {
    if (mode_ == ProgressMode::automatic) mode_ = isatty(fileno(err_)) ? ProgressMode::bar : ProgressMode::lines;
  }

  void start(std::size_t selected, std::size_t to_do, std::size_t unchanged) override {
    t0_ = last_line_ = Clock::now();
    to_do_ = to_do;
    if (mode_ == ProgressMode::quiet) return;
    if (to_do == 0)
      std::fprintf(err_, "0 of %zu documents changed; nothing to do\n", selected);
    else
      std::fprintf(err_, "%zu of %zu documents to process (%zu unchanged)\n", to_do, selected, unchanged);
    std::fflush(err_);
  }

  void document(const DocResult& r, std::size_t finished, std::size_t to_do) override {
    if (json_) {
      std::string j = json_line(r);
      std::fwrite(j.data(), 1, j.size(), out_);
      std::fflush(out_);
    }
    if (r.status == Status::unchanged) return;
    finished_ = finished, to_do_ = to_do, last_ = r.path;
    if (r.status == Status::failed) {
      // repeated at the end, the first few: a folder of a million bad files
      // must not make a million-line list in memory (the index has them all)
      if (++failed_ <= kFailuresListed) failures_ += "  failed: " + r.path + ": " + r.reason + " [" + r.code + "]\n";
      clear_bar();
      std::fprintf(err_, "FAILED %s: %s [%s]\n", r.path.c_str(), r.reason.c_str(), r.code.c_str());
      std::fflush(err_);
    }
    tick();
  }

  void tick() override {
    if (mode_ == ProgressMode::quiet || to_do_ == 0) return;
    auto now = Clock::now();
    if (mode_ == ProgressMode::bar) {
      if (now - last_draw_ < std::chrono::milliseconds(100) && finished_ < to_do_) return;
      last_draw_ = now;
      const int width = 30;
      int fill = static_cast<int>(width * finished_ / to_do_);
      std::string bar(static_cast<std::size_t>(fill), '=');
      if (fill < width) bar += '>', bar.append(static_cast<std::size_t>(width - fill - 1), ' ');
      std::string name = last_.size() > 40 ? "…" + last_.substr(last_.size() - 39) : last_;
      std::fprintf(err_, "\r\033[K[%s] %zu/%zu  %s  %s", bar.c_str(), finished_, to_do_, rate_eta(now).c_str(),
                   name.c_str());
      std::fflush(err_);
      drawn_ = true;
    } else if (now - last_line_ >= std::chrono::seconds(5)) {
      last_line_ = now;
      std::fprintf(err_, "%zu/%zu documents (%zu%%), %s\n", finished_, to_do_, finished_ * 100 / to_do_,
                   rate_eta(now).c_str());
      std::fflush(err_);
    }
  }

  void finish(const Summary& s) override {
    clear_bar();
    if (json_) {
      char secs[32];
      std::snprintf(secs, sizeof secs, "%.3f", s.seconds);
      std::fprintf(out_,
                   "{\"event\": \"summary\", \"found\": %zu, \"selected\": %zu, \"done\": %zu, \"unchanged\": %zu, "
                   "\"failed\": %zu, \"seconds\": %s}\n",
                   s.found, s.selected, s.done, s.unchanged, s.failed, secs);
      std::fflush(out_);
    }
    if (mode_ == ProgressMode::quiet) return;
    std::fprintf(err_, "%zu documents: %zu processed, %zu unchanged, %zu failed, in %.1f s", s.selected, s.done,
                 s.unchanged, s.failed, s.seconds);
    if (s.done + s.failed > 0 && s.seconds > 0)
      std::fprintf(err_, " (%.1f documents/s)", static_cast<double>(s.done + s.failed) / s.seconds);
    std::fputc('\n', err_);
    std::fputs(failures_.c_str(), err_);
    if (failed_ > kFailuresListed)
      std::fprintf(err_, "  … and %zu more failed (index.html and manifest.json list them all)\n", failed_ - kFailuresListed);
    std::fflush(err_);
  }

 private:
  std::string rate_eta(Clock::time_point now) const {
    double el = std::chrono::duration<double>(now - t0_).count();
    double rate = el > 0 ? static_cast<double>(finished_) / el : 0;
    char buf[64];
    if (rate > 0)
      std::snprintf(buf, sizeof buf, "%.1f documents/s, ETA %s", rate,
                    clock_text(static_cast<double>(to_do_ - finished_) / rate).c_str());
    else
      std::snprintf(buf, sizeof buf, "starting");
    return buf;
  }
  void clear_bar() {
    if (drawn_) std::fprintf(err_, "\r\033[K"), drawn_ = false;
  }

  ProgressMode mode_;
  bool json_;
  std::FILE *err_, *out_;
  Clock::time_point t0_, last_line_, last_draw_;
  std::size_t finished_ = 0, to_do_ = 0;
  std::string last_;
  static constexpr std::size_t kFailuresListed = 50;
  std::string failures_;
  std::size_t failed_ = 0;
  bool drawn_ = false;
};

}  // namespace

std::unique_ptr<Observer> make_reporter(ProgressMode mode, bool json_log, std::FILE* err, std::FILE* json_out) {
  return std::make_unique<Reporter>(mode, json_log, err, json_out);
}

}  // namespace vanban::batch
