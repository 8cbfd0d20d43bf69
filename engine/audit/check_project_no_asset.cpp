// project_no_asset (完工项目未登记资产).
//
// Why: what a project built belongs to someone only once it is registered (确权) and handed over;
// an unregistered cold store or greenhouse is how project assets are lost, leased privately or left
// to decay (资产流失). For each project that builds something (categories industry 产业发展,
// infrastructure 基础设施, housing 危房改造, relocation 易地搬迁, other 其他; not education, health,
// employment or finance, which leave no asset) completed (完工, or 验收 without 完工) more than 90 days
// before the as-of date: no asset recorded for it is a warning.
#include <set>

#include "audit/audit.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"

namespace fundledger::audit {

namespace {

constexpr long kDaysToRegister = 90;

bool builds_assets(const std::string& category) {
  return category != "education" && category != "health" && category != "employment" && category != "finance";
}

// The day the project was completed (its first 完工 or 验收 step by `on`), if it was.
const entries::ProjectStatus* completed_by(const projects::Life& life, const calendar::Date& on) {
  for (const auto& s : life.steps)
    if ((s.status == "completed" || s.status == "accepted") && s.date <= on) return &s;
  return nullptr;
}

}  // namespace

std::vector<Finding> check_project_no_asset(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  const auto lib = projects::Library::load(repo);
  if (lib.all().empty()) return out;
  std::set<std::string> with_asset;
  for (const auto& a : repo.projects().assets()) with_asset.insert(a.project_id);
  for (const auto& p : lib.all()) {
    if (!builds_assets(p.category) || with_asset.count(p.project_id)) continue;
    const auto* done = completed_by(lib.life(p.project_id), as_of);
    if (!done || !ctx.in_year(static_cast<int>(done->date.year()))) continue;
    const long days = calendar::days_between(done->date, as_of);
    if (days <= kDaysToRegister) continue;
    Finding f;
    f.code = "project_no_asset";
    f.severity = Severity::warn;
    f.message =
        text::tr("audit.project_no_asset", text::arg("project", p.project_id), text::arg("name", p.name),
                 text::arg("date", calendar::format_date(done->date)), text::arg("days", days));
    f.subject = {{"project", p.project_id}, {"completed", calendar::format_date(done->date)}};
    f.evidence = {p.project_id};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
