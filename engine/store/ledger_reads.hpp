// LedgerReads: what the ledger's write path, its balances and its invariant checks read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/entries.hpp"
#include "money/money.hpp"
#include "store/records.hpp"

namespace fundledger::store {

using calendar::Date;

struct CategoryRow {
  std::string code, name_zh, name_en;
};

struct Place {
  std::string town, village;
};

// One lot of an earmark (an allocation, or a transfer's new lot) and what is left in it.
struct LotRow {
  std::string lot, source_doc;
  Date lot_date;
  Money remaining;
};

// A dated change of a lot's money (the day's net).
struct LotChange {
  std::string lot;
  Date date;
  Money delta;
};

struct DatedAmount {
  Date date;
  Money amount;
};

// What a payment still holds in one lot: its pay flows net of earlier corrections.
struct PaymentLot {
  std::string lot;
  Date lot_date;
  std::string source_doc;
  int fiscal_year = 0;
  std::string earmark;
  Money net;
  std::optional<std::string> town, village, project, payee_id;
};

// The earmark line of a fiscal year, from the latest budget revision of that year.
struct EarmarkLineRow {
  int fiscal_year = 0;
  std::string code, name, purpose, attribution;  // attribution: the line's, else the budget's
  Money amount;
  bool remainder = false;
  bool open_ended = false;  // allocations may exceed the amount (control by line, issue 19)
};

// A source's or a budget line's classifications (预算科目, issue 19).
struct ClassifiedRow {
  int fiscal_year = 0;
  std::string key;  // the source's doc_no, or the line's earmark code
  entries::Classification classes;
};

// Balance rows: a key (and name) with the money the balance shows for it.
struct SourceBalanceRow {
  std::string key, name;
  Money amount, allocated, disbursed;
};
struct EarmarkFlowRow {
  int fiscal_year = 0;
  std::string earmark;
  Money allocated, disbursed;
};
struct PlaceBalanceRow {
  std::optional<std::string> key, name;
  Money allocated, disbursed;
};
enum class PlaceKey { town, village, project, payee };

// A lock or unlock of the ledger's periods (期间锁定), with its entry's header.
struct PeriodLockRow {
  std::int64_t entry_id = 0;
  Date date;                // the entry's effective date: the day it was locked or unlocked
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::PeriodLock lock;
};

// A freeze or unfreeze of quota (指标冻结), with its entry's header.
struct FreezeRow {
  std::int64_t entry_id = 0;
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::QuotaFreeze freeze;
};

// A quota operation (指标调剂 / 调减) and the budget revision it made.
struct QuotaOpRow {
  int fiscal_year = 0;
  int revision = 0;
  entries::QuotaOp op;
  std::optional<std::string> doc_no, reason;
};

// A reduction of a source (来源调减 / 结余收回), with its entry's header.
struct ReductionRow {
  std::int64_t entry_id = 0;
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::SourceReduction reduction;
};

// A settlement of an advance (核销), with its entry's header.
struct SettlementRow {
  std::int64_t entry_id = 0;
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::AdvanceSettlement settlement;
};

// A year end (年终结转) with what it carried, and its entry's header.
struct YearCloseRow {
  std::int64_t entry_id = 0;
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
  entries::YearClose close;
};

// Money into and out of the lots of one (fiscal year, source, earmark) over some months.
struct LotFlowRow {
  int fiscal_year = 0;
  std::string source_doc, earmark;
  Money allocated, paid;  // net: reversals and 调剂 counted
};

// One movement of money into or out of an earmark's lots (风险补偿金, issue 21): a voucher's net on a
// day from one source — kind "alloc" (into the lots) or "pay" (out; a recovery is negative).
struct EarmarkMovementRow {
  std::string kind, voucher;
  Date date;
  std::string source_doc, category;  // the source's category
  Money amount;
};

class LedgerReads {
 public:
  virtual ~LedgerReads() = default;

  // Every entry of the journal in order, typed, with its child rows (flows, budget lines).
  virtual void for_each_entry(
      const std::function<void(std::int64_t id, const entries::Entry& entry)>& fn) = 0;
  // How many entries of a kind ("disbursement", "allocation", ...) the journal holds.
  virtual std::int64_t count_entries(const std::string& kind) = 0;

  // ---- register and documents ----
  virtual std::vector<CategoryRow> categories() = 0;  // in display order
  virtual std::optional<entries::Source> find_source(const std::string& doc_no) = 0;
  virtual Money source_allocated(const std::string& doc_no) = 0;  // net alloc flows from it, ever
  // Net alloc flows from a source per date, as negative amounts (what each day took from it).
  virtual std::vector<DatedAmount> source_allocation_changes(const std::string& doc_no) = 0;
  virtual std::optional<entries::Household> find_household(const std::string& household_id) = 0;
  virtual std::optional<Place> household_place(const std::string& household_id) = 0;
  // Count of households and the bytes of their ids; then every (id, town, village) by id.
  virtual std::pair<std::size_t, std::size_t> household_register_size() = 0;
  virtual void for_each_household_place(
      const std::function<void(const std::string& id, const std::string& town, const std::string& village)>&
          fn) = 0;

  // ---- budgets and earmarks ----
  virtual std::optional<entries::Budget> latest_budget(int fiscal_year) = 0;  // with its lines
  virtual std::vector<EarmarkLineRow> earmark_lines(std::optional<int> fiscal_year) = 0;
  virtual std::vector<LotRow> earmark_lots(int fiscal_year,
                                           const std::string& earmark) = 0;  // by (lot_date, lot)
  virtual std::vector<LotChange> earmark_lot_changes(int fiscal_year, const std::string& earmark) = 0;
  // Net allocations to an earmark, ever: its alloc flows (reversals and 调剂 counted).
  virtual Money earmark_allocated(int fiscal_year, const std::string& earmark) = 0;

