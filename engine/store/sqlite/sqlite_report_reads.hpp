// ReportReads on SQLite: the monthly report's reads in sqlite_report_reads.cpp (from the aggregate
// tables agg_*), the public notice's in sqlite_disclosure_reads.cpp, the listing verbs' in
// sqlite_listing_reads.cpp.
#pragma once

#include "store/report_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteReportReads final : public ReportReads {
 public:
  explicit SqliteReportReads(Db& db) : db_(db) {}

  std::vector<CategorySummary> category_summary(int year, const calendar::Date& month_begin,
                                                const calendar::Date& as_of,
                                                const calendar::Date& last_year_as_of) override;
  std::vector<SourceProgress> source_progress(int year, const calendar::Date& as_of) override;
  std::vector<SourceTiming> source_timings(int year, const calendar::Date& as_of) override;
  std::vector<EarmarkProgress> earmark_progress(int year, const calendar::Date& month_begin,
                                                const calendar::Date& as_of) override;
  std::vector<TownProgress> town_progress(int year, const calendar::Date& as_of) override;
  std::vector<TownPaid> paid_by_town(const calendar::Date& from, const calendar::Date& through) override;
  std::vector<CategoryEarmarkPaid> paid_by_category_and_earmark(int year,
                                                                const calendar::Date& as_of) override;
  std::vector<MonthPaid> paid_by_month(int year, const calendar::Date& through) override;
  std::vector<CategoryEarmarkTownAllocated> allocated_by_category_earmark_town(
      std::optional<int> year, const calendar::Date& as_of) override;

  std::vector<AllocationNotice> allocation_notices(int year) override;
  void for_each_household_payment(int year, const std::function<void(const HouseholdPayment&)>& fn) override;

  // sqlite_listing_reads.cpp
  void for_each_payment_line(const PaymentQuery& q,
                             const std::function<void(const PaymentLine&)>& fn) override;
  void for_each_household_line(const HouseholdQuery& q,
                               const std::function<void(const HouseholdLine&)>& fn) override;

 private:
  Db& db_;
};

}  // namespace fundledger::store
