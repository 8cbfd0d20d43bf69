// The apply stage for corrections: 冲销 reversal and 收回 recovery of a payment (money given back
// to the lots it drew on, last-in first), reversal of an untouched allocation, and 调剂 transfer
// of money from one earmark (or allocation) to another as new lots.
#include "ledger/apply.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
std::string fmt_money(const Money& m) { return format_for_people(m); }
std::string date_str(const Date& d) { return calendar::format_date(d); }
}  // namespace

void Applier::correction(Parsed<entries::Correction>& p) {
  auto& c = p.entry;
  const auto& voucher = c.voucher;
  // A reversal's amount is not in the file (it is the whole remaining amount, filled in when
  // recorded), so an identical re-import compares against the recorded amount.
  auto recorded = reads_.find_correction(voucher);
  if (c.kind == "reversal" && recorded && recorded->kind == c.kind) c.amount = recorded->amount;
  if (recorded_already(p.line, "voucher", voucher, recorded, c)) return;
  auto payment = reads_.find_disbursement(c.target);
  auto allocation = reads_.find_allocation(c.target);
  if (c.kind == "transfer") return transfer(p, allocation);
  if (payment) return reverse_payment(p, *payment);
  if (allocation && c.kind == "reversal") return reverse_allocation(p, *allocation);
  error(p.line, text::tr(c.kind == "recovery" ? "ledger.recovery_no_payment" : "ledger.correction_no_target",
                         text::arg("voucher", voucher), text::arg("target", c.target)));
}

void Applier::reverse_payment(Parsed<entries::Correction>& p, const entries::Disbursement& payment) {
  auto& c = p.entry;
  if (c.date < payment.date) {
    error(p.line, text::tr("ledger.correction_before_payment", text::arg("voucher", c.voucher),
                           text::arg("target", c.target)));
    return;
  }
  auto lots = reads_.payment_lots(c.target);
  Money held;
  for (auto& l : lots) held += l.net;
  Money want = c.kind == "reversal" ? held : c.amount;
  if (held.is_zero()) {
    error(p.line, text::tr("ledger.payment_fully_returned", text::arg("voucher", c.voucher),
                           text::arg("target", c.target)));
    return;
  }
  if (want > held) {
    error(p.line, text::tr("ledger.recovery_too_much", text::arg("voucher", c.voucher),
                           text::arg("amount", fmt_money(want)), text::arg("target", c.target),
                           text::arg("held", fmt_money(held))));
    return;
  }
  if (c.kind == "reversal") c.amount = held;
  // Give back last-in first: the lots the payment drew from last are refilled first.
  Money left = want;
  c.flows.clear();
  for (auto it = lots.rbegin(); it != lots.rend() && left.is_positive(); ++it) {
    Money take = std::min(left, it->net);
    if (!take.is_positive()) continue;
    const auto& l = *it;
    c.flows.push_back({"pay", c.voucher, c.date, l.fiscal_year, l.earmark, l.lot, l.lot_date, l.source_doc,
                       take.negated(), l.town, l.village, l.project, l.payee_id});
    left -= take;
    if (auto* e = state_.earmark(l.fiscal_year, l.earmark))
      for (auto& lot : e->lots)
        if (lot.lot == l.lot) {
          lot.remaining += take;
          state_.note_lot(lot.lot, c.date, take);
        }
  }
  run_.write({c.voucher, c.date, std::nullopt, c}, p.line);
}

