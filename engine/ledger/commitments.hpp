// The apply stage's view of the contracts (合同) that commit an earmark's money: what each still
// commits (its amount less what its payments drew, until it is closed or voided), by earmark.
// Loaded from the store on first use, kept up to date as contracts and draws are applied.
//
// The invariant (one place: Applier::contract and Applier::disbursement call these): an earmark's
// money committed to contracts is kept for them. A contract may commit no more than the earmark
// has available and uncommitted on the day it is signed; a payment naming a contract may draw no
// more than the contract still commits; a payment naming none may not use committed money.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/project_reads.hpp"

namespace fundledger::ledger {

class Commitments {
 public:
  explicit Commitments(store::ProjectReads& reads) : reads_(reads) {}

  // nullptr: no such contract.
  store::ContractState* find(const std::string& contract_id);
  // What contracts of the earmark signed on or before `on`, and not ended by then, still commit.
  Money committed(int fiscal_year, const std::string& earmark, const calendar::Date& on);
  void add(const entries::Contract& c);
  void draw(const std::string& contract_id, const Money& amount);
  // What the contract still commits on `on` (zero once ended).
  static Money open_amount(const store::ContractState& c, const calendar::Date& on);

 private:
  void load();
  void add_state(store::ContractState c);
  store::ProjectReads& reads_;
  bool loaded_ = false;
  std::map<std::string, store::ContractState> contracts_;
  std::map<std::pair<int, std::string>, std::vector<std::string>> by_earmark_;
};

}  // namespace fundledger::ledger
