#include "ledger/household_register.hpp"

namespace fundledger::ledger {

const HouseholdPlace* HouseholdRegister::find(const std::string& id) {
  if (loaded_) return find_loaded(id);
  if (++lookups_ > kHouseholdLookupsBeforeLoad && !load_tried_) {
    load_tried_ = true;
    if (load()) {
      cache_.clear();
      return find_loaded(id);
    }
  }
  auto it = cache_.find(id);
  if (it == cache_.end()) {
    // A bounded cache: a province's register does not have to fit in memory.
    if (cache_.size() >= kHouseholdCacheMax) cache_.clear();
    std::optional<HouseholdPlace> h;
    if (auto p = reads_.household_place(id)) h = HouseholdPlace{p->town, p->village};
    it = cache_.emplace(id, std::move(h)).first;
  }
  return it->second ? &*it->second : nullptr;
}

bool HouseholdRegister::load() {
  auto [rows, id_bytes] = reads_.household_register_size();
  if (rows > kHouseholdRegisterMax) return false;
  arena_.reserve(id_bytes);  // exact sizes: no doubling on the way
  start_.reserve(rows + 1);
  place_.reserve(rows);
  std::unordered_map<std::string, std::uint32_t> place_of;
  reads_.for_each_household_place(
      [&](const std::string& id, const std::string& town, const std::string& village) {
        auto [it, added] =
            place_of.try_emplace(town + '\x1f' + village, static_cast<std::uint32_t>(places_.size()));
        if (added) places_.push_back({town, village});
        start_.push_back(static_cast<std::uint32_t>(arena_.size()));
        arena_ += id;
        place_.push_back(it->second);
      });
  start_.push_back(static_cast<std::uint32_t>(arena_.size()));
  loaded_ = true;
  return true;
}

const HouseholdPlace* HouseholdRegister::find_loaded(std::string_view id) const {
  std::size_t lo = 0, hi = place_.size();  // binary search over ids in byte order (the store's order)
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    int c = this->id(mid).compare(id);
    if (c == 0) return &places_[place_[mid]];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return nullptr;
}

}  // namespace fundledger::ledger
