#include "store/sqlite/canonical.hpp"

#include <charconv>
#include <map>
#include <stdexcept>

namespace fundledger::store {
namespace {

const TableSpec kSource{
    "source",
    {"doc_no", "fiscal_year", "category", "name", "amount", "received_on", "level", "restricted_to", "note",
     "function_class", "economic_class", "fund_nature", "direct", "to_persons"},
    nullptr,
    -1,
    9};  // the classifications: schema 21
const TableSpec kHousehold{
    "household",
    {"household_id", "head_name", "id_number", "town", "village", "members", "registered", "poverty_cause"},
    nullptr};
const TableSpec kBudget{"budget",
                        {"fiscal_year", "revision", "code", "name", "total", "funded_by", "doc_no", "reason",
                         "attribution", "quota_op", "quota_from", "quota_to", "quota_amount", "quota_date"},
                        nullptr,
                        -1,
                        9};  // quota_*: schema 17
const TableSpec kBudgetLine{
    "budget_line",
    {"seq", "fiscal_year", "code", "name", "amount", "purpose", "remainder", "attribution", "open_ended",
     "function_class", "economic_class", "fund_nature", "direct", "to_persons"},
    "seq",
    -1,
    8};  // open_ended: schema 14; the classifications: schema 21
const TableSpec kAllocation{
    "allocation",
    {"voucher", "date", "fiscal_year", "source_doc", "earmark", "amount", "town", "project", "note"},
    nullptr};
const TableSpec kDisbursement{
    "disbursement",
    {"voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town",
     "village", "project", "source_doc", "note"},
    nullptr};
const TableSpec kCorrection{
    "correction", {"voucher", "date", "kind", "target", "amount", "to_earmark", "reason"}, nullptr};
const TableSpec kRule{
    "rule",
    {"rule_id", "version", "kind", "severity", "from_year", "to_year", "note", "params", "file_name"},
    nullptr};
const TableSpec kLoan{
    "loan",
    {"loan_id", "version", "household_id", "product", "bank", "principal", "annual_rate", "start_date",
     "term_months", "purpose", "overdue_since", "repaid_on", "written_off_on", "extended_to"},
    nullptr,
    -1,
    13};  // extended_to: schema 23
const TableSpec kSetting{"setting", {"key", "value"}, nullptr};
const TableSpec kProject{"project",
                         {"project_id", "version", "name", "category", "nature", "town", "village",
                          "responsible_unit", "leader", "planned_start", "planned_end", "investment",
                          "fiscal_share", "beneficiary_households", "beneficiary_poor", "linkage", "content"},
                         nullptr};
const TableSpec kProjectStatus{
    "project_status", {"project_id", "status", "date", "year", "doc_no", "reason"}, nullptr};
const TableSpec kContract{
    "contract",
    {"contract_id", "project", "payee_id", "amount", "signed_on", "earmark", "fiscal_year"},
    nullptr};
const TableSpec kContractDraw{"contract_draw", {"voucher", "contract_id", "amount"}, nullptr};
const TableSpec kContractEnd{"contract_end", {"contract_id", "kind", "date", "reason"}, nullptr};
const TableSpec kTarget{
    "target",
    {"project_id", "indicator_id", "kind", "sub_kind", "name", "unit", "planned", "direction"},
    nullptr};
const TableSpec kAsset{
    "asset",
    {"asset_id", "project_id", "type", "name", "value", "owner", "owner_id", "registered_on", "custodian"},
    nullptr};
const TableSpec kAssetIncome{
    "asset_income", {"asset_id", "date", "amount", "doc_no", "payer", "note"}, nullptr};
const TableSpec kAssetPayout{"asset_payout", {"voucher", "asset_id", "amount"}, nullptr};
const TableSpec kWarningAction{
    "warning_action",
    {"warning_id", "action", "outcome", "by_name", "note", "measures", "amount_recovered",
     "attachment_sha256", "attachment_name", "code", "level", "violation", "message", "evidence"},
    nullptr};
const TableSpec kPeriodLock{"period_lock", {"action", "through", "previous", "reason", "doc_no"}, nullptr};
const TableSpec kQuotaFreeze{"quota_freeze",
                             {"freeze_id", "action", "scope", "target", "fiscal_year", "date", "amount",
                              "percent", "doc_no", "reason"},
                             nullptr};
const TableSpec kSourceReduction{
    "source_reduction",
    {"reduction_id", "kind", "source_doc", "fiscal_year", "date", "amount", "doc_no", "reason"},
    nullptr};
const TableSpec kAdvanceSettlement{
    "advance_settlement",
    {"settle_id", "advance_doc", "source_doc", "date", "amount", "doc_no", "reason"},
    nullptr};
const TableSpec kLoanCompensation{"loan_compensation",
                                  {"comp_id", "kind", "loan_id", "bank", "date", "amount", "fund_share",
                                   "bank_share", "voucher", "rule_id", "doc_no"},
                                  nullptr};
const TableSpec kInterestClaim{
    "interest_claim",
    {"loan_id", "bank", "period_from", "period_to", "interest", "penalty", "claim_no"},
    nullptr};
const TableSpec kClassCode{"class_code", {"scheme", "code", "name"}, nullptr};
const TableSpec kYearClose{"year_close", {"fiscal_year", "date", "doc_no", "reason"}, nullptr};
const TableSpec kCarryover{
    "carryover", {"seq", "money_year", "source_doc", "earmark", "amount", "years", "for_recall"}, "seq"};
const TableSpec kTargetResult{
    "target_result", {"project_id", "indicator_id", "date", "value", "note"}, nullptr};
const TableSpec kFlow{"flow",
                      {"seq", "kind", "voucher", "date", "fiscal_year", "earmark", "lot", "lot_date",
                       "source_doc", "amount", "town", "village", "project", "payee_id"},
                      "seq"};

std::map<std::string, std::vector<const TableSpec*>>& registry() {
  static std::map<std::string, std::vector<const TableSpec*>> r = {
      {"source", {&kSource}},
      {"household", {&kHousehold}},
      {"budget", {&kBudget, &kBudgetLine}},
      {"allocation", {&kAllocation, &kFlow}},
      {"disbursement", {&kDisbursement, &kFlow}},
      {"correction", {&kCorrection, &kFlow}},
      {"loan", {&kLoan}},
      {"rules", {&kRule}},
      {"setting", {&kSetting}},
      {"project", {&kProject}},
      {"project_status", {&kProjectStatus}},
      {"contract", {&kContract}},
      {"contract_draw", {&kContractDraw}},
      {"contract_end", {&kContractEnd}},
      {"target", {&kTarget}},
      {"target_result", {&kTargetResult}},
      {"asset", {&kAsset}},
      {"asset_income", {&kAssetIncome}},
      {"asset_payout", {&kAssetPayout}},
      {"warning_action", {&kWarningAction}},
      {"period_lock", {&kPeriodLock}},
      {"quota_freeze", {&kQuotaFreeze}},
      {"source_reduction", {&kSourceReduction, &kFlow}},
      {"year_close", {&kYearClose, &kCarryover}},
      {"advance_settlement", {&kAdvanceSettlement}},
      {"class_code", {&kClassCode}},
      {"loan_compensation", {&kLoanCompensation}},
      {"interest_claim", {&kInterestClaim}},
  };
  return r;
}

const std::vector<const TableSpec*>& all_specs_list() {
  static std::vector<const TableSpec*> v = {&kSource,
                                            &kHousehold,
                                            &kBudget,
                                            &kBudgetLine,
                                            &kAllocation,
                                            &kDisbursement,
                                            &kCorrection,
                                            &kFlow,
                                            &kRule,
                                            &kLoan,
                                            &kSetting,
                                            &kProject,
                                            &kProjectStatus,
                                            &kContract,
                                            &kContractDraw,
                                            &kContractEnd,
                                            &kTarget,
                                            &kTargetResult,
                                            &kAsset,
                                            &kAssetIncome,
                                            &kAssetPayout,
                                            &kWarningAction,
                                            &kPeriodLock,
                                            &kQuotaFreeze,
                                            &kSourceReduction,
                                            &kYearClose,
                                            &kCarryover,
                                            &kAdvanceSettlement,
                                            &kClassCode,
                                            &kLoanCompensation,
                                            &kInterestClaim};

  return v;
}

template <class Int>
void put_int(std::string& out, Int n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, end);
}

void put_len(std::string& out, std::size_t n) {
  put_int(out, n);
  out.push_back(':');
}

void append_value(std::string& out, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    out += "n;";
  } else if (auto p = std::get_if<std::int64_t>(&v)) {
    out.push_back('i');
    put_int(out, *p);
    out.push_back(';');
  } else {
    const auto& s = std::get<std::string>(v);
    out.push_back('t');
    put_len(out, s.size());
    out += s;
    out.push_back(';');
  }
}

