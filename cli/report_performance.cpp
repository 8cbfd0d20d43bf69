// `report performance` (report_performance.hpp): the model's figures as tables. Text shows coded
// values by their names in the run's language; CSV and JSON (for programs) as codes.
#include "cli/report_performance.hpp"

#include <iostream>

#include "projects/performance.hpp"
#include "projects/projects.hpp"
#include "reports/table_json.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;
using reports::Cell;
using reports::ColType;

reports::Column column(const std::string& key, ColType type = ColType::text) {
  const std::string id = "performance.col." + key;
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

Cell opt_ratio(const std::optional<Rational>& r) { return r ? Cell{reports::Ratio{*r}} : Cell{}; }

struct Tables {
  reports::Table indicators, scores, totals;
};

reports::Table indicator_table(const projects::Performance& perf, bool codes) {
  auto named = [codes](const ledger::Choices& list, const std::string& code) {
    return codes ? code : projects::name_of(list, code);
  };
  reports::Table t;
  t.title = text::tr("performance.title_indicators", text::arg("year", perf.year),
                     text::arg("date", calendar::format_date(perf.as_of)));
  for (const char* key : {"project_id", "name", "indicator_id", "kind", "sub_kind", "indicator", "unit",
                          "direction", "planned", "result", "result_date"})
    t.columns.push_back(column(key));
  t.columns.push_back(column("completion", ColType::ratio));
  t.hints.dates.insert("result_date");
  for (const auto& p : perf.projects)
    for (const auto& i : p.indicators) {
      const auto& x = i.target;
      std::string direction = codes ? x.direction : (x.direction == ">=" ? "≥" : "≤");
      Cell sub = x.sub_kind ? Cell{named(projects::target_sub_kinds(), *x.sub_kind)} : Cell{};
      Cell result = i.result ? Cell{i.result->value} : Cell{};
      Cell date = i.result ? Cell{calendar::format_date(i.result->date)} : Cell{};
      t.rows.push_back({x.project_id, p.project.name, x.indicator_id, named(projects::target_kinds(), x.kind),
                        sub, x.name, x.unit, direction, x.planned, result, date,
                        reports::Ratio{i.completion}});
    }
  return t;
}

reports::Table score_table(const projects::Performance& perf, bool codes) {
  reports::Table t;
  t.title = text::tr("performance.title_scores", text::arg("year", perf.year),
                     text::arg("date", calendar::format_date(perf.as_of)));
  t.columns = {column("project_id"),
               column("name"),
               column("category"),
               column("town"),
               column("investment", ColType::money),
               column("paid", ColType::money),
               column("spending", ColType::ratio),
               column("output", ColType::ratio),
               column("benefit", ColType::ratio),
               column("satisfaction", ColType::ratio),
               column("score")};
  auto kind = [](const projects::ProjectScore& p, const char* k) {
    auto it = p.by_kind.find(k);
    return it == p.by_kind.end() ? Cell{} : Cell{reports::Ratio{it->second}};
  };
  for (const auto& p : perf.projects) {
    const auto& x = p.project;
    t.rows.push_back({x.project_id, x.name,
                      codes ? x.category : projects::name_of(projects::categories(), x.category), x.town,
                      x.investment, p.paid, opt_ratio(p.spending), kind(p, "output"), kind(p, "benefit"),
                      kind(p, "satisfaction"), p.score ? Cell{format_ratio(*p.score, 2)} : Cell{}});
  }
  return t;
}

reports::Table totals_table(const projects::Performance& perf, bool codes) {
  reports::Table t;
  t.title = text::tr("performance.title_totals", text::arg("year", perf.year),
                     text::arg("date", calendar::format_date(perf.as_of)));
  t.columns = {column("category"), column("town"), column("households"),
               column("mu"),       column("km"),   column("persons")};
  std::map<std::string, Rational> sums;
  auto value = [](const std::map<std::string, Rational>& m, const std::string& unit) {
    auto it = m.find(unit);
    return it == m.end() ? Cell{} : Cell{projects::decimal_text(it->second)};
  };
  for (const auto& x : perf.totals) {
    std::vector<Cell> row = {codes ? x.category : projects::name_of(projects::categories(), x.category),
                             x.town};
    for (const auto& u : projects::physical_units()) {
      row.push_back(value(x.by_unit, u));
      if (x.by_unit.count(u)) sums[u] += x.by_unit.at(u);
    }
    t.rows.push_back(std::move(row));
  }
  std::vector<Cell> total = {text::tr("performance.total"), {}};
  for (const auto& u : projects::physical_units()) total.push_back(value(sums, u));
  if (!t.rows.empty()) t.total = total;
  return t;
}

std::string weights_line(const projects::Weights& w) {
  return text::tr(
      "performance.weights", text::arg("output", w.output), text::arg("benefit", w.benefit),
      text::arg("satisfaction", w.satisfaction), text::arg("spending", w.spending),
      text::arg("source", w.rule_id ? text::tr("performance.weights_rule", text::arg("rule", *w.rule_id))
                                    : text::tr("performance.weights_default")));
}

json weights_json(const projects::Weights& w) {
  return {{"output", w.output},
          {"benefit", w.benefit},
          {"satisfaction", w.satisfaction},
          {"spending", w.spending},
          {"rule", w.rule_id ? json(*w.rule_id) : json(nullptr)}};
}

}  // namespace

int print_performance(const Globals& g, int year, const std::string& as_of) {
  if (year < 1900 || year > 2999)
    throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", year)));
  auto date = calendar::parse_date(g.as_of(as_of));
  auto repo = g.open(false);
  const auto perf = projects::performance(*repo, year, *date.value, rules::performance_weights(*repo, year));
  const bool codes = g.format != "text";
  const Tables t{indicator_table(perf, codes), score_table(perf, codes), totals_table(perf, codes)};
  const auto head = repo->chain_head();
  if (g.format == "json") {
    print_json({{"report", "performance"},
                {"year", year},
                {"as_of", calendar::format_date(perf.as_of)},
                {"weights", weights_json(perf.weights)},
                {"indicators", reports::table_json(t.indicators)},
                {"scores", reports::table_json(t.scores)},
                {"totals", reports::table_json(t.totals)},
                {"ledger_check", {{"entries", head.entries}, {"head", head.head_hex}}}});
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t.indicators) << "\n"
              << reports::render_csv(t.scores) << "\n"
              << reports::render_csv(t.totals);
  } else {
    const auto lang = g.language();
    std::cout << reports::render_text(t.indicators, lang, Unit::yuan) << "\n"
              << reports::render_text(t.scores, lang, Unit::yuan) << weights_line(perf.weights) << "\n\n"
              << reports::render_text(t.totals, lang, Unit::yuan)
              << ledger::ledger_check_line(head, lang == reports::Lang::en) << "\n";
  }
  return kExitOk;
}

}  // namespace fundledger::cli
