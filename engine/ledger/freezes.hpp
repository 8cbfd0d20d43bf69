// Freezes of quota (指标冻结, issue 19) as the bureau reads them: each freeze with what it froze, what
// has been unfrozen and what it still holds, as of a date. The apply stage enforces them
// (apply_freezes.cpp); balances, `freeze`, the audit and the workbook read them from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

struct FreezeState {
  std::string id, scope, target;  // scope: source (target: doc_no) | line (target: earmark code)
  int fiscal_year = 0;
  calendar::Date frozen_on;
  Money frozen, unfrozen;
  std::optional<std::string> percent, doc_no;
  std::string reason, operator_name;
  [[nodiscard]] Money held() const { return frozen - unfrozen; }
};

// What a freeze holds money of, as messages name it: 来源 DOC / the quota of earmark YEAR/CODE.
std::string frozen_what(const std::string& scope, const std::string& target, int fiscal_year);

// The freezes recorded on or before `as_of` (their unfreezes too), in the order they were made.
std::vector<FreezeState> freezes_as_of(const std::vector<store::FreezeRow>& rows,
                                       const calendar::Date& as_of);

// Days 90 and more frozen make a finding (audit quota_frozen_long).
inline constexpr long kFrozenLongDays = 90;

}  // namespace fundledger::ledger
