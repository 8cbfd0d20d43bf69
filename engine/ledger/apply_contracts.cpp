// The apply stage for contracts (合同) and their ends, and the contract checks of a payment: the
// commitments invariant (ledger/commitments.hpp) in one place.
#include "ledger/apply.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
std::string fmt_money(const Money& m) { return format_for_people(m); }
std::string date_str(const Date& d) { return calendar::format_date(d); }
}  // namespace

// Whether `named` is the name of project `project_id` (a payment may name its project either way).
bool Applier::names_project(const std::string& named, const std::string& project_id) {
  auto versions = projects_.project_versions(project_id);
  return !versions.empty() && versions.back().name == named;
}

Money Applier::uncommitted(const EarmarkState& e, int fiscal_year, const Date& on) {
  std::vector<LotState> scratch;
  Money have;
  for (const auto& lot : state_.lots_as_of(e, on, scratch))
    if (lot.date <= on) have += lot.remaining;
  return have - commitments_.committed(fiscal_year, e.line.code, on);
}

void Applier::contract(Parsed<entries::Contract>& p) {
  auto& c = p.entry;
  std::optional<entries::Contract> recorded;
  if (auto* s = commitments_.find(c.contract_id)) recorded = s->contract;
  if (recorded_already(p.line, "contract", c.contract_id, recorded, c)) return;
  auto versions = projects_.project_versions(c.project);
  if (versions.empty())
    return error(p.line, text::tr("ledger.contract_project_unknown", text::arg("contract", c.contract_id),
                                  text::arg("project", c.project)));
  auto* e = state_.earmark(c.fiscal_year, c.earmark);
  if (!e)
    return error(p.line, text::tr("ledger.contract_unknown_earmark", text::arg("contract", c.contract_id),
                                  text::arg("earmark", c.earmark), text::arg("year", c.fiscal_year),
                                  text::arg("known", state_.known_earmarks(c.fiscal_year))));
  Money free = uncommitted(*e, c.fiscal_year, c.signed_on);
  if (c.amount > free)
    return error(p.line,
                 text::tr("ledger.contract_too_much", text::arg("contract", c.contract_id),
                          text::arg("amount", fmt_money(c.amount)), text::arg("earmark", c.earmark),
                          text::arg("date", date_str(c.signed_on)), text::arg("free", fmt_money(free)),
                          text::arg("over", fmt_money(c.amount - free))));
  run_.write({c.contract_id, c.signed_on, std::nullopt, c}, p.line);
  commitments_.add(c);
}

void Applier::contract_end(Parsed<entries::ContractEnd>& p) {
  auto& x = p.entry;
  auto* c = commitments_.find(x.contract_id);
  if (!c) return error(p.line, text::tr("ledger.contract_unknown", text::arg("contract", x.contract_id)));
  if (c->end)
    return error(p.line, text::tr("ledger.contract_ended_already", text::arg("contract", x.contract_id),
                                  text::arg("date", date_str(c->end->date))));
  if (x.date < c->contract.signed_on)
    return error(p.line, text::tr("ledger.contract_end_before_signed", text::arg("contract", x.contract_id),
                                  text::arg("date", date_str(x.date)),
                                  text::arg("signed", date_str(c->contract.signed_on))));
  if (x.kind == "void" && !c->drawn.is_zero())
    return error(p.line, text::tr("ledger.contract_void_drawn", text::arg("contract", x.contract_id),
                                  text::arg("drawn", fmt_money(c->drawn))));
  run_.write({x.contract_id + "/" + x.kind, x.date, std::nullopt, x}, p.line);
  c->end = x;
}

bool Applier::contract_allows(long line, entries::Disbursement& d) {
  const auto* c = commitments_.find(*d.contract);
  // Each refusal names the payment and the contract, what the payment says (here) and what the
  // contract says (theirs).
  auto refuse = [&](const char* id, const std::string& here, const std::string& theirs) {
    error(line, text::tr(id, text::arg("voucher", d.voucher), text::arg("contract", *d.contract),
                         text::arg("here", here), text::arg("theirs", theirs)));
    return false;
  };
  if (!c) return refuse("ledger.payment_contract_unknown", "", "");
  const auto& k = c->contract;
  if (!d.project) d.project = k.project;  // a payment on a contract is for the contract's project
  if (*d.project != k.project && !names_project(*d.project, k.project))
    return refuse("ledger.payment_contract_project", *d.project, k.project);
  if (d.earmark != k.earmark || d.fiscal_year != k.fiscal_year)
    return refuse("ledger.payment_contract_earmark", std::to_string(d.fiscal_year) + "/" + d.earmark,
                  std::to_string(k.fiscal_year) + "/" + k.earmark);
  if (d.payee_id != k.payee_id) return refuse("ledger.payment_contract_payee", d.payee_id, k.payee_id);
  if (d.date < k.signed_on)
    return refuse("ledger.payment_contract_before_signed", date_str(d.date), date_str(k.signed_on));
  if (c->end && c->end->date <= d.date)
    return refuse(
        c->end->kind == "void" ? "ledger.payment_contract_voided" : "ledger.payment_contract_closed",
        date_str(d.date), date_str(c->end->date));
  Money open = k.amount - c->drawn;
  if (d.amount > open)
    return refuse("ledger.payment_contract_overdrawn", fmt_money(d.amount),
                  text::tr("ledger.contract_open_of", text::arg("open", fmt_money(open)),
                           text::arg("total", fmt_money(k.amount))));
  return true;
}

bool Applier::leaves_committed(long line, const entries::Disbursement& d, const EarmarkState& e) {
  if (commitments_.committed(d.fiscal_year, d.earmark, d.date).is_zero()) return true;
  Money free = uncommitted(e, d.fiscal_year, d.date);
  if (d.amount <= free) return true;
  error(line, text::tr("ledger.payment_uses_committed", text::arg("voucher", d.voucher),
                       text::arg("amount", fmt_money(d.amount)), text::arg("earmark", d.earmark),
                       text::arg("free", fmt_money(free)),
                       text::arg("committed",
                                 fmt_money(commitments_.committed(d.fiscal_year, d.earmark, d.date)))));
  return false;
}

}  // namespace fundledger::ledger
