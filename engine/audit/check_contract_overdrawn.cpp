// contract_overdrawn (超合同支付).
//
// Why: paying a contractor beyond the contract is how project money leaks (超合同、超概算支付).
// fundledger refuses such a payment when it is imported (ledger/commitments.hpp), so a finding here
// means the stored ledger says otherwise — a ledger copied in, or one whose rows were changed — and
// is an error: for each contract signed by the as-of date, what its payments drew (net of reversals
// and recoveries) above its amount.
#include "audit/audit.hpp"
#include "store/project_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_contract_overdrawn(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  for (const auto& c : repo.projects().contracts()) {
    const auto& k = c.contract;
    if (k.signed_on > ctx.as_of_date() || !ctx.in_year(k.fiscal_year) || c.drawn <= k.amount) continue;
    Finding f;
    f.code = "contract_overdrawn";
    f.severity = Severity::error;
    f.message = text::tr("audit.contract_overdrawn", text::arg("contract", k.contract_id),
                         text::arg("project", k.project), text::arg("drawn", detail::fmt(c.drawn)),
                         text::arg("amount", detail::fmt(k.amount)),
                         text::arg("over", detail::fmt(c.drawn - k.amount)));
    f.subject = {
        {"contract", k.contract_id}, {"project", k.project}, {"over", format_yuan(c.drawn - k.amount)}};
    f.evidence = {k.contract_id};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
