// The listing models (reports/listing.hpp) on a real ledger: examples/shangzhou-2017 and the
// corrections of tests/golden/ledger_fixtures, imported as the CLI does.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "ledger/balance.hpp"
#include "ledger/ledger.hpp"
#include "reports/listing.hpp"

using namespace fundledger;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = std::string(FUNDLEDGER_SOURCE_DIR) + "/tests/golden/ledger_fixtures/";

class Ledger {
 public:
  Ledger()
      : dir_(fs::temp_directory_path() / ("fl-listing-" + std::to_string(::getpid()))), repo_(open(dir_)) {}
  ~Ledger() {
    repo_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  void import(const char* kind, const std::string& file) {
    ledger::ImportOptions opt;
    opt.operator_name = "test";
    opt.recorded_at = "2026-01-01T00:00:00Z";
    (void)ledger::import_file(*repo_, *ledger::parse_import_kind(kind), kFixtures + file, opt);
  }
  store::Repository& repo() { return *repo_; }

 private:
  static std::unique_ptr<store::Repository> open(const fs::path& dir) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    return store::open_repository((dir / "l.db").string(), store::OpenMode::create);
  }
  fs::path dir_;
  std::unique_ptr<store::Repository> repo_;
};

Money money_at(const std::vector<reports::Cell>& row, std::size_t i) { return std::get<Money>(row.at(i)); }

}  // namespace

TEST_CASE("payment_ledger lists payments and their corrections, and totals what balance counts as paid") {
  Ledger l;
  for (auto [kind, file] : {std::pair{"households", "households.csv"},
                            {"households", "households_zh.csv"},
                            {"sources", "sources.csv"},
                            {"sources", "sources_zh.csv"},
                            {"budget", "budget.toml"},
                            {"allocations", "allocations.csv"},
                            {"allocations", "allocations_zh.csv"},
                            {"disbursements", "disbursements.csv"},
                            {"disbursements", "disbursements_zh.csv"},
                            {"corrections", "corrections.csv"}})
    l.import(kind, file);
  reports::PaymentFilter f;
  f.as_of = calendar::Date(2017, 12, 31);
  auto t = reports::payment_ledger(l.repo(), f, reports::Lang::en);
  REQUIRE(t.total.has_value());
  REQUIRE(t.columns.at(11).key == "amount");
  Money sum;
  int negative = 0;
  for (const auto& r : t.rows) {
    sum += money_at(r, 11);
    negative += money_at(r, 11).is_negative() ? 1 : 0;
  }
  CHECK(t.rows.size() == 7);  // five payments, a reversal and a recovery (C-003 reverses an allocation)
  CHECK(negative == 2);
  CHECK(money_at(*t.total, 11) == sum);
  auto b = ledger::balance(l.repo(), ledger::BalanceBy::town, std::nullopt, "2017-12-31");
  CHECK(money_at(*t.total, 11) == b.total.money.at("disbursed"));
  CHECK(std::get<std::string>(t.total->at(1)) == "7 row(s)");

  f.month = std::pair{2017, 2};
  auto feb = reports::payment_ledger(l.repo(), f, reports::Lang::zh);
  CHECK(feb.rows.size() == 2);
  CHECK(std::get<std::string>(feb.rows.at(0).at(2)) == "支付");
}

TEST_CASE("household_register sums what was paid less what was given back") {
  Ledger l;
  for (auto [kind, file] : {std::pair{"households", "households.csv"},
                            {"households", "households_zh.csv"},
                            {"sources", "sources.csv"},
                            {"sources", "sources_zh.csv"},
                            {"budget", "budget.toml"},
                            {"allocations", "allocations.csv"},
                            {"allocations", "allocations_zh.csv"},
                            {"disbursements", "disbursements.csv"},
                            {"disbursements", "disbursements_zh.csv"},
                            {"corrections", "corrections.csv"}})
    l.import(kind, file);
  auto t = reports::household_register(l.repo(), {std::nullopt, std::nullopt, std::string("h-00")},
                                       reports::Lang::en);
  REQUIRE(t.rows.size() == 3);  // --search is case-insensitive for ASCII
  CHECK(std::get<std::string>(t.rows.at(2).at(0)) == "H-002");
  CHECK(money_at(t.rows.at(2), 8) == Money::from_fen(1'000'000));  // 15,000.00 paid, 5,000.00 recovered
  CHECK(money_at(*t.total, 8) == Money::from_fen(1'500'000));
}
