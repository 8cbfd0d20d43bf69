// Verb `report`: the monthly workbook, the public notice, and every report table in text/csv/json.
#include "cli/cli.hpp"
#include "cli/settings_letterhead.hpp"
#include "reports/disclosure.hpp"
#include "reports/listing.hpp"
#include "reports/monthly.hpp"
#include "reports/output_file.hpp"
#include "reports/table_json.hpp"
#include "reports/xlsx/workbook.hpp"
#include "text/text.hpp"

#if __has_include("rules/rules.hpp")
#include "rules/rules.hpp"
#define FUNDLEDGER_HAVE_RULES 1
#endif

#include <cerrno>
#include <iostream>

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

std::pair<int, int> month_arg(const std::string& s) {
  auto m = calendar::parse_month(s);
  if (!m)
    throw UsageError(text::tr("cli.month_invalid", text::arg("value", s), text::arg("form", "YYYY年M月")));
  if (m->first < 1900 || m->first > 2999)
    throw UsageError(text::tr("cli.month_year_range", text::arg("value", s)));
  return *m;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

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

#ifdef FUNDLEDGER_HAVE_RULES
// A finding's name as the 预警 sheet shows it first (the code stays in check's json).
std::string finding_name(text::Lang tl, const std::string& code) {
  static const std::pair<const char*, const char*> ids[] = {
      {"growth_below_min", "workbook.finding.growth_below_min"},
      {"floor_not_met", "workbook.finding.floor_not_met"},
      {"ceiling_exceeded", "workbook.finding.ceiling_exceeded"},
      {"cap_exceeded", "workbook.finding.cap_exceeded"},
      {"share_below_min", "workbook.finding.share_below_min"},
      {"payee_not_registered", "workbook.finding.payee_not_registered"},
      {"forbidden_use", "workbook.finding.forbidden_use"},
      {"idle_funds", "workbook.finding.idle_funds"},
      {"late_allocation", "workbook.finding.late_allocation"},
      {"loan_terms_exceeded", "workbook.finding.loan_terms_exceeded"}};
  for (const auto& [c, id] : ids)
    if (code == c) return text::tr_in(tl, id);
  return text::tr_in(tl, "workbook.finding.other");
}
#endif

reports::xlsx::FindingsSheet findings_sheet(store::Repository& repo, const reports::MonthlyReport& r,
                                            reports::Lang lang) {
  const auto tl = reports::text_lang(lang);
  reports::xlsx::FindingsSheet sheet;
#ifdef FUNDLEDGER_HAVE_RULES
  auto findings = rules::check(repo, r.year, r.as_of);  // its messages in the run's language, the report's
  reports::Table& t = sheet.table;
  t.title = text::tr_in(tl, "cli.report.findings_title", text::arg("as_of", r.as_of));
  auto col = [&](const char* key, const char* id) {
    return reports::Column{key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id),
                           reports::ColType::text};
  };
  t.columns = {col("name", "workbook.findings.rule_name"), col("severity", "workbook.findings.severity"),
               col("message", "workbook.findings.message"), col("evidence", "workbook.findings.evidence"),
               col("rule", "workbook.findings.rule")};
  for (const auto& f : findings) {
    std::string evidence;
    for (const auto& e : f.evidence) evidence += (evidence.empty() ? "" : "、") + e;
    std::string sev = text::tr_in(tl, f.severity == rules::Severity::error ? "diag.error" : "diag.warning");
    if (f.overridden) sev = text::tr_in(tl, "cli.report.overridden", text::arg("severity", sev));
    t.rows.push_back({finding_name(tl, f.code), sev, f.message, evidence, f.rule.value_or("")});
  }
  sheet.note = text::tr_in(tl, "cli.report.audit_note");
  if (findings.empty()) sheet.note = text::tr_in(tl, "cli.report.no_findings", text::arg("note", sheet.note));
#else
  (void)repo;
  (void)r;
  sheet.note = text::tr_in(tl, "cli.report.no_rules_module");
#endif
  return sheet;
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
                 const reports::Table& t, const std::string& unit, const store::ChainHead& head) {
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
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    const Unit u = unit == "wan" ? Unit::wan : Unit::yuan;
    std::cout << reports::render_text(t, g.language(), u);
    if (name == "summary" && !r.loans.rows.empty())
      std::cout << "\n" << reports::render_text(r.loans, g.language(), u);
    std::cout << ledger::ledger_check_line(head, g.language() == reports::Lang::en) << "\n";
  }
}

