// LedgerReads on SQLite.
#pragma once

#include <functional>
#include <memory>
#include <unordered_set>

#include "store/ledger_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteLedgerReads final : public LedgerReads {
 public:
  // `before_key_read` is called with an entry's key before it is looked up (the repository writes
  // batched rows of that key first).
  SqliteLedgerReads(Db& db, std::function<void(const std::string&)> before_key_read)
      : db_(db), before_key_read_(std::move(before_key_read)) {}

  void for_each_entry(const std::function<void(std::int64_t, const entries::Entry&)>& fn) override;
  std::int64_t count_entries(const std::string& kind) override;
  std::vector<CategoryRow> categories() override;
  std::optional<entries::Source> find_source(const std::string& doc_no) override;
  Money source_allocated(const std::string& doc_no) override;
  std::vector<DatedAmount> source_allocation_changes(const std::string& doc_no) override;
  Money earmark_allocated(int fiscal_year, const std::string& earmark) override;
  std::vector<PeriodLockRow> period_locks() override;
  std::vector<FreezeRow> quota_freezes(const std::optional<std::string>& freeze_id) override;
  std::vector<QuotaOpRow> quota_ops(std::optional<int> fiscal_year) override;
  std::vector<DatedAmount> source_freeze_changes(const std::string& doc_no) override;
  Money line_frozen(int fiscal_year, const std::string& earmark) override;
  std::vector<ReductionRow> source_reductions(const std::optional<std::string>& reduction_id) override;
  std::vector<DatedAmount> source_reduction_changes(const std::string& doc_no) override;
  std::vector<SettlementRow> advance_settlements(const std::optional<std::string>& settle_id) override;
  std::vector<DatedAmount> source_settlement_changes(const std::string& doc_no) override;
  std::vector<YearCloseRow> year_closes() override;
  std::vector<ReductionRow> recalls(const std::string& recall_prefix) override;
  std::vector<LotFlowRow> lot_flows(const std::optional<std::string>& after_month,
                                    const std::string& through_month) override;
  std::vector<entries::ClassCode> class_codes() override;
  std::vector<entries::LoanCompensation> loan_compensations() override;
  std::vector<EarmarkMovementRow> earmark_movements(const std::string& earmark, const Date& as_of) override;
  std::vector<ClassifiedRow> classified_sources() override;
  std::vector<ClassifiedRow> classified_lines(std::optional<int> fiscal_year) override;
  std::optional<entries::Household> find_household(const std::string& household_id) override;
  std::optional<Place> household_place(const std::string& household_id) override;
  std::pair<std::size_t, std::size_t> household_register_size() override;
  void for_each_household_place(
      const std::function<void(const std::string&, const std::string&, const std::string&)>& fn) override;

  std::optional<entries::Budget> latest_budget(int fiscal_year) override;
  std::vector<EarmarkLineRow> earmark_lines(std::optional<int> fiscal_year) override;
  std::vector<LotRow> earmark_lots(int fiscal_year, const std::string& earmark) override;
  std::vector<LotChange> earmark_lot_changes(int fiscal_year, const std::string& earmark) override;

  void expect_vouchers(const char* table, const std::vector<std::string>& vouchers) override;
  std::optional<entries::Allocation> find_allocation(const std::string& voucher) override;
  std::optional<entries::Disbursement> find_disbursement(const std::string& voucher) override;
  std::optional<entries::Correction> find_correction(const std::string& voucher) override;
  std::vector<PaymentLot> payment_lots(const std::string& voucher) override;

  std::vector<SourceBalanceRow> balance_by_source(bool by_category, std::optional<int> year,
                                                  const Date& as_of) override;
  std::vector<EarmarkFlowRow> earmark_flows(std::optional<int> year, const Date& as_of) override;
  std::vector<PlaceBalanceRow> balance_by_place(PlaceKey key, std::optional<int> year,
                                                const Date& as_of) override;

  void for_each_running_total(TotalTable table, const std::function<void(const RunningTotal&)>& f) override;

 private:
  // A prepared statement kept for reuse (lookups run once per imported row).
  Stmt& cached(std::unique_ptr<Stmt>& slot, const std::string& sql);
  template <class T>
  std::optional<T> find_by_key(std::unique_ptr<Stmt>& slot, const char* table, const char* key_col,
                               const std::string& key);

  // Whether expect_vouchers found the voucher absent (and forgets it: the next lookup asks).
  bool known_absent(const char* table, const std::string& voucher);

  Db& db_;
  std::function<void(const std::string&)> before_key_read_;
  std::unordered_set<std::string> absent_;  // table '\x1f' voucher
  std::unique_ptr<Stmt> find_source_, find_household_, household_place_, find_allocation_, find_disbursement_,
      find_correction_, payment_lots_;
};

}  // namespace fundledger::store
