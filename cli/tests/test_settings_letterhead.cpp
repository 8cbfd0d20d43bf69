// The letterhead of report monthly and report disclosure, read from a real ledger's settings: the
// latest change of each key wins, an unset key leaves its field empty, and setting a value in force
// again records no entry.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/settings_letterhead.hpp"
#include "store/settings_reads.hpp"

using namespace fundledger;

namespace {

struct TempLedger {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("fundledger-letterhead-" + std::to_string(::getpid()) + ".db"))
                         .string();
  std::unique_ptr<store::Repository> repo;
  TempLedger() {
    std::filesystem::remove(path);
    repo = store::open_repository(path, store::OpenMode::create);
  }
  ~TempLedger() {
    repo.reset();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  }
};

ledger::RunInfo at(const char* when) { return {"clerk", when, std::nullopt}; }

}  // namespace

TEST_CASE("the letterhead holds the settings in force") {
  TempLedger l;
  auto& repo = *l.repo;
  CHECK(cli::letterhead(repo).unit.empty());
  using settings::Change;
  CHECK(settings::set(repo, *settings::find_key("单位"), "商州区扶贫办", at("2026-11-01T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("unit"), "商州区财政局", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("制表人"), "王芳", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("reviewer"), "李强", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("负责人"), "张伟", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("phone"), "0914-2312345", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("监督电话"), "0914-12317", at("2026-11-02T08:00:00Z")) ==
        Change::recorded);
  CHECK(settings::set(repo, *settings::find_key("reviewer"), std::nullopt, at("2026-11-03T08:00:00Z")) ==
        Change::recorded);
  // The value in force again, and an unset of a key not set: no entry.
  CHECK(settings::set(repo, *settings::find_key("unit"), "商州区财政局", at("2026-11-04T08:00:00Z")) ==
        Change::unchanged);
  CHECK(settings::set(repo, *settings::find_key("reviewer"), std::nullopt, at("2026-11-04T08:00:00Z")) ==
        Change::unchanged);
  CHECK(repo.settings().settings_history().size() == 8);
  CHECK(repo.chain_head().entries == 8);

  auto h = cli::letterhead(repo);
  CHECK(h.unit == "商州区财政局");
  CHECK(h.preparer == "王芳");
  CHECK(h.reviewer.empty());
  CHECK(h.head == "张伟");
  CHECK(h.phone == "0914-2312345");
  CHECK(h.supervision_phone == "0914-12317");
  CHECK(h.report_date.empty());
  CHECK(repo.verify_chain().ok);
}
