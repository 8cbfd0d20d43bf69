// engine/audit — trace queries over the stored attribution (table `flow`).
#include "store/sqlite/db.hpp"
#include "audit/trace.hpp"

#include "ledger/ledger.hpp"

#include <map>
#include <stdexcept>

namespace fundledger::audit {

namespace {

// A payment's own flows and those of the corrections (reversal, recovery) that target it.
constexpr const char* kPaymentFlows =
    "SELECT f.source_doc, COALESCE(s.category, ''), f.lot, f.lot_date, SUM(f.amount), MIN(f.entry_id) FROM flow f "
    "LEFT JOIN source s ON s.doc_no = f.source_doc "
    "WHERE f.kind = 'pay' AND (f.voucher = ?1 OR f.voucher IN "
    "(SELECT voucher FROM correction WHERE target = ?1 AND kind IN ('reversal', 'recovery'))) "
    "GROUP BY f.source_doc, f.lot ORDER BY MIN(f.entry_id), MIN(f.seq)";

}  // namespace

std::optional<VoucherTrace> trace_voucher(store::Repository& repo, const std::string& voucher) {
  store::Db& db = repo.legacy_db();
  auto st = db.prepare(
      "SELECT voucher, date, fiscal_year, earmark, amount, payee_id, payee_name, payee_kind, COALESCE(town, ''), "
      "COALESCE(village, ''), COALESCE(project, '') FROM disbursement WHERE voucher = ?1");
  st.bind(1, voucher);
  if (!st.step()) return std::nullopt;
  VoucherTrace t;
  t.voucher = st.text(0);
  t.date = st.text(1);
  t.fiscal_year = static_cast<int>(st.int64(2));
  t.earmark = st.text(3);
  t.gross = Money::from_fen(st.int64(4));
  t.payee_id = st.text(5);
  t.payee_name = st.text(6);
  t.payee_kind = st.text(7);
  t.town = st.text(8);
  t.village = st.text(9);
  t.project = st.text(10);

  auto fl = db.prepare(kPaymentFlows);
  fl.bind(1, voucher);
  std::map<std::string, std::size_t> index;
  while (fl.step()) {
    Money m = Money::from_fen(fl.int64(4));
    if (m.is_zero()) continue;  // a lot fully given back
    const std::string doc = fl.text(0);
    auto [it, fresh] = index.emplace(doc, t.sources.size());
    if (fresh) t.sources.push_back({doc, fl.text(1), Money{}, {}});
    auto& src = t.sources[it->second];
    src.amount += m;
    src.lots.push_back({fl.text(2), fl.text(3), m});
    t.amount += m;
  }
  auto co = db.prepare(
      "SELECT c.voucher, c.date, c.kind, c.reason, COALESCE((SELECT SUM(amount) FROM flow f WHERE f.entry_id = c.entry_id AND f.kind = 'pay'), 0) "
      "FROM correction c WHERE c.target = ?1 AND c.kind IN ('reversal', 'recovery') ORDER BY c.date, c.voucher");
  co.bind(1, voucher);
  while (co.step()) t.corrections.push_back({co.text(0), co.text(1), co.text(2), co.text(3), Money::from_fen(co.int64(4))});
  Money net = t.gross;
  for (const auto& c : t.corrections) net += c.amount;
  // The stored attribution must account for the payment to the fen (ledger invariant 3).
  if (net != t.amount) throw std::logic_error("trace: attribution of " + voucher + " does not sum to the payment");
  return t;
}

std::optional<SourceHead> source_head(store::Repository& repo, const std::string& doc_no) {
  store::Db& db = repo.legacy_db();
  auto st = db.prepare(
      "SELECT doc_no, category, name, received_on, fiscal_year, amount, "
      "(SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'alloc' AND source_doc = ?1), "
      "(SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND source_doc = ?1) "
      "FROM source WHERE doc_no = ?1");
  st.bind(1, doc_no);
  if (!st.step()) return std::nullopt;
  SourceHead h;
  h.doc_no = st.text(0);
  h.category = st.text(1);
  h.name = st.text(2);
  h.received_on = st.text(3);
  h.fiscal_year = static_cast<int>(st.int64(4));
  h.amount = Money::from_fen(st.int64(5));
  h.allocated = Money::from_fen(st.int64(6));
  h.disbursed = Money::from_fen(st.int64(7));
  return h;
}

void for_each_allocated(store::Repository& repo, const std::string& doc_no, const std::function<void(const AllocatedRow&)>& fn) {
  store::Db& db = repo.legacy_db();
  // One row per lot and earmark: an allocation, net of its reversal and of what transfers (调剂)
  // took out; a transfer's new lot VOUCHER#n is a row of its own in the receiving earmark.
  auto st = db.prepare(
      "SELECT f.lot, f.lot_date, f.fiscal_year, f.earmark, SUM(f.amount), COALESCE(MAX(a.town), ''), COALESCE(MAX(a.project), '') "
      "FROM flow f LEFT JOIN allocation a ON a.voucher = f.lot "
      "WHERE f.kind = 'alloc' AND f.source_doc = ?1 GROUP BY f.fiscal_year, f.earmark, f.lot ORDER BY MIN(f.entry_id), MIN(f.seq)");
  st.bind(1, doc_no);
  while (st.step()) {
    AllocatedRow r;
    r.voucher = st.text(0);
    r.date = st.text(1);
    r.fiscal_year = static_cast<int>(st.int64(2));
    r.earmark = st.text(3);
    r.amount = Money::from_fen(st.int64(4));
    r.town = st.text(5);
    r.project = st.text(6);
    fn(r);
  }
}

void for_each_disbursed(store::Repository& repo, const std::string& doc_no, const std::function<void(const DisbursedRow&)>& fn) {
  store::Db& db = repo.legacy_db();
  auto st = db.prepare(
      "SELECT d.voucher, d.date, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, COALESCE(d.town, ''), COALESCE(d.village, ''), x.amt "
      "FROM (SELECT COALESCE(c.target, f.voucher) AS pv, SUM(f.amount) AS amt, MIN(f.entry_id) AS first FROM flow f "
      "      LEFT JOIN correction c ON c.voucher = f.voucher AND c.kind IN ('reversal', 'recovery') "
      "      WHERE f.kind = 'pay' AND f.source_doc = ?1 GROUP BY pv) x "
      "JOIN disbursement d ON d.voucher = x.pv ORDER BY x.first");
  st.bind(1, doc_no);
  while (st.step()) {
    DisbursedRow r;
    r.voucher = st.text(0);
    r.date = st.text(1);
    r.fiscal_year = static_cast<int>(st.int64(2));
    r.earmark = st.text(3);
    r.payee_id = st.text(4);
    r.payee_name = st.text(5);
    r.town = st.text(6);
    r.village = st.text(7);
    r.amount = Money::from_fen(st.int64(8));
    fn(r);
  }
}

std::vector<SummaryRow> summarize_source(store::Repository& repo, const std::string& doc_no, const std::string& by) {
  if (by != "town" && by != "payee" && by != "earmark") throw std::invalid_argument("trace: --by " + by);
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
    auto& r = key_of(by == "town" ? d.town : by == "payee" ? d.payee_id : std::to_string(d.fiscal_year) + "/" + d.earmark);
    r.disbursed += d.amount;
    if (by == "payee") r.name = d.payee_name;
    if (!d.amount.is_zero()) ++r.payments;
  });
  if (by == "earmark") {
    // The earmark's name from its budget line (the fiscal year's latest revision).
    std::map<std::string, std::string> names;
    for (const auto& l : ledger::earmark_lines(repo, std::nullopt)) names[std::to_string(l.fiscal_year) + "/" + l.code] = l.name;
    for (auto& [k, r] : rows)
      if (auto it = names.find(k); it != names.end()) r.name = it->second;
  }
  std::vector<SummaryRow> out;
  for (auto& [k, r] : rows) out.push_back(std::move(r));
  return out;
}

}  // namespace fundledger::audit
