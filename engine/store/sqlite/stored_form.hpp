// The stored form of the journal's rows (schema 7, issue 13), which differs from the canonical
// form the hash chain covers in one way: a payment whose only flow is the one its disbursement row
// implies stores no flow row; its disbursement row names the flow's lot instead (lot_id, a row of
// flow_lot: year, earmark, lot, lot date, source document, stored once per lot). Every other flow
// is stored in `flow_row`. The view `flow` puts the two together again
// (schemas/0007_lean_payment.sql), so reads and verify see the canonical rows.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite/journal.hpp"
#include "store/sqlite/lot_ids.hpp"

namespace fundledger::store {

// One table's rows as they are inserted: the physical table, its columns (without entry_id).
struct StoredRows {
  const TableSpec* spec;                  // a stored spec: table and columns as inserted
  std::vector<std::vector<Value>*> rows;  // into the caller's rows (a disbursement row extended in place)
};

// SELECT of `columns` (canonical names, comma-separated) of one entry's rows of `spec` (bound to
// ?1), ordered by seq for a child table. For flow, the two halves of the view queried directly
// and merged in seq order (each half in its index order: no sort, no co-routine per entry).
std::string select_by_entry_sql(const TableSpec& spec, const std::string& columns);

// SELECTs of entry_id and the canonical `spec`'s columns of every row, in entry order (then seq):
// one statement, or for flow two (the rows of flow_row; the flows implied by lean payments), each
// ordered by entry_id. verify reads each table once this way instead of seeking per entry.
std::vector<std::string> stream_sql(const TableSpec& spec);

// The stored spec of a canonical one (flow -> flow_row; disbursement with its lot_id).
const TableSpec& stored_spec(const TableSpec& canonical);

// Whether `flow` (a flow row in canonical column order) is the flow a disbursement row `d` implies.
bool implied_flow(const std::vector<Value>& d, const std::vector<Value>& flow);

// A payment's entry header, stored in its own disbursement row (schema 7).
struct PaymentHeader {
  std::int64_t import_id;
  Value override_reason;
  std::string hash;
};

// SELECT of `columns` (of id, kind, key, effective_date, recorded_at, operator, import_id,
// override_reason, prev_hash, hash) of every entry header, in id order: entry_row's, then a
// payment's from its row (prev_hash NULL: it is the previous entry's hash), merged by id.
std::string entry_headers_sql(const std::string& columns);

// SELECT lot_id, SUM(amount) AS paid of the lean payments (disbursement rows naming their lot)
// that meet `condition` (on disbursement's columns), grouped by lot: the implied flows summed per
// lot in one scan of the payments' rows, not row by row through the view. With `moved`, also
// MAX(date) AS moved: the latest of those payments' dates.
std::string lean_paid_per_lot_sql(const std::string& condition, bool moved = false);

// Whether an entry of `kind` keeps its header in its own row (a payment) rather than in entry_row.
bool header_in_row(const std::string& kind);

// The rows an entry's canonical rows are stored as (pointing into `tables`, which must outlive
// the result, and whose disbursement row gains its stored columns: hash the rows first). `payment` is the
// header a disbursement row carries (nullptr for other entries).
std::vector<StoredRows> stored_rows(std::vector<TableRows>& tables, LotIds& lots,
                                    const PaymentHeader* payment);

// Binds one stored row's values from parameter `first` on (the spec's blob column as a BLOB).
void bind_stored(Stmt& st, int first, const TableSpec& spec, const std::vector<Value>& row);

}  // namespace fundledger::store
