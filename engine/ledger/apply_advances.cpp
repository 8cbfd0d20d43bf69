// The apply stage's settlement of advances (预拨 / 核销, issue 19): money the treasury fronted before
// the quota arrived is recorded as a source of category "advance" and allocated and paid like any
// other; when the quota arrives, its source settles the advance. The settling source's money goes
// to clear the advance from the settlement's date, as an allocation takes it (a source covers an
// allocation only from what is neither allocated, frozen, reduced nor settled as of its date), and
// no advance is settled beyond its amount.
#include "ledger/advances.hpp"
#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
std::string yuan(const Money& m) { return format_for_people(m); }
std::string day(const Date& d) { return calendar::format_date(d); }
}  // namespace

void Applier::advance_settlement(Parsed<entries::AdvanceSettlement>& p) {
  const auto& a = p.entry;
  if (!reads_.advance_settlements(a.settle_id).empty())
    return error(p.line, tr("settle.id_taken", arg("id", a.settle_id)));
  if (!a.amount.is_positive())
    return error(p.line, tr("quota.amount_not_positive", arg("amount", yuan(a.amount))));
  SourceInfo* advance = state_.source(a.advance_doc);
  if (!advance || advance->source.category != kAdvanceCategory)
    return error(p.line, tr("settle.not_an_advance", arg("doc", a.advance_doc)));
  SourceInfo* s = state_.source(a.source_doc);
  if (!s) return error(p.line, tr("reduction.unknown_source", arg("doc", a.source_doc)));
  if (s->source.category == kAdvanceCategory)
    return error(p.line, tr("settle.by_advance", arg("doc", a.source_doc), arg("advance", a.advance_doc)));
  if (a.date < s->source.received_on || a.date < advance->source.received_on)
    return error(p.line, tr("settle.before_received", arg("date", day(a.date)), arg("advance", a.advance_doc),
                            arg("advance_on", day(advance->source.received_on)), arg("doc", a.source_doc),
                            arg("received", day(s->source.received_on))));
  Money settled;
  for (const auto& r : reads_.advance_settlements(std::nullopt))
    if (r.settlement.advance_doc == a.advance_doc) settled += r.settlement.amount;
  const Money outstanding = advance->source.amount - settled;
  if (a.amount > outstanding)
    return error(p.line,
                 tr("settle.beyond_advance", arg("amount", yuan(a.amount)), arg("advance", a.advance_doc),
                    arg("outstanding", yuan(outstanding)), arg("settled", yuan(settled))));
  const Money available = source_unallocated(s->source, state_.source_changes(a.source_doc), a.date);
  if (a.amount > available)
    return error(p.line, tr("settle.source_short", arg("doc", a.source_doc), arg("amount", yuan(a.amount)),
                            arg("date", day(a.date)), arg("available", yuan(available))));
  state_.note_source(a.source_doc, a.date, a.amount.negated());
  run_.write({a.settle_id, a.date, std::nullopt, a}, p.line);
}

}  // namespace fundledger::ledger
