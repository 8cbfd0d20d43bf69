// The running totals the reports read (per earmark and day, town and day, source and day, town
// and month, earmark x source and month): summed here from the flows of the entries written, and
// handed to the store as amounts to add. `verify` checks them against the flows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entries/entries.hpp"
#include "store/records.hpp"

namespace fundledger::ledger {

class RunningTotals {
 public:
  void add(const entries::Flow& flow) { add(flow, 0); }
  // The same, noting the first entry that feeds each total (verify's recount of the totals).
  void add(const entries::Flow& flow, std::int64_t entry_id);
  [[nodiscard]] bool full() const;  // holds enough keys to hand over (bounded memory)
  // The totals held, sorted by table and key (so the store's upserts walk forwards); clears them.
  std::vector<store::RunningTotal> take();

 private:
  // A total's key, compact: the table, the fiscal year, the earmark/town/source (and, for the
  // earmark x source table, the source) as interned ids and the date or month as an interned id.
  // Hashing integers per flow instead of comparing strings.
  struct Key {
    std::uint32_t table;
    std::uint32_t name;
    std::uint32_t name2;  // flow_month: the source; else 0
    std::uint32_t period;
    std::int64_t fiscal_year;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept {
      std::uint64_t h = (std::uint64_t{k.table} << 32 | k.name) * 0x9E3779B97F4A7C15ull;
      h ^= (std::uint64_t{k.name2} << 32 | k.period) * 0xBF58476D1CE4E5B9ull;
      h ^= static_cast<std::uint64_t>(k.fiscal_year) * 0x94D049BB133111EBull;
      return static_cast<std::size_t>(h ^ (h >> 31));
    }
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct Sums {
    std::int64_t alloc = 0, pay = 0;
    std::int64_t first_entry = 0;
  };
  std::uint32_t intern(std::string_view s);
  std::unordered_map<Key, Sums, KeyHash> sums_;
  std::unordered_map<std::string, std::uint32_t, NameHash, std::equal_to<>> interned_;
  std::vector<const std::string*> names_;    // id -> the key in interned_
  std::optional<calendar::Date> last_date_;  // the date of the last flow added, and its ids
  std::uint32_t date_id_ = 0, month_id_ = 0;
};

}  // namespace fundledger::ledger
