// Verb `report`: the monthly workbook, the public notice, every report table in text/csv/json, and
// the projects' performance self-assessment (report_performance.hpp).
#include <cerrno>
#include <iostream>

#include "cli/cli.hpp"
#include "cli/microcredit_sheet.hpp"
#include "cli/report_allocations.hpp"
#include "cli/report_carryover.hpp"
#include "cli/report_findings.hpp"
#include "cli/report_performance.hpp"
#include "cli/report_progress.hpp"
#include "cli/report_ranking.hpp"
#include "cli/report_rollup.hpp"
#include "cli/settings_letterhead.hpp"
#include "reports/disclosure.hpp"
#include "reports/listing.hpp"
#include "reports/monthly.hpp"
#include "reports/output_file.hpp"
#include "reports/projects.hpp"
#include "reports/table_json.hpp"
#include "reports/xlsx/workbook.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

// --created DATE (YYYY-MM-DD, midnight UTC) or the command's clock.
std::time_t created_time(const std::string& opt, const Globals& g) {
  std::string iso = g.now_iso;
  if (!opt.empty()) {
    auto d = calendar::parse_date(opt);
    if (!d) throw UsageError(text::tr("cli.created_invalid", text::arg("why", d.error)));
    iso = calendar::format_date(*d.value) + "T00:00:00Z";
  }
  auto d = calendar::parse_date(iso.substr(0, 10));
  if (!d) throw UsageError(text::tr("cli.clock_unreadable", text::arg("value", iso)));
  long secs = 0;
  if (iso.size() >= 19)
    secs = std::stol(iso.substr(11, 2)) * 3600 + std::stol(iso.substr(14, 2)) * 60 +
           std::stol(iso.substr(17, 2));
  return static_cast<std::time_t>(calendar::days_between(calendar::Date(1970, 1, 1), *d.value) * 86400L +
                                  secs);
}

// The notice's period and numbers, as lines under the CSV's table (and the workbook's).
struct Notice {
  std::string from, to;
  int days = 10;
};

std::string disclosure_csv(const reports::Table& t, reports::Lang lang, Unit unit, const Notice& n,
                           const reports::Letterhead& lh) {
  // For the public, opened in Excel: Chinese headers; projects in 万元 exact, households in 元 with
  // two decimals; csv_escape puts a ' before text that starts like a formula.
  const auto tl = reports::text_lang(lang);
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const auto& c = t.columns[i];
    std::string h = lang == reports::Lang::en ? c.en : c.zh;
    if (c.type == reports::ColType::money)
      h = text::tr_in(tl, "workbook.column_unit", text::arg("header", h),
                      text::arg("unit", text::tr_in(tl, unit == Unit::yuan ? "workbook.unit.yuan"
                                                                           : "workbook.unit.wan")));
    out += (i ? "," : "") + reports::csv_escape(h);
  }
  out += "\n";
  auto line = [&](const std::vector<reports::Cell>& r, bool total) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      std::string v;
      if (auto s = std::get_if<std::string>(&r[i]))
        v = *s;
      else if (auto m = std::get_if<Money>(&r[i]))
        v = unit == Unit::yuan ? format_yuan(*m) : format_in(*m, Unit::wan, -1);
      else if (auto k = std::get_if<std::int64_t>(&r[i]))
        v = std::to_string(*k);
      if (total && i == 0) v = text::tr_in(tl, "table.total");
      out += (i ? "," : "") + reports::csv_escape(v);
    }
    out += "\n";
  };
  for (const auto& r : t.rows) line(r, false);
  if (t.total) line(*t.total, true);
  out += "\n" + reports::csv_escape(text::tr_in(tl, "workbook.disclosure.period", text::arg("from", n.from),
                                                text::arg("to", n.to), text::arg("days", n.days)));
  out += "\n" + reports::csv_escape(
                    text::tr_in(tl, "workbook.disclosure.phone", text::arg("local", lh.supervision_phone)));
  out +=
      "\n" + reports::csv_escape(text::tr_in(tl, "workbook.disclosure.issuer", text::arg("unit", lh.unit)));
  return out + "\n";
}

// libxlsxwriter's error names the temporary file; the user wants the output and the reason.
store::StoreError workbook_failed(const std::string& out, const reports::xlsx::XlsxError& e) {
  std::string why = errno == ENOSPC ? text::tr("cli.disk_full_why") : "";
  return store::StoreError(text::tr("cli.cannot_write_workbook", text::arg("out", out), text::arg("why", why),
                                    text::arg("detail", e.what())));
}

