// RuleReads on SQLite. The reads asked once per imported row keep their prepared statements.
// sqlite_rule_reads.cpp: budgets, sources, rules; sqlite_rule_flow_reads.cpp: payments and flows.
#pragma once

#include "store/rule_reads.hpp"
#include "store/sqlite/cached_stmt.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteRuleReads final : public RuleReads {
 public:
  explicit SqliteRuleReads(Db& db) : db_(db) {}

  std::optional<BudgetHead> latest_budget(int year) override;
  std::vector<BudgetRevisionRow> budget_revisions(int year) override;
  std::optional<std::string> budget_attribution(int year, int revision) override;
  std::vector<BudgetLineRow> budget_lines(std::int64_t budget_entry) override;
  std::optional<Money> budget_line_amount(std::int64_t budget_entry, const std::string& code) override;
  std::int64_t budget_revision_count() override;

  std::vector<SourceAmount> sources_received(const std::vector<std::string>& categories, int year,
                                             std::optional<calendar::Date> through) override;
  std::vector<SourceOverride> source_overrides(const std::vector<std::string>& categories, int year,
                                               const calendar::Date& through) override;
  std::vector<SourceReceived> source_receipts(const std::string& category, int year,
                                              const calendar::Date& through) override;
  std::optional<std::string> source_category(const std::string& doc_no) override;
  Money allocated_from(const std::string& doc_no, const calendar::Date& by) override;

  Money payee_paid(const std::string& payee_id, const std::string& earmark, std::optional<int> year) override;
  bool household_registered(const std::string& household_id) override;
  std::vector<PayeePayment> payee_payments(const std::string& earmark, const calendar::Date& through,
                                           std::optional<int> year) override;
  std::vector<EarmarkDisbursement> earmark_disbursements(const std::string& earmark, std::optional<int> year,
                                                         const calendar::Date& through) override;
  std::int64_t disbursement_count() override;

  std::vector<CategoryEntryFlow> category_allocations(const std::string& category, int year,
                                                      const calendar::Date& through) override;
  std::vector<CategoryEntryFlow> category_payments(const std::string& category, int year,
                                                   const calendar::Date& through) override;
  std::vector<LotLeft> lot_balances(std::optional<int> year, const calendar::Date& through) override;

  std::vector<int> years_recorded() override;

  std::vector<std::string> category_codes() override;
  std::optional<StoredRule> latest_rule_version(const std::string& rule_id) override;
  std::vector<StoredRule> latest_rules() override;

 private:
  Db& db_;
  // Asked once per imported row (the gate, the rules import) or per source (check's deadline).
  CachedStmt paid_year_, paid_lifetime_, registered_, source_category_, allocated_from_, latest_rule_;
};

}  // namespace fundledger::store
