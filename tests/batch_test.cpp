// The batch run as a library (pipeline/batch) on real corpus documents:
// outputs equal the single-document pipeline's, incremental skip, identical
// bytes whatever the number of workers, bad files in the middle of a folder,
// shards that partition a folder.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "batch_helpers.h"
#include "vanban/batch.h"
#include "vanban/export.h"
#include "vanban/parse.h"
#include "vanban/text.h"
#include "vanban/track.h"

using namespace batch_test;
using vanban::batch::Options;
using vanban::batch::Status;
using vanban::batch::Summary;

namespace {

// The run keeps no document's row: the observer gets each, and this one
// keeps them for the test.
struct Quiet : vanban::batch::Observer {
  std::vector<std::string> events;
  std::vector<vanban::batch::DocResult> docs;
  void start(std::size_t selected, std::size_t to_do, std::size_t unchanged) override {
    events.push_back("start " + std::to_string(selected) + " " + std::to_string(to_do) + " " + std::to_string(unchanged));
  }
  void document(const vanban::batch::DocResult& r, std::size_t, std::size_t) override {
    events.push_back(std::string(vanban::batch::to_string(r.status)) + " " + r.path);
    docs.push_back(r);
  }
};

struct Result : Summary {
  std::vector<vanban::batch::DocResult> docs;  // as the observer got them
};

Result run(const fs::path& in, const fs::path& out, unsigned jobs = 2, bool force = false) {
  Options o;
  o.in_dir = in.string(), o.out_dir = out.string(), o.jobs = jobs, o.force = force;
  o.program_id = "test";
  Quiet q;
  Result r;
  static_cast<Summary&>(r) = vanban::batch::run(o, q);
  r.docs = std::move(q.docs);
  return r;
}

const vanban::batch::DocResult& find(const Result& s, const std::string& path) {
  for (const auto& d : s.docs)
    if (d.path == path) return d;
  throw std::runtime_error("no result for " + path);
}

}  // namespace

TEST_CASE("batch: every output of a folder of corpus documents, as the one-document pipeline makes it", "[batch]") {
  Scratch t;
  auto names = copy_samples(t / "in", 5);
  Result s = run(t / "in", t / "out");
  CHECK(s.found == 5);
  CHECK(s.done == 5);
  CHECK(s.failed == 0);
  REQUIRE(s.docs.size() == 5);
  for (const auto& n : names) {
    const auto& d = find(s, n);
    const std::string stem = n.substr(0, n.size() - 4);
    CHECK(d.name == stem);
    vanban::Document doc = vanban::parse(vanban::load_text(cli_run::read_all(t / "in" / n), n), n);
    vanban::link(doc);
    CHECK(cli_run::read_all(t / "out" / stem / (stem + ".json")) == vanban::to_json(doc));
    CHECK(cli_run::read_all(t / "out" / stem / (stem + ".akn.xml")) == vanban::to_akn(doc));
    CHECK(d.doc_type == doc.meta.doc_type.value_or(""));
    CHECK(d.assignments == static_cast<int>(doc.assignments.size()));
    bool plan = d.doc_type == "Nghị quyết" || d.doc_type == "Quyết định" || d.doc_type == "Chỉ thị";
    CHECK(fs::exists(t / "out" / stem / (stem + ".plan.pdf")) == plan);
    // every document gets its leaflet (tờ rơi), whole
    CHECK(incomplete("x.pdf", cli_run::read_all(t / "out" / stem / (stem + ".leaflet.pdf"))) == "");
  }
  // An Phú's resolution 47/NQ-HĐND: its plan, and its row in the summary files
  const auto& ap = find(s, "nghi-quyet-47-2024-hdnd-an-phu.txt");
  CHECK(ap.number == "47/NQ-HĐND");
  CHECK(ap.issuer == "Hội đồng nhân dân huyện An Phú");
  CHECK(ap.provisions > 0);
  std::string pdf = cli_run::read_all(t / "out/nghi-quyet-47-2024-hdnd-an-phu/nghi-quyet-47-2024-hdnd-an-phu.plan.pdf");
  CHECK(incomplete("x.pdf", pdf).empty());
  std::string index = cli_run::read_all(t / "out/index.html");
  CHECK(index.find("<td>nghi-quyet-47-2024-hdnd-an-phu.txt</td><td>Nghị quyết</td><td>47/NQ-HĐND</td>"
                   "<td>Hội đồng nhân dân huyện An Phú</td><td>2024-08-02</td>") != std::string::npos);
  CHECK(index.find("<a href=\"nghi-quyet-47-2024-hdnd-an-phu/nghi-quyet-47-2024-hdnd-an-phu.plan.pdf\">plan.pdf</a>") !=
        std::string::npos);
  std::string manifest = cli_run::read_all(t / "out/manifest.json");
  CHECK(manifest.find("\"number\": \"47/NQ-HĐND\"") != std::string::npos);
  CHECK(manifest.find("\"sha256\": \"" + vanban::batch::sha256_hex(cli_run::read_all(t / "in/nghi-quyet-47-2024-hdnd-an-phu.txt")) +
                      "\"") != std::string::npos);
  CHECK_FALSE(fs::exists(t / "out/.partial"));  // no temporary file left behind

  // the documents' tasks are in the store, as `vanban track add` records them
  int expected = 0;
  {
    vanban::track::Store fresh = vanban::track::Store::open((t / "fresh.db").string());
    for (const auto& n : names) {
      vanban::Document doc = vanban::parse(vanban::load_text(cli_run::read_all(t / "in" / n), n), n);
      vanban::link(doc);
      expected += vanban::track::add_document(fresh, doc).tasks;
    }
  }
  REQUIRE(expected > 10);
  vanban::track::Store store = vanban::track::Store::open((t / "out/vanban.db").string());
  vanban::track::Statement q(store, "SELECT count(*) FROM tasks WHERE active = 1");
  REQUIRE(q.step());
  CHECK(q.integer(0) == expected);
}

