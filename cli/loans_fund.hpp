// The risk compensation fund's verbs (风险补偿金, issue 21), under `loans`: `loans compensate`,
// `loans recover`, and the reports `loans --fund` and `loans --compensations` (verbs_loans_fund.cpp).
#pragma once

#include <functional>
#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

// Adds `compensate` and `recover` under the `loans` verb; the returned action runs whichever was
// chosen (none: nullptr).
std::function<int()> add_fund_subcommands(CLI::App& loans, Globals& g);

// `loans --fund`: each bank's fund on the day; `loans --compensations`: each compensation and what
// was recovered on it by the day.
int print_funds(Globals& g, const calendar::Date& as_of);
int print_compensations(Globals& g, const calendar::Date& as_of);

// Their tables, and `loans --quality --by BY`'s (verbs_loans_report.cpp), for the workbook's 小额信贷 sheet.
reports::Table risk_fund_table(store::Repository& repo, const calendar::Date& as_of);
reports::Table compensation_table(store::Repository& repo, const calendar::Date& as_of);
reports::Table loan_quality_table(store::Repository& repo, const std::string& by,
                                  const calendar::Date& as_of);

}  // namespace fundledger::cli