// BOM: Excel on a Chinese Windows reads UTF-8 then.
std::string with_bom(const std::string& text) { return "\xEF\xBB\xBF" + text; }

// The chain head every report prints for its reader to keep (ledger/kept_head.hpp).
std::string ledger_check(store::Repository& repo, reports::Lang lang) {
  return ledger::ledger_check_line(repo.chain_head(), lang == reports::Lang::en);
}

void print_table(const Globals& g, const reports::MonthlyReport& r, const std::string& name,
                 const reports::Table& t, const std::string& unit,
                 const std::optional<store::ChainHead>& head) {
  if (g.format == "json") {
    json j = reports::table_json(t);
    json out = {{"report", name},
                {"month", r.month < 10 ? std::to_string(r.year) + "-0" + std::to_string(r.month)
                                       : std::to_string(r.year) + "-" + std::to_string(r.month)},
                {"as_of", r.as_of}};
    for (auto& [k, v] : j.items()) out[k] = v;
    if (name == "summary") {
      out["total_daxie"] = format_daxie(r.annual_total);
      out["paid_daxie"] = format_daxie(r.paid_total);
      out["loans"] = reports::table_json(r.loans);  // loans are not fiscal money: apart, not in the totals
    }
    if (name == "execution") {
      out["calendar_share"] = format_ratio(r.calendar_share, 4);
      out["lag_threshold"] = format_ratio(r.lag_threshold, 4);
    }
    if (head) {
      out["ledger_check"] = {{"entries", head->entries}, {"head", head->head_hex}};
      out["locked_through"] = r.locked_through ? json(*r.locked_through) : json(nullptr);
    } else if (r.chain_heads)
      out["counties"] = reports::table_json(*r.chain_heads)["rows"];
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    const Unit u = unit == "wan" ? Unit::wan : Unit::yuan;
    std::cout << reports::render_text(t, g.language(), u);
    if (name == "summary" && !r.loans.rows.empty())
      std::cout << "\n" << reports::render_text(r.loans, g.language(), u);
    if (head && name == "summary") std::cout << reports::lock_sentence(r, text::language()) << "\n";
    if (head)
      std::cout << ledger::ledger_check_line(*head, g.language() == reports::Lang::en) << "\n";
    else if (r.chain_heads)
      std::cout << "\n" << reports::render_text(*r.chain_heads, g.language(), u);
  }
}

// The options of `report`.
struct ReportOpts {
  std::string month, out, created, unit = "yuan", threshold = "10%";
  std::string book_unit = "wan";  // the workbook's money cells
  std::string notice_from;        // the disclosure's 公示期: from (default: the report date), days
  int notice_days = 10;
  int year = 0;
  bool all_counties = false;  // a roll-up: every county, or those --counties names
  std::string counties;
  bool project_notice = false;  // report disclosure --projects --stage start|end
  std::string stage, as_of;     // as_of also for report projects and report performance
  [[nodiscard]] bool rollup() const { return all_counties || !counties.empty(); }
};

// The notice period: --from (default: the report date, --created or today) and --days (>= 10).
Notice notice_period(const ReportOpts& o, std::time_t created) {
  if (o.notice_days < 10)
    throw UsageError(text::tr("report.notice_days_min", text::arg("days", o.notice_days)));
  calendar::Date from =
      calendar::Date(1970, 1, 1) + boost::gregorian::days(static_cast<long>(created / 86400));
  if (!o.notice_from.empty()) {
    auto d = calendar::parse_date(o.notice_from);
    if (!d) throw UsageError(text::tr("report.notice_from_invalid", text::arg("why", d.error)));
    from = *d.value;
  }
  // The period counts its first and last day: 10 days from 2018-01-05 end on 2018-01-14.
  calendar::Date to = from + boost::gregorian::days(o.notice_days - 1);
  return {calendar::format_date(from), calendar::format_date(to), o.notice_days};
}

Unit book_unit(const ReportOpts& o) { return o.book_unit == "yuan" ? Unit::yuan : Unit::wan; }

