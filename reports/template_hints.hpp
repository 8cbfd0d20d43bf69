// How a template column is filled in (reports/templates.hpp): the hints of the core kinds are in
// templates.cpp, those of the project library's kinds (projects, project-status, contracts,
// targets, results, assets, asset-income) in templates_projects.cpp.
#pragma once

#include <string>
#include <vector>

#include "ledger/columns.hpp"
#include "reports/templates.hpp"

namespace fundledger::reports::detail {

// A column's format, its example (a choice column's is a code; words are a catalogue id, said in
// the template's language) and the note of the explanation sheet.
struct Hint {
  const char* kind;  // "" for every kind
  const char* name;
  FieldFormat format;
  const char* example;
  const char* note = nullptr;  // catalogue id
};

const std::vector<Hint>& project_hints();
// The coded values of a project kind's choice column (empty: not one).
ledger::Choices project_choices(const std::string& kind, const std::string& name);
// The data sheet's title (a catalogue id) of a project kind, nullptr for another kind.
const char* project_sheet_id(const std::string& kind);

}  // namespace fundledger::reports::detail
