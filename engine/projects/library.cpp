// The project library as recorded, each project's life, and whether a payment may go to it.
#include <algorithm>

#include "projects/projects.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::projects {

namespace {

const ledger::Choices kCategories = {{"industry", "产业发展"},   {"infrastructure", "基础设施"},
                                     {"employment", "就业扶贫"}, {"education", "教育"},
                                     {"health", "健康"},         {"housing", "危房改造"},
                                     {"relocation", "易地搬迁"}, {"finance", "金融扶贫"},
                                     {"other", "其他"}};
const ledger::Choices kNatures = {{"new", "新建"}, {"continued", "续建"}, {"expansion", "改扩建"}};
const ledger::Choices kStatuses = {
    {"applied", "申报"}, {"town_reviewed", "乡审核"}, {"approved", "县审定"}, {"planned", "纳入年度计划"},
    {"started", "实施"}, {"completed", "完工"},       {"accepted", "验收"},   {"withdrawn", "退出"}};

}  // namespace

const ledger::Choices& categories() { return kCategories; }
const ledger::Choices& natures() { return kNatures; }
const ledger::Choices& statuses() { return kStatuses; }

std::string name_of(const ledger::Choices& list, const std::string& code) {
  for (const auto& [c, name] : list)
    if (code == c) return text::language() == text::Lang::zh ? name : c;
  return code;
}

const entries::ProjectStatus* Life::as_of(const Date& on) const {
  const entries::ProjectStatus* last = nullptr;
  for (const auto& s : steps)
    if (s.date <= on) last = &s;
  return last;
}

bool Life::planned_for(int year, const Date& on) const {
  return std::any_of(steps.begin(), steps.end(),
                     [&](const auto& s) { return s.status == "planned" && s.year == year && s.date <= on; });
}

const entries::ProjectStatus* Life::ended_by(const Date& on) const {
  for (const auto& s : steps)
    if ((s.status == "accepted" || s.status == "withdrawn") && s.date <= on) return &s;
  return nullptr;
}

std::vector<int> Life::plan_years(const Date& on) const {
  std::vector<int> years;
  for (const auto& s : steps)
    if (s.status == "planned" && s.year && s.date <= on) years.push_back(*s.year);
  return years;
}

Library Library::load(store::Repository& repo) {
  Library lib;
  lib.projects_ = repo.projects().projects();
  for (std::size_t i = 0; i < lib.projects_.size(); ++i) lib.index_[lib.projects_[i].project_id] = i;
  for (auto& row : repo.projects().statuses()) lib.lives_[row.status.project_id].steps.push_back(row.status);
  return lib;
}

const entries::Project* Library::find(const std::string& id_or_name) const {
  if (auto it = index_.find(id_or_name); it != index_.end()) return &projects_[it->second];
  const entries::Project* named = nullptr;
  for (const auto& p : projects_)
    if (p.name == id_or_name) {
      if (named) return nullptr;  // a name two projects share names neither
      named = &p;
    }
  return named;
}

const Life& Library::life(const std::string& project_id) const {
  static const Life kNone;
  auto it = lives_.find(project_id);
  return it == lives_.end() ? kNone : it->second;
}

std::optional<std::string> payment_refusal(const Library& lib, const std::string& project, int year,
                                           const Date& on) {
  const auto* p = lib.find(project);
  if (!p) return text::tr("projects.not_in_library", text::arg("project", project));
  const Life& life = lib.life(p->project_id);
  if (const auto* end = life.ended_by(on))
    return text::tr(
        end->status == "accepted" ? "projects.paid_after_acceptance" : "projects.paid_after_withdrawal",
        text::arg("project", project), text::arg("date", calendar::format_date(end->date)),
        text::arg("doc", end->doc_no));
  if (!life.planned_for(year, on)) {
    const auto* now = life.as_of(on);
    return text::tr(
        "projects.not_in_plan", text::arg("project", project), text::arg("year", year),
        text::arg("status", now ? name_of(kStatuses, now->status) : text::tr("projects.no_status")));
  }
  return std::nullopt;
}

}  // namespace fundledger::projects
