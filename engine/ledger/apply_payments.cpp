// The apply stage for allocations (分配) and disbursements (支付): the source and earmark
// invariants as of the entry's own date, attribution to lots, the rules gate.
#include <algorithm>

#include "base/assert.hpp"
#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
std::string fmt_money(const Money& m) { return format_for_people(m); }
std::string date_str(const Date& d) { return calendar::format_date(d); }
}  // namespace

void Applier::allocation(Parsed<entries::Allocation>& p) {
  auto& a = p.entry;
  const auto& voucher = a.voucher;
  if (recorded_already(p.line, "voucher", voucher, reads_.find_allocation(voucher), a)) return;
  auto* s = state_.source(a.source_doc);
  auto* e = state_.earmark(a.fiscal_year, a.earmark);
  bool ok = true;
  if (!s) {
    error(p.line, text::tr("ledger.unknown_source_import_first", text::arg("voucher", voucher),
                           text::arg("doc", a.source_doc)));
    ok = false;
  }
  if (!e) {
    error(p.line, text::tr("ledger.unknown_earmark", text::arg("voucher", voucher),
                           text::arg("earmark", a.earmark), text::arg("year", a.fiscal_year),
                           text::arg("known", state_.known_earmarks(a.fiscal_year))));
    ok = false;
  }
  if (!ok) return;
  if (a.date < s->source.received_on) {
    error(p.line, text::tr("ledger.allocated_before_received", text::arg("voucher", voucher),
                           text::arg("date", date_str(a.date)), text::arg("source", a.source_doc),
                           text::arg("received", date_str(s->source.received_on))));
    return;
  }
  const auto& r = s->restricted_to;
  if (!r.empty() && std::find(r.begin(), r.end(), a.earmark) == r.end() &&
      std::find(r.begin(), r.end(), e->line.purpose) == r.end()) {
    std::string list;
    for (auto& x : r) list += (list.empty() ? "" : ";") + x;
    error(
        p.line,
        text::tr(e->line.purpose.empty() ? "ledger.source_restricted_no_purpose" : "ledger.source_restricted",
                 text::arg("voucher", voucher), text::arg("source", a.source_doc), text::arg("list", list),
                 text::arg("earmark", a.earmark), text::arg("purpose", e->line.purpose)));
    return;
  }
  const auto& source_changes = state_.source_changes(a.source_doc);
  if (source_covers(s->source, source_changes, a.date, a.amount)) {
    Money left = source_unallocated(s->source, source_changes, a.date);
    error(p.line,
          text::tr("ledger.allocation_too_much", text::arg("voucher", voucher),
                   text::arg("amount", fmt_money(a.amount)), text::arg("source", a.source_doc),
                   text::arg("left", fmt_money(left)), text::arg("total", fmt_money(s->source.amount)),
                   text::arg("over", fmt_money(a.amount - left))));
    return;
  }
  PendingAllocation pa{
      run_.source(),      p.line, voucher,   date_str(a.date), a.source_doc, a.earmark,
      s->source.category, a.town, a.project, a.fiscal_year,    a.amount,     e->line.purpose};
  std::optional<std::string> ovr;
  if (gate_ && !gate(gate_->on_allocation(pa), p.line, ovr)) return;
  if (!line_allows(p.line, voucher, *e, a.amount, ovr)) return;
  a.flows = {{"alloc", voucher, a.date, a.fiscal_year, a.earmark, voucher, a.date, a.source_doc, a.amount,
              a.town, std::nullopt, a.project, std::nullopt}};
  FL_ASSERT(!allocation_matches_flow(a), "an allocation's flow is the allocation");
  run_.write({voucher, a.date, ovr, a}, p.line);
  s->allocated += a.amount;
  state_.note_source(a.source_doc, a.date, a.amount.negated());
  state_.note_lot(voucher, a.date, a.amount);
  state_.add_lot(a.fiscal_year, a.earmark, {voucher, a.source_doc, a.date, a.amount});
}

