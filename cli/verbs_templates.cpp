// `templates --out DIR`: a blank input template for every kind, as .xlsx and .csv, and commented
// budget and rules TOML; and the coded values `import --help` lists. The templates are made from
// the readers' own column definitions (ledger/columns.hpp, loans::loan_columns).
#include <ctime>
#include <filesystem>
#include <memory>

#include "cli/cli.hpp"
#include "ledger/columns.hpp"
#include "loans/claims.hpp"
#include "loans/loans.hpp"
#include "projects/projects.hpp"
#include "reports/output_file.hpp"
#include "reports/templates.hpp"
#include "reports/xlsx/template.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

// The CSV kinds in the order they import into a fresh ledger (budget and rules come between
// sources and allocations; the project library's after the core kinds: its examples name theirs).
std::vector<reports::KindColumns> csv_kinds() {
  return {
      {"households", &ledger::household_columns()},    {"sources", &ledger::source_columns()},
      {"allocations", &ledger::allocation_columns()},  {"disbursements", &ledger::disbursement_columns()},
      {"corrections", &ledger::correction_columns()},  {"loans", &loans::loan_columns()},
      {"interest-claims", &loans::claim_columns()},    {"projects", &projects::project_columns()},
      {"project-status", &projects::status_columns()}, {"contracts", &ledger::contract_columns()},
      {"targets", &projects::target_columns()},        {"results", &projects::result_columns()},
      {"assets", &projects::asset_columns()},          {"asset-income", &projects::asset_income_columns()},
      {"classes", &ledger::class_code_columns()}};
}

std::time_t seconds_of(const std::string& iso) {
  std::tm tm{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%S", &tm)) return 0;
  return timegm(&tm);
}

std::vector<std::string> write_templates(const Globals& g, const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw UsageError(
        text::tr(std::filesystem::exists(dir, ec) ? "templates.not_folder" : "templates.no_folder",
                 text::arg("dir", dir)));
  const auto lang = g.language();
  auto path = [&](const std::string& name) {
    auto p = (std::filesystem::path(dir) / name).string();
    g.refuse_ledger_as_output(p);
    return p;
  };
  std::vector<std::pair<std::string, std::string>> texts;
  std::vector<std::unique_ptr<reports::OutputFile>> books;
  std::vector<std::string> written;
  for (const auto& t : reports::input_templates(csv_kinds(), loans::loan_products(), lang)) {
    texts.emplace_back(path(t.kind + ".csv"), reports::template_csv(t));
    books.push_back(std::make_unique<reports::OutputFile>(path(t.kind + ".xlsx")));
    reports::xlsx::write_template(t, books.back()->temp_path(), lang, seconds_of(g.now_iso));
  }
  texts.emplace_back(path("budget.toml"), reports::budget_template_toml(lang));
  texts.emplace_back(path("rules.toml"), reports::rules_template_toml(lang));
  reports::write_files_atomically(texts);  // every workbook is complete by now
  for (auto& b : books) b->commit();
  for (std::size_t i = 0; i < books.size(); ++i) {
    written.push_back(texts[i].first);
    written.push_back(books[i]->target());
  }
  for (std::size_t i = books.size(); i < texts.size(); ++i) written.push_back(texts[i].first);
  return written;
}

Verb register_templates(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("templates", text::tr("help.templates"));
  cmd->footer(text::tr("help.templates.footer"));
  auto out = std::make_shared<std::string>();
  cmd->add_option("--out", *out, text::tr("help.templates.out"))->required();
  return {cmd, [&g, out] {
            print_written(g, write_templates(g, *out));
            return kExitOk;
          }};
}

std::string pairs_line(const char* id, const std::vector<std::pair<const char*, const char*>>& pairs) {
  std::string list;
  for (const auto& [code, zh] : pairs)
    list += (list.empty() ? "" : text::tr("read.list_separator")) + std::string(code) + " " + zh;
  return text::tr(id, text::arg("list", list)) + "\n";
}

const VerbRegistration reg_templates(92, register_templates);

}  // namespace

std::string import_codes_help() {
  std::string out = text::tr("help.import.categories") + "\n";
  for (const auto& c : ledger::category_names()) {
    std::string aliases;
    for (const char* a : c.aliases) aliases += (aliases.empty() ? "" : text::tr("read.list_separator")) + a;
    out += text::tr("help.import.category_line", text::arg("code", c.code), text::arg("name", c.name_zh),
                    text::arg("aliases", aliases)) +
           "\n";
  }
  out += pairs_line("help.import.payee_kinds", ledger::payee_kinds());
  out += pairs_line("help.import.levels", ledger::source_levels());
  out += pairs_line("help.import.correction_kinds", ledger::correction_kinds());
  out += pairs_line("help.import.products", loans::loan_products());
  return out + text::tr("help.import.templates");
}

}  // namespace fundledger::cli
