#include "ledger/commitments.hpp"

namespace fundledger::ledger {

void Commitments::load() {
  if (loaded_) return;
  loaded_ = true;
  for (auto& c : reads_.contracts()) add_state(c);
}

void Commitments::add_state(store::ContractState c) {
  auto key = std::make_pair(c.contract.fiscal_year, c.contract.earmark);
  by_earmark_[key].push_back(c.contract.contract_id);
  contracts_.emplace(c.contract.contract_id, std::move(c));
}

store::ContractState* Commitments::find(const std::string& contract_id) {
  load();
  auto it = contracts_.find(contract_id);
  return it == contracts_.end() ? nullptr : &it->second;
}

Money Commitments::open_amount(const store::ContractState& c, const calendar::Date& on) {
  if (c.contract.signed_on > on || (c.end && c.end->date <= on)) return Money{};
  Money open = c.contract.amount - c.drawn;
  return open.is_negative() ? Money{} : open;
}

Money Commitments::committed(int fiscal_year, const std::string& earmark, const calendar::Date& on) {
  load();
  Money total;
  auto it = by_earmark_.find({fiscal_year, earmark});
  if (it == by_earmark_.end()) return total;
  for (const auto& id : it->second) total += open_amount(contracts_.at(id), on);
  return total;
}

void Commitments::add(const entries::Contract& c) {
  load();
  add_state({c, Money{}, std::nullopt});
}

void Commitments::draw(const std::string& contract_id, const Money& amount) {
  if (auto* c = find(contract_id)) c->drawn += amount;
}

}  // namespace fundledger::ledger