void Applier::disbursement(Parsed<entries::Disbursement>& p) {
  auto& d = p.entry;
  const auto& voucher = d.voucher;
  if (d.payee_kind == "household") {
    const auto* h = state_.household(d.payee_id);
    if (!h) {
      error(p.line, text::tr("ledger.payee_not_registered", text::arg("voucher", voucher),
                             text::arg("payee", d.payee_id)));
      return;
    }
    if (!d.town) d.town = h->town;  // town and village default to the household's
    if (!d.village) d.village = h->village;
  }
  if (d.contract && !d.project)
    if (const auto* c = commitments_.find(*d.contract)) d.project = c->contract.project;
  if (recorded_already(p.line, "voucher", voucher, reads_.find_disbursement(voucher), d)) return;
  auto* e = state_.earmark(d.fiscal_year, d.earmark);
  if (!e) {
    error(p.line, text::tr("ledger.unknown_earmark", text::arg("voucher", voucher),
                           text::arg("earmark", d.earmark), text::arg("year", d.fiscal_year),
                           text::arg("known", state_.known_earmarks(d.fiscal_year))));
    return;
  }
  const auto& only = d.source_doc;
  if (only && !state_.source(*only)) {
    error(p.line, text::tr("ledger.unknown_source", text::arg("voucher", voucher), text::arg("doc", *only)));
    return;
  }
  Money available;
  std::vector<LotState> scratch;
  auto parts = attribute(state_.lots_as_of(*e, d.date, scratch), d.date, d.amount,
                         e->line.attribution == "pro_rata", only, available);
  if (!parts) {
    error(p.line, only ? text::tr("ledger.payment_too_much_from_source", text::arg("voucher", voucher),
                                  text::arg("amount", fmt_money(d.amount)), text::arg("source", *only),
                                  text::arg("earmark", d.earmark), text::arg("date", date_str(d.date)),
                                  text::arg("available", fmt_money(available)),
                                  text::arg("over", fmt_money(d.amount - available)))
                       : text::tr("ledger.payment_too_much", text::arg("voucher", voucher),
                                  text::arg("amount", fmt_money(d.amount)), text::arg("year", d.fiscal_year),
                                  text::arg("earmark", d.earmark), text::arg("date", date_str(d.date)),
                                  text::arg("available", fmt_money(available)),
                                  text::arg("over", fmt_money(d.amount - available))));
    return;
  }
  if (d.contract ? !contract_allows(p.line, d) : !leaves_committed(p.line, d, *e)) return;
  if (d.asset && !asset_allows(p.line, d)) return;
  std::optional<std::string> ovr;
  if (gate_ && gate_->judges_disbursements()) {
    PendingDisbursement pd{run_.source(), p.line,     voucher,         date_str(d.date),
                           d.earmark,     d.payee_id, d.payee_name,    d.payee_kind,
                           d.town,        d.village,  d.project,       only,
                           d.fiscal_year, d.amount,   e->line.purpose, {}};
    for (auto& [idx, m] : *parts)
      pd.attribution.push_back({e->lots[idx].lot, e->lots[idx].source_doc, date_str(e->lots[idx].date), m});
    if (!gate(gate_->on_disbursement(pd), p.line, ovr)) return;
  }
  d.flows.clear();
  for (auto& [idx, m] : *parts) {
    const auto& lot = e->lots[idx];
    d.flows.push_back({"pay", voucher, d.date, d.fiscal_year, d.earmark, lot.lot, lot.date, lot.source_doc, m,
                       d.town, d.village, d.project, d.payee_id});
  }
  FL_ASSERT(!payment_attributed(d), "attribution accounts for the whole payment");
  const Date date = d.date;
  const Companions companions{voucher, date, d.amount, d.contract, d.asset};
  run_.write({voucher, date, ovr, std::move(d)}, p.line);  // the key is copied before the payment is moved
  write_companions(companions);
  for (auto& [idx, m] : *parts) {
    e->lots[idx].remaining -= m;
    state_.note_lot(e->lots[idx].lot, date,
                    m.negated());  // one event per lot and day: memory does not grow with the rows
  }
}

// Right after a payment: its draw on the contract it names and its payout of the asset's income.
void Applier::write_companions(const Companions& c) {
  if (c.contract) {
    commitments_.draw(*c.contract, c.amount);
    run_.write_companion(
        {c.voucher, c.date, std::nullopt, entries::ContractDraw{c.voucher, *c.contract, c.amount}});
  }
  if (c.asset) {
    assets_.pay(*c.asset, c.amount);
    run_.write_companion(
        {c.voucher, c.date, std::nullopt, entries::AssetPayout{c.voucher, *c.asset, c.amount}});
  }
}

}  // namespace fundledger::ledger
