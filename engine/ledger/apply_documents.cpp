// The apply stage for sources, households and budgets; the checks every entry kind shares.
#include "base/assert.hpp"
#include "ledger/apply.hpp"
#include "ledger/classes.hpp"
#include "ledger/entry_diff.hpp"
#include "ledger/invariants.hpp"
#include "ledger/order.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

template <class T>
bool Applier::recorded_already(long line, const char* what, const std::string& key,
                               const std::optional<T>& recorded, const T& here) {
  bool same = recorded && FieldCodec::encode(*recorded) == FieldCodec::encode(here);
  if (twice_in_file(line, what, key, same)) return true;
  if (!recorded) return false;
  if (same) {
    run_.skipped();
    return true;
  }
  // what: "voucher", "source" or "household", one message each (ledger.*_recorded_differently).
  error(line, text::tr("ledger." + std::string(what) + "_recorded_differently", text::arg("key", key),
                       text::arg("diff", difference(*recorded, here))));
  return true;
}

template bool Applier::recorded_already(long, const char*, const std::string&,
                                        const std::optional<entries::Allocation>&,
                                        const entries::Allocation&);
template bool Applier::recorded_already(long, const char*, const std::string&,
                                        const std::optional<entries::Disbursement>&,
                                        const entries::Disbursement&);
template bool Applier::recorded_already(long, const char*, const std::string&,
                                        const std::optional<entries::Correction>&,
                                        const entries::Correction&);
template bool Applier::recorded_already(long, const char*, const std::string&,
                                        const std::optional<entries::Contract>&, const entries::Contract&);

bool Applier::twice_in_file(long line, const char* what, const std::string& key, bool same) {
  auto [it, fresh] = first_line_.emplace(std::string(what) + '\x1f' + key, line);
  if (fresh) return false;
  // Rows are applied in date order, not file order: the message stands at the later line.
  long first = std::min(it->second, line), second = std::max(it->second, line);
  auto noun = text::tr("ledger.noun." + std::string(what));
  if (same) {
    run_.skipped();
    run_.warn(second,
              text::tr("ledger.same_row_twice_in_file", text::arg("noun", noun), text::arg("key", key),
                       text::arg("first", first), text::arg("second", second)));
  } else {
    run_.error(second, text::tr("ledger.key_twice_in_file", text::arg("noun", noun), text::arg("key", key),
                                text::arg("first", first), text::arg("second", second)));
  }
  return true;
}

bool Applier::gate(const std::vector<GateFinding>& findings, long line,
                   std::optional<std::string>& override_out) {
  if (findings.empty()) return true;
  if (override_reason_) {
    override_out = override_reason_;
    for (auto& f : findings)
      run_.warn(line, text::tr("ledger.rule_overridden", text::arg("rule", f.rule_id),
                               text::arg("reason", *override_reason_), text::arg("message", f.message)));
    return true;
  }
  for (auto& f : findings)
    error(line,
          text::tr("ledger.rule_refused", text::arg("rule", f.rule_id), text::arg("message", f.message)));
  return false;
}

void Applier::source(Parsed<entries::Source>& p) {
  const auto& s = p.entry;
  if (recorded_already(p.line, "source", s.doc_no, reads_.find_source(s.doc_no), s)) return;
  std::optional<std::string> ovr;
  if (gate_ && !gate(gate_->on_source({run_.source(), p.line, s.doc_no, s.category, s.fiscal_year, s.amount}),
                     p.line, ovr))
    return;
  run_.write({s.doc_no, s.received_on, ovr, s}, p.line);
}

void Applier::household(Parsed<entries::Household>& p, const Date& recorded_on) {
  const auto& h = p.entry;
  if (recorded_already(p.line, "household", h.household_id, reads_.find_household(h.household_id), h)) return;
  run_.write({h.household_id, recorded_on, std::nullopt, h}, p.line);
}

// A code the bureau adds (import classes): skipped when the shipped table has it under the same
// name; recorded under a name of the bureau's own otherwise (that name is then the one shown).
void Applier::class_code(Parsed<entries::ClassCode>& p, const Date& recorded_on) {
  const auto& c = p.entry;
  const std::string key = c.scheme + "/" + c.code;
  std::optional<entries::ClassCode> recorded;
  for (auto& r : reads_.class_codes())
    if (r.scheme == c.scheme && r.code == c.code) recorded = r;
  if (recorded_already(p.line, "class_code", key, recorded, c)) return;
  if (ClassCodes().name_of(c.scheme, c.code) == c.name) return run_.skipped();
  run_.write({key, recorded_on, std::nullopt, c}, p.line);
}

void Applier::budget(entries::Budget& b) {
  if (b.quota_op) return quota_op(b);
  // A second budget for the same year is a revision.
  std::optional<std::string> ovr;
  if (auto latest = reads_.latest_budget(b.fiscal_year)) {
    b.revision = latest->revision + 1;
    if (latest->same_content(b)) {
      run_.skipped();
      return;
    }
    if (!b.doc_no || !b.reason) {
      error(1, text::tr("ledger.budget_revision_needs_reason", text::arg("year", b.fiscal_year),
                        text::arg("revision", latest->revision)));
      return;
    }
    if (!revision_allows(b, ovr)) return;
  }
  PendingBudget pb{run_.source(), b.fiscal_year, b.code, b.funded_by, b.total, {}};
  for (const auto& l : b.lines)
    pb.lines.push_back({l.code, l.name, l.purpose.value_or(""), l.amount, l.remainder});
  if (gate_ && !gate(gate_->on_budget(pb), 1, ovr)) return;
  auto key = std::to_string(b.fiscal_year) + "/r" + std::to_string(b.revision);
  FL_ASSERT(!budget_balanced(b), "the read stage refuses a budget whose lines do not sum to its total");
  run_.write({key, Date(static_cast<unsigned short>(b.fiscal_year), 1, 1), ovr, b}, 1);
}

}  // namespace fundledger::ledger
