// Verbs `transfer` and `reduce`: quota operations on a year's budget lines (指标调剂 / 调减,
// engine/ledger/apply_quota.cpp). `transfer --year Y --from CODE --to CODE --amount X --doc DOC
// --reason R` moves quota between two lines, the total unchanged; `reduce --year Y --line CODE
// --amount X --doc DOC --reason R` takes it off a line and the total. Each records the budget
// revision it makes (`budget history` and `budget diff` show it), through the ledger's pipeline.
// `reduce --source DOC --amount X --doc DOC --reason R` takes money a source has not allocated off
// it (来源调减: a grant partly withdrawn), one entry of its own (apply_reductions.cpp).
#include <iostream>

#include "cli/cli.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using text::arg;
using text::tr;

struct QuotaOptions {
  int year = 0;
  std::string from, to, amount, date, doc, reason, override_reason;
  std::string source, id;  // reduce --source: the source's document number, the reduction's id
};

// The budget entry that asks the ledger for the operation (it makes the revision from the latest).
entries::Budget request_of(const Globals& g, const std::string& op, const QuotaOptions& o) {
  if (o.doc.empty() || o.reason.empty()) throw UsageError(tr("quota.needs_doc_and_reason"));
  auto amount = parse_amount(o.amount);
  if (!amount) throw UsageError(tr("quota.bad_amount", arg("value", o.amount), arg("message", amount.error)));
  entries::Budget b;
  b.fiscal_year = o.year;
  b.doc_no = o.doc;
  b.reason = o.reason;
  entries::QuotaOp q{op, o.from, std::nullopt, *amount.value, entry_date(g, o.date)};
  if (op == "transfer") q.to = o.to;
  b.set_quota(q);
  return b;
}

int run_quota_op(Globals& g, const std::string& op, const QuotaOptions& o) {
  auto request = request_of(g, op, o);
  auto repo = g.open(true);
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  if (!o.override_reason.empty()) opt.override_reason = o.override_reason;
  (void)ledger::post(*repo, op + " " + std::to_string(o.year) + " " + o.doc, {request}, opt);
  const auto b = *repo->ledger().latest_budget(o.year);
  const auto q = *b.quota();
  if (g.format == "json") {
    print_json({{"fiscal_year", b.fiscal_year},
                {"revision", b.revision},
                {"op", q.op},
                {"from", q.from},
                {"to", q.to ? nlohmann::json(*q.to) : nlohmann::json(nullptr)},
                {"amount", money_json(q.amount)},
                {"date", calendar::format_date(q.date)},
                {"doc_no", b.doc_no.value_or("")},
                {"total", money_json(b.total)}});
    return kExitOk;
  }
  const auto amount = format_for_people(q.amount);
  if (q.op == "transfer")
    std::cout << tr("quota.transferred", arg("year", b.fiscal_year), arg("amount", amount),
                    arg("from", q.from), arg("to", q.to.value_or("")), arg("revision", b.revision))
              << "\n";
  else
    std::cout << tr("quota.reduced", arg("year", b.fiscal_year), arg("amount", amount), arg("from", q.from),
                    arg("total", format_for_people(b.total)), arg("revision", b.revision))
              << "\n";
  return kExitOk;
}

// `reduce --source DOC`: money of a source not yet allocated taken off it (来源调减), one entry.
int run_source_reduction(Globals& g, const QuotaOptions& o) {
  if (o.year != 0) throw UsageError(tr("reduction.year_of_source", arg("doc", o.source)));
  if (o.doc.empty() || o.reason.empty()) throw UsageError(tr("quota.needs_doc_and_reason"));
  auto amount = parse_amount(o.amount);
  if (!amount) throw UsageError(tr("quota.bad_amount", arg("value", o.amount), arg("message", amount.error)));
  entries::SourceReduction r;
  r.kind = "reduce";
  r.source_doc = o.source;
  r.date = entry_date(g, o.date);
  r.amount = *amount.value;
  r.doc_no = o.doc;
  r.reason = o.reason;
  auto repo = g.open(true);
  r.reduction_id =
      o.id.empty()
          ? next_day_id("TJ", r.date,
                        [&](const std::string& id) { return !repo->ledger().source_reductions(id).empty(); })
          : o.id;
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  (void)ledger::post(*repo, "reduce " + r.source_doc, {r}, opt);
  Money left = repo->ledger().find_source(r.source_doc)->amount;
  for (const auto& c : repo->ledger().source_reduction_changes(r.source_doc)) left += c.amount;
  if (g.format == "json") {
    print_json({{"reduction_id", r.reduction_id},
                {"source_doc", r.source_doc},
                {"amount", money_json(r.amount)},
                {"date", calendar::format_date(r.date)},
                {"doc_no", o.doc},
                {"source_amount", money_json(left)}});
    return kExitOk;
  }
  std::cout << tr("reduction.reduced", arg("doc", r.source_doc), arg("amount", format_for_people(r.amount)),
                  arg("id", r.reduction_id), arg("left", format_for_people(left)))
            << "\n";
  return kExitOk;
}

void add_common(CLI::App* cmd, QuotaOptions& o) {
  cmd->add_option("--year", o.year, tr("help.quota.year"));
  cmd->add_option("--amount", o.amount, tr("help.quota.amount"))->required();
  cmd->add_option("--doc", o.doc, tr("help.quota.doc"));
  cmd->add_option("--reason", o.reason, tr("help.quota.reason"));
  cmd->add_option("--date", o.date, tr("help.quota.date"));
  cmd->add_option("--override", o.override_reason, tr("help.import.override"));
}

Verb register_transfer(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("transfer", tr("help.transfer"));
  auto o = std::make_shared<QuotaOptions>();
  cmd->add_option("--from", o->from, tr("help.transfer.from"))->required();
  cmd->add_option("--to", o->to, tr("help.transfer.to"))->required();
  add_common(cmd, *o);
  cmd->get_option("--year")->required();
  return {cmd, [&g, o] { return run_quota_op(g, "transfer", *o); }};
}

Verb register_reduce(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("reduce", tr("help.reduce"));
  auto o = std::make_shared<QuotaOptions>();
  cmd->add_option("--line", o->from, tr("help.reduce.line"));
  cmd->add_option("--source", o->source, tr("help.reduce.source"));
  cmd->add_option("--id", o->id, tr("help.reduce.id"));
  add_common(cmd, *o);
  return {cmd, [&g, o] {
            if (o->from.empty() == o->source.empty()) throw UsageError(tr("reduction.line_or_source"));
            if (!o->source.empty()) return run_source_reduction(g, *o);
            if (o->year == 0) throw UsageError(tr("reduction.line_or_source"));
            return run_quota_op(g, "reduce", *o);
          }};
}

const VerbRegistration reg_transfer(89, register_transfer);
const VerbRegistration reg_reduce(89, register_reduce);

}  // namespace
}  // namespace fundledger::cli
