// Verbs `lock` and `unlock`: closed periods (期间锁定, engine/ledger/periods.hpp). `lock --through D`
// closes every day on or before D; `lock` alone lists the locks and the one in force; `unlock`
// moves the lock back (`--to D`) or removes it, with a reason. Each is a journal entry.
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "ledger/periods.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;
using text::arg;
using text::tr;

// A column of the list: its key (CSV header, JSON) and its headers from the catalogue.
reports::Column column(const std::string& key, reports::ColType type = reports::ColType::text) {
  static const std::map<std::string, const char*> ids = {{"entry", "periods.col.entry"},
                                                         {"date", "periods.col.date"},
                                                         {"action", "periods.col.action"},
                                                         {"through", "periods.col.through"},
                                                         {"previous", "periods.col.previous"},
                                                         {"reason", "periods.col.reason"},
                                                         {"doc", "periods.col.doc"},
                                                         {"operator", "periods.col.operator"},
                                                         {"recorded_at", "periods.col.recorded_at"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

calendar::Date date_option(const char* option, const std::string& value) {
  auto d = calendar::parse_date(value);
  if (!d) throw UsageError(tr("periods.bad_date", arg("option", option), arg("value", value)));
  return *d.value;
}

json opt_json(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

std::string in_force_line(const std::optional<ledger::LockInForce>& lock) {
  if (!lock) return tr("periods.not_locked");
  return tr("periods.in_force", arg("through", calendar::format_date(lock->through)),
            arg("on", calendar::format_date(lock->locked_on)), arg("by", lock->operator_name));
}

int list_locks(Globals& g) {
  auto repo = g.open(false);
  auto rows = repo->ledger().period_locks();
  auto lock = ledger::lock_in_force(rows);
  if (g.format == "json") {
    json out = json::array();
    for (const auto& r : rows)
      out.push_back({{"entry", r.entry_id},
                     {"date", calendar::format_date(r.date)},
                     {"action", r.lock.action},
                     {"through", opt_json(r.lock.through)},
                     {"previous", opt_json(r.lock.previous)},
                     {"reason", opt_json(r.lock.reason)},
                     {"doc_no", opt_json(r.lock.doc_no)},
                     {"operator", r.operator_name},
                     {"recorded_at", r.recorded_at}});
    print_json({{"locked_through", lock ? json(calendar::format_date(lock->through)) : json(nullptr)},
                {"locks", out}});
    return kExitOk;
  }
  const bool csv = g.format == "csv";
  reports::Table t;
  t.title = tr("periods.title");
  t.columns = {column("entry", reports::ColType::integer),
               column("date"),
               column("action"),
               column("through"),
               column("previous"),
               column("reason"),
               column("doc"),
               column("operator"),
               column("recorded_at")};
  auto cell = [](const std::optional<std::string>& s) { return s ? reports::Cell{*s} : reports::Cell{}; };
  for (const auto& r : rows)
    t.rows.push_back(
        {std::int64_t{r.entry_id}, calendar::format_date(r.date),
         csv ? r.lock.action : tr(r.lock.action == "lock" ? "periods.action.lock" : "periods.action.unlock"),
         cell(r.lock.through), cell(r.lock.previous), cell(r.lock.reason), cell(r.lock.doc_no),
         r.operator_name, r.recorded_at});
  if (csv) {
    std::cout << reports::render_csv(t);
    return kExitOk;
  }
  if (!rows.empty()) std::cout << reports::render_text(t, g.language(), Unit::yuan);
  std::cout << in_force_line(lock) << "\n";
  return kExitOk;
}

std::optional<std::string> given(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

void print_done(const Globals& g, const entries::PeriodLock& p) {
  if (g.format == "json") {
    print_json({{"action", p.action},
                {"through", opt_json(p.through)},
                {"previous", opt_json(p.previous)},
                {"reason", opt_json(p.reason)},
                {"doc_no", opt_json(p.doc_no)}});
    return;
  }
  const std::string through = p.through.value_or(""), previous = p.previous.value_or("");
  const std::string reason = p.reason.value_or("");
  const char* id = p.action == "lock" ? (p.previous ? "periods.locked" : "periods.locked_first")
                   : p.through        ? "periods.unlocked_to"
                                      : "periods.unlocked_all";
  std::cout << tr(id, arg("through", through), arg("previous", previous), arg("reason", reason)) << "\n";
}

struct LockOptions {
  std::string through, to, reason, doc;
};

int lock(Globals& g, const LockOptions& o) {
  if (o.through.empty()) return list_locks(g);
  ledger::LockRequest req{date_option("--through", o.through), date_option("today", g.today), given(o.reason),
                          given(o.doc)};
  auto repo = g.open(true);
  try {
    print_done(g, ledger::lock_periods(*repo, req, {g.operator_name, g.now_iso, std::nullopt}));
  } catch (const ledger::PeriodRefused& e) {
    throw UsageError(e.what());
  }
  return kExitOk;
}

int unlock(Globals& g, const LockOptions& o) {
  ledger::UnlockRequest req;
  if (!o.to.empty()) req.to = date_option("--to", o.to);
  req.today = date_option("today", g.today);
  req.reason = o.reason;
  req.doc_no = given(o.doc);
  if (req.reason.empty()) throw UsageError(tr("periods.unlock_needs_reason"));
  auto repo = g.open(true);
  try {
    print_done(g, ledger::unlock_periods(*repo, req, {g.operator_name, g.now_iso, std::nullopt}));
  } catch (const ledger::PeriodRefused& e) {
    throw UsageError(e.what());
  }
  return kExitOk;
}

Verb register_lock(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("lock", tr("help.lock"));
  auto o = std::make_shared<LockOptions>();
  cmd->add_option("--through", o->through, tr("help.lock.through"));
  cmd->add_option("--reason", o->reason, tr("help.lock.reason"));
  cmd->add_option("--doc", o->doc, tr("help.lock.doc"));
  return {cmd, [&g, o] { return lock(g, *o); }};
}

Verb register_unlock(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("unlock", tr("help.unlock"));
  auto o = std::make_shared<LockOptions>();
  cmd->add_option("--to", o->to, tr("help.unlock.to"));
  cmd->add_option("--reason", o->reason, tr("help.unlock.reason"));
  cmd->add_option("--doc", o->doc, tr("help.lock.doc"));
  return {cmd, [&g, o] { return unlock(g, *o); }};
}

const VerbRegistration reg_lock(91, register_lock);
const VerbRegistration reg_unlock(91, register_unlock);

}  // namespace
}  // namespace fundledger::cli
