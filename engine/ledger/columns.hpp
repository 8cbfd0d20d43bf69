// The columns each CSV input kind is read with, and the coded values its columns accept: the
// readers' own definitions (read_sources.cpp, read_payments.cpp), exposed so that input templates
// and --help are made from them rather than from a second list.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ledger/csv.hpp"

namespace fundledger::ledger {

// A coded value: its code and its Chinese name, both accepted on input.
using Choices = std::vector<std::pair<const char*, const char*>>;

const std::vector<ColumnDef>& source_columns();
const std::vector<ColumnDef>& household_columns();
const std::vector<ColumnDef>& allocation_columns();
const std::vector<ColumnDef>& disbursement_columns();
const std::vector<ColumnDef>& correction_columns();
const std::vector<ColumnDef>& contract_columns();
const std::vector<ColumnDef>& class_code_columns();

const Choices& source_levels();     // sources.level
const Choices& payee_kinds();       // disbursements.payee_kind
const Choices& correction_kinds();  // corrections.kind
const Choices& yes_no_values();     // households.registered: the Chinese forms 是/否

// A funding category (类别) as a fresh ledger defines it (schemas/0001_ledger.sql), with the other
// names clerks give it (中央, 县级自筹, 5321 ...), each of which `import sources` accepts.
struct CategoryNames {
  const char* code;
  const char* name_zh;
  std::vector<const char*> aliases;
};
const std::vector<CategoryNames>& category_names();
// The category code an alias names, or "" (the alias table only; Categories::code_of also takes
// the codes and the names the ledger holds).
std::string category_of_alias(const std::string& alias);

}  // namespace fundledger::ledger
