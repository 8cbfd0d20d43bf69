// The rows of flow_lot (schema 7): the lots single-lot payments drew from, one row each, named by
// id in the payment's own row (stored_form.hpp). Implemented in stored_form.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/sqlite/db.hpp"

namespace fundledger::store {

// The ids of flow_lot rows, found or added (inside the caller's transaction) and remembered.
class LotIds {
 public:
  explicit LotIds(Db& db) : db_(db) {}
  // The id of the lot of `flow` (a flow row in canonical column order).
  std::int64_t id_of(const std::vector<Value>& flow);
  // Forgets what it remembered (after a rollback, ids may be gone).
  void clear() { ids_.clear(); }

 private:
  Db& db_;
  std::unordered_map<std::string, std::int64_t> ids_;
  std::string key_;
};

}  // namespace fundledger::store
