// engine/loans — loans to households (5321 housing loans, 扶贫小额信贷 micro-credit, 政策性 policy
// loans), their status, and the interest subsidy (贴息) the bureau pays on them.
//
// A loan is recorded once with its terms; later rows for the same loan_id that add a status date
// (overdue_since 逾期, repaid_on 结清, written_off_on 核销) are new journal entries (version 2, 3, …).
// Nothing is edited. The subsidy is computed exactly (Rational) and rounded once, half-up, to the
// fen per loan; the per-household cap is then applied per product and split back over the loans
// by the largest-remainder method, so every figure adds up.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "ledger/csv.hpp"
#include "ledger/ledger.hpp"
#include "loans/settlement.hpp"
#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::loans {

using calendar::Date;
using calendar::DayCount;

// The parameters of a product's loan_terms rule in force in a year. Absent fields do not limit.
struct ProductTerms {
  std::string rule_id;  // the rule they come from ("" when given on the command line)
  std::string severity = "error";
  std::optional<Money> principal_max;
  std::optional<long> term_months_max;
  std::optional<Money> subsidised_principal_max;   // principal above it earns no subsidy at all
  std::optional<Rational> subsidy_rate_max;        // the rate subsidised is capped at this
  std::optional<Money> subsidy_max_per_household;  // per household and year, for this product
};
// Who knows the terms: (product, year) -> terms, or nullopt when no rule applies.
using TermsLookup = std::function<std::optional<ProductTerms>(const std::string& product, int year)>;

// The current state of one loan (its highest version).
struct Loan {
  std::string loan_id, household_id, product, bank, purpose;
  int version = 1;
  Money principal;
  Rational annual_rate;
  std::string annual_rate_text;  // exact decimal as stored: "0.0435"
  Date start_date;
  int term_months = 0;
  std::optional<Date> overdue_since, repaid_on, written_off_on;
  std::optional<Date> extended_to;       // 展期至: the maturity an extension moved it to
  std::string town, village, head_name;  // from the household register

  // start_date + term_months, the day clamped to the end of the month: the original maturity, which
  // an extension does not move for the subsidy.
  [[nodiscard]] Date maturity() const;
};

// The canonical exact decimal text of a rate that has a finite decimal expansion ("0.0435").
std::string rate_text(const Rational& r);
// Parses a stored rate text back (exact).
Rational parse_stored_rate(const std::string& text);

// All loans, current state, ordered by loan_id.
std::vector<Loan> load_loans(store::Repository& repo);

// ---- import ------------------------------------------------------------------------------------

struct PendingLoan {
  std::string file;
  long line = 0;
  std::string loan_id, household_id, product;
  Money principal;
  int term_months = 0;
  Date start_date;
};

struct ImportOptions {
  std::string operator_name = "unknown";
  std::string recorded_at;
  std::optional<std::string> override_reason;
  TermsLookup terms;  // loan_terms rules (principal_max, term_months_max) judged at import
  // Of a workbook (.xlsx, .xls): the sheet to read, else its first.
  std::optional<std::string> sheet;
};

// Imports a loans CSV (CONTRACT.md). One transaction; throws ledger::InputError (nothing written)
// on bad data, store::StoreError on environment failures.
ledger::ImportReport import_loans(store::Repository& repo, const std::string& path, const ImportOptions& opt);

// The columns a loans CSV is read with and the products it accepts (code, Chinese name), for
// input templates and --help.
const std::vector<ledger::ColumnDef>& loan_columns();
const std::vector<std::pair<const char*, const char*>>& loan_products();

// ---- interest subsidy (贴息) -------------------------------------------------------------------

// The days of `window` on which a loan earns subsidy: the half-open interval
// [max(start, window's first day), min(repaid_on, overdue_since, written_off_on, original maturity,
// window's end)). An extended loan (展期) earns nothing after its original maturity; penalty interest
// (罚息) is never part of the subsidy, which is principal × rate × days only. Empty (days 0) when it
// ends before it begins.
calendar::Period subsidy_period(const Loan& loan, const calendar::Period& window);
// The same over calendar year `year`.
calendar::Period subsidy_period(const Loan& loan, int year);

// What a bank claimed for one loan in the window (the sum of its claims there, engine/loans/claims.hpp).
struct ClaimMatch {
  Money interest, penalty;
  std::vector<std::string> claim_nos;
};

struct LoanSubsidy {
  const Loan* loan = nullptr;
  calendar::Period period;
  long days = 0;
  Rational rate_applied;             // annual rate, capped by subsidy_rate_max
  Money uncapped;                    // principal × rate × days ÷ basis, no cap at all
  Money eligible;                    // after the principal and rate caps, before the household cap
  Money computed;                    // after the household cap: what fundledger computes
  std::optional<ClaimMatch> claim;   // when the loan's bank claimed in the window
  Money subsidy;                     // final: computed, or the lower of computed and the claim
  std::vector<std::string> reasons;  // why subsidy < uncapped (English codes + numbers)
  std::vector<std::string> reasons_zh;
};

struct HouseholdSubsidy {
  std::string household_id, head_name, town, village;
  Money uncapped;  // sum of the loans' eligible amounts in the window
  Money earlier;   // what they earned earlier in the settlement year, counted against the caps
  Money subsidy;   // after each product's per-household cap (and the banks' claims)
  std::vector<std::string> reasons, reasons_zh;
};

struct SubsidyResult {
  int year = 0;  // the settlement year
  SubsidyWindow window;
  DayCount basis = DayCount::act360;
  std::vector<LoanSubsidy> loans;            // loans with at least one day in the year
  std::vector<HouseholdSubsidy> households;  // ordered by household_id
  Money total;
};

// The project a subsidy payment names (`subsidy --post`): how the year's subsidy paid is found again.
inline constexpr const char* kSubsidyProject = "贷款贴息";

// One loan's exact subsidy: principal × rate × days ÷ basis, rounded once half-up to the fen.
Money interest(const Money& principal, const Rational& rate, long days, DayCount basis);

// Pure: computes the subsidies of `loans` over `window`; a per-household cap counts what the
// household's loans of the product earned from the start of the window's settlement year
// (`settlement`) to the window, so the windows of a year together never pay more than the cap.
// The loans must outlive the result.
SubsidyResult compute_subsidy(const std::vector<Loan>& loans, const SubsidyWindow& window,
                              const SettlementYear& settlement, DayCount basis, const TermsLookup& terms);
// Keeps the loans of one bank (a bank settles its own loans): the households are those loans' again,
// their subsidies and the total the loans' sums. The caps were applied over all the loans first, so
// a household with loans at two banks gets each bank's share of its cap.
void keep_bank(SubsidyResult& r, const std::string& bank);
// Over calendar year `year`.
SubsidyResult compute_subsidy(const std::vector<Loan>& loans, int year, DayCount basis,
                              const TermsLookup& terms);

}  // namespace fundledger::loans
