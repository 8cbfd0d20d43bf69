// dormant_balance (长期沉睡资金).
//
// Why: the clean-ups of 存量资金 (money allocated years ago and still on the books) find balances
// nobody has touched for years — a project dropped, a town that never claimed its share, a line
// forgotten after a reorganisation. Such money is to be taken back and re-planned (收回统筹); the
// usual line is two years without any movement. Without a rule the check runs with 730 days and
// warns; rules of kind `dormant` (`days`) in force for the balance's fiscal year replace that: the
// one with the most days the balance has reached decides, with its severity (none reached: no
// finding).
//
// How it differs from idle_funds: idle_funds ages each lot (the money one allocation brought) from
// its allocation date, whatever happened since — a lot allocated 400 days ago with money left is idle
// even if the earmark paid someone yesterday. dormant_balance asks whether the balance moved at all:
// per balance as the ledger keys them (fiscal year, earmark and the allocation's town; lots without a
// town together), the days from the latest flow touching any of its lots — an allocation, a
// payment, a reversal or recovery, a transfer (调剂) in or out — to the as-of date. A balance paid
// from last month is not dormant however old its money; one topped up last month is not either.
//
// What it decides: a balance (allocated − paid, as of the as-of date) that is not zero and has not
// moved for at least the threshold (exactly the threshold is dormant). The evidence is its lots that
// still hold money (by lot date and lot), then their source documents.
#include <map>
#include <set>
#include <tuple>

#include "audit/audit.hpp"

namespace fundledger::audit {
namespace {

struct Balance {
  Money left;
  calendar::Date last_moved{boost::gregorian::min_date_time};
  std::vector<const store::LotBalance*> lots;  // those still holding money
};

// The threshold for a balance of fiscal year `fy` that has not moved for `days`: the `dormant` rule
// in force with the most days reached, else (no rule in force) the default; nothing when not reached.
std::optional<std::pair<long, const Rule*>> threshold(const Context& ctx, int fy, long days) {
  bool any = false;
  const Rule* best = nullptr;
  for (const auto& r : ctx.rules) {
    if (r.kind != "dormant" || !r.days || !r.applies(fy)) continue;
    any = true;
    if (days >= *r.days && (!best || *r.days > *best->days)) best = &r;
  }
  if (best) return std::make_pair(*best->days, best);
  if (!any && days >= ctx.dormant_days) return std::make_pair(ctx.dormant_days, nullptr);
  return std::nullopt;
}

}  // namespace

std::vector<Finding> check_dormant_balance(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  std::map<std::tuple<int, std::string, std::string>, Balance> balances;
  for (const auto& l : detail::load_lots(repo, ctx)) {
    auto& b = balances[{l.fiscal_year, l.earmark, l.town.value_or("")}];
    const Money left = l.allocated - l.paid;
    b.left += left;
    if (l.last_moved > b.last_moved) b.last_moved = l.last_moved;
    if (!left.is_zero()) b.lots.push_back(&l);
  }
  for (const auto& [key, b] : balances) {
    if (b.left.is_zero()) continue;
    const auto& [fy, earmark, town] = key;
    const long days = calendar::days_between(b.last_moved, as_of);
    auto t = threshold(ctx, fy, days);
    if (!t) continue;
    Finding f;
    f.code = "dormant_balance";
    f.severity = t->second ? t->second->severity : Severity::warn;
    if (t->second) f.rule = t->second->id;
    const std::string last = calendar::format_date(b.last_moved);
    f.message =
        text::tr(town.empty() ? "audit.dormant_balance" : "audit.dormant_balance_town", text::arg("year", fy),
                 text::arg("earmark", earmark), text::arg("town", town),
                 text::arg("left", detail::fmt(b.left)), text::arg("last", last),
                 text::arg("as_of", ctx.as_of), text::arg("days", days), text::arg("threshold", t->first));
    f.subject = {{"earmark", std::to_string(fy) + "/" + earmark},
                 {"balance", format_yuan(b.left)},
                 {"last_moved", last},
                 {"days", std::to_string(days)}};
    if (!town.empty()) f.subject["town"] = town;
    f.since =
        calendar::format_date(b.last_moved + boost::gregorian::days(t->first));  // the day it became dormant
    std::set<std::string> docs_seen;
    std::vector<std::string> docs;
    for (const auto* l : b.lots) {
      f.evidence.push_back(l->lot);
      if (docs_seen.insert(l->source_doc).second) docs.push_back(l->source_doc);
    }
    f.evidence.insert(f.evidence.end(), docs.begin(), docs.end());
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
