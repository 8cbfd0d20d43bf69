// What the library's imports (projects, project-status, targets, results, assets, asset-income)
// share: one import run over a file that must exist, and the day a run records undated entries on.
#pragma once

#include <string>

#include "ledger/run.hpp"
#include "projects/projects.hpp"

namespace fundledger::projects {

// The run of `kind` over `path` (exit 2 naming it when there is no such file).
ledger::ImportRun open_import_run(store::Repository& repo, const char* kind, const std::string& path,
                                  const ImportOptions& opt);
// The day of a run's recorded_at timestamp (ISO 8601).
Date day_recorded(const std::string& recorded_at);

}  // namespace fundledger::projects
