// carryover_stale (结转资金滞留).
//
// Why: money carried over at a year end is meant to be spent in the next year; money carried through
// two year-ends or more and still unused is 滞留 — received, neither spent nor returned, the auditors'
// 资金沉淀 at its plainest (and, past two year-ends, due for recall). The latest close recorded by the
// audit's date is read: each row carried through at least two year-ends that still has money left at
// the end of the audit date's month is listed with its source, earmark, years and what is left.
#include "audit/audit.hpp"
#include "ledger/year_end.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

namespace {
constexpr int kStaleYears = 2;  // carried through this many year-ends: more than a year old
}  // namespace

std::vector<Finding> check_carryover_stale(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  std::optional<store::YearCloseRow> latest;
  for (auto& c : repo.ledger().year_closes())
    if (c.close.date <= as_of && (!latest || c.close.fiscal_year > latest->close.fiscal_year)) latest = c;
  if (!latest) return out;
  const std::string month = calendar::format_date(as_of).substr(0, 7);
  for (const auto& s : ledger::carryover_as_of(repo.ledger(), latest->close, month)) {
    if (s.row.years < kStaleYears || !s.left().is_positive() || !ctx.in_year(s.row.money_year)) continue;
    const std::string earmark = s.row.earmark.empty() ? text::tr("carryover.at_source") : s.row.earmark;
    Finding finding;
    finding.code = "carryover_stale";
    finding.severity = Severity::warn;
    finding.message = text::tr(
        "audit.carryover_stale", text::arg("money_year", s.row.money_year),
        text::arg("source", s.row.source_doc), text::arg("earmark", earmark), text::arg("years", s.row.years),
        text::arg("date", calendar::format_date(as_of)), text::arg("left", detail::fmt(s.left())));
    finding.subject = {{"source", s.row.source_doc},
                       {"earmark", s.row.earmark},
                       {"money_year", std::to_string(s.row.money_year)},
                       {"left", format_yuan(s.left())},
                       {"years", std::to_string(s.row.years)}};
    finding.evidence = {s.row.source_doc};
    out.push_back(std::move(finding));
  }
  return out;
}

}  // namespace fundledger::audit
