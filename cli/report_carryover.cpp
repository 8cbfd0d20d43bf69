// `report carryover` (report_carryover.hpp).
#include "cli/report_carryover.hpp"

#include <iostream>

#include "ledger/ledger.hpp"
#include "ledger/year_end.hpp"
#include "reports/table_json.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

using json = nlohmann::json;
using text::arg;
using text::tr;

using reports::catalogue_column;
using reports::ColType;

// The row's status: its key (csv, json) and the message that names it (text).
std::pair<const char*, const char*> status_of(const ledger::CarryoverState& s) {
  if (!s.left().is_positive() && s.recalled.is_positive()) return {"recalled", "carryover.status.recalled"};
  if (!s.left().is_positive()) return {"used", "carryover.status.used"};
  if (s.row.for_recall) return {"recall", "carryover.status.recall"};
  return {"carried", "carryover.status.carried"};
}

reports::Table carryover_table(const Globals& g, const std::vector<ledger::CarryoverState>& rows, int year,
                               const std::string& month) {
  const bool keys = g.format != "text";
  reports::Table t;
  t.title = tr("carryover.title", arg("year", year), arg("month", month));
  t.columns = {catalogue_column("money_year", "carryover.col.money_year", ColType::integer),
               catalogue_column("source", "carryover.col.source", ColType::text),
               catalogue_column("earmark", "carryover.col.earmark", ColType::text),
               catalogue_column("carried", "carryover.col.carried", ColType::money),
               catalogue_column("used", "carryover.col.used", ColType::money),
               catalogue_column("recalled", "carryover.col.recalled", ColType::money),
               catalogue_column("left", "carryover.col.left", ColType::money),
               catalogue_column("years", "carryover.col.years", ColType::integer),
               catalogue_column("status", "carryover.col.status", ColType::text)};
  Money carried, used, recalled;
  for (const auto& s : rows) {
    const auto [status, status_id] = status_of(s);
    t.rows.push_back({std::int64_t{s.row.money_year}, s.row.source_doc,
                      s.row.earmark.empty() && !keys ? tr("carryover.at_source") : s.row.earmark,
                      s.row.amount, s.used, s.recalled, s.left(), std::int64_t{s.row.years},
                      std::string(keys ? status : tr(status_id))});
    carried += s.row.amount;
    used += s.used;
    recalled += s.recalled;
  }
  t.total = std::vector<reports::Cell>{tr("carryover.total"),     {}, {}, carried, used, recalled,
                                       carried - used - recalled, {}, {}};
  return t;
}

}  // namespace

int print_carryover(const Globals& g, int year, const std::string& month_opt) {
  const auto [y, m] = month_arg(month_opt.empty() ? g.today.substr(0, 7) : month_opt);
  const std::string month = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
  auto repo = g.open(false);
  auto close = ledger::year_closed(repo->ledger(), year);
  if (!close) throw UsageError(tr("close.not_closed", arg("year", year)));
  const auto rows = ledger::carryover_as_of(repo->ledger(), close->close, month);
  const auto t = carryover_table(g, rows, year, month);
  print_report_table(g, t,
                     {{"report", "carryover"},
                      {"year", year},
                      {"month", month},
                      {"closed_on", calendar::format_date(close->close.date)}});
  return kExitOk;
}

}  // namespace fundledger::cli
