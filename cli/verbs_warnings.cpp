// `warnings`: the audit's findings as warnings with ids, levels and categories, and their handling
// (`warnings confirm|rectify|verify ID`), recorded under the hash chain (engine/monitor).
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "cli/report_findings.hpp"
#include "monitor/handle.hpp"
#include "monitor/warnings.hpp"
#include "reports/output_file.hpp"
#include "rules/warning_class.hpp"
#include "store/hash.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using nlohmann::json;
using text::arg;
using text::tr;

std::string level_name(const std::string& code) { return rules::class_name(rules::warning_levels(), code); }
std::string violation_name(const std::string& code) {
  return rules::class_name(rules::violation_categories(), code);
}

std::string last_step(const monitor::Warning& w) {
  if (w.actions.empty()) return "";
  const auto& a = w.actions.back();
  const char* id = a.action.action == "confirm"   ? "warnings.action.confirm"
                   : a.action.action == "rectify" ? "warnings.action.rectify"
                                                  : "warnings.action.verify";
  return tr("warnings.last_step", arg("date", calendar::format_date(a.date)), arg("action", tr(id)),
            arg("by", a.action.by));
}

json step_json(const store::WarningActionRow& r) {
  const auto& a = r.action;
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"entry_id", r.entry_id},
          {"date", calendar::format_date(r.date)},
          {"action", a.action},
          {"as", opt(a.outcome)},
          {"by", a.by},
          {"note", opt(a.note)},
          {"measures", opt(a.measures)},
          {"amount_recovered", a.amount_recovered ? json(money_json(*a.amount_recovered)) : json(nullptr)},
          {"attachment_sha256", opt(a.attachment_sha256)},
          {"attachment_name", opt(a.attachment_name)},
          {"recorded_at", r.recorded_at},
          {"operator", r.operator_name}};
}

json warning_json(const monitor::Warning& w, const calendar::Date& as_of) {
  json steps = json::array();
  for (const auto& a : w.actions) steps.push_back(step_json(a));
  json resolved = nullptr;
  if (w.resolved_by)
    resolved = {{"entry_id", w.resolved_by->entry_id},
                {"kind", w.resolved_by->kind},
                {"key", w.resolved_by->key},
                {"date", calendar::format_date(w.resolved_by->date)}};
  return {{"id", w.id},
          {"level", w.level},
          {"violation", w.violation},
          {"code", w.finding.code},
          {"status", monitor::status_code(w.status)},
          {"found", w.found},
          {"since", w.since ? json(calendar::format_date(*w.since)) : json(nullptr)},
          {"age_days", w.age_days(as_of)},
          {"rule", w.finding.rule ? json(*w.finding.rule) : json(nullptr)},
          {"message", w.finding.message},
          {"subject", w.finding.subject},
          {"evidence", w.finding.evidence},
          {"steps", steps},
          {"resolved_by", resolved}};
}

reports::Table warnings_table(const std::vector<monitor::Warning>& list, const calendar::Date& as_of,
                              bool csv) {
  using reports::catalogue_column;
  using reports::ColType;
  reports::Table t;
  t.columns = {catalogue_column("id", "warnings.col.id", ColType::text),
               catalogue_column("level", "warnings.col.level", ColType::text),
               catalogue_column("violation", "warnings.col.violation", ColType::text),
               catalogue_column("code", "warnings.col.code", ColType::text),
               catalogue_column("status", "warnings.col.status", ColType::text),
               catalogue_column("since", "warnings.col.since", ColType::text),
               catalogue_column("age_days", "warnings.col.age", ColType::integer),
               catalogue_column("message", "warnings.col.message", ColType::text),
               catalogue_column("last_step", "warnings.col.last_step", ColType::text),
               catalogue_column("resolved_by", "warnings.col.resolved_by", ColType::text)};
  for (const auto& w : list) {
    std::string resolved = w.resolved_by ? w.resolved_by->kind + " " + w.resolved_by->key : "";
    t.rows.push_back({w.id, csv ? w.level : level_name(w.level),
                      csv ? w.violation : violation_name(w.violation),
                      csv ? w.finding.code : finding_name(text::language(), w.finding.code),
                      csv ? std::string(monitor::status_code(w.status)) : monitor::status_name(w.status),
                      w.since ? calendar::format_date(*w.since) : std::string(),
                      std::int64_t{w.age_days(as_of)}, w.finding.message, last_step(w), resolved});
  }
  return t;
}

// How many warnings a list holds, and how many of them are open (not 确认正常, 已核实 or 数据已纠正) per
// level: the text's closing line and the json's `summary`.
struct WarningCounts {
  long total = 0, open = 0;
  std::map<std::string, long> open_by_level{{"red", 0}, {"orange", 0}, {"yellow", 0}, {"blue", 0}};
};

WarningCounts count_warnings(const std::vector<monitor::Warning>& list) {
  WarningCounts c;
  c.total = static_cast<long>(list.size());
  for (const auto& w : list)
    if (monitor::is_open(w.status)) ++c.open, ++c.open_by_level[w.level];
  return c;
}

