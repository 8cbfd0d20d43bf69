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
  // An open-addressing index over the ids (at most three quarters full): one hash and a probe or
  // two per lookup, where a binary search compares ids at some eighteen places of a large register.
  std::size_t slots = 16;
  while (slots < place_.size() + place_.size() / 3 + 1) slots *= 2;
  slots_.assign(slots, 0);
  for (std::size_t k = 0; k < place_.size(); ++k) {
    std::size_t s = slot_of(id(k));
    while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = static_cast<std::uint32_t>(k + 1);
  }
  loaded_ = true;
  return true;
}

std::size_t HouseholdRegister::slot_of(std::string_view id) const {
  return std::hash<std::string_view>{}(id) & (slots_.size() - 1);
}

const HouseholdPlace* HouseholdRegister::find_loaded(std::string_view id) const {
  for (std::size_t s = slot_of(id); slots_[s] != 0; s = (s + 1) & (slots_.size() - 1)) {
    std::size_t k = slots_[s] - 1;
    if (this->id(k) == id) return &places_[place_[k]];
  }
  return nullptr;
}

}  // namespace fundledger::ledger
