// A ledger on a real SQLite file in a fresh directory, written through ledger::post (typed entries,
// the import's pipeline, no file): the fixture of the ledger's unit tests.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "entries/entries.hpp"
#include "ledger/ledger.hpp"
#include "store/repository.hpp"

namespace fundledger::testing {

using namespace fundledger;

inline Money wan(std::int64_t w) { return Money::from_yuan(w * 10000); }
inline calendar::Date day(const char* iso) { return *calendar::parse_date(iso).value; }

class PostedLedger {
 public:
  PostedLedger()
      : dir_(fresh_dir()), repo_(store::open_repository((dir_ / "l.db").string(), store::OpenMode::create)) {
    opt_.operator_name = "test";
    opt_.recorded_at = "2026-01-01T00:00:00Z";
  }
  ~PostedLedger() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  PostedLedger(const PostedLedger&) = delete;
  PostedLedger& operator=(const PostedLedger&) = delete;

  ledger::ImportReport post(std::vector<entries::Body> entries) {
    return ledger::post(*repo_, "test posting", std::move(entries), opt_);
  }
  // The same, as `import --override REASON`.
  ledger::ImportReport post_overriding(std::vector<entries::Body> entries, const std::string& reason) {
    auto opt = opt_;
    opt.override_reason = reason;
    return ledger::post(*repo_, "test posting", std::move(entries), opt);
  }
  // The message of the one error a posting is refused with; "(accepted)" when it is recorded, and
  // the count of errors before the first when there is more than one.
  std::string refusal(std::vector<entries::Body> entries) {
    try {
      (void)post(std::move(entries));
    } catch (const ledger::InputError& e) {
      const auto& all = e.diagnostics.all();
      if (all.size() == 1) return all.front().message;
      return "(" + std::to_string(all.size()) + " errors) " + (all.empty() ? "" : all.front().message);
    }
    return "(accepted)";
  }
  store::Repository& repo() { return *repo_; }

  // A source of 100万, a budget line ROADS of 100万, one household H1, an allocation A1 of 80万.
  void basic() {
    entries::Budget b;
    b.fiscal_year = 2018;
    b.code = "B";
    b.name = "预算";
    b.total = wan(100);
    b.funded_by = "county_self";
    b.lines = {
        {2018, "ROADS", "道路", wan(100), std::string("infrastructure"), false, std::nullopt, std::nullopt, {}}};
    post({entries::Source{"S1", 2018, "county_self", "县级资金", wan(100), day("2018-01-05"), {}, {}, {}, {}},
          entries::Household{"H1", "张三", std::nullopt, "城关镇", "东村", 3, true, std::nullopt}, b,
          entries::Allocation{"A1", day("2018-01-10"), 2018, "S1", "ROADS", wan(80), {}, {}, {}, {}}});
  }

  static entries::Disbursement payment(const char* voucher, const char* date, Money amount) {
    entries::Disbursement d;
    d.voucher = voucher;
    d.date = day(date);
    d.fiscal_year = 2018;
    d.earmark = "ROADS";
    d.amount = amount;
    d.payee_id = "H1";
    d.payee_name = "张三";
    d.payee_kind = "household";
    return d;
  }

 private:
  static std::filesystem::path fresh_dir() {
    static std::atomic<int> n{0};
    auto d = std::filesystem::temp_directory_path() /
             ("fundledger-post-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
  }
  std::filesystem::path dir_;
  std::unique_ptr<store::Repository> repo_;
  ledger::ImportOptions opt_;
};

}  // namespace fundledger::testing
