// The apply stage: checks each entry against the ledger — its invariants (ledger/invariants.hpp),
// then the rules gate — completes it (attribution fills a payment's flows; a reversal's amount),
// writes it through the run and updates the ledger state, so the next entry sees it.
//
// An entry already recorded under its key with the same fields is skipped; with other fields it
// is an error (a recorded entry is never changed — corrections are entries of their own).
#pragma once

#include <unordered_map>

#include "ledger/asset_payouts.hpp"
#include "ledger/commitments.hpp"
#include "ledger/ledger.hpp"
#include "ledger/read.hpp"
#include "ledger/run.hpp"
#include "ledger/state.hpp"

namespace fundledger::ledger {

class Applier {
 public:
  Applier(store::Repository& repo, ImportRun& run, ImportGate* gate,
          const std::optional<std::string>& override_reason)
      : reads_(repo.ledger()),
        projects_(repo.projects()),
        commitments_(repo.projects()),
        assets_(repo.projects()),
        run_(run),
        state_(repo.ledger()),
        gate_(gate),
        override_reason_(override_reason) {}

  void source(Parsed<entries::Source>& p);
  void household(Parsed<entries::Household>& p, const Date& recorded_on);
  // A classification code the bureau adds (科目编码), recorded on the day of the import.
  void class_code(Parsed<entries::ClassCode>& p, const Date& recorded_on);
  void budget(entries::Budget& b);
  void allocation(Parsed<entries::Allocation>& p);
  void disbursement(Parsed<entries::Disbursement>& p);
  void correction(Parsed<entries::Correction>& p);
  void contract(Parsed<entries::Contract>& p);
  void contract_end(Parsed<entries::ContractEnd>& p);
  // 指标冻结 / 解冻 (apply_freezes.cpp): a freeze takes money not yet allocated out of reach (a
  // percent is of what is available on its date); an unfreeze gives back some or all of a freeze
  // (an amount of zero: all it still holds).
  void quota_freeze(Parsed<entries::QuotaFreeze>& p);
  // 来源调减 / 结余收回 (apply_reductions.cpp): takes money a source has not allocated off it for
  // good from the reduction's date.
  void source_reduction(Parsed<entries::SourceReduction>& p);
  // 结余收回 (apply_recall.cpp): a reduction of kind "recall" is a request — its fiscal_year the
  // closed year, its date, doc_no and reason — recorded as one recall per source of what that
  // close marked for recall and is still unused.
  void recall(Parsed<entries::SourceReduction>& p);
  // 核销 (apply_advances.cpp): a later source's money settles an advance (预拨) — at most what the
  // advance still has outstanding, and only money the source has not allocated, as of the date on.
  void advance_settlement(Parsed<entries::AdvanceSettlement>& p);
  // 风险补偿 (apply_compensation.cpp): a compensation or recovery on a loan, held to the payment or
  // recovery posted with it that moves the fund's share (engine/loans works the shares out).
  void loan_compensation(Parsed<entries::LoanCompensation>& p);
  // 年终结转 (apply_year_end.cpp): closes a fiscal year once, after its end and with its last day
  // locked, recording what it carries (year_end.hpp works it out).
  void year_close(Parsed<entries::YearClose>& p);
  // 指标调剂 / 调减 (apply_quota.cpp): `b` names the year, its quota_* fields the operation, doc_no
  // and reason why; on success it becomes the revision recorded (the latest with the change made).
  void quota_op(entries::Budget& b);

 private:
  // true when `recorded` exists: the same (skipped) or not (an error naming the fields). A key met
  // twice in this file is said to be so, both lines named: skipped with a warning when the rows are
  // the same, else an error (not "already in the ledger", which it was only from this file).
  template <class T>
  bool recorded_already(long line, const char* what, const std::string& key, const std::optional<T>& recorded,
                        const T& here);
  // Passes the rules gate's findings: true if none, or overridden (then `override_out` is set).
  bool gate(const std::vector<GateFinding>& findings, long line, std::optional<std::string>& override_out);
  // Control by line: `amount` more fits the earmark's budget line, or the import overrides it
  // (then `override_out` is set and a warning says so); false after an error. Counts it when true.
  bool line_allows(long line, const std::string& voucher, EarmarkState& e, const Money& amount,
                   std::optional<std::string>& override_out);
  // A budget revision keeps each line at or above what its earmark is allocated (or is overridden).
  bool revision_allows(const entries::Budget& b, std::optional<std::string>& override_out);
  std::optional<entries::Budget> quota_revision(const entries::Budget& latest, const entries::QuotaOp& op);
  // The recall of one source's marked rows (none when nothing of them is left); takes what it
  // recalls out of the lots and the source.
  std::optional<entries::SourceReduction> recall_of_source(const entries::SourceReduction& request,
                                                           const std::string& doc,
                                                           const std::vector<entries::Carryover>& rows);
  void take_back_from_lots(entries::SourceReduction& r, const entries::Carryover& row, SourceInfo& s,
                           const Date& year_end);
  void freeze(Parsed<entries::QuotaFreeze>& p);
  void unfreeze(Parsed<entries::QuotaFreeze>& p);
  // What a freeze may take: a source's unallocated money on the date, a line's unallocated quota.
  std::optional<Money> freezable(long line, const entries::QuotaFreeze& q);
  void reverse_payment(Parsed<entries::Correction>& p, const entries::Disbursement& payment);
  void reverse_allocation(Parsed<entries::Correction>& p, const entries::Allocation& allocation);
  void transfer(Parsed<entries::Correction>& p, const std::optional<entries::Allocation>& allocation);
  void error(long line, const std::string& msg) { run_.error(line, msg); }
  // A payment naming a contract: the contract's checks (its project filled in when the payment
  // names none); false after an error.
  bool contract_allows(long line, entries::Disbursement& d);
  // A payment naming no contract: the earmark's committed money is kept for its contracts.
  bool leaves_committed(long line, const entries::Disbursement& d, const EarmarkState& e);
  bool names_project(const std::string& named, const std::string& project_id);
  // A payment naming an asset pays out its income (ledger/asset_payouts.hpp); false after an error.
  bool asset_allows(long line, const entries::Disbursement& d);
  // What is recorded right after a payment: its draw on a contract, its payout of an asset's income.
  struct Companions {
    std::string voucher;
    Date date;
    Money amount;
    entries::Text contract, asset;
  };
  void write_companions(const Companions& c);
  // What the earmark has on `on` that no contract commits.
  Money uncommitted(const EarmarkState& e, int fiscal_year, const Date& on);
  // The line a key of a kind was first met on in this file (kind and key joined by \x1f).
  bool twice_in_file(long line, const char* what, const std::string& key, bool same);

  store::LedgerReads& reads_;
  store::ProjectReads& projects_;
  Commitments commitments_;
  AssetPayouts assets_;
  ImportRun& run_;
  LedgerState state_;
  ImportGate* gate_;
  std::optional<std::string> override_reason_;
  std::unordered_map<std::string, long> first_line_;
};

}  // namespace fundledger::ledger
