// Verbs of the rules engine: `import rules`, `check`, `plan`, `budget history|diff`; and the rules
// gate that the ledger's imports call (growth/ceiling, cap_per_payee, eligible_payees,
// forbidden_use).
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "reports/output_file.hpp"
#include "rules/plan.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using nlohmann::json;

namespace {

// One finding as a row of check's table. CSV keeps the codes programs read (error, warn,
// error(overridden), subject keys); text says them in the run's language.
std::vector<std::string> check_row(const rules::Finding& f, bool codes) {
  std::string subj, ev;
  for (const auto& [k, v] : f.subject) {
    std::string id = "subject." + k;
    std::string key = codes || !text::has_message(id) ? k : text::tr(id);
    subj += (subj.empty() ? "" : " ") + key + "=" + v;
  }
  for (const auto& e : f.evidence) ev += (ev.empty() ? "" : ";") + e;
  std::string sev;
  if (codes)
    sev = f.severity == rules::Severity::error ? (f.overridden ? "error(overridden)" : "error") : "warn";
  else
    sev = text::tr(f.severity == rules::Severity::warn ? "audit.severity_warn"
                   : f.overridden                      ? "check.severity_error_overridden"
                                                       : "audit.severity_error");
  return {sev, f.code, f.rule.value_or(""), subj, f.message, ev};
}

reports::Column col(std::string key, std::string zh, std::string english, reports::ColType type) {
  reports::Column c;
  c.key = std::move(key);
  c.zh = std::move(zh);
  c.en = std::move(english);
  c.type = type;
  return c;
}

int import_rules_handler(Globals& g, const std::string& file,
                         const std::optional<std::string>& override_reason) {
  auto repo = g.open(true);
  auto rep = rules::import_rules(*repo, file, g.operator_name, g.now_iso, override_reason);
  if (g.format == "json") {
    print_json({{"kind", "rules"},
                {"file", rep.file},
                {"added", rep.added},
                {"skipped", rep.skipped},
                {"recorded", rep.recorded},
                {"warnings", json::array()}});
  } else {
    std::cout << import_summary("rules", rep.file, rep.added, rep.skipped) << "\n";
    for (auto& r : rep.recorded) std::cout << text::tr("import.recorded_rule", text::arg("rule", r)) << "\n";
  }
  return kExitOk;
}

std::unique_ptr<ledger::ImportGate> gate(store::Repository& repo) { return rules::make_gate(repo); }

json finding_json(const rules::Finding& f) {
  json subject = json::object();
  for (auto& [k, v] : f.subject) subject[k] = v;
  return {{"code", f.code},
          {"severity", f.severity == rules::Severity::error ? "error" : "warn"},
          {"rule", f.rule ? json(*f.rule) : json(nullptr)},
          {"overridden", f.overridden},
          {"message", f.message},
          {"subject", subject},
          {"evidence", f.evidence}};
}

Verb register_check(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("check", text::tr("help.check"));
  auto year = std::make_shared<int>(0);
  auto as_of = std::make_shared<std::string>();
  cmd->add_option("--year", *year, text::tr("help.check.year"));
  cmd->add_option("--as-of", *as_of, text::tr("help.check.as_of"));
  return {
      cmd, [&g, year, as_of] {
        std::string date = g.as_of(*as_of);
        const auto& work = g.work_calendar();
        auto repo = g.open(false);
        std::optional<int> y;
        if (*year != 0) y = *year;
        auto findings = rules::check(*repo, y, date, work);
        long errors = 0, warns = 0;
        for (auto& f : findings) {
          if (f.severity == rules::Severity::warn)
            ++warns;
          else if (!f.overridden)
            ++errors;
        }
        if (g.format == "json") {
          json arr = json::array();
          for (auto& f : findings) arr.push_back(finding_json(f));
          print_json({{"as_of", date}, {"findings", arr}, {"counts", {{"error", errors}, {"warn", warns}}}});
        } else {
          reports::Table t;
          t.title = text::tr("check.title", text::arg("as_of", date));
          t.columns = {col("severity", "级别", "Severity", reports::ColType::text),
                       col("code", "代码", "Code", reports::ColType::text),
                       col("rule", "规则", "Rule", reports::ColType::text),
                       col("subject", "对象", "Subject", reports::ColType::text),
                       col("message", "说明", "Message", reports::ColType::text),
                       col("evidence", "依据", "Evidence", reports::ColType::text)};
          for (auto& f : findings) {
            auto cells = check_row(f, g.format == "csv");
            t.rows.emplace_back(cells.begin(), cells.end());
          }
          if (g.format == "csv") {
            std::cout << reports::render_csv(t);
          } else {
            if (!findings.empty()) std::cout << reports::render_text(t, g.language(), Unit::yuan);
            std::cout << text::tr(findings.empty() ? "check.summary_all_hold" : "check.summary",
                                  text::arg("errors", errors), text::arg("warnings", warns))
                      << "\n";
          }
        }
        return errors > 0 ? kExitFindings : kExitOk;
      }};
}

// `plan --write DIR`: each planned year as a budget TOML file; the paths written. Every file is
// written beside its target first and all are renamed at the end: all of them or none.
std::vector<std::string> write_plan(const Globals& g, const rules::Plan& p, const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  for (auto& y : p.years) {
    auto path = (std::filesystem::path(dir) / ("budget-" + std::to_string(y.fiscal_year) + ".toml")).string();
    g.refuse_ledger_as_output(path);  // DIR itself is created when it does not exist
    files.emplace_back(path, rules::plan_year_toml(p, y));
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec)
    throw store::StoreError(text::tr("cli.cannot_create_folder", text::arg("path", dir),
                                     text::arg("why", text::system_reason(ec))));
  reports::write_files_atomically(files);
  std::vector<std::string> written;
  for (auto& f : files) written.push_back(f.first);
  return written;
}

json plan_json(const rules::Plan& p, const std::vector<std::string>& written) {
  json ys = json::array();
  for (auto& y : p.years) {
    json lines = json::array();
    for (auto& l : y.lines)
      lines.push_back(
          {{"code", l.code}, {"name", l.name}, {"amount", money_json(l.amount)}, {"remainder", l.remainder}});
    ys.push_back(
        {{"fiscal_year", y.fiscal_year}, {"code", y.code}, {"total", money_json(y.total)}, {"lines", lines}});
  }
  return json({{"base_year", p.base_year},
               {"base_total", money_json(p.base_total)},
               {"growth", format_ratio(p.growth, 4)},
               {"rule", p.rule_id ? json(*p.rule_id) : json(nullptr)},
               {"years", ys},
               {"written", written}});
}

// The plan as a table: the base year's lines, then each planned year's amounts.
reports::Table plan_table(store::Repository& repo, const rules::Plan& p) {
  reports::Table t;
  t.title = text::tr(p.rule_id ? "rules.plan_title_rule" : "rules.plan_title", text::arg("year", p.base_year),
                     text::arg("rate", rules::fmt_pct(p.growth)), text::arg("rule", p.rule_id.value_or("")));
  t.columns = {col("code", "用途代码", "Code", reports::ColType::text),
               col("name", "名称", "Name", reports::ColType::text),
               col(std::to_string(p.base_year), std::to_string(p.base_year), std::to_string(p.base_year),
                   reports::ColType::money)};
  for (auto& y : p.years)
    t.columns.push_back(col(std::to_string(y.fiscal_year), std::to_string(y.fiscal_year),
                            std::to_string(y.fiscal_year), reports::ColType::money));
  auto hist = rules::budget_history(repo, p.base_year);
  const auto& bl = hist.back().lines;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    std::vector<reports::Cell> row = {
        bl[i].code,
        bl[i].remainder ? text::tr("rules.plan_remainder", text::arg("name", bl[i].name)) : bl[i].name,
        bl[i].amount};
    for (auto& y : p.years) row.push_back(y.lines[i].amount);
    t.rows.push_back(row);
  }
  std::vector<reports::Cell> total = {reports::Cell{}, reports::Cell{}, p.base_total};
  for (auto& y : p.years) total.push_back(y.total);
  t.total = total;
  return t;
}

