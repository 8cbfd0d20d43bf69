// Attribution: which lots (allocations, and so source documents) pay a payment, to the fen; and
// what a balance has available on a date when later changes are already recorded. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calendar/calendar.hpp"
#include "money/money.hpp"

namespace fundledger::ledger {

using calendar::Date;

// A lot of an earmark and the money that remains in it.
struct LotState {
  std::string lot, source_doc;
  Date date;
  Money remaining;
};

// Spends `amount` from lots (in FIFO order, each with its date and remaining money) dated on or
// before `date`, optionally only those of `only_source`. FIFO takes the oldest lots first;
// pro_rata splits across all eligible lots in proportion to what remains in them (largest
// remainder, ties to the older lot). Returns nullopt if the eligible lots hold less than
// `amount`; `available` is set to what they hold.
std::optional<std::vector<std::pair<std::size_t, Money>>> attribute(
    const std::vector<LotState>& lots, const Date& date, const Money& amount, bool pro_rata,
    const std::optional<std::string>& only_source, Money& available);

// A dated change to a balance (a lot's money, or a source's unallocated amount).
using Events = std::vector<std::pair<Date, Money>>;

// What can be taken from a balance on date `d` without making it negative on `d` or on any later
// date already recorded: min over t in {d} and the event dates after d of base + sum(events <= t).
// "Available" is as of the entry's own date, and a later-recorded refill (a recovery dated
// 20 March) must not pay a voucher dated 5 March.
Money available_from(const Events& events, const Date& d, const Money& base);

// A balance's dated changes (one per day), its total and its latest date, so that what is
// available on a date costs one comparison when nothing later is recorded (the usual, in-order
// case) and available_from() otherwise.
class DatedBalance {
 public:
  void add(const Date& date, const Money& delta);
  // What can be taken on `date` from `base` plus these changes (see available_from).
  [[nodiscard]] Money available_on(const Date& date, const Money& base = Money()) const;
  [[nodiscard]] const Money& total() const { return total_; }
  [[nodiscard]] const Events& changes() const { return changes_; }

 private:
  Events changes_;
  Money total_;
  std::optional<Date> last_;
};

}  // namespace fundledger::ledger
