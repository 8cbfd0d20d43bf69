// advance_unsettled (预拨长期挂账).
//
// Why: an advance (预拨) is money the treasury fronted before the quota arrived, to be settled (核销)
// by the source that arrives; one still outstanding long after it was paid out means the quota never
// came, or came and was spent elsewhere while the advance stayed on the books — the auditors' 暂付款
// 长期挂账. Each advance received by the audit's date with money still outstanding 90 days or more
// after it is listed with what is outstanding, what was paid of it and the days.
#include "audit/audit.hpp"
#include "ledger/advances.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

namespace {
constexpr long kUnsettledDays = 90;
}  // namespace

std::vector<Finding> check_advance_unsettled(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  for (const auto& a : ledger::advances_as_of(repo.ledger(), as_of)) {
    if (a.days < kUnsettledDays || !a.outstanding().is_positive() || !ctx.in_year(a.fiscal_year)) continue;
    Finding finding;
    finding.code = "advance_unsettled";
    finding.severity = Severity::warn;
    finding.message = text::tr("audit.advance_unsettled", text::arg("advance", a.doc_no),
                               text::arg("date", calendar::format_date(a.date)), text::arg("name", a.name),
                               text::arg("days", a.days), text::arg("limit", kUnsettledDays),
                               text::arg("outstanding", detail::fmt(a.outstanding())),
                               text::arg("paid", detail::fmt(a.paid)));
    finding.subject = {{"advance", a.doc_no},
                       {"outstanding", format_yuan(a.outstanding())},
                       {"days", std::to_string(a.days)}};
    finding.evidence = {a.doc_no};
    out.push_back(std::move(finding));
  }
  return out;
}

}  // namespace fundledger::audit
