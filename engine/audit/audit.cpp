// engine/audit — the shared pieces: the rules file, payments net of corrections, running all checks.
#include "store/sqlite/db.hpp"
#include "audit/audit.hpp"

#include "rules/rules.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace fundledger::audit {

calendar::Date Context::as_of_date() const {
  auto d = calendar::parse_date(as_of);
  if (!d) throw std::invalid_argument("audit: bad as-of date " + as_of);  // the CLI validated it
  return *d.value;
}

std::vector<Rule> recorded_rules(store::Repository& repo) {
  std::vector<Rule> out;
  for (const auto& r : rules::current_rules(repo)) {
    Rule a;
    a.id = r.id;
    a.kind = r.kind;
    a.severity = r.severity;
    a.from = r.from;
    a.to = r.to;
    a.earmark = r.earmark.value_or("");
    a.category = r.category.value_or("");
    a.period = r.period.value_or("");
    a.require = r.require.value_or("");
    a.check = r.check.value_or("");
    a.purposes = r.purposes;
    a.max = r.max;
    a.days = r.days;
    out.push_back(std::move(a));
  }
  return out;
}

Counts count(const std::vector<Finding>& findings) {
  Counts c;
  for (const auto& f : findings) {
    if (f.severity == Severity::warn) ++c.warn;
    else if (!f.overridden) ++c.error;
  }
  return c;
}

std::vector<Finding> run_audit(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> all;
  using Check = std::vector<Finding> (*)(store::Repository&, const Context&);
  for (Check c : {check_chain_broken, check_duplicate_payment, check_payee_not_registered, check_cap_exceeded,
                  check_forbidden_use, check_idle_funds, check_late_allocation, check_invalid_id_number}) {
    auto f = c(repo, ctx);
    all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.evidence < b.evidence;
  });
  return all;
}

std::vector<Finding> full_audit(store::Repository& repo, std::optional<int> year, const std::string& as_of) {
  Context ctx;
  ctx.year = year;
  ctx.as_of = as_of;
  ctx.rules = recorded_rules(repo);
  // `audit_check` rules configure the audit-only checks: severity, and duplicate_payment's window.
  int as_of_year = std::stoi(as_of.substr(0, 4));
  std::map<std::string, Severity> severity_of;
  for (const auto& r : ctx.rules) {
    if (r.kind != "audit_check" || !r.applies(year.value_or(as_of_year))) continue;
    severity_of[r.check] = r.severity;
    if (r.check == "duplicate_payment" && r.days) ctx.duplicate_window_days = *r.days;
  }
  auto all = run_audit(repo, ctx);
  for (auto& f : all)
    if (auto it = severity_of.find(f.code); it != severity_of.end()) f.severity = it->second;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& f : all) seen.emplace(f.code, f.evidence.empty() ? std::string() : f.evidence.front());
  for (auto& f : rules::check(repo, year, as_of))
    if (!seen.count({f.code, f.evidence.empty() ? std::string() : f.evidence.front()})) all.push_back(std::move(f));
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.evidence < b.evidence;
  });
  return all;
}

namespace detail {

std::string fmt(const Money& m) { return format_yuan(m, true); }
std::string severity_name(Severity s) { return s == Severity::warn ? "warn" : "error"; }

std::vector<Payment> load_payments(store::Repository& repo, const Context& ctx) {
  store::Db& db = repo.legacy_db();
  // Net of the reversals (冲销) and recoveries (收回) recorded on or before the as-of date: their
  // flows are negative 'pay' flows under the correction's voucher, which targets the payment.
  auto st = db.prepare(
      "SELECT d.voucher, d.date, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, d.payee_kind, "
      "COALESCE(d.town, ''), COALESCE(d.village, ''), "
      "d.amount + COALESCE((SELECT SUM(f.amount) FROM flow f JOIN correction c ON f.entry_id = c.entry_id "
      "  WHERE c.target = d.voucher AND f.kind = 'pay' AND c.date <= ?1), 0), "
      "e.override_reason IS NOT NULL "
      "FROM disbursement d JOIN entry e ON e.id = d.entry_id "
      "WHERE d.date <= ?1 AND (?2 IS NULL OR d.fiscal_year = ?2) ORDER BY d.date, d.voucher");
  st.bind(1, ctx.as_of);
  if (ctx.year) st.bind(2, *ctx.year);
  else st.bind_null(2);
  std::vector<Payment> out;
  while (st.step()) {
    Payment p;
    p.voucher = st.text(0);
    p.date = st.text(1);
    p.fiscal_year = static_cast<int>(st.int64(2));
    p.earmark = st.text(3);
    p.payee_id = st.text(4);
    p.payee_name = st.text(5);
    p.payee_kind = st.text(6);
    p.town = st.text(7);
    p.village = st.text(8);
    p.amount = Money::from_fen(st.int64(9));
    p.overridden = st.int64(10) != 0;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace detail
}  // namespace fundledger::audit
