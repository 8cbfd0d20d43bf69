// The monthly report (月报): a pure function of the ledger and a month. Every figure is a SQL sum
// of stored rows dated on or before the month's last day (the as-of date); nothing is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/table.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::reports {

struct MonthlyOptions {
  int year = 0;
  int month = 0;  // 1..12
  Lang lang = Lang::zh;
  // An earmark line lags (滞后) when month/12 − progress exceeds this (default 10 points).
  Rational lag_threshold = Rational(1, 10);
};

struct MonthlyReport {
  int year = 0, month = 0;
  std::string month_begin, as_of;  // first and last day of the month
  Rational lag_threshold;
  Rational calendar_share;  // month / 12
  // 汇总: per source category of the year's fiscal sources — amount received (到位) by the as-of
  // date, paid this month, paid year to date, ytd/amount, same period last year (paid from last
  // year's sources by the same day), change, change/last. Loan categories are not fiscal money:
  // they are in `loans` (same columns but progress), never in the summary or its totals.
  Table summary;
  Table loans;    // 扶贫贷款: the loan categories (policy_loan, microcredit), same shape without progress
  Table sources;  // 资金来源: each document of the year
  Table execution;  // 预算执行: each earmark line of the year's latest budget revision
  Table towns;      // 乡镇进度: allocated, paid, progress, rank (+ two-month ranking in even months)
  Table flows;      // 资金流向: source category × earmark, payments attributed to sources
  // 明细账: the month's payments, one row each (reports/listing.hpp payment_ledger). Filled for the
  // workbook only (`report monthly`); the table verbs leave it empty and the sheet is not written.
  std::optional<Table> ledger;
  // 项目: the plan of the year (reports/projects.hpp project_plan), as of the month's end. Filled for
  // the workbook of a ledger that has projects; the sheet is not written otherwise.
  std::optional<Table> projects;
  // 进度: spending against time progress (序时进度) by town, its bands filled, with its notes (the
  // time progress, the bands). Filled for the workbook of one county; not written otherwise.
  std::optional<Table> progress;
  std::vector<std::string> progress_notes;
  // 小额信贷: the loans' quality by bank, the risk compensation funds, the compensations and the
  // interest subsidy paid this year, as of the month's end (cli/microcredit_sheet.hpp). Filled for the
  // workbook of one county that has loans; the sheet is not written otherwise.
  std::optional<std::vector<Table>> microcredit;
  std::vector<std::string> microcredit_notes;
  // 各县链头: a roll-up's counties, each with its entries and chain head (reports/monthly_rollup).
  std::optional<Table> chain_heads;
  // The lock of periods in force when the report was made (ledger/periods.hpp), none when unlocked;
  // the summary says it, so a reader knows whether the month's figures can still change. Unset for
  // a roll-up of counties.
  std::optional<std::string> locked_through;
  bool bimonthly = false;                 // even month: towns carry the two-month ranking columns
  Money annual_total, paid_total;         // the summary's grand totals, fiscal money only (also in 大写)
  std::vector<Money> paid_by_month;       // this year's payments by month of their date (1..month)
  std::vector<Money> paid_by_month_last;  // last year's, 12 months
};

// Throws std::invalid_argument for a month outside 1..12 or a year outside 1900..2999.
MonthlyReport monthly_report(store::Repository& repo, const MonthlyOptions& opt);

// What the summary says of the lock it was made under (已锁定至 … / 尚未锁定).
std::string lock_sentence(const MonthlyReport& r, text::Lang lang);

// The catalogue's language of a report's language.
text::Lang text_lang(Lang lang);

// Whether a source category is a loan (政策性金融扶贫贷款, 扶贫小额信贷), not fiscal money.
bool is_loan_category(const std::string& code);

}  // namespace fundledger::reports