void Applier::reverse_allocation(Parsed<entries::Correction>& p, const entries::Allocation& a) {
  auto& c = p.entry;
  auto* e = state_.earmark(a.fiscal_year, a.earmark);
  LotState* lot = nullptr;
  if (e)
    for (auto& l : e->lots)
      if (l.lot == c.target) lot = &l;
  const Money original = a.amount;
  if (c.date < a.date) {
    error(p.line, text::tr("ledger.correction_before_allocation", text::arg("voucher", c.voucher),
                           text::arg("target", c.target)));
    return;
  }
  if (lot && lot->remaining == original &&
      available_from(state_.lot_events(c.target), c.date, Money()) != original) {
    error(p.line, text::tr("ledger.allocation_returned_later", text::arg("voucher", c.voucher),
                           text::arg("target", c.target), text::arg("date", date_str(c.date))));
    return;
  }
  if (!lot || lot->remaining != original) {
    Money spent = lot ? original - lot->remaining : original;
    error(p.line, text::tr("ledger.allocation_spent", text::arg("voucher", c.voucher),
                           text::arg("target", c.target), text::arg("spent", fmt_money(spent))));
    return;
  }
  c.amount = original;
  c.flows = {{"alloc", c.voucher, c.date, a.fiscal_year, a.earmark, c.target, lot->date, a.source_doc,
              original.negated(), a.town, std::nullopt, a.project, std::nullopt}};
  run_.write({c.voucher, c.date, std::nullopt, c}, p.line);
  lot->remaining = Money();
  e->allocated -= original;
  state_.note_lot(c.target, c.date, original.negated());
  if (auto* s = state_.source(a.source_doc)) {
    s->allocated -= original;
    state_.note_source(a.source_doc, c.date, original);
  }
}

void Applier::transfer(Parsed<entries::Correction>& p, const std::optional<entries::Allocation>& allocation) {
  // Move money from an earmark (target = its code, or an allocation voucher) to another.
  auto& c = p.entry;
  int fy = calendar::fiscal_year_of(c.date);
  std::string from_code = c.target;
  std::optional<std::string> only_lot;
  if (allocation) {
    fy = allocation->fiscal_year;
    from_code = allocation->earmark;
    only_lot = c.target;
  }
  const auto to_code = c.to_earmark.value_or("");
  auto* from = state_.earmark(fy, from_code);
  auto* to = state_.earmark(fy, to_code);
  if (!from) {
    error(p.line, text::tr("ledger.transfer_unknown_from", text::arg("voucher", c.voucher),
                           text::arg("target", c.target), text::arg("year", fy)));
    return;
  }
  if (!to) {
    error(p.line,
          text::tr("ledger.unknown_earmark", text::arg("voucher", c.voucher), text::arg("earmark", to_code),
                   text::arg("year", fy), text::arg("known", state_.known_earmarks(fy))));
    return;
  }
  if (from_code == to_code) {
    error(p.line, text::tr("ledger.transfer_same_earmark", text::arg("voucher", c.voucher)));
    return;
  }
  std::vector<LotState> eligible, scratch;
  std::vector<std::size_t> index;
  const auto& from_lots = state_.lots_as_of(*from, c.date, scratch);
  for (std::size_t i = 0; i < from_lots.size(); ++i)
    if (!only_lot || from_lots[i].lot == *only_lot) {
      eligible.push_back(from_lots[i]);
      index.push_back(i);
    }
  Money available;
  auto parts = attribute(eligible, c.date, c.amount, false, std::nullopt, available);
  if (!parts) {
    error(p.line,
          text::tr("ledger.transfer_too_much", text::arg("voucher", c.voucher),
                   text::arg("amount", fmt_money(c.amount)), text::arg("target", c.target),
                   text::arg("date", date_str(c.date)), text::arg("available", fmt_money(available))));
    return;
  }
  std::optional<std::string> ovr;
  if (!line_allows(p.line, c.voucher, *to, c.amount, ovr)) return;
  from->allocated -= c.amount;
  std::vector<LotState> new_lots;
  int n = 0;
  c.flows.clear();
  for (auto& [i, m] : *parts) {
    auto& lot = from->lots[index[i]];
    c.flows.push_back({"alloc",
                       c.voucher,
                       c.date,
                       fy,
                       from_code,
                       lot.lot,
                       lot.date,
                       lot.source_doc,
                       m.negated(),
                       {},
                       {},
                       {},
                       {}});
    std::string new_lot = c.voucher + "#" + std::to_string(++n);
    c.flows.push_back(
        {"alloc", c.voucher, c.date, fy, to_code, new_lot, c.date, lot.source_doc, m, {}, {}, {}, {}});
    lot.remaining -= m;
    state_.note_lot(lot.lot, c.date, m.negated());
    state_.note_lot(new_lot, c.date, m);
    new_lots.push_back({new_lot, lot.source_doc, c.date, m});
  }
  for (auto& l : new_lots) state_.add_lot(fy, to_code, l);
  run_.write({c.voucher, c.date, ovr, c}, p.line);
}

}  // namespace fundledger::ledger
