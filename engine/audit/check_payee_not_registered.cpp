// payee_not_registered (未建档立卡).
//
// Why: relief earmarks (大病救助, 贫困大学生救助, …) may only pay households in the 建档立卡
// register; paying anyone else is 优亲厚友 or 虚报冒领. The rules file names those earmarks
// (`eligible_payees`, require = "registered_household"); a payment from such an earmark to a
// household whose register entry says not registered — or to a payee that is not a household at
// all — is a finding. A payment fully reversed by the as-of date is not.
#include <map>

#include "audit/audit.hpp"
#include "rules/finding_text.hpp"

namespace fundledger::audit {

std::vector<Finding> check_payee_not_registered(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  std::vector<const Rule*> rules;
  for (const auto& r : ctx.rules)
    if (r.kind == "eligible_payees" && (r.require.empty() || r.require == "registered_household"))
      rules.push_back(&r);
  if (rules.empty()) return out;
  std::map<std::string, bool> registered;
  for (const auto& h : repo.audit().household_registrations()) registered[h.household_id] = h.registered;
  for (const auto& p : detail::load_payments(repo, ctx)) {
    if (!p.amount.is_positive()) continue;
    for (const auto* r : rules) {
      if (r->earmark != p.earmark || !r->applies(p.fiscal_year)) continue;
      std::string why;
      if (p.payee_kind != "household")
        why = text::tr("audit.payee_not_household", text::arg("kind", rules::payee_kind_name(p.payee_kind)));
      else if (auto it = registered.find(p.payee_id); it == registered.end())
        why = text::tr("audit.payee_not_in_register");
      else if (!it->second)
        why = text::tr("audit.payee_not_registered_why");
      if (why.empty()) continue;
      Finding f;
      f.code = "payee_not_registered";
      f.severity = r->severity;
      f.rule = r->id;
      f.overridden = p.overridden;
      f.message = text::tr("audit.payee_not_registered", text::arg("voucher", p.voucher),
                           text::arg("date", calendar::format_date(p.date)), text::arg("earmark", p.earmark),
                           text::arg("payee", p.payee_id), text::arg("name", p.payee_name),
                           text::arg("amount", detail::fmt(p.amount)), text::arg("why", why),
                           text::arg("rule", r->id));
      f.subject = {{"payee", p.payee_id}, {"earmark", std::to_string(p.fiscal_year) + "/" + p.earmark}};
      f.evidence = {p.voucher, p.payee_id};
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
