// The project reports (项目库, issue 16): pure tables of the ledger and a date. The year's plan
// (`projects --year`, `report projects`, the workbook's 项目 sheet) and the 公示 of projects before
// work starts and after completion (`report disclosure --projects`).
#pragma once

#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "reports/table.hpp"
#include "store/repository.hpp"

namespace fundledger::reports {

// The library (no year), or the projects planned for `year` by `as_of`: id, name, category, town,
// village, status as of `as_of`, plan years, investment, what open contracts still commit
// (合同未付), paid (payments naming the project by its id or its unique name, of the year when
// given, dated by `as_of`) and paid ÷ investment. `codes`: categories and statuses as their codes
// (for CSV and JSON), else by their names in the run's language.
Table project_plan(store::Repository& repo, std::optional<int> year, const calendar::Date& as_of, bool codes);

// Whether the ledger holds any project (the workbook has its 项目 sheet only then).
bool has_projects(store::Repository& repo);

enum class DisclosureStage { start, end };

// The 公示 of projects: `start` lists those planned for `year` by `as_of` (before work starts);
// `end` those completed (完工) or accepted (验收) on a day of `year` by `as_of`. Each with its place,
// content, investment and fiscal share, what was paid to it by `as_of` and the source documents
// that money came from (the payments' flows, net of their corrections), responsible unit and
// leader, beneficiaries and planned period.
Table project_disclosure(store::Repository& repo, DisclosureStage stage, int year,
                         const calendar::Date& as_of, bool codes);

}  // namespace fundledger::reports
