// RuleReads: what the funding rules, the rules gate and the budget plans read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
// `through` is the as-of date: rows dated after it are left out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/entries.hpp"
#include "money/money.hpp"

namespace fundledger::store {

// ---- rows ----------------------------------------------------------------------------------------

// The latest revision of a fiscal year's budget, as the rules judge it.
struct BudgetHead {
  std::int64_t entry_id = 0;  // names the revision's lines (budget_line_amount, budget_lines)
  int revision = 0;
  Money total;
  std::string funded_by;  // category code
  std::optional<std::string> doc_no;
  std::optional<std::string> override_reason;  // set when the revision was recorded with --override
};

// One revision of a fiscal year's budget, with who recorded it and when.
struct BudgetRevisionRow {
  std::int64_t entry_id = 0;
  int revision = 0;
  std::string code, name, funded_by;
  Money total;
  std::optional<std::string> doc_no, reason;
  std::string recorded_at, operator_name;  // recorded_at: the entry's timestamp, as stored
  std::optional<std::string> override_reason;
  std::optional<entries::QuotaOp> quota;  // the transfer or reduction that made it (schema 17)
};

// An earmark line of a budget revision.
struct BudgetLineRow {
  std::string code, name;
  std::optional<std::string> purpose, attribution;
  Money amount;
  bool remainder = false;
};

// A funding document's number and amount.
struct SourceAmount {
  std::string doc_no;
  Money amount;
};

// A source's amount and whether its entry was recorded with --override.
struct SourceOverride {
  Money amount;
  bool overridden = false;
};

// A source with the day it was received (for the allocation deadline).
struct SourceReceived {
  std::string doc_no;
  Money amount;
  calendar::Date received_on;
};

// One disbursement entry's net payment (corrections included) from an earmark.
struct PayeePayment {
  std::string payee_id, voucher;
  Money amount;  // the entry's net sum, may be negative
  bool overridden = false;
};

// A disbursement from an earmark, with whether its payee is a registered (建档立卡) household.
struct EarmarkDisbursement {
  std::string voucher, payee_id, payee_name, payee_kind;
  Money amount;
  bool registered_household = false;  // payee_kind household and registered in the register
  bool overridden = false;
  int fiscal_year = 0;
};

// Money of one source moved by one entry into or out of an earmark, with the purpose of that
// earmark in the latest budget revision of the flow's year.
struct CategoryEntryFlow {
  std::string voucher, earmark, source_doc;
  Money amount;  // the entry's sum over its flows of that earmark and source
  bool overridden = false;
  std::optional<std::string> purpose;   // absent when no budget revision has the earmark
  std::optional<std::string> payee_id;  // payments only
};

// What is left of a lot (the money one allocation brought into an earmark): allocated less paid.
struct LotLeft {
  std::string lot, earmark, source_doc;
  calendar::Date lot_date;
  Money left;
  int fiscal_year = 0;
};

// A recorded version of a rule; severity is "error" or "warn", params the canonical JSON.
struct StoredRule {
  std::string rule_id;
  int version = 0;
  std::string kind, severity;
  std::optional<int> from_year, to_year;
  std::optional<std::string> note;
  std::string params;
  std::int64_t entry_id = 0;
};

// ---- reads ---------------------------------------------------------------------------------------

class RuleReads {
 public:
  virtual ~RuleReads() = default;

  // Budgets.
  // The highest revision of the year's budget; nullopt when the year has none.
  virtual std::optional<BudgetHead> latest_budget(int year) = 0;
  // Every revision of the year's budget, oldest first.
  virtual std::vector<BudgetRevisionRow> budget_revisions(int year) = 0;
  // The attribution (fifo | pro_rata) of one revision of the year's budget.
  virtual std::optional<std::string> budget_attribution(int year, int revision) = 0;
  // The lines of the budget revision recorded by entry `budget_entry`, in the file's order.
  virtual std::vector<BudgetLineRow> budget_lines(std::int64_t budget_entry) = 0;
  // The amount of earmark `code` in the budget revision recorded by entry `budget_entry`.
  virtual std::optional<Money> budget_line_amount(std::int64_t budget_entry, const std::string& code) = 0;
  // How many budget revisions are recorded, all years together.
  virtual std::int64_t budget_revision_count() = 0;

  // Sources.
  // The year's sources of the categories received on or before `through` (all when nullopt),
  // ordered by received_on, doc_no.
  virtual std::vector<SourceAmount> sources_received(const std::vector<std::string>& categories, int year,
                                                     std::optional<calendar::Date> through) = 0;
  // The same sources (received on or before `through`) in recording order, with their overrides.
  virtual std::vector<SourceOverride> source_overrides(const std::vector<std::string>& categories, int year,
                                                       const calendar::Date& through) = 0;
  // The year's sources of one category received on or before `through`, ordered by received_on,
  // doc_no; a source whose stored received_on is not a date is left out.
  virtual std::vector<SourceReceived> source_receipts(const std::string& category, int year,
                                                      const calendar::Date& through) = 0;
  // The category of the source `doc_no`; nullopt when there is no such source.
  virtual std::optional<std::string> source_category(const std::string& doc_no) = 0;
  // What was allocated from the source `doc_no` on or before `by` (0 when nothing).
  virtual Money allocated_from(const std::string& doc_no, const calendar::Date& by) = 0;

  // Payees and payments.
  // What the payee was paid from the earmark, net, in the fiscal year (nullopt: in all years).
  virtual Money payee_paid(const std::string& payee_id, const std::string& earmark,
                           std::optional<int> year) = 0;
  // Whether the household is in the register and registered (建档立卡).
  virtual bool household_registered(const std::string& household_id) = 0;
  // Net payments per disbursement entry to payees from the earmark dated on or before `through`, in
  // the fiscal year (nullopt: all years), ordered by date and entry.
  virtual std::vector<PayeePayment> payee_payments(const std::string& earmark, const calendar::Date& through,
                                                   std::optional<int> year) = 0;
  // The year's (nullopt: every year's) disbursements from the earmark dated on or before `through`,
  // by date and entry.
  virtual std::vector<EarmarkDisbursement> earmark_disbursements(const std::string& earmark,
                                                                 std::optional<int> year,
                                                                 const calendar::Date& through) = 0;
  // How many disbursements are recorded, all years together.
  virtual std::int64_t disbursement_count() = 0;

  // Flows of money from sources of a category (forbidden_use), by date and entry.
  // Allocations and transfers into earmarks (positive alloc flows) dated on or before `through`.
  virtual std::vector<CategoryEntryFlow> category_allocations(const std::string& category, int year,
                                                              const calendar::Date& through) = 0;
  // Disbursements' payments dated on or before `through`.
  virtual std::vector<CategoryEntryFlow> category_payments(const std::string& category, int year,
                                                           const calendar::Date& through) = 0;
  // Every lot of the year (nullopt: of every year) with what is left of it on `through`, ordered by
  // lot_date, lot; a lot whose stored lot_date is not a date is left out.
  virtual std::vector<LotLeft> lot_balances(std::optional<int> year, const calendar::Date& through) = 0;

  // The fiscal years that have a budget, a source or a flow, ascending.
  virtual std::vector<int> years_recorded() = 0;

  // Rules.
  // The codes of the source categories.
  virtual std::vector<std::string> category_codes() = 0;
  // The highest recorded version of the rule; nullopt when the id is new.
  virtual std::optional<StoredRule> latest_rule_version(const std::string& rule_id) = 0;
  // The highest version of every rule id, ordered by id: the rules in force.
  virtual std::vector<StoredRule> latest_rules() = 0;
};

}  // namespace fundledger::store