// What `warnings` lists: the filters, and at most `limit` of them (0: all).
struct ListOptions {
  std::string as_of, status, level;
  int year = 0;
  bool open_only = false;
  int limit = 0;
};

int list_warnings(Globals& g, const ListOptions& o) {
  if (o.limit < 0) throw UsageError(tr("warnings.bad_limit", arg("value", o.limit)));
  std::optional<monitor::Status> want_status;
  if (!o.status.empty() && !(want_status = monitor::parse_status(o.status)))
    throw UsageError(tr("warnings.bad_status", arg("value", o.status),
                        arg("choices", "open, normal, suspected, violation, rectified, verified, resolved")));
  std::optional<std::string> want_level;
  if (!o.level.empty() && !(want_level = rules::level_code(o.level)))
    throw UsageError(tr("warnings.bad_level", arg("value", o.level),
                        arg("choices", rules::known_classes(rules::warning_levels()))));
  std::string as_of = g.as_of(o.as_of);
  auto as_of_date = *calendar::parse_date(as_of).value;
  auto repo = g.open(false);
  auto all =
      monitor::warnings(*repo, o.year ? std::optional<int>(o.year) : std::nullopt, as_of, g.work_calendar());
  std::vector<monitor::Warning> shown;
  for (auto& w : all)
    if ((!want_status || w.status == *want_status) && (!want_level || w.level == *want_level) &&
        (!o.open_only || monitor::is_open(w.status)))
      shown.push_back(std::move(w));
  const auto counts = count_warnings(shown);
  if (o.limit > 0 && shown.size() > static_cast<std::size_t>(o.limit))
    shown.resize(static_cast<std::size_t>(o.limit));
  if (g.format == "json") {
    json list = json::array();
    for (const auto& w : shown) list.push_back(warning_json(w, as_of_date));
    print_json({{"as_of", as_of},
                {"year", o.year ? json(o.year) : json(nullptr)},
                {"summary",
                 {{"total", counts.total}, {"open", counts.open}, {"open_by_level", counts.open_by_level}}},
                {"warnings", list}});
    return kExitOk;
  }
  auto t = warnings_table(shown, as_of_date, g.format == "csv");
  if (g.format == "csv") {
    std::cout << reports::render_csv(t);
    return kExitOk;
  }
  if (shown.empty()) {
    std::cout << tr("warnings.none", arg("date", as_of)) << "\n";
    return kExitOk;
  }
  auto by = counts.open_by_level;
  t.title = tr("warnings.title", arg("date", as_of));
  std::cout << reports::render_text(t, g.language(), Unit::yuan)
            << tr("warnings.summary", arg("total", counts.total), arg("open", counts.open),
                  arg("red", by["red"]), arg("orange", by["orange"]), arg("yellow", by["yellow"]),
                  arg("blue", by["blue"]))
            << "\n";
  return kExitOk;
}

// What a step's options hold before they are checked.
struct StepOptions {
  std::string id, outcome, by, note, measures, amount, attach, attachments, date;
};

// Where attachments are kept: --attachments, else beside a SQLite ledger (FILE.attachments/).
std::string attachments_dir(const Globals& g, const StepOptions& o) {
  if (!o.attachments.empty()) return o.attachments;
  bool on_server = g.db_path.rfind("postgres", 0) == 0 || g.db_path.find('=') != std::string::npos;
  if (on_server) throw UsageError(tr("warnings.attachments_dir_needed"));
  return g.db_path + ".attachments";
}

struct KeptAttachment {
  std::string sha256, path;
  bool written = false;  // false: the same bytes were kept already
};