// --growth as an exact rate, or a usage error.
std::optional<Rational> plan_rate(const std::string& growth) {
  if (growth.empty()) return std::nullopt;
  auto r = parse_rate(growth);
  if (!r) throw UsageError("--growth: " + r.error);
  if (*r.value < 0) throw UsageError(text::tr("rules.plan_negative_growth", text::arg("value", growth)));
  return *r.value;
}

struct PlanOpts {
  int base = 0, years = 0;
  std::string growth, write, unit = "wan";
};

int run_plan(Globals& g, const PlanOpts& o) {
  auto rate = plan_rate(o.growth);
  auto repo = g.open(false);
  rules::Plan p;
  try {
    p = rules::make_plan(*repo, o.base, o.years, rate);
  } catch (const rules::PlanError& e) {
    throw UsageError(e.what());
  }
  // A rate given below the rule in force plans budgets the import would refuse.
  if (rate && p.rule_in_force && *rate < p.rule_rate)
    std::cerr << text::tr("rules.plan_growth_below_rule", text::arg("rate", rules::fmt_pct(*rate)),
                          text::arg("rule", *p.rule_in_force), text::arg("min", rules::fmt_pct(p.rule_rate)),
                          text::arg("year", o.base + 1))
              << "\n";
  auto written = o.write.empty() ? std::vector<std::string>() : write_plan(g, p, o.write);
  if (g.format == "json") {
    print_json(plan_json(p, written));
    return kExitOk;
  }
  auto t = plan_table(*repo, p);
  if (g.format == "csv")
    std::cout << reports::render_csv(t);
  else
    std::cout << reports::render_text(t, g.language(), o.unit == "yuan" ? Unit::yuan : Unit::wan);
  for (auto& w : written) std::cout << text::tr("cli.wrote", text::arg("file", w)) << "\n";
  return kExitOk;
}

