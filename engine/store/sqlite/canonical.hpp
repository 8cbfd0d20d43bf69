// The canonical form of the journal: the bytes each entry's hash covers.
//
//   hash(entry) = SHA-256(hash(previous entry) || header || [import record] || rows...)
//
// The header is the entry's id, kind, key, date, time, operator, import id and override reason.
// The first entry of each import (from schema 8 on) also covers the import's record: its file name,
// the file's SHA-256, operator, time and override reason (issue 18: provenance under the chain).
// Then each of the kind's tables (TableSpec, in registry order) writes its rows of the entry,
// column by column as name, type and value. The same TableSpec objects are used to insert and to
// verify, so what is hashed is exactly what is stored (stored_form.hpp maps the canonical rows to
// the stored ones).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/sqlite/db.hpp"

namespace fundledger::store {

struct TableSpec {
  const char* table;
  std::vector<const char*> columns;  // without entry_id, which every journal table has
  const char* order_by;              // for child tables with several rows per entry ("seq"), else nullptr
  int blob_column = -1;              // the column bound as a BLOB (a stored payment's hash), else -1
  // Columns from this index on were added to a journaled table after rows were recorded in it:
  // the hash covers such a column only where it is set (not NULL), so older rows keep their hashes.
  int hashed_when_set_from = -1;
};

// The tables an entry of `kind` writes, in canonical order. Throws std::invalid_argument for an
// unknown kind (a programmer error).
const std::vector<const TableSpec*>& tables_for_kind(const std::string& kind);
const TableSpec& table_spec(const std::string& table);
// Every journaled table, and the kinds of entry whose rows a table may hold.
const std::vector<const TableSpec*>& all_specs();
std::vector<std::string> kinds_writing(const TableSpec& spec);

// An entry's header as the hash covers it.
struct CanonicalHeader {
  std::int64_t id;
  std::string_view kind, key, date, recorded_at, operator_name;
  std::int64_t import_id;
  const std::optional<std::string>& override_reason;
};
void append_header(std::string& out, const CanonicalHeader& h);

// An import run's record (table import_batch), hashed with the first entry it records.
struct ImportRecord {
  std::int64_t id = 0;
  std::string kind, file_name, file_sha256, operator_name, recorded_at;
  std::optional<std::string> override_reason;
};
void append_import_record(std::string& out, const ImportRecord& r);

// Canonical byte form of one row.
void append_canonical(std::string& out, const TableSpec& spec, const std::vector<Value>& row);

}  // namespace fundledger::store
