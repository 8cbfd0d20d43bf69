#include "rules/plan.hpp"

#include <map>
#include <sstream>

#include "rules/rules.hpp"
#include "store/rule_reads.hpp"
#include "text/text.hpp"

namespace fundledger::rules {
namespace {

std::string toml_str(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::vector<BudgetRevision> budget_history(store::Repository& repo, int year) {
  auto& reads = repo.rules();
  std::vector<BudgetRevision> out;
  for (auto& b : reads.budget_revisions(year)) {
    BudgetRevision r;
    r.revision = b.revision;
    r.code = b.code;
    r.name = b.name;
    r.funded_by = b.funded_by;
    r.total = b.total;
    r.doc_no = b.doc_no;
    r.reason = b.reason;
    r.recorded_at = b.recorded_at;
    r.operator_name = b.operator_name;
    r.override_reason = b.override_reason;
    r.quota = b.quota;
    for (auto& l : reads.budget_lines(b.entry_id))
      r.lines.push_back(
          {l.code, l.name, l.purpose.value_or(""), l.attribution.value_or(""), l.amount, l.remainder});
    out.push_back(std::move(r));
  }
  return out;
}

Plan make_plan(store::Repository& repo, int base_year, int years, std::optional<Rational> growth) {
  if (years < 1 || years > 50) throw PlanError(text::tr("rules.plan_years", text::arg("years", years)));
  auto hist = budget_history(repo, base_year);
  if (hist.empty()) throw PlanError(text::tr("rules.plan_no_budget", text::arg("year", base_year)));
  const auto& base = hist.back();
  Plan p;
  p.base_year = base_year;
  p.base_code = base.code;
  p.name = base.name;
  p.funded_by = base.funded_by;
  p.base_total = base.total;
  p.attribution = repo.rules().budget_attribution(base_year, base.revision).value_or("");
  for (auto& r : current_rules(repo))
    if (r.kind == "growth" && r.category == base.funded_by && r.basis == "budget" &&
        r.applies(base_year + 1) && (!p.rule_in_force || *r.min_rate > p.rule_rate)) {
      p.rule_rate = *r.min_rate;
      p.rule_in_force = r.id;
    }
  if (growth) {
    p.growth = *growth;
  } else {
    if (!p.rule_in_force)
      throw PlanError(text::tr("rules.plan_no_rule", text::arg("category", base.funded_by),
                               text::arg("year", base_year + 1)));
    p.growth = p.rule_rate;
    p.rule_id = p.rule_in_force;
  }
  std::vector<Money> base_lines;
  for (auto& l : base.lines) base_lines.push_back(l.amount);
  Money total = base.total;
  for (int k = 1; k <= years; ++k) {
    PlanYear y;
    y.fiscal_year = base_year + k;
    total = multiply(total, 1 + p.growth, Rounding::half_up);
    y.total = total;
    auto scaled = scale(base_lines, total);
    for (std::size_t i = 0; i < base.lines.size(); ++i) {
      PlanLine l = base.lines[i];
      l.amount = scaled[i];
      y.lines.push_back(l);
    }
    std::string by = std::to_string(base_year);
    y.code = base.code;
    if (auto pos = y.code.find(by); pos != std::string::npos)
      y.code.replace(pos, by.size(), std::to_string(y.fiscal_year));
    else
      y.code += "-" + std::to_string(y.fiscal_year);
    p.years.push_back(std::move(y));
  }
  return p;
}

std::string plan_year_toml(const Plan& p, const PlanYear& y) {
  std::ostringstream o;
  o << "# "
    << text::tr("rules.plan_toml_header", text::arg("base_year", p.base_year),
                text::arg("base_total", format_for_people(p.base_total)),
                text::arg("rate", fmt_pct(p.growth)), text::arg("rule", p.rule_id.value_or("--growth")))
    << "\n";
  o << "fiscal_year = " << y.fiscal_year << "\n";
  o << "code = " << toml_str(y.code) << "\n";
  o << "name = " << toml_str(p.name) << "\n";
  o << "total = " << toml_str(format_yuan(y.total)) << "    # " << format_for_people(y.total) << "\n";
  o << "funded_by = " << toml_str(p.funded_by) << "\n";
  o << "# doc_no = \"\"    # " << text::tr("rules.plan_toml_doc_no") << "\n";
  if (p.attribution != "fifo") o << "attribution = " << toml_str(p.attribution) << "\n";
  for (auto& l : y.lines) {
    o << "\n[[line]]\n";
    o << "code = " << toml_str(l.code) << "\n";
    o << "name = " << toml_str(l.name) << "\n";
    if (l.remainder)
      o << "remainder = true    # " << format_yuan(l.amount) << "\n";
    else
      o << "amount = " << toml_str(format_yuan(l.amount)) << "\n";
    if (!l.purpose.empty()) o << "purpose = " << toml_str(l.purpose) << "\n";
    if (!l.attribution.empty()) o << "attribution = " << toml_str(l.attribution) << "\n";
  }
  return o.str();
}

BudgetDiff budget_diff(store::Repository& repo, int year, int from_rev, int to_rev) {
  auto hist = budget_history(repo, year);
  auto find = [&](int rev) -> const BudgetRevision& {
    for (auto& r : hist)
      if (r.revision == rev) return r;
    throw PlanError(text::tr("rules.budget_no_revision", text::arg("year", year), text::arg("revision", rev),
                             text::arg("count", hist.size())));
  };
  BudgetDiff d;
  d.year = year;
  d.from = find(from_rev);
  d.to = find(to_rev);
  std::map<std::string, const PlanLine*> before;
  for (auto& l : d.from.lines) before[l.code] = &l;
  for (auto& l : d.to.lines) {
    auto it = before.find(l.code);
    if (it == before.end()) {
      d.lines.push_back({l.code, l.name, "added", std::nullopt, l.amount});
    } else {
      d.lines.push_back({l.code, l.name, it->second->amount == l.amount ? "same" : "changed",
                         it->second->amount, l.amount});
      before.erase(it);
    }
  }
  for (auto& l : d.from.lines)
    if (before.count(l.code)) d.lines.push_back({l.code, l.name, "removed", l.amount, std::nullopt});
  return d;
}

}  // namespace fundledger::rules
