// engine/rules: the lag rules (lag_rules.hpp) through `check` on a real ledger, each at its edge: done
// on the deadline day is in time, a day later is late; working days across the 2025 National Day
// (1-8 October off; Sunday 28 September and Saturday 11 October worked) and the 2026 元旦 (1-3
// January off; Sunday 4 January worked); loan categories aside; a year the calendar lacks not judged.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "calendar/holiday_file.hpp"
#include "ledger/ledger.hpp"
#include "rules/rules.hpp"
#include "store/repository.hpp"

using namespace fundledger;
namespace fs = std::filesystem;

namespace {

class LagLedger {
 public:
  LagLedger()
      : dir_(fresh_dir()), repo_(store::open_repository((dir_ / "l.db").string(), store::OpenMode::create)) {
    import("budget",
           "fiscal_year = 2025\ncode = \"B2025\"\nname = \"预算\"\ntotal = \"900000\"\nfunded_by = "
           "\"county_self\"\n"
           "[[line]]\ncode = \"IND\"\nname = \"产业\"\namount = \"900000\"\n");
  }
  ~LagLedger() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  LagLedger(const LagLedger&) = delete;
  LagLedger& operator=(const LagLedger&) = delete;

  // Writes `text` to a file and imports it as `kind`, recorded at `recorded_at` (its registration day).
  void import(const std::string& kind, const std::string& text,
              const std::string& recorded_at = "2026-01-15T08:00:00Z") {
    const bool toml = kind == "rules" || kind == "budget";
    const auto path = (dir_ / (std::to_string(files_++) + (toml ? ".toml" : ".csv"))).string();
    std::ofstream(path, std::ios::binary) << text;
    if (kind == "rules") {
      (void)rules::import_rules(*repo_, path, "test", recorded_at, std::nullopt);
      return;
    }
    ledger::ImportOptions opt;
    opt.operator_name = "test";
    opt.recorded_at = recorded_at;
    (void)ledger::import_file(*repo_, *ledger::parse_import_kind(kind), path, opt);
  }
  void sources(const std::string& rows) {
    import("sources", "doc_no,fiscal_year,category,name,amount,received_on\n" + rows);
  }
  void allocations(const std::string& rows) {
    import("allocations", "voucher,date,fiscal_year,source_doc,earmark,amount\n" + rows);
  }

  // The findings of one code as of a date: "rule doc" each, in check's order.
  std::vector<std::string> found(const std::string& code, const std::string& as_of,
                                 const calendar::WorkCalendar& work = shipped()) {
    std::vector<std::string> out;
    for (const auto& f : rules::check(*repo_, std::nullopt, as_of, work))
      if (f.code == code) out.push_back(f.rule.value_or("") + " " + f.evidence.front());
    return out;
  }
  std::vector<rules::Finding> all(const std::string& as_of, const calendar::WorkCalendar& work = shipped()) {
    return rules::check(*repo_, std::nullopt, as_of, work);
  }
  static const calendar::WorkCalendar& shipped() {
    static const calendar::WorkCalendar c = calendar::WorkCalendar::shipped();
    return c;
  }

