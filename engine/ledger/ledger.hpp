// engine/ledger — the fund-flow model: sources, households, budgets and earmarks, allocations,
// disbursements and corrections; its invariants; and the attribution of every payment to the
// sources that paid it.
//
// Pipeline of an import (beancount-style, visible): read (read.hpp: file -> typed entries) ->
// order (order.hpp: date order, spilled when large) -> apply (apply.hpp: state, invariants,
// attribution, rules gate) -> write (write.hpp: journal, running totals), in one run (run.hpp). All
// diagnostics of a file are collected; if any is an error the transaction is rolled back and InputError is
// thrown, so a rejected import writes nothing.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/entries.hpp"
#include "ledger/attribute.hpp"
#include "ledger/diagnostics.hpp"
#include "ledger/run.hpp"
#include "money/money.hpp"
#include "store/ledger_reads.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

using calendar::Date;

enum class ImportKind {
  sources,
  households,
  budget,
  allocations,
  disbursements,
  corrections,
  contracts,
  classes
};
std::optional<ImportKind> parse_import_kind(std::string_view s);
const char* to_string(ImportKind k);

// A payment about to be recorded, with its attribution, as the rules gate sees it.
struct Attribution {
  std::string lot;         // allocation voucher whose money is spent
  std::string source_doc;  // 文号 of the source
  std::string lot_date;
  Money amount;
};

struct PendingDisbursement {
  std::string file;
  long line = 0;
  std::string voucher, date, earmark, payee_id, payee_name, payee_kind;
  std::optional<std::string> town, village, project, source_doc;
  int fiscal_year = 0;
  Money amount;
  std::string purpose;  // of the earmark line
  std::vector<Attribution> attribution;
};

struct PendingAllocation {
  std::string file;
  long line = 0;
  std::string voucher, date, source_doc, earmark, category;
  std::optional<std::string> town, project;
  int fiscal_year = 0;
  Money amount;
  std::string purpose;
};

struct PendingBudget {
  std::string file;
  int fiscal_year = 0;
  std::string code, funded_by;
  Money total;
  struct Line {
    std::string code, name, purpose;
    Money amount;
    bool remainder = false;
  };
  std::vector<Line> lines;
};

struct PendingSource {
  std::string file;
  long line = 0;
  std::string doc_no, category;
  int fiscal_year = 0;
  Money amount;
};

// A rule that blocks an entry: message says which rule, its note and the numbers.
struct GateFinding {
  std::string rule_id;
  std::string message;
};

// The rules gate: engine/rules implements it; the ledger calls it for each new entry, inside the
// import's transaction, after the entry's invariants hold and before it is written. Findings are
// errors unless the import carries an override reason (then they are recorded with the entry).
class ImportGate {
 public:
  virtual ~ImportGate() = default;
  virtual std::vector<GateFinding> on_source(const PendingSource&) { return {}; }
  virtual std::vector<GateFinding> on_budget(const PendingBudget&) { return {}; }
  virtual std::vector<GateFinding> on_allocation(const PendingAllocation&) { return {}; }
  virtual std::vector<GateFinding> on_disbursement(const PendingDisbursement&) { return {}; }
  // False when no rule could find anything in a payment: the import then builds no
  // PendingDisbursement per payment (a million payments' worth of copies).
  [[nodiscard]] virtual bool judges_disbursements() const { return true; }
};

struct ImportOptions {
  std::string operator_name = "unknown";
  std::string recorded_at;  // ISO 8601 timestamp supplied by the caller (the engine reads no clock)
  std::optional<std::string> override_reason;
  ImportGate* gate = nullptr;
  std::optional<std::string> sheet;  // of a workbook (.xlsx, .xls): the sheet to read, else its first
};

// Imports one file. Throws InputError (nothing written) on bad data, store::StoreError on
// environment failures (nothing written either: the transaction is rolled back).
ImportReport import_file(store::Repository& repo, ImportKind kind, const std::string& path,
                         const ImportOptions& opt);

// Posts entries that were never in a file (payments the engine computed, say) through the same
// pipeline as an import: the same invariants, attribution, rules gate and idempotency, all or
// nothing. `description` names them in messages and in the import's record. Entries are applied
// in date order (by received_on or date; households and budgets, undated, first). Loans and rules are not
// ledger entries (engine/loans and engine/rules post them).
ImportReport post(store::Repository& repo, const std::string& description, std::vector<entries::Body> entries,
                  const ImportOptions& opt);

// The earmark lines of a fiscal year (or all years), from the latest budget revision of each year.
using EarmarkLine = store::EarmarkLineRow;
std::vector<EarmarkLine> earmark_lines(store::Repository& repo, std::optional<int> fiscal_year);

// Checks the ledger's invariants over stored data (no source over-allocated, no lot overspent,
// every payment's attribution sums to it, budget lines sum to totals, the running totals agree
// with the flows). Empty when all hold. Sorted by entry, smallest first (those without an entry
// last), so that the front is the first bad entry of the ledger.
struct InvariantViolation {
  // The first entry at which the invariant is broken: the entry of the source, payment,
  // allocation or budget; for a lot, the entry after which its balance first went negative; for a
  // running total, the first entry whose flows feed it. None for a total that no flow feeds.
  std::optional<std::int64_t> entry_id;
  std::string message;
};
std::vector<InvariantViolation> check_invariants(store::Repository& repo);

}  // namespace fundledger::ledger