  // ---- closed periods ----
  // Every lock and unlock of the ledger's periods, oldest first (ledger/periods.hpp reads the one
  // in force from them).
  virtual std::vector<PeriodLockRow> period_locks() = 0;

  // ---- freezes of quota ----
  // Every freeze and unfreeze, oldest first; of one freeze when `freeze_id` is given.
  virtual std::vector<FreezeRow> quota_freezes(const std::optional<std::string>& freeze_id) = 0;
  // A source's freezes (negative) and unfreezes (positive), net per date.
  virtual std::vector<DatedAmount> source_freeze_changes(const std::string& doc_no) = 0;
  // What is frozen of a budget line, net, ever.
  virtual Money line_frozen(int fiscal_year, const std::string& earmark) = 0;

  // ---- reductions of sources ----
  // Every reduction of a source, oldest first; the one with `reduction_id` when given.
  virtual std::vector<ReductionRow> source_reductions(const std::optional<std::string>& reduction_id) = 0;
  // A source's reductions (negative), net per date.
  virtual std::vector<DatedAmount> source_reduction_changes(const std::string& doc_no) = 0;

  // ---- advances and their settlement (预拨 / 核销) ----
  // Every settlement, oldest first; the one with `settle_id` when given.
  virtual std::vector<SettlementRow> advance_settlements(const std::optional<std::string>& settle_id) = 0;
  // What a source gave to settle advances (negative), net per date.
  virtual std::vector<DatedAmount> source_settlement_changes(const std::string& doc_no) = 0;

  // ---- the year end ----
  // Every year end, oldest first, each with its carry-over rows.
  virtual std::vector<YearCloseRow> year_closes() = 0;
  // Per (fiscal year, source, earmark) with any flow: what came into its lots and went out, in the
  // months after `after_month` (all before, when not given) up to `through_month` (YYYY-MM).
  virtual std::vector<LotFlowRow> lot_flows(const std::optional<std::string>& after_month,
                                            const std::string& through_month) = 0;
  // The recalls (结余收回) of what the close of `closed_year` marked for recall, oldest first, each
  // with the flows that took money back out of earmarks' lots (their ids start `recall_prefix`).
  virtual std::vector<ReductionRow> recalls(const std::string& recall_prefix) = 0;

  // ---- classifications (预算科目) ----
  // Every code the bureau added to the shipped tables (import classes), by scheme and code.
  virtual std::vector<entries::ClassCode> class_codes() = 0;
  // Every source's classifications, by document.
  virtual std::vector<ClassifiedRow> classified_sources() = 0;
  // The classifications of the lines of each year's latest budget revision (of one year, when given).
  virtual std::vector<ClassifiedRow> classified_lines(std::optional<int> fiscal_year) = 0;

  // ---- the risk compensation fund (风险补偿金) ----
  // Every compensation and recovery on a loan (loan_compensation), by date, then comp_id.
  virtual std::vector<entries::LoanCompensation> loan_compensations() = 0;
  // The movements of the lots of `earmark` (every fiscal year) dated on or before `as_of`, by date,
  // then voucher.
  virtual std::vector<EarmarkMovementRow> earmark_movements(const std::string& earmark,
                                                            const Date& as_of) = 0;

  // ---- quota operations ----
  // Every transfer and reduction of quota (of one fiscal year, when given), by year and revision.
  virtual std::vector<QuotaOpRow> quota_ops(std::optional<int> fiscal_year) = 0;

  // ---- recorded entries by key (their flows not loaded) ----
  // A hint before a batch of rows is applied: asks in one query which of these vouchers `table`
  // (allocation, disbursement or correction) holds, so that find_* of a voucher that is not there
  // needs no query of its own (on a server, a round trip per row). Answers stay exact: only the
  // vouchers found absent are remembered, each for its first lookup, and a voucher this import
  // has written but not yet stored is stored before the question is asked.
  virtual void expect_vouchers(const char* table, const std::vector<std::string>& vouchers) = 0;
  virtual std::optional<entries::Allocation> find_allocation(const std::string& voucher) = 0;
  virtual std::optional<entries::Disbursement> find_disbursement(const std::string& voucher) = 0;
  virtual std::optional<entries::Correction> find_correction(const std::string& voucher) = 0;
  // A payment's lots, in the order it drew on them, each net of the corrections recorded so far.
  virtual std::vector<PaymentLot> payment_lots(const std::string& voucher) = 0;

  // ---- balances as of a date (YYYY-MM-DD inclusive) ----
  virtual std::vector<SourceBalanceRow> balance_by_source(bool by_category, std::optional<int> year,
                                                          const Date& as_of) = 0;
  virtual std::vector<EarmarkFlowRow> earmark_flows(std::optional<int> year, const Date& as_of) = 0;
  virtual std::vector<PlaceBalanceRow> balance_by_place(PlaceKey key, std::optional<int> year,
                                                        const Date& as_of) = 0;

  // ---- derived data (verify recounts it from the flows: ledger/running_totals_check.hpp) ----
  // Every stored running total of `table` (first_entry 0; fiscal_year 0 for source_day).
  virtual void for_each_running_total(TotalTable table,
                                      const std::function<void(const RunningTotal&)>& f) = 0;
};

}  // namespace fundledger::store
