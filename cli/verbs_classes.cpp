// Verb `classes`: the classification codes (预算科目, issue 19) and what is classified under them.
// `classes [--scheme function_class|economic_class]` lists the known codes — the tables fundledger
// ships and the codes the bureau added with `import classes` (origin 本单位) — so a clerk can look a
// code up; `classes --of sources|lines [--year Y]` lists each source's (each budget line's)
// classifications: 功能分类, 经济分类 (codes and names), 资金性质, 直达资金, 补贴到人到户.
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "ledger/classes.hpp"
#include "reports/table_json.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using reports::catalogue_column;
using reports::ColType;
using text::tr;

struct ClassesOptions {
  std::string of, scheme;
  int year = 0;
};

reports::Table codes_table(const ledger::ClassCodes& known, const std::vector<entries::ClassCode>& added,
                           const std::string& only) {
  reports::Table t;
  t.title = tr("classes.title.codes");
  t.columns = {catalogue_column("scheme", "classes.col.scheme", ColType::text),
               catalogue_column("code", "classes.col.code", ColType::text),
               catalogue_column("name", "classes.col.name", ColType::text),
               catalogue_column("origin", "classes.col.origin", ColType::text)};
  for (const char* scheme : {ledger::kFunctionClass, ledger::kEconomicClass}) {
    if (!only.empty() && only != scheme) continue;
    std::map<std::string, bool> codes;  // code -> added by the bureau
    for (const auto& c : ledger::shipped_classes(scheme)) codes[c.code] = false;
    for (const auto& c : added)
      if (c.scheme == scheme) codes[c.code] = true;
    for (const auto& [code, is_added] : codes)
      t.rows.push_back({ledger::scheme_name(scheme), code, known.name_of(scheme, code).value_or(""),
                        tr(is_added ? "classes.origin.added" : "classes.origin.shipped")});
  }
  return t;
}

std::string yes_no(const std::optional<int>& v) {
  if (!v) return "";
  return tr(*v == 1 ? "classes.yes" : "classes.no");
}

std::string nature_name(const std::optional<std::string>& nature) {
  if (!nature) return "";
  for (const auto& [code, zh] : ledger::fund_natures())
    if (*nature == code) return text::language() == text::Lang::en ? code : zh;
  return *nature;
}

// The classification cells of one row: codes with their names, then nature, direct, to persons.
std::vector<reports::Cell> class_cells(const entries::Classification& c, const ledger::ClassCodes& known) {
  auto name = [&](const char* scheme, const std::optional<std::string>& code) {
    return code ? known.name_of(scheme, *code).value_or("") : std::string();
  };
  return {c.function_class.value_or(""), name(ledger::kFunctionClass, c.function_class),
          c.economic_class.value_or(""), name(ledger::kEconomicClass, c.economic_class),
          nature_name(c.fund_nature),    yes_no(c.direct),
          yes_no(c.to_persons)};
}

std::vector<reports::Column> class_columns() {
  return {catalogue_column("function_class", "classes.col.function_class", ColType::text),
          catalogue_column("function_name", "classes.col.function_name", ColType::text),
          catalogue_column("economic_class", "classes.col.economic_class", ColType::text),
          catalogue_column("economic_name", "classes.col.economic_name", ColType::text),
          catalogue_column("fund_nature", "classes.col.fund_nature", ColType::text),
          catalogue_column("direct", "classes.col.direct", ColType::text),
          catalogue_column("to_persons", "classes.col.to_persons", ColType::text)};
}

reports::Table classified_table(store::LedgerReads& reads, const ClassesOptions& o,
                                const ledger::ClassCodes& known) {
  const bool lines = o.of == "lines";
  std::optional<int> year;
  if (o.year != 0) year = o.year;
  reports::Table t;
  t.title = tr(lines ? "classes.title.lines" : "classes.title.sources");
  t.columns = {catalogue_column("fiscal_year", "classes.col.fiscal_year", ColType::integer),
               catalogue_column("key", lines ? "classes.col.earmark" : "classes.col.doc_no", ColType::text)};
  for (auto& c : class_columns()) t.columns.push_back(std::move(c));
  for (const auto& r : lines ? reads.classified_lines(year) : reads.classified_sources()) {
    if (year && r.fiscal_year != *year) continue;
    std::vector<reports::Cell> row = {std::int64_t{r.fiscal_year}, r.key};
    for (auto& cell : class_cells(r.classes, known)) row.push_back(std::move(cell));
    t.rows.push_back(std::move(row));
  }
  return t;
}

int run_classes(Globals& g, const ClassesOptions& o) {
  auto repo = g.open(false);
  auto& reads = repo->ledger();
  const auto added = reads.class_codes();
  const ledger::ClassCodes known(added);
  const auto t = o.of.empty() ? codes_table(known, added, o.scheme) : classified_table(reads, o, known);
  print_report_table(g, t, {{"report", "classes"}, {"of", o.of.empty() ? "codes" : o.of}});
  return kExitOk;
}

Verb register_classes(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("classes", tr("help.classes"));
  auto o = std::make_shared<ClassesOptions>();
  cmd->add_option("--of", o->of, tr("help.classes.of"))->check(CLI::IsMember({"sources", "lines"}));
  cmd->add_option("--year", o->year, tr("help.classes.year"));
  cmd->add_option("--scheme", o->scheme, tr("help.classes.scheme"))
      ->check(CLI::IsMember({ledger::kFunctionClass, ledger::kEconomicClass}));
  return {cmd, [&g, o] { return run_classes(g, *o); }};
}

const VerbRegistration reg_classes(89, register_classes);

}  // namespace
}  // namespace fundledger::cli
