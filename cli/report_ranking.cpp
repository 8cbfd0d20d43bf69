// `report ranking` (report_ranking.hpp): gathers each town's figures and hands them to
// reports::rank_towns.
#include "cli/report_ranking.hpp"

#include <iostream>
#include <map>

#include "monitor/warnings.hpp"
#include "projects/projects.hpp"
#include "reports/progress.hpp"
#include "reports/ranking.hpp"
#include "reports/table_json.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using calendar::Date;
using json = nlohmann::json;

struct Period {
  Date from, to;
  std::string text;
};

// "2019-05..2019-06" or one month "2019-05": the first day of the first month to the last of the last,
// within one year.
Period period_of(const std::string& months) {
  const auto dots = months.find("..");
  const std::string a = months.substr(0, dots), b = dots == std::string::npos ? a : months.substr(dots + 2);
  auto first = calendar::parse_date(a + "-01"), last = calendar::parse_date(b + "-01");
  if (a.size() != 7 || b.size() != 7 || !first || !last || *last.value < *first.value ||
      first.value->year() != last.value->year())
    throw UsageError(text::tr("ranking.months_invalid", text::arg("months", months)));
  const Date end = calendar::month_end(*last.value);
  return {*first.value, end, months};
}

// The town a finding is about: its subject's town; else the town of the payment it names (its
// subject's voucher, then its evidence); else its payee's or household's registered town; else its
// project's town. Empty: the county's (a source document, an earmark).
class TownOf {
 public:
  explicit TownOf(store::Repository& repo) : repo_(repo), lib_(projects::Library::load(repo)) {}

  std::string operator()(const rules::Finding& f) {
    const auto& s = f.subject;
    if (auto it = s.find("town"); it != s.end()) return it->second;
    if (auto it = s.find("voucher"); it != s.end())
      if (auto t = of_voucher(it->second)) return *t;
    for (const auto& e : f.evidence)
      if (auto t = of_voucher(e)) return *t;
    for (const char* key : {"payee", "household"})
      if (auto it = s.find(key); it != s.end())
        if (auto p = repo_.ledger().household_place(it->second)) return p->town;
    if (auto it = s.find("project"); it != s.end())
      if (const auto* p = lib_.find(it->second)) return p->town;
    return "";
  }

 private:
  std::optional<std::string> of_voucher(const std::string& v) {
    auto d = repo_.ledger().find_disbursement(v);
    if (d && d->town) return *d->town;
    return std::nullopt;
  }
  store::Repository& repo_;
  projects::Library lib_;
};

std::map<std::string, long> open_warnings_by_town(store::Repository& repo, int year, const Date& on,
                                                  const calendar::WorkCalendar& work) {
  std::map<std::string, long> out;
  TownOf town_of(repo);
  for (const auto& w : monitor::warnings(repo, year, calendar::format_date(on), work))
    if (monitor::is_open(w.status)) ++out[town_of(w.finding)];
  return out;
}

// Each town's payments dated in the period: their net and Σ fen × days since the lot's allocation.
void add_lags(store::Repository& repo, int year, const Period& p,
              std::map<std::string, reports::TownFigures>& towns) {
  std::vector<std::pair<std::string, Date>> vouchers;
  repo.ledger().for_each_entry([&](std::int64_t, const entries::Entry& e) {
    if (const auto* d = std::get_if<entries::Disbursement>(&e.body))
      if (d->fiscal_year == year && p.from <= d->date && d->date <= p.to)
        vouchers.emplace_back(d->voucher, d->date);
  });
  for (const auto& [voucher, date] : vouchers)
    for (const auto& lot : repo.ledger().payment_lots(voucher)) {
      if (!lot.town || !towns.count(*lot.town)) continue;
      auto& t = towns[*lot.town];
      t.paid_in_period += lot.net;
      t.fen_days += Rational(lot.net.fen()) * calendar::days_between(lot.lot_date, date);
    }
}

std::vector<reports::TownFigures> gather(store::Repository& repo, const Period& p, int year,
                                         const calendar::WorkCalendar& work, Rational& time) {
  reports::ProgressOptions o;
  o.as_of = p.to, o.year = year, o.by = ledger::BalanceBy::town;
  const auto progress = reports::progress_report(repo, o, true);
  time = progress.time;
  std::map<std::string, reports::TownFigures> towns;
  for (const auto& row : progress.table.rows) {
    const auto* key = std::get_if<std::string>(&row[0]);
    if (!key || key->empty()) continue;  // money not given to a town
    towns[*key] = {*key, std::get<Money>(row[2]), std::get<Money>(row[3]), 0, {}, {}};
  }
  for (const auto& [town, n] : open_warnings_by_town(repo, year, p.to, work))
    if (auto it = towns.find(town); it != towns.end()) it->second.open_warnings = n;
  add_lags(repo, year, p, towns);
  std::vector<reports::TownFigures> out;
  for (auto& [k, t] : towns) out.push_back(std::move(t));
  return out;
}

