// engine/audit — the shared pieces: the rules file, payments net of corrections, running all checks.
#include "audit/audit.hpp"

#include "ledger/diagnostics.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <stdexcept>

namespace fundledger::audit {

calendar::Date Context::as_of_date() const {
  auto d = calendar::parse_date(as_of);
  if (!d) throw std::invalid_argument("audit: bad as-of date " + as_of);  // the CLI validated it
  return *d.value;
}

std::vector<Rule> load_rules_toml(const std::string& path) {
  toml::table doc;
  try {
    doc = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw ledger::InputError(path, static_cast<long>(e.source().begin.line), std::string(e.description()));
  }
  ledger::Diagnostics diags;
  std::vector<Rule> out;
  const auto* arr = doc.get_as<toml::array>("rule");
  if (!arr) return out;
  for (const auto& node : *arr) {
    const auto* t = node.as_table();
    long line = static_cast<long>(node.source().begin.line);
    if (!t) {
      diags.error(path, line, 0, "each [[rule]] must be a table");
      continue;
    }
    Rule r;
    auto str = [&](const char* key) { return t->get_as<std::string>(key) ? t->get_as<std::string>(key)->get() : std::string(); };
    r.id = str("id");
    r.kind = str("kind");
    if (r.id.empty() || r.kind.empty()) diags.error(path, line, 0, "a rule needs 'id' and 'kind'");
    auto sev = str("severity");
    if (sev == "warn") r.severity = Severity::warn;
    else if (!sev.empty() && sev != "error") diags.error(path, line, 0, "rule " + r.id + ": severity \"" + sev + "\" is neither error nor warn");
    if (auto v = t->get_as<std::int64_t>("from")) r.from = static_cast<int>(v->get());
    if (auto v = t->get_as<std::int64_t>("to")) r.to = static_cast<int>(v->get());
    r.earmark = str("earmark");
    r.category = str("category");
    r.period = str("period");
    r.require = str("require");
    if (auto v = t->get_as<std::int64_t>("days")) r.days = static_cast<long>(v->get());
    if (const auto* p = t->get_as<toml::array>("purposes"))
      for (const auto& e : *p)
        if (auto s = e.value<std::string>()) r.purposes.push_back(*s);
    if (const auto* m = t->get("max")) {
      std::string text;
      if (auto s = m->value<std::string>()) text = *s;
      else if (auto i = m->as_integer()) text = std::to_string(i->get());
      auto a = parse_amount(text);
      if (!a) diags.error(path, static_cast<long>(m->source().begin.line), 0, "rule " + r.id + ": max: " + a.error);
      else r.max = *a.value;
    }
    out.push_back(std::move(r));
  }
  if (diags.has_errors()) throw ledger::InputError(std::move(diags));
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

std::vector<Finding> run_audit(store::Db& db, const Context& ctx) {
  std::vector<Finding> all;
  using Check = std::vector<Finding> (*)(store::Db&, const Context&);
  for (Check c : {check_chain_broken, check_duplicate_payment, check_payee_not_registered, check_cap_exceeded,
                  check_forbidden_use, check_idle_funds, check_late_allocation, check_invalid_id_number}) {
    auto f = c(db, ctx);
    all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.evidence < b.evidence;
  });
  return all;
}

namespace detail {

std::string fmt(const Money& m) { return format_yuan(m, true); }
std::string severity_name(Severity s) { return s == Severity::warn ? "warn" : "error"; }

std::vector<Payment> load_payments(store::Db& db, const Context& ctx) {
  // Net of the reversals (冲销) and recoveries (收回) recorded on or before the as-of date: their
  // flows are negative 'pay' flows under the correction's voucher, which targets the payment.
  auto st = db.prepare(
      "SELECT d.voucher, d.date, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, d.payee_kind, "
      "COALESCE(d.town, ''), COALESCE(d.village, ''), "
      "d.amount + COALESCE((SELECT SUM(f.amount) FROM flow f JOIN correction c ON c.voucher = f.voucher "
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
