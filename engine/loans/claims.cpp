// The banks' interest claims: import (claims.hpp) and the check of the subsidy against them.
#include "loans/claims.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "ledger/fields.hpp"
#include "ledger/run.hpp"
#include "loans/reasons.hpp"
#include "store/loan_reads.hpp"
#include "text/text.hpp"

namespace fundledger::loans {
namespace {

using calendar::Date;
using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Fields;
using text::arg;
using text::tr;

const std::vector<ColumnDef> kClaimCols = {{"loan_id", "贷款编号", true},     {"bank", "银行", false},
                                           {"period_from", "起始日期", true}, {"period_to", "截止日期", true},
                                           {"interest", "利息", true},        {"penalty", "罚息", false},
                                           {"claim_no", "申请编号", false}};
enum { C_LOAN, C_BANK, C_FROM, C_TO, C_INTEREST, C_PENALTY, C_NO };

std::string day(const Date& d) { return calendar::format_date(d); }
std::string yuan(const Money& m) { return format_for_people(m); }

// A required amount that may be zero, never negative.
std::optional<Money> amount_at(Fields& f, const CsvRow& r, std::size_t col) {
  auto m = f.money(col, false);
  if (m && m->is_negative()) {
    f.error(col, tr("claims.negative", arg("value", std::string(r.get(col)))));
    return std::nullopt;
  }
  return m;
}

// The read stage: a row to a claim, held to the loan register (nullopt: the row's errors are said).
std::optional<entries::InterestClaim> read_claim(const CsvRow& r, Fields& f,
                                                 const std::map<std::string, Loan>& register_) {
  entries::InterestClaim c;
  c.loan_id = f.text(C_LOAN);
  auto bank = f.opt_text(C_BANK);
  auto from = f.date(C_FROM);
  auto to = f.date(C_TO);
  auto interest = amount_at(f, r, C_INTEREST);
  auto penalty = r.get(C_PENALTY).empty() ? std::optional<Money>(Money()) : amount_at(f, r, C_PENALTY);
  c.claim_no = f.opt_text(C_NO);
  const auto loan = register_.find(c.loan_id);
  if (!c.loan_id.empty() && loan == register_.end())
    f.error(C_LOAN, tr("claims.loan_unknown", arg("loan", c.loan_id)));
  if (loan != register_.end()) {
    if (loan->second.bank.empty()) f.error(C_LOAN, tr("claims.loan_no_bank", arg("loan", c.loan_id)));
    if (bank && !loan->second.bank.empty() && *bank != loan->second.bank)
      f.error(C_BANK, tr("claims.bank_differs", arg("loan", c.loan_id), arg("bank", *bank),
                         arg("register", loan->second.bank)));
    if (from && *from < loan->second.start_date)
      f.error(C_FROM,
              tr("claims.before_start", arg("from", day(*from)), arg("start", day(loan->second.start_date))));
  }
  if (from && to && *to < *from)
    f.error(C_TO, tr("claims.backwards", arg("to", day(*to)), arg("from", day(*from))));
  if (!f.ok() || !from || !to || !interest || !penalty) return std::nullopt;
  c.bank = loan->second.bank;
  c.period_from = *from;
  c.period_to = *to;
  c.interest = *interest;
  c.penalty = *penalty;
  return c;
}

// The claim of the same loan whose period overlaps `c`'s, if any.
const entries::InterestClaim* overlapping(const std::vector<entries::InterestClaim>& of_loan,
                                          const entries::InterestClaim& c) {
  for (const auto& o : of_loan)
    if (o.period_from <= c.period_to && c.period_from <= o.period_to) return &o;
  return nullptr;
}

}  // namespace

const std::vector<ColumnDef>& claim_columns() { return kClaimCols; }

ledger::ImportReport import_interest_claims(store::Repository& repo, const std::string& path,
                                            const ClaimsImportOptions& opt) {
  if (!std::filesystem::exists(path)) throw ledger::InputError(path, 0, tr("loans.no_such_file"));
  ledger::ImportRun run(repo, "interest-claims", path, std::filesystem::path(path).filename().string(),
                        ledger::ImportRun::sha256_of_file(path),
                        {opt.operator_name, opt.recorded_at, std::nullopt});
  std::map<std::string, Loan> register_;
  for (auto& l : load_loans(repo)) register_.emplace(l.loan_id, std::move(l));
  std::map<std::string, std::vector<entries::InterestClaim>> by_loan;
  for (auto& c : repo.loans().interest_claims()) by_loan[c.loan_id].push_back(std::move(c));

  ledger::read_csv({path, opt.sheet}, kClaimCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kClaimCols, run.diag(), path);
    auto c = read_claim(r, f, register_);
    if (!c) return;
    auto& of_loan = by_loan[c->loan_id];
    if (std::find(of_loan.begin(), of_loan.end(), *c) != of_loan.end()) return run.skipped();
    if (const auto* o = overlapping(of_loan, *c)) {
      const bool same_period = o->period_from == c->period_from && o->period_to == c->period_to;
      return f.error(C_FROM,
                     tr(same_period ? "claims.recorded_differs" : "claims.overlaps", arg("loan", c->loan_id),
                        arg("from", day(o->period_from)), arg("to", day(o->period_to)),
                        arg("interest", yuan(o->interest)), arg("penalty", yuan(o->penalty))));
    }
    of_loan.push_back(*c);
    run.write(
        {c->loan_id + "/" + day(c->period_from) + ".." + day(c->period_to), c->period_to, std::nullopt, *c},
        r.line);
  });
  return run.finish();
}

