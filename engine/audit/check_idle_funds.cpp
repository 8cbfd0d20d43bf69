// idle_funds (资金闲置 / 沉淀).
//
// Why: national audits keep finding poverty money that was allocated and then sat unspent — a
// year (365 days) is the line auditors draw, two years (730 days) the point where the money is to
// be taken back and re-planned (收回统筹). For every lot (the money one allocation brought into an
// earmark) allocated at least N days before the as-of date, whatever is still unspent as of that
// date is a finding, with its amount and age. Rules of kind `idle` add their own thresholds and
// severities; without one, 365 days warns and 730 days is an error.
#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_idle_funds(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  // Per lot: the flows dated by the as-of date of lots allocated by then.
  for (const auto& l : detail::load_lots(repo, ctx)) {
    int fy = l.fiscal_year;
    Money unspent = l.allocated - l.paid;
    if (!unspent.is_positive()) continue;
    long age = calendar::days_between(l.lot_date, as_of);
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
      if (r.kind == "idle" && r.days && r.applies(fy) && age >= *r.days && (!rule || *r.days >= *rule->days))
        rule = &r;
    if (rule && *rule->days >= reached) {
      reached = *rule->days;
      sev = rule->severity;
    }
    if (reached < 0) continue;
    Finding f;
    f.code = "idle_funds";
    f.severity = sev;
    if (rule) f.rule = rule->id;
    f.overridden = l.overridden;
    const std::string& earmark = l.earmark;
    const std::string& lot = l.lot;
    const std::string& doc = l.source_doc;
    const std::string lot_date = calendar::format_date(l.lot_date);
    f.message = text::tr("audit.idle_funds", text::arg("lot", lot), text::arg("lot_date", lot_date),
                         text::arg("doc", doc), text::arg("year", fy), text::arg("earmark", earmark),
                         text::arg("unspent", detail::fmt(unspent)), text::arg("as_of", ctx.as_of),
                         text::arg("days", age), text::arg("threshold", reached));
    f.subject = {{"earmark", std::to_string(fy) + "/" + earmark},
                 {"lot", lot},
                 {"unspent", format_yuan(unspent)},
                 {"days", std::to_string(age)}};
    if (l.town) f.subject["town"] = *l.town;
    f.evidence = {lot, doc};
    f.since = calendar::format_date(l.lot_date + boost::gregorian::days(reached));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
