// MonitorReads: what monitoring (engine/monitor) reads besides the audit's own reads — the steps of
// handling warnings, and the entries a warning's evidence names.
// Typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/entries.hpp"

namespace fundledger::store {

// One recorded step of handling a warning, with its entry's header.
struct WarningActionRow {
  std::int64_t entry_id = 0;
  calendar::Date date;      // the step's date (the entry's effective date)
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::WarningAction action;
};

// An entry of the journal as a warning names it: which, what kind, its key and date.
struct EntryRef {
  std::int64_t entry_id = 0;
  std::string kind, key;
  calendar::Date date;
};

class MonitorReads {
 public:
  virtual ~MonitorReads() = default;

  // Every step of handling warnings, oldest first.
  virtual std::vector<WarningActionRow> warning_actions() = 0;
  // For each of `keys` that is the key of an entry (a voucher, document number, household, project,
  // ...), the latest effective date of the entries with that key; keys no entry has are left out.
  virtual std::map<std::string, calendar::Date> latest_dates_of_keys(
      const std::vector<std::string>& keys) = 0;
  // The first entry after `after_entry_id` whose key is one of `keys`, or a correction of one of
  // them (its target); none if there is none.
  virtual std::optional<EntryRef> first_entry_touching(const std::vector<std::string>& keys,
                                                       std::int64_t after_entry_id) = 0;
};

}  // namespace fundledger::store
