// `report progress --as-of D [--by category|earmark|town|project] [--year Y] [--basis days|months]`:
// 序时进度 (reports/progress.hpp) in text (with the time progress and the bands above the table),
// CSV or JSON. The bands come from the progress_bands rule in force for the year, else the defaults.
#pragma once

#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

struct ProgressArgs {
  std::string as_of, by = "earmark", basis = "days", unit = "yuan", months;  // months: report ranking
  int year = 0;                                                              // 0: the as-of date's year
};

int print_progress(const Globals& g, const ProgressArgs& a);

// `report lags [--as-of D] [--year Y]`: the lag counters (reports/lags.hpp), working days under the
// built-in holiday arrangements.
// The 进度 sheet of the monthly workbook: spending against time progress by town as of the month's
// end, the bands of the year's progress_bands rule, the band cells filled red and yellow, and the
// time progress and bands as the table's notes.
struct ProgressSheet {
  reports::Table table;
  std::vector<std::string> notes;
};
ProgressSheet progress_sheet(store::Repository& repo, int year, const calendar::Date& as_of);

int print_lags(const Globals& g, const std::string& as_of, int year);
// Adds `report lags [--as-of D] [--year Y]` to `report`, its options into `a`.
CLI::App* add_lags_command(CLI::App& report, ProgressArgs& a);

}  // namespace fundledger::cli
