// Balances and contracts: the money contracts still commit (ledger/commitments.hpp) as a column of
// the balances by earmark and by project, and the balance by contract. A ledger without contracts
// shows the balances it always did.
#include "ledger/balance_contracts.hpp"

#include <map>

#include "ledger/commitments.hpp"
#include "store/project_reads.hpp"

namespace fundledger::ledger {

using calendar::Date;

namespace {

std::vector<store::ContractState> contracts_of(store::Repository& repo, std::optional<int> year,
                                               const Date& as_of) {
  std::vector<store::ContractState> out;
  for (auto& c : repo.projects().contracts())
    if (c.contract.signed_on <= as_of && (!year || c.contract.fiscal_year == *year))
      out.push_back(std::move(c));
  return out;
}

// Inserts the column `committed` before `before` (or at the end), from `of` per row.
void insert_committed(Balance& b, const std::string& before,
                      const std::function<Money(const BalanceRow&)>& of) {
  auto at = std::find(b.columns.begin(), b.columns.end(), before);
  b.columns.insert(at, "committed");
  b.total.money["committed"] = Money{};
  for (auto& r : b.rows) {
    r.money["committed"] = of(r);
    b.total.money["committed"] += r.money["committed"];
  }
}

}  // namespace

void add_committed(store::Repository& repo, Balance& b, const Date& as_of) {
  auto contracts = contracts_of(repo, b.year, as_of);
  if (contracts.empty()) return;
  std::map<std::pair<int, std::string>, Money> by_earmark;
  std::map<std::string, Money> by_project;
  for (const auto& c : contracts) {
    Money open = Commitments::open_amount(c, as_of);
    by_earmark[{c.contract.fiscal_year, c.contract.earmark}] += open;
    by_project[c.contract.project] += open;
  }
  if (b.by == BalanceBy::earmark) {
    insert_committed(b, "available", [&](const BalanceRow& r) {
      return by_earmark[{*r.fiscal_year, r.key}];
    });
    // What an earmark can still pay: allocated − paid − committed.
    for (auto* r : {&b.total}) r->money["available"] -= r->money["committed"];
    for (auto& r : b.rows) r.money["available"] -= r.money["committed"];
  } else if (b.by == BalanceBy::project) {
    insert_committed(b, "", [&](const BalanceRow& r) { return by_project[r.key]; });
  }
}

Balance balance_by_contract(store::Repository& repo, std::optional<int> year, const Date& as_of) {
  Balance b{
      BalanceBy::contract, year, calendar::format_date(as_of), {"amount", "disbursed", "committed"}, {}, {}};
  for (const auto& c : contracts_of(repo, year, as_of)) {
    BalanceRow r;
    r.key = c.contract.contract_id;
    r.name = c.contract.project;
    r.fiscal_year = c.contract.fiscal_year;
    r.money = {{"amount", c.contract.amount},
               {"disbursed", c.drawn},
               {"committed", Commitments::open_amount(c, as_of)}};
    b.rows.push_back(std::move(r));
  }
  for (const auto& col : b.columns) {
    b.total.money[col] = Money{};
    for (const auto& r : b.rows) b.total.money[col] += r.money.at(col);
  }
  return b;
}

void merge_library_projects(store::Repository& repo, Balance& b) {
  auto library = repo.projects().projects();
  if (library.empty()) return;
  std::map<std::string, std::string> id_of, name_of;  // by id and by unique name -> id; id -> name
  std::map<std::string, int> named;
  for (const auto& p : library) ++named[p.name];
  for (const auto& p : library) {
    id_of[p.project_id] = p.project_id;
    name_of[p.project_id] = p.name;
    if (named[p.name] == 1) id_of.emplace(p.name, p.project_id);
  }
  std::map<std::string, BalanceRow> merged;  // by key, so rows stay in key order
  for (auto& r : b.rows) {
    auto it = id_of.find(r.key);
    if (it == id_of.end()) {
      merged.emplace(r.key, std::move(r));
      continue;
    }
    auto& row = merged[it->second];
    row.key = it->second;
    row.name = name_of[it->second];
    for (const auto& [column, m] : r.money) row.money[column] += m;
  }
  b.rows.clear();
  for (auto& [key, r] : merged)
    if (!key.empty()) b.rows.push_back(std::move(r));
  if (auto none = merged.find(""); none != merged.end()) b.rows.push_back(std::move(none->second));  // last
}

}  // namespace fundledger::ledger
