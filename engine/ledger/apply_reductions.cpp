// The apply stage's reductions of a source (来源调减 / 结余收回, issue 19): money of a source not yet
// allocated taken off it from a date on — `reduce` when the upper level withdraws part of a grant,
// `recall` when unspent money is returned to the source level at a year's end. Unlike a freeze it
// is never given back. A source covers an allocation only from what is neither allocated, frozen nor
// reduced as of the allocation's date (ledger/invariants.hpp source_covers), in the import and in
// verify's replay alike; so a reduction may not take what a later allocation already counts on.
#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
std::string yuan(const Money& m) { return format_for_people(m); }
}  // namespace

void Applier::source_reduction(Parsed<entries::SourceReduction>& p) {
  auto& r = p.entry;
  if (r.kind == "recall") return recall(p);
  if (!reads_.source_reductions(r.reduction_id).empty())
    return error(p.line, tr("reduction.id_taken", arg("id", r.reduction_id)));
  SourceInfo* s = state_.source(r.source_doc);
  if (!s) return error(p.line, tr("reduction.unknown_source", arg("doc", r.source_doc)));
  r.fiscal_year = s->source.fiscal_year;
  if (r.date < s->source.received_on)
    return error(p.line, tr("reduction.before_received", arg("doc", r.source_doc),
                            arg("date", calendar::format_date(r.date)),
                            arg("received", calendar::format_date(s->source.received_on))));
  const Money available = source_unallocated(s->source, state_.source_changes(r.source_doc), r.date);
  if (!r.amount.is_positive())
    return error(p.line, tr("quota.amount_not_positive", arg("amount", yuan(r.amount))));
  if (!available.is_positive())
    return error(p.line, tr("reduction.nothing", arg("doc", r.source_doc),
                            arg("date", calendar::format_date(r.date)), arg("available", yuan(available))));
  if (r.amount > available)
    return error(p.line, tr("reduction.too_much", arg("doc", r.source_doc), arg("amount", yuan(r.amount)),
                            arg("date", calendar::format_date(r.date)), arg("available", yuan(available))));
  state_.note_source(r.source_doc, r.date, r.amount.negated());
  run_.write({r.reduction_id, r.date, std::nullopt, r}, p.line);
}

}  // namespace fundledger::ledger
