// The budget and rules templates: commented TOML that imports as it is and fits the CSV templates'
// example rows (the budget has the INDUSTRY line they pay from; the rules hold for them).
#include <fmt/format.h>

#include "ledger/columns.hpp"
#include "reports/templates.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

text::Lang text_lang(Lang lang) { return lang == Lang::en ? text::Lang::en : text::Lang::zh; }

// A TOML basic string.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

// `key = value` with a comment from the catalogue, aligned.
std::string entry(const std::string& key, const std::string& value, const std::string& comment = {}) {
  std::string line = key + " = " + value;
  if (comment.empty()) return line + "\n";
  return fmt::format("{:<36}# {}\n", line, comment);
}

std::string category_codes() {
  std::string out;
  for (const auto& c : ledger::category_names()) out += (out.empty() ? "" : ", ") + std::string(c.code);
  return out;
}

// The comment lines of a catalogue text: each line prefixed with "# ".
std::string comment_block(const std::string& text) {
  std::string out = "# ";
  for (char c : text) out += c == '\n' ? std::string("\n# ") : std::string(1, c);
  return out + "\n";
}

}  // namespace

std::string budget_template_toml(Lang lang) {
  const auto l = text_lang(lang);
  auto tr = [l](const char* id) { return text::tr_in(l, id); };
  std::string o = comment_block(tr("templates.toml.budget_intro"));
  o += entry("fiscal_year", "2025", tr("templates.toml.fiscal_year"));
  o += entry("code", quoted("BUDGET-2025"), tr("templates.toml.budget_code"));
  o += entry("name", quoted(tr("templates.example.budget_name")));
  o += entry("total", quoted(lang == Lang::en ? "1000000.00" : "100万"), tr("templates.toml.amount"));
  o += entry("funded_by", quoted("county_self"),
             text::tr_in(l, "templates.toml.funded_by", text::arg("codes", category_codes())));
  o += entry("doc_no", quoted(tr("templates.example.budget_doc_no")), tr("templates.toml.doc_no"));
  o += "# " + entry("fund_nature", quoted("general"), tr("templates.toml.fund_nature"));
  o += "# " + entry("direct", "false", tr("templates.toml.direct"));
  o += "\n[[line]]\n";
  o += entry("code", quoted("INDUSTRY"), tr("templates.toml.line_code"));
  o += entry("name", quoted(tr("templates.example.line_industry")));
  o += entry("amount", quoted(lang == Lang::en ? "600000.00" : "60万"));
  o += entry("purpose", quoted("industry"), tr("templates.toml.purpose"));
  o += "# " + entry("open_ended", "true", tr("templates.toml.open_ended"));
  o += "# " + entry("function_class", quoted("2130505"), tr("templates.toml.function_class"));
  o += "# " + entry("economic_class", quoted("50903"), tr("templates.toml.economic_class"));
  o += "# " + entry("to_persons", "true", tr("templates.toml.to_persons"));
  o += "\n[[line]]\n";
  o += entry("code", quoted("OTHER"));
  o += entry("name", quoted(tr("templates.example.line_other")));
  o += entry("remainder", "true", tr("templates.toml.remainder"));
  return o;
}

std::string rules_template_toml(Lang lang) {
  const auto l = text_lang(lang);
  auto tr = [l](const char* id) { return text::tr_in(l, id); };
  std::string o = comment_block(tr("templates.toml.rules_intro"));
  o += "\n[[rule]]\n";
  o += entry("id", quoted("county-budget-growth"));
  o += entry("kind", quoted("growth"), tr("templates.toml.kind_growth"));
  o += entry("category", quoted("county_self"));
  o += entry("basis", quoted("budget"));
  o += entry("min_rate", quoted("20%"));
  o += entry("severity", quoted("error"), tr("templates.toml.severity"));
  o += entry("from", "2026", tr("templates.toml.from"));
  o += entry("note", quoted(tr("templates.example.rule_growth_note")));
  o += "\n[[rule]]\n";
  o += entry("id", quoted("industry-cap-per-household"));
  o += entry("kind", quoted("cap_per_payee"), tr("templates.toml.kind_cap"));
  o += entry("earmark", quoted("INDUSTRY"));
  o += entry("max", quoted(lang == Lang::en ? "10000.00" : "1万"));
  o += entry("period", quoted("year"), tr("templates.toml.period"));
  o += entry("note", quoted(tr("templates.example.rule_cap_note")));
  o += "\n[[rule]]\n";
  o += entry("id", quoted("industry-registered-only"));
  o += entry("kind", quoted("eligible_payees"), tr("templates.toml.kind_eligible"));
  o += entry("earmark", quoted("INDUSTRY"));
  o += entry("require", quoted("registered_household"));
  o += "\n[[rule]]\n";
  o += entry("id", quoted("microcredit-terms"));
  o += entry("kind", quoted("loan_terms"), tr("templates.toml.kind_loan_terms"));
  o += entry("product", quoted("microcredit"));
  o += entry("principal_max", quoted(lang == Lang::en ? "50000.00" : "5万"));
  o += entry("term_months_max", "36");
  o += entry("subsidised_principal_max", quoted(lang == Lang::en ? "50000.00" : "5万"));
  o += entry("subsidy_rate_max", quoted("4.35%"));
  o += entry("subsidy_max_per_household", quoted(lang == Lang::en ? "10000.00" : "1万"));
  return o;
}

}  // namespace fundledger::reports
