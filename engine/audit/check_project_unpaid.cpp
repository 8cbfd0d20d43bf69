// project_unpaid (计划项目 9 月底仍未支付).
//
// Why: a project approved into the year's plan that has paid nothing by 30 September will not be
// finished in the year; the provinces' monitoring ranks counties on it, and the money should be
// re-planned (调整计划) while there is time. For each project planned for a fiscal year Y, once the
// as-of date has reached Y-09-30: no payment of Y's money naming it (by its id or its name) dated by
// then is a warning.
#include "audit/audit.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_project_unpaid(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  const auto lib = projects::Library::load(repo);
  if (lib.all().empty()) return out;
  auto payments = repo.projects().project_payments(ctx.year, as_of);
  for (const auto& p : lib.all()) {
    for (int year : lib.life(p.project_id).plan_years(as_of)) {
      calendar::Date deadline(static_cast<unsigned short>(year), 9, 30);
      if (!ctx.in_year(year) || as_of < deadline) continue;
      bool paid = std::any_of(payments.begin(), payments.end(), [&](const store::ProjectPayment& x) {
        return x.fiscal_year == year && x.date <= deadline && lib.find(x.project) == &p;
      });
      if (paid) continue;
      Finding f;
      f.code = "project_unpaid";
      f.severity = Severity::warn;
      f.message =
          text::tr("audit.project_unpaid", text::arg("project", p.project_id), text::arg("name", p.name),
                   text::arg("year", year), text::arg("date", calendar::format_date(deadline)));
      f.subject = {{"project", p.project_id}, {"year", std::to_string(year)}};
      f.evidence = {p.project_id};
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
