// engine/audit — trace queries over the stored attribution (table `flow`).
#include "audit/trace.hpp"

#include <map>
#include <stdexcept>

#include "base/assert.hpp"
#include "calendar/calendar.hpp"
#include "ledger/ledger.hpp"
#include "store/audit_reads.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

using calendar::format_date;

std::optional<VoucherTrace> trace_voucher(store::Repository& repo, const std::string& voucher) {
  auto& reads = repo.audit();
  auto p = reads.payment(voucher);
  if (!p) return std::nullopt;
  VoucherTrace t;
  t.voucher = p->voucher;
  t.date = format_date(p->date);
  t.fiscal_year = p->fiscal_year;
  t.earmark = p->earmark;
  t.gross = p->amount;
  t.payee_id = p->payee_id;
  t.payee_name = p->payee_name;
  t.payee_kind = p->payee_kind;
  t.town = p->town;
  t.village = p->village;
  t.project = p->project;

  // The payment's own flows and those of the corrections (reversal, recovery) that target it.
  std::map<std::string, std::size_t> index;
  for (const auto& fl : reads.payment_lot_flows(voucher)) {
    const Money& m = fl.amount;
    if (m.is_zero()) continue;  // a lot fully given back
    const std::string& doc = fl.source_doc;
    auto [it, fresh] = index.emplace(doc, t.sources.size());
    if (fresh) t.sources.push_back({doc, fl.category, Money{}, {}});
    auto& src = t.sources[it->second];
    src.amount += m;
    src.lots.push_back({fl.lot, format_date(fl.lot_date), m});
    t.amount += m;
  }
  for (const auto& c : reads.payment_corrections(voucher))
    t.corrections.push_back({c.voucher, format_date(c.date), c.kind, c.reason, c.amount});
  Money net = t.gross;
  for (const auto& c : t.corrections) net += c.amount;
  // The stored attribution must account for the payment to the fen (ledger invariant 3).
  if (net != t.amount)
    throw store::StoreError("ledger: the stored attribution of payment " + voucher +
                            " does not sum to it (run `fundledger verify`)");
  return t;
}

std::optional<SourceHead> source_head(store::Repository& repo, const std::string& doc_no) {
  auto s = repo.audit().source_totals(doc_no);
  if (!s) return std::nullopt;
  SourceHead h;
  h.doc_no = s->doc_no;
  h.category = s->category;
  h.name = s->name;
  h.received_on = format_date(s->received_on);
  h.fiscal_year = s->fiscal_year;
  h.amount = s->amount;
  h.allocated = s->allocated;
  h.disbursed = s->disbursed;
  for (auto& r : repo.ledger().source_reductions(std::nullopt))
    if (r.reduction.source_doc == doc_no) {
      h.reduced += r.reduction.amount;
      h.reductions.push_back(std::move(r.reduction));
    }
  for (auto& r : repo.ledger().advance_settlements(std::nullopt)) {
    if (r.settlement.source_doc == doc_no) h.settled += r.settlement.amount;
    if (r.settlement.source_doc == doc_no || r.settlement.advance_doc == doc_no)
      h.settlements.push_back(std::move(r.settlement));
  }
  return h;
}

void for_each_allocated(store::Repository& repo, const std::string& doc_no,
                        const std::function<void(const AllocatedRow&)>& fn) {
  // One row per lot and earmark: an allocation, net of its reversal and of what transfers (调剂)
  // took out; a transfer's new lot VOUCHER#n is a row of its own in the receiving earmark.
  AllocatedRow r;
  repo.audit().for_each_source_lot(doc_no, [&](const store::SourceLot& l) {
    r.voucher = l.lot;
    r.date = format_date(l.lot_date);
    r.fiscal_year = l.fiscal_year;
    r.earmark = l.earmark;
    r.amount = l.amount;
    r.town = l.town;
    r.project = l.project;
    fn(r);
  });
}

void for_each_disbursed(store::Repository& repo, const std::string& doc_no,
                        const std::function<void(const DisbursedRow&)>& fn) {
  DisbursedRow r;
  repo.audit().for_each_source_payment(doc_no, [&](const store::SourcePayment& p) {
    r.voucher = p.voucher;
    r.date = format_date(p.date);
    r.fiscal_year = p.fiscal_year;
    r.earmark = p.earmark;
    r.payee_id = p.payee_id;
    r.payee_name = p.payee_name;
    r.town = p.town;
    r.village = p.village;
    r.amount = p.amount;
    fn(r);
  });
}

std::vector<SummaryRow> summarize_source(store::Repository& repo, const std::string& doc_no,
                                         const std::string& by) {
  FL_ASSERT(by == "town" || by == "payee" || by == "earmark",
            "trace: --by is town, payee or earmark (the CLI checks it)");
  std::map<std::string, SummaryRow> rows;
  auto key_of = [&](const std::string& k) -> SummaryRow& {
    auto& r = rows[k];
    r.key = k;
    return r;
  };
  if (by != "payee")
    for_each_allocated(repo, doc_no, [&](const AllocatedRow& a) {
      auto& r = key_of(by == "town" ? a.town : std::to_string(a.fiscal_year) + "/" + a.earmark);
      r.allocated += a.amount;
    });
  for_each_disbursed(repo, doc_no, [&](const DisbursedRow& d) {
    auto& r = key_of(by == "town"    ? d.town
                     : by == "payee" ? d.payee_id
                                     : std::to_string(d.fiscal_year) + "/" + d.earmark);
    r.disbursed += d.amount;
    if (by == "payee") r.name = d.payee_name;
    if (!d.amount.is_zero()) ++r.payments;
  });
  if (by == "earmark") {
    // The earmark's name from its budget line (the fiscal year's latest revision).
    std::map<std::string, std::string> names;
    for (const auto& l : ledger::earmark_lines(repo, std::nullopt))
      names[std::to_string(l.fiscal_year) + "/" + l.code] = l.name;
    for (auto& [k, r] : rows)
      if (auto it = names.find(k); it != names.end()) r.name = it->second;
  }
  std::vector<SummaryRow> out;
  for (auto& [k, r] : rows) out.push_back(std::move(r));
  return out;
}

}  // namespace fundledger::audit
