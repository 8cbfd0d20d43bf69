// Blank input templates (填报模板): for each CSV input kind, its columns as the reader defines them
// (ledger::ColumnDef: header, Chinese alias, required), with a format, the coded values allowed,
// one example row and a note for each; and commented budget and rules TOML files. The example rows
// of all kinds fit together: imported in dependency order into a fresh ledger, every one imports.
// Renderers: template_csv here, reports/xlsx/template.hpp for the workbook.
#pragma once

#include <string>
#include <vector>

#include "ledger/csv.hpp"
#include "reports/table.hpp"

namespace fundledger::reports {

enum class FieldFormat { text, amount, date, year, integer, rate, choice, yes_no, list };

struct TemplateColumn {
  std::string header;  // what the template's header row says: the Chinese alias (zh) or the name (en)
  std::string name;    // the English column name
  bool required = false;
  FieldFormat format = FieldFormat::text;
  std::vector<std::string> allowed;  // coded values, as the template offers them (Chinese names under zh)
  std::string example;               // the example row's text (amounts in yuan, dates YYYY-MM-DD)
  std::string note;                  // what the column holds, "" when its format says it all
};

struct InputTemplate {
  std::string kind;   // sources, households, ... (the `import` KIND)
  std::string title;  // the data sheet's name: 资金来源 / Sources
  std::vector<TemplateColumn> columns;
};

// The reader's definitions of one kind; `choices` are the coded values of its choice columns
// (column name -> (code, Chinese name) pairs).
struct KindColumns {
  std::string kind;
  const std::vector<ledger::ColumnDef>* columns = nullptr;
};

// The templates of `kinds`, in the order given, in `lang`. Product codes for loans come from
// `products`.
std::vector<InputTemplate> input_templates(const std::vector<KindColumns>& kinds,
                                           const std::vector<std::pair<const char*, const char*>>& products,
                                           Lang lang);

// UTF-8 with BOM: the header row and the example row.
std::string template_csv(const InputTemplate& t);
// A budget and a rules file, commented, that import as they are (and fit the example rows).
std::string budget_template_toml(Lang lang);
std::string rules_template_toml(Lang lang);

// The Chinese (zh) or English description of a format, for the explanation sheet.
std::string format_description(FieldFormat f, Lang lang);

}  // namespace fundledger::reports