// The notice lines (公示期, supervision numbers, issuing unit) in the run's language.
std::vector<std::string> notice_lines(const Notice& n, const reports::Letterhead& lh) {
  return {text::tr("workbook.disclosure.period", text::arg("from", n.from), text::arg("to", n.to),
                   text::arg("days", n.days)),
          text::tr("workbook.disclosure.phone", text::arg("local", lh.supervision_phone)),
          text::tr("workbook.disclosure.issuer", text::arg("unit", lh.unit))};
}

// Prints the projects' notice: its table, then the notice lines and the ledger check.
void print_project_notice(const Globals& g, const reports::Table& t, const ReportOpts& o, const Notice& n,
                          const reports::Letterhead& lh, const store::ChainHead& head) {
  const auto lines = notice_lines(n, lh);
  if (g.format == "json") {
    json out = {{"report", "disclosure"}, {"stage", o.stage}, {"year", o.year}, {"as_of", g.as_of(o.as_of)}};
    const json table = reports::table_json(t);
    for (const auto& [k, v] : table.items()) out[k] = v;
    out["notice"] = {{"from", n.from}, {"to", n.to}, {"days", n.days}, {"lines", lines}};
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    std::cout << reports::render_text(t, g.language(), Unit::yuan) << "\n";
    for (const auto& l : lines) std::cout << l << "\n";
    std::cout << ledger::ledger_check_line(head, g.language() == reports::Lang::en) << "\n";
  }
}