void append_text(std::string& out, std::string_view s) {
  out.push_back('t');
  put_len(out, s.size());
  out += s;
  out.push_back(';');
}

void append_int(std::string& out, std::int64_t i) {
  out.push_back('i');
  put_int(out, i);
  out.push_back(';');
}

void append_optional(std::string& out, const std::optional<std::string>& s) {
  if (s)
    append_text(out, *s);
  else
    out += "n;";
}

}  // namespace

const std::vector<const TableSpec*>& tables_for_kind(const std::string& kind) {
  auto it = registry().find(kind);
  if (it == registry().end()) throw std::invalid_argument("unknown journal entry kind: " + kind);
  return it->second;
}

const TableSpec& table_spec(const std::string& table) {
  for (auto* s : all_specs())
    if (table == s->table) return *s;
  throw std::invalid_argument("unknown journal table: " + table);
}

void append_canonical(std::string& out, const TableSpec& spec, const std::vector<Value>& row) {
  out += spec.table;
  out.push_back('|');
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    bool unset = i >= row.size() || std::holds_alternative<std::monostate>(row[i]);
    if (spec.hashed_when_set_from >= 0 && static_cast<int>(i) >= spec.hashed_when_set_from && unset) continue;
    out += spec.columns[i];
    out.push_back('=');
    append_value(out, i < row.size() ? row[i] : Value{});
  }
  out.push_back('\n');
}

const std::vector<const TableSpec*>& all_specs() { return all_specs_list(); }

std::vector<std::string> kinds_writing(const TableSpec& spec) {
  std::vector<std::string> kinds;
  for (const auto& [kind, specs] : registry())
    for (auto* s : specs)
      if (s == &spec) kinds.push_back(kind);
  return kinds;
}

void append_header(std::string& out, const CanonicalHeader& h) {
  out += "entry|";
  append_int(out, h.id);
  append_text(out, h.kind);
  append_text(out, h.key);
  append_text(out, h.date);
  append_text(out, h.recorded_at);
  append_text(out, h.operator_name);
  append_int(out, h.import_id);
  append_optional(out, h.override_reason);
}

void append_import_record(std::string& out, const ImportRecord& r) {
  out += "import|";
  append_int(out, r.id);
  append_text(out, r.kind);
  append_text(out, r.file_name);
  append_text(out, r.file_sha256);
  append_text(out, r.operator_name);
  append_text(out, r.recorded_at);
  append_optional(out, r.override_reason);
}

}  // namespace fundledger::store
