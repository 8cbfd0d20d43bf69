// The banks' interest claims (贴息申请, issue 21): each bank states, per loan and period, the
// normal interest it charged and the penalty interest (罚息). fundledger records the claims
// (`import interest-claims`) and holds the computed subsidy to them: for a loan whose bank claimed
// in the window, the lower of the computed subsidy and the interest claimed is paid; penalty
// interest is never paid; every difference is listed.
#pragma once

#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/csv.hpp"
#include "ledger/ledger.hpp"
#include "loans/loans.hpp"
#include "store/repository.hpp"

namespace fundledger::loans {

struct ClaimsImportOptions {
  std::string operator_name = "unknown";
  std::string recorded_at;
  std::optional<std::string> sheet;  // of a workbook: the sheet to read, else its first
};

// Imports a claims CSV or workbook: every row or none. Refused at the row's cell: a loan not in the
// register, a bank other than the loan's, a period ending before it starts or before the loan began,
// a negative amount, a period overlapping another claim of the loan (recorded, or earlier in the
// file), a claim recorded with other figures. A row recorded already is skipped.
ledger::ImportReport import_interest_claims(store::Repository& repo, const std::string& path,
                                            const ClaimsImportOptions& opt);
const std::vector<ledger::ColumnDef>& claim_columns();

// One loan whose claim and computed subsidy differ, or whose bank claimed penalty interest.
struct ClaimDifference {
  const LoanSubsidy* subsidy = nullptr;  // null: the claim names a loan with no subsidy days here
  std::string loan_id, bank, household_id;
  Money computed, claimed, penalty, paid;
  // unclaimed: the bank claimed for others, not this loan; claim_lower: paid as claimed;
  // claim_higher: paid as computed; not_subsidised: claimed, but no day of the window earns subsidy;
  // penalty_only: the interest agrees, the penalty is not paid.
  std::string kind;
};

struct ClaimCheck {
  std::vector<std::string> banks;  // the banks with claims inside the window
  std::vector<ClaimDifference> differences;
  Money computed, claimed, penalty, paid;  // over those banks' loans
  // Claims of the loans that overlap the window without lying inside it: they cannot be compared
  // with the window's subsidy (the caller refuses the run).
  std::vector<entries::InterestClaim> crossing;
};

// Pure: holds `r` to the claims lying in its window. Each loan of a bank that claimed there is paid
// the lower of its computed subsidy and its claimed interest (nothing when not claimed); the
// households' subsidies and the total are the loans' again.
ClaimCheck hold_to_claims(SubsidyResult& r, const std::vector<Loan>& loans,
                          const std::vector<entries::InterestClaim>& claims);

}  // namespace fundledger::loans
