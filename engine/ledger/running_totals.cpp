#include "ledger/running_totals.hpp"

#include <algorithm>
#include <tuple>

#include "ledger/limits.hpp"

namespace fundledger::ledger {

using store::TotalTable;

std::uint32_t RunningTotals::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it == interned_.end()) {
    it = interned_.emplace(std::string(s), static_cast<std::uint32_t>(names_.size())).first;
    names_.push_back(&it->first);
  }
  return it->second;
}

void RunningTotals::add(const entries::Flow& f) {
  bool alloc = f.kind == "alloc";
  std::string date_text = calendar::format_date(f.date);
  std::uint32_t date = intern(date_text);
  std::uint32_t month = intern(std::string_view(date_text).substr(0, 7));
  std::int64_t fy = f.fiscal_year;
  std::int64_t amount = f.amount.fen64();
  std::uint32_t earmark = intern(f.earmark);
  std::uint32_t source = intern(f.source_doc);
  std::uint32_t town = intern(f.town ? std::string_view(*f.town) : std::string_view());
  auto add = [&](TotalTable t, std::uint32_t name, std::uint32_t name2, std::uint32_t period,
                 std::int64_t year) {
    Sums& s = sums_[Key{static_cast<std::uint32_t>(t), name, name2, period, year}];
    (alloc ? s.alloc : s.pay) += amount;
  };
  add(TotalTable::earmark_day, earmark, 0, date, fy);
  add(TotalTable::town_day, town, 0, date, fy);
  add(TotalTable::source_day, source, 0, date, 0);
  add(TotalTable::town_month, town, 0, month, fy);
  add(TotalTable::flow_month, earmark, source, month, fy);
}

bool RunningTotals::full() const { return sums_.size() >= kRunningTotalsFlushAt; }

std::vector<store::RunningTotal> RunningTotals::take() {
  using SortKey =
      std::tuple<std::uint32_t, std::int64_t, std::string_view, std::string_view, std::string_view>;
  auto sort_key = [&](const Key& k) {
    std::string_view name = *names_[k.name], period = *names_[k.period];
    std::string_view name2 = k.table == static_cast<std::uint32_t>(TotalTable::flow_month)
                                 ? std::string_view(*names_[k.name2])
                                 : std::string_view();
    // agg_town_day's primary key starts with the date.
    return k.table == static_cast<std::uint32_t>(TotalTable::town_day)
               ? SortKey{k.table, 0, period, std::string_view(), name}
               : SortKey{k.table, k.fiscal_year, name, name2, period};
  };
  std::vector<const std::pair<const Key, Sums>*> order;
  order.reserve(sums_.size());
  for (const auto& kv : sums_) order.push_back(&kv);
  std::sort(order.begin(), order.end(),
            [&](const auto* a, const auto* b) { return sort_key(a->first) < sort_key(b->first); });
  std::vector<store::RunningTotal> out;
  out.reserve(order.size());
  for (const auto* kv : order) {
    const Key& k = kv->first;
    auto table = static_cast<TotalTable>(k.table);
    out.push_back({table, static_cast<int>(k.fiscal_year), *names_[k.name],
                   table == TotalTable::flow_month ? *names_[k.name2] : std::string(), *names_[k.period],
                   Money::from_fen(kv->second.alloc), Money::from_fen(kv->second.pay)});
  }
  sums_.clear();
  return out;
}

}  // namespace fundledger::ledger
