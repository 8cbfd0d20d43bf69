// The 小额信贷 sheet of the monthly workbook (issue 21): the loans' quality by bank, each bank's risk
// compensation fund and the compensations, and the interest subsidy paid this year by town — the
// same tables as `loans --quality --by bank`, `loans --fund`, `loans --compensations`, as of the
// month's end.
#pragma once

#include "cli/cli.hpp"
#include "reports/monthly.hpp"

namespace fundledger::cli {

// The interest subsidy's payments (project 贷款贴息, what `subsidy --post` writes) of `year` up to
// `as_of`, by town: households paid, payments, amount less what corrections took back. Also
// `loans --subsidy-paid`.
reports::Table subsidy_paid_table(store::Repository& repo, int year, const calendar::Date& as_of);

// Fills r.microcredit (and its notes) when the ledger has loans; leaves it unset otherwise.
void add_microcredit_sheet(store::Repository& repo, reports::MonthlyReport& r, const calendar::Date& as_of);

}  // namespace fundledger::cli
