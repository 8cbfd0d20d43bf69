// forbidden_use (挪用 / 负面清单).
//
// Why: some money may not pay for some purposes — policy-bank loans are not relief grants, say
// (the negative list, 负面清单). Diverting it (截留挪用) shows in two places: an allocation that
// moves a forbidden category's money into an earmark with a forbidden purpose, and a payment whose
// stored attribution (table `flow`) draws on such money. Both are findings, with the voucher and
// the document. A payment is judged on its net attribution as of the as-of date.
#include <algorithm>
#include <map>

#include "audit/audit.hpp"
#include "ledger/ledger.hpp"
#include "rules/finding_text.hpp"

namespace fundledger::audit {

std::vector<Finding> check_forbidden_use(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  std::map<std::pair<int, std::string>, std::string> purpose;  // (fy, earmark) -> purpose tag
  bool any = false;
  for (const auto& r : ctx.rules) any = any || r.kind == "forbidden_use";
  if (!any) return out;
  for (const auto& l : ledger::earmark_lines(repo, ctx.year)) purpose[{l.fiscal_year, l.code}] = l.purpose;
  auto forbidden = [&](const Rule& r, int fy, const std::string& earmark) {
    auto it = purpose.find({fy, earmark});
    return it != purpose.end() &&
           std::find(r.purposes.begin(), r.purposes.end(), it->second) != r.purposes.end();
  };
  auto& reads = repo.audit();
  for (const auto& r : ctx.rules) {
    if (r.kind != "forbidden_use") continue;
    // Lots of the category in earmarks of a forbidden purpose: the allocations (and transfers, 调剂,
    // that moved such money in), and the payments that drew on them. A reversal or recovery is
    // folded into the voucher it corrects, so a fully reversed entry nets to zero and is not shown.
    reads.for_each_category_flow(r.category, ctx.as_of_date(), ctx.year, [&](const store::CategoryFlow& row) {
      const int fy = row.fiscal_year;
      const std::string& earmark = row.earmark;
      const std::string& doc = row.source_doc;
      const Money& amount = row.amount;
      if (!r.applies(fy) || !amount.is_positive() || !forbidden(r, fy, earmark)) return;
      Finding f;
      f.code = "forbidden_use";
      f.severity = r.severity;
      f.rule = r.id;
      f.overridden = reads.entry_overridden(row.first_entry_id);
      f.message =
          text::tr(row.kind == "alloc" ? "audit.forbidden_use_allocation" : "audit.forbidden_use_payment",
                   text::arg("voucher", row.voucher), text::arg("category", rules::category_name(r.category)),
                   text::arg("doc", doc), text::arg("amount", detail::fmt(amount)), text::arg("year", fy),
                   text::arg("earmark", earmark), text::arg("purpose", purpose[{fy, earmark}]),
                   text::arg("rule", r.id));
      f.subject = {{"earmark", std::to_string(fy) + "/" + earmark},
                   {"category", r.category},
                   {"doc_no", doc},
                   {"amount", format_yuan(amount)}};
      if (row.kind == "pay" && !row.payee_id.empty()) f.subject["payee"] = row.payee_id;
      f.evidence = {row.voucher, doc};
      out.push_back(std::move(f));
    });
  }
  return out;
}

}  // namespace fundledger::audit
