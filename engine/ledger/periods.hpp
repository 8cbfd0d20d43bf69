// Closed periods (期间锁定): once the month's report is signed, its days are locked — nothing dated
// on or before the lock may be imported or corrected (ImportRun::write refuses it, naming the lock).
// A lock only moves forward; moving it back (or removing it) is an unlock, which needs a reason.
// Both are journal entries (entries::PeriodLock) under the hash chain, so `audit` lists every unlock.
//
// What the lock covers: every entry dated on or before it, except the lock's own entries, rules,
// settings and the handling of warnings (they change no figure of a closed month). A correction
// dated after the lock may reverse a payment dated within it: the closed months stay as reported
// and the correction shows in the month it is dated. A budget revision is dated on its year's
// first day, so revising a year any of whose days are locked needs an unlock first.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "ledger/lock_in_force.hpp"
#include "ledger/run.hpp"
#include "store/ledger_reads.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

// The lock in force after `rows` (oldest first), none when there was none or the last unlock removed it.
std::optional<LockInForce> lock_in_force(const std::vector<store::PeriodLockRow>& rows);
std::optional<LockInForce> lock_in_force(store::LedgerReads& reads);

// Whether an entry of `kind` dated `date` falls in a period `lock` closes.
bool closed_by(const std::optional<LockInForce>& lock, const char* kind, const calendar::Date& date);
// The error for an entry dated within the lock: the date, the lock, who set it and when, the way out.
std::string closed_period_message(const LockInForce& lock, const calendar::Date& date);

// A lock or unlock refused (not forward, in the future, no lock to lift, no reason): why.
class PeriodRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LockRequest {
  calendar::Date through;
  calendar::Date today;
  std::optional<std::string> reason, doc_no;
};
struct UnlockRequest {
  std::optional<calendar::Date> to;  // the lock moved back to this day; none: removed
  calendar::Date today;
  std::string reason;
  std::optional<std::string> doc_no;
};

// Records a lock through `through` (after the lock in force, if any, and not after today). Throws
// PeriodRefused (nothing written).
entries::PeriodLock lock_periods(store::Repository& repo, const LockRequest& req, const RunInfo& info);
// Records an unlock: the lock in force moved back to `to` (earlier than it), or removed. Throws
// PeriodRefused when no lock is in force, `to` is not earlier, or the reason is empty.
entries::PeriodLock unlock_periods(store::Repository& repo, const UnlockRequest& req, const RunInfo& info);

}  // namespace fundledger::ledger