Verb register_plan(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("plan", text::tr("help.plan"));
  auto o = std::make_shared<PlanOpts>();
  cmd->add_option("--base-year", o->base, text::tr("help.plan.base_year"))->required();
  cmd->add_option("--years", o->years, text::tr("help.plan.years"))->required();
  cmd->add_option("--growth", o->growth, text::tr("help.plan.growth"));
  cmd->add_option("--unit", o->unit, text::tr("help.plan.unit"))->check(CLI::IsMember({"yuan", "wan"}));
  cmd->add_option("--write", o->write, text::tr("help.plan.write"));
  return {cmd, [&g, o] { return run_plan(g, *o); }};
}

// The quota operation that made a revision (null for a revision from a budget file).
json quota_json(const std::optional<entries::QuotaOp>& q) {
  if (!q) return nullptr;
  return {{"op", q->op},
          {"from", q->from},
          {"to", q->to ? json(*q->to) : json(nullptr)},
          {"amount", money_json(q->amount)},
          {"date", calendar::format_date(q->date)}};
}

// What made a revision, in the run's language: 调整 (a file), 调剂 (transfer), 调减 (reduce).
std::string revision_kind(const rules::BudgetRevision& r) {
  if (!r.quota) return text::tr("quota.kind.revision");
  return text::tr(r.quota->op == "transfer" ? "quota.kind.transfer" : "quota.kind.reduce");
}

json revision_json(const rules::BudgetRevision& r) {
  json lines = json::array();
  for (auto& l : r.lines)
    lines.push_back(
        {{"code", l.code}, {"name", l.name}, {"amount", money_json(l.amount)}, {"remainder", l.remainder}});
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"revision", r.revision},
          {"code", r.code},
          {"name", r.name},
          {"total", money_json(r.total)},
          {"funded_by", r.funded_by},
          {"doc_no", opt(r.doc_no)},
          {"reason", opt(r.reason)},
          {"recorded_at", r.recorded_at},
          {"operator", r.operator_name},
          {"override_reason", opt(r.override_reason)},
          {"change", quota_json(r.quota)},
          {"lines", lines}};
}

// `budget history`: every revision of a year's budget.
int print_budget_history(Globals& g, store::Repository& repo, int year) {
  auto h = rules::budget_history(repo, year);
  if (h.empty()) throw UsageError(text::tr("rules.plan_no_budget", text::arg("year", year)));
  if (g.format == "json") {
    json arr = json::array();
    for (auto& r : h) arr.push_back(revision_json(r));
    print_json({{"fiscal_year", year}, {"revisions", arr}});
    return kExitOk;
  }
  reports::Table t;
  t.title = text::tr("rules.history_title", text::arg("year", year));
  t.columns = {col("revision", "版本", "Revision", reports::ColType::integer),
               col("kind", "类型", "Kind", reports::ColType::text),
               col("date", "生效日期", "In force", reports::ColType::text),
               col("total", "总额", "Total", reports::ColType::money),
               col("quota_from", "调出/调减", "From", reports::ColType::text),
               col("quota_to", "调入", "To", reports::ColType::text),
               col("quota_amount", "金额", "Amount", reports::ColType::money),
               col("doc_no", "文号", "Document", reports::ColType::text),
               col("reason", "原因", "Reason", reports::ColType::text),
               col("recorded_at", "记录时间", "Recorded", reports::ColType::text),
               col("operator", "操作人", "Operator", reports::ColType::text),
               col("override_reason", "越规原因", "Override", reports::ColType::text)};
  for (auto& r : h) {
    const bool csv = g.format == "csv";
    t.rows.push_back({std::int64_t{r.revision}, csv ? (r.quota ? r.quota->op : "revision") : revision_kind(r),
                      r.quota ? calendar::format_date(r.quota->date) : std::to_string(year) + "-01-01",
                      r.total, r.quota ? r.quota->from : "", r.quota ? r.quota->to.value_or("") : "",
                      r.quota ? reports::Cell{r.quota->amount} : reports::Cell{}, r.doc_no.value_or(""),
                      r.reason.value_or(""), r.recorded_at, r.operator_name, r.override_reason.value_or("")});
  }
  if (g.format == "csv")
    std::cout << reports::render_csv(t);
  else
    std::cout << reports::render_text(t, g.language(), Unit::wan);
  return kExitOk;
}

