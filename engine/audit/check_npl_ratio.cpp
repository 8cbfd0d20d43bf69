// npl_ratio_exceeded (不良率超限, issue 21).
//
// Why: 扶贫小额信贷 is lent without collateral or guarantee, and the county's risk compensation fund
// pays most of what is lost; when a lending bank's non-performing loans pass the ratio the province
// sets (often 2%), the bureau and the bank are to stop and review before lending more there.
// Only a rule of kind `npl_ratio_max` turns the check on: `max_rate` (a rate, "2%"), optionally of
// one `bank` and of one `product`. For each rule in force in the audit's year (the as-of date's
// year when none is given), each bank's loans (of the rule's product) are judged as of the audit's
// date (engine/loans/quality.hpp: non-performing = overdue more than 90 days, ÷ outstanding); a
// ratio above max_rate (exactly at it is not) is a finding with the rule's severity, and the loans
// the bank made in the 90 days up to the date — its new loans while over the limit — are flagged for
// review as the finding's evidence (with the non-performing loans).
#include "audit/audit.hpp"
#include "loans/quality.hpp"
#include "rules/rules.hpp"

namespace fundledger::audit {

namespace {

constexpr long kNewLoanDays = 90;

std::vector<loans::Loan> in_scope(const std::vector<loans::Loan>& all, const Rule& r) {
  std::vector<loans::Loan> out;
  for (const auto& l : all)
    if ((!r.bank || l.bank == *r.bank) && (!r.product || l.product == *r.product)) out.push_back(l);
  return out;
}

Finding finding_of(const Rule& r, const loans::QualityRow& row, const std::vector<loans::Loan>& scoped,
                   const calendar::Date& as_of) {
  std::vector<std::string> bad, fresh;
  for (const auto& l : scoped) {
    if (l.bank != row.key) continue;
    if (loans::days_overdue(l, as_of) > loans::kNonPerformingDays) bad.push_back(l.loan_id);
    const long age = calendar::days_between(l.start_date, as_of);
    if (age >= 0 && age < kNewLoanDays) fresh.push_back(l.loan_id);
  }
  Finding f;
  f.code = "npl_ratio_exceeded";
  f.severity = r.severity;
  f.rule = r.id;
  f.message = text::tr(
      "audit.npl_ratio_exceeded", text::arg("bank", row.key), text::arg("date", calendar::format_date(as_of)),
      text::arg("ratio", rules::fmt_pct(*row.npl_ratio())), text::arg("max", rules::fmt_pct(*r.max_rate)),
      text::arg("outstanding", detail::fmt(row.outstanding)),
      text::arg("npl", detail::fmt(row.non_performing())), text::arg("days", kNewLoanDays),
      text::arg("new_loans", static_cast<long>(fresh.size())));
  f.subject = {{"bank", row.key},
               {"npl_ratio", format_ratio(*row.npl_ratio())},
               {"max_rate", format_ratio(*r.max_rate)},
               {"new_loans", std::to_string(fresh.size())}};
  f.evidence = bad;
  f.evidence.insert(f.evidence.end(), fresh.begin(), fresh.end());
  return f;
}

}  // namespace

std::vector<Finding> check_npl_ratio(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  const int year = ctx.year.value_or(calendar::fiscal_year_of(as_of));
  std::optional<std::vector<loans::Loan>> all;
  for (const auto& r : ctx.rules) {
    if (r.kind != "npl_ratio_max" || !r.applies(year) || !r.max_rate) continue;
    if (!all) all = loans::load_loans(repo);
    const auto scoped = in_scope(*all, r);
    for (const auto& row : loans::loan_quality(scoped, "bank", as_of).rows) {
      const auto ratio = row.npl_ratio();
      if (ratio && *ratio > *r.max_rate) out.push_back(finding_of(r, row, scoped, as_of));
    }
  }
  return out;
}

}  // namespace fundledger::audit
