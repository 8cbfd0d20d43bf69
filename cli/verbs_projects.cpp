// The project library's verbs: `import projects`, `import project-status` (engine/projects),
// `import targets`, `import results` (performance targets), `import assets`, `import asset-income`, `projects
// [--year Y]` (the library, or a year's plan: reports/projects.hpp), and `contracts` with `contracts
// close|void ID` (ledger/commitments.hpp).
#include <iostream>

#include "cli/cli.hpp"
#include "projects/projects.hpp"
#include "reports/projects.hpp"
#include "reports/table_json.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

void print(const Globals& g, const reports::Table& t, const char* json_key) {
  if (g.format == "json")
    print_json({{json_key, reports::table_json(t)}});
  else
    std::cout << (g.format == "csv" ? reports::render_csv(t)
                                    : reports::render_text(t, g.language(), Unit::yuan));
}

int import_with(Globals& g, const std::string& file, const char* kind,
                ledger::ImportReport (*run)(store::Repository&, const std::string&,
                                            const projects::ImportOptions&)) {
  auto repo = g.open(true);
  print_import_report(g, kind, run(*repo, file, {g.operator_name, g.now_iso, g.sheet}));
  return kExitOk;
}

int import_projects(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "projects", &projects::import_projects);
}
int import_statuses(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "project-status", &projects::import_statuses);
}
int import_targets(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "targets", &projects::import_targets);
}
int import_results(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "results", &projects::import_results);
}
int import_assets(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "assets", &projects::import_assets);
}
int import_asset_income(Globals& g, const std::string& file, const std::optional<std::string>& ovr) {
  if (ovr) throw UsageError(text::tr("projects.no_override"));
  return import_with(g, file, "asset-income", &projects::import_asset_income);
}
const ImportHandlerRegistration reg_import_projects("projects", import_projects);
const ImportHandlerRegistration reg_import_assets("assets", import_assets);
const ImportHandlerRegistration reg_import_asset_income("asset-income", import_asset_income);
const ImportHandlerRegistration reg_import_targets("targets", import_targets);
const ImportHandlerRegistration reg_import_results("results", import_results);
const ImportHandlerRegistration reg_import_statuses("project-status", import_statuses);

Verb register_projects(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("projects", text::tr("help.projects"));
  auto year = std::make_shared<int>(0);
  auto as_of = std::make_shared<std::string>();
  cmd->add_option("--year", *year, text::tr("help.projects.year"));
  cmd->add_option("--as-of", *as_of, text::tr("help.projects.as_of"));
  return {cmd, [&g, year, as_of] {
            auto date = calendar::parse_date(g.as_of(*as_of));
            auto repo = g.open(false);
            auto year_given = *year ? std::optional<int>(*year) : std::nullopt;
            print(g, reports::project_plan(*repo, year_given, *date.value, g.format != "text"), "projects");
            return kExitOk;
          }};
}

const VerbRegistration reg_projects(93, register_projects);

}  // namespace
}  // namespace fundledger::cli
