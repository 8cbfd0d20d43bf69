// report monthly / summary / sources / execution / towns / flows with --all-counties or --counties:
// a city's or province's report, built from each chosen county's own report (reports/monthly_rollup).
#pragma once

#include <string>

#include "cli/cli.hpp"
#include "reports/monthly.hpp"
#include "reports/xlsx/workbook.hpp"

namespace fundledger::cli {

struct RolledUp {
  reports::MonthlyReport report;
  reports::xlsx::FindingsSheet findings;  // every county's findings, each led by its county
  std::size_t counties = 0;
};

// Reads the counties one at a time (cli/counties.hpp). `findings`: also run each county's checks
// for the 预警 sheet (the workbook; the table verbs do without).
RolledUp monthly_rollup(const Globals& g, const std::string& pattern, const reports::MonthlyOptions& mo,
                        bool findings);

}  // namespace fundledger::cli
