// What the typed reads on SQLite share: typed values from a result row, typed parameters bound,
// and statements prepared once for look-ups made once per row of another read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "money/money.hpp"
#include "store/errors.hpp"
#include "store/sqlite/cached_stmt.hpp"
#include "store/sqlite/db.hpp"
#include "text/text.hpp"

namespace fundledger::store::col {

// The condition that keeps, of budget `b`, only each fiscal year's latest revision (the lines in force).
inline constexpr const char* kLatestBudgetRevision =
    "b.revision = (SELECT MAX(revision) FROM budget b2 WHERE b2.fiscal_year = b.fiscal_year)";

// The override reason of the entry of flow `f` (an alias in the query): a payment's header is its
// own disbursement row, any other entry's a row of entry_row (schema 7).
inline constexpr const char* kOverrideOfFlowEntry =
    "COALESCE((SELECT d.override_reason FROM disbursement d WHERE d.entry_id = f.entry_id), "
    "(SELECT e.override_reason FROM entry_row e WHERE e.id = f.entry_id))";

// `pf`: the flows of payment ?1 and of the corrections that target it, as the view `flow` has them,
// read from its two halves directly. Through the view, `entry_id IN (...)` is not pushed into the
// half a payment's own flow is implied from, so every disbursement was read for one voucher (1 s at
// 10^6 payments, and report ranking reads one voucher per payment of its months).
inline constexpr const char* kPaymentFlowsCte =
    "WITH pf AS (SELECT r.entry_id, r.seq, r.kind, r.lot, r.lot_date, r.source_doc, r.fiscal_year, "
    "r.earmark, "
    "r.amount, r.town, r.village, r.project, r.payee_id FROM flow_row r WHERE r.entry_id IN "
    "(SELECT entry_id FROM disbursement WHERE voucher = ?1 UNION ALL SELECT entry_id FROM correction WHERE "
    "target = ?1) "
    "UNION ALL SELECT d.entry_id, 1, 'pay', l.lot, l.lot_date, l.source_doc, l.fiscal_year, l.earmark, "
    "d.amount, "
    "d.town, d.village, d.project, d.payee_id FROM disbursement d JOIN flow_lot l ON l.id = d.lot_id "
    "WHERE d.voucher = ?1) ";

// Money stored as INTEGER fen; NULL (the SUM of no rows) is zero.
inline Money money(const Stmt& st, int c) {
  return Money::from_fen(st.is_null(c) ? std::int64_t{0} : st.int64(c));
}

inline int year(const Stmt& st, int c) { return static_cast<int>(st.int64(c)); }

// A date stored as YYYY-MM-DD text; anything else means the file was damaged.
inline calendar::Date date(const Stmt& st, int c) {
  auto stored = st.text(c);
  auto d = calendar::parse_date(stored);
  if (!d) throw StoreError(text::tr("store.bad_date", text::arg("why", d.error)));
  return *d.value;
}

// Dates are stored and compared as YYYY-MM-DD text.
inline void bind_date(Stmt& st, int index, const calendar::Date& d) {
  st.bind(index, calendar::format_date(d));
}

// An optional fiscal year: NULL stands for every year.
inline void bind_year(Stmt& st, int index, std::optional<int> year) {
  if (year)
    st.bind(index, *year);
  else
    st.bind_null(index);
}

// A read's period: ?1 the as-of date, ?2 the fiscal year or NULL for every year.
inline void bind_period(Stmt& st, std::optional<int> year, const calendar::Date& as_of) {
  bind_date(st, 1, as_of);
  bind_year(st, 2, year);
}

}  // namespace fundledger::store::col
