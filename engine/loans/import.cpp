// The loan register: import (versioned status updates) and loading the current state.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/assert.hpp"
#include "ledger/csv.hpp"
#include "ledger/entry_diff.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "ledger/run.hpp"
#include "loans/loans.hpp"
#include "store/loan_reads.hpp"
#include "text/text.hpp"

namespace fundledger::loans {
namespace {

using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Diagnostics;
using ledger::Fields;

const std::vector<ColumnDef> kLoanCols = {
    {"loan_id", "贷款编号", true},    {"household_id", "户编号", true},
    {"product", "产品", true},        {"bank", "银行", false},
    {"principal", "本金", true},      {"annual_rate", "年利率", true},
    {"start_date", "放款日期", true}, {"term_months", "期限(月)", true},
    {"purpose", "用途", false},       {"overdue_since", "逾期日期", false},
    {"repaid_on", "结清日期", false}, {"written_off_on", "核销日期", false},
    {"extended_to", "展期至", false}};
enum {
  L_ID,
  L_HOUSEHOLD,
  L_PRODUCT,
  L_BANK,
  L_PRINCIPAL,
  L_RATE,
  L_START,
  L_TERM,
  L_PURPOSE,
  L_OVERDUE,
  L_REPAID,
  L_WRITTEN_OFF,
  L_EXTENDED_TO
};

const std::vector<std::pair<const char*, const char*>> kProducts = {
    {"microcredit", "扶贫小额信贷"}, {"5321", "5321贷款"}, {"policy", "政策性贷款"}};

// A recorded version as the typed entry it was written as.
entries::Loan as_entry(const store::LoanVersion& v) {
  return {v.loan_id,       v.version,     v.household_id,   v.product,     v.bank,
          v.principal,     v.annual_rate, v.start_date,     v.term_months, v.purpose,
          v.overdue_since, v.repaid_on,   v.written_off_on, v.extended_to};
}

// The same loan record, the version number aside.
bool same_record(entries::Loan a, entries::Loan b) {
  a.version = b.version = 0;
  return a == b;
}

// The terms (never changed after version 1) that differ: "principal 5000.00 recorded, 6000.00 here".
std::string terms_difference(const entries::Loan& recorded, const entries::Loan& here) {
  static const std::vector<std::string> kStatus = {"loan_id",   "version",        "overdue_since",
                                                   "repaid_on", "written_off_on", "extended_to"};
  return ledger::difference(recorded, here, kStatus);
}

// Status dates recorded and then changed or cleared.
std::string status_difference(const entries::Loan& last, const entries::Loan& here) {
  std::string diff;
  auto check = [&](const char* name, const std::optional<Date>& was, const std::optional<Date>& now) {
    if (was && was != now)
      diff += (diff.empty() ? "" : text::tr("loans.list_separator")) +
              text::tr("loans.status_date_changed", text::arg("field", name),
                       text::arg("recorded", ledger::field_text(was)),
                       text::arg("here", ledger::field_text(now)));
  };
  check("overdue_since", last.overdue_since, here.overdue_since);
  check("repaid_on", last.repaid_on, here.repaid_on);
  check("written_off_on", last.written_off_on, here.written_off_on);
  check("extended_to", last.extended_to, here.extended_to);
  return diff;
}

// The day a new version takes effect: the latest status date it adds (an extension takes effect at
// the original maturity it moves).
std::optional<Date> added_on(const entries::Loan& last, const entries::Loan& here) {
  std::optional<Date> d;
  if (!last.extended_to && here.extended_to)
    d = calendar::add_months_clamped(here.start_date, here.term_months);
  for (auto [was, now] :
       {std::pair{last.overdue_since, here.overdue_since}, std::pair{last.repaid_on, here.repaid_on},
        std::pair{last.written_off_on, here.written_off_on}})
    if (!was && now && (!d || *now > *d)) d = now;
  return d;
}

}  // namespace

std::string rate_text(const Rational& r) {
  for (int d = 0; d <= 18; ++d) {
    Rational scaled = r;
    for (int i = 0; i < d; ++i) scaled *= 10;
    if (denominator(scaled) == 1) return format_ratio(r, std::max(d, 2));
  }
  return format_ratio(r, 18);
}

Rational parse_stored_rate(const std::string& stored) {
  auto r = parse_rate(stored);
  if (!r)
    throw store::StoreError(
        text::tr("loans.stored_rate_bad", text::arg("value", stored), text::arg("why", r.error)));
  return *r.value;
}

namespace {

// The read stage: a loans CSV row to a typed entry (version 0 until applied).
std::optional<entries::Loan> read_loan(const CsvRow& r, Fields& f,
                                       const std::function<bool(const std::string&)>& household_known) {
  auto loan_id = f.text(L_ID);
  auto household = f.text(L_HOUSEHOLD);
  auto product = f.choice(L_PRODUCT, kProducts, true);
  auto principal = f.money(L_PRINCIPAL, true);
  std::optional<Rational> rate;
  if (auto t = r.get(L_RATE); t.empty()) {
    f.error(L_RATE, text::tr("read.required_empty"));
  } else if (auto p = parse_rate(t); !p) {
    f.error(L_RATE, p.error);
  } else if (*p.value < 0 || *p.value >= 1) {
    f.error(L_RATE, text::tr("loans.rate_out_of_range", text::arg("value", t)));
  } else {
    rate = *p.value;
  }
  auto start = f.date(L_START);
  std::optional<long> term;
  if (r.get(L_TERM).empty())
    f.error(L_TERM, text::tr("read.required_empty"));
  else
    term = f.opt_integer(L_TERM, 1, 600);
  std::optional<Date> status_dates[3] = {f.opt_date(L_OVERDUE), f.opt_date(L_REPAID),
                                         f.opt_date(L_WRITTEN_OFF)};
  const std::size_t status_cols[3] = {L_OVERDUE, L_REPAID, L_WRITTEN_OFF};
  for (int i = 0; i < 3; ++i)
    if (start && status_dates[i] && *status_dates[i] < *start)
      f.error(status_cols[i], text::tr("loans.status_before_start",
                                       text::arg("date", calendar::format_date(*status_dates[i])),
                                       text::arg("start", calendar::format_date(*start))));
  // An extension (展期) moves the maturity later, never earlier.
  auto extended_to = f.opt_date(L_EXTENDED_TO);
  if (start && term && extended_to) {
    const Date maturity = calendar::add_months_clamped(*start, static_cast<int>(*term));
    if (*extended_to <= maturity)
      f.error(L_EXTENDED_TO,
              text::tr("loans.extension_not_later", text::arg("date", calendar::format_date(*extended_to)),
                       text::arg("maturity", calendar::format_date(maturity))));
  }
  if (!household.empty() && !household_known(household))
    f.error(L_HOUSEHOLD, text::tr("loans.household_unknown", text::arg("household", household)));
  if (!f.ok() || !product || !principal || !rate || !start || !term) return std::nullopt;
  return entries::Loan{loan_id,
                       0,
                       household,
                       *product,
                       f.opt_text(L_BANK),
                       *principal,
                       rate_text(*rate),
                       *start,
                       static_cast<int>(*term),
                       f.opt_text(L_PURPOSE),
                       status_dates[0],
                       status_dates[1],
                       status_dates[2],
                       extended_to};
}

// loan_terms rules (principal_max, term_months_max), judged on a loan's first record. False when
// a broken rule refuses it; `overridden` is set when --override let it through.
bool terms_allow(const entries::Loan& loan, long line, const ImportOptions& opt, ledger::ImportRun& run,
                 bool& overridden) {
  if (!opt.terms) return true;
  auto t = opt.terms(loan.product, static_cast<int>(loan.start_date.year()));
  if (!t) return true;
  std::vector<std::string> broken;
  if (t->principal_max && loan.principal > *t->principal_max)
    broken.push_back(text::tr("loans.principal_over_max", text::arg("principal", format_yuan(loan.principal)),
                              text::arg("product", loan.product),
                              text::arg("max", format_yuan(*t->principal_max))));
  if (t->term_months_max && loan.term_months > *t->term_months_max)
    broken.push_back(text::tr("loans.term_over_max", text::arg("months", loan.term_months),
                              text::arg("product", loan.product), text::arg("max", *t->term_months_max)));
  for (const auto& b : broken) {
    std::string msg = text::tr("loans.rule_broken", text::arg("rule", t->rule_id),
                               text::arg("loan", loan.loan_id), text::arg("what", b));
    if (t->severity == "warn")
      run.warn(line, msg);
    else if (opt.override_reason) {
      overridden = true;
      run.warn(line, text::tr("loans.rule_overridden", text::arg("message", msg),
                              text::arg("reason", *opt.override_reason)));
    } else
      run.error(line, text::tr("loans.rule_refused", text::arg("message", msg)));
  }
  return broken.empty() || t->severity == "warn" || opt.override_reason;
}

}  // namespace

ledger::ImportReport import_loans(store::Repository& repo, const std::string& path,
                                  const ImportOptions& opt) {
  if (!std::filesystem::exists(path)) throw ledger::InputError(path, 0, text::tr("loans.no_such_file"));
  ledger::ImportRun run(repo, "loans", path, std::filesystem::path(path).filename().string(),
                        ledger::ImportRun::sha256_of_file(path),
                        {opt.operator_name, opt.recorded_at, opt.override_reason});
  // The versions recorded so far, per loan (loaded on first use), plus those added by this file.
  std::map<std::string, std::vector<entries::Loan>> versions;
  auto history = [&](const std::string& id) -> std::vector<entries::Loan>& {
    auto [it, added] = versions.try_emplace(id);
    if (added)
      for (const auto& recorded : repo.loans().loan_versions(id)) it->second.push_back(as_entry(recorded));
    return it->second;
  };
  auto household_known = [&](const std::string& id) { return repo.loans().household_exists(id); };

  // Rows are applied in file order: a later row for the same loan updates the one before it.
  ledger::read_csv({path, opt.sheet}, kLoanCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kLoanCols, run.diag(), path);
    auto loan = read_loan(r, f, household_known);
    if (!loan) return;
    auto& vs = history(loan->loan_id);
    for (const auto& old : vs)
      if (same_record(old, *loan)) return run.skipped();
    Date effective = loan->start_date;
    bool overridden = false;
    if (!vs.empty()) {
      if (auto diff = terms_difference(vs.front(), *loan); !diff.empty())
        return run.error(r.line, text::tr("loans.terms_changed", text::arg("loan", loan->loan_id),
                                          text::arg("difference", diff)));
      if (auto diff = status_difference(vs.back(), *loan); !diff.empty())
        return run.error(r.line, text::tr("loans.status_changed", text::arg("loan", loan->loan_id),
                                          text::arg("difference", diff)));
      auto on = added_on(vs.back(), *loan);
      FL_ASSERT(on, "a new version that changes nothing was skipped above");
      effective = on.value_or(effective);
    } else if (!terms_allow(*loan, r.line, opt, run, overridden)) {
      return;
    }
    loan->version = static_cast<int>(vs.size()) + 1;
    std::string key = vs.empty() ? loan->loan_id : loan->loan_id + "/" + std::to_string(loan->version);
    vs.push_back(*loan);
    run.write({key, effective, overridden ? opt.override_reason : std::nullopt, *loan}, r.line);
  });
  return run.finish();
}

const std::vector<ColumnDef>& loan_columns() { return kLoanCols; }
const std::vector<std::pair<const char*, const char*>>& loan_products() { return kProducts; }

std::vector<Loan> load_loans(store::Repository& repo) {
  std::vector<Loan> out;
  for (auto& [v, town, village, head_name] : repo.loans().current_loans()) {
    Loan l;
    l.loan_id = v.loan_id;
    l.version = v.version;
    l.household_id = v.household_id;
    l.product = v.product;
    l.bank = v.bank.value_or("");
    l.principal = v.principal;
    l.annual_rate_text = v.annual_rate;
    l.annual_rate = parse_stored_rate(l.annual_rate_text);
    l.start_date = v.start_date;
    l.term_months = v.term_months;
    l.purpose = v.purpose.value_or("");
    l.overdue_since = v.overdue_since;
    l.repaid_on = v.repaid_on;
    l.written_off_on = v.written_off_on;
    l.extended_to = v.extended_to;
    l.town = town;
    l.village = village;
    l.head_name = head_name;
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace fundledger::loans
