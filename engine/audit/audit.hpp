// engine/audit — audit checks over the stored ledger -> findings (CONTRACT.md `audit`).
//
// Each check lives in its own file (check_*.cpp) with the reason auditors look for it. A check
// reads the ledger as of a date (never the clock), optionally limited to one fiscal year, and
// returns findings with the vouchers, documents or households that are the evidence. Checks never
// write. Rule-driven checks take their parameters from `Context::rules` (the bureau's rules file).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "calendar/work_calendar.hpp"
#include "money/money.hpp"
#include "rules/finding.hpp"
#include "store/audit_reads.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::audit {

using rules::Finding;
using rules::Severity;

// One rule of the rules file, as far as the audit checks use it.
struct Rule {
  std::string id, kind;
  Severity severity = Severity::error;
  std::optional<int> from, to;  // effective fiscal years, inclusive
  std::string earmark, category, period, require, check;
  std::vector<std::string> purposes;
  std::optional<Money> max;
  std::optional<long> days;
  std::optional<Rational> share_max, min_rate;  // year_end_rush; execution_min
  std::optional<int> from_month, years;         // year_end_rush (11); execution_min (3)
  std::optional<Rational> max_rate;             // npl_ratio_max
  std::optional<std::string> bank, product;     // npl_ratio_max: of one bank, of one product
  [[nodiscard]] bool applies(int fiscal_year) const {
    return (!from || fiscal_year >= *from) && (!to || fiscal_year <= *to);
  }
};

// The rules in force as recorded by `import rules` (engine/rules), as the audit checks use them.
std::vector<Rule> recorded_rules(store::Repository& repo);

struct Context {
  std::optional<int> year;  // only this fiscal year's entries
  std::string as_of;        // YYYY-MM-DD; entries dated after it are not yet there
  std::vector<Rule> rules;
  long duplicate_window_days = 30;  // inclusive: 30 days apart is within the window
  std::vector<long> idle_thresholds = {365, 730};
  long dormant_days = 730;  // dormant_balance without a `dormant` rule in force
  // The payments as of `as_of` (of `year`), read once by the first check that needs them and
  // shared by the others (detail::load_payments): each is a scan of every payment. So a Context
  // serves one audit of the ledger as it is: reset `payments` after writing to the ledger.
  struct Payments {
    std::string as_of;
    std::optional<int> year;
    std::vector<store::NetPayment> rows;
    std::vector<std::uint32_t> payee_rank;  // per row: its payee's rank in payee order (detail::string_ranks)
  };
  mutable std::shared_ptr<const Payments> payments;
  // The chain head a `verify` of this very file found intact (export audit: the package's verify
  // step, on a snapshot no one else writes). chain_broken then does not walk the chain a second
  // time while the ledger's stored head is still exactly this one; any other head is walked.
  std::optional<store::ChainHead> chain_verified;
  // The households with an ID number (store::AuditReads::households_with_id_number), read once by
  // the first check that needs them (detail::load_id_numbers) and shared, like `payments`.
  mutable std::shared_ptr<const std::vector<store::HouseholdIdNumber>> id_numbers;
  // The lots with what each received and paid out as of `as_of` (store::AuditReads::lot_balances),
  // read once by the first check that needs them (detail::load_lots: idle_funds, dormant_balance).
  struct Lots {
    std::string as_of;
    std::optional<int> year;
    std::vector<store::LotBalance> rows;
  };
  mutable std::shared_ptr<const Lots> lots;
  [[nodiscard]] calendar::Date as_of_date() const;
  [[nodiscard]] bool in_year(int fiscal_year) const { return !year || *year == fiscal_year; }
};

// The checks (one file each).
std::vector<Finding> check_duplicate_payment(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_payee_not_registered(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_cap_exceeded(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_idle_funds(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_forbidden_use(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_invalid_id_number(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_chain_broken(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_project_outside_plan(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_project_unpaid(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_contract_overdrawn(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_line_exceeded(store::Repository& repo, const Context& ctx);  // issue 19
std::vector<Finding> check_period_unlocked(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_quota_frozen_long(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_carryover_stale(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_advance_unsettled(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_npl_ratio(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_quota_round_trip(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_project_no_asset(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_asset_over_cost(store::Repository& repo, const Context& ctx);
// Monitoring (issue 17).
std::vector<Finding> check_year_end_rush(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_paid_to_government(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_project_execution_low(store::Repository& repo, const Context& ctx);
std::vector<Finding> check_dormant_balance(store::Repository& repo, const Context& ctx);

// GB 11643-1999: an 18-character resident ID number (17 digits and a check character 0-9/X)
// whose check character and birth date (on or before `as_of`) are right; or a 15-digit number of
// the old form with a valid 19YYMMDD birth date. Returns the reason it is wrong, or empty.
std::string id_number_problem(const std::string& id, const calendar::Date& as_of);
char id_check_char(const std::string& first17);

// All checks, findings sorted by code, then evidence.
std::vector<Finding> run_audit(store::Repository& repo, const Context& ctx);

// The audit of CONTRACT.md: the rules' findings (rules::check, the lag rules' late_allocation among
// them, with `work` counting their working days) and the audit checks, with the recorded rules. Where an
// audit check and a rule report the same thing (same code, same first evidence), the audit's finding is kept:
// it may say more (a payment drawing on diverted money, the 730-day idle threshold).
std::vector<Finding> full_audit(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                                const calendar::WorkCalendar& work,
                                std::optional<store::ChainHead> chain_verified = std::nullopt);

struct Counts {
  long error = 0, warn = 0;
};
Counts count(const std::vector<Finding>& findings);  // overridden findings are not errors

// --- shared reading helpers (detail, used by the checks) ---
namespace detail {

// A payment as of the context's date, net of the reversals and recoveries recorded by then.
using Payment = store::NetPayment;
// The payments dated by the context's date (of its fiscal year, if any), by date and voucher; read
// from the ledger on the first call for that date and year, then kept in the context.
const std::vector<Payment>& load_payments(store::Repository& repo, const Context& ctx);
// Per payment of load_payments, the rank of its payee id: ranks order as the ids do.
const std::vector<std::uint32_t>& payee_ranks(store::Repository& repo, const Context& ctx);
// The households with a non-blank ID number (trimmed), by household id; read once per context.
const std::vector<store::HouseholdIdNumber>& load_id_numbers(store::Repository& repo, const Context& ctx);
// The lots as of the context's date (of its fiscal year, if any), by lot date and lot; read once per
// date and year, like load_payments.
const std::vector<store::LotBalance>& load_lots(store::Repository& repo, const Context& ctx);
std::string fmt(const Money& m);  // in a message: 12,345.67元 / 4,320.00万元 / 12,345.67 yuan
std::string list_separator();     // 、 in Chinese, ", " in English
std::string severity_name(Severity s);

}  // namespace detail
}  // namespace fundledger::audit
