// The household register held compactly, for imports that look up many payees.
//
// The ids in one sorted arena, each pointing at its (town, village) among the distinct places:
// about 17 bytes a household (250,000 households: 4 MB). Looking payees up in the store instead
// reads a random page of the register per payment, and the import's own writes keep evicting
// those pages from the cache. Small imports look up one at a time (a bounded cache); past
// kHouseholdLookupsBeforeLoad lookups the register is loaded, unless it has more than
// kHouseholdRegisterMax households.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ledger/limits.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

struct HouseholdPlace {
  std::string town, village;
};

class HouseholdRegister {
 public:
  explicit HouseholdRegister(store::LedgerReads& reads) : reads_(reads) {}
  // The household's town and village; nullptr if it is not registered.
  const HouseholdPlace* find(const std::string& id);

 private:
  bool load();
  [[nodiscard]] const HouseholdPlace* find_loaded(std::string_view id) const;
  [[nodiscard]] std::string_view id(std::size_t k) const {
    return std::string_view(arena_).substr(start_[k], start_[k + 1] - start_[k]);
  }

  store::LedgerReads& reads_;
  std::size_t lookups_ = 0;
  bool loaded_ = false, load_tried_ = false;
  std::unordered_map<std::string, std::optional<HouseholdPlace>> cache_;  // before it is loaded
  std::string arena_;
  std::vector<std::uint32_t> start_;  // offset of id k in arena_, and one past the last
  std::vector<std::uint32_t> place_;  // id k -> places_
  std::vector<HouseholdPlace> places_;
};

}  // namespace fundledger::ledger
