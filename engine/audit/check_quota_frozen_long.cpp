// quota_frozen_long (指标冻结超过 90 天).
//
// Why: a freeze is meant to be short — money held back while a grant is checked, a project
// re-planned or a dispute settled. Quota frozen for months is money the county received and
// neither spends nor returns: the auditors' 资金沉淀. Each freeze still holding money 90 days or more
// after it was made, as of the audit's date, is listed with its amount, document and reason.
#include "audit/audit.hpp"
#include "ledger/freezes.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_quota_frozen_long(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  for (const auto& f : ledger::freezes_as_of(repo.ledger().quota_freezes(std::nullopt), as_of)) {
    const long days = (as_of - f.frozen_on).days();
    if (!f.held().is_positive() || days < ledger::kFrozenLongDays || !ctx.in_year(f.fiscal_year)) continue;
    Finding finding;
    finding.code = "quota_frozen_long";
    finding.severity = Severity::warn;
    const std::string what = ledger::frozen_what(f.scope, f.target, f.fiscal_year);
    finding.message = text::tr(
        "audit.quota_frozen_long", text::arg("id", f.id), text::arg("what", what),
        text::arg("held", detail::fmt(f.held())), text::arg("since", calendar::format_date(f.frozen_on)),
        text::arg("days", days), text::arg("min", ledger::kFrozenLongDays), text::arg("reason", f.reason));
    finding.subject = {{"freeze", f.id}, {"held", format_yuan(f.held())}, {"days", std::to_string(days)}};
    finding.evidence = {f.id, f.target};
    out.push_back(std::move(finding));
  }
  return out;
}

}  // namespace fundledger::audit
