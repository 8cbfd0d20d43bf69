// The project library's verbs: `import projects`, `import project-status` (engine/projects),
// `import targets`, `import results` (performance targets), `projects [--year Y]` (the library, or a year's
// plan with what was committed and paid), and `contracts` with `contracts close|void ID`
// (ledger/commitments.hpp).
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "ledger/commitments.hpp"
#include "projects/projects.hpp"
#include "reports/table_json.hpp"
#include "store/ledger_reads.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

// A column: its key (CSV header, JSON) and its headers from the catalogue (projects.col.*).
reports::Column column(const std::string& key, reports::ColType type = reports::ColType::text) {
  static const std::map<std::string, const char*> ids = {
      {"project_id", "projects.col.project_id"}, {"name", "projects.col.name"},
      {"category", "projects.col.category"},     {"town", "projects.col.town"},
      {"village", "projects.col.village"},       {"status", "projects.col.status"},
      {"plan_years", "projects.col.plan_years"}, {"investment", "projects.col.investment"},
      {"committed", "projects.col.committed"},   {"paid", "projects.col.paid"},
      {"progress", "projects.col.progress"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

reports::Cell text_cell(const std::optional<std::string>& s) {
  return s && !s->empty() ? reports::Cell{*s} : reports::Cell{};
}

reports::Cell ratio_cell(const Money& num, const Money& den) {
  if (!den.is_positive()) return {};
  return reports::Ratio{Rational(num.fen(), den.fen())};
}

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
  auto rep = run(*repo, file, {g.operator_name, g.now_iso, g.sheet});
  for (const auto& w : rep.warnings) std::cerr << w.str() << "\n";
  if (g.format == "json") {
    json warnings = json::array();
    for (const auto& w : rep.warnings) warnings.push_back(w.str());
    print_json({{"kind", kind},
                {"file", rep.file},
                {"added", rep.added},
                {"skipped", rep.skipped},
                {"warnings", warnings}});
  } else {
    std::cout << import_summary(kind, rep.file, rep.added, rep.skipped) << "\n";
  }
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
const ImportHandlerRegistration reg_import_projects("projects", import_projects);
const ImportHandlerRegistration reg_import_targets("targets", import_targets);
const ImportHandlerRegistration reg_import_results("results", import_results);
const ImportHandlerRegistration reg_import_statuses("project-status", import_statuses);

// What each project's open contracts still commit on `on`.
std::map<std::string, Money> committed_by_project(store::Repository& repo, const calendar::Date& on) {
  std::map<std::string, Money> out;
  for (const auto& c : repo.projects().contracts())
    out[c.contract.project] += ledger::Commitments::open_amount(c, on);
  return out;
}

// Text shows the coded values by their names in the run's language; CSV and JSON (for programs) as codes.
reports::Table projects_table(store::Repository& repo, std::optional<int> year, const calendar::Date& as_of,
                              bool codes) {
  auto named = [codes](const ledger::Choices& list, const std::string& code) {
    return codes ? code : projects::name_of(list, code);
  };
  auto lib = projects::Library::load(repo);
  std::map<std::string, Money> paid;
  for (const auto& r : repo.ledger().balance_by_place(store::PlaceKey::project, year, as_of))
    if (r.key) paid[*r.key] = r.disbursed;  // a payment names a project by its id or its name
  auto committed = committed_by_project(repo, as_of);
  reports::Table t;
  t.title = year ? text::tr("projects.title_year", text::arg("year", *year)) : text::tr("projects.title");
  using reports::ColType;
  t.columns = {column("project_id"),
               column("name"),
               column("category"),
               column("town"),
               column("village"),
               column("status"),
               column("plan_years"),
               column("investment", ColType::money),
               column("committed", ColType::money),
               column("paid", ColType::money),
               column("progress", ColType::ratio)};
  Money sums[3];
  for (const auto& p : lib.all()) {
    const auto& life = lib.life(p.project_id);
    if (year && !life.planned_for(*year, as_of)) continue;
    const auto* now = life.as_of(as_of);
    std::string years;
    for (int y : life.plan_years(as_of)) years += (years.empty() ? "" : ",") + std::to_string(y);
    Money c = committed[p.project_id], pd = paid[p.project_id];
    if (p.name != p.project_id && lib.find(p.name) == &p) pd += paid[p.name];
    sums[0] += p.investment, sums[1] += c, sums[2] += pd;
    t.rows.push_back({p.project_id, p.name, named(projects::categories(), p.category), p.town,
                      text_cell(p.village),
                      now ? reports::Cell{named(projects::statuses(), now->status)} : reports::Cell{},
                      text_cell(years), p.investment, c, pd, ratio_cell(pd, p.investment)});
  }
  t.total = std::vector<reports::Cell>{
      text::tr("projects.total"),  {}, {}, {}, {}, {}, {}, sums[0], sums[1], sums[2],
      ratio_cell(sums[2], sums[0])};
  t.hints.ratio_of["progress"] = {"paid", "investment"};
  return t;
}

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
            print(g, projects_table(*repo, year_given, *date.value, g.format != "text"), "projects");
            return kExitOk;
          }};
}

const VerbRegistration reg_projects(93, register_projects);

}  // namespace
}  // namespace fundledger::cli
