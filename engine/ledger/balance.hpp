// Balances: derived from the stored flows, never typed in. Pure reads; "as of" a date.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

enum class BalanceBy { category, source, earmark, town, village, project, payee };
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

}  // namespace fundledger::ledger