// Keeps the attachment under its SHA-256 (written whole, before the step is recorded: a step never
// names a file that is not there).
KeptAttachment keep_attachment(const Globals& g, const StepOptions& o) {
  std::string bytes;
  {
    std::ifstream in(o.attach, std::ios::binary);
    if (!in)
      throw UsageError(
          tr("warnings.attachment_missing", arg("file", o.attach), arg("reason", std::strerror(errno))));
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string sha = store::to_hex(store::sha256(bytes));
  std::string dir = attachments_dir(g, o);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string path = (std::filesystem::path(dir) / sha).string();
  if (std::filesystem::exists(path)) return {sha, path, false};
  reports::write_file_atomically(path, bytes);
  return {sha, path, true};
}

monitor::Step checked_step(const Globals& g, const std::string& action, const StepOptions& o) {
  monitor::Step s;
  s.id = o.id;
  s.action = action;
  if (action == "confirm") {
    if (!(s.outcome = monitor::outcome_code(o.outcome)))
      throw UsageError(tr("warnings.bad_outcome", arg("value", o.outcome)));
  }
  s.by = o.by.empty() && action == "rectify" ? g.operator_name : o.by;
  if (s.by.empty()) throw UsageError(tr("warnings.by_needed"));
  if (!o.note.empty()) s.note = o.note;
  if (!o.measures.empty()) s.measures = o.measures;
  if (!o.amount.empty()) {
    auto a = parse_amount(o.amount);
    if (!a) throw UsageError(tr("warnings.bad_amount", arg("value", o.amount), arg("message", a.error)));
    if (a.value->is_negative()) throw UsageError(tr("warnings.negative_amount", arg("value", o.amount)));
    s.amount_recovered = *a.value;
  }
  std::string date = o.date.empty() ? g.today : o.date;
  auto d = calendar::parse_date(date);
  if (!d) throw UsageError(tr("warnings.bad_date", arg("value", date)));
  if (date > g.today)
    throw UsageError(tr("warnings.date_in_future", arg("date", date), arg("today", g.today)));
  s.date = *d.value;
  return s;
}

int record(Globals& g, const std::string& action, const StepOptions& o) {
  auto step = checked_step(g, action, o);
  auto repo = g.open(true);
  KeptAttachment kept;
  if (!o.attach.empty()) {
    kept = keep_attachment(g, o);
    step.attachment_sha256 = kept.sha256;
    step.attachment_name = std::filesystem::path(o.attach).filename().string();
  }
  const std::string& kept_at = kept.path;
  monitor::StepResult r;
  try {
    r = monitor::record_step(*repo, step, {g.operator_name, g.now_iso, std::nullopt}, g.work_calendar());
  } catch (const monitor::Refused& e) {
    // A refused step leaves nothing behind: not the file it would have kept either.
    std::error_code ec;
    if (kept.written) std::filesystem::remove(kept.path, ec);
    throw UsageError(e.what());
  }
  if (g.format == "json") {
    print_json(
        {{"id", r.warning_id},
         {"action", action},
         {"before", monitor::status_code(r.before)},
         {"after", monitor::status_code(r.after)},
         {"attachment_sha256", step.attachment_sha256 ? json(*step.attachment_sha256) : json(nullptr)}});
    return kExitOk;
  }
  const char* action_id = action == "confirm"   ? "warnings.action.confirm"
                          : action == "rectify" ? "warnings.action.rectify"
                                                : "warnings.action.verify";
  std::cout << tr("warnings.recorded", arg("id", r.warning_id), arg("action", tr(action_id)),
                  arg("before", monitor::status_name(r.before)), arg("after", monitor::status_name(r.after)))
            << "\n";
  if (step.attachment_sha256)
    std::cout << tr("warnings.attachment_kept", arg("path", kept_at), arg("sha", *step.attachment_sha256))
              << "\n";
  return kExitOk;
}

CLI::App* add_step(CLI::App* cmd, Globals& g, const std::string& action, StepOptions& o) {
  auto* sub = cmd->add_subcommand(action, tr(action == "confirm"   ? "help.warnings.confirm"
                                             : action == "rectify" ? "help.warnings.rectify"
                                                                   : "help.warnings.verify"));
  sub->add_option("ID", o.id, tr("help.warnings.id"))->required();
  if (action == "confirm") sub->add_option("--as", o.outcome, tr("help.warnings.as"))->required();
  if (action == "rectify") {
    sub->add_option("--measures", o.measures, tr("help.warnings.measures"))->required();
    sub->add_option("--amount-recovered", o.amount, tr("help.warnings.amount_recovered"));
  }
  sub->add_option("--by", o.by, tr("help.warnings.by"));
  sub->add_option("--note", o.note, tr("help.warnings.note"));
  sub->add_option("--attach", o.attach, tr("help.warnings.attach"));
  sub->add_option("--attachments", o.attachments, tr("help.warnings.attachments"));
  sub->add_option("--date", o.date, tr("help.warnings.date"));
  add_global_options(*sub, g);
  return sub;
}

Verb register_warnings(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("warnings", tr("help.warnings"));
  cmd->require_subcommand(0, 1);
  auto lo = std::make_shared<ListOptions>();
  cmd->add_option("--as-of", lo->as_of, tr("help.warnings.as_of"));
  cmd->add_option("--year", lo->year, tr("help.warnings.year"));
  cmd->add_option("--status", lo->status, tr("help.warnings.status"));
  cmd->add_option("--level", lo->level, tr("help.warnings.level"));
  cmd->add_flag("--open", lo->open_only, tr("help.warnings.open"));
  cmd->add_option("--limit", lo->limit, tr("help.warnings.limit"));
  auto opts = std::make_shared<StepOptions>();
  auto* confirm = add_step(cmd, g, "confirm", *opts);
  auto* rectify = add_step(cmd, g, "rectify", *opts);
  auto* verify = add_step(cmd, g, "verify", *opts);
  return {cmd, [&g, lo, opts, confirm, rectify, verify] {
            if (confirm->parsed()) return record(g, "confirm", *opts);
            if (rectify->parsed()) return record(g, "rectify", *opts);
            if (verify->parsed()) return record(g, "verify", *opts);
            return list_warnings(g, *lo);
          }};
}

const VerbRegistration reg_warnings(57, register_warnings);

}  // namespace
}  // namespace fundledger::cli
