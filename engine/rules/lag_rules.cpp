// The lag rules (lag_rules.hpp).
#include "rules/lag_rules.hpp"

#include <utility>

#include "rules/finding_text.hpp"
#include "text/text.hpp"

namespace fundledger::rules::detail {

namespace {

using calendar::Date;
using calendar::format_date;
using text::arg;
using text::tr;

// "30 天" / "5 个工作日": the rule's limit in its unit.
std::string limit(long days, lags::Unit unit) {
  return tr(unit == lags::Unit::working ? "rules.lag_limit_working" : "rules.lag_limit_days",
            arg("days", days));
}

}  // namespace

bool is_lag_kind(const std::string& kind) {
  return kind == "registration_within" || kind == "allocation_within" || kind == "payment_within" ||
         kind == "allocation_deadline";
}

const std::vector<lags::SourceLags>& LagJudge::sources(int y) {
  auto it = sources_.find(y);
  if (it == sources_.end()) it = sources_.emplace(y, lags::source_lags(repo_, y, as_of_)).first;
  return it->second;
}

void LagJudge::judge(const Rule& r, int y, const Add& add) {
  for (const auto& s : sources(y)) {
    if (r.category ? s.category != *r.category : lags::is_loan_category(s.category)) continue;
    try {
      judge_source(r, s, add);
    } catch (const calendar::YearNotCovered& e) {
      not_judged_.push_back(s.doc_no);
      not_covered_.insert(e.year);
    }
  }
}

// One source against one rule. Throws YearNotCovered when its working days cannot be counted.
void LagJudge::judge_source(const Rule& r, const lags::SourceLags& s, const Add& add) {
  const auto unit = r.unit == "working" ? lags::Unit::working : lags::Unit::calendar;
  const bool payment = r.kind == "payment_within";
  const std::optional<Date> start = payment ? s.first_allocated_on : std::optional<Date>(s.received_on);
  if (!start || !lags::overdue(*start, *r.days, as_of_, unit, work_))
    return;  // nothing to wait for, or in time
  const Date due = lags::deadline(*start, *r.days, unit, work_);
  const std::string due_s = format_date(due), received = format_date(s.received_on);
  const std::string within = limit(*r.days, unit), category = category_name(s.category);
  if (r.kind == "registration_within") {
    if (!s.registered_on || *s.registered_on <= due) return;
    add(r, "late_registration",
        tr("rules.late_registration", arg("doc", s.doc_no), arg("category", category),
           arg("amount", amt(s.amount)), arg("received", received),
           arg("registered", format_date(*s.registered_on)), arg("due", due_s), arg("limit", within)),
        {{"source", s.doc_no}, {"category", s.category}, {"deadline", due_s}}, {s.doc_no});
  } else if (payment) {
    if (s.first_paid_on && *s.first_paid_on <= due) return;
    const std::string first = format_date(*start);
    add(r, "late_payment",
        s.first_paid_on
            ? tr("rules.late_payment", arg("doc", s.doc_no), arg("category", category),
                 arg("amount", amt(s.amount)), arg("allocated", first),
                 arg("paid", format_date(*s.first_paid_on)), arg("due", due_s), arg("limit", within))
            : tr("rules.late_payment_none", arg("doc", s.doc_no), arg("category", category),
                 arg("amount", amt(s.amount)), arg("allocated", first), arg("as_of", format_date(as_of_)),
                 arg("due", due_s), arg("limit", within)),
        {{"source", s.doc_no}, {"category", s.category}, {"deadline", due_s}}, {s.doc_no});
  } else {
    const Money allocated = s.allocated_by(due);
    if (allocated >= s.amount) return;
    // The subject keeps both keys CONTRACT.md's check (source) and the audit (doc_no) gave it.
    add(r, "late_allocation",
        tr("rules.late_allocation", arg("doc", s.doc_no), arg("category", category),
           arg("amount", amt(s.amount)), arg("received", received), arg("allocated", amt(allocated)),
           arg("due", due_s), arg("limit", within), arg("late", amt(s.amount - allocated))),
        {{"source", s.doc_no},
         {"doc_no", s.doc_no},
         {"category", s.category},
         {"deadline", due_s},
         {"unallocated", format_yuan(s.amount - allocated)}},
        {s.doc_no});
  }
}

void LagJudge::flush_not_judged(const Rule& r, const Add& add) {
  if (not_judged_.empty()) return;
  std::string years;
  for (int y : not_covered_) years += (years.empty() ? "" : ", ") + std::to_string(y);
  Rule warn = r;
  warn.severity = Severity::warn;  // not a finding about the money: the rule could not be judged
  const auto message = tr("rules.lag_not_judged", arg("rule", r.id),
                          arg("count", static_cast<long>(not_judged_.size())), arg("years", years));
  add(warn, "lag_not_judged", message, {{"years", years}}, std::exchange(not_judged_, {}));
  not_covered_.clear();
}

}  // namespace fundledger::rules::detail
