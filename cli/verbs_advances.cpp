// Verbs `advance`, `settle` and `advances`: money paid out before the quota arrived (预拨) and its
// settlement (核销) when it does (engine/ledger/advances.hpp, apply_advances.cpp).
// `advance --amount X --reason R [--date D] [--year Y] [--id ID]` records the advance as a source of
// category `advance` (id YB-YYYYMMDD-N unless given), allocated and paid like any other;
// `settle --advance ID --source DOC --doc D --reason R [--amount X] [--date D] [--id ID]` settles
// it (all it has outstanding unless --amount says less) from a source that arrived;
// `advances [--as-of D]` lists them: amount, allocated, paid, settled, outstanding, days.
#include <iostream>

#include "cli/cli.hpp"
#include "ledger/advances.hpp"
#include "reports/table_json.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using text::arg;
using text::tr;

struct AdvanceOptions {
  std::string id, amount, reason, date, advance, source, doc, as_of;
  int year = 0;
};

Money amount_arg(const std::string& given) {
  auto amount = parse_amount(given);
  if (!amount) throw UsageError(tr("quota.bad_amount", arg("value", given), arg("message", amount.error)));
  return *amount.value;
}

ledger::ImportOptions run_options(const Globals& g) {
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  return opt;
}

int run_advance(Globals& g, const AdvanceOptions& o) {
  if (o.reason.empty()) throw UsageError(tr("advance.need_reason"));
  entries::Source s;
  s.amount = amount_arg(o.amount);
  s.received_on = entry_date(g, o.date);
  s.fiscal_year = o.year != 0 ? o.year : static_cast<int>(s.received_on.year());
  s.category = ledger::kAdvanceCategory;
  s.name = o.reason;
  s.level = "county";
  auto repo = g.open(true);
  s.doc_no =
      o.id.empty()
          ? next_day_id("YB", s.received_on,
                        [&](const std::string& id) { return repo->ledger().find_source(id).has_value(); })
          : o.id;
  (void)ledger::post(*repo, "advance " + s.doc_no, {s}, run_options(g));
  if (g.format == "json") {
    print_json({{"advance", s.doc_no},
                {"fiscal_year", s.fiscal_year},
                {"date", calendar::format_date(s.received_on)},
                {"amount", money_json(s.amount)}});
    return kExitOk;
  }
  std::cout << tr("advance.recorded", arg("id", s.doc_no), arg("amount", format_for_people(s.amount)),
                  arg("date", calendar::format_date(s.received_on)))
            << "\n";
  return kExitOk;
}

Money outstanding_of(store::LedgerReads& reads, const std::string& advance, const calendar::Date& on) {
  for (const auto& r : ledger::advances_as_of(reads, on))
    if (r.doc_no == advance) return r.outstanding();
  return Money();
}

int run_settle(Globals& g, const AdvanceOptions& o) {
  if (o.doc.empty()) throw UsageError(tr("settle.need_doc"));
  if (o.reason.empty()) throw UsageError(tr("settle.need_reason"));
  entries::AdvanceSettlement a;
  a.advance_doc = o.advance;
  a.source_doc = o.source;
  a.date = entry_date(g, o.date);
  a.doc_no = o.doc;
  a.reason = o.reason;
  auto repo = g.open(true);
  auto& reads = repo->ledger();
  a.amount = o.amount.empty() ? outstanding_of(reads, a.advance_doc, a.date) : amount_arg(o.amount);
  a.settle_id =
      o.id.empty()
          ? next_day_id("HX", a.date,
                        [&](const std::string& id) { return !reads.advance_settlements(id).empty(); })
          : o.id;
  (void)ledger::post(*repo, "settle " + a.advance_doc, {a}, run_options(g));
  const Money left = outstanding_of(reads, a.advance_doc, a.date);
  if (g.format == "json") {
    print_json({{"settle_id", a.settle_id},
                {"advance", a.advance_doc},
                {"source_doc", a.source_doc},
                {"date", calendar::format_date(a.date)},
                {"amount", money_json(a.amount)},
                {"outstanding", money_json(left)}});
    return kExitOk;
  }
  std::cout << tr("settle.settled", arg("doc", a.source_doc), arg("advance", a.advance_doc),
                  arg("amount", format_for_people(a.amount)), arg("id", a.settle_id),
                  arg("outstanding", format_for_people(left)))
            << "\n";
  return kExitOk;
}

