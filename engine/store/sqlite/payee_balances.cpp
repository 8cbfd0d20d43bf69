// One scan of the payments in entry order, summed per payee in a hash table: no sort of every
// payment by payee (the GROUP BY this replaces spent most of its time in SQLite's sorter).
#include "store/sqlite/payee_balances.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fundledger::store {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct Payee {
  std::string name, latest;  // the name on the latest payment, and its date
  Money paid;                // the lean payments of the period
  bool named = false;        // paid by a payment (of any date)
  bool in_period = false;    // a lean payment of the period (its row is shown)
  bool in_flows = false;     // a flow_row pay flow of the period (its row is shown)
};

using Payees = std::unordered_map<std::string, Payee, Hash, std::equal_to<>>;

void bind_period(Stmt& st, std::optional<int> year, const Date& as_of) {
  st.bind(1, calendar::format_date(as_of));
  if (year)
    st.bind(2, *year);
  else
    st.bind_null(2);
}

// Every payment in entry order: names from all of them, sums from the lean ones of the period.
void scan_payments(Db& db, std::optional<int> year, const Date& as_of, Payees& payees) {
  auto st = db.prepare(
      "SELECT payee_id, payee_name, date, amount, "
      "lot_id IS NOT NULL AND date <= ?1 AND (?2 IS NULL OR fiscal_year = ?2) "
      "FROM disbursement ORDER BY entry_id");
  bind_period(st, year, as_of);
  while (st.step()) {
    std::string_view id = st.text_view(0);
    auto it = payees.find(id);
    if (it == payees.end()) it = payees.emplace(std::string(id), Payee{}).first;
    Payee& p = it->second;
    std::string_view date = st.text_view(2);
    // Strictly later only: on a tie the first payment's name stays.
    if (!p.named || date > std::string_view(p.latest)) {
      p.named = true;
      p.latest.assign(date);
      p.name.assign(st.text_view(1));
    }
    if (st.int64(4) != 0) {
      p.paid += Money::from_fen(st.int64(3));
      p.in_period = true;
    }
  }
}

}  // namespace

std::vector<PlaceBalanceRow> payee_balances(Db& db, std::optional<int> year, const Date& as_of) {
  Payees payees;
  scan_payments(db, year, as_of, payees);
  auto st = db.prepare(
      "SELECT payee_id, SUM(amount) FROM flow_row WHERE date <= ?1 AND (?2 IS NULL OR fiscal_year = ?2) "
      "AND kind = 'pay' GROUP BY payee_id");
  bind_period(st, year, as_of);
  std::optional<Money> unnamed;  // the pay flows without a payee_id
  while (st.step()) {
    Money sum = Money::from_fen(st.int64(1));
    if (st.is_null(0)) {
      unnamed = sum;
      continue;
    }
    std::string_view id = st.text_view(0);
    auto it = payees.find(id);
    if (it == payees.end()) it = payees.emplace(std::string(id), Payee{}).first;
    it->second.paid += sum;
    it->second.in_flows = true;
  }
  std::vector<std::pair<const std::string*, const Payee*>> shown;
  for (const auto& [id, p] : payees)
    if (p.in_period || p.in_flows) shown.emplace_back(&id, &p);
  std::sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::vector<PlaceBalanceRow> out;
  out.reserve(shown.size() + 1);
  for (const auto& [id, p] : shown) {
    // A payee_id of flow_row alone, never paid by a payment: no name (the LEFT JOIN's NULL).
    out.push_back({*id, p->named ? std::optional<std::string>(p->name) : std::nullopt, Money(), p->paid});
  }
  if (unnamed) out.push_back({std::nullopt, std::nullopt, Money(), *unnamed});
  return out;
}

}  // namespace fundledger::store
