// Typed entries (engine/entries) <-> the journal's rows, by the fields each struct lists.
//
// A struct's fields are its table's columns in TableSpec order (journal.cpp); checked once per
// struct on first use, so a field added to one side only fails loudly at once. A child table
// ordered by "seq" (budget lines, flows) gets seq = position + 1.
#pragma once

#include <cassert>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "store/sqlite/db.hpp"
#include "store/sqlite/journal.hpp"

namespace fundledger::store {

inline Value to_value(const std::string& v) { return v; }
inline Value to_value(const std::optional<std::string>& v) { return v ? Value(*v) : Value{}; }
inline Value to_value(int v) { return std::int64_t{v}; }
inline Value to_value(const std::optional<int>& v) { return v ? Value(std::int64_t{*v}) : Value{}; }
inline Value to_value(bool v) { return std::int64_t{v ? 1 : 0}; }
inline Value to_value(const Money& v) { return v.fen64(); }
inline Value to_value(const std::optional<Money>& v) { return v ? Value(v->fen64()) : Value{}; }
inline Value to_value(const calendar::Date& v) { return calendar::format_date(v); }
inline Value to_value(const std::optional<calendar::Date>& v) {
  return v ? Value(calendar::format_date(*v)) : Value{};
}

void read_column(const Stmt& st, int col, std::string& out);
void read_column(const Stmt& st, int col, std::optional<std::string>& out);
void read_column(const Stmt& st, int col, int& out);
void read_column(const Stmt& st, int col, std::optional<int>& out);
void read_column(const Stmt& st, int col, bool& out);
void read_column(const Stmt& st, int col, Money& out);
void read_column(const Stmt& st, int col, std::optional<Money>& out);
void read_column(const Stmt& st, int col, calendar::Date& out);
void read_column(const Stmt& st, int col, std::optional<calendar::Date>& out);

// The field names of T, in order.
template <class T>
std::vector<const char*> field_names() {
  std::vector<const char*> names;
  T t{};
  T::fields(t, [&](const char* name, auto&) { names.push_back(name); });
  return names;
}

// Asserts (once per T) that T's fields are the spec's columns, after seq for a child table.
template <class T>
void check_fields_match(const TableSpec& spec) {
  static const bool ok = [&] {
    auto names = field_names<T>();
    std::size_t skip = spec.order_by ? 1 : 0;
    if (names.size() + skip != spec.columns.size()) return false;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (std::string(names[i]) != spec.columns[i + skip]) return false;
    return true;
  }();
  assert(ok && "entry struct fields differ from the table's columns");
  (void)ok;
}

// One row of T's table: its fields as values (seq first for a child table).
template <class T>
std::vector<Value> encode_row(const TableSpec& spec, const T& t, std::int64_t seq) {
  check_fields_match<T>(spec);
  std::vector<Value> row;
  row.reserve(spec.columns.size());
  if (spec.order_by) row.emplace_back(seq);
  T::fields(t, [&](const char*, const auto& field) { row.push_back(to_value(field)); });
  return row;
}

// A T from a row selected with its spec's columns (without seq), starting at column `first`.
template <class T>
T decode_row(const TableSpec& spec, const Stmt& st, int first = 0) {
  check_fields_match<T>(spec);
  T t{};
  int col = first;
  T::fields(t, [&](const char*, auto& field) { read_column(st, col++, field); });
  return t;
}

// The columns of T's table (without seq), comma-separated, for a SELECT.
std::string column_list(const TableSpec& spec);

EntryHeader header_of(const entries::Entry& e);
std::vector<TableRows> rows_of(const entries::Entry& e);

}  // namespace fundledger::store
