// Closed periods (periods.hpp): the lock in force, and locking and unlocking.
#include "ledger/periods.hpp"

#include <cstring>

#include "store/hash.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {
namespace {

using calendar::Date;
using calendar::format_date;
using text::arg;
using text::tr;

// The entries a lock does not hold back: they change no figure of a closed month.
bool outside_locks(const char* kind) {
  for (const char* k : {entries::PeriodLock::kKind, entries::RuleVersion::kKind, entries::Setting::kKind,
                        entries::WarningAction::kKind, entries::YearClose::kKind})
    if (std::strcmp(kind, k) == 0) return true;
  return false;
}

std::string opt_or_dash(const std::optional<std::string>& s) { return s && !s->empty() ? *s : "—"; }

// One lock or unlock, in a run of its own; `judge` makes the entry from the lock in force, read
// inside the run's transaction (a lock another clerk set since is seen), or throws PeriodRefused.
template <class Judge>
entries::PeriodLock record(store::Repository& repo, const std::string& action, const Date& today,
                           const RunInfo& info, Judge judge) {
  std::string what = "periods " + action;
  ImportRun run(repo, "periods", what, what, store::to_hex(store::sha256(what + info.recorded_at)), info);
  entries::PeriodLock p = judge(lock_in_force(repo.ledger()));
  run.write(
      entries::Entry{action + ":" + (p.through ? *p.through : std::string("none")), today, std::nullopt, p});
  run.finish();
  return p;
}

}  // namespace

std::optional<LockInForce> lock_in_force(const std::vector<store::PeriodLockRow>& rows) {
  std::optional<LockInForce> lock;
  for (const auto& r : rows) {
    if (!r.lock.through) {
      lock.reset();
      continue;
    }
    lock = LockInForce{*calendar::parse_date(*r.lock.through).value,
                       r.date,
                       r.recorded_at,
                       r.operator_name,
                       r.lock.reason,
                       r.lock.doc_no};
  }
  return lock;
}

std::optional<LockInForce> lock_in_force(store::LedgerReads& reads) {
  return lock_in_force(reads.period_locks());
}

bool closed_by(const std::optional<LockInForce>& lock, const char* kind, const Date& date) {
  return lock && date <= lock->through && !outside_locks(kind);
}

std::string closed_period_message(const LockInForce& lock, const Date& date) {
  return tr("periods.closed", arg("date", format_date(date)), arg("through", format_date(lock.through)),
            arg("on", format_date(lock.locked_on)), arg("by", lock.operator_name),
            arg("doc", opt_or_dash(lock.doc_no)));
}

entries::PeriodLock lock_periods(store::Repository& repo, const LockRequest& req, const RunInfo& info) {
  if (req.through > req.today)
    throw PeriodRefused(tr("periods.lock_in_future", arg("through", format_date(req.through)),
                           arg("today", format_date(req.today))));
  return record(repo, "lock", req.today, info, [&](const std::optional<LockInForce>& now) {
    if (now && req.through <= now->through)
      throw PeriodRefused(tr("periods.lock_not_forward", arg("through", format_date(req.through)),
                             arg("current", format_date(now->through))));
    return entries::PeriodLock{"lock", format_date(req.through),
                               now ? std::optional<std::string>(format_date(now->through)) : std::nullopt,
                               req.reason, req.doc_no};
  });
}

entries::PeriodLock unlock_periods(store::Repository& repo, const UnlockRequest& req, const RunInfo& info) {
  if (req.reason.empty()) throw PeriodRefused(tr("periods.unlock_needs_reason"));
  return record(repo, "unlock", req.today, info, [&](const std::optional<LockInForce>& now) {
    if (!now) throw PeriodRefused(tr("periods.nothing_locked"));
    if (req.to && *req.to >= now->through)
      throw PeriodRefused(tr("periods.unlock_not_back", arg("to", format_date(*req.to)),
                             arg("current", format_date(now->through))));
    return entries::PeriodLock{"unlock",
                               req.to ? std::optional<std::string>(format_date(*req.to)) : std::nullopt,
                               format_date(now->through), std::optional<std::string>(req.reason), req.doc_no};
  });
}

}  // namespace fundledger::ledger
