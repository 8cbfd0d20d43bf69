// asset_over_cost (资产价值超过项目支出).
//
// Why: an asset booked above what its project cost inflates the collective's accounts and hides
// where money went (虚增资产); it also happens when project payments were recovered after the asset
// was registered. The import refuses an asset worth more than its project was paid, so a finding
// means the payments were corrected since, or the ledger's rows were changed: for each project, the
// assets registered by the as-of date worth more than the payments naming it (net of their
// corrections) is an error.
#include <map>

#include "audit/audit.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"

namespace fundledger::audit {

std::vector<Finding> check_asset_over_cost(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  std::map<std::string, Money> value;
  std::map<std::string, std::vector<std::string>> ids;
  for (const auto& a : repo.projects().assets()) {
    if (a.registered_on && *a.registered_on > as_of) continue;
    value[a.project_id] += a.value;
    ids[a.project_id].push_back(a.asset_id);
  }
  if (value.empty()) return out;
  const auto lib = projects::Library::load(repo);
  for (const auto& [project, v] : value) {
    const Money paid = projects::project_paid(repo, lib, project, as_of);
    if (v <= paid) continue;
    Finding f;
    f.code = "asset_over_cost";
    f.severity = Severity::error;
    f.message =
        text::tr("audit.asset_over_cost", text::arg("project", project), text::arg("value", detail::fmt(v)),
                 text::arg("paid", detail::fmt(paid)), text::arg("over", detail::fmt(v - paid)));
    f.subject = {{"project", project}, {"over", format_yuan(v - paid)}};
    f.evidence = ids[project];
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
