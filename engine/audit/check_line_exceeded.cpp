// line_exceeded (超预算指标分配).
//
// Why: a line of a budget is what the people's congress or the leaders approved for that use; money
// allocated beyond it is spending nobody approved. fundledger refuses such an allocation (control by
// line, ledger/invariants.hpp line_covers) unless the line is open-ended or the import was given
// `--override REASON`; this check lists every earmark whose net allocations as of the as-of date
// exceed its latest line, with the overriding vouchers and their reasons. Without an override the
// ledger was not written by fundledger's import (copied in, or rows changed): an error all the same.
#include "audit/audit.hpp"
#include "store/audit_reads.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_line_exceeded(store::Repository& repo, const Context& ctx) {
  std::map<std::pair<int, std::string>, Money> allocated;
  for (const auto& f : repo.ledger().earmark_flows(ctx.year, ctx.as_of_date()))
    allocated[{f.fiscal_year, f.earmark}] = f.allocated;
  std::vector<Finding> out;
  for (const auto& l : repo.ledger().earmark_lines(ctx.year)) {
    auto it = allocated.find({l.fiscal_year, l.code});
    if (l.open_ended || it == allocated.end() || it->second <= l.amount) continue;
    Finding f;
    f.code = "line_exceeded";
    f.severity = Severity::error;
    std::string reasons;
    for (const auto& [voucher, reason] : repo.audit().line_overrides(l.fiscal_year, l.code)) {
      f.evidence.push_back(voucher);
      reasons += (reasons.empty() ? "" : text::tr("read.list_separator")) + voucher + " " + reason;
    }
    f.overridden = !f.evidence.empty();
    auto earmark = std::to_string(l.fiscal_year) + "/" + l.code;
    auto over = it->second - l.amount;
    f.message =
        text::tr(f.overridden ? "audit.line_exceeded_overridden" : "audit.line_exceeded",
                 text::arg("earmark", earmark), text::arg("name", l.name),
                 text::arg("budget", detail::fmt(l.amount)), text::arg("allocated", detail::fmt(it->second)),
                 text::arg("over", detail::fmt(over)), text::arg("reasons", reasons));
    f.subject = {{"earmark", earmark}, {"over", format_yuan(over)}};
    if (f.evidence.empty()) f.evidence = {earmark};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
