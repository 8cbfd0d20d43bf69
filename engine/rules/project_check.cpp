#include "rules/project_check.hpp"

#include "text/text.hpp"

namespace fundledger::rules {

void ProjectCheck::judge(const Rule& r, const ledger::PendingDisbursement& d,
                         std::vector<ledger::GateFinding>& out) {
  if (!d.project) return;
  if (!library_) library_ = projects::Library::load(repo_);
  auto date = calendar::parse_date(d.date);
  if (!date) return;
  if (auto why = projects::payment_refusal(*library_, *d.project, d.fiscal_year, *date.value)) {
    std::string msg = text::tr("rules.gate_project", text::arg("voucher", d.voucher), text::arg("why", *why));
    out.push_back({r.id, r.note.empty() ? msg : msg + " — " + r.note});
  }
}

}  // namespace fundledger::rules