TEST_CASE("batch: a second run over an unchanged folder does nothing, a changed file is redone", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 4);
  Summary first = run(t / "in", t / "out");
  REQUIRE(first.done == 4);
  auto before = tree(t / "out");
  auto stamp = fs::last_write_time(t / "out/thong-tu-99-1998-btc.8bit/thong-tu-99-1998-btc.8bit.json");

  Options o;
  o.in_dir = (t / "in").string(), o.out_dir = (t / "out").string(), o.program_id = "test";
  Quiet q;
  Summary again = vanban::batch::run(o, q);
  CHECK(again.done == 0);
  CHECK(again.unchanged == 4);
  CHECK(q.events.front() == "start 4 0 4");
  CHECK(fs::last_write_time(t / "out/thong-tu-99-1998-btc.8bit/thong-tu-99-1998-btc.8bit.json") == stamp);
  auto after = tree(t / "out");
  after.erase("index.html"), before.erase("index.html");  // says "4 unchanged" now
  CHECK(after == before);

  // one changed byte: that document only
  std::string b = cli_run::read_all(t / "in/cong-van-193-2026-ubnd-lao-cai.txt");
  cli_run::write_all(t / "in/cong-van-193-2026-ubnd-lao-cai.txt", b + "\n");
  Result changed = run(t / "in", t / "out");
  CHECK(changed.done == 1);
  CHECK(find(changed, "cong-van-193-2026-ubnd-lao-cai.txt").status == Status::done);
  // a deleted output: that document again
  fs::remove(t / "out/nghi-quyet-47-2024-hdnd-an-phu/nghi-quyet-47-2024-hdnd-an-phu.plan.pdf");
  Summary repaired = run(t / "in", t / "out");
  CHECK(repaired.done == 1);
  CHECK(fs::exists(t / "out/nghi-quyet-47-2024-hdnd-an-phu/nghi-quyet-47-2024-hdnd-an-phu.plan.pdf"));
  // another program: everything; --force: everything
  o.program_id = "test-2";
  CHECK(vanban::batch::run(o, q).done == 4);
  CHECK(run(t / "in", t / "out", 2, true).done == 4);
  // a user's templates: a change in any of them redoes everything
  fs::copy(fs::path(VANBAN_SOURCE_DIR) / "templates", t / "tpl", fs::copy_options::recursive);
  o.templates_dir = (t / "tpl").string();
  CHECK(vanban::batch::run(o, q).done == 4);
  CHECK(vanban::batch::run(o, q).done == 0);
  cli_run::write_all(t / "tpl/partials/extra.mustache", "{{! a partial no template uses yet }}\n");
  CHECK(vanban::batch::run(o, q).done == 4);
}

TEST_CASE("batch: one worker and four workers write the same bytes", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 8);
  Summary one = run(t / "in", t / "one", 1);
  Summary four = run(t / "in", t / "four", 4);
  REQUIRE(one.done == 8);
  REQUIRE(four.done == 8);
  auto a = tree(t / "one"), b = tree(t / "four");
  CHECK(a.size() >= 8 * 2 + 2);
  REQUIRE(a.size() == b.size());
  for (const auto& [rel, bytes] : a) {
    INFO(rel);
    CHECK(b.count(rel) == 1);
    CHECK(b[rel] == bytes);
  }
}

