// period_unlocked (期间解锁).
//
// Why: a closed period is one whose report was signed and sent; reopening it lets the figures a
// leader signed change after the fact. fundledger lets a bureau do so (`unlock` needs a reason and is
// a journal entry, ledger/periods.hpp), and the auditor sees every time it did: who, when, which
// days were reopened, why and on what document. A warning, not an error: an unlock with a good
// reason is the bureau's right; the auditor judges the reason.
#include "audit/audit.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {
namespace {

// Whether the days an unlock reopened — after `through` (or all, when removed) up to `previous` —
// touch `year`.
bool reopens_year(const entries::PeriodLock& p, int year) {
  const std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  return p.previous && *p.previous >= first && (!p.through || *p.through < last);
}

}  // namespace

std::vector<Finding> check_period_unlocked(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  for (const auto& r : repo.ledger().period_locks()) {
    const auto& p = r.lock;
    if (p.action != "unlock" || r.date > ctx.as_of_date() || (ctx.year && !reopens_year(p, *ctx.year)))
      continue;
    Finding f;
    f.code = "period_unlocked";
    f.severity = Severity::warn;
    const std::string on = calendar::format_date(r.date), previous = p.previous.value_or("");
    const std::string doc = p.doc_no.value_or("—"), reason = p.reason.value_or("");
    f.message =
        p.through
            ? text::tr("audit.period_unlocked_to", text::arg("on", on), text::arg("by", r.operator_name),
                       text::arg("previous", previous), text::arg("through", *p.through),
                       text::arg("reason", reason), text::arg("doc", doc))
            : text::tr("audit.period_unlocked_all", text::arg("on", on), text::arg("by", r.operator_name),
                       text::arg("previous", previous), text::arg("reason", reason), text::arg("doc", doc));
    f.subject = {{"unlocked_on", on}, {"previous", previous}, {"through", p.through.value_or("")}};
    f.evidence = {"period_lock/" + std::to_string(r.entry_id)};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
