#include "store/sqlite/stored_form.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/assert.hpp"

namespace fundledger::store {
namespace {

// Canonical columns: journal.cpp's kDisbursement and kFlow.
const TableSpec kDisbursementStored{
    "disbursement",
    {"voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town",
     "village", "project", "source_doc", "note", "lot_id", "import_id", "override_reason", "hash"},
    nullptr,
    16};
const TableSpec kFlowStored{"flow_row",
                            {"seq", "kind", "voucher", "date", "fiscal_year", "earmark", "lot", "lot_date",
                             "source_doc", "amount", "town", "village", "project", "payee_id"},
                            "seq"};

// Implied flow column (canonical order) <- disbursement column. seq (0) and kind (1) are the
// constants 1 and 'pay'; lot, lot_date and source_doc come from the payment's flow_lot row (whose
// fiscal_year and earmark are the payment's).
struct Implied {
  std::size_t flow_col;
  std::size_t disbursement_col;
};
constexpr Implied kImplied[] = {{2, 0}, {3, 1}, {4, 2}, {5, 3}, {9, 4}, {10, 8}, {11, 9}, {12, 10}, {13, 5}};
constexpr std::size_t kFlowYear = 4, kFlowEarmark = 5, kFlowLot = 6, kFlowLotDate = 7, kFlowSource = 8;

int index_of(const TableSpec& spec, const std::string& column) {
  for (std::size_t i = 0; i < spec.columns.size(); ++i)
    if (column == spec.columns[i]) return static_cast<int>(i);
  return -1;
}

// The column positions above are checked against the registry's specs once.
bool layout_checked() {
  static const bool ok = [] {
    const TableSpec& d = table_spec("disbursement");
    const TableSpec& f = table_spec("flow");
    for (const auto& m : kImplied)
      if (index_of(d, f.columns[m.flow_col]) != static_cast<int>(m.disbursement_col)) return false;
    if (index_of(f, "fiscal_year") != int{kFlowYear} || index_of(f, "earmark") != int{kFlowEarmark} ||
        index_of(f, "lot") != int{kFlowLot} || index_of(f, "lot_date") != int{kFlowLotDate} ||
        index_of(f, "source_doc") != int{kFlowSource} || index_of(f, "seq") != 0 || index_of(f, "kind") != 1)
      return false;
    for (std::size_t i = 0; i < d.columns.size(); ++i)
      if (std::string(d.columns[i]) != kDisbursementStored.columns[i]) return false;
    // By text: the same literal in two files need not have one address (it has not under ASan).
    return std::equal(f.columns.begin(), f.columns.end(), kFlowStored.columns.begin(),
                      kFlowStored.columns.end(),
                      [](const char* a, const char* b) { return std::string_view(a) == b; });
  }();
  FL_ASSERT(ok, "stored_form.cpp knows the disbursement and flow columns of journal.cpp");
  return ok;
}

// `columns` (comma-separated names), each replaced by its expression in `map`.
std::string mapped_columns(const std::string& columns,
                           const std::unordered_map<std::string, std::string>& map) {
  std::string out;
  std::size_t at = 0;
  while (at <= columns.size()) {
    std::size_t end = columns.find(',', at);
    if (end == std::string::npos) end = columns.size();
    std::string c = columns.substr(at, end - at);
    c.erase(0, c.find_first_not_of(' '));
    out += (out.empty() ? "" : ", ") + map.at(c);
    at = end + 1;
  }
  return out;
}

// The implied flow's columns, as the view flow (schemas/0007_lean_payment.sql) gives them, from
// a payment's row d and its lot l.
const std::unordered_map<std::string, std::string>& implied_flow_columns() {
  static const std::unordered_map<std::string, std::string> implied = {{"seq", "1"},
                                                                       {"kind", "'pay'"},
                                                                       {"voucher", "d.voucher"},
                                                                       {"date", "d.date"},
                                                                       {"fiscal_year", "l.fiscal_year"},
                                                                       {"earmark", "l.earmark"},
                                                                       {"lot", "l.lot"},
                                                                       {"lot_date", "l.lot_date"},
                                                                       {"source_doc", "l.source_doc"},
                                                                       {"amount", "d.amount"},
                                                                       {"town", "d.town"},
                                                                       {"village", "d.village"},
                                                                       {"project", "d.project"},
                                                                       {"payee_id", "d.payee_id"}};
  return implied;
}

}  // namespace

std::string select_by_entry_sql(const TableSpec& spec, const std::string& columns) {
  std::string table = spec.table;
  if (table != "flow") {
    std::string sql = "SELECT " + columns + " FROM " + table + " WHERE entry_id = ?1";
    if (spec.order_by) sql += std::string(" ORDER BY ") + spec.order_by;
    return sql;
  }
  std::string second = mapped_columns(columns, implied_flow_columns());
  return "SELECT " + columns + ", seq FROM flow_row WHERE entry_id = ?1 UNION ALL SELECT " + second +
         ", 1 FROM disbursement d JOIN flow_lot l ON l.id = d.lot_id WHERE d.entry_id = ?1 ORDER BY " +
         std::to_string(std::count(columns.begin(), columns.end(), ',') + 2);
}

std::vector<std::string> stream_sql(const TableSpec& spec) {
  std::string columns;
  for (std::size_t i = 0; i < spec.columns.size(); ++i)
    columns += (i ? ", " : "") + std::string(spec.columns[i]);
  std::string table = spec.table;
  if (table != "flow") {
    return {"SELECT entry_id, " + columns + " FROM " + table + " ORDER BY entry_id" +
            (spec.order_by ? std::string(", ") + spec.order_by : std::string())};
  }
  return {"SELECT entry_id, " + columns + " FROM flow_row ORDER BY entry_id, seq",
          "SELECT d.entry_id, " + mapped_columns(columns, implied_flow_columns()) +
              " FROM disbursement d CROSS JOIN flow_lot l ON l.id = d.lot_id ORDER BY d.entry_id"};
}

const TableSpec& stored_spec(const TableSpec& canonical) {
  std::string t = canonical.table;
  if (t == "flow") return kFlowStored;
  if (t == "disbursement") return kDisbursementStored;
  return canonical;
}

bool implied_flow(const std::vector<Value>& d, const std::vector<Value>& flow) {
  layout_checked();
  if (flow.size() != kFlowStored.columns.size() || d.size() + 4 != kDisbursementStored.columns.size())
    return false;
  if (flow[0] != Value(std::int64_t{1}) || flow[1] != Value(std::string("pay"))) return false;
  for (const auto& m : kImplied)
    if (flow[m.flow_col] != d[m.disbursement_col]) return false;
  return true;
}

std::int64_t LotIds::id_of(const std::vector<Value>& flow) {
  // Payments drawn from one lot follow each other (FIFO): the last lot first, without a key.
  constexpr std::size_t kLotColumns[] = {kFlowYear, kFlowEarmark, kFlowLot, kFlowLotDate, kFlowSource};
  if (last_id_ != 0 && std::equal(std::begin(kLotColumns), std::end(kLotColumns), last_.begin(),
                                  [&](std::size_t c, const Value& v) { return flow[c] == v; }))
    return last_id_;
  last_.clear();
  for (std::size_t c : kLotColumns) last_.push_back(flow[c]);
  last_id_ = lot_id(flow);
  return last_id_;
}

std::int64_t LotIds::lot_id(const std::vector<Value>& flow) {
  key_.clear();
  for (std::size_t c : {kFlowYear, kFlowEarmark, kFlowLot, kFlowLotDate, kFlowSource}) {
    if (const auto* i = std::get_if<std::int64_t>(&flow[c]))
      key_ += std::to_string(*i);
    else
      key_ += std::get<std::string>(flow[c]);
    key_.push_back('\x1f');
  }
  if (auto it = ids_.find(key_); it != ids_.end()) return it->second;
  auto bind = [&](Stmt& st) {
    int p = 1;
    for (std::size_t c : {kFlowYear, kFlowEarmark, kFlowLot, kFlowLotDate, kFlowSource})
      st.bind_static(p++, flow[c]);
  };
  auto find = db_.prepare(
      "SELECT id FROM flow_lot WHERE fiscal_year = ? AND earmark = ? AND lot = ? AND lot_date = ? AND "
      "source_doc = ?");
  bind(find);
  std::int64_t id = 0;
  if (find.step()) {
    id = find.int64(0);
  } else {
    auto add = db_.prepare(
        "INSERT INTO flow_lot (id, fiscal_year, earmark, lot, lot_date, source_doc) "
        "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM flow_lot), ?, ?, ?, ?, ?) RETURNING id");
    bind(add);
    add.step();
    id = add.int64(0);
  }
  ids_.emplace(key_, id);
  return id;
}

std::string entry_headers_sql(const std::string& columns) {
  static const std::unordered_map<std::string, std::string> payment = {
      {"id", "d.entry_id"},
      {"kind", "'disbursement'"},
      {"key", "d.voucher"},
      {"effective_date", "d.date"},
      {"recorded_at", "b.recorded_at"},
      {"operator", "b.operator"},
      {"import_id", "d.import_id"},
      {"override_reason", "d.override_reason"},
      {"prev_hash", "NULL"},
      {"hash", "d.hash"}};
  return "SELECT " + columns + " FROM entry_row UNION ALL SELECT " + mapped_columns(columns, payment) +
         " FROM disbursement d LEFT JOIN import_batch b ON b.id = d.import_id ORDER BY 1";
}

std::string lean_paid_per_lot_sql(const std::string& condition, bool moved) {
  // +lot_id: a full scan of the rows, not a walk of the partial index disbursement_lot.
  return std::string("SELECT lot_id, SUM(amount) AS paid") + (moved ? ", MAX(date) AS moved" : "") +
         " FROM disbursement WHERE +lot_id IS NOT NULL AND " + condition + " GROUP BY lot_id";
}

bool header_in_row(const std::string& kind) { return kind == "disbursement"; }

void bind_stored(Stmt& st, int first, const TableSpec& spec, const std::vector<Value>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    int p = first + static_cast<int>(i);
    if (static_cast<int>(i) == spec.blob_column)
      st.bind_blob_static(p, std::get<std::string>(row[i]));
    else
      st.bind_static(p, row[i]);
  }
}

