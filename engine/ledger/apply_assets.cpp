// The asset checks of a payment: an asset's income paid out (ledger/asset_payouts.hpp) in one place.
#include "ledger/apply.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

bool Applier::asset_allows(long line, const entries::Disbursement& d) {
  const std::string& asset = *d.asset;
  if (!assets_.known(asset)) {
    error(line, text::tr("ledger.asset_unknown", text::arg("voucher", d.voucher), text::arg("asset", asset)));
    return false;
  }
  if (d.payee_kind != "household") {
    error(line, text::tr("ledger.asset_payee_not_household", text::arg("voucher", d.voucher),
                         text::arg("asset", asset), text::arg("payee", d.payee_id)));
    return false;
  }
  const Money earned = assets_.earned(asset, d.date), paid = assets_.paid_out(asset);
  const Money left = earned - paid;
  if (d.amount <= left) return true;
  error(line,
        text::tr("ledger.asset_payout_too_much", text::arg("voucher", d.voucher),
                 text::arg("amount", format_for_people(d.amount)), text::arg("asset", asset),
                 text::arg("date", calendar::format_date(d.date)),
                 text::arg("earned", format_for_people(earned)), text::arg("paid", format_for_people(paid)),
                 text::arg("over", format_for_people(d.amount - left))));
  return false;
}

}  // namespace fundledger::ledger
