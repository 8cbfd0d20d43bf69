// The invariants, one function each (see invariants.hpp).
#include "ledger/invariants.hpp"

namespace fundledger::ledger {

namespace {
std::string yuan(const Money& m) { return format_for_people(m); }
std::string day(const Date& d) { return calendar::format_date(d); }

template <class Flows>
Money sum_of(const Flows& flows) {
  Money s;
  for (const auto& f : flows) s += f.amount;
  return s;
}
}  // namespace

std::optional<Violation> lot_covers(const std::string& lot, const DatedBalance& changes, const Date& date,
                                    const Money& spend) {
  Money available = changes.available_on(date);
  if (spend <= available) return std::nullopt;
  Money balance = changes.total();
  return Violation{Invariant::lot_overspent,
                   std::nullopt,
                   {lot, yuan(balance - spend), day(date), yuan(spend), yuan(available)}};
}

Money source_unallocated(const entries::Source& source, const DatedBalance& changes, const Date& date) {
  return std::min(source.amount + changes.total(), changes.available_on(date, source.amount));
}

std::optional<Violation> source_covers(const entries::Source& source, const DatedBalance& changes,
                                       const Date& date, const Money& amount) {
  Money allocated = changes.total().negated();
  Money unallocated = source_unallocated(source, changes, date);
  if (amount <= unallocated) return std::nullopt;
  return Violation{Invariant::source_over_allocated,
                   std::nullopt,
                   {source.doc_no, yuan(source.amount), yuan(allocated + amount), day(date), yuan(amount),
                    yuan(unallocated)}};
}

std::optional<Violation> payment_attributed(const entries::Disbursement& d) {
  Money attributed = sum_of(d.flows);
  if (attributed == d.amount) return std::nullopt;
  return Violation{
      Invariant::payment_misattributed, std::nullopt, {d.voucher, yuan(d.amount), yuan(attributed)}};
}

std::optional<Violation> allocation_matches_flow(const entries::Allocation& a) {
  if (sum_of(a.flows) == a.amount) return std::nullopt;
  return Violation{Invariant::allocation_unmatched, std::nullopt, {a.voucher}};
}

std::optional<Violation> line_covers(const LineLimit& line, const Money& allocated, const Money& amount,
                                     const Money& frozen) {
  if (line.open_ended || allocated + frozen + amount <= line.amount) return std::nullopt;
  Violation v{Invariant::line_over_allocated,
              std::nullopt,
              {std::to_string(line.fiscal_year), line.code, line.name, yuan(line.amount), yuan(allocated),
               yuan(amount), yuan(allocated + frozen + amount - line.amount)}};
  if (!frozen.is_zero()) v.facts.push_back(yuan(frozen));
  return v;
}

std::optional<Violation> line_holds(const LineLimit& line, const Money& allocated, const Money& frozen) {
  if (line.open_ended || allocated + frozen <= line.amount) return std::nullopt;
  Violation v{Invariant::line_over_allocated,
              std::nullopt,
              {std::to_string(line.fiscal_year), line.code, line.name, yuan(line.amount), yuan(allocated)}};
  if (!frozen.is_zero()) v.facts.push_back(yuan(frozen));
  return v;
}

std::optional<Violation> budget_balanced(const entries::Budget& b) {
  Money lines;
  for (const auto& l : b.lines) lines += l.amount;
  if (lines == b.total) return std::nullopt;
  return Violation{Invariant::budget_unbalanced, std::nullopt, {std::to_string(b.fiscal_year)}};
}

}  // namespace fundledger::ledger
