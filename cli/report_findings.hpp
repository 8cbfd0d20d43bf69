// The 预警 sheet of the monthly workbook: the rule checks' findings as of the report's month.
#pragma once

#include "reports/monthly.hpp"
#include "reports/xlsx/workbook.hpp"
#include "store/repository.hpp"

namespace fundledger::cli {

reports::xlsx::FindingsSheet findings_sheet(store::Repository& repo, const reports::MonthlyReport& r,
                                            reports::Lang lang);

}  // namespace fundledger::cli
