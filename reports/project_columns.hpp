// The columns and cells the project reports share (reports/projects.cpp, project_disclosure.cpp).
#pragma once

#include <optional>
#include <string>

#include "reports/table.hpp"

namespace fundledger::reports {

// A column: its key (CSV header, JSON) and its headers from the catalogue (projects.col.*).
Column project_column(const std::string& key, ColType type = ColType::text);
// Text, or an empty cell for none or "".
Cell text_cell(const std::optional<std::string>& s);
// num ÷ den, or an empty cell when den is not positive.
Cell ratio_cell(const Money& num, const Money& den);

}  // namespace fundledger::reports
