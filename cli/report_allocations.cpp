// `report allocations` (report_allocations.hpp).
#include "cli/report_allocations.hpp"

#include <map>

#include "ledger/ledger.hpp"
#include "store/report_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using reports::catalogue_column;
using reports::ColType;
using text::arg;
using text::tr;

// Earmark code -> its name in the budgets (the latest year's name when years differ).
std::map<std::string, std::string> earmark_names(store::Repository& repo, std::optional<int> year) {
  std::map<std::string, std::string> out;
  for (const auto& l : ledger::earmark_lines(repo, year)) out[l.code] = l.name;
  return out;
}

const std::string& category_name(const store::CategoryEarmarkTownAllocated& r, bool en) {
  return en ? r.category_en : r.category_zh;
}

// The flow's two steps for a Sankey, summed here so that the page adds up no money: category ->
// earmark and earmark -> town (no town: ""), in the table's order.
nlohmann::json flow_edges(const std::vector<store::CategoryEarmarkTownAllocated>& rows, bool en) {
  std::vector<std::pair<std::string, std::string>> order;
  std::map<std::pair<std::string, std::string>, Money> sums;
  auto add = [&](const std::string& from, const std::string& to, const Money& m) {
    auto [it, fresh] = sums.try_emplace({from, to}, Money());
    if (fresh) order.emplace_back(from, to);
    it->second += m;
  };
  for (const auto& r : rows) add("category:" + category_name(r, en), "earmark:" + r.earmark, r.allocated);
  for (const auto& r : rows) add("earmark:" + r.earmark, "town:" + r.town.value_or(""), r.allocated);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : order)
    out.push_back({{"from", k.first}, {"to", k.second}, {"allocated", money_json(sums.at(k))}});
  return out;
}

reports::Table allocations_table(const Globals& g,
                                 const std::vector<store::CategoryEarmarkTownAllocated>& rows,
                                 store::Repository& repo, std::optional<int> year) {
  const auto names = earmark_names(repo, year);
  const bool en = g.language() == reports::Lang::en;
  reports::Table t;
  t.columns = {catalogue_column("category", "allocations.col.category", ColType::text),
               catalogue_column("earmark", "allocations.col.earmark", ColType::text),
               catalogue_column("earmark_name", "allocations.col.earmark_name", ColType::text),
               catalogue_column("town", "allocations.col.town", ColType::text),
               catalogue_column("allocated", "allocations.col.allocated", ColType::money)};
  Money total;
  for (const auto& r : rows) {
    auto name = names.find(r.earmark);
    t.rows.push_back({category_name(r, en), r.earmark,
                      name == names.end() ? reports::Cell{} : reports::Cell{name->second},
                      r.town ? reports::Cell{*r.town} : reports::Cell{}, r.allocated});
    total += r.allocated;
  }
  t.total = std::vector<reports::Cell>{tr("allocations.total"), {}, {}, {}, total};
  return t;
}

}  // namespace

int print_allocations(const Globals& g, const std::string& as_of_opt, int year_opt) {
  const std::string date = g.as_of(as_of_opt);
  const std::optional<int> year = year_opt ? std::optional<int>(year_opt) : std::nullopt;
  auto repo = g.open(false);
  const auto rows =
      repo->reports().allocated_by_category_earmark_town(year, *calendar::parse_date(date).value);
  auto t = allocations_table(g, rows, *repo, year);
  t.title = year ? tr("allocations.title_year", arg("date", date), arg("year", *year))
                 : tr("allocations.title", arg("date", date));
  const auto head = repo->chain_head();
  print_report_table(g, t,
                     {{"report", "allocations"},
                      {"as_of", date},
                      {"year", year ? nlohmann::json(*year) : nlohmann::json(nullptr)},
                      {"edges", flow_edges(rows, g.language() == reports::Lang::en)},
                      {"ledger_check", {{"entries", head.entries}, {"head", head.head_hex}}}});
  return kExitOk;
}

CLI::App* add_allocations_command(CLI::App& report, ProgressArgs& a) {
  auto* cmd = report.add_subcommand("allocations", tr("help.report.allocations"));
  cmd->add_option("--as-of", a.as_of, tr("help.report.allocations.as_of"));
  cmd->add_option("--year", a.year, tr("help.report.allocations.year"));
  return cmd;
}

}  // namespace fundledger::cli