// The options of `report`.
struct ReportOpts {
  std::string month, out, created, unit = "yuan", threshold = "10%";
  std::string book_unit = "wan";  // the workbook's money cells
  std::string notice_from;        // the disclosure's 公示期: from (default: the report date), days
  int notice_days = 10;
  int year = 0;
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

// `report disclosure`: the public notice as a workbook, or as two CSV files.
int write_disclosure(Globals& g, const ReportOpts& o) {
  auto lang = g.language();
  bool csv = ends_with(o.out, ".csv");
  if (!csv && !ends_with(o.out, ".xlsx"))
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

// `report monthly`: the bureau's workbook.
int write_monthly_workbook(Globals& g, const ReportOpts& o, const reports::MonthlyOptions& mo) {
  auto lang = g.language();
  const int year = mo.year, month = mo.month;
  if (!ends_with(o.out, ".xlsx")) throw UsageError(text::tr("cli.out_xlsx", text::arg("out", o.out)));
  g.check_output_path(o.out);
  auto created = created_time(o.created, g);
  auto repo = g.open(false);
  auto r = reports::monthly_report(*repo, mo);
  reports::PaymentFilter month_payments;  // the 明细账 sheet: the month's payments
  month_payments.month = {{year, month}};
  month_payments.as_of = calendar::parse_date(r.as_of).value;
  r.ledger = reports::payment_ledger(*repo, month_payments, lang);
  auto findings = findings_sheet(*repo, r, lang);
  const auto tl = reports::text_lang(lang);
  std::string title = text::tr_in(
      tl, "workbook.title.workbook",
      text::arg("ym", text::tr_in(tl, "workbook.ym", text::arg("year", year), text::arg("month", month))));
  reports::OutputFile out(o.out);
  try {
    reports::xlsx::WorkbookOptions wo;
    wo.lang = lang, wo.created = created, wo.title = title, wo.ledger_check = ledger_check(*repo, lang);
    wo.unit = book_unit(o);
    wo.letterhead = letterhead(*repo);
    reports::xlsx::write_monthly(r, findings, out.temp_path(), wo);
  } catch (const reports::xlsx::XlsxError& e) {
    throw workbook_failed(o.out, e);
  }
  out.commit();
  print_written(g, {o.out});
  return kExitOk;
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
  auto* disclosure = cmd->add_subcommand("disclosure", text::tr("help.report.disclosure"));
  disclosure->add_option("--year", o->year, text::tr("help.report.disclosure.year"))->required();
  disclosure->add_option("--out", o->out, text::tr("help.report.disclosure.out"))->required();
  disclosure->add_option("--created", o->created, text::tr("help.report.disclosure.created"));
  disclosure->add_option("--from", o->notice_from, text::tr("help.report.disclosure.from"));
  disclosure->add_option("--days", o->notice_days, text::tr("help.report.disclosure.days"));
  disclosure->add_option("--unit", o->book_unit, text::tr("help.report.book_unit"))
      ->check(CLI::IsMember({"yuan", "wan"}));
  const char* tables[] = {"summary", "sources", "execution", "towns", "flows"};
  std::vector<CLI::App*> table_cmds;
  for (const char* name : tables) {
    auto* t = cmd->add_subcommand(name, text::tr("help.report.table", text::arg("table", name)));
    t->add_option("--month", o->month, text::tr("help.report.month"))->required();
    t->add_option("--unit", o->unit, text::tr("help.report.unit"))->check(CLI::IsMember({"yuan", "wan"}));
    t->add_option("--lag-threshold", o->threshold, text::tr("help.report.lag_threshold"));
    table_cmds.push_back(t);
  }
  for (auto* sub : cmd->get_subcommands({})) add_global_options(*sub, g);

  return {cmd, [&g, o, monthly, disclosure, table_cmds] {
            auto lang = g.language();
            if (disclosure->parsed()) return write_disclosure(g, *o);
            auto [year, month] = month_arg(o->month);
            auto rate = parse_rate(o->threshold);
            if (!rate) throw UsageError(text::tr("cli.lag_threshold_invalid", text::arg("why", rate.error)));
            reports::MonthlyOptions mo{year, month, lang, *rate.value};
            if (monthly->parsed()) return write_monthly_workbook(g, *o, mo);
            auto repo = g.open(false);
            const auto head = repo->chain_head();
            auto r = reports::monthly_report(*repo, mo);
            const std::pair<const char*, const reports::Table*> all[] = {{"summary", &r.summary},
                                                                         {"sources", &r.sources},
                                                                         {"execution", &r.execution},
                                                                         {"towns", &r.towns},
                                                                         {"flows", &r.flows}};
            for (std::size_t i = 0; i < table_cmds.size(); ++i)
              if (table_cmds[i]->parsed()) print_table(g, r, all[i].first, *all[i].second, o->unit, head);
            return kExitOk;
          }};
}

const VerbRegistration reg_report(70, register_report);

}  // namespace
}  // namespace fundledger::cli
