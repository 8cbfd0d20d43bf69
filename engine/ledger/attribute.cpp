#include "ledger/attribute.hpp"

#include <algorithm>

namespace fundledger::ledger {

std::optional<std::vector<std::pair<std::size_t, Money>>> attribute(
    const std::vector<LotState>& lots, const Date& date, const Money& amount, bool pro_rata,
    const std::optional<std::string>& only_source, Money& available) {
  std::vector<std::size_t> eligible;
  available = Money();
  for (std::size_t i = 0; i < lots.size(); ++i) {
    const auto& l = lots[i];
    if (!l.remaining.is_positive() || l.date > date) continue;
    if (only_source && l.source_doc != *only_source) continue;
    eligible.push_back(i);
    available += l.remaining;
  }
  if (amount > available) return std::nullopt;
  std::vector<std::pair<std::size_t, Money>> parts;
  if (pro_rata) {
    std::vector<Int128> w;
    for (auto i : eligible) w.push_back(lots[i].remaining.fen());
    auto split_parts = split(amount, w);
    for (std::size_t k = 0; k < eligible.size(); ++k)
      if (split_parts[k].is_positive()) parts.emplace_back(eligible[k], split_parts[k]);
  } else {
    Money left = amount;
    for (auto i : eligible) {
      if (!left.is_positive()) break;
      Money take = std::min(left, lots[i].remaining);
      parts.emplace_back(i, take);
      left -= take;
    }
  }
  return parts;
}

Money available_from(const Events& events, const Date& d, const Money& base) {
  Events sorted = events;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  Money bal = base;
  std::size_t i = 0;
  for (; i < sorted.size() && sorted[i].first <= d; ++i) bal += sorted[i].second;
  Money low = bal;
  while (i < sorted.size()) {
    const Date& t = sorted[i].first;
    for (; i < sorted.size() && sorted[i].first == t; ++i) bal += sorted[i].second;
    low = std::min(low, bal);
  }
  return low;
}

void DatedBalance::add(const Date& date, const Money& delta) {
  if (!changes_.empty() && changes_.back().first == date)
    changes_.back().second += delta;
  else
    changes_.emplace_back(date, delta);
  total_ += delta;
  if (!last_ || date > *last_) last_ = date;
}

Money DatedBalance::available_on(const Date& date, const Money& base) const {
  if (!last_ || *last_ <= date) return base + total_;
  return available_from(changes_, date, base);
}

}  // namespace fundledger::ledger
