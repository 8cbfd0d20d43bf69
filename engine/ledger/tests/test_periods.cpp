// engine/ledger: closed periods (期间锁定, issue 19) — a lock refuses every entry dated on or before
// it, through the import's pipeline (ledger::post on a real SQLite file); locks move forward only;
// an unlock needs a reason and moves the lock back or removes it.
#include <catch2/catch.hpp>

#include "ledger/periods.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

const ledger::RunInfo kClerk{"王会计", "2018-03-01T09:00:00Z", std::nullopt};

entries::PeriodLock lock_through(PostedLedger& l, const char* through, const char* today = "2018-03-01") {
  return ledger::lock_periods(
      l.repo(), {day(through), day(today), std::string("一月月报已报送"), std::nullopt}, kClerk);
}
template <class F>
std::string refused_lock(F&& f) {
  try {
    f();
  } catch (const ledger::PeriodRefused& e) {
    return e.what();
  }
  return "(recorded)";
}
entries::Correction reversal(const char* voucher, const char* date, const char* target) {
  return {voucher, day(date), "reversal", target, Money{}, std::nullopt, "错付", {}};
}

}  // namespace

TEST_CASE("periods: nothing dated on or before the lock is written, and everything after it is",
          "[ledger][periods]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 2018-01-05, budget, A1 2018-01-10 (80万)
  REQUIRE(l.post({PostedLedger::payment("P1", "2018-01-15", wan(1))}).added == 1);
  auto p = lock_through(l, "2018-01-31");
  CHECK(p.action == "lock");
  CHECK(p.through == std::optional<std::string>("2018-01-31"));
  CHECK_FALSE(p.previous);

  const std::string closed = l.refusal({PostedLedger::payment("P2", "2018-01-31", wan(1))});
  CHECK(closed ==
        "2018-01-31 is in a closed period: the ledger is locked through 2018-01-31 (locked on 2018-03-01 by "
        "王会计, document —); to record or correct it, `fundledger unlock --reason REASON` first");
  CHECK(l.repo().ledger().count_entries("disbursement") == 1);
  // A reversal dated within the lock is refused too: closed months are not corrected in place.
  CHECK(l.refusal({reversal("C1", "2018-01-20", "P1")}).rfind("2018-01-20 is in a closed period", 0) == 0);
  CHECK(l.repo().ledger().count_entries("correction") == 0);
  // The day after the lock is open; a reversal dated then may undo a payment of the closed month.
  CHECK(l.post({PostedLedger::payment("P3", "2018-02-01", wan(1))}).added == 1);
  CHECK(l.post({reversal("C2", "2018-02-05", "P1")}).added == 1);
  // A budget revision is dated on its year's first day: within the lock.
  entries::Budget b = *l.repo().ledger().latest_budget(2018);
  b.name = "预算（调整）";
  b.doc_no = "调〔2018〕1号";
  b.reason = "调整";
  CHECK(l.refusal({b}).rfind("2018-01-01 is in a closed period", 0) == 0);
}

TEST_CASE("periods: what a lock holds back, by kind and day", "[ledger][periods]") {
  ledger::LockInForce lock{day("2018-06-30"), day("2018-07-05"), "2018-07-05T10:00:00Z", "王会计", {}, {}};
  std::optional<ledger::LockInForce> in_force = lock;
  CHECK(ledger::closed_by(in_force, "disbursement", day("2018-06-30")));
  CHECK_FALSE(ledger::closed_by(in_force, "disbursement", day("2018-07-01")));
  CHECK(ledger::closed_by(in_force, "allocation", day("2017-12-31")));
  for (const char* kind : {"period_lock", "rules", "setting", "warning_action"})
    CHECK_FALSE(ledger::closed_by(in_force, kind, day("2018-01-01")));
  CHECK_FALSE(ledger::closed_by(std::nullopt, "disbursement", day("2018-01-01")));
}

TEST_CASE("periods: a lock moves forward only and not past today, and an unlock needs a reason",
          "[ledger][periods]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  CHECK(refused_lock([&] { lock_through(l, "2018-03-02"); }) ==
        "cannot lock beyond today (2018-03-01): `--through 2018-03-02`");
  CHECK(refused_lock([&] {
          ledger::unlock_periods(l.repo(), {std::nullopt, day("2018-03-01"), "补记", std::nullopt}, kClerk);
        }) == "no period of the ledger is locked; there is nothing to unlock");
  lock_through(l, "2018-01-31");
  CHECK(refused_lock([&] {
          lock_through(l, "2018-01-31");
        }).rfind("the ledger is locked through 2018-01-31; a lock only moves forward", 0) == 0);
  auto second = lock_through(l, "2018-02-28");
  CHECK(second.previous == std::optional<std::string>("2018-01-31"));
  CHECK(refused_lock([&] {
          ledger::unlock_periods(l.repo(), {day("2018-02-28"), day("2018-03-01"), "补记", std::nullopt},
                                 kClerk);
        }).rfind("the ledger is locked through 2018-02-28; `--to 2018-02-28` must be before it", 0) == 0);
  CHECK(refused_lock([&] {
          ledger::unlock_periods(l.repo(), {std::nullopt, day("2018-03-01"), "", std::nullopt}, kClerk);
        }) == "an unlock needs its reason: `--reason REASON`");
  CHECK(ledger::lock_in_force(l.repo().ledger())->through == day("2018-02-28"));

  // Moved back to 01-20: a payment dated 01-25 is written; one dated 01-20 is not.
  auto back = ledger::unlock_periods(
      l.repo(), {day("2018-01-20"), day("2018-03-01"), "补记一月支出", std::string("财办〔2018〕3号")},
      kClerk);
  CHECK(back.previous == std::optional<std::string>("2018-02-28"));
  CHECK(l.post({PostedLedger::payment("P4", "2018-01-25", wan(1))}).added == 1);
  CHECK(
      l.refusal({PostedLedger::payment("P5", "2018-01-20", wan(1))}).rfind("2018-01-20 is in a closed", 0) ==
      0);
  // Removed: anything goes again, and the journal keeps every lock and unlock.
  ledger::unlock_periods(l.repo(), {std::nullopt, day("2018-03-01"), "年度决算调整", std::nullopt}, kClerk);
  CHECK_FALSE(ledger::lock_in_force(l.repo().ledger()));
  CHECK(l.post({PostedLedger::payment("P5", "2018-01-20", wan(1))}).added == 1);
  auto rows = l.repo().ledger().period_locks();
  REQUIRE(rows.size() == 4);
  CHECK(rows[3].lock.action == "unlock");
  CHECK_FALSE(rows[3].lock.through);
  CHECK(rows[3].lock.previous == std::optional<std::string>("2018-01-20"));
  CHECK(rows[3].operator_name == "王会计");
  CHECK(l.repo().ledger().count_entries("period_lock") == 4);
}
