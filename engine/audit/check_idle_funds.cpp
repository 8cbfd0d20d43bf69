// idle_funds (资金闲置 / 沉淀).
//
// Why: national audits keep finding poverty money that was allocated and then sat unspent — a
// year (365 days) is the line auditors draw, two years (730 days) the point where the money is to
// be taken back and re-planned (收回统筹). For every lot (the money one allocation brought into an
// earmark) allocated at least N days before the as-of date, whatever is still unspent as of that
// date is a finding, with its amount and age. Rules of kind `idle` add their own thresholds and
// severities; without one, 365 days warns and 730 days is an error.
#include "store/sqlite/db.hpp"
#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_idle_funds(store::Repository& repo, const Context& ctx) {
  store::Db& db = repo.legacy_db();
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  auto st = db.prepare(
      "SELECT f.fiscal_year, f.earmark, f.lot, f.lot_date, f.source_doc, "
      "SUM(CASE WHEN f.kind = 'alloc' THEN f.amount ELSE 0 END), SUM(CASE WHEN f.kind = 'pay' THEN f.amount ELSE 0 END), "
      "MAX(a.town), MAX(e.override_reason IS NOT NULL) "
      "FROM flow f LEFT JOIN allocation a ON a.voucher = f.lot LEFT JOIN entry e ON e.id = a.entry_id "
      "WHERE f.date <= ?1 AND f.lot_date <= ?1 AND (?2 IS NULL OR f.fiscal_year = ?2) "
      "GROUP BY f.fiscal_year, f.earmark, f.lot ORDER BY f.lot_date, f.lot");
  st.bind(1, ctx.as_of);
  if (ctx.year) st.bind(2, *ctx.year);
  else st.bind_null(2);
  while (st.step()) {
    int fy = static_cast<int>(st.int64(0));
    Money unspent = Money::from_fen(st.int64(5)) - Money::from_fen(st.int64(6));
    if (!unspent.is_positive()) continue;
    const std::string lot_date = st.text(3);
    long age = calendar::days_between(*calendar::parse_date(lot_date).value, as_of);
    // The highest threshold reached decides; a rule's threshold names the rule.
    long reached = -1;
    Severity sev = Severity::warn;
    const Rule* rule = nullptr;
    for (long t : ctx.idle_thresholds)
      if (age >= t && t > reached) {
        reached = t;
        sev = t >= 730 ? Severity::error : Severity::warn;
      }
    for (const auto& r : ctx.rules)
      if (r.kind == "idle" && r.days && r.applies(fy) && age >= *r.days && (!rule || *r.days >= *rule->days)) rule = &r;
    if (rule && *rule->days >= reached) {
      reached = *rule->days;
      sev = rule->severity;
    }
    if (reached < 0) continue;
    Finding f;
    f.code = "idle_funds";
    f.severity = sev;
    if (rule) f.rule = rule->id;
    f.overridden = st.int64(8) != 0;
    const std::string earmark = st.text(1), lot = st.text(2), doc = st.text(4);
    f.message = "分配 " + lot + "(" + lot_date + ",来源 " + doc + ")拨入 " + std::to_string(fy) + "/" + earmark + " 的资金尚有 " +
                detail::fmt(unspent) + " 元未支付,截至 " + ctx.as_of + " 已闲置 " + std::to_string(age) + " 天(≥ " +
                std::to_string(reached) + " 天)";
    f.subject = {{"earmark", std::to_string(fy) + "/" + earmark}, {"lot", lot}, {"unspent", format_yuan(unspent)},
                 {"days", std::to_string(age)}};
    if (!st.is_null(7)) f.subject["town"] = st.text(7);
    f.evidence = {lot, doc};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
