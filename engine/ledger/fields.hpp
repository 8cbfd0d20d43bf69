// Typed access to the fields of one CSV row, with every problem reported against file, line,
// column and value.
#pragma once

#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "ledger/csv.hpp"
#include "money/money.hpp"

namespace fundledger::ledger {

using calendar::Date;

class Fields {
 public:
  Fields(const CsvRow& row, const std::vector<ColumnDef>& defs, Diagnostics& diag, const std::string& file)
      : row_(row), defs_(defs), diag_(diag), file_(file) {}

  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] long line() const { return row_.line; }
  void error(std::size_t col, const std::string& message);

  std::optional<std::string> opt_text(std::size_t col);
  std::string text(std::size_t col);  // required
  std::optional<Money> money(std::size_t col, bool must_be_positive);
  std::optional<Money> opt_money(std::size_t col);  // empty: none; never negative
  std::optional<Date> date(std::size_t col);
  std::optional<Date> opt_date(std::size_t col);
  std::optional<int> year(std::size_t col, const std::optional<Date>& fallback);
  std::optional<long> opt_integer(std::size_t col, long min, long max);
  std::optional<bool> yes_no(std::size_t col);
  // One of `allowed` (English codes); Chinese aliases map to them.
  std::optional<std::string> choice(std::size_t col,
                                    const std::vector<std::pair<const char*, const char*>>& allowed,
                                    bool required);

 private:
  const CsvRow& row_;
  const std::vector<ColumnDef>& defs_;
  Diagnostics& diag_;
  const std::string& file_;
  bool ok_ = true;
};

}  // namespace fundledger::ledger
