// The apply stage's quota operations (指标调剂 / 调减, issue 19). A `transfer` moves quota from one
// line of a year's budget to another, the total unchanged; a `reduce` takes it off a line and off
// the total. Each is recorded as the budget revision it makes (the latest revision with the change
// applied), dated the day it takes effect, so every reader of the lines in force — control by line,
// balances, the workbook — sees it as it sees any revision. The line money leaves may not fall below
// what its earmark has allocated and frozen (ledger/invariants.hpp line_holds).
#include "base/assert.hpp"
#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;

entries::BudgetLine* line_of(entries::Budget& b, const std::string& code) {
  for (auto& l : b.lines)
    if (l.code == code) return &l;
  return nullptr;
}

std::string codes_of(const entries::Budget& b) {
  std::string s;
  for (const auto& l : b.lines) s += (s.empty() ? "" : tr("read.list_separator")) + l.code;
  return s;
}

Date in_force_from(const entries::Budget& b) {
  return b.quota_date.value_or(Date(static_cast<unsigned short>(b.fiscal_year), 1, 1));
}
}  // namespace

// The revision `op` makes of `latest`, or nullopt after an error.
std::optional<entries::Budget> Applier::quota_revision(const entries::Budget& latest,
                                                       const entries::QuotaOp& op) {
  const std::string year = std::to_string(latest.fiscal_year);
  entries::Budget next = latest;
  next.revision = latest.revision + 1;
  next.quota_op.reset();
  entries::BudgetLine* from = line_of(next, op.from);
  if (!from) {
    error(1,
          tr("quota.unknown_line", arg("year", year), arg("earmark", op.from), arg("known", codes_of(next))));
    return std::nullopt;
  }
  if (!op.amount.is_positive()) {
    error(1, tr("quota.amount_not_positive", arg("amount", format_for_people(op.amount))));
    return std::nullopt;
  }
  if (op.date < in_force_from(latest) || op.date.year() != latest.fiscal_year) {
    error(1,
          tr("quota.date_out_of_order", arg("date", calendar::format_date(op.date)), arg("year", year),
             arg("revision", latest.revision), arg("since", calendar::format_date(in_force_from(latest)))));
    return std::nullopt;
  }
  if (op.amount > from->amount) {
    error(1, tr("quota.more_than_line", arg("earmark", op.from), arg("amount", format_for_people(op.amount)),
                arg("line", format_for_people(from->amount))));
    return std::nullopt;
  }
  from->amount -= op.amount;
  if (op.op == "transfer") {
    entries::BudgetLine* to = op.to ? line_of(next, *op.to) : nullptr;
    if (!to) {
      error(1, tr("quota.unknown_line", arg("year", year), arg("earmark", op.to.value_or("")),
                  arg("known", codes_of(next))));
      return std::nullopt;
    }
    if (to == from) {
      error(1, tr("quota.transfer_to_itself", arg("earmark", op.from)));
      return std::nullopt;
    }
    to->amount += op.amount;
  } else {
    next.total -= op.amount;
  }
  next.set_quota(op);
  return next;
}

void Applier::quota_op(entries::Budget& b) {
  const entries::QuotaOp op = *b.quota();
  auto latest = reads_.latest_budget(b.fiscal_year);
  if (!latest) return error(1, tr("quota.no_budget", arg("year", b.fiscal_year)));
  if (!b.doc_no || !b.reason) return error(1, tr("quota.needs_doc_and_reason"));
  auto next = quota_revision(*latest, op);
  if (!next) return;
  next->doc_no = b.doc_no;
  next->reason = b.reason;
  std::optional<std::string> ovr;
  if (!revision_allows(*next, ovr)) return;
  PendingBudget pb{run_.source(), next->fiscal_year, next->code, next->funded_by, next->total, {}};
  for (const auto& l : next->lines)
    pb.lines.push_back({l.code, l.name, l.purpose.value_or(""), l.amount, l.remainder});
  if (gate_ && !gate(gate_->on_budget(pb), 1, ovr)) return;
  FL_ASSERT(!budget_balanced(*next), "a quota operation keeps the lines summing to the total");
  b = *next;
  run_.write({std::to_string(b.fiscal_year) + "/r" + std::to_string(b.revision), op.date, ovr, b}, 1);
}

}  // namespace fundledger::ledger
