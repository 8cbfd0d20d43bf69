// Verbs `freeze` and `unfreeze`: freezes of quota (指标冻结, engine/ledger/apply_freezes.cpp).
// `freeze --source DOC | --line YEAR/CODE --amount X | --percent P --reason R` holds back money not
// yet allocated; `freeze` alone lists the freezes as of a date; `unfreeze --id ID [--amount X]`
// gives back some or all of one. Each is one entry through the ledger's pipeline.
#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/cli.hpp"
#include "ledger/freezes.hpp"
#include "reports/table_json.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;
using text::arg;
using text::tr;

struct FreezeOptions {
  std::string source, line, amount, percent, date, reason, doc, id, as_of;
};

reports::Column column(const std::string& key, reports::ColType type = reports::ColType::text) {
  static const std::map<std::string, const char*> ids = {{"id", "freeze.col.id"},
                                                         {"scope", "freeze.col.scope"},
                                                         {"target", "freeze.col.target"},
                                                         {"year", "freeze.col.year"},
                                                         {"frozen_on", "freeze.col.frozen_on"},
                                                         {"frozen", "freeze.col.frozen"},
                                                         {"unfrozen", "freeze.col.unfrozen"},
                                                         {"held", "freeze.col.held"},
                                                         {"days", "freeze.col.days"},
                                                         {"doc_no", "freeze.col.doc"},
                                                         {"reason", "freeze.col.reason"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

std::string what_of(const ledger::FreezeState& f) {
  return ledger::frozen_what(f.scope, f.target, f.fiscal_year);
}

int list_freezes(Globals& g, const std::string& as_of_opt) {
  const std::string as_of = g.as_of(as_of_opt);
  const auto day = *calendar::parse_date(as_of).value;
  auto repo = g.open(false);
  auto all = ledger::freezes_as_of(repo->ledger().quota_freezes(std::nullopt), day);
  const bool csv = g.format == "csv";
  reports::Table t;
  t.title = tr("freeze.title", arg("date", as_of));
  t.columns = {column("id"),
               column("scope"),
               column("target"),
               column("year", reports::ColType::integer),
               column("frozen_on"),
               column("frozen", reports::ColType::money),
               column("unfrozen", reports::ColType::money),
               column("held", reports::ColType::money),
               column("days", reports::ColType::integer),
               column("doc_no"),
               column("reason")};
  for (const auto& f : all) {
    const long days = f.held().is_positive() ? (day - f.frozen_on).days() : 0;
    t.rows.push_back(
        {f.id,
         csv || g.format == "json" ? f.scope
                                   : tr(f.scope == "source" ? "freeze.scope.source" : "freeze.scope.line"),
         f.target, std::int64_t{f.fiscal_year}, calendar::format_date(f.frozen_on), f.frozen, f.unfrozen,
         f.held(), std::int64_t{days}, f.doc_no ? reports::Cell{*f.doc_no} : reports::Cell{}, f.reason});
  }
  if (g.format == "json") {
    print_json({{"as_of", as_of}, {"freezes", reports::table_json(t)["rows"]}});
  } else if (csv) {
    std::cout << reports::render_csv(t);
  } else if (all.empty()) {
    std::cout << tr("freeze.none", arg("date", as_of)) << "\n";
  } else {
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
  return kExitOk;
}

Money amount_of(const char* option, const std::string& given) {
  auto a = parse_amount(given);
  if (!a)
    throw UsageError(
        tr("freeze.bad_amount", arg("option", option), arg("value", given), arg("message", a.error)));
  return *a.value;
}

std::optional<std::string> given(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

// The freeze the options describe (its amount left zero when a percent is given: the ledger works it out).
entries::QuotaFreeze freeze_of(const Globals& g, const FreezeOptions& o) {
  if (o.source.empty() == o.line.empty()) throw UsageError(tr("freeze.need_target"));
  if (o.amount.empty() == o.percent.empty()) throw UsageError(tr("freeze.need_amount"));
  if (o.reason.empty()) throw UsageError(tr("freeze.need_reason"));
  entries::QuotaFreeze q;
  q.action = "freeze";
  q.date = entry_date(g, o.date);
  if (!o.source.empty()) {
    q.scope = "source";
    q.target = o.source;
  } else {
    auto slash = o.line.find('/');
    int year = 0;
    if (slash == std::string::npos || !(std::istringstream(o.line.substr(0, slash)) >> year) || year < 1900 ||
        slash + 1 >= o.line.size())
      throw UsageError(tr("freeze.bad_line", arg("value", o.line)));
    q.scope = "line";
    q.fiscal_year = year;
    q.target = o.line.substr(slash + 1);
  }
  if (!o.amount.empty()) q.amount = amount_of("--amount", o.amount);
  q.percent = given(o.percent);
  q.doc_no = given(o.doc);
  q.reason = o.reason;
  return q;
}

ledger::FreezeState posted(Globals& g, store::Repository& repo, const entries::QuotaFreeze& q) {
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  (void)ledger::post(repo, (q.action == "freeze" ? "freeze " : "unfreeze ") + q.freeze_id, {q}, opt);
  return ledger::freezes_as_of(repo.ledger().quota_freezes(q.freeze_id), q.date).front();
}

int freeze(Globals& g, const FreezeOptions& o) {
  auto q = freeze_of(g, o);
  auto repo = g.open(true);
  q.freeze_id =
      o.id.empty()
          ? next_day_id("DJ", q.date,
                        [&](const std::string& id) { return !repo->ledger().quota_freezes(id).empty(); })
          : o.id;
  auto f = posted(g, *repo, q);
  if (g.format == "json")
    print_json({{"id", f.id},
                {"scope", f.scope},
                {"target", f.target},
                {"fiscal_year", f.fiscal_year},
                {"date", calendar::format_date(f.frozen_on)},
                {"amount", money_json(f.frozen)}});
  else
    std::cout << tr("freeze.frozen", arg("what", what_of(f)), arg("amount", format_for_people(f.frozen)),
                    arg("id", f.id))
              << "\n";
  return kExitOk;
}

int unfreeze(Globals& g, const FreezeOptions& o) {
  if (o.reason.empty()) throw UsageError(tr("freeze.need_reason"));
  entries::QuotaFreeze q;
  q.freeze_id = o.id;
  q.action = "unfreeze";
  q.date = entry_date(g, o.date);
  if (!o.amount.empty()) q.amount = amount_of("--amount", o.amount);
  q.doc_no = given(o.doc);
  q.reason = o.reason;
  auto repo = g.open(true);
  const Money before = [&] {
    auto rows = ledger::freezes_as_of(repo->ledger().quota_freezes(q.freeze_id), q.date);
    return rows.empty() ? Money() : rows.front().held();
  }();
  auto f = posted(g, *repo, q);
  const Money amount = before - f.held();
  if (g.format == "json")
    print_json({{"id", f.id},
                {"date", calendar::format_date(q.date)},
                {"amount", money_json(amount)},
                {"held", money_json(f.held())}});
  else
    std::cout << tr("freeze.unfrozen", arg("id", f.id), arg("amount", format_for_people(amount)),
                    arg("held", format_for_people(f.held())))
              << "\n";
  return kExitOk;
}

Verb register_freeze(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("freeze", tr("help.freeze"));
  auto o = std::make_shared<FreezeOptions>();
  cmd->add_option("--source", o->source, tr("help.freeze.source"));
  cmd->add_option("--line", o->line, tr("help.freeze.line"));
  cmd->add_option("--amount", o->amount, tr("help.freeze.amount"));
  cmd->add_option("--percent", o->percent, tr("help.freeze.percent"));
  cmd->add_option("--date", o->date, tr("help.freeze.date"));
  cmd->add_option("--reason", o->reason, tr("help.freeze.reason"));
  cmd->add_option("--doc", o->doc, tr("help.freeze.doc"));
  cmd->add_option("--id", o->id, tr("help.freeze.id"));
  cmd->add_option("--as-of", o->as_of, tr("help.freeze.as_of"));
  return {cmd, [&g, o] {
            if (o->source.empty() && o->line.empty() && o->amount.empty() && o->percent.empty())
              return list_freezes(g, o->as_of);
            return freeze(g, *o);
          }};
}

Verb register_unfreeze(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("unfreeze", tr("help.unfreeze"));
  auto o = std::make_shared<FreezeOptions>();
  cmd->add_option("--id", o->id, tr("help.unfreeze.id"))->required();
  cmd->add_option("--amount", o->amount, tr("help.unfreeze.amount"));
  cmd->add_option("--date", o->date, tr("help.freeze.date"));
  cmd->add_option("--reason", o->reason, tr("help.freeze.reason"));
  cmd->add_option("--doc", o->doc, tr("help.freeze.doc"));
  return {cmd, [&g, o] { return unfreeze(g, *o); }};
}

const VerbRegistration reg_freeze(89, register_freeze);
const VerbRegistration reg_unfreeze(89, register_unfreeze);

}  // namespace
}  // namespace fundledger::cli
