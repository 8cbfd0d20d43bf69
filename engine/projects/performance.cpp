// The performance self-assessment of a year's projects (performance.hpp).
#include "projects/performance.hpp"

#include <algorithm>

#include "projects/projects.hpp"
#include "store/ledger_reads.hpp"
#include "store/project_reads.hpp"

namespace fundledger::projects {

namespace {

Rational stored_decimal(const std::string& text) {
  auto d = parse_decimal(text);
  if (!d) throw store::StoreError("stored value is not a decimal: " + text);
  return *d;
}

// What each project was paid from the year's money by `on`: a payment names a project by its id or
// its name (a name only when no other project has it).
std::map<std::string, Money> paid_by_project(store::Repository& repo, const Library& lib, int year,
                                             const calendar::Date& on) {
  std::map<std::string, Money> out;
  for (const auto& r : repo.ledger().balance_by_place(store::PlaceKey::project, year, on))
    if (r.key)
      if (const auto* p = lib.find(*r.key)) out[p->project_id] += r.disbursed;
  return out;
}

std::size_t category_rank(const std::string& code) {
  const auto& list = categories();
  auto it = std::find_if(list.begin(), list.end(), [&](const auto& c) { return code == c.first; });
  return static_cast<std::size_t>(it - list.begin());
}

int kind_rank(const entries::Target& t) { return t.kind == "output" ? 0 : t.kind == "benefit" ? 1 : 2; }

void add_totals(std::vector<PhysicalTotal>& totals, const ProjectScore& p) {
  const auto& units = physical_units();
  for (const auto& i : p.indicators) {
    if (!i.result || std::find(units.begin(), units.end(), i.target.unit) == units.end()) continue;
    auto it = std::find_if(totals.begin(), totals.end(), [&](const PhysicalTotal& t) {
      return t.category == p.project.category && t.town == p.project.town;
    });
    if (it == totals.end()) it = totals.insert(totals.end(), {p.project.category, p.project.town, {}});
    it->by_unit[i.target.unit] += stored_decimal(i.result->value);
  }
}

}  // namespace

const std::vector<std::string>& physical_units() {
  static const std::vector<std::string> u = {"户", "亩", "公里", "人"};
  return u;
}

Rational completion(const entries::Target& t, const Rational& value) {
  const Rational planned = stored_decimal(t.planned);
  Rational c = 1;
  if (t.direction == ">=" && planned > 0) c = value / planned;
  if (t.direction == "<=" && value > 0) c = planned / value;
  return std::min(c, Rational(1));
}

std::optional<Rational> score_of(const ProjectScore& p, const Weights& w) {
  Rational sum = 0;
  long weights = 0;
  const std::pair<const char*, long> kinds[] = {
      {"output", w.output}, {"benefit", w.benefit}, {"satisfaction", w.satisfaction}};
  for (const auto& [kind, weight] : kinds)
    if (auto it = p.by_kind.find(kind); it != p.by_kind.end()) sum += weight * it->second, weights += weight;
  if (p.spending) sum += w.spending * *p.spending, weights += w.spending;
  if (weights == 0) return std::nullopt;
  return sum * 100 / weights;
}

Performance performance(store::Repository& repo, int year, const calendar::Date& as_of, const Weights& w) {
  Performance out{year, as_of, w, {}, {}};
  const Library lib = Library::load(repo);
  auto paid = paid_by_project(repo, lib, year, as_of);
  std::map<std::string, std::vector<entries::Target>> targets;  // by kind (output, benefit, satisfaction), id
  for (auto& t : repo.projects().targets()) targets[t.project_id].push_back(std::move(t));
  for (auto& [id, list] : targets)
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return kind_rank(a) < kind_rank(b); });
  std::map<std::string, entries::TargetResult> latest;  // "project/indicator": the latest by as_of
  for (auto& r : repo.projects().target_results())      // by date within an indicator
    if (r.date <= as_of) latest[r.project_id + "/" + r.indicator_id] = std::move(r);
  for (const auto& p : lib.all()) {
    if (!lib.life(p.project_id).planned_for(year, as_of)) continue;
    ProjectScore s{p, {}, paid[p.project_id], std::nullopt, {}, std::nullopt};
    std::map<std::string, std::pair<Rational, long>> kinds;  // sum of completions, count
    for (const auto& t : targets[p.project_id]) {
      IndicatorResult i{t, std::nullopt, 0};
      if (auto it = latest.find(t.project_id + "/" + t.indicator_id); it != latest.end()) {
        i.result = it->second;
        i.completion = completion(t, stored_decimal(it->second.value));
      }
      kinds[t.kind].first += i.completion, ++kinds[t.kind].second;
      s.indicators.push_back(std::move(i));
    }
    for (const auto& [kind, sum] : kinds) s.by_kind[kind] = sum.first / sum.second;
    if (p.investment.is_positive())
      s.spending = std::min(Rational(s.paid.fen(), p.investment.fen()), Rational(1));
    s.score = score_of(s, w);
    add_totals(out.totals, s);
    out.projects.push_back(std::move(s));
  }
  std::stable_sort(out.totals.begin(), out.totals.end(), [](const PhysicalTotal& a, const PhysicalTotal& b) {
    return std::pair(category_rank(a.category), a.town) < std::pair(category_rank(b.category), b.town);
  });
  return out;
}

}  // namespace fundledger::projects
