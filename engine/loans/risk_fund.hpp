// engine/loans — the micro-credit risk compensation fund (风险补偿金, issue 21).
//
// A county keeps a fund per lending bank, held in a budget line (the rule's earmark): the county
// deposits into it by ordinary allocations of its own money; the interest the bank credits on the
// fund's account is a source of category risk_fund allocated to the same line. When a loan of the
// rule's product has been overdue `days` days or more (the first day overdue is day 1), the loss on
// it — its principal unless the bank claims less — is shared: fund_share of it (8:2 → 80%, rounded
// half-up to the fen) is paid from the fund to the bank, the rest is the bank's own. Money later
// recovered on the loan is shared the same way (the fund's part is booked back into the fund; the
// last recovery that makes up the whole loss gives the fund exactly what is left of its share).
//
// The fund's position on a day: deposits + interest − compensation + recoveries (− anything else paid
// out of the line) = the line's balance in the ledger, and the size it should have — a fixed amount,
// or size_rate × the bank's balance of the product's loans at the start of the quarter (the close of
// the quarter's eve) — with the shortfall to top up.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "entries/entries.hpp"
#include "loans/loans.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::loans {

// A bank's risk_fund rule in force.
struct FundRule {
  std::string rule_id, bank, earmark, product = "microcredit";
  std::optional<Money> size;          // a fixed size, or
  std::optional<Rational> size_rate;  // a share of the loan balance at the start of the quarter
  Rational fund_share = Rational(4, 5);
  long days = 90;
};

// A refusal: a catalogue id and its arguments, said by the caller (CLI: exit 2, nothing written).
struct Refusal {
  std::string id;
  text::Fields args;
};

// The shares of a loss or a recovery.
struct Shares {
  Money amount, fund, bank;
  long days_overdue = 0;  // a compensation's: on its date
};

// The fund's share of `amount` at `fund_share`, rounded half-up to the fen; the bank's is the rest.
Shares share(const Money& amount, const Rational& fund_share);

// Pure: the compensation of `loan` on `date` under `rule`, for a loss of `loss` (its principal when
// not given), given what was recorded before; a Refusal when it may not be compensated — not the
// rule's bank or product, not overdue, overdue fewer than rule.days days, repaid by the date,
// compensated already, or a loss that is not positive or above the principal.
std::variant<Shares, Refusal> plan_compensation(const Loan& loan, const FundRule& rule, const Date& date,
                                                const std::optional<Money>& loss,
                                                const std::vector<entries::LoanCompensation>& recorded);

// Pure: the shares of `amount` recovered on `loan_id` on `date`, in the proportion of its compensation;
// a Refusal when the loan was not compensated (by the date), or the recoveries would exceed the loss.
std::variant<Shares, Refusal> plan_recovery(const std::string& loan_id, const Date& date, const Money& amount,
                                            const std::vector<entries::LoanCompensation>& recorded);

// The compensation recorded on a loan, if any.
std::optional<entries::LoanCompensation> compensation_of(
    const std::string& loan_id, const std::vector<entries::LoanCompensation>& recorded);

// A bank's fund on a day.
struct FundPosition {
  FundRule rule;
  Date quarter_start;
  Money loan_balance;  // the product's loans of the bank outstanding at the close of the quarter's eve
  Money required;      // the size the rule asks for
  Money deposits, interest, compensated, recovered, other_paid;
  Money balance;                          // deposits + interest − compensated + recovered − other_paid
  [[nodiscard]] Money shortfall() const;  // required − balance, when positive
};

// Pure: the position of `rule`'s fund on `as_of`, from the loans, the movements of its earmark up to
// `as_of` (store::LedgerReads::earmark_movements) and the compensations recorded.
FundPosition fund_position(const FundRule& rule, const std::vector<Loan>& loans,
                           const std::vector<store::EarmarkMovementRow>& movements,
                           const std::vector<entries::LoanCompensation>& recorded, const Date& as_of);

// The first day of the quarter `day` is in.
Date quarter_start(const Date& day);

}  // namespace fundledger::loans