std::vector<StoredRows> stored_rows(std::vector<TableRows>& tables, LotIds& lots,
                                    const PaymentHeader* payment) {
  std::vector<StoredRows> out;
  out.reserve(tables.size());
  bool lean = false;
  for (auto& t : tables) {
    const TableSpec& spec = stored_spec(*t.spec);
    if (lean && &spec == &kFlowStored) continue;  // the payment's one flow is implied by its own row
    StoredRows s{&spec, {}};
    if (&spec == &kDisbursementStored) {
      const TableRows* flows = &t + 1 != tables.data() + tables.size() ? &t + 1 : nullptr;
      if (flows && std::string(flows->spec->table) != "flow") flows = nullptr;
      auto& row = t.rows.at(0);  // the canonical row, extended in place to the stored one
      lean = flows && flows->rows.size() == 1 && implied_flow(row, flows->rows[0]);
      row.emplace_back(lean ? Value(lots.id_of(flows->rows[0])) : Value{});
      FL_ASSERT(payment != nullptr, "a disbursement row is stored with its entry header");
      row.emplace_back(payment->import_id);
      row.push_back(payment->override_reason);
      row.emplace_back(payment->hash);
      s.rows.push_back(&row);
    } else {
      for (auto& r : t.rows) s.rows.push_back(&r);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace fundledger::store
