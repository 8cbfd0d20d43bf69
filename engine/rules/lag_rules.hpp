// The lag rules (issue 17): how long a source document's money may wait, judged by `check` (and so
// by `audit` and the 预警 sheet) over engine/lags' figures, the ones `report lags` shows.
//
//   registration_within  entered in the ledger within `days` of 到账, else late_registration
//   allocation_within    fully allocated (net) by `days` after 到账, else late_allocation
//   payment_within       first paid from within `days` of its first allocation, else late_payment
//   allocation_deadline  the older spelling of allocation_within in calendar days (CONTRACT.md)
//
// `unit` is calendar (the default) or working days; `category` limits a rule to the sources of that
// category, and a rule without one leaves the loan categories aside (lent, not allocated), as
// report lags does. A source still within its deadline at the as-of date is no finding
// (lags::overdue). Working days the calendar does not cover are not guessed: the sources a rule
// cannot judge for that reason are one warning of their own, lag_not_judged.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "calendar/work_calendar.hpp"
#include "lags/lags.hpp"
#include "rules/rules.hpp"

namespace fundledger::rules::detail {

[[nodiscard]] bool is_lag_kind(const std::string& kind);

class LagJudge {
 public:
  // How a finding is added (the checker's own: the rule's severity and note).
  using Add =
      std::function<void(const Rule& r, const std::string& code, const std::string& message,
                         std::map<std::string, std::string> subject, std::vector<std::string> evidence)>;

  LagJudge(store::Repository& repo, const calendar::Date& as_of, const calendar::WorkCalendar& work)
      : repo_(repo), as_of_(as_of), work_(work) {}

  // Judges a lag rule over the sources of fiscal year y.
  void judge(const Rule& r, int y, const Add& add);
  // After a rule's years: the warning for the sources it could not judge, if any.
  void flush_not_judged(const Rule& r, const Add& add);

 private:
  const std::vector<lags::SourceLags>& sources(int y);  // read once per year
  void judge_source(const Rule& r, const lags::SourceLags& s, const Add& add);

  store::Repository& repo_;
  calendar::Date as_of_;
  const calendar::WorkCalendar& work_;
  std::map<int, std::vector<lags::SourceLags>> sources_;
  std::vector<std::string> not_judged_;  // doc_nos, of the rule being judged
  std::set<int> not_covered_;            // the years that kept them from being judged
};

}  // namespace fundledger::rules::detail
