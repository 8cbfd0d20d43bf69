#include "store/sqlite/db.hpp"
#include "ledger/balance.hpp"

#include "ledger/ledger.hpp"

#include <algorithm>

namespace fundledger::ledger {

std::optional<BalanceBy> parse_balance_by(std::string_view s) {
  if (s == "category") return BalanceBy::category;
  if (s == "source") return BalanceBy::source;
  if (s == "earmark") return BalanceBy::earmark;
  if (s == "town") return BalanceBy::town;
  if (s == "village") return BalanceBy::village;
  if (s == "project") return BalanceBy::project;
  if (s == "payee") return BalanceBy::payee;
  return std::nullopt;
}

const char* to_string(BalanceBy b) {
  switch (b) {
    case BalanceBy::category: return "category";
    case BalanceBy::source: return "source";
    case BalanceBy::earmark: return "earmark";
    case BalanceBy::town: return "town";
    case BalanceBy::village: return "village";
    case BalanceBy::project: return "project";
    case BalanceBy::payee: return "payee";
  }
  return "?";
}

namespace {

Money fen(store::Stmt& st, int col) { return Money::from_fen(st.is_null(col) ? 0 : st.int64(col)); }

void add_total(Balance& b) {
  b.total.key = "total";
  b.total.name = "合计";
  for (const auto& c : b.columns) b.total.money[c] = Money();
  for (const auto& r : b.rows)
    for (const auto& [k, v] : r.money) b.total.money[k] += v;
}

Balance by_sources(store::Db& db, BalanceBy by, std::optional<int> year, const std::string& as_of) {
  Balance b{by, year, as_of, {"amount", "allocated", "unallocated", "disbursed"}, {}, {}};
  bool cat = by == BalanceBy::category;
  std::string key = cat ? "c.code" : "s.doc_no";
  std::string name = cat ? "c.name_zh" : "s.name";
  std::string sql =
      "WITH s AS (SELECT * FROM source WHERE received_on <= ?1 AND (?2 IS NULL OR fiscal_year = ?2)), "
      "f AS (SELECT source_doc, SUM(alloc) AS allocated, SUM(pay) AS disbursed "
      "      FROM agg_source_day WHERE date <= ?1 GROUP BY source_doc) "
      "SELECT " + key + ", " + name + ", SUM(s.amount), SUM(COALESCE(f.allocated, 0)), SUM(COALESCE(f.disbursed, 0)) "
      "FROM s JOIN category c ON c.code = s.category LEFT JOIN f ON f.source_doc = s.doc_no "
      "GROUP BY " + key + " ORDER BY " + (cat ? "MIN(c.seq)" : "MIN(s.received_on), s.doc_no");
  auto st = db.prepare(sql);
  st.bind(1, as_of);
  if (year) st.bind(2, *year); else st.bind_null(2);
  while (st.step()) {
    BalanceRow r;
    r.key = st.text(0);
    r.name = st.text(1);
    Money amount = fen(st, 2), allocated = fen(st, 3), disbursed = fen(st, 4);
    r.money = {{"amount", amount}, {"allocated", allocated}, {"unallocated", amount - allocated}, {"disbursed", disbursed}};
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  return b;
}

Balance by_earmark(store::Repository& repo, std::optional<int> year, const std::string& as_of) {
  store::Db& db = repo.legacy_db();
  Balance b{BalanceBy::earmark, year, as_of, {"budget", "allocated", "disbursed", "available"}, {}, {}};
  auto st = db.prepare(
      "SELECT fiscal_year, earmark, SUM(alloc), SUM(pay) "
      "FROM agg_earmark_day WHERE date <= ?1 AND (?2 IS NULL OR fiscal_year = ?2) GROUP BY fiscal_year, earmark");
  st.bind(1, as_of);
  if (year) st.bind(2, *year); else st.bind_null(2);
  std::map<std::pair<int, std::string>, std::pair<Money, Money>> flows;
  while (st.step()) flows[{static_cast<int>(st.int64(0)), st.text(1)}] = {fen(st, 2), fen(st, 3)};
  for (const auto& l : earmark_lines(repo, year)) {
    BalanceRow r;
    r.key = l.code;
    r.name = l.name;
    r.fiscal_year = l.fiscal_year;
    auto it = flows.find({l.fiscal_year, l.code});
    Money allocated, disbursed;
    if (it != flows.end()) std::tie(allocated, disbursed) = it->second;
    r.money = {{"budget", l.amount}, {"allocated", allocated}, {"disbursed", disbursed}, {"available", allocated - disbursed}};
    if (l.amount.is_positive()) r.progress = Rational(disbursed.fen(), l.amount.fen());
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  if (b.total.money["budget"].is_positive()) b.total.progress = Rational(b.total.money["disbursed"].fen(), b.total.money["budget"].fen());
  return b;
}

Balance by_place(store::Db& db, BalanceBy by, std::optional<int> year, const std::string& as_of) {
  std::string col = by == BalanceBy::town ? "town" : by == BalanceBy::village ? "village" : by == BalanceBy::project ? "project" : "payee_id";
  bool has_alloc = by == BalanceBy::town || by == BalanceBy::project;
  Balance b{by, year, as_of, {}, {}, {}};
  if (has_alloc) b.columns.push_back("allocated");
  b.columns.push_back("disbursed");
  std::string sql;
  if (by == BalanceBy::town) {
    // From the running totals ('' = no town), not from every payment: whole months before the
    // as-of date's month, then the days of its month up to the date.
    sql = "WITH t AS (SELECT town, alloc, pay FROM agg_town_month WHERE month < substr(?1, 1, 7) AND (?2 IS NULL OR fiscal_year = ?2) "
          "UNION ALL SELECT town, alloc, pay FROM agg_town_day WHERE date >= substr(?1, 1, 7) || '-01' AND date <= ?1 "
          "AND (?2 IS NULL OR fiscal_year = ?2)) "
          "SELECT NULLIF(town, ''), NULL, SUM(alloc), SUM(pay) FROM t GROUP BY town ORDER BY town = '', town";
  } else {
    // A payee's name: the one on its latest payment (one pass over the payments, not one per payee).
    std::string with = by == BalanceBy::payee
                           ? "WITH names AS (SELECT payee_id, payee_name, MAX(date) FROM disbursement GROUP BY payee_id) "
                           : "";
    std::string name = by == BalanceBy::payee ? "(SELECT payee_name FROM names n WHERE n.payee_id = flow.payee_id)"
                       : by == BalanceBy::village ? "MAX(town)"
                                                  : "NULL";
    sql = with + "SELECT " + col + ", " + name +
          ", SUM(CASE WHEN kind = 'alloc' THEN amount ELSE 0 END), SUM(CASE WHEN kind = 'pay' THEN amount ELSE 0 END) "
          "FROM flow WHERE date <= ?1 AND (?2 IS NULL OR fiscal_year = ?2) " +
          (has_alloc ? std::string() : std::string("AND kind = 'pay' ")) + "GROUP BY " + col + " ORDER BY " + col + " IS NULL, " + col;
  }
  auto st = db.prepare(sql);
  st.bind(1, as_of);
  if (year) st.bind(2, *year); else st.bind_null(2);
  while (st.step()) {
    BalanceRow r;
    r.key = st.is_null(0) ? "" : st.text(0);
    if (by == BalanceBy::payee) r.name = st.text(1);
    else if (by == BalanceBy::village) r.name = st.is_null(1) ? r.key : st.text(1) + " " + r.key;
    else r.name = r.key;
    if (r.key.empty()) r.name = "(未指定 unspecified)";
    if (has_alloc) r.money["allocated"] = fen(st, 2);
    r.money["disbursed"] = fen(st, 3);
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  return b;
}

}  // namespace

Balance balance(store::Repository& repo, BalanceBy by, std::optional<int> year, const std::string& as_of) {
  store::Db& db = repo.legacy_db();
  switch (by) {
    case BalanceBy::category:
    case BalanceBy::source: return by_sources(db, by, year, as_of);
    case BalanceBy::earmark: return by_earmark(repo, year, as_of);
    default: return by_place(db, by, year, as_of);
  }
}

namespace {

// One table of running totals against the flows it summarises (they are derived data): `keys` are
// the table's key columns, each with the expression over a flow that gives it. Selects the first
// entry of the flows feeding the disagreeing total, then its keys: the total whose flows start
// earliest; a row of the table that no flow feeds (entry NULL) only if no fed total disagrees.
// One pass over the flows and a lookup of each group by the table's primary key; the FULL JOIN
// (SQLite >= 3.39; Debian 12 has 3.40) also finds rows on either side without a partner.
std::string totals_sql(const std::string& table, const std::vector<std::pair<std::string, std::string>>& keys) {
  std::string f_keys, group, on, out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string k = "k" + std::to_string(i);
    f_keys += keys[i].second + " AS " + k + ", ";
    group += (i ? ", " : "") + k;
    on += std::string(i ? " AND " : "") + "g." + keys[i].first + " = f." + k;
    out += ", COALESCE(f." + k + ", g." + keys[i].first + ")";
  }
  return "WITH f AS (SELECT " + f_keys +
         "SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END) AS a, SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END) AS p, "
         "MIN(entry_id) AS e FROM flow GROUP BY " + group + ") "
         "SELECT f.e" + out + " FROM f FULL JOIN " + table + " g ON " + on +
         " WHERE f.a IS NOT g.alloc OR f.p IS NOT g.pay ORDER BY f.e IS NULL, f.e LIMIT 1";
}

}  // namespace

std::vector<InvariantViolation> check_invariants(store::Repository& repo) {
  store::Db& db = repo.legacy_db();
  std::vector<InvariantViolation> out;
  // Each query selects the entry to name (NULL: none) first, then what its message needs.
  auto run = [&](const std::string& sql, auto&& message) {
    auto st = db.prepare(sql);
    while (st.step()) out.push_back({st.is_null(0) ? std::nullopt : std::optional<std::int64_t>(st.int64(0)), message(st)});
  };
  // A lot overspent: its balance after all its flows is negative. Named: the entry after which its
  // balance first went negative (running balance in entry order, all the entry's flows on the lot
  // taken together: the window's default RANGE frame includes the rows of the same entry). Only the
  // flows of overspent lots are ordered, so a sound ledger costs one pass over the flows.
  run("WITH bad AS (SELECT fiscal_year, earmark, lot, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) AS balance FROM flow "
      "GROUP BY fiscal_year, earmark, lot HAVING SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) < 0), "
      "r AS (SELECT b.fiscal_year, b.earmark, b.lot, b.balance, f.entry_id, "
      "SUM(CASE f.kind WHEN 'alloc' THEN f.amount ELSE -f.amount END) OVER (PARTITION BY b.fiscal_year, b.earmark, b.lot ORDER BY f.entry_id) AS running "
      "FROM bad b JOIN flow f ON f.fiscal_year = b.fiscal_year AND f.earmark = b.earmark AND f.lot = b.lot) "
      "SELECT MIN(CASE WHEN running < 0 THEN entry_id END), lot, balance FROM r GROUP BY fiscal_year, earmark, lot",
      [](store::Stmt& st) { return "lot " + st.text(1) + " is overspent: balance " + format_yuan(Money::from_fen(st.int64(2))); });
  run("SELECT s.entry_id, s.doc_no, s.amount, SUM(f.amount) FROM source s JOIN flow f ON f.source_doc = s.doc_no AND f.kind = 'alloc' "
      "GROUP BY s.doc_no HAVING SUM(f.amount) > s.amount OR SUM(f.amount) < 0",
      [](store::Stmt& st) {
        return "source " + st.text(1) + " is over-allocated: " + format_yuan(Money::from_fen(st.int64(3))) + " of " + format_yuan(Money::from_fen(st.int64(2)));
      });
  run("SELECT d.entry_id, d.voucher, d.amount, COALESCE((SELECT SUM(amount) FROM flow f WHERE f.entry_id = d.entry_id), 0) AS a FROM disbursement d "
      "WHERE a != d.amount",
      [](store::Stmt& st) {
        return "payment " + st.text(1) + " of " + format_yuan(Money::from_fen(st.int64(2))) + " is attributed " + format_yuan(Money::from_fen(st.int64(3)));
      });
  run("SELECT a.entry_id, a.voucher FROM allocation a WHERE a.amount != COALESCE((SELECT SUM(amount) FROM flow f WHERE f.entry_id = a.entry_id), 0)",
      [](store::Stmt& st) { return "allocation " + st.text(1) + " does not match its flow"; });
  // The running totals must agree with the flows they summarise.
  run(totals_sql("agg_earmark_day", {{"fiscal_year", "fiscal_year"}, {"earmark", "earmark"}, {"date", "date"}}),
      [](store::Stmt& st) { return "daily totals of earmark " + st.text(1) + "/" + st.text(2) + " on " + st.text(3) + " disagree with the flows"; });
  run(totals_sql("agg_town_day", {{"fiscal_year", "fiscal_year"}, {"town", "COALESCE(town, '')"}, {"date", "date"}}),
      [](store::Stmt& st) { return "daily totals of town '" + st.text(2) + "' on " + st.text(3) + " disagree with the flows"; });
  run(totals_sql("agg_source_day", {{"source_doc", "source_doc"}, {"date", "date"}}),
      [](store::Stmt& st) { return "daily totals of source " + st.text(1) + " on " + st.text(2) + " disagree with the flows"; });
  run(totals_sql("agg_town_month", {{"fiscal_year", "fiscal_year"}, {"town", "COALESCE(town, '')"}, {"month", "substr(date, 1, 7)"}}),
      [](store::Stmt& st) { return "monthly totals of town '" + st.text(2) + "' in " + st.text(3) + " disagree with the flows"; });
  run(totals_sql("agg_flow_month", {{"fiscal_year", "fiscal_year"}, {"earmark", "earmark"}, {"source_doc", "source_doc"}, {"month", "substr(date, 1, 7)"}}),
      [](store::Stmt& st) { return "monthly totals of earmark " + st.text(2) + " from source " + st.text(3) + " in " + st.text(4) + " disagree with the flows"; });
  run("SELECT b.entry_id, b.fiscal_year, b.total, (SELECT SUM(amount) FROM budget_line l WHERE l.entry_id = b.entry_id) AS s FROM budget b WHERE s != b.total",
      [](store::Stmt& st) { return "budget " + st.text(1) + " lines do not sum to its total"; });
  // Several invariants broken: the ledger's first bad entry is the smallest entry named, whichever
  // check named it; violations that name no entry come last. Stable: ties keep the checks' order.
  std::stable_sort(out.begin(), out.end(), [](const InvariantViolation& a, const InvariantViolation& b) {
    if (a.entry_id.has_value() != b.entry_id.has_value()) return a.entry_id.has_value();
    return a.entry_id < b.entry_id;
  });
  return out;
}

}  // namespace fundledger::ledger
