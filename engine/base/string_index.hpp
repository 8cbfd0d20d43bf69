// Strings numbered 0, 1, 2, ... in the order they are first met, in an open-addressing table
// (linear probing, at most half full) that keeps each key's hash beside it.
// Why: the scans of every payment (balance --by payee, the audit's checks) look a payee up per
// payment, 10^6 times; std::unordered_map's node per key and pointer chasing cost more there than
// the work they served. One table, shared, rather than one per caller.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fundledger {

class StringIndex {
 public:
  // The number of `key`, and whether it was met for the first time now.
  std::pair<std::uint32_t, bool> insert(std::string_view key) {
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    const std::size_t h = std::hash<std::string_view>{}(key);
    std::size_t i = h & (slots_.size() - 1);
    for (; slots_[i] != 0; i = (i + 1) & (slots_.size() - 1)) {
      const std::uint32_t k = slots_[i] - 1;
      if (hashes_[k] == h && keys_[k] == key) return {k, false};
    }
    keys_.emplace_back(key);
    hashes_.push_back(h);
    slots_[i] = static_cast<std::uint32_t>(keys_.size());
    return {slots_[i] - 1, true};
  }
  [[nodiscard]] const std::string& key(std::uint32_t n) const { return keys_[n]; }
  [[nodiscard]] std::string& key(std::uint32_t n) { return keys_[n]; }
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  void grow() {
    std::vector<std::uint32_t> slots(std::max<std::size_t>(1024, 2 * slots_.size()), 0);
    for (std::uint32_t k = 0; k < keys_.size(); ++k) {
      std::size_t i = hashes_[k] & (slots.size() - 1);
      while (slots[i] != 0) i = (i + 1) & (slots.size() - 1);
      slots[i] = k + 1;
    }
    slots_.swap(slots);
  }
  std::vector<std::uint32_t> slots_;  // 0: empty; else 1 + the key's number
  std::vector<std::string> keys_;
  std::vector<std::size_t> hashes_;
};

}  // namespace fundledger
