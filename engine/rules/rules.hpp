// engine/rules — the bureau's funding rules as data (CONTRACT.md "Rules files"): import and
// versioning, the import gate (rules judged when an entry is recorded) and `check` (every rule
// judged over the ledger as of a date).
//
// A rules file holds [[rule]] tables. Importing it records one journal entry (kind "rules") for
// each rule that is new or differs from the latest recorded version of its id; identical rules
// are skipped. The rules in force are the latest version of each id.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/work_calendar.hpp"
#include "ledger/ledger.hpp"
#include "money/money.hpp"
#include "projects/performance.hpp"
#include "rules/finding.hpp"
#include "store/repository.hpp"

namespace fundledger::rules {

// The kinds of CONTRACT.md's table.
inline const std::vector<std::string>& rule_kinds() {
  static const std::vector<std::string> k = {"growth",
                                             "floor",
                                             "ceiling",
                                             "cap_per_payee",
                                             "share_min",
                                             "eligible_payees",
                                             "forbidden_use",
                                             "idle",
                                             "allocation_deadline",
                                             "registration_within",
                                             "allocation_within",
                                             "payment_within",
                                             "loan_terms",
                                             "npl_ratio_max",       // audit: a bank's 不良率 (issue 21)
                                             "risk_fund",           // loans: 风险补偿金 (issue 21)
                                             "subsidy_settlement",  // subsidy: the settlement year
                                             "year_end_rush",       // audit's monitoring checks
                                             "execution_min",
                                             "dormant",
                                             "project_in_library",
                                             "performance_weights",
                                             "progress_bands",
                                             "ranking_weights"};
  return k;
}

struct Rule {
  std::string id, kind;
  Severity severity = Severity::error;
  std::optional<int> from, to;  // effective fiscal years, inclusive
  std::string note;
  int version = 1;
  std::int64_t entry_id = 0;
  std::string params_json;  // canonical form as stored

  // Parameters (which ones are set depends on the kind).
  std::optional<std::string> category, earmark, basis, period, require, product, check;
  std::optional<std::string> unit;                // the lag rules: calendar (the default) or working days
  std::vector<std::string> categories, purposes;  // categories: also holds `category` for floor/ceiling
  std::optional<Rational> min_rate, subsidy_rate_max;
  std::optional<Money> min, max, principal_max, subsidised_principal_max, subsidy_max_per_household;
  std::optional<long> days;
  std::optional<int> term_months_max;
  std::map<std::string, long> weights;  // performance_weights, progress_bands, ranking_weights
  // Any kind: the level and violation category of its findings as warnings (rules/warning_class.hpp).
  std::optional<std::string> level, violation;
  // year_end_rush: the largest share of a year's payments dated from `from_month` (default 11) on;
  // execution_min: over how many years (default 3).
  std::optional<Rational> share_max;
  std::optional<int> from_month, years;
  // npl_ratio_max (issue 21): the largest non-performing ratio a bank's loans may have; of one bank
  // only, when `bank` is set (of every bank else), and of one product when `product` is.
  std::optional<Rational> max_rate;
  std::optional<std::string> bank;
  // risk_fund (issue 21): the bank's fund held in `earmark`, of `size`, or of size_rate × the bank's
  // loan balance (of `product`) at the start of a quarter; fund_share of a loss on a loan overdue
  // `days` is the fund's, the rest the bank's.
  std::optional<Money> size;
  std::optional<Rational> size_rate, fund_share;
  // subsidy_settlement (issue 21): the first day of the 贴息 settlement year, "MM-DD".
  std::optional<std::string> settlement_year_start;

  [[nodiscard]] bool applies(int year) const { return (!from || year >= *from) && (!to || year <= *to); }
  [[nodiscard]] std::string severity_str() const { return severity == Severity::error ? "error" : "warn"; }
};

struct RulesImportReport {
  std::string file;
  long added = 0;                     // new rules or new versions
  long skipped = 0;                   // identical to the recorded version
  std::vector<std::string> recorded;  // "id v2"
};

// Imports a rules file. Throws ledger::InputError (FILE:LINE diagnostics, nothing written) on a
// bad file, store::StoreError on environment failures.
RulesImportReport import_rules(store::Repository& repo, const std::string& path,
                               const std::string& operator_name, const std::string& recorded_at,
                               const std::optional<std::string>& override_reason);

// The rules in force: the latest version of each id, ordered by id.
std::vector<Rule> current_rules(store::Repository& repo);

// The gate the ledger's imports call for each new entry (growth/ceiling on budgets and sources,
// cap_per_payee, eligible_payees and forbidden_use on allocations and disbursements). Only
// error-severity rules block.
std::unique_ptr<ledger::ImportGate> make_gate(store::Repository& repo);

// Every rule judged over the ledger as of `as_of` (YYYY-MM-DD), for one fiscal year or all.
// Findings of entries recorded with --override are marked overridden. `work` counts the working days
// of the lag rules that ask for them (the shipped calendar and the bureau's --holidays file).
std::vector<Finding> check(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                           const calendar::WorkCalendar& work);

// The loan_terms rules for a product in a year, merged (the tightest of each limit).
struct LoanTerms {
  std::vector<std::string> rule_ids;
  Severity severity = Severity::warn;  // error if any contributing rule is an error
  std::optional<Money> principal_max, subsidised_principal_max, subsidy_max_per_household;
  std::optional<int> term_months_max;
  std::map<std::string, long> weights;  // performance_weights: output, benefit, satisfaction, spending
  std::optional<Rational> subsidy_rate_max;
};
std::optional<LoanTerms> loan_terms_for(store::Repository& repo, const std::string& product, int year);

// The rule of a kind in force for `year`: the one with the latest `from` (ties: the first by id).
std::optional<Rule> rule_in_force(store::Repository& repo, const std::string& kind, int year);

// The weights of the performance score in `year`: the performance_weights rule in force for it (the
// one with the latest `from`; ties: the first by id), or the defaults (projects::Weights).
projects::Weights performance_weights(store::Repository& repo, int year);

// The bands of `report progress` in `year`: how many percentage points below time progress (序时进度)
// spending progress turns a row red and yellow — the progress_bands rule in force for it (the one
// with the latest `from`), else 20 and 10.
struct ProgressBands {
  long red = 20, yellow = 10;
  std::optional<std::string> rule_id;
};
ProgressBands progress_bands(store::Repository& repo, int year);

// Formatting shared by messages: 5900万 / 1.5万 / 12.34元, and 120% / 104.35%.
std::string fmt_wan(const Money& m);
std::string fmt_pct(const Rational& r);

}  // namespace fundledger::rules
