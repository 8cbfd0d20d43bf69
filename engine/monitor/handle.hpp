// Handling a warning (warnings.hpp): one step — confirm, rectify or verify — checked against the
// warning's state and recorded as one journal entry (entries::WarningAction) in its own transaction.
//
// The order of steps: confirm (as normal, suspected or violation) while the warning is open or
// suspected and its finding is found; rectify (整改, with the measures taken) once confirmed
// suspected or a violation, again after a rectification; verify (核实) once rectified. Each step is
// dated on or after the warning's previous step. A step out of order is refused with the state the
// warning is in, and nothing is written.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "calendar/calendar.hpp"
#include "ledger/run.hpp"
#include "money/money.hpp"
#include "monitor/warnings.hpp"
#include "store/repository.hpp"

namespace fundledger::monitor {

// A step refused (unknown id, out of order, missing measures): a message naming the warning and why.
class Refused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Step {
  std::string id;                      // the warning's id, or a prefix of it that only it has
  std::string action;                  // confirm | rectify | verify
  std::optional<std::string> outcome;  // confirm: normal | suspected | violation
  std::string by;
  std::optional<std::string> note, measures;
  std::optional<Money> amount_recovered;
  // An attachment already kept beside the ledger under its SHA-256 (the caller stores the file first).
  std::optional<std::string> attachment_sha256, attachment_name;
  calendar::Date date;
};

struct StepResult {
  std::string warning_id;
  Status before = Status::open, after = Status::open;
};

// Records `step`. Throws Refused (nothing written) when the step is not allowed, store::StoreError
// on environment failures.
// `work` counts the working days of the lag rules (the warning is found as `warnings` finds it).
StepResult record_step(store::Repository& repo, const Step& step, const ledger::RunInfo& info,
                       const calendar::WorkCalendar& work);

// The outcome of confirm named by `given` (normal/suspected/violation or 正常/疑似违规/确认违规).
std::optional<std::string> outcome_code(const std::string& given);

}  // namespace fundledger::monitor
