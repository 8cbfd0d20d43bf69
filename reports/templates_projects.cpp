// The templates of the project library's files (reports/template_hints.hpp). The example rows fit
// the core templates' (the project is the one the payment names, its contract commits part of the
// INDUSTRY allocation) and each other: imported in order, every one imports, the asset once its
// project's later steps are recorded (the status template shows the first step).
#include <map>

#include "projects/projects.hpp"
#include "reports/template_hints.hpp"

namespace fundledger::reports::detail {

namespace {

const ledger::Choices kDirections = {{">=", "≥"}, {"<=", "≤"}};

}  // namespace

const std::vector<Hint>& project_hints() {
  static const std::vector<Hint> hints = {
      {"projects", "project_id", FieldFormat::text, "XM2025-001", "templates.note.project_id"},
      {"projects", "name", FieldFormat::text, "templates.example.project", "templates.note.project_name"},
      {"projects", "category", FieldFormat::choice, "industry"},
      {"projects", "nature", FieldFormat::choice, "new"},
      {"projects", "responsible_unit", FieldFormat::text, "templates.example.responsible_unit"},
      {"projects", "leader", FieldFormat::text, "templates.example.leader"},
      {"projects", "planned_start", FieldFormat::date, "2025-03-01"},
      {"projects", "planned_end", FieldFormat::date, "2025-09-30"},
      {"projects", "investment", FieldFormat::amount, "300000.00"},
      {"projects", "fiscal_share", FieldFormat::amount, "200000.00", "templates.note.fiscal_share"},
      {"projects", "beneficiary_households", FieldFormat::integer, "60"},
      {"projects", "beneficiary_poor", FieldFormat::integer, "25"},
      {"projects", "linkage", FieldFormat::text, "templates.example.linkage"},
      {"projects", "content", FieldFormat::text, "templates.example.content"},
      {"project-status", "project_id", FieldFormat::text, "XM2025-001", "templates.note.project_ref"},
      {"project-status", "status", FieldFormat::choice, "applied", "templates.note.status"},
      {"project-status", "date", FieldFormat::date, "2025-01-10"},
      {"project-status", "year", FieldFormat::year, "", "templates.note.plan_year"},
      {"project-status", "doc_no", FieldFormat::text, "templates.example.status_doc"},
      {"project-status", "reason", FieldFormat::text, "", "templates.note.withdraw_reason"},
      {"contracts", "contract_id", FieldFormat::text, "HT2025-001"},
      {"contracts", "project", FieldFormat::text, "XM2025-001", "templates.note.project_ref"},
      {"contracts", "payee_id", FieldFormat::text, "E0001", "templates.note.contract_payee"},
      {"contracts", "amount", FieldFormat::amount, "100000.00", "templates.note.contract_amount"},
      {"contracts", "signed_on", FieldFormat::date, "2025-04-01"},
      {"contracts", "earmark", FieldFormat::text, "INDUSTRY", "templates.note.earmark"},
      {"targets", "project_id", FieldFormat::text, "XM2025-001", "templates.note.project_ref"},
      {"targets", "indicator_id", FieldFormat::text, "C1"},
      {"targets", "kind", FieldFormat::choice, "output"},
      {"targets", "sub_kind", FieldFormat::choice, "quantity", "templates.note.sub_kind"},
      {"targets", "name", FieldFormat::text, "templates.example.indicator"},
      {"targets", "unit", FieldFormat::text, "templates.example.unit"},
      {"targets", "planned", FieldFormat::text, "300", "templates.note.decimal"},
      {"targets", "direction", FieldFormat::choice, ">="},
      {"results", "project_id", FieldFormat::text, "XM2025-001", "templates.note.project_ref"},
      {"results", "indicator_id", FieldFormat::text, "C1"},
      {"results", "date", FieldFormat::date, "2025-09-30"},
      {"results", "value", FieldFormat::text, "310", "templates.note.decimal"},
      {"assets", "asset_id", FieldFormat::text, "ZC2025-001"},
      {"assets", "project", FieldFormat::text, "XM2025-001", "templates.note.asset_project"},
      {"assets", "type", FieldFormat::choice, "operating"},
      {"assets", "name", FieldFormat::text, "templates.example.asset_name"},
      {"assets", "value", FieldFormat::amount, "3000.00", "templates.note.asset_value"},
      {"assets", "owner", FieldFormat::choice, "collective"},
      {"assets", "owner_id", FieldFormat::text, "", "templates.note.owner_id"},
      {"assets", "registered_on", FieldFormat::date, "2025-10-15"},
      {"assets", "custodian", FieldFormat::text, "templates.example.custodian"},
      {"asset-income", "asset_id", FieldFormat::text, "ZC2025-001"},
      {"asset-income", "date", FieldFormat::date, "2025-10-31"},
      {"asset-income", "amount", FieldFormat::amount, "1200.00"},
      {"asset-income", "doc_no", FieldFormat::text, "SY2025-001"},
      {"asset-income", "payer", FieldFormat::text, "templates.example.payer"},
  };
  return hints;
}

ledger::Choices project_choices(const std::string& kind, const std::string& name) {
  static const std::map<std::pair<std::string, std::string>, const ledger::Choices*> lists = {
      {{"projects", "category"}, &projects::categories()},
      {{"projects", "nature"}, &projects::natures()},
      {{"project-status", "status"}, &projects::statuses()},
      {{"targets", "kind"}, &projects::target_kinds()},
      {{"targets", "sub_kind"}, &projects::target_sub_kinds()},
      {{"targets", "direction"}, &kDirections},
      {{"assets", "type"}, &projects::asset_types()},
      {{"assets", "owner"}, &projects::asset_owners()}};
  auto it = lists.find({kind, name});
  return it == lists.end() ? ledger::Choices{} : *it->second;
}

const char* project_sheet_id(const std::string& kind) {
  static const std::map<std::string, const char*> ids = {
      {"projects", "templates.sheet.projects"},        {"project-status", "templates.sheet.project_status"},
      {"contracts", "templates.sheet.contracts"},      {"targets", "templates.sheet.targets"},
      {"results", "templates.sheet.results"},          {"assets", "templates.sheet.assets"},
      {"asset-income", "templates.sheet.asset_income"}};
  auto it = ids.find(kind);
  return it == ids.end() ? nullptr : it->second;
}

}  // namespace fundledger::reports::detail
