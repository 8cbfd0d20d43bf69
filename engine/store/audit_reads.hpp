// AuditReads: what the audit checks and the traces read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "money/money.hpp"

namespace fundledger::store {

// --- the audit checks ---------------------------------------------------------------------------

// A payment as of a date, net of the reversals (冲销) and recoveries (收回) recorded by then.
struct NetPayment {
  std::string voucher;
  calendar::Date date;
  std::string earmark, payee_id, payee_name, payee_kind, town, village;  // town, village: "" when none
  int fiscal_year = 0;
  Money amount;             // net
  bool overridden = false;  // the payment's entry carries an override reason
};

// A household's ID number (trimmed) with the household it is registered under.
struct HouseholdIdNumber {
  std::string household_id, head_name, id_number;
};

// A household and whether it is in the 建档立卡 register.
struct HouseholdRegistration {
  std::string household_id;
  bool registered = false;
};

// Money of one source category that went into one earmark: an allocation (or a transfer's lot) or a
// payment, with the reversals and recoveries of it folded in.
struct CategoryFlow {
  std::string kind;     // "alloc" or "pay"
  std::string voucher;  // the allocation or payment (a correction is folded into what it corrects)
  int fiscal_year = 0;
  std::string earmark, source_doc;
  Money amount;                     // net
  std::int64_t first_entry_id = 0;  // the entry that recorded it first
  std::string payee_id;             // the payment's payee; "" for an allocation
};

// What one lot (the money one allocation brought into an earmark) received and paid out.
struct LotBalance {
  int fiscal_year = 0;
  std::string earmark, lot;
  calendar::Date lot_date;
  std::string source_doc;
  Money allocated, paid;
  std::optional<std::string> town;  // the allocation's town, if it names one
  bool overridden = false;          // the allocation's entry carries an override reason
  calendar::Date last_moved;  // the latest of its flows' dates (allocation, payment, correction, transfer)
};

// A source document as received.
struct SourceReceipt {
  std::string doc_no;
  int fiscal_year = 0;
  Money amount;
  calendar::Date received_on;
};

// --- the traces ---------------------------------------------------------------------------------

// A payment (disbursement) as recorded, before corrections; town, village, project "" when none.
struct PaymentRecord {
  std::string voucher;
  calendar::Date date;
  int fiscal_year = 0;
  std::string earmark;
  Money amount;  // gross
  std::string payee_id, payee_name, payee_kind, town, village, project;
};

// The part of a payment one lot of one source paid, net of the corrections of the payment.
struct PaymentLotFlow {
  std::string source_doc, category;  // category "" when the source is not recorded
  std::string lot;
  calendar::Date lot_date;
  Money amount;
};

// A reversal or recovery of a payment, with the money it gave back (negative).
struct PaymentCorrection {
  std::string voucher;
  calendar::Date date;
  std::string kind, reason;  // kind "reversal" or "recovery"
  Money amount;
};

// A source document with what its flows allocated and disbursed, net.
struct SourceTotals {
  std::string doc_no, category, name;
  calendar::Date received_on;
  int fiscal_year = 0;
  Money amount, allocated, disbursed;
};

// One lot of one earmark a source's money went into, net of reversals and transfers out.
struct SourceLot {
  std::string lot;
  calendar::Date lot_date;
  int fiscal_year = 0;
  std::string earmark;
  Money amount;
  std::string town, project;  // the allocation's; "" when none (or for a transfer's lot)
};

// A payment a source's money paid (via attribution), net of the payment's corrections.
struct SourcePayment {
  std::string voucher;
  calendar::Date date;
  int fiscal_year = 0;
  std::string earmark, payee_id, payee_name, town, village;  // town, village: "" when none
  Money amount;
};

class AuditReads {
 public:
  virtual ~AuditReads() = default;

  // --- the audit checks ---
  // Payments dated by `as_of` (of `year` if given), net of corrections dated by then; by date, voucher.
  virtual std::vector<NetPayment> payments_net_of_corrections(const calendar::Date& as_of,
                                                              std::optional<int> year) = 0;
  // Households with a non-blank ID number (trimmed), by household id.
  virtual std::vector<HouseholdIdNumber> households_with_id_number() = 0;
  // Every household's registration flag.
  virtual std::vector<HouseholdRegistration> household_registrations() = 0;
  // Streams the net flows of `category`'s sources dated by `as_of` (of `year` if given), in recorded order.
  virtual void for_each_category_flow(const std::string& category, const calendar::Date& as_of,
                                      std::optional<int> year,
                                      const std::function<void(const CategoryFlow&)>& fn) = 0;
  // Whether entry `entry_id` carries an override reason (false when there is no such entry).
  virtual bool entry_overridden(std::int64_t entry_id) = 0;
  // The entries that brought money into an earmark under an override (control by line): each
  // allocation or 调剂 voucher with its reason, by entry.
  virtual std::vector<std::pair<std::string, std::string>> line_overrides(int fiscal_year,
                                                                          const std::string& earmark) = 0;
  // Each lot allocated by `as_of` (of `year` if given) with its flows dated by then, and the date of the
  // latest of them; by lot date, lot.
  virtual std::vector<LotBalance> lot_balances(const calendar::Date& as_of, std::optional<int> year) = 0;
  // Sources of `category` (of `year` if given), by date received, document number.
  virtual std::vector<SourceReceipt> sources_of_category(const std::string& category,
                                                         std::optional<int> year) = 0;
  // Net amount allocated from source `doc_no` by flows dated on or before `by` (transfers cancel out).
  virtual Money allocated_from_source_by(const std::string& doc_no, const calendar::Date& by) = 0;

  // --- the traces ---
  // The payment recorded under `voucher`, or nullopt.
  virtual std::optional<PaymentRecord> payment(const std::string& voucher) = 0;
  // The payment's and its reversals' and recoveries' flows, per source and lot; in recorded order.
  virtual std::vector<PaymentLotFlow> payment_lot_flows(const std::string& voucher) = 0;
  // The reversals and recoveries of the payment with the money each gave back; by date, voucher.
  virtual std::vector<PaymentCorrection> payment_corrections(const std::string& voucher) = 0;
  // The source recorded under `doc_no` with its net allocated and disbursed money, or nullopt.
  virtual std::optional<SourceTotals> source_totals(const std::string& doc_no) = 0;
  // Streams the lots the source's money went into, per fiscal year, earmark and lot; in recorded order.
  virtual void for_each_source_lot(const std::string& doc_no,
                                   const std::function<void(const SourceLot&)>& fn) = 0;
  // Streams the payments the source's money paid, corrections folded in; in recorded order.
  virtual void for_each_source_payment(const std::string& doc_no,
                                       const std::function<void(const SourcePayment&)>& fn) = 0;
};

}  // namespace fundledger::store
