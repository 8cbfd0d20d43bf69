// The 公示 of projects before work starts and after completion (reports/projects.hpp): each
// project with its place, content, money and where the money came from, who answers for it and
// who benefits.
#include <map>
#include <set>

#include "projects/projects.hpp"
#include "reports/project_columns.hpp"
#include "reports/projects.hpp"
#include "store/ledger_reads.hpp"
#include "store/project_reads.hpp"
#include "store/report_reads.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

// Each project's money by source document: the flows of the payments naming it (by its id or its
// unique name) dated by `as_of`, each net of the corrections recorded for it.
using SourceMoney = std::map<std::string, std::map<std::string, Money>>;

SourceMoney money_by_source(store::Repository& repo, const projects::Library& lib,
                            const std::set<std::string>& wanted, const calendar::Date& as_of) {
  std::vector<std::pair<std::string, std::string>> payments;  // voucher, project id
  store::PaymentQuery q;
  q.through = as_of;
  repo.reports().for_each_payment_line(q, [&](const store::PaymentLine& l) {
    if (l.kind != "payment" || !l.project) return;
    const auto* p = lib.find(*l.project);
    if (p && wanted.count(p->project_id)) payments.emplace_back(l.voucher, p->project_id);
  });
  SourceMoney out;
  for (const auto& [voucher, project] : payments)
    for (const auto& lot : repo.ledger().payment_lots(voucher)) out[project][lot.source_doc] += lot.net;
  return out;
}

// Each project's performance targets (绩效目标) as one text: "新建茶园面积 ≥300亩"; after completion
// with the latest result measured by `as_of`: "新建茶园面积 ≥300亩（完成 310亩）".
std::map<std::string, std::string> targets_text(store::Repository& repo, const std::set<std::string>& wanted,
                                                bool with_results, const calendar::Date& as_of) {
  std::map<std::string, std::string> latest;  // "project/indicator" -> value
  if (with_results)
    for (const auto& r : repo.projects().target_results())  // by date within an indicator
      if (r.date <= as_of) latest[r.project_id + "/" + r.indicator_id] = r.value;
  std::map<std::string, std::string> out;
  for (const auto& t : repo.projects().targets()) {
    if (!wanted.count(t.project_id)) continue;
    const char* dir = t.direction == ">=" ? "≥" : "≤";
    auto it = latest.find(t.project_id + "/" + t.indicator_id);
    std::string part =
        it == latest.end()
            ? text::tr("projects.target_part", text::arg("name", t.name), text::arg("direction", dir),
                       text::arg("planned", t.planned), text::arg("unit", t.unit))
            : text::tr("projects.target_part_result", text::arg("name", t.name), text::arg("direction", dir),
                       text::arg("planned", t.planned), text::arg("unit", t.unit),
                       text::arg("value", it->second));
    std::string& all = out[t.project_id];
    all += (all.empty() ? "" : text::tr("projects.sources_sep")) + part;
  }
  return out;
}

// Whether the project was completed (完工) or accepted (验收) on a day of `year` by `as_of`.
const entries::ProjectStatus* finished_in(const projects::Life& life, int year, const calendar::Date& as_of) {
  const entries::ProjectStatus* last = nullptr;
  for (const auto& s : life.steps)
    if ((s.status == "completed" || s.status == "accepted") && s.date.year() == year && s.date <= as_of)
      last = &s;
  return last;
}

std::string place(const entries::Project& p) {
  if (!p.village || p.village->empty()) return p.town;
  return text::tr("projects.place", text::arg("town", p.town), text::arg("village", *p.village));
}

Cell period(const entries::Project& p) {
  if (!p.planned_start && !p.planned_end) return {};
  auto day = [](const std::optional<calendar::Date>& d) {
    return d ? calendar::format_date(*d) : std::string();
  };
  return text::tr("projects.period", text::arg("start", day(p.planned_start)),
                  text::arg("end", day(p.planned_end)));
}

Cell count(const std::optional<int>& n) { return n ? Cell{static_cast<std::int64_t>(*n)} : Cell{}; }

std::vector<Column> disclosure_columns() {
  return {project_column("seq", ColType::integer),
          project_column("project_id"),
          project_column("name"),
          project_column("place"),
          project_column("content"),
          project_column("investment", ColType::money),
          project_column("fiscal_share", ColType::money),
          project_column("paid", ColType::money),
          project_column("sources"),
          project_column("responsible_unit"),
          project_column("leader"),
          project_column("beneficiary_households", ColType::integer),
          project_column("beneficiary_poor", ColType::integer),
          project_column("targets"),
          project_column("period"),
          project_column("status"),
          project_column("status_date")};
}

}  // namespace

Table project_disclosure(store::Repository& repo, DisclosureStage stage, int year,
                         const calendar::Date& as_of, bool codes) {
  auto lib = projects::Library::load(repo);
  std::vector<const entries::Project*> chosen;
  std::set<std::string> ids;
  for (const auto& p : lib.all()) {
    const auto& life = lib.life(p.project_id);
    bool in = stage == DisclosureStage::start ? life.planned_for(year, as_of)
                                              : finished_in(life, year, as_of) != nullptr;
    if (in) chosen.push_back(&p), ids.insert(p.project_id);
  }
  auto by_source = money_by_source(repo, lib, ids, as_of);
  auto targets = targets_text(repo, ids, stage == DisclosureStage::end, as_of);
  Table t;
  t.title = text::tr(stage == DisclosureStage::start ? "projects.title_start" : "projects.title_end",
                     text::arg("year", year));
  t.columns = disclosure_columns();
  t.hints.dates = {"status_date"};
  std::int64_t seq = 0, households = 0, poor = 0;
  Money sums[3];
  for (const auto* p : chosen) {
    Money paid;
    std::string sources;
    for (const auto& [doc, m] : by_source[p->project_id]) {
      if (m.is_zero()) continue;
      paid += m;
      sources += (sources.empty() ? "" : text::tr("projects.sources_sep")) +
                 text::tr("projects.source_part", text::arg("doc", doc),
                          text::arg("amount", codes ? format_yuan(m) : format_for_people(m)));
    }
    const auto& life = lib.life(p->project_id);
    const auto* now = life.as_of(as_of);
    Money fiscal = p->fiscal_share.value_or(Money());
    sums[0] += p->investment, sums[1] += fiscal, sums[2] += paid;
    households += p->beneficiary_households.value_or(0), poor += p->beneficiary_poor.value_or(0);
    t.rows.push_back(
        {++seq, p->project_id, p->name, place(*p), text_cell(p->content), p->investment,
         p->fiscal_share ? Cell{fiscal} : Cell{}, paid, text_cell(sources), p->responsible_unit,
         text_cell(p->leader), count(p->beneficiary_households), count(p->beneficiary_poor),
         text_cell(targets[p->project_id]), period(*p),
         now ? Cell{codes ? now->status : projects::name_of(projects::statuses(), now->status)} : Cell{},
         now ? Cell{calendar::format_date(now->date)} : Cell{}});
  }
  t.total = std::vector<Cell>{Cell{}, {}, {},         {},   {}, sums[0], sums[1], sums[2], {},
                              {},     {}, households, poor, {}, {},      {},      {}};
  return t;
}

}  // namespace fundledger::reports