using reports::catalogue_column;
using reports::ColType;

reports::Table advances_table(const std::vector<ledger::AdvanceRow>& rows, const std::string& as_of) {
  reports::Table t;
  t.title = tr("advances.title", arg("date", as_of));
  t.columns = {catalogue_column("advance", "advances.col.advance", ColType::text),
               catalogue_column("date", "advances.col.date", ColType::text),
               catalogue_column("name", "advances.col.name", ColType::text),
               catalogue_column("amount", "advances.col.amount", ColType::money),
               catalogue_column("allocated", "advances.col.allocated", ColType::money),
               catalogue_column("paid", "advances.col.paid", ColType::money),
               catalogue_column("settled", "advances.col.settled", ColType::money),
               catalogue_column("outstanding", "advances.col.outstanding", ColType::money),
               catalogue_column("days", "advances.col.days", ColType::integer),
               catalogue_column("settled_by", "advances.col.settled_by", ColType::text)};
  Money amount, allocated, paid, settled;
  for (const auto& r : rows) {
    std::string by;
    for (const auto& s : r.settled_by) by += (by.empty() ? "" : "; ") + s;
    t.rows.push_back({r.doc_no, calendar::format_date(r.date), r.name, r.amount, r.allocated, r.paid,
                      r.settled, r.outstanding(), std::int64_t{r.days}, by});
    amount += r.amount, allocated += r.allocated, paid += r.paid, settled += r.settled;
  }
  t.total = std::vector<reports::Cell>{tr("advances.total"), {}, {}, amount, allocated, paid, settled,
                                       amount - settled,     {}, {}};
  return t;
}

int run_advances(Globals& g, const AdvanceOptions& o) {
  const std::string day = g.as_of(o.as_of);
  const auto as_of = *calendar::parse_date(day).value;
  auto repo = g.open(false);
  const auto t = advances_table(ledger::advances_as_of(repo->ledger(), as_of), day);
  print_report_table(g, t, {{"report", "advances"}, {"as_of", day}});
  return kExitOk;
}

Verb register_advance(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("advance", tr("help.advance"));
  auto o = std::make_shared<AdvanceOptions>();
  cmd->add_option("--amount", o->amount, tr("help.advance.amount"))->required();
  cmd->add_option("--reason", o->reason, tr("help.advance.reason"));
  cmd->add_option("--date", o->date, tr("help.advance.date"));
  cmd->add_option("--year", o->year, tr("help.advance.year"));
  cmd->add_option("--id", o->id, tr("help.advance.id"));
  return {cmd, [&g, o] { return run_advance(g, *o); }};
}

Verb register_settle(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("settle", tr("help.settle"));
  auto o = std::make_shared<AdvanceOptions>();
  cmd->add_option("--advance", o->advance, tr("help.settle.advance"))->required();
  cmd->add_option("--source", o->source, tr("help.settle.source"))->required();
  cmd->add_option("--amount", o->amount, tr("help.settle.amount"));
  cmd->add_option("--doc", o->doc, tr("help.quota.doc"));
  cmd->add_option("--reason", o->reason, tr("help.quota.reason"));
  cmd->add_option("--date", o->date, tr("help.quota.date"));
  cmd->add_option("--id", o->id, tr("help.settle.id"));
  return {cmd, [&g, o] { return run_settle(g, *o); }};
}

Verb register_advances(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("advances", tr("help.advances"));
  auto o = std::make_shared<AdvanceOptions>();
  cmd->add_option("--as-of", o->as_of, tr("help.advances.as_of"));
  return {cmd, [&g, o] { return run_advances(g, *o); }};
}

const VerbRegistration reg_advance(89, register_advance);
const VerbRegistration reg_settle(89, register_settle);
const VerbRegistration reg_advances(89, register_advances);

}  // namespace
}  // namespace fundledger::cli
