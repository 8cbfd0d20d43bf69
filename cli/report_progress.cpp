// `report progress` (report_progress.hpp).
#include "cli/report_progress.hpp"

#include <iostream>

#include "reports/lags.hpp"
#include "reports/progress.hpp"
#include "reports/table_json.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

ledger::BalanceBy progress_by(const std::string& by) {
  auto b = ledger::parse_balance_by(by);
  if (!b || (*b != ledger::BalanceBy::category && *b != ledger::BalanceBy::earmark &&
             *b != ledger::BalanceBy::town && *b != ledger::BalanceBy::project))
    throw UsageError(text::tr("progress.by_invalid", text::arg("by", by)));
  return *b;
}

std::string percent(const Rational& r) { return format_ratio(r * 100, 2) + "%"; }

std::string time_line(const reports::ProgressOptions& o, const Rational& time) {
  if (o.by_month)
    return text::tr("progress.time_months", text::arg("time", percent(time)),
                    text::arg("month", static_cast<int>(o.as_of.month())));
  const calendar::Date first(static_cast<unsigned short>(o.year), 1, 1);
  const calendar::Date last(static_cast<unsigned short>(o.year), 12, 31);
  const long days = calendar::days_between(first, last) + 1;
  const long elapsed = o.as_of < first  ? 0
                       : o.as_of > last ? days
                                        : calendar::days_between(first, o.as_of) + 1;
  return text::tr("progress.time_days", text::arg("time", percent(time)), text::arg("elapsed", elapsed),
                  text::arg("days", days));
}

std::string bands_line(const rules::ProgressBands& b) {
  return text::tr(
      "progress.bands", text::arg("red", b.red), text::arg("yellow", b.yellow),
      text::arg("source", b.rule_id ? text::tr("progress.bands_rule", text::arg("rule", *b.rule_id))
                                    : text::tr("progress.bands_default")));
}

}  // namespace

int print_progress(const Globals& g, const ProgressArgs& a) {
  auto date = calendar::parse_date(g.as_of(a.as_of));
  reports::ProgressOptions o;
  o.as_of = *date.value;
  o.year = a.year ? a.year : static_cast<int>(o.as_of.year());
  if (o.year < 1900 || o.year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", o.year)));
  o.by = progress_by(a.by);
  o.by_month = a.basis == "months";
  auto repo = g.open(false);
  const auto bands = rules::progress_bands(*repo, o.year);
  o.red = bands.red, o.yellow = bands.yellow;
  const auto p = reports::progress_report(*repo, o, g.format != "text");
  const auto head = repo->chain_head();
  if (g.format == "json") {
    json out = {{"report", "progress"},
                {"year", o.year},
                {"as_of", calendar::format_date(o.as_of)},
                {"by", a.by},
                {"basis", a.basis},
                {"time_progress", format_ratio(p.time, 4)},
                {"bands",
                 {{"red", o.red},
                  {"yellow", o.yellow},
                  {"rule", bands.rule_id ? json(*bands.rule_id) : json(nullptr)}}}};
    const json table = reports::table_json(p.table);
    for (const auto& [k, v] : table.items()) out[k] = v;
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(p.table);
  } else {
    const auto lang = g.language();
    std::cout << time_line(o, p.time) << "\n"
              << bands_line(bands) << "\n"
              << reports::render_text(p.table, lang, a.unit == "wan" ? Unit::wan : Unit::yuan)
              << ledger::ledger_check_line(head, lang == reports::Lang::en) << "\n";
  }
  return kExitOk;
}

ProgressSheet progress_sheet(store::Repository& repo, int year, const calendar::Date& as_of) {
  reports::ProgressOptions o;
  o.as_of = as_of;
  o.year = year;
  o.by = ledger::BalanceBy::town;
  const auto bands = rules::progress_bands(repo, year);
  o.red = bands.red, o.yellow = bands.yellow;
  auto p = reports::progress_report(repo, o, false);
  p.table.hints.fills["band"] = {{text::tr("progress.band.red"), 0xFF7C80},
                                 {text::tr("progress.band.yellow"), 0xFFFF66}};
  return {std::move(p.table), {time_line(o, p.time), bands_line(bands)}};
}

int print_lags(const Globals& g, const std::string& as_of, int year) {
  const auto date = *calendar::parse_date(g.as_of(as_of)).value;
  if (!year) year = static_cast<int>(date.year());
  if (year < 1900 || year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", year)));
  const auto& work = g.work_calendar();
  auto repo = g.open(false);
  const auto t = reports::lag_report(*repo, year, date, work);
  const auto head = repo->chain_head();
  if (g.format == "json") {
    json out = {{"report", "lags"}, {"year", year}, {"as_of", calendar::format_date(date)}};
    const json table = reports::table_json(t);
    for (const auto& [k, v] : table.items()) out[k] = v;
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    const auto lang = g.language();
    std::cout << reports::render_text(t, lang, Unit::yuan)
              << ledger::ledger_check_line(head, lang == reports::Lang::en) << "\n";
  }
  return kExitOk;
}

CLI::App* add_lags_command(CLI::App& report, ProgressArgs& a) {
  auto* lags = report.add_subcommand("lags", text::tr("help.report.lags"));
  lags->add_option("--as-of", a.as_of, text::tr("help.report.progress.as_of"));
  lags->add_option("--year", a.year, text::tr("help.report.lags.year"));
  return lags;
}

}  // namespace fundledger::cli
