// The year's plan of the project library (reports/projects.hpp): the one model behind `projects
// --year`, `report projects` and the workbook's 项目 sheet.
#include "reports/projects.hpp"

#include <map>

#include "ledger/commitments.hpp"
#include "projects/projects.hpp"
#include "reports/project_columns.hpp"
#include "store/ledger_reads.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

// What each project's open contracts still commit on `on`.
std::map<std::string, Money> committed_by_project(store::Repository& repo, const calendar::Date& on) {
  std::map<std::string, Money> out;
  for (const auto& c : repo.projects().contracts())
    out[c.contract.project] += ledger::Commitments::open_amount(c, on);
  return out;
}

}  // namespace

Column project_column(const std::string& key, ColType type) {
  static const std::map<std::string, const char*> ids = {
      {"project_id", "projects.col.project_id"},
      {"name", "projects.col.name"},
      {"category", "projects.col.category"},
      {"town", "projects.col.town"},
      {"village", "projects.col.village"},
      {"status", "projects.col.status"},
      {"plan_years", "projects.col.plan_years"},
      {"investment", "projects.col.investment"},
      {"committed", "projects.col.committed"},
      {"paid", "projects.col.paid"},
      {"progress", "projects.col.progress"},
      {"seq", "projects.col.seq"},
      {"place", "projects.col.place"},
      {"content", "projects.col.content"},
      {"fiscal_share", "projects.col.fiscal_share"},
      {"sources", "projects.col.sources"},
      {"responsible_unit", "projects.col.responsible_unit"},
      {"leader", "projects.col.leader"},
      {"beneficiary_households", "projects.col.beneficiary_households"},
      {"beneficiary_poor", "projects.col.beneficiary_poor"},
      {"period", "projects.col.period"},
      {"status_date", "projects.col.status_date"},
      {"targets", "projects.col.targets"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

Cell text_cell(const std::optional<std::string>& s) { return s && !s->empty() ? Cell{*s} : Cell{}; }

Cell ratio_cell(const Money& num, const Money& den) {
  if (!den.is_positive()) return {};
  return Ratio{Rational(num.fen(), den.fen())};
}

bool has_projects(store::Repository& repo) { return !repo.projects().projects().empty(); }

// Text shows the coded values by their names in the run's language; CSV and JSON (for programs) as codes.
Table project_plan(store::Repository& repo, std::optional<int> year, const calendar::Date& as_of,
                   bool codes) {
  auto named = [codes](const ledger::Choices& list, const std::string& code) {
    return codes ? code : projects::name_of(list, code);
  };
  auto lib = projects::Library::load(repo);
  std::map<std::string, Money> paid;
  for (const auto& r : repo.ledger().balance_by_place(store::PlaceKey::project, year, as_of))
    if (r.key) paid[*r.key] = r.disbursed;  // a payment names a project by its id or its name
  auto committed = committed_by_project(repo, as_of);
  Table t;
  t.title = year ? text::tr("projects.title_year", text::arg("year", *year)) : text::tr("projects.title");
  t.columns = {project_column("project_id"),
               project_column("name"),
               project_column("category"),
               project_column("town"),
               project_column("village"),
               project_column("status"),
               project_column("plan_years"),
               project_column("investment", ColType::money),
               project_column("committed", ColType::money),
               project_column("paid", ColType::money),
               project_column("progress", ColType::ratio)};
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
                      text_cell(p.village), now ? Cell{named(projects::statuses(), now->status)} : Cell{},
                      text_cell(years), p.investment, c, pd, ratio_cell(pd, p.investment)});
  }
  t.total = std::vector<Cell>{text::tr("projects.total"),  {}, {}, {}, {}, {}, {}, sums[0], sums[1], sums[2],
                              ratio_cell(sums[2], sums[0])};
  t.hints.ratio_of["progress"] = {"paid", "investment"};
  return t;
}

}  // namespace fundledger::reports
