// engine/ledger: "available as of the entry's own date", through the real import path on a real
// SQLite file. Money recorded later but dated later cannot pay an earlier voucher; money already
// committed on a later date cannot be spent again by an earlier one; allocations obey the same
// rule for a source's unallocated amount. Each refusal is checked for its reason and for the
// ledger being unchanged.
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "ledger/diagnostics.hpp"
#include "ledger/ledger.hpp"
#include "store/repository.hpp"

using namespace fundledger;

namespace {

// A temporary ledger filled by ledger::import_file from files written here.
class TempLedger {
 public:
  TempLedger()
      : dir_(fresh_dir()), repo_(store::open_repository((dir_ / "l.db").string(), store::OpenMode::create)) {}
  ~TempLedger() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempLedger(const TempLedger&) = delete;
  TempLedger& operator=(const TempLedger&) = delete;

  void import(const std::string& kind, const std::string& text) {
    auto file = dir_ / (kind + std::to_string(files_++) + (kind == "budget" ? ".toml" : ".csv"));
    std::ofstream(file) << text;
    ledger::ImportOptions opt;
    opt.operator_name = "test";
    opt.recorded_at = "2026-01-01T00:00:00Z";
    ledger::import_file(*repo_, *ledger::parse_import_kind(kind), file.string(), opt);
  }

  // The error an import must fail with (its first diagnostic's message); "" if it was accepted.
  std::string refused(const std::string& kind, const std::string& text) {
    try {
      import(kind, text);
    } catch (const ledger::InputError& e) {
      return e.diagnostics.all().empty() ? "(no diagnostic)" : e.diagnostics.all().front().message;
    }
    return "";
  }

  store::Repository& repo() { return *repo_; }

  // Entries of a kind recorded ("disbursement", "allocation").
  std::int64_t count(const std::string& kind) { return repo_->ledger().count_entries(kind); }

  // 2018: source S1 (100万, received 01-05), earmark ROADS (100万) and allocation A1 of S1's
  // 100万 to ROADS on 01-10.
  void basic() {
    import("sources",
           "doc_no,fiscal_year,category,name,amount,received_on\nS1,2018,county_self,县级资金,100万,2018-01-"
           "05\n");
    import(
        "budget",
        "fiscal_year = 2018\ncode = \"B\"\nname = \"预算\"\ntotal = \"100万\"\nfunded_by = \"county_self\"\n"
        "[[line]]\ncode = \"ROADS\"\nname = \"道路\"\namount = \"100万\"\npurpose = \"infrastructure\"\n");
  }

