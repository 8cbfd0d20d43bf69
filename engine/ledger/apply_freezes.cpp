// The apply stage's freezes of quota (指标冻结, issue 19). A freeze holds back money not yet
// allocated — of a source (as of the freeze's date, as an allocation would take it) or of a budget
// line (its quota: budget less allocated less frozen) — so that no allocation can take it; an
// unfreeze gives it back. Control by line and "a source allocates no more than it has" count what
// is frozen (ledger/invariants.hpp), in the import and in verify's replay alike.
#include "ledger/apply.hpp"
#include "ledger/freezes.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
std::string yuan(const Money& m) { return format_for_people(m); }
std::string what_of(const entries::QuotaFreeze& q) { return frozen_what(q.scope, q.target, q.fiscal_year); }
}  // namespace

void Applier::quota_freeze(Parsed<entries::QuotaFreeze>& p) {
  if (p.entry.action == "freeze")
    freeze(p);
  else
    unfreeze(p);
}

std::optional<Money> Applier::freezable(long line, const entries::QuotaFreeze& q) {
  if (q.scope == "source") {
    SourceInfo* s = state_.source(q.target);
    if (!s) {
      error(line, tr("freeze.unknown_source", arg("doc", q.target)));
      return std::nullopt;
    }
    return source_unallocated(s->source, state_.source_changes(q.target), q.date);
  }
  EarmarkState* e = state_.earmark(q.fiscal_year, q.target);
  if (!e) {
    error(line, tr("freeze.unknown_line", arg("year", q.fiscal_year), arg("earmark", q.target),
                   arg("known", state_.known_earmarks(q.fiscal_year))));
    return std::nullopt;
  }
  Money left = e->line.amount - e->allocated - e->frozen;
  return left.is_negative() ? Money() : left;
}

void Applier::freeze(Parsed<entries::QuotaFreeze>& p) {
  auto& q = p.entry;
  if (!reads_.quota_freezes(q.freeze_id).empty())
    return error(p.line, tr("freeze.id_taken", arg("id", q.freeze_id)));
  if (q.scope == "source")
    if (SourceInfo* s = state_.source(q.target)) q.fiscal_year = s->source.fiscal_year;
  auto available = freezable(p.line, q);
  if (!available) return;
  if (q.percent) {
    auto rate = parse_rate(*q.percent);
    if (!rate || *rate.value <= 0 || *rate.value > 1)
      return error(p.line, tr("freeze.bad_percent", arg("value", *q.percent)));
    q.amount = multiply(*available, *rate.value);
  }
  if (!q.amount.is_positive())
    return error(p.line, tr("freeze.nothing_to_freeze", arg("what", what_of(q)),
                            arg("date", calendar::format_date(q.date)), arg("available", yuan(*available))));
  if (q.amount > *available)
    return error(p.line, tr("freeze.too_much", arg("what", what_of(q)), arg("amount", yuan(q.amount)),
                            arg("date", calendar::format_date(q.date)), arg("available", yuan(*available))));
  if (q.scope == "source")
    state_.note_source(q.target, q.date, q.amount.negated());
  else
    state_.earmark(q.fiscal_year, q.target)->frozen += q.amount;
  run_.write({q.freeze_id, q.date, std::nullopt, q}, p.line);
}

void Applier::unfreeze(Parsed<entries::QuotaFreeze>& p) {
  auto& q = p.entry;
  auto rows = reads_.quota_freezes(q.freeze_id);
  if (rows.empty()) return error(p.line, tr("freeze.unknown_freeze", arg("id", q.freeze_id)));
  const auto& first = rows.front().freeze;
  Money held;
  for (const auto& r : rows)
    held += r.freeze.action == "freeze" ? r.freeze.amount : r.freeze.amount.negated();
  if (!held.is_positive()) return error(p.line, tr("freeze.already_unfrozen", arg("id", q.freeze_id)));
  if (q.date < first.date)
    return error(p.line, tr("freeze.unfreeze_before", arg("id", q.freeze_id),
                            arg("date", calendar::format_date(q.date)),
                            arg("frozen_on", calendar::format_date(first.date))));
  if (q.amount.is_zero()) q.amount = held;
  if (q.amount > held)
    return error(p.line, tr("freeze.unfreeze_too_much", arg("id", q.freeze_id), arg("amount", yuan(q.amount)),
                            arg("held", yuan(held))));
  q.scope = first.scope;
  q.target = first.target;
  q.fiscal_year = first.fiscal_year;
  if (q.scope == "source")
    state_.note_source(q.target, q.date, q.amount);
  else if (EarmarkState* e = state_.earmark(q.fiscal_year, q.target))
    e->frozen -= q.amount;
  run_.write({q.freeze_id + "/unfreeze/" + calendar::format_date(q.date), q.date, std::nullopt, q}, p.line);
}

}  // namespace fundledger::ledger
