// Verbs `close` and `recall`: the year end (年终结转, engine/ledger/year_end.hpp). `close --year Y
// --reason R [--doc DOC] [--date D]` closes fiscal year Y once, after its end and with its last day
// locked, and records what it carries into Y+1 (`report carryover --year Y` lists it). `recall
// --year Y --doc DOC --reason R [--date D]` returns to the level above what that close marked for
// recall and is still unused (结余收回). Both through the ledger's pipeline.
#include <iostream>

#include "cli/cli.hpp"
#include "ledger/year_end.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using text::arg;
using text::tr;

struct CloseOptions {
  int year = 0;
  std::string doc, reason, date;
};

int run_close(Globals& g, const CloseOptions& o) {
  if (o.reason.empty()) throw UsageError(tr("close.need_reason"));
  if (o.year < 1900 || o.year > 2999) throw UsageError(tr("cli.year_out_of_range", arg("year", o.year)));
  entries::YearClose c;
  c.fiscal_year = o.year;
  c.date = entry_date(g, o.date);
  if (!o.doc.empty()) c.doc_no = o.doc;
  c.reason = o.reason;
  auto repo = g.open(true);
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  (void)ledger::post(*repo, "close " + std::to_string(o.year), {c}, opt);
  const auto closes = repo->ledger().year_closes();
  const auto& done = closes.back().close;
  Money total, recall;
  long recall_rows = 0;
  for (const auto& r : done.carried) {
    total += r.amount;
    if (r.for_recall) recall += r.amount, ++recall_rows;
  }
  if (g.format == "json") {
    print_json({{"fiscal_year", done.fiscal_year},
                {"date", calendar::format_date(done.date)},
                {"carried", money_json(total)},
                {"rows", done.carried.size()},
                {"for_recall", money_json(recall)},
                {"for_recall_rows", recall_rows}});
    return kExitOk;
  }
  std::cout << tr("close.closed", arg("year", done.fiscal_year), arg("rows", done.carried.size()),
                  arg("total", format_for_people(total)), arg("years", ledger::kRecallAfterYears),
                  arg("recall_rows", recall_rows), arg("recall", format_for_people(recall)))
            << "\n";
  return kExitOk;
}

Verb register_close(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("close", tr("help.close"));
  auto o = std::make_shared<CloseOptions>();
  cmd->add_option("--year", o->year, tr("help.close.year"))->required();
  cmd->add_option("--doc", o->doc, tr("help.close.doc"));
  cmd->add_option("--reason", o->reason, tr("help.close.reason"));
  cmd->add_option("--date", o->date, tr("help.close.date"));
  return {cmd, [&g, o] { return run_close(g, *o); }};
}

struct RecallOptions {
  int year = 0;
  std::string doc, reason, date;
};

int run_recall(Globals& g, const RecallOptions& o) {
  if (o.doc.empty()) throw UsageError(tr("recall.need_doc"));
  if (o.reason.empty()) throw UsageError(tr("recall.need_reason"));
  if (o.year < 1900 || o.year > 2999) throw UsageError(tr("cli.year_out_of_range", arg("year", o.year)));
  entries::SourceReduction request;
  request.kind = "recall";
  request.fiscal_year = o.year;
  request.date = entry_date(g, o.date);
  request.doc_no = o.doc;
  request.reason = o.reason;
  auto repo = g.open(true);
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  (void)ledger::post(*repo, "recall " + std::to_string(o.year), {request}, opt);
  Money total, from_earmarks;
  const auto done = repo->ledger().recalls(ledger::recall_prefix(o.year));
  for (const auto& r : done) {
    total += r.reduction.amount;
    for (const auto& f : r.reduction.flows) from_earmarks -= f.amount;
  }
  if (g.format == "json") {
    print_json({{"fiscal_year", o.year},
                {"date", calendar::format_date(request.date)},
                {"recalled", money_json(total)},
                {"from_earmarks", money_json(from_earmarks)},
                {"sources", done.size()}});
    return kExitOk;
  }
  std::cout << tr("recall.recalled", arg("year", o.year), arg("sources", done.size()),
                  arg("total", format_for_people(total)),
                  arg("from_earmarks", format_for_people(from_earmarks)))
            << "\n";
  return kExitOk;
}

Verb register_recall(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("recall", tr("help.recall"));
  auto o = std::make_shared<RecallOptions>();
  cmd->add_option("--year", o->year, tr("help.recall.year"))->required();
  cmd->add_option("--doc", o->doc, tr("help.recall.doc"));
  cmd->add_option("--reason", o->reason, tr("help.recall.reason"));
  cmd->add_option("--date", o->date, tr("help.recall.date"));
  return {cmd, [&g, o] { return run_recall(g, *o); }};
}

const VerbRegistration reg_close(89, register_close);
const VerbRegistration reg_recall(89, register_recall);

}  // namespace
}  // namespace fundledger::cli
