// Lag counters (issue 17): how long each source document's money waited, as a table of the ledger,
// a date and a working-day calendar. The figures are engine/lags' (lags::source_lags, the same the
// lag rules judge); this is their table.
//
// For each source of the fiscal year received by the as-of date (loan categories aside: they are
// lent, not allocated): registration = its 到账 date (received_on, the document's date in the
// ledger) to the day it was entered (its entry's recorded_at); allocation = received_on to the day
// its allocations, net, reached its amount (full allocation; empty while not reached); payment = its
// first allocation to its first payment. Each in calendar days (days_between) and in working days
// (WorkCalendar::working_days_between: the working days after the first date up to and including
// the second); a working-day count is empty when the calendar does not cover a year of it.
#pragma once

#include "calendar/calendar.hpp"
#include "calendar/work_calendar.hpp"
#include "reports/table.hpp"
#include "store/repository.hpp"

namespace fundledger::reports {

Table lag_report(store::Repository& repo, int year, const calendar::Date& as_of,
                 const calendar::WorkCalendar& work);

}  // namespace fundledger::reports
