// late_allocation (资金下达不及时).
//
// Why: money received from above must be passed on (分解下达) within a deadline — 30 days for
// central and provincial poverty funds — or it idles at the bureau, out of sight of the earmark
// reports. For each `allocation_deadline` rule, a source of the rule's category received at least
// `days` days before the as-of date that was not fully allocated by received_on + days is a
// finding (CONTRACT.md: "flags a source not fully allocated `days` days after it was received").
#include "store/sqlite/db.hpp"
#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_late_allocation(store::Repository& repo, const Context& ctx) {
  store::Db& db = repo.legacy_db();
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  for (const auto& r : ctx.rules) {
    if (r.kind != "allocation_deadline" || !r.days) continue;
    auto st = db.prepare(
        "SELECT doc_no, fiscal_year, amount, received_on FROM source WHERE category = ?1 AND (?2 IS NULL OR fiscal_year = ?2) "
        "ORDER BY received_on, doc_no");
    st.bind(1, r.category);
    if (ctx.year) st.bind(2, *ctx.year);
    else st.bind_null(2);
    while (st.step()) {
      int fy = static_cast<int>(st.int64(1));
      if (!r.applies(fy)) continue;
      const std::string doc = st.text(0), received = st.text(3);
      auto deadline = *calendar::parse_date(received).value + boost::gregorian::days(*r.days);
      if (deadline > as_of) continue;
      const std::string deadline_s = calendar::format_date(deadline);
      // Net allocated by the deadline: transfers (调剂) move money between lots of the same source
      // and cancel out; reversals of allocations subtract.
      auto a = db.prepare("SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'alloc' AND source_doc = ?1 AND date <= ?2");
      a.bind(1, doc).bind(2, deadline_s);
      a.step();
      Money amount = Money::from_fen(st.int64(2)), allocated = Money::from_fen(a.int64(0));
      if (allocated >= amount) continue;
      Finding f;
      f.code = "late_allocation";
      f.severity = r.severity;
      f.rule = r.id;
      f.message = "来源 " + doc + "(" + received + " 到账 " + detail::fmt(amount) + " 元)到 " + std::to_string(*r.days) + " 天期限 " +
                  deadline_s + " 仅分配 " + detail::fmt(allocated) + " 元,未分配 " + detail::fmt(amount - allocated) + " 元";
      f.subject = {{"doc_no", doc}, {"category", r.category}, {"deadline", deadline_s},
                   {"unallocated", format_yuan(amount - allocated)}};
      f.evidence = {doc};
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
