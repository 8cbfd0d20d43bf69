// engine/monitor — the county's own monitor (issue 17): every finding of `audit` as a warning (预警)
// with a stable id, a level (红/橙/黄/蓝) and a violation category, and its handling to the end
// (confirmed normal, suspected or a violation; rectified; verified), recorded as journal entries
// under the hash chain (entries::WarningAction).
//
// A warning is an audit finding (audit::full_audit) seen as of a date. Its id is the first ten hex
// digits of SHA-256 over the finding's code, its evidence and the keys of its subject that say
// what it is about (earmark, payee, town, document, lot, project, ...; never its amounts or day
// counts), so the same ledger gives the same ids on every run and a finding keeps its id while its
// numbers change (an idle lot growing older). Two findings that would share an id (two rules of
// one kind on the same evidence) both take their rule's id into it.
//
// Status: open (待处理) until handled; confirm --as normal closes it (确认正常), --as suspected (疑似
// 违规) or violation (确认违规) keeps it open until it is rectified (已整改) and then verified (已核实).
// A handled warning whose finding is no longer found is resolved by data (数据已纠正), with the first
// entry after its handling began that touched its evidence (the correcting entry). Confirming,
// rectifying and verifying never change a balance: they are entries of their own kind, with no
// money flows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "calendar/work_calendar.hpp"
#include "rules/finding.hpp"
#include "rules/rules.hpp"
#include "store/monitor_reads.hpp"
#include "store/repository.hpp"

namespace fundledger::monitor {

enum class Status { open, normal, suspected, violation, rectified, verified, resolved };

// open, normal, suspected, violation, rectified, verified, resolved (as stored and in JSON).
const char* status_code(Status s);
std::optional<Status> parse_status(const std::string& given);  // a code or its Chinese name
// The status as people read it, in the run's language (待处理 / open, ...), and its catalogue id.
std::string status_name(Status s);
const char* status_message_id(Status s);
// Whether the warning still needs someone: open, suspected, violation, rectified.
bool is_open(Status s);

struct Warning {
  std::string id;          // W + ten hex digits
  rules::Finding finding;  // as found now; for a warning no longer found, as it read when last handled
  std::string level;       // red | orange | yellow | blue
  std::string violation;   // rules::violation_categories() code
  Status status = Status::open;
  bool found = true;                             // the finding is found as of the date
  std::optional<calendar::Date> since;           // the day it arose, as far as the ledger tells
  std::vector<store::WarningActionRow> actions;  // oldest first, dated by the as-of date
  std::optional<store::EntryRef> resolved_by;    // status resolved: the correcting entry, if known

  [[nodiscard]] long age_days(const calendar::Date& as_of) const;  // 0 when `since` is unknown
};

// The status the handling steps leave (oldest first), the finding taken as found; and with the
// finding as it is: one no longer found is resolved by data unless closed by hand (normal, verified).
Status status_of_steps(const std::vector<store::WarningActionRow>& steps);
Status status_after(const std::vector<store::WarningActionRow>& steps, bool found);

// The id of each finding, in order (the rule ids join in only where two would collide).
std::vector<std::string> warning_ids(const std::vector<rules::Finding>& findings);

// A finding's level and violation category: its rule's `level`/`violation` (for an audit-only check,
// the `audit_check` rule naming it), else the defaults of its code (classify.cpp).
struct Classes {
  std::string level, violation;
};
Classes classify(const rules::Finding& f, const std::vector<rules::Rule>& rules_in_force);

// The warnings as of `as_of` (YYYY-MM-DD): the audit's findings with their handling, then the
// handled warnings no longer found. Ordered by level (red first), then id. `work` counts the working
// days of the lag rules.
std::vector<Warning> warnings(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                              const calendar::WorkCalendar& work);

}  // namespace fundledger::monitor
