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

void RunningTotals::add(const entries::Flow& f, std::int64_t entry_id) {
  bool alloc = f.kind == "alloc";
  if (!last_date_ || *last_date_ != f.date) {  // flows come mostly in date order: one date at a time
    std::string date_text = calendar::format_date(f.date);
    last_date_ = f.date;
    date_id_ = intern(date_text);
    month_id_ = intern(std::string_view(date_text).substr(0, 7));
  }
  std::uint32_t date = date_id_, month = month_id_;
  std::int64_t fy = f.fiscal_year;
  std::int64_t amount = f.amount.fen64();
  std::uint32_t earmark = intern(f.earmark);
  std::uint32_t source = intern(f.source_doc);
  std::uint32_t town = intern(f.town ? std::string_view(*f.town) : std::string_view());
  auto add = [&](TotalTable t, std::uint32_t name, std::uint32_t name2, std::uint32_t period,
                 std::int64_t year) {
    Sums& s = sums_[Key{static_cast<std::uint32_t>(t), name, name2, period, year}];
    (alloc ? s.alloc : s.pay) += amount;
    if (s.first_entry == 0 || (entry_id != 0 && entry_id < s.first_entry)) s.first_entry = entry_id;
  };
  add(TotalTable::earmark_day, earmark, 0, date, fy);
  add(TotalTable::town_day, town, 0, date, fy);
  add(TotalTable::source_day, source, 0, date, 0);
  add(TotalTable::town_month, town, 0, month, fy);
  add(TotalTable::flow_month, earmark, source, month, fy);
}

bool RunningTotals::full() const { return sums_.size() >= kRunningTotalsFlushAt; }

std::vector<store::RunningTotal> RunningTotals::take() {
  // Names compared by their rank in byte order (the interned names are few; the keys many).
  std::vector<std::uint32_t> by_name(names_.size()), rank(names_.size());
  for (std::uint32_t id = 0; id < by_name.size(); ++id) by_name[id] = id;
  std::sort(by_name.begin(), by_name.end(), [&](auto a, auto b) { return *names_[a] < *names_[b]; });
  for (std::uint32_t r = 0; r < by_name.size(); ++r) rank[by_name[r]] = r + 1;  // 0: no name
  using SortKey = std::tuple<std::uint32_t, std::int64_t, std::uint32_t, std::uint32_t, std::uint32_t>;
  auto sort_key = [&](const Key& k) {
    std::uint32_t name = rank[k.name], period = rank[k.period];
    std::uint32_t name2 = k.table == static_cast<std::uint32_t>(TotalTable::flow_month) ? rank[k.name2] : 0;
    // agg_town_day's primary key starts with the date.
    return k.table == static_cast<std::uint32_t>(TotalTable::town_day)
               ? SortKey{k.table, 0, period, 0, name}
               : SortKey{k.table, k.fiscal_year, name, name2, period};
  };
  std::vector<std::pair<SortKey, const std::pair<const Key, Sums>*>> order;
  order.reserve(sums_.size());
  for (const auto& kv : sums_) order.emplace_back(sort_key(kv.first), &kv);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<store::RunningTotal> out;
  out.reserve(order.size());
  for (const auto& [_, kv] : order) {
    const Key& k = kv->first;
    auto table = static_cast<TotalTable>(k.table);
    out.push_back({table, static_cast<int>(k.fiscal_year), *names_[k.name],
                   table == TotalTable::flow_month ? *names_[k.name2] : std::string(), *names_[k.period],
                   Money::from_fen(kv->second.alloc), Money::from_fen(kv->second.pay),
                   kv->second.first_entry});
  }
  sums_.clear();
  return out;
}

}  // namespace fundledger::ledger
