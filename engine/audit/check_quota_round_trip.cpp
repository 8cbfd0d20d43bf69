// quota_round_trip (指标调出又调回).
//
// Why: a transfer of quota (调剂) moves a line's budget to another line for a reason the document
// gives; moving it back within a month says the first move was not needed — or was made to get past
// the line's control for a while (allocate under the other line, then move the quota home). Each
// transfer out of a line followed, within 31 days and as of the audit's date, by a transfer from the
// receiving line back to it is listed once, with both documents and the amount that came back.
#include <algorithm>

#include "audit/audit.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

namespace {
constexpr long kRoundTripDays = 31;

bool moves_back(const entries::QuotaOp& out, const entries::QuotaOp& back) {
  return back.op == "transfer" && back.from == out.to.value_or("") && back.to == out.from &&
         back.date >= out.date && (back.date - out.date).days() <= kRoundTripDays;
}
}  // namespace

std::vector<Finding> check_quota_round_trip(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  auto ops = repo.ledger().quota_ops(ctx.year);
  std::erase_if(ops, [&](const auto& r) { return r.op.op != "transfer" || r.op.date > as_of; });
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const auto& there = ops[i];
    auto back = std::find_if(ops.begin() + static_cast<long>(i) + 1, ops.end(), [&](const auto& r) {
      return r.fiscal_year == there.fiscal_year && moves_back(there.op, r.op);
    });
    if (back == ops.end()) continue;
    const Money returned = std::min(there.op.amount, back->op.amount);
    const long days = (back->op.date - there.op.date).days();
    Finding f;
    f.code = "quota_round_trip";
    f.severity = Severity::warn;
    f.message = text::tr(
        "audit.quota_round_trip", text::arg("year", there.fiscal_year), text::arg("from", there.op.from),
        text::arg("to", there.op.to.value_or("")), text::arg("amount", detail::fmt(there.op.amount)),
        text::arg("date", calendar::format_date(there.op.date)), text::arg("doc", there.doc_no.value_or("-")),
        text::arg("returned", detail::fmt(returned)),
        text::arg("back_date", calendar::format_date(back->op.date)),
        text::arg("back_doc", back->doc_no.value_or("-")), text::arg("days", days));
    f.subject = {{"line", std::to_string(there.fiscal_year) + "/" + there.op.from},
                 {"returned", format_yuan(returned)},
                 {"days", std::to_string(days)}};
    f.evidence = {std::to_string(there.fiscal_year) + "/r" + std::to_string(there.revision),
                  std::to_string(back->fiscal_year) + "/r" + std::to_string(back->revision)};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