namespace {

// Every row of every table of a store, as text: the schema, then each table's
// rows (each value SQL-quoted) sorted.
std::vector<std::string> dump(const fs::path& db) {
  vanban::track::Store store = vanban::track::Store::open(db.string());
  std::vector<std::string> out, tables;
  {
    vanban::track::Statement q(store, "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name");
    while (q.step()) {
      out.push_back(q.text(1));
      if (q.text(1).rfind("CREATE TABLE", 0) == 0) tables.push_back(q.text(0));
    }
  }
  for (const auto& t : tables) {
    std::string row;
    {
      vanban::track::Statement c(store, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
      c.bind(1, t);
      while (c.step()) row += (row.empty() ? "quote(\"" : " || ',' || quote(\"") + c.text(0) + "\")";
    }
    vanban::track::Statement q(store, "SELECT '" + t + ": ' || " + row + " AS r FROM \"" + t + "\" ORDER BY r");
    while (q.step()) out.push_back(q.text(0));
  }
  return out;
}

}  // namespace

TEST_CASE("batch: the store holds the same rows whatever the number of workers", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 8);
  // the same resolution twice (same number and issuer: one document in the
  // store): the later one by path is the one the store keeps
  fs::create_directories(t / "in/sub");
  fs::copy_file(t / "in/nghi-quyet-47-2024-hdnd-an-phu.txt", t / "in/sub/nghi-quyet-47-2024-hdnd-an-phu.txt");
  Options o;
  o.in_dir = (t / "in").string(), o.program_id = "test";
  o.plan = o.leaflet = false;  // the store's rows come from the parse alone
  std::vector<std::vector<std::string>> dumps;
  for (unsigned jobs : {1u, 2u, 4u}) {
    o.out_dir = (t / ("out" + std::to_string(jobs))).string(), o.jobs = jobs;
    Quiet q;
    REQUIRE(vanban::batch::run(o, q).done == 9);
    // the observer hears of the documents in path order
    std::vector<std::string> paths;
    for (const auto& d : q.docs) paths.push_back(d.path);
    CHECK(std::is_sorted(paths.begin(), paths.end()));
    CHECK(paths.size() == 9);
    dumps.push_back(dump(t / ("out" + std::to_string(jobs)) / "vanban.db"));
  }
  REQUIRE(dumps[0].size() > 100);
  CHECK(dumps[1] == dumps[0]);
  CHECK(dumps[2] == dumps[0]);
  // documents are numbered in path order, and the resolution's row is the
  // later copy's
  vanban::track::Store store = vanban::track::Store::open((t / "out4/vanban.db").string());
  vanban::track::Statement q(store, "SELECT source FROM documents ORDER BY id");
  std::vector<std::string> sources;
  while (q.step()) sources.push_back(q.text(0));
  REQUIRE(sources.size() == 8);
  CHECK(std::find(sources.begin(), sources.end(), "sub/nghi-quyet-47-2024-hdnd-an-phu.txt") != sources.end());
  CHECK(std::find(sources.begin(), sources.end(), "nghi-quyet-47-2024-hdnd-an-phu.txt") == sources.end());
  sources.erase(std::find(sources.begin(), sources.end(), "sub/nghi-quyet-47-2024-hdnd-an-phu.txt"));
  CHECK(std::is_sorted(sources.begin(), sources.end()));
}

