// A city's or province's monthly report (report monthly --all-counties / --counties 6107*): the
// counties' own monthly reports put side by side, never recomputed. 汇总 and 扶贫贷款 have one row
// per county (that county's total row); 资金来源, 预算执行, 乡镇进度 and 资金流向 keep every county's
// rows, each led by its county; every total is the sum of the rows above it, and a ratio in a total
// is its two summed columns divided again. Each county's chain head is listed on a sheet of its own.
#pragma once

#include <string>
#include <vector>

#include "reports/monthly.hpp"

namespace fundledger::reports {

struct CountyMonthly {
  std::string code, name;  // county code; name: the ledger's 单位 setting (may be empty)
  MonthlyReport report;
  std::int64_t entries = 0;  // the county's journal entries and chain head (hex), for 各县链头
  std::string head;
};

// Adds one county's report. All must be for the same month and language.
class MonthlyRollup {
 public:
  explicit MonthlyRollup(const MonthlyOptions& opt) : opt_(opt) {}
  void add(CountyMonthly county);
  // The roll-up, shaped as one county's report (the workbook writer takes either). Its 明细账 is
  // left out: a province's month of payments is read county by county.
  [[nodiscard]] MonthlyReport result() const;

 private:
  MonthlyOptions opt_;
  std::vector<CountyMonthly> counties_;
};

struct CountyTable {
  std::string code, name;
  const Table* table;
};
// Every county's rows of one table, each led by the county's name and code. The columns are the
// union in order of first appearance (资金流向 has one column per earmark line, different in each
// county); a county without a column has that cell empty. Hints and title come from the first.
Table side_by_side(const std::vector<CountyTable>& tables);

// One row per county: its name and code, then its table's total row without the leading label
// cell (汇总: the county's fiscal total; 扶贫贷款: its loan total). every_county: also a county
// whose table has no rows (汇总: a county that received nothing is shown with zeros; 扶贫贷款 lists
// only the counties with loans).
Table county_totals(const std::vector<CountyTable>& tables, bool every_county);

// The total row of a table whose rows are final: money columns summed, ratio columns recomputed
// from their hinted numerator and denominator, every other cell empty.
std::vector<Cell> summed_total(const Table& t);

}  // namespace fundledger::reports
