// The apply stage's record of a risk compensation (风险补偿, issue 21): engine/loans works out the
// loss and the fund's and bank's shares under the bank's risk_fund rule, and posts the payment (or,
// for money recovered later, the recovery) that moves the fund's share together with this record.
// Here the record is held to the movement it names: the same amount, day and loan, and each payment
// or recovery named by one record only, so the fund's figures tie to its earmark's balance.
#include "ledger/apply.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
std::string yuan(const Money& m) { return format_for_people(m); }
}  // namespace

void Applier::loan_compensation(Parsed<entries::LoanCompensation>& p) {
  const auto& c = p.entry;
  const auto recorded = reads_.loan_compensations();
  for (const auto& r : recorded) {
    if (r.comp_id == c.comp_id) return error(p.line, tr("compensate.id_taken", arg("id", c.comp_id)));
    if (r.voucher == c.voucher)
      return error(p.line, tr("compensate.voucher_taken", arg("voucher", c.voucher), arg("id", r.comp_id)));
  }
  if (!c.amount.is_positive() || !c.fund_share.is_positive() || c.bank_share.is_negative() ||
      c.fund_share + c.bank_share != c.amount)
    return error(p.line, tr("compensate.shares_do_not_add", arg("amount", yuan(c.amount)),
                            arg("fund", yuan(c.fund_share)), arg("bank", yuan(c.bank_share))));
  Money moved;
  std::optional<Date> on;
  if (c.kind == "compensate") {
    if (auto d = reads_.find_disbursement(c.voucher)) moved = d->amount, on = d->date;
  } else if (auto corr = reads_.find_correction(c.voucher); corr && corr->kind == "recovery") {
    const bool of_this_loan = std::any_of(recorded.begin(), recorded.end(), [&](const auto& r) {
      return r.kind == "compensate" && r.loan_id == c.loan_id && r.voucher == corr->target;
    });
    if (of_this_loan) moved = corr->amount, on = corr->date;
  }
  // A movement refused just before (the fund short of money, say) was said already.
  if (!on && run_.diag().has_errors()) return;
  if (!on || *on != c.date || moved != c.fund_share)
    return error(p.line, tr("compensate.movement_differs", arg("id", c.comp_id), arg("voucher", c.voucher),
                            arg("fund", yuan(c.fund_share)), arg("date", calendar::format_date(c.date))));
  run_.write({c.comp_id, c.date, std::nullopt, c}, p.line);
}

}  // namespace fundledger::ledger
