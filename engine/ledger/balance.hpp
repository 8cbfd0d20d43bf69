// Balances: derived from the stored flows, never typed in. Pure reads; "as of" a date.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

// county: one row per county's ledger (a roll-up across ledgers, CountyRollup).
// function_class ... to_persons: the classifications (预算科目) of the sources, or of the budget lines
// (balance_by_class).
enum class BalanceBy {
  category,
  source,
  earmark,
  town,
  village,
  project,
  payee,
  county,
  contract,
  function_class,
  economic_class,
  fund_nature,
  direct,
  to_persons
};
std::optional<BalanceBy> parse_balance_by(std::string_view s);
const char* to_string(BalanceBy b);

struct BalanceRow {
  std::string key, name;
  std::optional<int> fiscal_year;      // by earmark
  std::map<std::string, Money> money;  // column -> amount
  std::optional<Rational> progress;    // by earmark: disbursed / budget
};

struct Balance {
  BalanceBy by;
  std::optional<int> year;
  std::string as_of;
  std::vector<std::string> columns;  // money columns in display order
  std::vector<BalanceRow> rows;
  BalanceRow total;
};

// `as_of` is YYYY-MM-DD; rows with effective dates after it are left out.
Balance balance(store::Repository& repo, BalanceBy by, std::optional<int> year, const std::string& as_of);

// The classification keys: a balance by one of them groups the rows of the balance by source (what
// was received under each classification, 指标) or by earmark (what the budget lines of each
// classification hold), the same columns, summed; a row "" holds what is not classified. The total
// is the balance by source's or by earmark's.
enum class ClassOf { sources, lines };
bool is_class_key(BalanceBy by);
Balance balance_by_class(store::Repository& repo, BalanceBy by, ClassOf of, std::optional<int> year,
                         const std::string& as_of);

// A city's or province's roll-up (balance --by county): one row per county (its code, and a name
// the caller gives: the ledger's 单位 setting), each the total of that county's balance by category;
// the total sums them. Built one county at a time, so that a province's ledgers need not all be
// open at once.
class CountyRollup {
 public:
  CountyRollup(std::optional<int> year, std::string as_of);
  void add(const std::string& code, const std::string& name, store::Repository& repo);
  [[nodiscard]] const Balance& result() const { return out_; }

 private:
  Balance out_;
};

}  // namespace fundledger::ledger
