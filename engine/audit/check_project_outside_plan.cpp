// project_outside_plan (项目库外或计划外支付).
//
// Why: funds go, in principle, only to projects approved into the year's plan (项目库管理): a payment
// to a project that is not in the library, not planned for the payment's year by its date, or paid
// after the project was accepted or withdrawn is what auditors list first when they check the
// project library against the ledger. Every such payment is a finding, those let through with
// --override too (marked overridden). The severity is that of a `project_in_library` rule in force
// for the year; without one the check warns. A ledger with no project library and no such rule is
// not judged.
#include "audit/audit.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_project_outside_plan(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  // A county that keeps no project library (and has no project_in_library rule) names programmes
  // in the project column as free text: nothing to judge them against.
  const auto lib = projects::Library::load(repo);
  bool ruled = std::any_of(ctx.rules.begin(), ctx.rules.end(),
                           [](const Rule& r) { return r.kind == "project_in_library"; });
  if (lib.all().empty() && !ruled) return out;
  auto payments = repo.projects().project_payments(ctx.year, ctx.as_of_date());
  for (const auto& p : payments) {
    auto why = projects::payment_refusal(lib, p.project, p.fiscal_year, p.date);
    if (!why) continue;
    Finding f;
    f.code = "project_outside_plan";
    f.severity = Severity::warn;
    for (const auto& r : ctx.rules)
      if (r.kind == "project_in_library" && r.applies(p.fiscal_year)) {
        f.rule = r.id;
        f.severity = r.severity;
      }
    f.overridden = p.overridden;
    f.message = text::tr("audit.project_outside_plan", text::arg("voucher", p.voucher),
                         text::arg("date", calendar::format_date(p.date)),
                         text::arg("amount", detail::fmt(p.amount)), text::arg("why", *why));
    f.subject = {{"project", p.project}, {"voucher", p.voucher}, {"amount", format_yuan(p.amount)}};
    f.evidence = {p.voucher};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
