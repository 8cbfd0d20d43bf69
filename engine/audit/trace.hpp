// engine/audit — trace: the lineage of one payment, and where one source document's money went.
//
// Both read the stored attribution (table `flow`), never recompute it. Reversals (冲销) and
// recoveries (收回) are folded into the payment they correct, so a trace shows net amounts.
// trace_source streams: rows are handed to the caller as SQLite produces them.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::audit {

struct TraceLot {
  std::string lot, lot_date;  // the allocation voucher (or transfer lot VOUCHER#n) and its date
  Money amount;
};
struct TraceSource {
  std::string doc_no, category;
  Money amount;
  std::vector<TraceLot> lots;
};
struct TraceCorrection {
  std::string voucher, date, kind, reason;
  Money amount;  // negative: given back
};
struct VoucherTrace {
  std::string voucher, date, earmark, payee_id, payee_name, payee_kind, town, village, project;
  int fiscal_year = 0;
  Money gross;   // as paid
  Money amount;  // net of corrections; == sum of sources
  std::vector<TraceSource> sources;
  std::vector<TraceCorrection> corrections;
};
// nullopt when no payment has that voucher.
std::optional<VoucherTrace> trace_voucher(store::Repository& repo, const std::string& voucher);

struct SourceHead {
  std::string doc_no, category, name, received_on;
  int fiscal_year = 0;
  Money amount, allocated, disbursed;  // allocated and disbursed net, from the flows
  // Its reductions (来源调减) and recalls (结余收回), oldest first, and what they took in all.
  std::vector<entries::SourceReduction> reductions;
  Money reduced;
  // The settlements of advances (核销预拨) it takes part in — as the source that settled, or as the
  // advance settled — oldest first; and what it gave, as the settling source, in all.
  std::vector<entries::AdvanceSettlement> settlements;
  Money settled;
};
std::optional<SourceHead> source_head(store::Repository& repo, const std::string& doc_no);

struct AllocatedRow {
  std::string voucher, date, earmark, town, project;  // voucher: the lot
  int fiscal_year = 0;
  Money amount;
};
struct DisbursedRow {
  std::string voucher, date, earmark, payee_id, payee_name, town, village;
  int fiscal_year = 0;
  Money amount;  // the part of the payment this source paid, net
};
// Streams the lots the source's money went into, in the order they were recorded.
void for_each_allocated(store::Repository& repo, const std::string& doc_no,
                        const std::function<void(const AllocatedRow&)>& fn);
// Streams the payments the source's money paid (via attribution), in the order recorded.
void for_each_disbursed(store::Repository& repo, const std::string& doc_no,
                        const std::function<void(const DisbursedRow&)>& fn);

// trace --source --by town|payee|earmark.
struct SummaryRow {
  std::string key, name;
  Money allocated, disbursed;
  long payments = 0;
};
std::vector<SummaryRow> summarize_source(store::Repository& repo, const std::string& doc_no,
                                         const std::string& by);

}  // namespace fundledger::audit
