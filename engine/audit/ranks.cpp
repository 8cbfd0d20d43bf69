// engine/audit — strings interned into ranks that sort as the strings do (ranks.hpp).
#include "audit/ranks.hpp"

#include <algorithm>

#include "base/string_index.hpp"

namespace fundledger::audit::detail {

std::vector<std::uint32_t> string_ranks(const std::vector<std::string_view>& values) {
  // First the distinct values, numbered as met (one look-up per value)...
  StringIndex distinct;
  std::vector<std::uint32_t> out;
  out.reserve(values.size());
  for (auto v : values) out.push_back(distinct.insert(v).first);
  // ...then those numbers replaced by each distinct value's place in string order.
  std::vector<std::uint32_t> order(distinct.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return distinct.key(a) < distinct.key(b); });
  std::vector<std::uint32_t> rank(distinct.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (auto& x : out) x = rank[x];
  return out;
}

}  // namespace fundledger::audit::detail
