// engine/rules: the import gate and `check` on a real SQLite ledger filled through the real import
// path with the rules test data (engine/rules/tests/data). Each rule is tried exactly at its limit
// (accepted) and one fen past it (refused with the rule's id and both numbers, nothing written).
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>

#include "ledger/diagnostics.hpp"
#include "ledger/ledger.hpp"
#include "rules/rules.hpp"
#include "store/repository.hpp"
#include "store/rule_reads.hpp"

using namespace fundledger;
namespace fs = std::filesystem;

namespace {

const std::string kData = std::string(FUNDLEDGER_SOURCE_DIR) + "/engine/rules/tests/data/";

class GatedLedger {
 public:
  GatedLedger()
      : dir_(fresh_dir()), repo_(store::open_repository((dir_ / "l.db").string(), store::OpenMode::create)) {}
  ~GatedLedger() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  GatedLedger(const GatedLedger&) = delete;
  GatedLedger& operator=(const GatedLedger&) = delete;

  // Imports a data file as the CLI does: rules files through import_rules, the rest with the gate.
  void import(const std::string& kind, const std::string& file) {
    if (kind == "rules") {
      (void)rules::import_rules(*repo_, kData + file, "test", "2026-01-01T00:00:00Z", std::nullopt);
      return;
    }
    auto gate = rules::make_gate(*repo_);
    ledger::ImportOptions opt;
    opt.operator_name = "test";
    opt.recorded_at = "2026-01-01T00:00:00Z";
    opt.gate = gate.get();
    (void)ledger::import_file(*repo_, *ledger::parse_import_kind(kind), kData + file, opt);
  }

  // The first error of an import that must be refused; "" if it was accepted.
  std::string refused(const std::string& kind, const std::string& file) {
    try {
      import(kind, file);
    } catch (const ledger::InputError& e) {
      return e.diagnostics.all().empty() ? "(no diagnostic)" : e.diagnostics.all().front().message;
    }
    return "";
  }

  // What is recorded (all years): a refused import writes nothing.
  std::int64_t budget_revisions() { return repo_->rules().budget_revision_count(); }
  std::int64_t disbursements() { return repo_->rules().disbursement_count(); }

  std::vector<rules::Finding> findings(const std::string& code, int year, const std::string& as_of) {
    auto all = rules::check(*repo_, year, as_of, calendar::WorkCalendar::shipped());
    std::vector<rules::Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const rules::Finding& f) { return f.code == code; });
    return out;
  }

 private:
  static fs::path fresh_dir() {
    static std::atomic<int> n{0};
    auto d = fs::temp_directory_path() /
             ("fundledger-gate-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }
  fs::path dir_;
  std::unique_ptr<store::Repository> repo_;
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("growth gate: 5000万 × 120% = 6000万 exactly passes, one fen short and 5900万 are refused",
          "[rules][growth]") {
  GatedLedger l;
  l.import("rules", "rules-growth.toml");
  l.import("budget", "budget-2017.toml");
  auto why = l.refused("budget", "budget-2018-short-1fen.toml");
  CHECK(has(why,
            "rule county-growth: 2018 budget 59,999,999.99 yuan < 60,000,000.00 yuan = 50,000,000.00 yuan × "
            "120% (short by 0.01 yuan)"));
  why = l.refused("budget", "budget-2018-5900.toml");
  CHECK(has(why,
            "rule county-growth: 2018 budget 59,000,000.00 yuan < 60,000,000.00 yuan = 50,000,000.00 yuan × "
            "120% (short by 1,000,000.00 yuan)"));
  CHECK(l.budget_revisions() == 1);
  CHECK(l.refused("budget", "budget-2018-6000.toml").empty());
  CHECK(l.budget_revisions() == 2);
  CHECK(l.findings("growth_below_min", 2018, "2018-12-31").empty());
}

TEST_CASE("cap per payee: exactly the cap is paid, one fen more is refused at import and found by check",
          "[rules][cap]") {
  GatedLedger l;
  l.import("rules", "rules-payees.toml");
  l.import("households", "households.csv");
  l.import("sources", "sources.csv");
  l.import("budget", "budget-2017.toml");
  l.import("allocations", "allocations.csv");
  CHECK(l.refused("disbursements", "disb-cap-exact.csv").empty());  // H1 receives exactly 1万
  CHECK(l.findings("cap_exceeded", 2017, "2017-12-31").empty());
  const auto before = l.disbursements();
  auto why = l.refused("disbursements", "disb-cap-1fen.csv");
  CHECK(has(why,
            "rule subsidy-cap: voucher D3: payee H1 would receive 10,000.01 yuan from LOAN-SUBSIDY in 2017 "
            "(10,000.00 yuan already + 0.01 yuan) > cap 10,000.00 yuan"));
  CHECK(l.disbursements() == before);
}

TEST_CASE("floor and ceiling: sources at the limit pass, one fen past it fails", "[rules][floor]") {
  GatedLedger l;
  l.import("rules",
           "rules-payees.toml");  // ceiling county_self 6000万, floor county_self + policy_loan 5100万
  l.import("sources", "sources.csv");
  l.import("sources", "sources-topup-ok.csv");  // county_self now exactly 6000万: at the ceiling
  auto why = l.refused("sources", "sources-over-1fen.csv");
  CHECK(has(why,
            "rule county-ceiling: 2017 County own funds sources 60,000,000.00 yuan + 县财〔2017〕3号 0.01 yuan = "
            "60,000,000.01 yuan > ceiling 60,000,000.00 yuan"));
  CHECK(l.findings("floor_not_met", 2017, "2017-06-30").empty());  // 6100万 ≥ 5100万
  l.import("rules", "rules-check-tight.toml");                     // floor 6100万 + 1 fen
  auto f = l.findings("floor_not_met", 2017, "2017-06-30");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == std::optional<std::string>("floor-total"));
  CHECK(has(f[0].message, "61,000,000.00 yuan < floor 61,000,000.01 yuan"));
}
