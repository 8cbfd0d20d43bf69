#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "reports/output_file.hpp"
#include "store/errors.hpp"

namespace fs = std::filesystem;
using namespace fundledger::reports;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct Folder {
  Folder() {
    std::string pattern = (fs::temp_directory_path() / "fl-output-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~Folder() { fs::remove_all(path); }
  [[nodiscard]] std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
  }
  fs::path path;
};

void put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

}  // namespace

TEST_CASE("an output file keeps the old bytes until commit, and leaves nothing when not committed") {
  Folder d;
  const fs::path target = d.path / "m.csv";
  put(target, "old");
  {
    OutputFile f(target.string());
    f.write("new ");
    f.write("bytes");
    CHECK(slurp(target) == "old");
    CHECK(fs::path(f.temp_path()).parent_path() == d.path);
    CHECK(fs::path(f.temp_path()).filename().string().rfind(".m.csv.fundledger-", 0) == 0);
  }
  CHECK(slurp(target) == "old");
  CHECK(d.entries() == 1);
  {
    OutputFile f(target.string());
    f.write("new bytes");
    f.commit();
  }
  CHECK(slurp(target) == "new bytes");
  CHECK(d.entries() == 1);
}

TEST_CASE("files written together are renamed only when all were written") {
  Folder d;
  put(d.path / "a.csv", "old a");
  const std::string missing_folder = (d.path / "no-such-folder" / "b.csv").string();
  CHECK_THROWS_AS(write_files_atomically({{(d.path / "a.csv").string(), "new a"}, {missing_folder, "new b"}}),
                  fundledger::store::StoreError);
  CHECK(slurp(d.path / "a.csv") == "old a");
  CHECK(d.entries() == 1);
}

TEST_CASE("a symbolic link is written through, and the link stays") {
  Folder d;
  put(d.path / "real.csv", "old");
  fs::create_symlink(d.path / "real.csv", d.path / "link.csv");
  write_file_atomically((d.path / "link.csv").string(), "new");
  CHECK(fs::is_symlink(d.path / "link.csv"));
  CHECK(slurp(d.path / "real.csv") == "new");
}

TEST_CASE("an output that is the ledger, a link to it or one of its siblings is found") {
  Folder d;
  const std::string ledger = (d.path / "l.db").string();
  put(ledger, "ledger");
  fs::create_symlink(ledger, d.path / "sym.xlsx");
  fs::create_hard_link(ledger, d.path / "hard.xlsx");
  fs::create_symlink(ledger + "-wal", d.path / "wal.xlsx");
  CHECK(ledger_file_hit_by(ledger, ledger) == ledger);
  CHECK(ledger_file_hit_by((d.path / "sym.xlsx").string(), ledger) == ledger);
  CHECK(ledger_file_hit_by((d.path / "hard.xlsx").string(), ledger) == ledger);
  CHECK(ledger_file_hit_by((d.path / "wal.xlsx").string(), ledger) == ledger + "-wal");
  CHECK(ledger_file_hit_by((d.path / "." / "l.db-shm").string(), ledger) == ledger + "-shm");
  CHECK(ledger_file_hit_by((d.path / "other.xlsx").string(), ledger).empty());
  CHECK(ledger_file_hit_by((d.path / "x.xlsx").string(), "postgresql://host/db").empty());
}

TEST_CASE("an output folder appears whole at commit, and not at all without it") {
  Folder d;
  const fs::path target = d.path / "pkg";
  {
    OutputDir pkg(target.string());
    put(fs::path(pkg.temp_path()) / "a.json", "{}");
    CHECK_FALSE(fs::exists(target));
  }
  CHECK(d.entries() == 0);
  {
    OutputDir pkg(target.string());
    put(fs::path(pkg.temp_path()) / "a.json", "{}");
    pkg.commit();
  }
  CHECK(slurp(target / "a.json") == "{}");
  CHECK(d.entries() == 1);
}