// `report disclosure --projects --stage start|end`: the 公示 of the year's projects before work starts
// or after completion; printed, or written as the notice (`--out FILE.xlsx` or `FILE.csv`).
int project_disclosure(Globals& g, const ReportOpts& o) {
  if (o.stage.empty()) throw UsageError(text::tr("report.projects_need_stage"));
  if (o.year < 1900 || o.year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", o.year)));
  const bool csv = o.out.ends_with(".csv");
  if (!o.out.empty() && !csv && !o.out.ends_with(".xlsx"))
    throw UsageError(text::tr("cli.out_xlsx_or_csv", text::arg("out", o.out)));
  if (!o.out.empty()) g.check_output_path(o.out);
  const auto as_of = calendar::parse_date(g.as_of(o.as_of));
  auto created = created_time(o.created, g);
  const Notice notice = notice_period(o, created);
  auto repo = g.open(false);
  const reports::Letterhead head = letterhead(*repo);
  auto stage = o.stage == "start" ? reports::DisclosureStage::start : reports::DisclosureStage::end;
  // Printed for programs (csv, json) with codes; the notice, for the public, with names.
  const bool codes = o.out.empty() && g.format != "text";
  auto t = reports::project_disclosure(*repo, stage, o.year, *as_of.value, codes);
  if (o.out.empty()) {
    print_project_notice(g, t, o, notice, head, repo->chain_head());
    return kExitOk;
  }
  if (csv) {
    reports::write_files_atomically(
        {{o.out, with_bom(disclosure_csv(t, g.language(), book_unit(o), notice, head))}});
  } else {
    reports::OutputFile out(o.out);
    try {
      reports::xlsx::WorkbookOptions wo;
      wo.lang = g.language(), wo.created = created, wo.title = t.title;
      wo.ledger_check = ledger_check(*repo, g.language()), wo.letterhead = head, wo.unit = book_unit(o);
      wo.notice_from = notice.from, wo.notice_to = notice.to, wo.notice_days = notice.days;
      reports::xlsx::write_project_notice(t, o.year, out.temp_path(), wo);
    } catch (const reports::xlsx::XlsxError& e) {
      throw workbook_failed(o.out, e);
    }
    out.commit();
  }
  print_written(g, {o.out});
  return kExitOk;
}

// `report disclosure`: the public notice as a workbook, or as two CSV files.
int write_disclosure(Globals& g, const ReportOpts& o) {
  if (o.project_notice) return project_disclosure(g, o);
  if (!o.stage.empty()) throw UsageError(text::tr("report.stage_needs_projects"));
  if (o.out.empty()) throw UsageError(text::tr("cli.parse.option_required", text::arg("option", "--out")));
  auto lang = g.language();
  bool csv = o.out.ends_with(".csv");
  if (!csv && !o.out.ends_with(".xlsx"))
    throw UsageError(text::tr("cli.out_xlsx_or_csv", text::arg("out", o.out)));
  if (o.year < 1900 || o.year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", o.year)));
  const std::string households = o.out.substr(0, o.out.size() - 4) + ".households.csv";
  g.check_output_path(o.out);
  if (csv) g.check_output_path(households);
  auto created = created_time(o.created, g);
  const Notice notice = notice_period(o, created);
  auto repo = g.open(false);
  const reports::Letterhead head = letterhead(*repo);  // the ledger's settings (`settings set`)
  auto d = reports::disclosure_report(*repo, o.year, lang);
  if (csv) {
    // Both files or neither: each is written beside its target, then both are renamed.
    reports::write_files_atomically(
        {{o.out, with_bom(disclosure_csv(d.projects, lang, book_unit(o), notice, head))},
         {households, with_bom(disclosure_csv(d.households, lang, Unit::yuan, notice, head))}});
    print_written(g, {o.out, households});
    return kExitOk;
  }
  reports::OutputFile out(o.out);
  try {
    reports::xlsx::WorkbookOptions wo;
    wo.lang = lang, wo.created = created, wo.title = d.projects.title,
    wo.ledger_check = ledger_check(*repo, lang);
    wo.letterhead = head;
    wo.unit = book_unit(o);
    wo.notice_from = notice.from;
    wo.notice_to = notice.to;
    wo.notice_days = notice.days;
    reports::xlsx::write_disclosure(d, out.temp_path(), wo);
  } catch (const reports::xlsx::XlsxError& e) {
    throw workbook_failed(o.out, e);
  }
  out.commit();
  print_written(g, {o.out});
  return kExitOk;
}

// `report projects --year Y`: the year's plan (reports/projects.hpp), as `projects --year` shows it,
// with the ledger check.
int print_projects(const Globals& g, const ReportOpts& o) {
  if (o.year < 1900 || o.year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", o.year)));
  const std::string as_of = g.as_of(o.as_of);
  auto repo = g.open(false);
  auto t = reports::project_plan(*repo, o.year, *calendar::parse_date(as_of).value, g.format != "text");
  const auto head = repo->chain_head();
  if (g.format == "json") {
    json out = {{"report", "projects"}, {"year", o.year}, {"as_of", as_of}};
    const json table = reports::table_json(t);
    for (const auto& [k, v] : table.items()) out[k] = v;
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    std::cout << reports::render_text(t, g.language(), o.unit == "wan" ? Unit::wan : Unit::yuan);
    std::cout << ledger::ledger_check_line(head, g.language() == reports::Lang::en) << "\n";
  }
  return kExitOk;
}

// The month's workbook of one county: its report, 明细账, findings and chain head.
struct Workbook {
  reports::MonthlyReport report;
  reports::xlsx::FindingsSheet findings;
  std::string ledger_check;
  reports::Letterhead letterhead;
};

Workbook county_workbook(Globals& g, const reports::MonthlyOptions& mo) {
  const auto& work = g.work_calendar();
  auto repo = g.open(false);
  Workbook w{reports::monthly_report(*repo, mo), {}, {}, letterhead(*repo)};
  reports::PaymentFilter month_payments;  // the 明细账 sheet: the month's payments
  month_payments.month = {{mo.year, mo.month}};
  month_payments.as_of = calendar::parse_date(w.report.as_of).value;
  w.report.ledger = reports::payment_ledger(*repo, month_payments, mo.lang);
  w.findings = findings_sheet(*repo, w.report, mo.lang, work);
  w.ledger_check = ledger_check(*repo, mo.lang);
  auto progress = progress_sheet(*repo, mo.year, *month_payments.as_of);  // the 进度 sheet
  w.report.progress = std::move(progress.table);
  w.report.progress_notes = std::move(progress.notes);
  add_microcredit_sheet(*repo, w.report, *month_payments.as_of);  // the 小额信贷 sheet, when it has loans
  if (reports::has_projects(*repo))  // the 项目 sheet: the plan of the report's year
    w.report.projects = reports::project_plan(*repo, mo.year, *month_payments.as_of, false);
  return w;
}

// A city's or province's: no 明细账, no letterhead of one county; the chain heads on their own sheet.
Workbook rollup_workbook(const Globals& g, const ReportOpts& o, const reports::MonthlyOptions& mo) {
  auto all = monthly_rollup(g, o.counties, mo, true);
  std::string check = text::tr_in(reports::text_lang(mo.lang), "workbook.rollup.ledger_check",
                                  text::arg("counties", all.counties));
  return {std::move(all.report), std::move(all.findings), check, {}};
}

// `report monthly`: the bureau's workbook.
int write_monthly_workbook(Globals& g, const ReportOpts& o, const reports::MonthlyOptions& mo) {
  auto lang = g.language();
  const int year = mo.year, month = mo.month;
  if (!o.out.ends_with(".xlsx")) throw UsageError(text::tr("cli.out_xlsx", text::arg("out", o.out)));
  g.check_output_path(o.out);
  auto created = created_time(o.created, g);
  Workbook w = o.rollup() ? rollup_workbook(g, o, mo) : county_workbook(g, mo);
  const auto tl = reports::text_lang(lang);
  std::string title = text::tr_in(
      tl, "workbook.title.workbook",
      text::arg("ym", text::tr_in(tl, "workbook.ym", text::arg("year", year), text::arg("month", month))));
  reports::OutputFile out(o.out);
  try {
    reports::xlsx::WorkbookOptions wo;
    wo.lang = lang, wo.created = created, wo.title = title, wo.ledger_check = w.ledger_check;
    wo.unit = book_unit(o);
    wo.letterhead = w.letterhead;
    reports::xlsx::write_monthly(w.report, w.findings, out.temp_path(), wo);
  } catch (const reports::xlsx::XlsxError& e) {
    throw workbook_failed(o.out, e);
  }
  out.commit();
  print_written(g, {o.out});
  return kExitOk;
}

void add_rollup_options(CLI::App& cmd, ReportOpts& o) {
  cmd.add_flag("--all-counties", o.all_counties, text::tr("help.report.all_counties"));
  cmd.add_option("--counties", o.counties, text::tr("help.counties"));
}

// Prints the table whose subcommand was given: summary, sources, execution, towns or flows (in
// that order in table_cmds). A roll-up has no one chain head: its counties' follow the table.
int print_chosen_table(const Globals& g, const reports::MonthlyReport& r,
                       const std::vector<CLI::App*>& table_cmds, const std::string& unit,
                       const std::optional<store::ChainHead>& head) {
  const std::pair<const char*, const reports::Table*> all[] = {{"summary", &r.summary},
                                                               {"sources", &r.sources},
                                                               {"execution", &r.execution},
                                                               {"towns", &r.towns},
                                                               {"flows", &r.flows}};
  for (std::size_t i = 0; i < table_cmds.size(); ++i)
    if (table_cmds[i]->parsed()) print_table(g, r, all[i].first, *all[i].second, unit, head);
  return kExitOk;
}

// `report disclosure` and its options (公示: the year's funds or, with --projects, a project notice).
CLI::App* add_disclosure_command(CLI::App& cmd, ReportOpts& o) {
  auto* disclosure = cmd.add_subcommand("disclosure", text::tr("help.report.disclosure"));
  disclosure->add_option("--year", o.year, text::tr("help.report.disclosure.year"))->required();
  disclosure->add_option("--out", o.out, text::tr("help.report.disclosure.out"));
  disclosure->add_flag("--projects", o.project_notice, text::tr("help.report.disclosure.projects"));
  disclosure->add_option("--stage", o.stage, text::tr("help.report.disclosure.stage"))
      ->check(CLI::IsMember({"start", "end"}));
  disclosure->add_option("--as-of", o.as_of, text::tr("help.report.disclosure.as_of"));
  disclosure->add_option("--created", o.created, text::tr("help.report.disclosure.created"));
  disclosure->add_option("--from", o.notice_from, text::tr("help.report.disclosure.from"));
  disclosure->add_option("--days", o.notice_days, text::tr("help.report.disclosure.days"));
  disclosure->add_option("--unit", o.book_unit, text::tr("help.report.book_unit"))
      ->check(CLI::IsMember({"yuan", "wan"}));
  return disclosure;
}

Verb register_report(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("report", text::tr("help.report"));
  cmd->require_subcommand(1);

  auto o = std::make_shared<ReportOpts>();
  auto* monthly = cmd->add_subcommand("monthly", text::tr("help.report.monthly"));
  monthly->add_option("--month", o->month, text::tr("help.report.month"))->required();
  monthly->add_option("--out", o->out, text::tr("help.report.monthly.out"))->required();
  monthly->add_option("--created", o->created, text::tr("help.report.monthly.created"));
  monthly->add_option("--lag-threshold", o->threshold, text::tr("help.report.lag_threshold"));
  monthly->add_option("--unit", o->book_unit, text::tr("help.report.book_unit"))
      ->check(CLI::IsMember({"yuan", "wan"}));
  add_rollup_options(*monthly, *o);
  auto* disclosure = add_disclosure_command(*cmd, *o);
  auto* projects = cmd->add_subcommand("projects", text::tr("help.report.projects"));
  projects->add_option("--year", o->year, text::tr("help.report.projects.year"))->required();
  projects->add_option("--as-of", o->as_of, text::tr("help.projects.as_of"));
  projects->add_option("--unit", o->unit, text::tr("help.report.unit"))
      ->check(CLI::IsMember({"yuan", "wan"}));
  auto* performance = cmd->add_subcommand("performance", text::tr("help.report.performance"));
  performance->add_option("--year", o->year, text::tr("help.report.performance.year"))->required();
  performance->add_option("--as-of", o->as_of, text::tr("help.report.performance.as_of"));
  auto pa = std::make_shared<ProgressArgs>();
  auto* progress = cmd->add_subcommand("progress", text::tr("help.report.progress"));
  progress->add_option("--as-of", pa->as_of, text::tr("help.report.progress.as_of"));
  progress->add_option("--by", pa->by, text::tr("help.report.progress.by"));
  progress->add_option("--year", pa->year, text::tr("help.report.progress.year"));
  progress->add_option("--basis", pa->basis, text::tr("help.report.progress.basis"))
      ->check(CLI::IsMember({"days", "months"}));
  progress->add_option("--unit", pa->unit, text::tr("help.report.unit"))
      ->check(CLI::IsMember({"yuan", "wan"}));
  auto* lags = add_lags_command(*cmd, *pa);
  auto* carryover = cmd->add_subcommand("carryover", text::tr("help.report.carryover"));
  carryover->add_option("--year", pa->year, text::tr("help.report.carryover.year"))->required();
  carryover->add_option("--month", o->month, text::tr("help.report.carryover.month"));
  auto* allocations = add_allocations_command(*cmd, *pa);
  auto* ranking = cmd->add_subcommand("ranking", text::tr("help.report.ranking"));
  ranking->add_option("--months", pa->months, text::tr("help.report.ranking.months"))->required();
  const char* tables[] = {"summary", "sources", "execution", "towns", "flows"};
  std::vector<CLI::App*> table_cmds;
  for (const char* name : tables) {
    auto* t = cmd->add_subcommand(name, text::tr("help.report.table", text::arg("table", name)));
    t->add_option("--month", o->month, text::tr("help.report.month"))->required();
    t->add_option("--unit", o->unit, text::tr("help.report.unit"))->check(CLI::IsMember({"yuan", "wan"}));
    t->add_option("--lag-threshold", o->threshold, text::tr("help.report.lag_threshold"));
    add_rollup_options(*t, *o);
    table_cmds.push_back(t);
  }
  for (auto* sub : cmd->get_subcommands({})) add_global_options(*sub, g);

  return {cmd, [&g, o, monthly, disclosure, projects, performance, progress, lags, ranking, carryover, pa,
                allocations, table_cmds] {
            auto lang = g.language();
            if (disclosure->parsed()) return write_disclosure(g, *o);
            if (projects->parsed()) return print_projects(g, *o);
            if (performance->parsed()) return print_performance(g, o->year, o->as_of);
            if (progress->parsed()) return print_progress(g, *pa);
            if (lags->parsed()) return print_lags(g, pa->as_of, pa->year);
            if (ranking->parsed()) return print_ranking(g, pa->months);
            if (allocations->parsed()) return print_allocations(g, pa->as_of, pa->year);
            if (carryover->parsed()) return print_carryover(g, pa->year, o->month);
            auto [year, month] = month_arg(o->month);
            auto rate = parse_rate(o->threshold);
            if (!rate) throw UsageError(text::tr("cli.lag_threshold_invalid", text::arg("why", rate.error)));
            reports::MonthlyOptions mo{year, month, lang, *rate.value};
            if (monthly->parsed()) return write_monthly_workbook(g, *o, mo);
            if (o->rollup())
              return print_chosen_table(g, monthly_rollup(g, o->counties, mo, false).report, table_cmds,
                                        o->unit, std::nullopt);
            auto repo = g.open(false);
            const auto head = repo->chain_head();
            return print_chosen_table(g, reports::monthly_report(*repo, mo), table_cmds, o->unit, head);
          }};
}

const VerbRegistration reg_report(70, register_report);

}  // namespace
}  // namespace fundledger::cli
