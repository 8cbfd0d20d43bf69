// One scan of the payments in entry order, summed per payee in a hash table: no sort of every
// payment by payee (the GROUP BY this replaces spent most of its time in SQLite's sorter).
#include "store/sqlite/payee_balances.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_index.hpp"
#include "store/sqlite/read_helpers.hpp"

namespace fundledger::store {
namespace {

struct Payee {
  std::string name, latest;  // the name on the latest payment, and its date
  Money paid;                // the lean payments of the period
  bool named = false;        // paid by a payment (of any date)
  bool in_period = false;    // a lean payment of the period (its row is shown)
  bool in_flows = false;     // a flow_row pay flow of the period (its row is shown)
};

// The payees by id (base/string_index.hpp), their figures beside them.
class Payees {
 public:
  Payee& operator[](std::string_view id) {
    auto [n, fresh] = ids_.insert(id);
    if (fresh) all_.emplace_back();
    return all_[n];
  }
  [[nodiscard]] std::size_t size() const { return all_.size(); }
  Payee& at(std::uint32_t n) { return all_[n]; }
  std::string& id(std::uint32_t n) { return ids_.key(n); }

 private:
  StringIndex ids_;
  std::vector<Payee> all_;
};

// Every payment in entry order: names from all of them, sums from the lean ones of the period.
void scan_payments(Db& db, std::optional<int> year, const Date& as_of, Payees& payees) {
  auto st = db.prepare(
      "SELECT payee_id, payee_name, date, amount, "
      "lot_id IS NOT NULL AND date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2) "
      "FROM disbursement ORDER BY entry_id");
  col::bind_period(st, year, as_of);
  while (st.step()) {
    Payee& p = payees[st.text_view(0)];
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
      "SELECT payee_id, SUM(amount) FROM flow_row WHERE date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR "
      "fiscal_year = ?2) "
      "AND kind = 'pay' GROUP BY payee_id");
  col::bind_period(st, year, as_of);
  std::optional<Money> unnamed;  // the pay flows without a payee_id
  while (st.step()) {
    Money sum = Money::from_fen(st.int64(1));
    if (st.is_null(0)) {
      unnamed = sum;
      continue;
    }
    Payee& p = payees[st.text_view(0)];
    p.paid += sum;
    p.in_flows = true;
  }
  std::vector<std::uint32_t> shown;
  for (std::uint32_t n = 0; n < payees.size(); ++n)
    if (payees.at(n).in_period || payees.at(n).in_flows) shown.push_back(n);
  std::sort(shown.begin(), shown.end(), [&](auto a, auto b) { return payees.id(a) < payees.id(b); });
  std::vector<PlaceBalanceRow> out;
  out.reserve(shown.size() + 1);
  for (auto n : shown) {  // the strings moved out: the table is dropped next
    Payee& p = payees.at(n);
    // A payee_id of flow_row alone, never paid by a payment: no name (the LEFT JOIN's NULL).
    out.push_back({std::move(payees.id(n)),
                   p.named ? std::optional<std::string>(std::move(p.name)) : std::nullopt, Money(), p.paid});
  }
  if (unnamed) out.push_back({std::nullopt, std::nullopt, Money(), *unnamed});
  return out;
}

}  // namespace fundledger::store
