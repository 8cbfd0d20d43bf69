// The risk compensation fund (风险补偿金): shares of a loss and of recoveries, and a fund's position.
#include "loans/risk_fund.hpp"

#include <algorithm>

namespace fundledger::loans {

namespace {

std::string yuan(const Money& m) { return format_for_people(m); }
std::string day(const Date& d) { return calendar::format_date(d); }

Refusal refuse(std::string id, text::Fields args) { return {std::move(id), std::move(args)}; }

// Recovered so far on a loan by the recoveries recorded (amount and the fund's part).
std::pair<Money, Money> recovered_of(const std::string& loan_id,
                                     const std::vector<entries::LoanCompensation>& recorded) {
  Money amount, fund;
  for (const auto& r : recorded)
    if (r.kind == "recover" && r.loan_id == loan_id) amount += r.amount, fund += r.fund_share;
  return {amount, fund};
}

}  // namespace

Shares share(const Money& amount, const Rational& fund_share) {
  Shares s;
  s.amount = amount;
  s.fund = multiply(amount, fund_share, Rounding::half_up);
  s.bank = amount - s.fund;
  return s;
}

std::optional<entries::LoanCompensation> compensation_of(
    const std::string& loan_id, const std::vector<entries::LoanCompensation>& recorded) {
  for (const auto& r : recorded)
    if (r.kind == "compensate" && r.loan_id == loan_id) return r;
  return std::nullopt;
}

std::variant<Shares, Refusal> plan_compensation(const Loan& loan, const FundRule& rule, const Date& date,
                                                const std::optional<Money>& loss,
                                                const std::vector<entries::LoanCompensation>& recorded) {
  if (loan.bank != rule.bank || loan.product != rule.product)
    return refuse("compensate.not_covered", {{"loan", loan.loan_id},
                                             {"bank", loan.bank},
                                             {"product", loan.product},
                                             {"rule", rule.rule_id},
                                             {"rule_bank", rule.bank},
                                             {"rule_product", rule.product}});
  if (auto c = compensation_of(loan.loan_id, recorded))
    return refuse("compensate.already", {{"loan", loan.loan_id}, {"id", c->comp_id}, {"date", day(c->date)}});
  if (loan.repaid_on && *loan.repaid_on <= date)
    return refuse("compensate.repaid", {{"loan", loan.loan_id}, {"repaid", day(*loan.repaid_on)}});
  if (!loan.overdue_since || *loan.overdue_since > date)
    return refuse("compensate.not_overdue", {{"loan", loan.loan_id}, {"date", day(date)}});
  const long days = calendar::days_between(*loan.overdue_since, date) + 1;  // the first day is day 1
  if (days < rule.days)
    return refuse("compensate.too_soon", {{"loan", loan.loan_id},
                                          {"since", day(*loan.overdue_since)},
                                          {"days", std::to_string(days)},
                                          {"min", std::to_string(rule.days)},
                                          {"rule", rule.rule_id}});
  const Money amount = loss.value_or(loan.principal);
  if (!amount.is_positive() || amount > loan.principal)
    return refuse("compensate.loss_out_of_range",
                  {{"loan", loan.loan_id}, {"loss", yuan(amount)}, {"principal", yuan(loan.principal)}});
  Shares s = share(amount, rule.fund_share);
  s.days_overdue = days;
  return s;
}

std::variant<Shares, Refusal> plan_recovery(const std::string& loan_id, const Date& date, const Money& amount,
                                            const std::vector<entries::LoanCompensation>& recorded) {
  auto c = compensation_of(loan_id, recorded);
  if (!c || c->date > date)
    return refuse("recover.not_compensated", {{"loan", loan_id}, {"date", day(date)}});
  const auto [before, fund_before] = recovered_of(loan_id, recorded);
  if (!amount.is_positive() || before + amount > c->amount)
    return refuse("recover.beyond_loss", {{"loan", loan_id},
                                          {"amount", yuan(amount)},
                                          {"loss", yuan(c->amount)},
                                          {"recovered", yuan(before)}});
  Shares s;
  s.amount = amount;
  // The proportion of the compensation itself; the recovery that makes up the whole loss gives the
  // fund what is left of its share, so the parts add up to the fen.
  s.fund = before + amount == c->amount
               ? c->fund_share - fund_before
               : multiply(amount,
                          Rational(c->fund_share.fen().convert_to<boost::multiprecision::cpp_int>(),
                                   c->amount.fen().convert_to<boost::multiprecision::cpp_int>()),
                          Rounding::half_up);
  s.bank = amount - s.fund;
  if (!s.fund.is_positive())
    return refuse("recover.too_small", {{"loan", loan_id}, {"amount", yuan(amount)}});
  return s;
}

Date quarter_start(const Date& d) {
  const auto month = static_cast<unsigned short>((d.month() - 1) / 3 * 3 + 1);
  return Date(d.year(), month, 1);
}

Money FundPosition::shortfall() const { return required > balance ? required - balance : Money(); }

FundPosition fund_position(const FundRule& rule, const std::vector<Loan>& loans,
                           const std::vector<store::EarmarkMovementRow>& movements,
                           const std::vector<entries::LoanCompensation>& recorded, const Date& as_of) {
  FundPosition f;
  f.rule = rule;
  f.quarter_start = quarter_start(as_of);
  const Date eve = f.quarter_start - boost::gregorian::days(1);
  for (const auto& l : loans) {
    if (l.bank != rule.bank || l.product != rule.product || l.start_date > eve) continue;
    const bool ended = (l.repaid_on && *l.repaid_on <= eve) || (l.written_off_on && *l.written_off_on <= eve);
    if (!ended) f.loan_balance += l.principal;
  }
  f.required = rule.size ? *rule.size : multiply(f.loan_balance, *rule.size_rate, Rounding::half_up);
  std::vector<std::string> paid_as_compensation, booked_as_recovery;
  for (const auto& r : recorded)
    (r.kind == "compensate" ? paid_as_compensation : booked_as_recovery).push_back(r.voucher);
  auto among = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (const auto& m : movements) {
    if (m.kind == "alloc")
      (m.category == "risk_fund" ? f.interest : f.deposits) += m.amount;
    else if (among(paid_as_compensation, m.voucher))
      f.compensated += m.amount;
    else if (among(booked_as_recovery, m.voucher))
      f.recovered -= m.amount;  // a recovery's pay flow is negative
    else
      f.other_paid += m.amount;
  }
  f.balance = f.deposits + f.interest - f.compensated + f.recovered - f.other_paid;
  return f;
}

}  // namespace fundledger::loans
