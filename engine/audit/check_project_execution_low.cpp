// project_execution_low (项目执行率连续偏低).
//
// Why: a project that spends little of the money put on it year after year is stuck — land not
// secured, a contractor gone, a plan that was never real — while the money sits idle in its name.
// The provinces' monitoring and the performance audits (绩效评价) name projects whose execution rate
// (资金执行率) stays low for several years, so that they are re-planned or withdrawn and the money
// used elsewhere. Only a rule of kind `execution_min` turns the check on: `min_rate` (a rate, "60%")
// and `years` (default 3).
//
// What it decides:
// * The denominator. The project library records a project's planned investment (计划投资) and its
//   fiscal share for the project's whole life, and the years it was planned for — not an amount per
//   year: dividing one year's payments by a several-year investment would call every multi-year
//   project slow. What the ledger knows per year is the money of that year allocated to the project
//   (an allocation naming it: 到位, as `report progress --by project` counts it). So a year's rate is
//   paid ÷ allocated, both of that fiscal year's money and naming the project (by its id or its
//   name, as payments do), net of corrections, dated by the year's 31 December.
// * A year in which no money of the year was allocated to the project (net 0) has no rate: the run
//   is broken, nothing is said (late allocation and idle money are other checks'). Paid above
//   allocated (money allocated to the earmark without naming the project) is a rate above 100%.
// * Only closed years count: the run is the `years` fiscal years ending with the last one whose
//   31 December the as-of date has reached (as of 2019-12-30: 2016–2018; as of 2019-12-31: 2017–2019);
//   with --year Y, the run ending with Y, once Y is closed. Below `min_rate` in each year of the run is
//   a finding (exactly at it is not), with the rule's severity; every rule in force for the run's last
//   year is judged on its own. The evidence is the project id.
#include <algorithm>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "projects/projects.hpp"
#include "rules/rules.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {
namespace {

struct YearFigures {
  Money allocated, paid;
};
// Per fiscal year, per project id: what was allocated to it and paid, of that year's money, by 31 December.
using ByYear = std::map<int, std::map<std::string, YearFigures>>;

ByYear figures(store::Repository& repo, const projects::Library& lib, const std::set<int>& years) {
  ByYear out;
  for (int y : years) {
    auto& year = out[y];
    const calendar::Date end(static_cast<unsigned short>(y), 12, 31);
    for (const auto& row : repo.ledger().balance_by_place(store::PlaceKey::project, y, end))
      if (row.key)
        if (const auto* p = lib.find(*row.key)) {
          year[p->project_id].allocated += row.allocated;
          year[p->project_id].paid += row.disbursed;
        }
  }
  return out;
}

}  // namespace

std::vector<Finding> check_project_execution_low(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  int last = static_cast<int>(as_of.year());
  if (as_of < calendar::Date(as_of.year(), 12, 31)) --last;  // the last year closed by the as-of date
  if (ctx.year && *ctx.year > last) return out;
  const int end = ctx.year.value_or(last);
  std::vector<const Rule*> rules;
  std::set<int> years;
  for (const auto& r : ctx.rules)
    if (r.kind == "execution_min" && r.applies(end) && r.min_rate && r.years) {
      rules.push_back(&r);
      for (int y = end - *r.years + 1; y <= end; ++y) years.insert(y);
    }
  if (rules.empty()) return out;
  const auto lib = projects::Library::load(repo);
  if (lib.all().empty()) return out;
  const ByYear by_year = figures(repo, lib, years);
  for (const Rule* r : rules) {
    for (const auto& p : lib.all()) {
      std::string list;
      bool low = true;
      for (int y = end - *r->years + 1; y <= end && low; ++y) {
        const auto& year = by_year.at(y);
        auto it = year.find(p.project_id);
        low = it != year.end() && it->second.allocated.is_positive();
        if (!low) break;
        Rational rate(it->second.paid.fen(), it->second.allocated.fen());
        low = rate < *r->min_rate;
        list +=
            (list.empty() ? "" : detail::list_separator()) +
            text::tr("audit.execution_year", text::arg("year", y), text::arg("rate", rules::fmt_pct(rate)),
                     text::arg("paid", detail::fmt(it->second.paid)),
                     text::arg("allocated", detail::fmt(it->second.allocated)));
      }
      if (!low) continue;
      Finding f;
      f.code = "project_execution_low";
      f.severity = r->severity;
      f.rule = r->id;
      f.message = text::tr("audit.project_execution_low", text::arg("project", p.project_id),
                           text::arg("name", p.name), text::arg("years", *r->years),
                           text::arg("min", rules::fmt_pct(*r->min_rate)), text::arg("list", list));
      f.subject = {{"project", p.project_id},
                   {"years", std::to_string(end - *r->years + 1) + "-" + std::to_string(end)},
                   {"min_rate", rules::fmt_pct(*r->min_rate)}};
      f.evidence = {p.project_id};
      f.since = std::to_string(end) + "-12-31";  // the run's last year closed
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
