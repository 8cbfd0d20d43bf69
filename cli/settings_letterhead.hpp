// The settings in force (engine/settings), as the lines a workbook shows on every sheet
// (reports::Letterhead): report monthly and report disclosure fill WorkbookOptions::letterhead
// with it.
#pragma once

#include "reports/letterhead.hpp"
#include "settings/settings.hpp"
#include "store/repository.hpp"

namespace fundledger::cli {

// The letterhead of the settings given (a setting not set: an empty field). report_date is left
// empty (the workbook's creation date).
reports::Letterhead letterhead(const std::vector<settings::InForce>& in_force);
// The letterhead of the ledger's settings in force.
reports::Letterhead letterhead(store::Repository& repo);

}  // namespace fundledger::cli
