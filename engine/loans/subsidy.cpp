// The interest subsidy (贴息): day counting, the exact product, the caps.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "base/assert.hpp"
#include "loans/loans.hpp"
#include "loans/reasons.hpp"
#include "text/text.hpp"

namespace fundledger::loans {

Date Loan::maturity() const { return calendar::add_months_clamped(start_date, term_months); }

calendar::Period subsidy_period(const Loan& loan, int year) {
  return subsidy_period(loan, year_window(SettlementYear{}, year).days);
}

calendar::Period subsidy_period(const Loan& loan, const calendar::Period& window) {
  Date begin = std::max(loan.start_date, window.begin);
  Date end = std::min(loan.maturity(), window.end);
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

using detail::add_reason;

// One loan's subsidy over `days` before the per-household cap: its days, its rate (capped by the
// product's subsidy_rate_max in settlement year `year`), nothing above the subsidised principal;
// nullopt: no days.
std::optional<LoanSubsidy> loan_subsidy(const Loan& loan, const calendar::Period& days, int year,
                                        DayCount basis, const TermsLookup& terms) {
  auto period = subsidy_period(loan, days);
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
  // An extended loan (展期) still owed after its original maturity earns nothing from that day.
  if (loan.extended_to && period.end == loan.maturity() && loan.maturity() < days.end)
    add_reason(s.reasons, s.reasons_zh, "", "loans.reason_extended",
               text::arg("maturity", calendar::format_date(loan.maturity())),
               text::arg("extended_to", calendar::format_date(*loan.extended_to)));
  s.computed = s.subsidy = s.eligible;
  return s;
}

// What each household's loans of each product earned in the settlement year before the window,
// after the principal and rate caps: counted against the per-household cap.
std::map<std::pair<std::string, std::string>, Money> earned_earlier(const std::vector<Loan>& loans,
                                                                    const SubsidyWindow& w,
                                                                    const SettlementYear& settlement,
                                                                    DayCount basis,
                                                                    const TermsLookup& terms) {
  std::map<std::pair<std::string, std::string>, Money> out;
  const calendar::Period earlier{settlement_year(settlement, w.year).begin, w.days.begin};
  if (earlier.days() <= 0) return out;
  for (const auto& loan : loans)
    if (auto s = loan_subsidy(loan, earlier, w.year, basis, terms))
      out[{loan.household_id, loan.product}] += s->eligible;
  return out;
}

// Per household and product: what the product's cap per household leaves for the window, after what
// the settlement year paid before it, split back over the window's loans.
std::map<std::string, HouseholdSubsidy> cap_households(
    SubsidyResult& r, const TermsLookup& terms,
    const std::map<std::pair<std::string, std::string>, Money>& earlier) {
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
    const auto before_it = earlier.find(key);
    const Money before = before_it == earlier.end() ? Money() : before_it->second;
    h.uncapped += sum;
    h.earlier += before;
    auto t = terms ? terms(product, r.year) : std::nullopt;
    if (!t || !t->subsidy_max_per_household || before + sum <= *t->subsidy_max_per_household) {
      h.subsidy += sum;
      continue;
    }
    const Money cap = *t->subsidy_max_per_household;
    const Money left = before >= cap ? Money() : cap - before;
    std::vector<Int128> weights;
    for (auto* s : members) weights.push_back(s->eligible.fen());
    auto parts = split(left, weights);  // ties to the lower index: members are in loan_id order
    for (std::size_t i = 0; i < members.size(); ++i) {
      members[i]->computed = members[i]->subsidy = parts[i];
      if (before.is_positive())
        add_reason(members[i]->reasons, members[i]->reasons_zh, t->rule_id,
                   "loans.reason_household_share_earlier", text::arg("household", household_id),
                   text::arg("product", product), text::arg("before", yuan(before)),
                   text::arg("sum", yuan(sum)), text::arg("cap", yuan(cap)));
      else
        add_reason(members[i]->reasons, members[i]->reasons_zh, t->rule_id, "loans.reason_household_share",
                   text::arg("household", household_id), text::arg("product", product),
                   text::arg("sum", yuan(sum)), text::arg("cap", yuan(cap)));
    }
    h.subsidy += left;
    add_reason(h.reasons, h.reasons_zh, t->rule_id, "loans.reason_household_capped",
               text::arg("product", product), text::arg("sum", yuan(before + sum)),
               text::arg("cap", yuan(cap)));
  }
  return households;
}

}  // namespace

SubsidyResult compute_subsidy(const std::vector<Loan>& loans, const SubsidyWindow& window,
                              const SettlementYear& settlement, DayCount basis, const TermsLookup& terms) {
  SubsidyResult r;
  r.year = window.year;
  r.window = window;
  r.basis = basis;
  for (const auto& loan : loans)
    if (auto s = loan_subsidy(loan, window.days, window.year, basis, terms)) r.loans.push_back(std::move(*s));
  auto households = cap_households(r, terms, earned_earlier(loans, window, settlement, basis, terms));
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

void keep_bank(SubsidyResult& r, const std::string& bank) {
  std::erase_if(r.loans, [&](const LoanSubsidy& s) { return s.loan->bank != bank; });
  std::map<std::string, std::pair<Money, Money>> kept;  // household -> (uncapped, subsidy)
  for (const auto& s : r.loans) {
    auto& [uncapped, subsidy] = kept[s.loan->household_id];
    uncapped += s.eligible;
    subsidy += s.subsidy;
  }
  std::erase_if(r.households, [&](const HouseholdSubsidy& h) { return !kept.count(h.household_id); });
  r.total = Money();
  for (auto& h : r.households) {
    std::tie(h.uncapped, h.subsidy) = kept[h.household_id];
    r.total += h.subsidy;
  }
}

SubsidyResult compute_subsidy(const std::vector<Loan>& loans, int year, DayCount basis,
                              const TermsLookup& terms) {
  const SettlementYear calendar_year;
  return compute_subsidy(loans, year_window(calendar_year, year), calendar_year, basis, terms);
}

}  // namespace fundledger::loans
