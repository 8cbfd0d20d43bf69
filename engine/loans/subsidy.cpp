// The interest subsidy (贴息): day counting, the exact product, the caps.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "base/assert.hpp"
#include "loans/loans.hpp"
#include "text/text.hpp"

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

// A reason in English (`reasons`, also the JSON's) and in Chinese (`reasons_zh`), with the rule that
// set the limit when there is one.
template <class... Named>
void add_reason(std::vector<std::string>& en, std::vector<std::string>& zh, const std::string& rule,
                std::string_view id, const Named&... named) {
  for (auto [lang, out] : {std::pair{text::Lang::en, &en}, std::pair{text::Lang::zh, &zh}}) {
    auto reason = text::tr_in(lang, id, named...);
    out->push_back(rule.empty() ? reason
                                : text::tr_in(lang, "loans.reason_with_rule", text::arg("reason", reason),
                                              text::arg("rule", rule)));
  }
}

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
  if (t && t->subsidised_principal_max && loan.principal > *t->subsidised_principal_max) {
    s.eligible = Money();
    add_reason(s.reasons, s.reasons_zh, t->rule_id, "loans.reason_principal_over",
               text::arg("principal", yuan(loan.principal)),
               text::arg("max", yuan(*t->subsidised_principal_max)), text::arg("product", loan.product));
  } else {
    if (t && t->subsidy_rate_max && loan.annual_rate > *t->subsidy_rate_max) {
      s.rate_applied = *t->subsidy_rate_max;
      add_reason(s.reasons, s.reasons_zh, t->rule_id, "loans.reason_rate_capped",
                 text::arg("rate", loan.annual_rate_text), text::arg("max", rate_text(*t->subsidy_rate_max)));
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
        add_reason(members[i]->reasons, members[i]->reasons_zh, t->rule_id, "loans.reason_household_share",
                   text::arg("household", household_id), text::arg("product", product),
                   text::arg("sum", yuan(sum)), text::arg("cap", yuan(cap)));
      }
      h.subsidy += cap;
      add_reason(h.reasons, h.reasons_zh, t->rule_id, "loans.reason_household_capped",
                 text::arg("product", product), text::arg("sum", yuan(sum)), text::arg("cap", yuan(cap)));
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