namespace {

// Why a loan is paid less than computed, or its penalty not at all (nullopt: nothing to list).
std::optional<std::string> difference_kind(const Money& computed, const std::optional<ClaimMatch>& m) {
  if (!m) return "unclaimed";
  if (m->interest < computed) return "claim_lower";
  if (m->interest > computed) return "claim_higher";
  if (m->penalty.is_positive()) return "penalty_only";
  return std::nullopt;
}

void say_claim(LoanSubsidy& s, const std::string& kind) {
  const auto claimed = s.claim ? yuan(s.claim->interest) : yuan(Money());
  if (kind == "unclaimed" || kind == "claim_lower")
    detail::add_reason(s.reasons, s.reasons_zh, "",
                       kind == "unclaimed" ? "claims.reason_unclaimed" : "claims.reason_lower",
                       arg("claimed", claimed), arg("computed", yuan(s.computed)));
  if (s.claim && s.claim->penalty.is_positive())
    detail::add_reason(s.reasons, s.reasons_zh, "", "claims.reason_penalty",
                       arg("penalty", yuan(s.claim->penalty)));
}

}  // namespace

ClaimCheck hold_to_claims(SubsidyResult& r, const std::vector<Loan>& loans,
                          const std::vector<entries::InterestClaim>& claims) {
  ClaimCheck check;
  const auto& w = r.window.days;
  std::map<std::string, ClaimMatch> matched;
  std::set<std::string> banks;
  for (const auto& c : claims) {
    const calendar::Period p{c.period_from, c.period_to + boost::gregorian::days(1)};
    if (w.begin <= p.begin && p.end <= w.end) {
      auto& m = matched[c.loan_id];
      m.interest += c.interest;
      m.penalty += c.penalty;
      if (c.claim_no) m.claim_nos.push_back(*c.claim_no);
      banks.insert(c.bank);
    } else if (p.begin < w.end && w.begin < p.end) {
      check.crossing.push_back(c);
    }
  }
  check.banks.assign(banks.begin(), banks.end());
  std::set<std::string> in_window;
  for (auto& s : r.loans) {
    in_window.insert(s.loan->loan_id);
    if (!banks.count(s.loan->bank)) continue;
    auto it = matched.find(s.loan->loan_id);
    if (it != matched.end()) s.claim = it->second;
    s.subsidy = s.claim ? std::min(s.computed, s.claim->interest) : Money();
    check.computed += s.computed;
    check.paid += s.subsidy;
    if (s.claim) check.claimed += s.claim->interest, check.penalty += s.claim->penalty;
    if (auto kind = difference_kind(s.computed, s.claim)) {
      say_claim(s, *kind);
      check.differences.push_back({&s, s.loan->loan_id, s.loan->bank, s.loan->household_id, s.computed,
                                   s.claim ? s.claim->interest : Money(),
                                   s.claim ? s.claim->penalty : Money(), s.subsidy, *kind});
    }
  }
  for (const auto& [loan_id, m] : matched) {
    if (in_window.count(loan_id)) continue;
    const std::string& id = loan_id;  // clang 14 (the fuzz build) cannot capture a structured binding
    auto loan = std::find_if(loans.begin(), loans.end(), [&id](const Loan& l) { return l.loan_id == id; });
    check.claimed += m.interest, check.penalty += m.penalty;
    check.differences.push_back({nullptr, loan_id, loan == loans.end() ? "" : loan->bank,
                                 loan == loans.end() ? "" : loan->household_id, Money(), m.interest,
                                 m.penalty, Money(), "not_subsidised"});
  }
  std::map<std::string, Money> per_household;
  for (const auto& s : r.loans) per_household[s.loan->household_id] += s.subsidy;
  r.total = Money();
  for (auto& h : r.households) r.total += (h.subsidy = per_household[h.household_id]);
  return check;
}

}  // namespace fundledger::loans
