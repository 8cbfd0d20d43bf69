// The interest subsidy (贴息): day counting, the exact product, the caps.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "base/assert.hpp"
#include "loans/loans.hpp"

namespace fundledger::loans {

Date Loan::maturity() const { return calendar::add_months_clamped(start_date, term_months); }

calendar::Period subsidy_period(const Loan& loan, int year) {
  const Date jan1(static_cast<unsigned short>(year), 1, 1);
  const Date next_jan1(static_cast<unsigned short>(year + 1), 1, 1);
  Date begin = std::max(loan.start_date, jan1);
  Date end = std::min(loan.maturity(), next_jan1);
  // The subsidy stops on the first overdue day, the day of repayment and the day of write-off:
  // those days are not in the half-open interval.
  for (const auto& d : {loan.overdue_since, loan.repaid_on, loan.written_off_on})
    if (d) end = std::min(end, *d);
  if (end < begin) end = begin;
  return {begin, end};
}

Money interest(const Money& principal, const Rational& rate, long days, DayCount basis) {
  FL_ASSERT(days >= 0, "days >= 0");
  FL_ASSERT(rate >= 0, "rate >= 0");
  // One exact rational, one rounding: fen × rate × days / basis.
  Rational exact = Rational(principal.fen().convert_to<boost::multiprecision::cpp_int>()) * rate *
                   Rational(days) / Rational(calendar::day_count_basis(basis));
  return Money::from_fen(round_to_integer(exact, Rounding::half_up));
}

namespace {

std::string yuan(const Money& m) { return format_yuan(m); }

}  // namespace

namespace {

// One loan's subsidy in `year` before the per-household cap: its days, its rate (capped by the
// product's subsidy_rate_max), nothing above the subsidised principal; nullopt: no days in `year`.
std::optional<LoanSubsidy> loan_subsidy(const Loan& loan, int year, DayCount basis,
                                        const TermsLookup& terms) {
  auto period = subsidy_period(loan, year);
  if (period.days() <= 0) return std::nullopt;
  LoanSubsidy s;
  s.loan = &loan;
  s.period = period;
  s.days = period.days();
  s.rate_applied = loan.annual_rate;
  s.uncapped = interest(loan.principal, loan.annual_rate, s.days, basis);
  auto t = terms ? terms(loan.product, year) : std::nullopt;
  std::string rule = t && !t->rule_id.empty() ? " (rule " + t->rule_id + ")" : "";
  std::string rule_zh = t && !t->rule_id.empty() ? "(规则 " + t->rule_id + ")" : "";
  if (t && t->subsidised_principal_max && loan.principal > *t->subsidised_principal_max) {
    s.eligible = Money();
    s.reasons.push_back("principal " + yuan(loan.principal) + " is above the subsidised maximum " +
                        yuan(*t->subsidised_principal_max) + " for " + loan.product + ": no subsidy" + rule);
    s.reasons_zh.push_back("本金 " + yuan(loan.principal) + " 超过贴息本金上限 " +
                           yuan(*t->subsidised_principal_max) + ",不予贴息" + rule_zh);
  } else {
    if (t && t->subsidy_rate_max && loan.annual_rate > *t->subsidy_rate_max) {
      s.rate_applied = *t->subsidy_rate_max;
      s.reasons.push_back("rate " + loan.annual_rate_text + " capped at " + rate_text(*t->subsidy_rate_max) +
                          rule);
      s.reasons_zh.push_back("利率 " + loan.annual_rate_text + " 按贴息利率上限 " +
                             rate_text(*t->subsidy_rate_max) + " 计" + rule_zh);
    }
    s.eligible = interest(loan.principal, s.rate_applied, s.days, basis);
  }
  s.subsidy = s.eligible;
  return s;
}

// Per household and product: the product's cap per household, split back over its loans.
std::map<std::string, HouseholdSubsidy> cap_households(SubsidyResult& r, int year, const TermsLookup& terms) {
  std::map<std::string, HouseholdSubsidy> households;
  std::map<std::pair<std::string, std::string>, std::vector<LoanSubsidy*>> groups;
  for (auto& s : r.loans) groups[{s.loan->household_id, s.loan->product}].push_back(&s);
  for (auto& [key, members] : groups) {
    const auto& [household_id, product] = key;
    auto& h = households[household_id];
    h.household_id = household_id;
    h.head_name = members.front()->loan->head_name;
    h.town = members.front()->loan->town;
    h.village = members.front()->loan->village;
    Money sum;
    for (auto* s : members) sum += s->eligible;
    h.uncapped += sum;
    auto t = terms ? terms(product, year) : std::nullopt;
    if (t && t->subsidy_max_per_household && sum > *t->subsidy_max_per_household) {
      const Money cap = *t->subsidy_max_per_household;
      std::vector<Int128> weights;
      for (auto* s : members) weights.push_back(s->eligible.fen());
      auto parts = split(cap, weights);  // ties to the lower index: members are in loan_id order
      for (std::size_t i = 0; i < members.size(); ++i) {
        members[i]->subsidy = parts[i];
        members[i]->reasons.push_back("household " + household_id + "'s " + product + " subsidies " +
                                      yuan(sum) + " capped at " + yuan(cap) + " per household and year" +
                                      (t->rule_id.empty() ? "" : " (rule " + t->rule_id + ")"));
        members[i]->reasons_zh.push_back("该户 " + product + " 贴息合计 " + yuan(sum) + " 超过每户每年上限 " +
                                         yuan(cap) + (t->rule_id.empty() ? "" : "(规则 " + t->rule_id + ")"));
      }
      h.subsidy += cap;
      h.reasons.push_back(product + " subsidies " + yuan(sum) + " capped at " + yuan(cap) + " per household" +
                          (t->rule_id.empty() ? "" : " (rule " + t->rule_id + ")"));
      h.reasons_zh.push_back(product + " 贴息 " + yuan(sum) + " 按每户上限 " + yuan(cap) + " 计" +
                             (t->rule_id.empty() ? "" : "(规则 " + t->rule_id + ")"));
    } else {
      h.subsidy += sum;
    }
  }
  return households;
}

}  // namespace

SubsidyResult compute_subsidy(const std::vector<Loan>& loans, int year, DayCount basis,
                              const TermsLookup& terms) {
  SubsidyResult r;
  r.year = year;
  r.basis = basis;
  for (const auto& loan : loans)
    if (auto s = loan_subsidy(loan, year, basis, terms)) r.loans.push_back(std::move(*s));
  auto households = cap_households(r, year, terms);
  for (auto& [id, h] : households) {
    r.total += h.subsidy;
    r.households.push_back(std::move(h));
  }
  // The parts add up: the loans' subsidies are exactly the households' and the total.
  Money check;
  for (const auto& s : r.loans) check += s.subsidy;
  FL_ASSERT(check == r.total, "subsidy: the loans' subsidies add up to the households' total");
  return r;
}

}  // namespace fundledger::loans
