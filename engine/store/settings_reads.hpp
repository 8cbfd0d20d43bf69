// SettingsReads: the bureau's settings (单位, 制表人, ...) as the journal holds them (engine/settings
// knows the keys; the store only reads the entries of kind 'setting').
// Typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

// One recorded change of a setting: its entry, the key, the value (none: unset), and the entry's
// header as recorded (who set it and when).
struct SettingRow {
  std::int64_t entry_id = 0;
  std::string key;
  std::optional<std::string> value;
  std::string recorded_at;  // ISO 8601
  std::string operator_name;
};

class SettingsReads {
 public:
  virtual ~SettingsReads() = default;

  // The latest entry of every key ever set (an unset one included, its value none), ordered by key.
  virtual std::vector<SettingRow> settings_latest() = 0;
  // Every recorded change, oldest first.
  virtual std::vector<SettingRow> settings_history() = 0;
};

}  // namespace fundledger::store
