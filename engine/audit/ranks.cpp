// engine/audit — strings interned into ranks that sort as the strings do (ranks.hpp).
#include "audit/ranks.hpp"

#include <algorithm>
#include <functional>

namespace fundledger::audit::detail {

namespace {

// The distinct values numbered as met, in an open-addressing table (linear probing, at most half
// full). Why: std::unordered_map allocated a node per distinct payee and chased pointers; at 10^6
// payments its look-ups cost more than the sort they replaced.
class Interner {
 public:
  std::uint32_t id(std::string_view v) {
    if (2 * (distinct_.size() + 1) > slots_.size()) grow();
    const std::size_t h = std::hash<std::string_view>{}(v);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == 0) {
        distinct_.push_back(v);
        hashes_.push_back(h);
        slots_[i] = static_cast<std::uint32_t>(distinct_.size());
        return slots_[i] - 1;
      }
      const std::uint32_t k = slots_[i] - 1;
      if (hashes_[k] == h && distinct_[k] == v) return k;
    }
  }
  [[nodiscard]] const std::vector<std::string_view>& distinct() const { return distinct_; }

 private:
  void grow() {
    std::vector<std::uint32_t> slots(std::max<std::size_t>(1024, 2 * slots_.size()), 0);
    for (std::uint32_t k = 0; k < distinct_.size(); ++k) {
      std::size_t i = hashes_[k] & (slots.size() - 1);
      while (slots[i] != 0) i = (i + 1) & (slots.size() - 1);
      slots[i] = k + 1;
    }
    slots_ = std::move(slots);
  }
  std::vector<std::uint32_t> slots_;  // 0: empty; else 1 + the value's number
  std::vector<std::string_view> distinct_;
  std::vector<std::size_t> hashes_;
};

}  // namespace

std::vector<std::uint32_t> string_ranks(const std::vector<std::string_view>& values) {
  // First the distinct values, numbered as met (one look-up per value)...
  Interner interner;
  std::vector<std::uint32_t> out;
  out.reserve(values.size());
  for (auto v : values) out.push_back(interner.id(v));
  // ...then those numbers replaced by each distinct value's place in string order.
  const auto& distinct = interner.distinct();
  std::vector<std::uint32_t> order(distinct.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return distinct[a] < distinct[b]; });
  std::vector<std::uint32_t> rank(distinct.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (auto& x : out) x = rank[x];
  return out;
}

}  // namespace fundledger::audit::detail
