#include "cli/report_findings.hpp"

#include <algorithm>

#include "monitor/warnings.hpp"
#include "rules/warning_class.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

// The fill of each level's cell: 红 red, 橙 orange, 黄 yellow, 蓝 blue (light enough to read on).
constexpr std::pair<const char*, unsigned> kLevelFills[] = {
    {"red", 0xFF7C80}, {"orange", 0xFFC000}, {"yellow", 0xFFFF66}, {"blue", 0x9DC3E6}};

const char* class_message_id(const std::vector<rules::WarningClass>& classes, const std::string& code) {
  for (const auto& c : classes)
    if (c.code == code) return c.message_id;
  return classes.back().message_id;
}
const char* level_message_id(const std::string& code) {
  return class_message_id(rules::warning_levels(), code);
}
const char* violation_message_id(const std::string& code) {
  return class_message_id(rules::violation_categories(), code);
}
int level_rank(const std::string& code) {
  const auto& levels = rules::warning_levels();
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i].code == code) return static_cast<int>(i);
  return static_cast<int>(levels.size());
}

}  // namespace

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
      {"loan_terms_exceeded", "workbook.finding.loan_terms_exceeded"},
      {"duplicate_payment", "workbook.finding.duplicate_payment"},
      {"invalid_id_number", "workbook.finding.invalid_id_number"},
      {"chain_broken", "workbook.finding.chain_broken"},
      {"project_outside_plan", "workbook.finding.project_outside_plan"},
      {"project_unpaid", "workbook.finding.project_unpaid"},
      {"contract_overdrawn", "workbook.finding.contract_overdrawn"},
      {"line_exceeded", "workbook.finding.line_exceeded"},
      {"period_unlocked", "workbook.finding.period_unlocked"},
      {"quota_frozen_long", "workbook.finding.quota_frozen_long"},
      {"carryover_stale", "workbook.finding.carryover_stale"},
      {"advance_unsettled", "workbook.finding.advance_unsettled"},
      {"npl_ratio_exceeded", "workbook.finding.npl_ratio_exceeded"},
      {"quota_round_trip", "workbook.finding.quota_round_trip"},
      {"project_no_asset", "workbook.finding.project_no_asset"},
      {"asset_over_cost", "workbook.finding.asset_over_cost"},
      {"late_registration", "workbook.finding.late_registration"},
      {"late_payment", "workbook.finding.late_payment"},
      {"year_end_rush", "workbook.finding.year_end_rush"},
      {"paid_to_government", "workbook.finding.paid_to_government"},
      {"project_execution_low", "workbook.finding.project_execution_low"},
      {"dormant_balance", "workbook.finding.dormant_balance"},
      {"lag_not_judged", "workbook.finding.lag_not_judged"}};
  for (const auto& [c, id] : ids)
    if (code == c) return text::tr_in(tl, id);
  return text::tr_in(tl, "workbook.finding.other");
}

reports::xlsx::FindingsSheet findings_sheet(store::Repository& repo, const reports::MonthlyReport& r,
                                            reports::Lang lang, const calendar::WorkCalendar& work) {
  const auto tl = reports::text_lang(lang);
  reports::xlsx::FindingsSheet sheet;
  // The year's warnings still open as of the month's end (engine/monitor: the audit's findings with
  // their handling), their messages in the run's language, the report's.
  auto as_of = *calendar::parse_date(r.as_of).value;
  std::vector<monitor::Warning> open;
  for (auto& w : monitor::warnings(repo, r.year, r.as_of, work))
    if (monitor::is_open(w.status)) open.push_back(std::move(w));
  // By level (red first, as warnings() orders them), then the oldest first.
  std::stable_sort(open.begin(), open.end(), [&](const monitor::Warning& a, const monitor::Warning& b) {
    int ra = level_rank(a.level), rb = level_rank(b.level);
    return ra != rb ? ra < rb : a.age_days(as_of) > b.age_days(as_of);
  });
  reports::Table& t = sheet.table;
  t.title = text::tr_in(tl, "cli.report.warnings_title", text::arg("as_of", r.as_of));
  auto col = [&](const char* key, const char* id, reports::ColType type = reports::ColType::text) {
    return reports::Column{key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
  };
  t.columns = {col("name", "workbook.findings.rule_name"),
               col("level", "warnings.col.level"),
               col("violation", "warnings.col.violation"),
               col("status", "warnings.col.status"),
               col("since", "warnings.col.since"),
               col("age_days", "warnings.col.age", reports::ColType::integer),
               col("message", "workbook.findings.message"),
               col("evidence", "workbook.findings.evidence"),
               col("id", "warnings.col.id"),
               col("rule", "workbook.findings.rule")};
  t.hints.dates = {"since"};
  for (const auto& [code, colour] : kLevelFills)
    t.hints.fills["level"].push_back({text::tr_in(tl, level_message_id(code)), colour});
  for (const auto& w : open) {
    std::string evidence;
    for (const auto& e : w.finding.evidence) evidence += (evidence.empty() ? "" : "、") + e;
    t.rows.push_back({finding_name(tl, w.finding.code), text::tr_in(tl, level_message_id(w.level)),
                      text::tr_in(tl, violation_message_id(w.violation)),
                      text::tr_in(tl, monitor::status_message_id(w.status)),
                      w.since ? calendar::format_date(*w.since) : std::string(),
                      std::int64_t{w.age_days(as_of)}, w.finding.message, evidence, w.id,
                      w.finding.rule.value_or("")});
  }
  sheet.note = text::tr_in(tl, "cli.report.warnings_note");
  if (open.empty()) sheet.note = text::tr_in(tl, "cli.report.no_findings", text::arg("note", sheet.note));
  return sheet;
}

}  // namespace fundledger::cli
