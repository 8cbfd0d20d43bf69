// The loan register: import (versioned status updates) and loading the current state.
#include "store/sqlite/db.hpp"
#include "ledger/csv.hpp"
#include "ledger/fields.hpp"
#include "loans/loans.hpp"
#include "store/loan_reads.hpp"
#include "store/sqlite/journal.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fundledger::loans {
namespace {

using store::Value;
using Row = std::vector<Value>;
using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Diagnostics;
using ledger::Fields;

const std::vector<ColumnDef> kLoanCols = {
    {"loan_id", "贷款编号", true},      {"household_id", "户编号", true},  {"product", "产品", true},
    {"bank", "银行", false},            {"principal", "本金", true},      {"annual_rate", "年利率", true},
    {"start_date", "放款日期", true},   {"term_months", "期限(月)", true}, {"purpose", "用途", false},
    {"overdue_since", "逾期日期", false}, {"repaid_on", "结清日期", false}, {"written_off_on", "核销日期", false}};
enum { L_ID, L_HOUSEHOLD, L_PRODUCT, L_BANK, L_PRINCIPAL, L_RATE, L_START, L_TERM, L_PURPOSE, L_OVERDUE, L_REPAID, L_WRITTEN_OFF };

const std::vector<std::pair<const char*, const char*>> kProducts = {
    {"microcredit", "扶贫小额信贷"}, {"5321", "5321贷款"}, {"policy", "政策性贷款"}};

// Row columns (after loan_id, version): the loan's terms are indexes 2..9, its status 10..12.
constexpr std::size_t kTermsBegin = 2, kStatusBegin = 10, kColumns = 13;
const char* column_name(std::size_t i) { return store::table_spec("loan").columns[i]; }


std::string value_text(const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return "(empty)";
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  return std::get<std::string>(v);
}

std::string show(std::size_t col, const Value& v) {
  if (std::string(column_name(col)) == "principal")
    if (auto p = std::get_if<std::int64_t>(&v)) return format_yuan(Money::from_fen(*p));
  return value_text(v);
}

// A recorded version as the journal row it was written as (compared with the file's rows).
Row as_row(const store::LoanVersion& v) {
  auto date_value = [](const std::optional<Date>& d) {
    return d ? Value(calendar::format_date(*d)) : Value{};
  };
  return {v.loan_id,
          std::int64_t{v.version},
          v.household_id,
          v.product,
          ledger::opt_value(v.bank),
          v.principal.fen64(),
          v.annual_rate,
          calendar::format_date(v.start_date),
          std::int64_t{v.term_months},
          ledger::opt_value(v.purpose),
          date_value(v.overdue_since),
          date_value(v.repaid_on),
          date_value(v.written_off_on)};
}

bool same_except_version(const Row& a, const Row& b) {
  for (std::size_t i = 0; i < kColumns; ++i)
    if (i != 1 && a[i] != b[i]) return false;
  return true;
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

Rational parse_stored_rate(const std::string& text) {
  auto r = parse_rate(text);
  if (!r) throw store::StoreError("ledger: stored rate '" + text + "' is not a rate: " + r.error);
  return *r.value;
}

ledger::ImportReport import_loans(store::Repository& repo, const std::string& path, const ImportOptions& opt) {
  store::Db& db = repo.legacy_db();
  if (!std::filesystem::exists(path)) throw ledger::InputError(path, 0, "no such file");
  ledger::ImportReport report;
  report.kind = "loans";
  report.file = path;
  Diagnostics diag;
  store::Transaction tx(db);
  store::Journal journal(db);
  journal.begin_import({"loans", std::filesystem::path(path).filename().string(), store::file_sha256_hex(path), opt.operator_name, opt.recorded_at,
                        opt.override_reason});

  // The versions recorded so far, per loan (loaded on first use), plus those added by this file.
  std::map<std::string, std::vector<Row>> versions;
  auto history = [&](const std::string& id) -> std::vector<Row>& {
    auto it = versions.find(id);
    if (it != versions.end()) return it->second;
    auto& v = versions[id];
    for (const auto& recorded : repo.loans().loan_versions(id)) v.push_back(as_row(recorded));
    return v;
  };
  auto household_known = [&](const std::string& id) { return repo.loans().household_exists(id); };

  // Rows are applied in file order: a later row for the same loan updates the one before it.
  ledger::read_csv(path, kLoanCols, diag, [&](const CsvRow& r) {
    Fields f(r, kLoanCols, diag, path);
    auto loan_id = f.text(L_ID);
    auto household = f.text(L_HOUSEHOLD);
    auto product = f.choice(L_PRODUCT, kProducts, true);
    auto principal = f.money(L_PRINCIPAL, true);
    std::optional<Rational> rate;
    if (auto t = r.get(L_RATE); t.empty()) {
      f.error(L_RATE, "is required but empty");
    } else if (auto p = parse_rate(t); !p) {
      f.error(L_RATE, p.error);
    } else if (*p.value < 0 || *p.value >= 1) {
      f.error(L_RATE, "annual rate \"" + std::string(t) + "\" must be at least 0 and below 100%");
    } else {
      rate = *p.value;
    }
    auto start = f.date(L_START);
    std::optional<long> term;
    if (r.get(L_TERM).empty()) f.error(L_TERM, "is required but empty");
    else term = f.opt_integer(L_TERM, 1, 600);
    std::optional<Date> status_dates[3] = {f.opt_date(L_OVERDUE), f.opt_date(L_REPAID), f.opt_date(L_WRITTEN_OFF)};
    const std::size_t status_cols[3] = {L_OVERDUE, L_REPAID, L_WRITTEN_OFF};
    for (int i = 0; i < 3; ++i)
      if (start && status_dates[i] && *status_dates[i] < *start)
        f.error(status_cols[i], "date " + calendar::format_date(*status_dates[i]) + " is before the loan's start_date " + calendar::format_date(*start));
    if (!household.empty() && !household_known(household))
      f.error(L_HOUSEHOLD, "'" + household + "' is not in the household register (import households first)");
    if (!f.ok() || !product || !principal || !rate || !start || !term) return;

    auto date_value = [](const std::optional<Date>& d) { return d ? Value(calendar::format_date(*d)) : Value{}; };
    Row row = {loan_id, std::int64_t{0}, household, *product, ledger::opt_value(f.opt_text(L_BANK)), principal->fen64(), rate_text(*rate),
               calendar::format_date(*start), std::int64_t{*term}, ledger::opt_value(f.opt_text(L_PURPOSE)),
               date_value(status_dates[0]), date_value(status_dates[1]), date_value(status_dates[2])};
    auto& vs = history(loan_id);
    for (const auto& old : vs)
      if (same_except_version(old, row)) {
        ++report.skipped;
        return;
      }
    std::string effective = calendar::format_date(*start);
    bool overridden = false;
    if (!vs.empty()) {
      const Row& first = vs.front();
      const Row& last = vs.back();
      std::string diff;
      for (std::size_t i = kTermsBegin; i < kStatusBegin; ++i)
        if (row[i] != first[i]) diff += std::string(diff.empty() ? "" : ", ") + column_name(i) + " " + show(i, first[i]) + " recorded, " + show(i, row[i]) + " here";
      if (!diff.empty()) {
        diag.error(path, r.line, 0, "loan '" + loan_id + "' is already in the ledger with other terms (" + diff +
                                        "); a loan's terms are never changed — only overdue_since, repaid_on and written_off_on may be added");
        return;
      }
      std::string status_diff;
      effective.clear();
      for (std::size_t i = kStatusBegin; i < kColumns; ++i) {
        if (last[i].index() != 0 && row[i] != last[i])
          status_diff += std::string(status_diff.empty() ? "" : ", ") + column_name(i) + " " + value_text(last[i]) + " recorded, " + value_text(row[i]) + " here";
        if (last[i].index() == 0 && row[i].index() != 0) effective = std::max(effective, std::get<std::string>(row[i]));
      }
      if (!status_diff.empty()) {
        diag.error(path, r.line, 0, "loan '" + loan_id + "': a recorded status date is never changed or cleared (" + status_diff + ")");
        return;
      }
    } else if (opt.terms) {
      // loan_terms rules (principal_max, term_months_max), judged on the loan's first record.
      int year = static_cast<int>(start->year());
      if (auto t = opt.terms(*product, year)) {
        std::vector<std::string> broken;
        if (t->principal_max && *principal > *t->principal_max)
          broken.push_back("principal " + format_yuan(*principal) + " exceeds " + *product + "'s maximum " + format_yuan(*t->principal_max));
        if (t->term_months_max && *term > *t->term_months_max)
          broken.push_back("term " + std::to_string(*term) + " months exceeds " + *product + "'s maximum " + std::to_string(*t->term_months_max));
        for (const auto& b : broken) {
          std::string msg = "rule " + t->rule_id + ": loan " + loan_id + ": " + b;
          if (t->severity == "warn") diag.warn(path, r.line, 0, msg);
          else if (opt.override_reason) {
            overridden = true;
            diag.warn(path, r.line, 0, msg + " (overridden: " + *opt.override_reason + ")");
          }
          else diag.error(path, r.line, 0, msg + " (to record it anyway, import with --override \"REASON\")");
        }
        if (!broken.empty() && t->severity != "warn" && !opt.override_reason) return;
      }
    }
    row[1] = std::int64_t(vs.size() + 1);
    std::string key = vs.empty() ? loan_id : loan_id + "/" + std::to_string(vs.size() + 1);
    vs.push_back(row);
    if (diag.has_errors()) return;
    journal.append({"loan", key, effective, overridden ? opt.override_reason : std::nullopt}, {{&store::table_spec("loan"), {row}}});
    ++report.added;
  });
  if (diag.has_errors()) throw ledger::InputError(std::move(diag));
  tx.commit();
  for (const auto& d : diag.all())
    if (d.warning) report.warnings.push_back(d);
  return report;
}

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
    l.town = town;
    l.village = village;
    l.head_name = head_name;
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace fundledger::loans
