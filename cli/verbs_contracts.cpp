// Verb `contracts`: every contract with what its payments drew and what it still commits, as of a
// date; `contracts close ID` (结算: nothing more will be paid on it) and `contracts void ID` (作废)
// record its end, releasing what it still committed (ledger/commitments.hpp).
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "ledger/commitments.hpp"
#include "reports/table_json.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

// A column: its key (CSV header, JSON) and its headers from the catalogue (contracts.col.*).
reports::Column column(const std::string& key, reports::ColType type = reports::ColType::text) {
  static const std::map<std::string, const char*> ids = {{"contract_id", "contracts.col.contract_id"},
                                                         {"project", "contracts.col.project"},
                                                         {"payee_id", "contracts.col.payee_id"},
                                                         {"fiscal_year", "contracts.col.fiscal_year"},
                                                         {"earmark", "contracts.col.earmark"},
                                                         {"signed_on", "contracts.col.signed_on"},
                                                         {"amount", "contracts.col.amount"},
                                                         {"drawn", "contracts.col.drawn"},
                                                         {"open", "contracts.col.open"},
                                                         {"state", "contracts.col.state"},
                                                         {"ended_on", "contracts.col.ended_on"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

// open | closed | void on `on`, as a code (CSV, JSON) or in the run's language (text).
std::string state_of(const store::ContractState& c, const calendar::Date& on, bool codes) {
  std::string code = c.end && c.end->date <= on ? (c.end->kind == "void" ? "void" : "closed") : "open";
  if (codes) return code;
  return text::tr(code == "open"   ? "contracts.state.open"
                  : code == "void" ? "contracts.state.void"
                                   : "contracts.state.closed");
}

reports::Table contracts_table(store::Repository& repo, const calendar::Date& as_of, bool codes) {
  using reports::ColType;
  reports::Table t;
  t.title = text::tr("contracts.title", text::arg("date", calendar::format_date(as_of)));
  t.columns = {column("contract_id"),
               column("project"),
               column("payee_id"),
               column("fiscal_year", ColType::integer),
               column("earmark"),
               column("signed_on"),
               column("amount", ColType::money),
               column("drawn", ColType::money),
               column("open", ColType::money),
               column("state"),
               column("ended_on")};
  Money sums[3];
  for (const auto& c : repo.projects().contracts()) {
    if (c.contract.signed_on > as_of) continue;
    const auto& k = c.contract;
    Money open = ledger::Commitments::open_amount(c, as_of);
    sums[0] += k.amount, sums[1] += c.drawn, sums[2] += open;
    bool ended = c.end && c.end->date <= as_of;
    t.rows.push_back({k.contract_id, k.project, k.payee_id, std::int64_t{k.fiscal_year}, k.earmark,
                      calendar::format_date(k.signed_on), k.amount, c.drawn, open, state_of(c, as_of, codes),
                      ended ? reports::Cell{calendar::format_date(c.end->date)} : reports::Cell{}});
  }
  t.total = std::vector<reports::Cell>{
      text::tr("contracts.total"), {}, {}, {}, {}, {}, sums[0], sums[1], sums[2], {}, {}};
  return t;
}

// `contracts close|void ID --date D --reason R`: one entry through the ledger's pipeline.
int end_contract(Globals& g, const std::string& kind, const std::string& id, const std::string& date,
                 const std::string& reason) {
  auto on = calendar::parse_date(date);
  if (!on) throw UsageError("--date: " + on.error);
  if (reason.empty()) throw UsageError(text::tr("contracts.reason_needed"));
  auto repo = g.open(true);
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  auto rep = ledger::post(*repo, "contracts " + kind + " " + id,
                          {entries::ContractEnd{id, kind, *on.value, reason}}, opt);
  if (g.format == "json")
    print_json({{"contract", id}, {"end", kind}, {"date", date}, {"added", rep.added}});
  else
    std::cout << text::tr(kind == "void" ? "contracts.voided" : "contracts.closed", text::arg("contract", id),
                          text::arg("date", date))
              << "\n";
  return kExitOk;
}

Verb register_contracts(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("contracts", text::tr("help.contracts"));
  cmd->require_subcommand(0, 1);
  auto as_of = std::make_shared<std::string>();
  auto id = std::make_shared<std::string>();
  auto date = std::make_shared<std::string>();
  auto reason = std::make_shared<std::string>();
  cmd->add_option("--as-of", *as_of, text::tr("help.contracts.as_of"));
  std::vector<CLI::App*> ends;
  for (const char* kind : {"close", "void"}) {
    auto* sub = cmd->add_subcommand(
        kind, text::tr(std::string(kind) == "close" ? "help.contracts.close" : "help.contracts.void"));
    sub->add_option("ID", *id, text::tr("help.contracts.id"))->required();
    sub->add_option("--date", *date, text::tr("help.contracts.date"))->required();
    sub->add_option("--reason", *reason, text::tr("help.contracts.reason"))->required();
    add_global_options(*sub, g);
    ends.push_back(sub);
  }
  return {cmd, [&g, as_of, id, date, reason, ends] {
            for (auto* sub : ends)
              if (sub->parsed()) return end_contract(g, sub->get_name(), *id, *date, *reason);
            auto on = calendar::parse_date(g.as_of(*as_of));
            auto repo = g.open(false);
            auto t = contracts_table(*repo, *on.value, g.format != "text");
            if (g.format == "json")
              print_json({{"contracts", reports::table_json(t)}});
            else
              std::cout << (g.format == "csv" ? reports::render_csv(t)
                                              : reports::render_text(t, g.language(), Unit::yuan));
            return kExitOk;
          }};
}

const VerbRegistration reg_contracts(94, register_contracts);

}  // namespace
}  // namespace fundledger::cli
