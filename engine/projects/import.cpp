// import projects and import project-status: the library's files to journal entries.
#include <map>

#include "ledger/entry_diff.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "projects/import_run.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::projects {

namespace {

using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Fields;

const std::vector<ColumnDef> kProjectCols = {{"project_id", "项目编号", true},
                                             {"name", "项目名称", true},
                                             {"category", "项目类别", true},
                                             {"nature", "建设性质", false},
                                             {"town", "镇", true},
                                             {"village", "村", false},
                                             {"responsible_unit", "责任单位", true},
                                             {"leader", "责任人", false},
                                             {"planned_start", "计划开工", false},
                                             {"planned_end", "计划完工", false},
                                             {"investment", "计划投资", true},
                                             {"fiscal_share", "其中财政资金", false},
                                             {"beneficiary_households", "受益户数", false},
                                             {"beneficiary_poor", "其中脱贫户", false},
                                             {"linkage", "利益联结机制", false},
                                             {"content", "建设内容", false}};
enum {
  P_ID,
  P_NAME,
  P_CAT,
  P_NATURE,
  P_TOWN,
  P_VILLAGE,
  P_UNIT,
  P_LEADER,
  P_START,
  P_END,
  P_INVEST,
  P_FISCAL,
  P_HOUSEHOLDS,
  P_POOR,
  P_LINKAGE,
  P_CONTENT
};

const std::vector<ColumnDef> kStatusCols = {{"project_id", "项目编号", true}, {"status", "状态", true},
                                            {"date", "日期", true},           {"year", "计划年度", false},
                                            {"doc_no", "文号", true},         {"reason", "原因", false}};

std::optional<int> opt_count(Fields& f, std::size_t col) {
  auto n = f.opt_integer(col, 0, 10'000'000);
  return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}

std::optional<entries::Project> read_project(Fields& f) {
  entries::Project p;
  p.project_id = f.text(P_ID);
  p.name = f.text(P_NAME);
  auto cat = f.choice(P_CAT, categories(), true);
  p.nature = f.choice(P_NATURE, natures(), false);
  p.town = f.text(P_TOWN);
  p.village = f.opt_text(P_VILLAGE);
  p.responsible_unit = f.text(P_UNIT);
  p.leader = f.opt_text(P_LEADER);
  p.planned_start = f.opt_date(P_START);
  p.planned_end = f.opt_date(P_END);
  auto investment = f.money(P_INVEST, true);
  p.fiscal_share = f.opt_money(P_FISCAL);
  p.beneficiary_households = opt_count(f, P_HOUSEHOLDS);
  p.beneficiary_poor = opt_count(f, P_POOR);
  p.linkage = f.opt_text(P_LINKAGE);
  p.content = f.opt_text(P_CONTENT);
  if (p.planned_start && p.planned_end && *p.planned_end < *p.planned_start)
    f.error(P_END,
            text::tr("projects.end_before_start", text::arg("end", calendar::format_date(*p.planned_end)),
                     text::arg("start", calendar::format_date(*p.planned_start))));
  if (investment && p.fiscal_share && *p.fiscal_share > *investment)
    f.error(P_FISCAL, text::tr("projects.fiscal_over_investment",
                               text::arg("fiscal", format_for_people(*p.fiscal_share)),
                               text::arg("investment", format_for_people(*investment))));
  if (p.beneficiary_households && p.beneficiary_poor && *p.beneficiary_poor > *p.beneficiary_households)
    f.error(P_POOR, text::tr("projects.poor_over_households", text::arg("poor", *p.beneficiary_poor),
                             text::arg("households", *p.beneficiary_households)));
  if (!f.ok() || !cat || !investment) return std::nullopt;
  p.category = *cat;
  p.investment = *investment;
  return p;
}

}  // namespace

const std::vector<ColumnDef>& project_columns() { return kProjectCols; }
const std::vector<ColumnDef>& status_columns() { return kStatusCols; }

ledger::ImportReport import_projects(store::Repository& repo, const std::string& path,
                                     const ImportOptions& opt) {
  auto run = open_import_run(repo, "projects", path, opt);
  std::map<std::string, std::vector<entries::Project>> versions;  // recorded, and added by this file
  std::map<std::string, long> line_of;
  ledger::read_csv({path, opt.sheet}, kProjectCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kProjectCols, run.diag(), path);
    auto p = read_project(f);
    if (!p) return;
    if (auto [it, fresh] = line_of.emplace(p->project_id, r.line); !fresh)
      return run.error(r.line,
                       text::tr("ledger.key_twice_in_file", text::arg("noun", text::tr("projects.noun")),
                                text::arg("key", p->project_id), text::arg("first", it->second),
                                text::arg("second", r.line)));
    auto [it, added] = versions.try_emplace(p->project_id);
    if (added) it->second = repo.projects().project_versions(p->project_id);
    auto& vs = it->second;
    if (!vs.empty()) {
      p->version = vs.back().version;
      if (*p == vs.back()) return run.skipped();
    }
    p->version = static_cast<int>(vs.size()) + 1;
    std::string key = p->version == 1 ? p->project_id : p->project_id + "/v" + std::to_string(p->version);
    if (p->version > 1)
      run.warn(r.line, text::tr("projects.revised", text::arg("project", p->project_id),
                                text::arg("version", p->version),
                                text::arg("diff", ledger::difference(vs.back(), *p, {"version"}))));
    vs.push_back(*p);
    run.write({key, day_recorded(opt.recorded_at), std::nullopt, *p}, r.line);
  });
  return run.finish();
}

}  // namespace fundledger::projects
