// engine/projects — the project library (项目库): projects, their status steps (申报 → 乡审核 → 县审定
// (入库) → 纳入年度计划 → 实施 → 完工 → 验收, or 退出), and whether money may go to a project on a day.
// Contracts, which commit an earmark's money, are the ledger's (ledger/commitments.hpp): they are
// money. Uses the ledger's import run, CSV reading and diagnostics, and the store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/columns.hpp"
#include "ledger/run.hpp"
#include "store/repository.hpp"

namespace fundledger::projects {

using calendar::Date;

const ledger::Choices& categories();  // industry 产业发展, infrastructure 基础设施, ...
const ledger::Choices& natures();     // new 新建, continued 续建, expansion 改扩建
const ledger::Choices& statuses();    // applied 申报 ... accepted 验收, withdrawn 退出
const std::vector<ledger::ColumnDef>& project_columns();
const std::vector<ledger::ColumnDef>& status_columns();
// The name of a code of one of the lists above in the run's language: the Chinese name, or under
// English the code (the code itself when unknown).
std::string name_of(const ledger::Choices& list, const std::string& code);

// Performance targets (绩效目标, targets.cpp): an indicator's kind (output 产出, benefit 效益,
// satisfaction 满意度) and sub-kind (quantity 数量 ... cost 成本 of output; economic 经济 ... sustainable
// 可持续 of benefit), and the columns of `import targets` and `import results`.
const ledger::Choices& target_kinds();
const ledger::Choices& target_sub_kinds();
const std::vector<ledger::ColumnDef>& target_columns();
const std::vector<ledger::ColumnDef>& result_columns();
// A target's or result's value: an exact decimal, not negative, below 10^12, at most 6 decimals,
// no percent sign (the unit says %); nothing when it is not one. Its stored text: "1200", "95.5".
std::optional<Rational> parse_decimal(const std::string& text);
std::string decimal_text(const Rational& r);

struct ImportOptions {
  std::string operator_name = "unknown";
  std::string recorded_at;  // ISO 8601
  std::optional<std::string> sheet;
};

// `import projects FILE`: a new project, or a new version of one whose fields changed.
ledger::ImportReport import_projects(store::Repository& repo, const std::string& path,
                                     const ImportOptions& opt);
// `import project-status FILE`: status steps, each the next of its project's life.
ledger::ImportReport import_statuses(store::Repository& repo, const std::string& path,
                                     const ImportOptions& opt);

// `import targets FILE`: a project's indicators (the project in the library; an indicator once
// recorded is not changed). `import results FILE`: values measured on a day.
ledger::ImportReport import_targets(store::Repository& repo, const std::string& path,
                                    const ImportOptions& opt);
ledger::ImportReport import_results(store::Repository& repo, const std::string& path,
                                    const ImportOptions& opt);

class Library;

// Assets (项目资产, assets.cpp): type (operating 经营性, public 公益性, household 到户类), owner
// (collective 村集体, household 农户), and the columns of `import assets` and `import asset-income`.
const ledger::Choices& asset_types();
const ledger::Choices& asset_owners();
const std::vector<ledger::ColumnDef>& asset_columns();
const std::vector<ledger::ColumnDef>& asset_income_columns();
// `import assets FILE`: each asset of a project completed (完工 or 验收) by its 确权 date (else the
// day it is recorded), the project's assets worth no more than what was paid to it.
ledger::ImportReport import_assets(store::Repository& repo, const std::string& path,
                                   const ImportOptions& opt);
// `import asset-income FILE`: what an asset earned on a day (not before its 确权 date).
ledger::ImportReport import_asset_income(store::Repository& repo, const std::string& path,
                                         const ImportOptions& opt);
// What payments dated by `as_of` naming the project (by its id or its unique name) paid, net of
// their corrections.
Money project_paid(store::Repository& repo, const Library& lib, const std::string& project_id,
                   const Date& as_of);

// One project's life: its status steps in the order recorded.
struct Life {
  std::vector<entries::ProjectStatus> steps;

  // The latest step dated on or before `on` (none: not yet applied for).
  [[nodiscard]] const entries::ProjectStatus* as_of(const Date& on) const;
  // Whether a planned step for `year` is dated on or before `on`.
  [[nodiscard]] bool planned_for(int year, const Date& on) const;
  // The date it was accepted (验收) or withdrawn (退出), if it was by `on`.
  [[nodiscard]] const entries::ProjectStatus* ended_by(const Date& on) const;
  // The years it was planned for by `on`, in order.
  [[nodiscard]] std::vector<int> plan_years(const Date& on) const;
};

// The library as recorded: each project's latest record and its life.
class Library {
 public:
  static Library load(store::Repository& repo);
  // By its id, or by its name when no other project has that name (payments name projects either way).
  [[nodiscard]] const entries::Project* find(const std::string& id_or_name) const;
  [[nodiscard]] const Life& life(const std::string& project_id) const;
  [[nodiscard]] const std::vector<entries::Project>& all() const { return projects_; }

 private:
  std::vector<entries::Project> projects_;
  std::map<std::string, std::size_t> index_;
  std::map<std::string, Life> lives_;
};

// Why money of fiscal year `year` may not be paid to `project` on `on` (a message from the
// catalogue), or nothing when it may: the project must be in the library, planned for that year
// by then, and not yet accepted or withdrawn.
std::optional<std::string> payment_refusal(const Library& lib, const std::string& project, int year,
                                           const Date& on);

}  // namespace fundledger::projects
