// forbidden_use (挪用 / 负面清单).
//
// Why: some money may not pay for some purposes — policy-bank loans are not relief grants, say
// (the negative list, 负面清单). Diverting it (截留挪用) shows in two places: an allocation that
// moves a forbidden category's money into an earmark with a forbidden purpose, and a payment whose
// stored attribution (table `flow`) draws on such money. Both are findings, with the voucher and
// the document. A payment is judged on its net attribution as of the as-of date.
#include "store/sqlite/db.hpp"
#include "audit/audit.hpp"

#include "ledger/ledger.hpp"

#include <algorithm>
#include <map>

namespace fundledger::audit {

std::vector<Finding> check_forbidden_use(store::Repository& repo, const Context& ctx) {
  store::Db& db = repo.legacy_db();
  std::vector<Finding> out;
  std::map<std::pair<int, std::string>, std::string> purpose;  // (fy, earmark) -> purpose tag
  bool any = false;
  for (const auto& r : ctx.rules) any = any || r.kind == "forbidden_use";
  if (!any) return out;
  for (const auto& l : ledger::earmark_lines(repo, ctx.year)) purpose[{l.fiscal_year, l.code}] = l.purpose;
  auto forbidden = [&](const Rule& r, int fy, const std::string& earmark) {
    auto it = purpose.find({fy, earmark});
    return it != purpose.end() && std::find(r.purposes.begin(), r.purposes.end(), it->second) != r.purposes.end();
  };
  for (const auto& r : ctx.rules) {
    if (r.kind != "forbidden_use") continue;
    // Lots of the category in earmarks of a forbidden purpose: the allocations (and transfers, 调剂,
    // that moved such money in), and the payments that drew on them. A reversal or recovery is
    // folded into the voucher it corrects, so a fully reversed entry nets to zero and is not shown.
    auto st = db.prepare(
        "SELECT f.kind, COALESCE(c.target, f.voucher) AS v, f.fiscal_year, f.earmark, f.source_doc, SUM(f.amount), "
        "MIN(f.entry_id), MAX(COALESCE(d.payee_id, '')) "
        "FROM flow f JOIN source s ON s.doc_no = f.source_doc "
        "LEFT JOIN correction c ON c.voucher = f.voucher AND c.kind IN ('reversal', 'recovery') AND c.date <= ?2 "
        "LEFT JOIN disbursement d ON d.voucher = COALESCE(c.target, f.voucher) "
        "WHERE s.category = ?1 AND f.date <= ?2 AND (?3 IS NULL OR f.fiscal_year = ?3) "
        "GROUP BY f.kind, v, f.fiscal_year, f.earmark, f.source_doc ORDER BY MIN(f.entry_id)");
    st.bind(1, r.category).bind(2, ctx.as_of);
    if (ctx.year) st.bind(3, *ctx.year);
    else st.bind_null(3);
    while (st.step()) {
      int fy = static_cast<int>(st.int64(2));
      const std::string kind = st.text(0), voucher = st.text(1), earmark = st.text(3), doc = st.text(4);
      Money amount = Money::from_fen(st.int64(5));
      if (!r.applies(fy) || !amount.is_positive() || !forbidden(r, fy, earmark)) continue;
      Finding f;
      f.code = "forbidden_use";
      f.severity = r.severity;
      f.rule = r.id;
      auto ov = db.prepare("SELECT override_reason IS NOT NULL FROM entry WHERE id = ?1");
      ov.bind(1, st.int64(6));
      f.overridden = ov.step() && ov.int64(0) != 0;
      const std::string what = kind == "alloc" ? "分配" : "支付";
      f.message = what + " " + voucher + " 使用 " + r.category + " 类资金(来源 " + doc + ")" + detail::fmt(amount) + " 元于 " +
                  std::to_string(fy) + "/" + earmark + "(用途 " + purpose[{fy, earmark}] + "),属规则 " + r.id + " 禁止的用途";
      f.subject = {{"earmark", std::to_string(fy) + "/" + earmark}, {"category", r.category}, {"doc_no", doc},
                   {"amount", format_yuan(amount)}};
      if (kind == "pay" && !st.text(7).empty()) f.subject["payee"] = st.text(7);
      f.evidence = {voucher, doc};
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
