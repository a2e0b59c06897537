// vanban track add|import|list: the tracking store (pipeline/track).
//
// Exit status: 0 done; 1 unusable input (a document that cannot be read, a
// CSV with bad rows — nothing imported — or a store that is locked, damaged,
// newer or another program's); 2 bad usage.
#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "vanban/export.h"
#include "vanban/parse.h"
#include "vanban/text.h"
#include "vanban/track.h"

namespace {

const char* kTrackUsage =
    "usage: vanban track add FILE... [--db PATH] [--agencies TSV]\n"
    "       vanban track import UPDATES.csv [--db PATH]\n"
    "       vanban track list [--document NUMBER] [--format table|csv|json] [--db PATH]\n"
    "  --db PATH               the store (default out/vanban.db)\n"
    "  --busy-timeout MS       how long to wait for another writer (default 10000)\n";

int track_usage(const std::string& msg) {
  std::cerr << "vanban: " << msg << "\n\n" << kTrackUsage;
  return 2;
}

// null or the JSON string
std::string json_string(const std::optional<std::string>& s) { return s ? vanban::json_quote(*s) : "null"; }

void print_list(const std::vector<vanban::track::TaskStatus>& tasks, const std::string& format) {
  using vanban::track::TaskStatus;
  auto time = [](const TaskStatus& t) { return t.deadline ? *t.deadline : t.recurrence.value_or(""); };
  if (format == "csv") {
    // a form to fill in and import: the three columns import needs come first
    std::cout << "mã nhiệm vụ,ngày,trạng thái,ghi chú,người báo cáo,văn bản,điều khoản,cơ quan,vai trò,thời hạn\n";
    for (const auto& t : tasks)
      std::cout << t.id << ",,,,," << vanban::csv_quote(t.document) << ',' << vanban::csv_quote(t.eid) << ','
                << vanban::csv_quote(t.agency) << ',' << t.role << ',' << vanban::csv_quote(time(t)) << '\n';
  } else if (format == "json") {
    std::cout << "[";
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      const auto& t = tasks[i];
      std::cout << (i ? ",\n " : "\n ") << "{\"id\": " << json_string(t.id) << ", \"document\": "
                << json_string(t.document) << ", \"eid\": " << json_string(t.eid)
                << ", \"agency\": " << json_string(t.agency) << ", \"role\": " << json_string(t.role)
                << ", \"deadline\": " << json_string(t.deadline) << ", \"recurrence\": " << json_string(t.recurrence)
                << ", \"status\": " << json_string(t.status) << ", \"date\": " << json_string(t.date)
                << ", \"note\": " << json_string(t.note) << "}";
    }
    std::cout << (tasks.empty() ? "]\n" : "\n]\n");
  } else {
    std::string doc;
    for (const auto& t : tasks) {
      if (t.document != doc) std::cout << (doc.empty() ? "" : "\n") << (doc = t.document) << '\n';
      std::cout << "  " << t.id << "  " << t.agency << " — " << t.role << " — " << t.eid;
      if (!time(t).empty()) std::cout << " — " << time(t);
      std::cout << "\n    " << (t.status ? *t.status + " (" + t.date.value_or("") + ")" : "chưa có báo cáo");
      if (t.note && !t.note->empty()) std::cout << ": " << *t.note;
      std::cout << '\n';
    }
  }
}

}  // namespace

int cmd_track(const std::vector<std::string>& args) {
  namespace track = vanban::track;
  if (args.empty()) return track_usage("track needs add, import or list");
  const std::string& sub = args[0];
  if (sub != "add" && sub != "import" && sub != "list")
    return track_usage("unknown track command '" + sub + "' (add, import or list)");
  std::string db = track::kDefaultDb, agencies, format = "table";
  std::optional<std::string> number;
  track::OpenOptions open;
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    bool ok = true;
    std::string v;
    if (a == "--db") ok = value(db);
    else if (a == "--agencies" && sub == "add") ok = value(agencies);
    else if (a == "--format" && sub == "list") ok = value(format);
    else if (a == "--document" && sub == "list") ok = value(v), number = v;
    else if (a == "--busy-timeout") {
      ok = value(v);
      char* end = nullptr;
      long ms = ok ? std::strtol(v.c_str(), &end, 10) : 0;
      if (ok && (end == v.c_str() || *end || ms < 0 || ms > 3600000))
        return track_usage("--busy-timeout: '" + v + "' is not a number of milliseconds");
      open.busy_timeout_ms = static_cast<int>(ms);
    } else if (a.size() > 1 && a[0] == '-') return track_usage("unknown option " + a + " for track " + sub);
    else files.push_back(a);
    if (!ok) return track_usage(a + " needs a value");
  }
  if (sub == "list" && !files.empty()) return track_usage("track list takes no FILE");
  if (sub == "add" && files.empty()) return track_usage("track add needs a FILE");
  if (sub == "import" && files.size() != 1) return track_usage("track import takes one CSV file");
  if (format != "table" && format != "csv" && format != "json")
    return track_usage("unknown format '" + format + "' (table, csv or json)");

  try {
    if (sub == "import") {
      std::string bytes = vanban::read_file(files[0]);  // before the store: a missing file opens nothing
      track::Store store = track::Store::open(db, open);
      track::ImportResult r = track::import_updates(store, bytes, files[0]);
      if (!r.errors.empty()) {
        // the first 50 say what is wrong; a file wrong throughout need not print every line
        const std::size_t shown = std::min<std::size_t>(r.errors.size(), 50);
        for (std::size_t k = 0; k < shown; ++k) std::cerr << vanban::format_diagnostic(r.errors[k]) << '\n';
        if (shown < r.errors.size()) std::cerr << "… and " << r.errors.size() - shown << " more\n";
        std::cerr << "vanban: error: " << files[0] << ": " << r.errors.size()
                  << (r.errors.size() == 1 ? " error" : " errors") << ", nothing imported [import]\n";
        return 1;
      }
      std::cout << files[0] << ": " << r.added << " updates imported";
      if (r.duplicates) std::cout << ", " << r.duplicates << " already in the store";
      if (r.blank) std::cout << ", " << r.blank << " blank rows skipped";
      std::cout << " (" << db << ")\n";
      return 0;
    }
    if (sub == "list") {
      track::Store store = track::Store::open(db, {open.busy_timeout_ms, false, nullptr});
      print_list(track::list_tasks(store, number), format);
      return 0;
    }
    // add: parse every file first, so a bad one leaves the store untouched
    vanban::AgencyRegistry reg = vanban::AgencyRegistry::builtin();
    if (!agencies.empty()) reg.add_file(agencies);
    std::vector<vanban::Document> docs;
    for (const auto& f : files) docs.push_back(vanban::parse_file(f, reg));
    track::Store store = track::Store::open(db, open);
    for (const auto& doc : docs) {
      track::AddResult r = track::add_document(store, doc);
      std::cout << doc.source << ": " << r.key << ": " << r.tasks << " tasks (" << r.new_tasks << " new";
      if (r.retired) std::cout << ", " << r.retired << " no longer in the document";
      std::cout << "), " << r.provisions << " provisions (" << db << ")\n";
    }
    return 0;
  } catch (const track::StoreError& e) {
    std::cerr << "vanban: error: " << e.what() << " [" << e.code << "]\n";
    return 1;
  }
}