// A line's change (rules::BudgetDiff's code) in the run's language.
std::string change_text(const std::string& change) {
  static const std::map<std::string, const char*> ids = {{"same", "rules.diff_change.same"},
                                                         {"changed", "rules.diff_change.changed"},
                                                         {"added", "rules.diff_change.added"},
                                                         {"removed", "rules.diff_change.removed"}};
  auto it = ids.find(change);
  return it == ids.end() ? change : text::tr(it->second);
}

// `budget diff`: what changed in each line between two revisions.
int print_budget_diff(Globals& g, const rules::BudgetDiff& d) {
  if (g.format == "json") {
    json lines = json::array();
    for (auto& l : d.lines)
      lines.push_back({{"code", l.code},
                       {"name", l.name},
                       {"change", l.change},
                       {"from", l.from ? json(money_json(*l.from)) : json(nullptr)},
                       {"to", l.to ? json(money_json(*l.to)) : json(nullptr)},
                       {"delta", money_json(l.to.value_or(Money()) - l.from.value_or(Money()))}});
    print_json({{"fiscal_year", d.year},
                {"from", revision_json(d.from)},
                {"to", revision_json(d.to)},
                {"total_delta", money_json(d.to.total - d.from.total)},
                {"lines", lines}});
    return kExitOk;
  }
  reports::Table t;
  t.title = text::tr("rules.diff_title", text::arg("year", d.year), text::arg("from", d.from.revision),
                     text::arg("to", d.to.revision), text::arg("doc", d.to.doc_no.value_or("-")),
                     text::arg("reason", d.to.reason.value_or("")));
  t.columns = {col("code", "用途代码", "Code", reports::ColType::text),
               col("name", "名称", "Name", reports::ColType::text),
               col("change", "变动", "Change", reports::ColType::text),
               col("from", "调整前", "From", reports::ColType::money),
               col("to", "调整后", "To", reports::ColType::money),
               col("delta", "增减", "Delta", reports::ColType::money)};
  for (auto& l : d.lines)
    t.rows.push_back(
        {l.code, l.name, change_text(l.change), l.from ? reports::Cell{*l.from} : reports::Cell{},
         l.to ? reports::Cell{*l.to} : reports::Cell{}, l.to.value_or(Money()) - l.from.value_or(Money())});
  t.total = std::vector<reports::Cell>{reports::Cell{}, reports::Cell{}, reports::Cell{},
                                       d.from.total,    d.to.total,      d.to.total - d.from.total};
  if (g.format == "csv")
    std::cout << reports::render_csv(t);
  else
    std::cout << reports::render_text(t, g.language(), Unit::wan);
  return kExitOk;
}

Verb register_budget(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("budget", text::tr("help.budget"));
  cmd->require_subcommand(1);
  auto* hist = cmd->add_subcommand("history", text::tr("help.budget.history"));
  auto* diff = cmd->add_subcommand("diff", text::tr("help.budget.diff"));
  auto year = std::make_shared<int>(0);
  auto from = std::make_shared<int>(0);
  auto to = std::make_shared<int>(0);
  hist->add_option("--year", *year, text::tr("help.budget.year"))->required();
  diff->add_option("--year", *year, text::tr("help.budget.year"))->required();
  diff->add_option("--from", *from, text::tr("help.budget.diff.from"))->required();
  diff->add_option("--to", *to, text::tr("help.budget.diff.to"))->required();
  add_global_options(*hist, g);
  add_global_options(*diff, g);
  return {cmd, [&g, hist, year, from, to] {
            auto repo = g.open(false);
            if (hist->parsed()) return print_budget_history(g, *repo, *year);
            rules::BudgetDiff d;
            try {
              d = rules::budget_diff(*repo, *year, *from, *to);
            } catch (const rules::PlanError& e) {
              throw UsageError(e.what());
            }
            return print_budget_diff(g, d);
          }};
}

const ImportHandlerRegistration reg_import_rules("rules", import_rules_handler);
const GateRegistration reg_gate(gate);
const VerbRegistration reg_check(40, register_check);
const VerbRegistration reg_plan(60, register_plan);
const VerbRegistration reg_budget(65, register_budget);

}  // namespace

}  // namespace fundledger::cli
