// The tables and JSON of `subsidy` (贴息): by loan, by household, and the check against the banks'
// claims (verbs_loans.cpp computes, posts and prints them).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "loans/claims.hpp"
#include "loans/loans.hpp"

namespace fundledger::cli {

// What `--post --earmark E` pays one household: its subsidy, cut to what a cap_per_payee rule on E
// leaves (the rule's parameters always apply, whatever its severity: CONTRACT.md).
struct PlannedPayment {
  std::string voucher;
  Money subsidy, pay;
  std::optional<std::string> rule;  // the rule that cut it
  Money max, before;                // that rule's cap and what the household had from E before
};

reports::Table subsidy_loan_table(const loans::SubsidyResult& r, bool zh);
// By household; with the payments --post will make (`plan`, when an earmark is given).
reports::Table subsidy_household_table(const loans::SubsidyResult& r, bool zh,
                                       const std::vector<PlannedPayment>* plan);
// The banks' claims against the computed subsidy: each loan that differs, with the totals.
reports::Table subsidy_claims_table(const loans::ClaimCheck& c);

// The titles of the tables: "2019年贷款贴息(按笔,ACT/360)" for a calendar year, else the window's
// label and days with its settlement year.
enum class SubsidyTable { loans, households, claims };
std::string subsidy_title(const loans::SubsidyResult& r, SubsidyTable table);

nlohmann::json subsidy_json(const loans::SubsidyResult& r, const std::optional<loans::ClaimCheck>& claims);
nlohmann::json subsidy_post_json(nlohmann::json j, const std::vector<PlannedPayment>& plan);

}  // namespace fundledger::cli
