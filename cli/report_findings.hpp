// The 预警 sheet of the monthly workbook: the rule checks' findings as of the report's month.
#pragma once

#include "calendar/work_calendar.hpp"
#include "reports/monthly.hpp"
#include "reports/xlsx/workbook.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

// A finding's name as people read it (重复支付 / Duplicate payment); its code stays in csv and json.
std::string finding_name(text::Lang tl, const std::string& code);

// `work` counts the working days of the lag rules (Globals::work_calendar).
reports::xlsx::FindingsSheet findings_sheet(store::Repository& repo, const reports::MonthlyReport& r,
                                            reports::Lang lang, const calendar::WorkCalendar& work);

}  // namespace fundledger::cli