 private:
  static std::filesystem::path fresh_dir() {
    static std::atomic<int> n{0};
    auto d = std::filesystem::temp_directory_path() /
             ("fundledger-asof-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
  }
  std::filesystem::path dir_;
  std::unique_ptr<store::Repository> repo_;
  int files_ = 0;
};

const char* kPayHeader = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind\n";

}  // namespace

TEST_CASE("as of: money spent on a later date cannot be spent again by an earlier voucher",
          "[ledger][as-of]") {
  TempLedger l;
  l.basic();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-01-10,S1,ROADS,100万\n");
  // Recorded first, dated 03-20: the whole lot.
  l.import("disbursements", std::string(kPayHeader) + "P1,2018-03-20,ROADS,100万,C1,施工队,enterprise\n");
  // Dated 03-10: on 03-10 the lot still held 100万, but paying from it would leave it at −1万 on 03-20.
  auto why =
      l.refused("disbursements", std::string(kPayHeader) + "P2,2018-03-10,ROADS,1万,C2,材料商,enterprise\n");
  CHECK(why.find("exceeds what earmark 2018/ROADS has available on 2018-03-10") != std::string::npos);
  CHECK(why.find("(0.00 yuan; over by 10,000.00 yuan)") != std::string::npos);
  CHECK(l.count("disbursement") == 1);
}

TEST_CASE("as of: a recovery dated later does not pay a voucher dated before it", "[ledger][as-of]") {
  TempLedger l;
  l.basic();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-01-10,S1,ROADS,100万\n");
  l.import("disbursements", std::string(kPayHeader) + "P1,2018-03-01,ROADS,100万,C1,施工队,enterprise\n");
  // 10万 of P1 comes back on 03-25.
  l.import("corrections",
           "voucher,date,kind,target,amount,reason\nR1,2018-03-25,recovery,P1,10万,多付收回\n");
  SECTION("a payment dated between the spending and the recovery is refused") {
    auto why = l.refused("disbursements",
                         std::string(kPayHeader) + "P2,2018-03-22,ROADS,1万,C2,材料商,enterprise\n");
    CHECK(why.find("exceeds what earmark 2018/ROADS has available on 2018-03-22") != std::string::npos);
    CHECK(why.find("(0.00 yuan; over by 10,000.00 yuan)") != std::string::npos);
    CHECK(l.count("disbursement") == 1);
  }
  SECTION("on the recovery's own date the money is there again, to the fen") {
    CHECK(l.refused("disbursements",
                    std::string(kPayHeader) + "P3,2018-03-25,ROADS,10万,C2,材料商,enterprise\n")
              .empty());
    CHECK(l.count("disbursement") == 2);
    auto why = l.refused("disbursements",
                         std::string(kPayHeader) + "P4,2018-03-26,ROADS,0.01,C2,材料商,enterprise\n");
    CHECK(why.find("over by 0.01 yuan") != std::string::npos);
  }
}

TEST_CASE("as of: money spent on a later date and partly recovered still cannot pay an earlier voucher",
          "[ledger][as-of]") {
  TempLedger l;
  l.basic();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-01-10,S1,ROADS,100万\n");
  l.import("disbursements", std::string(kPayHeader) + "P1,2018-03-20,ROADS,100万,C1,施工队,enterprise\n");
  l.import("corrections",
           "voucher,date,kind,target,amount,reason\nR1,2018-03-25,recovery,P1,10万,多付收回\n");
  // The lot holds 10万 now, but a voucher dated 03-10 would leave it at −1万 on 03-20.
  auto why =
      l.refused("disbursements", std::string(kPayHeader) + "P2,2018-03-10,ROADS,1万,C2,材料商,enterprise\n");
  CHECK(why.find("exceeds what earmark 2018/ROADS has available on 2018-03-10") != std::string::npos);
  CHECK(why.find("(0.00 yuan; over by 10,000.00 yuan)") != std::string::npos);
  CHECK(l.count("disbursement") == 1);
  // Dated on the recovery's day, the 10万 is there.
  CHECK(
      l.refused("disbursements", std::string(kPayHeader) + "P3,2018-03-25,ROADS,10万,C2,材料商,enterprise\n")
          .empty());
}

TEST_CASE("as of: a source's unallocated amount is judged on the allocation's date", "[ledger][as-of]") {
  TempLedger l;
  l.basic();
  // Recorded first, dated 06-01: the whole source.
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA2,2018-06-01,S1,ROADS,100万\n");
  auto why = l.refused("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-02-01,S1,ROADS,1万\n");
  CHECK(why.find("exceeds the unallocated amount of source S1") != std::string::npos);
  CHECK(why.find("over by 10,000.00 yuan") != std::string::npos);
  CHECK(l.count("allocation") == 1);
}

TEST_CASE("as of: an allocation is not available to a payment dated before it", "[ledger][as-of]") {
  TempLedger l;
  l.basic();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-04-01,S1,ROADS,100万\n");
  auto why =
      l.refused("disbursements", std::string(kPayHeader) + "P1,2018-03-31,ROADS,1万,C1,施工队,enterprise\n");
  CHECK(why.find("has available on 2018-03-31 (0.00 yuan; over by 10,000.00 yuan)") != std::string::npos);
  CHECK(
      l.refused("disbursements", std::string(kPayHeader) + "P1,2018-04-01,ROADS,100万,C1,施工队,enterprise\n")
          .empty());
}

TEST_CASE("as of: a source cannot be allocated before the day it was received", "[ledger][as-of]") {
  TempLedger l;
  l.basic();  // S1 received on 2018-01-05
  auto why = l.refused("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-01-04,S1,ROADS,1万\n");
  CHECK(why.find("allocated on 2018-01-04, before source S1 was received (2018-01-05)") != std::string::npos);
  CHECK(l.count("allocation") == 0);
  CHECK(l.refused("allocations", "voucher,date,source_doc,earmark,amount\nA1,2018-01-05,S1,ROADS,1万\n")
            .empty());
  CHECK(l.count("allocation") == 1);
}

TEST_CASE(
    "attribution through the import: the oldest lot pays first, whatever order the lots were recorded in",
    "[ledger][attribute]") {
  TempLedger l;
  l.basic();
  // Recorded newest first, in two files: the lots must still be used by date.
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA2,2018-02-10,S1,ROADS,50万\n");
  l.import(
      "allocations",
      "voucher,date,source_doc,earmark,amount\nA1,2018-01-10,S1,ROADS,30万\nA0,2018-01-10,S1,ROADS,20万\n");
  l.import("disbursements", std::string(kPayHeader) + "P1,2018-03-01,ROADS,60万,C1,施工队,enterprise\n");
  std::vector<std::pair<std::string, std::int64_t>> got;
  for (const auto& lot : l.repo().ledger().payment_lots("P1")) got.emplace_back(lot.lot, lot.net.fen64());
  // Same date: by voucher (A0 before A1); then the later A2 gives the rest.
  const std::vector<std::pair<std::string, std::int64_t>> want = {
      {"A0", 20'0000'00}, {"A1", 30'0000'00}, {"A2", 10'0000'00}};
  CHECK(got == want);
}
