// LedgerReads on SQLite: the year end (年终结转) — the closes with their carry-over, the recalls with
// their flows, and the flows of each fiscal year's money per source and earmark over whole months
// (from agg_flow_month).
#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"

namespace fundledger::store {

std::vector<YearCloseRow> SqliteLedgerReads::year_closes() {
  const TableSpec& spec = table_spec(entries::YearClose::kKind);
  const TableSpec& rows = table_spec("carryover");
  auto st = db_.prepare("SELECT e.id, e.recorded_at, e.operator, " + column_list(spec) +
                        " FROM year_close y JOIN entry_row e ON e.id = y.entry_id ORDER BY y.entry_id");
  auto carried =
      db_.prepare("SELECT " + column_list(rows) + " FROM carryover WHERE entry_id = ? ORDER BY seq");
  std::vector<YearCloseRow> out;
  while (st.step()) {
    YearCloseRow row{st.int64(0), st.text(1), st.text(2), decode_row<entries::YearClose>(spec, st, 3)};
    carried.reset();
    carried.bind(1, row.entry_id);
    while (carried.step()) row.close.carried.push_back(decode_row<entries::Carryover>(rows, carried));
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<ReductionRow> SqliteLedgerReads::recalls(const std::string& recall_prefix) {
  const TableSpec& spec = table_spec(entries::SourceReduction::kKind);
  const TableSpec& flow = table_spec("flow");
  std::string cols;
  for (const char* c : spec.columns) cols += std::string(", r.") + c;
  auto st = db_.prepare("SELECT e.id, e.recorded_at, e.operator" + cols +
                        " FROM source_reduction r JOIN entry_row e ON e.id = r.entry_id"
                        " WHERE r.kind = 'recall' AND substr(r.reduction_id, 1, " +
                        std::to_string(recall_prefix.size()) + ") = ? ORDER BY r.entry_id");
  st.bind(1, recall_prefix);
  auto flows = db_.prepare("SELECT " + column_list(flow) + " FROM flow_row WHERE entry_id = ? ORDER BY seq");
  std::vector<ReductionRow> out;
  while (st.step()) {
    ReductionRow row{st.int64(0), st.text(1), st.text(2), decode_row<entries::SourceReduction>(spec, st, 3)};
    flows.reset();
    flows.bind(1, row.entry_id);
    while (flows.step()) row.reduction.flows.push_back(decode_row<entries::Flow>(flow, flows));
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<LotFlowRow> SqliteLedgerReads::lot_flows(const std::optional<std::string>& after_month,
                                                     const std::string& through_month) {
  auto st = db_.prepare(
      "SELECT fiscal_year, source_doc, earmark, SUM(alloc), SUM(pay) FROM agg_flow_month "
      "WHERE month <= ?1 AND month > ?2 GROUP BY fiscal_year, source_doc, earmark "
      "ORDER BY fiscal_year, source_doc, earmark");
  st.bind(1, through_month);
  st.bind(2, after_month.value_or(""));  // every month is after ""
  std::vector<LotFlowRow> out;
  while (st.step())
    out.push_back(
        {static_cast<int>(st.int64(0)), st.text(1), st.text(2), col::money(st, 3), col::money(st, 4)});
  return out;
}

}  // namespace fundledger::store
