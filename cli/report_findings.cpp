#include "cli/report_findings.hpp"

#include "text/text.hpp"

#if __has_include("rules/rules.hpp")
#include "rules/rules.hpp"
#define FUNDLEDGER_HAVE_RULES 1
#endif

namespace fundledger::cli {

namespace {

#ifdef FUNDLEDGER_HAVE_RULES
// A finding's name as the 预警 sheet shows it first (the code stays in check's json).
std::string finding_name(text::Lang tl, const std::string& code) {
  static const std::pair<const char*, const char*> ids[] = {
      {"growth_below_min", "workbook.finding.growth_below_min"},
      {"floor_not_met", "workbook.finding.floor_not_met"},
      {"ceiling_exceeded", "workbook.finding.ceiling_exceeded"},
      {"cap_exceeded", "workbook.finding.cap_exceeded"},
      {"share_below_min", "workbook.finding.share_below_min"},
      {"payee_not_registered", "workbook.finding.payee_not_registered"},
      {"forbidden_use", "workbook.finding.forbidden_use"},
      {"idle_funds", "workbook.finding.idle_funds"},
      {"late_allocation", "workbook.finding.late_allocation"},
      {"loan_terms_exceeded", "workbook.finding.loan_terms_exceeded"}};
  for (const auto& [c, id] : ids)
    if (code == c) return text::tr_in(tl, id);
  return text::tr_in(tl, "workbook.finding.other");
}
#endif

}  // namespace

reports::xlsx::FindingsSheet findings_sheet(store::Repository& repo, const reports::MonthlyReport& r,
                                            reports::Lang lang) {
  const auto tl = reports::text_lang(lang);
  reports::xlsx::FindingsSheet sheet;
#ifdef FUNDLEDGER_HAVE_RULES
  auto findings = rules::check(repo, r.year, r.as_of);  // its messages in the run's language, the report's
  reports::Table& t = sheet.table;
  t.title = text::tr_in(tl, "cli.report.findings_title", text::arg("as_of", r.as_of));
  auto col = [&](const char* key, const char* id) {
    return reports::Column{key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id),
                           reports::ColType::text};
  };
  t.columns = {col("name", "workbook.findings.rule_name"), col("severity", "workbook.findings.severity"),
               col("message", "workbook.findings.message"), col("evidence", "workbook.findings.evidence"),
               col("rule", "workbook.findings.rule")};
  for (const auto& f : findings) {
    std::string evidence;
    for (const auto& e : f.evidence) evidence += (evidence.empty() ? "" : "、") + e;
    std::string sev = text::tr_in(tl, f.severity == rules::Severity::error ? "diag.error" : "diag.warning");
    if (f.overridden) sev = text::tr_in(tl, "cli.report.overridden", text::arg("severity", sev));
    t.rows.push_back({finding_name(tl, f.code), sev, f.message, evidence, f.rule.value_or("")});
  }
  sheet.note = text::tr_in(tl, "cli.report.audit_note");
  if (findings.empty()) sheet.note = text::tr_in(tl, "cli.report.no_findings", text::arg("note", sheet.note));
#else
  (void)repo;
  (void)r;
  sheet.note = text::tr_in(tl, "cli.report.no_rules_module");
#endif
  return sheet;
}

}  // namespace fundledger::cli
