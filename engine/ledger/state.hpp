// The apply stage's view of the ledger: sources with what they have allocated, earmarks with their
// lots, the dated changes of each lot and source (for "available as of the entry's own date"), and
// the household register. Loaded from the store on first use, then kept up to date by the apply
// stage as entries are applied (so an import never re-reads what it wrote).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ledger/attribute.hpp"
#include "ledger/household_register.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

struct SourceInfo {
  entries::Source source;
  std::vector<std::string> restricted_to;  // earmark codes or purposes; empty: unrestricted
  Money allocated;
};

struct EarmarkState {
  store::EarmarkLineRow line;
  std::vector<LotState> lots;  // FIFO order: (date, lot)
  Money allocated;             // net allocations to it, ever (control by line)
  Money frozen;                // of its line's quota, frozen (指标冻结): held back from allocation
};

class LedgerState {
 public:
  explicit LedgerState(store::LedgerReads& reads) : reads_(reads), households_(reads) {}

  SourceInfo* source(const std::string& doc);                       // nullptr: unknown
  EarmarkState* earmark(int fiscal_year, const std::string& code);  // nullptr: not in the year's budget
  const HouseholdPlace* household(const std::string& id) { return households_.find(id); }
  // "known: A, B" or why there are none, for messages.
  std::string known_earmarks(int fiscal_year);

  void add_lot(int fiscal_year, const std::string& code, LotState lot);
  // Records a dated change of a lot's money (one event per lot and day).
  void note_lot(const std::string& lot, const Date& date, const Money& delta);
  [[nodiscard]] const Events& lot_events(const std::string& lot);
  // The lots of an earmark cut to what is available on `date` (see available_from): e.lots itself
  // when nothing later is recorded (the common, in-order case), else a copy in `scratch`.
  const std::vector<LotState>& lots_as_of(const EarmarkState& e, const Date& date,
                                          std::vector<LotState>& scratch) const;

  // A source's allocations and freezes (negative) and what came back or was unfrozen (positive),
  // dated; loaded on first use.
  DatedBalance& source_changes(const std::string& doc);
  // Records that `doc` gave (negative) or got back (positive) money on `date`.
  void note_source(const std::string& doc, const Date& date, const Money& delta) {
    source_changes(doc).add(date, delta);
  }

 private:
  store::LedgerReads& reads_;
  HouseholdRegister households_;
  std::unordered_map<std::string, std::optional<SourceInfo>> sources_;
  std::map<std::pair<int, std::string>, std::optional<EarmarkState>> earmarks_;
  std::unordered_map<std::string, Events> lot_events_;  // lot -> dated changes of its money
  std::unordered_map<std::string, Date> lot_last_;      // lot -> date of its latest change
  std::unordered_map<std::string, DatedBalance> source_changes_;
};

// "a;b，c" -> {"a", "b", "c"} (ASCII or full-width separators, trimmed).
std::vector<std::string> split_list(const std::string& s);

}  // namespace fundledger::ledger
