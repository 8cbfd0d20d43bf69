// AuditReads on SQLite: the checks' reads in sqlite_audit_reads.cpp, the traces' in sqlite_trace_reads.cpp.
#pragma once

#include "store/audit_reads.hpp"
#include "store/sqlite/db.hpp"
#include "store/sqlite/read_helpers.hpp"

namespace fundledger::store {

class SqliteAuditReads final : public AuditReads {
 public:
  explicit SqliteAuditReads(Db& db) : db_(db) {}

  std::vector<NetPayment> payments_net_of_corrections(const calendar::Date& as_of,
                                                      std::optional<int> year) override;
  std::vector<HouseholdIdNumber> households_with_id_number() override;
  std::vector<HouseholdRegistration> household_registrations() override;
  void for_each_category_flow(const std::string& category, const calendar::Date& as_of,
                              std::optional<int> year,
                              const std::function<void(const CategoryFlow&)>& fn) override;
  bool entry_overridden(std::int64_t entry_id) override;
  std::vector<std::pair<std::string, std::string>> line_overrides(int fiscal_year,
                                                                  const std::string& earmark) override;
  std::vector<LotBalance> lot_balances(const calendar::Date& as_of, std::optional<int> year) override;
  std::vector<SourceReceipt> sources_of_category(const std::string& category,
                                                 std::optional<int> year) override;
  Money allocated_from_source_by(const std::string& doc_no, const calendar::Date& by) override;

  std::optional<PaymentRecord> payment(const std::string& voucher) override;
  std::vector<PaymentLotFlow> payment_lot_flows(const std::string& voucher) override;
  std::vector<PaymentCorrection> payment_corrections(const std::string& voucher) override;
  std::optional<SourceTotals> source_totals(const std::string& doc_no) override;
  void for_each_source_lot(const std::string& doc_no,
                           const std::function<void(const SourceLot&)>& fn) override;
  void for_each_source_payment(const std::string& doc_no,
                               const std::function<void(const SourcePayment&)>& fn) override;

 private:
  Db& db_;
  // Look-ups made once per row of another read.
  CachedStmt entry_overridden_, allocated_by_;
};

}  // namespace fundledger::store