TEST_CASE("batch: bad files in the middle of a folder are reported and the others done", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 3);
  cli_run::write_all(t / "in/b-program.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  cli_run::write_all(t / "in/c-empty.txt", "");
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk += static_cast<char>(0x80 + (i * 37) % 128);
  cli_run::write_all(t / "in/d-undecodable.txt", junk);
  { std::ofstream(t / "in/m-enormous.txt"); }
  fs::resize_file(t / "in/m-enormous.txt", (64u << 20) + 1);  // sparse: never read
  // originals that a stage cannot read: a Word file cut short, a PDF cut short
  fs::copy_file(fs::path(VANBAN_SOURCE_DIR) / "fuzz/seeds-docx/truncated.docx", t / "in/e-truncated.docx");
  fs::copy_file(fs::path(VANBAN_SOURCE_DIR) / "fuzz/seeds-pdf/truncated-0500.pdf", t / "in/f-truncated.pdf");
  Result s = run(t / "in", t / "out");
  CHECK(s.done == 3);
  CHECK(s.failed == 6);
  auto reason = [&](const std::string& p) { return find(s, p).code + ": " + find(s, p).reason; };
  CHECK(reason("b-program.txt") == "input.binary: b-program.txt: not a text file (executable)");
  CHECK(reason("c-empty.txt") == "input.empty: c-empty.txt: empty file, nothing to read");
  CHECK(reason("d-undecodable.txt") ==
        "input.undecodable: d-undecodable.txt: 1711 of 2180 characters could not be decoded in any encoding vanban knows");
  CHECK(reason("e-truncated.docx") ==
        "docx.corrupt: e-truncated.docx: damaged ZIP archive, cannot read its directory (Not a zip archive)");
  CHECK(reason("f-truncated.pdf") == "pdf.damaged: f-truncated.pdf: damaged or truncated PDF: no page can be read");
  CHECK(reason("m-enormous.txt") ==
        "io.too-big: m-enormous.txt: file is 67108865 bytes, more than the limit of 67108864");
  CHECK_FALSE(fs::exists(t / "out/b-program"));
  std::string index = cli_run::read_all(t / "out/index.html");
  CHECK(index.find("<tr class=\"failed\"><td>c-empty.txt</td><td colspan=\"8\">failed: c-empty.txt: empty file, "
                   "nothing to read [input.empty]</td></tr>") != std::string::npos);
  CHECK(cli_run::read_all(t / "out/manifest.json").find("\"failed\": 6,") != std::string::npos);
  // failures are tried again (nothing is remembered about them but the reason)
  Summary again = run(t / "in", t / "out");
  CHECK(again.unchanged == 3);
  CHECK(again.failed == 6);
}

TEST_CASE("batch: names with markup are escaped in the index, and links are URL-encoded", "[batch]") {
  Scratch t;
  fs::create_directories(t / "in");
  fs::copy_file(fs::path(VANBAN_SOURCE_DIR) / "corpus/docs/cong-van-193-2026-ubnd-lao-cai.txt",
                t / "in/<b>&\"x' #1.txt");
  Summary s = run(t / "in", t / "out");
  REQUIRE(s.done == 1);
  std::string index = cli_run::read_all(t / "out/index.html");
  CHECK(index.find("<b>") == std::string::npos);
  CHECK(index.find("<td>&lt;b&gt;&amp;&quot;x&#39; #1.txt</td>") != std::string::npos);
  CHECK(index.find("href=\"%3Cb%3E%26%22x%27%20%231/%3Cb%3E%26%22x%27%20%231.json\"") != std::string::npos);
}

TEST_CASE("batch: the shards of a folder cover each file exactly once", "[batch]") {
  CHECK(vanban::batch::fnv1a64("") == 0xcbf29ce484222325ull);  // FNV-1a test vectors
  CHECK(vanban::batch::fnv1a64("a") == 0xaf63dc4c8601ec8cull);
  CHECK(vanban::batch::fnv1a64("foobar") == 0x85944171f73967e8ull);
  std::vector<std::string> all;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus/docs"))
    all.push_back(e.path().filename().string());
  REQUIRE(all.size() > 100);
  for (unsigned n : {1u, 2u, 3u, 7u, 16u}) {
    std::vector<int> seen(all.size());
    std::vector<int> per(n + 1);
    for (std::size_t i = 0; i < all.size(); ++i) {
      unsigned k = vanban::batch::shard_of(all[i], n);
      REQUIRE(k >= 1);
      REQUIRE(k <= n);
      ++seen[i], ++per[k];
    }
    for (int c : seen) CHECK(c == 1);
    if (n <= 3)
      for (unsigned k = 1; k <= n; ++k) CHECK(per[k] > static_cast<int>(all.size() / n / 2));  // a fair share
  }
  // and the run takes exactly its share
  Scratch t;
  auto names = copy_samples(t / "in", 8);
  std::multiset<std::string> covered;
  for (unsigned k = 1; k <= 3; ++k) {
    Options o;
    o.in_dir = (t / "in").string(), o.out_dir = (t / ("out" + std::to_string(k))).string();
    o.shard = k, o.shards = 3, o.parse = true, o.plan = o.leaflet = false, o.program_id = "test";
    Quiet q;
    Summary s = vanban::batch::run(o, q);
    CHECK(s.found == 8);
    CHECK(q.docs.size() == s.selected);
    for (const auto& d : q.docs) {
      CHECK(vanban::batch::shard_of(d.path, 3) == k);
      covered.insert(d.path);
    }
  }
  CHECK(covered == std::multiset<std::string>(names.begin(), names.end()));
}

TEST_CASE("batch: SHA-256 of the ledger matches the standard's test vectors", "[batch]") {
  using vanban::batch::sha256_hex;
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