reports::Cell part(const std::optional<Rational>& r, int decimals) {
  return r ? reports::Cell{format_ratio(*r, decimals)} : reports::Cell{};
}

reports::Table ranking_table(const std::vector<reports::RankedTown>& ranked, const Period& p) {
  using reports::catalogue_column;
  using reports::ColType;
  reports::Table t;
  t.title = text::tr("ranking.title", text::arg("from", calendar::format_date(p.from)),
                     text::arg("to", calendar::format_date(p.to)));
  t.columns = {catalogue_column("rank", "ranking.col.rank", ColType::integer),
               catalogue_column("town", "ranking.col.town", ColType::text),
               catalogue_column("received", "ranking.col.received", ColType::money),
               catalogue_column("paid", "ranking.col.paid", ColType::money),
               catalogue_column("progress", "ranking.col.progress", ColType::ratio),
               catalogue_column("open_warnings", "ranking.col.open_warnings", ColType::integer),
               catalogue_column("paid_in_period", "ranking.col.paid_in_period", ColType::money),
               catalogue_column("mean_lag_days", "ranking.col.mean_lag_days", ColType::text),
               catalogue_column("progress_score", "ranking.col.progress_score", ColType::text),
               catalogue_column("warnings_score", "ranking.col.warnings_score", ColType::text),
               catalogue_column("lag_score", "ranking.col.lag_score", ColType::text),
               catalogue_column("score", "ranking.col.score", ColType::text)};
  for (const auto& r : ranked)
    t.rows.push_back({std::int64_t{r.rank}, r.figures.town, r.figures.received, r.figures.paid,
                      r.progress ? reports::Cell{reports::Ratio{*r.progress}} : reports::Cell{},
                      std::int64_t{r.figures.open_warnings}, r.figures.paid_in_period, part(r.mean_lag, 1),
                      part(r.progress_part, 2), part(std::optional<Rational>(r.warnings_part), 2),
                      part(r.lag_part, 2), part(r.score, 2)});
  return t;
}

std::string weights_line(const reports::RankingWeights& w) {
  return text::tr(
      "ranking.weights", text::arg("progress", w.progress), text::arg("warnings", w.warnings),
      text::arg("lag", w.lag), text::arg("points", w.warning_points), text::arg("days", w.lag_days),
      text::arg("source", w.rule_id ? text::tr("ranking.weights_rule", text::arg("rule", *w.rule_id))
                                    : text::tr("ranking.weights_default")));
}

json weights_json(const reports::RankingWeights& w) {
  return {{"progress", w.progress}, {"warnings", w.warnings},
          {"lag", w.lag},           {"warning_points", w.warning_points},
          {"lag_days", w.lag_days}, {"rule", w.rule_id ? json(*w.rule_id) : json(nullptr)}};
}

// The ranking_weights rule in force for the year, else the defaults.
reports::RankingWeights ranking_weights(store::Repository& repo, int year) {
  reports::RankingWeights w;
  const auto r = rules::rule_in_force(repo, "ranking_weights", year);
  if (!r) return w;
  w.progress = r->weights.at("progress"), w.warnings = r->weights.at("warnings"),
  w.lag = r->weights.at("lag");
  if (auto it = r->weights.find("warning_points"); it != r->weights.end()) w.warning_points = it->second;
  if (auto it = r->weights.find("lag_days"); it != r->weights.end()) w.lag_days = it->second;
  w.rule_id = r->id;
  return w;
}

}  // namespace

int print_ranking(const Globals& g, const std::string& months) {
  const Period p = period_of(months);
  const int year = static_cast<int>(p.from.year());
  auto repo = g.open(false);
  const auto w = ranking_weights(*repo, year);
  Rational time;
  auto figures = gather(*repo, p, year, g.work_calendar(), time);
  const auto t = ranking_table(reports::rank_towns(std::move(figures), time, w), p);
  const auto head = repo->chain_head();
  if (g.format == "json") {
    json out = {{"report", "ranking"},
                {"year", year},
                {"from", calendar::format_date(p.from)},
                {"to", calendar::format_date(p.to)},
                {"time_progress", format_ratio(time, 4)},
                {"weights", weights_json(w)}};
    const json table = reports::table_json(t);  // kept: items() refers into it
    for (const auto& [k, v] : table.items()) out[k] = v;
    out["ledger_check"] = {{"entries", head.entries}, {"head", head.head_hex}};
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    const auto lang = g.language();
    std::cout << text::tr("ranking.time", text::arg("time", format_ratio(time * 100, 2) + "%")) << "\n"
              << weights_line(w) << "\n"
              << reports::render_text(t, lang, Unit::yuan)
              << ledger::ledger_check_line(head, lang == reports::Lang::en) << "\n";
  }
  return kExitOk;
}

}  // namespace fundledger::cli
