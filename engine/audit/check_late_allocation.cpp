// late_allocation (资金下达不及时).
//
// Why: money received from above must be passed on (分解下达) within a deadline — 30 days for
// central and provincial poverty funds — or it idles at the bureau, out of sight of the earmark
// reports. For each `allocation_deadline` rule, a source of the rule's category received at least
// `days` days before the as-of date that was not fully allocated by received_on + days is a
// finding (CONTRACT.md: "flags a source not fully allocated `days` days after it was received").
#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_late_allocation(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  auto& reads = repo.audit();
  for (const auto& r : ctx.rules) {
    if (r.kind != "allocation_deadline" || !r.days) continue;
    for (const auto& s : reads.sources_of_category(r.category, ctx.year)) {
      int fy = s.fiscal_year;
      if (!r.applies(fy)) continue;
      const std::string& doc = s.doc_no;
      auto deadline = s.received_on + boost::gregorian::days(*r.days);
      if (deadline > as_of) continue;
      const std::string deadline_s = calendar::format_date(deadline);
      // Net allocated by the deadline: transfers (调剂) move money between lots of the same source
      // and cancel out; reversals of allocations subtract.
      Money amount = s.amount, allocated = reads.allocated_from_source_by(doc, deadline);
      if (allocated >= amount) continue;
      const std::string received = calendar::format_date(s.received_on);
      Finding f;
      f.code = "late_allocation";
      f.severity = r.severity;
      f.rule = r.id;
      f.message = text::tr("audit.late_allocation", text::arg("doc", doc), text::arg("received", received),
                           text::arg("amount", detail::fmt(amount)), text::arg("days", *r.days),
                           text::arg("deadline", deadline_s), text::arg("allocated", detail::fmt(allocated)),
                           text::arg("unallocated", detail::fmt(amount - allocated)));
      f.subject = {{"doc_no", doc},
                   {"category", r.category},
                   {"deadline", deadline_s},
                   {"unallocated", format_yuan(amount - allocated)}};
      f.evidence = {doc};
      f.since = deadline_s;
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
