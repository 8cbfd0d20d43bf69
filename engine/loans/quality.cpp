#include "loans/quality.hpp"

#include <map>

namespace fundledger::loans {

namespace {

bool closed_by(const Loan& l, const Date& d) {
  return (l.repaid_on && *l.repaid_on <= d) || (l.written_off_on && *l.written_off_on <= d);
}

std::string key_of(const Loan& l, const std::string& by) {
  if (by == "bank") return l.bank;
  if (by == "town") return l.town;
  if (by == "village") return l.town + "/" + l.village;
  if (by == "household") return l.household_id;
  return l.product;
}

void add(QualityRow& row, const Loan& l, const Date& as_of) {
  if (l.written_off_on && *l.written_off_on <= as_of) row.written_off += l.principal;
  if (closed_by(l, as_of)) return;
  ++row.loans;
  row.outstanding += l.principal;
  if (long days = days_overdue(l, as_of); days > 0) row.overdue[band_of(days)] += l.principal;
}

}  // namespace

long days_overdue(const Loan& loan, const Date& as_of) {
  if (loan.start_date > as_of || closed_by(loan, as_of)) return 0;
  if (!loan.overdue_since || *loan.overdue_since > as_of) return 0;
  return calendar::days_between(*loan.overdue_since, as_of) + 1;
}

std::size_t band_of(long days) {
  if (days <= 30) return 0;
  if (days <= kNonPerformingDays) return 1;
  if (days <= 180) return 2;
  return 3;
}

Money QualityRow::overdue_total() const {
  Money sum;
  for (const auto& m : overdue) sum += m;
  return sum;
}

Money QualityRow::non_performing() const { return overdue[2] + overdue[3]; }

std::optional<Rational> QualityRow::npl_ratio() const {
  if (!outstanding.is_positive()) return std::nullopt;
  return Rational(non_performing().fen(), outstanding.fen());
}

Quality loan_quality(const std::vector<Loan>& loans, const std::string& by, const Date& as_of) {
  std::map<std::string, QualityRow> rows;
  Quality q{by, as_of, {}, {}};
  q.total.key = "total";
  for (const auto& l : loans) {
    if (l.start_date > as_of) continue;
    QualityRow& row = rows[key_of(l, by)];
    add(row, l, as_of);
    add(q.total, l, as_of);
  }
  for (auto& [key, row] : rows) {
    row.key = key;
    q.rows.push_back(std::move(row));
  }
  return q;
}

void add_compensations(Quality& q, const std::vector<Loan>& loans,
                       const std::vector<entries::LoanCompensation>& compensations) {
  std::map<std::string, std::string> key_of_loan;
  for (const auto& l : loans) key_of_loan.emplace(l.loan_id, key_of(l, q.by));
  std::map<std::string, QualityRow*> row_of_key;
  for (auto& row : q.rows) row_of_key.emplace(row.key, &row);
  for (const auto& c : compensations) {
    if (c.date > q.as_of) continue;
    const auto key = key_of_loan.find(c.loan_id);
    const auto row = key == key_of_loan.end() ? row_of_key.end() : row_of_key.find(key->second);
    for (QualityRow* r : {row == row_of_key.end() ? nullptr : row->second, &q.total}) {
      if (!r) continue;
      (c.kind == "compensate" ? r->compensated : r->recovered) += c.amount;
    }
  }
}

}  // namespace fundledger::loans
