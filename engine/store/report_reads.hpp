// ReportReads: what the report tables (monthly workbook, disclosure) read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "money/money.hpp"
#include "store/listing_reads.hpp"

namespace fundledger::store {

// --- the monthly report (月报); a sum over no rows is zero ---------------------------------------

// One source category of the summary: its sources of the year and what was paid from them.
struct CategorySummary {
  std::string code, name_zh, name_en;
  Money amount;          // the year's sources received by the as-of date
  Money paid_month;      // paid from them since the month began
  Money paid_ytd;        // paid from them by the as-of date
  Money paid_last_year;  // paid from the previous year's sources by the same day a year earlier
};

// A source document of the year with what its flows allocated and paid by the as-of date.
struct SourceProgress {
  std::string doc_no, category_zh, category_en, name;
  Money amount, allocated, disbursed;
  calendar::Date received_on;
};

// A source document of the year with the days it was registered, allocated and first paid from
// (the lag counters of the monitoring, reports/lags.hpp).
struct SourceTiming {
  std::string doc_no, category, name;
  Money amount;
  calendar::Date received_on;
  std::string recorded_at;                                  // when it was entered (ISO 8601)
  std::vector<std::pair<calendar::Date, Money>> allocated;  // net allocations from it, by day
  std::optional<calendar::Date> first_paid;                 // the first day a payment drew on it
};

// An earmark's flows in one fiscal year.
struct EarmarkProgress {
  std::string earmark;
  Money allocated, paid_month, paid_ytd;
};

// A town's allocations and payments in one fiscal year.
struct TownProgress {
  std::optional<std::string> town;  // nullopt: no town named
  Money allocated, paid;
};

// What was paid in one town.
struct TownPaid {
  std::string town;
  Money paid;
};

// What was paid from one source category's money out of one earmark.
struct CategoryEarmarkPaid {
  std::string category, category_zh, category_en, earmark;
  Money paid;
};

// What was allocated from one source category's money to one earmark for one town (the unnamed town: none).
struct CategoryEarmarkTownAllocated {
  std::string category, category_zh, category_en, earmark;
  std::optional<std::string> town;
  Money allocated;
};

// What was paid in one month.
struct MonthPaid {
  int month = 0;  // 1..12
  Money paid;
};

// --- the public notice (公告公示) ------------------------------------------------------------------

// An allocation (指标下达) as the notice shows it.
struct AllocationNotice {
  std::string voucher;
  std::optional<std::string> project;
  std::string line_name;  // the earmark's budget line name (the year's latest revision), else the earmark
  std::string source_name, source_doc;
  Money amount;
  std::optional<std::string> town, note;
};

// A payment to a household, with the household's register entry (unmasked).
struct HouseholdPayment {
  std::string head_name;
  std::optional<std::string> id_number;
  std::string town, village;  // the household's
  std::string project;        // the payment's project, else its earmark
  Money amount;
  calendar::Date date;
};

class ReportReads {
 public:
  virtual ~ReportReads() = default;

  // --- the monthly report ---
  // Per source category with money in the summary (category order): see CategorySummary.
  virtual std::vector<CategorySummary> category_summary(int year, const calendar::Date& month_begin,
                                                        const calendar::Date& as_of,
                                                        const calendar::Date& last_year_as_of) = 0;
  // The year's sources received by `as_of`, with their flows dated by then; by date received, doc_no.
  virtual std::vector<SourceProgress> source_progress(int year, const calendar::Date& as_of) = 0;
  // The year's sources received by `as_of`, by date received, with their allocations and first
  // payment by then (sqlite_lag_reads.cpp).
  virtual std::vector<SourceTiming> source_timings(int year, const calendar::Date& as_of) = 0;
  // Per earmark of the year: allocated and paid by `as_of`, and paid since `month_begin`.
  virtual std::vector<EarmarkProgress> earmark_progress(int year, const calendar::Date& month_begin,
                                                        const calendar::Date& as_of) = 0;
  // Per town of the year (the unnamed town last): allocated and paid by `as_of`; by town.
  virtual std::vector<TownProgress> town_progress(int year, const calendar::Date& as_of) = 0;
  // Per named town: the payments dated from `from` through `through`, of any fiscal year.
  virtual std::vector<TownPaid> paid_by_town(const calendar::Date& from, const calendar::Date& through) = 0;
  // The year's non-zero payments through `as_of`'s month per category and earmark; by category, earmark.
  virtual std::vector<CategoryEarmarkPaid> paid_by_category_and_earmark(int year,
                                                                        const calendar::Date& as_of) = 0;
  // Net allocations (less reversals and recalls) dated through `as_of`, of `year` or of every year, per
  // source category, earmark and town; non-zero ones only, by category, earmark, town (unnamed last).
  virtual std::vector<CategoryEarmarkTownAllocated> allocated_by_category_earmark_town(
      std::optional<int> year, const calendar::Date& as_of) = 0;
  // The payments per month from January of `year` through `through`'s month, of any fiscal year.
  virtual std::vector<MonthPaid> paid_by_month(int year, const calendar::Date& through) = 0;

  // --- the public notice ---
  // The allocations of fiscal year `year`, by date, voucher.
  virtual std::vector<AllocationNotice> allocation_notices(int year) = 0;
  // Streams the payments of fiscal year `year` to households, by date, voucher.
  virtual void for_each_household_payment(int year,
                                          const std::function<void(const HouseholdPayment&)>& fn) = 0;

  // --- the listing verbs (store/listing_reads.hpp) ---
  // Streams the payments and the corrections of payments the query selects, by date, voucher.
  virtual void for_each_payment_line(const PaymentQuery& q,
                                     const std::function<void(const PaymentLine&)>& fn) = 0;
  // Streams the households the query selects, by town, village, household id.
  virtual void for_each_household_line(const HouseholdQuery& q,
                                       const std::function<void(const HouseholdLine&)>& fn) = 0;
};

}  // namespace fundledger::store
