// 序时进度 (issue 17): spending progress against time progress, as the 衔接资金 monitoring platforms
// judge a county. A pure table of the ledger and a date.
//
// Time progress: days elapsed in the fiscal year (1 January to the as-of date, both counted) ÷ days
// in the year, or — `by_month` — the as-of month ÷ 12. Per group (source category, earmark, town or
// project): 到位 (money that arrived: the category's sources received by the date; what was
// allocated to the earmark, town or project), paid, spending progress = paid ÷ 到位, 短进度 = time
// progress − spending progress in percentage points (negative: ahead), 短支额 = what would have to be
// paid to reach time progress (到位 × time progress, rounded once half-up to the fen, less paid; 0
// when ahead), and a band: red when spending is more than `red` points below time progress, yellow
// more than `yellow`, else normal. Loan categories (政策性金融扶贫贷款, 扶贫小额信贷) are lent, not
// spent: they are not rows of the table by category.
#pragma once

#include <string>

#include "calendar/calendar.hpp"
#include "ledger/balance.hpp"
#include "reports/table.hpp"
#include "store/repository.hpp"

namespace fundledger::reports {

struct ProgressOptions {
  calendar::Date as_of;
  int year = 0;                                       // the fiscal year judged (its money)
  ledger::BalanceBy by = ledger::BalanceBy::earmark;  // category, earmark, town or project
  bool by_month = false;
  long red = 20, yellow = 10;  // percentage points below time progress
};

struct Progress {
  Rational time;  // time progress, 0..1
  Table table;    // columns: key, name, received, paid, progress, gap, shortfall, band
};

// `codes`: the band as its code (red, yellow, normal) for CSV and JSON, else its name (红, 黄, 正常).
Progress progress_report(store::Repository& repo, const ProgressOptions& o, bool codes);

// The band of a spending progress against a time progress.
std::string progress_band(const Rational& time, const std::optional<Rational>& spending, long red,
                          long yellow);

}  // namespace fundledger::reports