 private:
  static fs::path fresh_dir() {
    static std::atomic<int> n{0};
    auto d = fs::temp_directory_path() /
             ("fundledger-lags-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }
  fs::path dir_;
  std::unique_ptr<store::Repository> repo_;
  int files_ = 0;
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("registration_within: entered on the deadline day is in time, the day after is late",
          "[rules][lags]") {
  LagLedger l;
  // Both recorded 2026-01-15. From 12-31: 15 days, 10 working days (4 January, a Sunday, is worked; 1-3
  // January are off); from 12-30: 16 days, 11 working days.
  l.sources("S1,2025,social,一,10000,2025-12-31\nS2,2025,social,二,10000,2025-12-30\n");
  l.import("rules",
           "[[rule]]\nid = \"reg-15\"\nkind = \"registration_within\"\ndays = 15\n"
           "[[rule]]\nid = \"reg-10w\"\nkind = \"registration_within\"\ndays = 10\nunit = \"working\"\n");
  CHECK(l.found("late_registration", "2026-01-15") == V{"reg-10w S2", "reg-15 S2"});
  // As of 13 January neither deadline (14 January for S2) has come: no finding yet.
  CHECK(l.found("late_registration", "2026-01-13").empty());
  const auto f = l.all("2026-01-15");
  REQUIRE(f.size() == 2);
  CHECK(f[0].subject == std::map<std::string, std::string>{
                            {"source", "S2"}, {"category", "social"}, {"deadline", "2026-01-14"}});
  CHECK(f[0].message.find("2026-01-14 (10 working days after receipt)") != std::string::npos);
}

TEST_CASE(
    "allocation_within: net allocations at the deadline, allocation_deadline is the same in calendar days",
    "[rules][lags]") {
  LagLedger l;
  // From Friday 26 September 2025: 3 working days end with the holiday, the deadline is 8 October (12
  // calendar days too). A is fully allocated on the 8th, B on the 9th; C's allocation is reversed
  // before the deadline; the loan is never allocated and is no one's business here.
  l.sources(
      "A,2025,county_self,甲,100000,2025-09-26\nB,2025,county_self,乙,100000,2025-09-26\n"
      "C,2025,county_self,丙,10000,2025-09-26\nL,2025,microcredit,贷,50000,2025-09-26\n");
  l.allocations(
      "A1,2025-09-30,2025,A,IND,60000\nA2,2025-10-08,2025,A,IND,40000\nB1,2025-10-09,2025,B,IND,100000\n"
      "C1,2025-09-29,2025,C,IND,10000\n");
  l.import("corrections", "voucher,date,kind,target,reason\nX1,2025-09-30,reversal,C1,分配有误\n");
  l.import("rules",
           "[[rule]]\nid = \"a12\"\nkind = \"allocation_within\"\ndays = 12\n"
           "[[rule]]\nid = \"a3w\"\nkind = \"allocation_within\"\ndays = 3\nunit = \"working\"\ncategory = "
           "\"county_self\"\n"
           "[[rule]]\nid = \"d12\"\nkind = \"allocation_deadline\"\ndays = 12\ncategory = \"county_self\"\n");
  CHECK(l.found("late_allocation", "2025-10-07").empty());
  CHECK(l.found("late_allocation", "2025-10-08") == V{"a12 B", "a12 C", "a3w B", "a3w C", "d12 B", "d12 C"});
  const auto f = l.all("2025-10-08");
  CHECK(f[0].subject == std::map<std::string, std::string>{{"source", "B"},
                                                           {"doc_no", "B"},
                                                           {"category", "county_self"},
                                                           {"deadline", "2025-10-08"},
                                                           {"unallocated", "100000.00"}});
  // A rule naming the loan category judges it (CONTRACT.md's allocation_deadline did).
  l.import("rules",
           "[[rule]]\nid = \"loan\"\nkind = \"allocation_within\"\ndays = 30\ncategory = \"microcredit\"\n");
  CHECK(l.found("late_allocation", "2025-10-26") ==
        V{"a12 B", "a12 C", "a3w B", "a3w C", "d12 B", "d12 C", "loan L"});
}

TEST_CASE("payment_within: paid on the deadline day is in time, none yet is late once it has passed",
          "[rules][lags]") {
  LagLedger l;
  // First allocated Friday 26 September 2025: the 5th working day is 10 October, the 6th Saturday 11
  // October (补班), so the deadline is 10 October (14 calendar days: also 10 October).
  l.sources(
      "P,2025,sector_integrated,甲,30000,2025-09-20\nQ,2025,sector_integrated,乙,30000,2025-09-20\n"
      "R,2025,sector_integrated,丙,30000,2025-09-20\n");
  l.allocations(
      "P1,2025-09-26,2025,P,IND,30000\nQ1,2025-09-26,2025,Q,IND,30000\nR1,2025-09-26,2025,R,IND,30000\n");
  l.import(
      "disbursements",
      "voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,source_doc\n"
      "ZP,2025-10-10,2025,IND,1000,E1,公司,enterprise,P\nZQ,2025-10-11,2025,IND,1000,E1,公司,enterprise,Q\n");
  l.import("rules",
           "[[rule]]\nid = \"p14\"\nkind = \"payment_within\"\ndays = 14\n"
           "[[rule]]\nid = \"p5w\"\nkind = \"payment_within\"\ndays = 5\nunit = \"working\"\n");
  CHECK(l.found("late_payment", "2025-10-09").empty());
  CHECK(l.found("late_payment", "2025-10-10") == V{"p14 Q", "p14 R", "p5w Q", "p5w R"});
  CHECK(l.found("late_payment", "2025-12-31") == V{"p14 Q", "p14 R", "p5w Q", "p5w R"});
}

TEST_CASE("lag rules: working days in a year the calendar lacks are not judged, and say so",
          "[rules][lags]") {
  LagLedger l;
  l.sources("U,2015,upper_other,市级,30000,2015-12-25\n");
  l.import("rules", "[[rule]]\nid = \"u5w\"\nkind = \"allocation_within\"\ndays = 5\nunit = \"working\"\n");
  auto f = l.all("2026-01-15");
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "lag_not_judged");
  CHECK(f[0].severity == rules::Severity::warn);
  CHECK(f[0].subject.at("years") == "2015");
  CHECK(f[0].evidence == V{"U"});
  // A calendar with 2015 (a bureau's file) judges it: 28-31 December and 4 January 2016 are the 5 working
  // days, so the deadline is 4 January.
  calendar::WorkCalendar with_2015 = LagLedger::shipped();
  with_2015.add(calendar::parse_holiday_file("[[year]]\nyear = 2015\n", "bureau.toml"));
  f = l.all("2026-01-15", with_2015);
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "late_allocation");
  CHECK(f[0].subject.at("deadline") == "2016-01-04");
}
