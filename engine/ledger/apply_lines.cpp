// The apply stage's control by line (预算指标按行控制, issue 19): an earmark's allocations are held
// to its budget line (ledger/invariants.hpp line_covers), and a revision may not put a line below
// what is already allocated (line_holds). `import --override REASON` lets either through, recorded
// on the entry; audit reports it (line_exceeded).
#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
LineLimit limit_of(const store::EarmarkLineRow& l) {
  return {l.fiscal_year, l.code, l.name, l.amount, l.open_ended};
}
LineLimit limit_of(int fiscal_year, const entries::BudgetLine& l) {
  return {fiscal_year, l.code, l.name, l.amount, l.is_open_ended()};
}
}  // namespace

bool Applier::line_allows(long line, const std::string& voucher, EarmarkState& e, const Money& amount,
                          std::optional<std::string>& override_out) {
  if (auto v = line_covers(limit_of(e.line), e.allocated, amount, e.frozen)) {
    if (!override_reason_) {
      error(line, text::tr("ledger.line_refused", text::arg("voucher", voucher),
                           text::arg("message", describe(*v))));
      return false;
    }
    override_out = override_reason_;
    run_.warn(line, text::tr("ledger.line_overridden", text::arg("voucher", voucher),
                             text::arg("reason", *override_reason_), text::arg("message", describe(*v))));
  }
  e.allocated += amount;
  return true;
}

bool Applier::revision_allows(const entries::Budget& b, std::optional<std::string>& override_out) {
  bool ok = true;
  for (const auto& l : b.lines) {
    auto v = line_holds(limit_of(b.fiscal_year, l), reads_.earmark_allocated(b.fiscal_year, l.code),
                        reads_.line_frozen(b.fiscal_year, l.code));
    if (!v) continue;
    if (override_reason_) {
      override_out = override_reason_;
      run_.warn(1, text::tr("ledger.revision_overridden", text::arg("reason", *override_reason_),
                            text::arg("message", describe(*v))));
    } else {
      error(1, text::tr("ledger.revision_refused", text::arg("message", describe(*v))));
      ok = false;
    }
  }
  return ok;
}

}  // namespace fundledger::ledger
