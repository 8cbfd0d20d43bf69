// paid_to_government (资金拨入实有资金账户).
//
// Why: poverty money is to reach its final recipients — households, cooperatives, the enterprises
// that built a project. A payment to a government payee (the bureau's own or a town's 实有资金账户,
// payee kind `government`) books the money as spent while it has only moved to another public
// account, where audits keep finding it lying idle, lent out or spent on other things (以拨代支). The
// money may be on its way to recipients legitimately (a town paying households on the county's
// behalf), so it is a warning for someone to follow up, not an error; an `audit_check` rule with
// `check = "paid_to_government"` sets another severity.
//
// What it decides: one finding per government payee and fiscal year (of the money), with the
// payments' total net of the reversals and recoveries recorded by the as-of date, and the vouchers
// (by date) as evidence; a payment wholly reversed or recovered is not counted, and a payee whose
// payments of the year net to nothing is not reported.
#include <map>

#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_paid_to_government(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto& payments = detail::load_payments(repo, ctx);
  struct Group {
    Money total;
    std::vector<std::size_t> rows;  // by date and voucher, as load_payments reads them
  };
  std::map<std::pair<int, std::string>, Group> groups;
  for (std::size_t i = 0; i < payments.size(); ++i) {
    const auto& p = payments[i];
    if (p.payee_kind != "government" || p.amount.is_zero()) continue;
    auto& g = groups[{p.fiscal_year, p.payee_id}];
    g.total += p.amount;
    g.rows.push_back(i);
  }
  for (const auto& [key, g] : groups) {
    const auto& [fy, payee] = key;
    const auto& last = payments[g.rows.back()];  // the name on its latest payment
    Finding f;
    f.code = "paid_to_government";
    f.severity = Severity::warn;
    f.message =
        text::tr("audit.paid_to_government", text::arg("year", fy), text::arg("payee", payee),
                 text::arg("name", last.payee_name), text::arg("count", static_cast<long>(g.rows.size())),
                 text::arg("total", detail::fmt(g.total)));
    f.subject = {{"payee", payee}, {"year", std::to_string(fy)}, {"total", format_yuan(g.total)}};
    for (auto i : g.rows) f.evidence.push_back(payments[i].voucher);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
