// engine/audit — the shared pieces: the rules file, payments net of corrections, running all checks.
#include "audit/audit.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>

#include "audit/ranks.hpp"
#include "base/assert.hpp"
#include "calendar/calendar.hpp"
#include "rules/rules.hpp"

namespace fundledger::audit {

calendar::Date Context::as_of_date() const {
  auto d = calendar::parse_date(as_of);
  FL_ASSERT(d, "audit: the as-of date is YYYY-MM-DD (the CLI validates it)");
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
    a.share_max = r.share_max;
    a.min_rate = r.min_rate;
    a.from_month = r.from_month;
    a.years = r.years;
    a.max_rate = r.max_rate;
    a.bank = r.bank;
    a.product = r.product;
    out.push_back(std::move(a));
  }
  return out;
}

Counts count(const std::vector<Finding>& findings) {
  Counts c;
  for (const auto& f : findings) {
    if (f.severity == Severity::warn)
      ++c.warn;
    else if (!f.overridden)
      ++c.error;
  }
  return c;
}

std::vector<Finding> run_audit(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> all;
  using Check = std::vector<Finding> (*)(store::Repository&, const Context&);
  for (Check c : {check_chain_broken, check_duplicate_payment, check_payee_not_registered, check_cap_exceeded,
                  check_forbidden_use, check_idle_funds, check_invalid_id_number, check_project_outside_plan,
                  check_project_unpaid, check_contract_overdrawn, check_project_no_asset,
                  check_asset_over_cost, check_line_exceeded, check_period_unlocked, check_quota_frozen_long,
                  check_quota_round_trip, check_carryover_stale, check_advance_unsettled, check_npl_ratio}) {
    auto f = c(repo, ctx);
    all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  // Monitoring (issue 17).
  for (Check c :
       {check_year_end_rush, check_paid_to_government, check_project_execution_low, check_dormant_balance}) {
    auto f = c(repo, ctx);
    all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.evidence < b.evidence;
  });
  return all;
}

std::vector<Finding> full_audit(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                                const calendar::WorkCalendar& work,
                                std::optional<store::ChainHead> chain_verified) {
  Context ctx;
  ctx.chain_verified = std::move(chain_verified);
  ctx.year = year;
  ctx.as_of = as_of;
  ctx.rules = recorded_rules(repo);
  // `audit_check` rules configure the audit-only checks: severity, and duplicate_payment's window.
  auto as_of_date = calendar::parse_date(as_of).value;
  FL_ASSERT(as_of_date.has_value(), "audit's as-of date is checked by its caller");
  int as_of_year = calendar::fiscal_year_of(*as_of_date);
  std::map<std::string, Severity> severity_of;
  for (const auto& r : ctx.rules) {
    if (r.kind != "audit_check" || !r.applies(year.value_or(as_of_year))) continue;
    severity_of[r.check] = r.severity;
    if (r.check == "duplicate_payment" && r.days) ctx.duplicate_window_days = *r.days;
  }
  auto all = run_audit(repo, ctx);
  ctx.payments.reset();  // not needed by the rules' checks: free the payments before they run
  ctx.id_numbers.reset();
  ctx.lots.reset();
  for (auto& f : all)
    if (auto it = severity_of.find(f.code); it != severity_of.end()) f.severity = it->second;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& f : all) seen.emplace(f.code, f.evidence.empty() ? std::string() : f.evidence.front());
  for (auto& f : rules::check(repo, year, as_of, work))
    if (!seen.count({f.code, f.evidence.empty() ? std::string() : f.evidence.front()}))
      all.push_back(std::move(f));
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.evidence < b.evidence;
  });
  return all;
}

namespace detail {

std::string fmt(const Money& m) { return format_for_people(m); }
std::string list_separator() { return text::tr("audit.list_separator"); }
std::string severity_name(Severity s) { return s == Severity::warn ? "warn" : "error"; }

const std::vector<Payment>& load_payments(store::Repository& repo, const Context& ctx) {
  if (!ctx.payments || ctx.payments->as_of != ctx.as_of || ctx.payments->year != ctx.year) {
    Context::Payments p{
        ctx.as_of, ctx.year, repo.audit().payments_net_of_corrections(ctx.as_of_date(), ctx.year), {}};
    // Why: three checks sort or group the payments by payee; ranked once here, they compare integers.
    std::vector<std::string_view> ids;
    ids.reserve(p.rows.size());
    for (const auto& row : p.rows) ids.emplace_back(row.payee_id);
    p.payee_rank = string_ranks(ids);
    ctx.payments = std::make_shared<const Context::Payments>(std::move(p));
  }
  return ctx.payments->rows;
}

const std::vector<store::HouseholdIdNumber>& load_id_numbers(store::Repository& repo, const Context& ctx) {
  if (!ctx.id_numbers)
    ctx.id_numbers = std::make_shared<const std::vector<store::HouseholdIdNumber>>(
        repo.audit().households_with_id_number());
  return *ctx.id_numbers;
}

const std::vector<store::LotBalance>& load_lots(store::Repository& repo, const Context& ctx) {
  if (!ctx.lots || ctx.lots->as_of != ctx.as_of || ctx.lots->year != ctx.year)
    ctx.lots = std::make_shared<const Context::Lots>(
        Context::Lots{ctx.as_of, ctx.year, repo.audit().lot_balances(ctx.as_of_date(), ctx.year)});
  return ctx.lots->rows;
}

const std::vector<std::uint32_t>& payee_ranks(store::Repository& repo, const Context& ctx) {
  load_payments(repo, ctx);
  return ctx.payments->payee_rank;
}

}  // namespace detail
}  // namespace fundledger::audit
