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
  void clear() {
    ids_.clear();
    last_id_ = 0;
  }

 private:
  Db& db_;
  std::int64_t lot_id(const std::vector<Value>& flow);  // found, remembered or added
  std::unordered_map<std::string, std::int64_t> ids_;
  std::vector<Value> last_;  // the lot columns of the last lot asked for, and its id
  std::int64_t last_id_ = 0;
  std::string key_;
};

}  // namespace fundledger::store
