// SettingsReads on SQLite: the setting rows with their entry's header (entry_row: a setting is
// never a payment, whose header lives in its own row).
#include "store/sqlite/sqlite_settings_reads.hpp"

namespace fundledger::store {

std::vector<SettingRow> SqliteSettingsReads::rows(const std::string& where_order) {
  auto st = db_.prepare(
      "SELECT s.entry_id, s.key, s.value, e.recorded_at, e.operator FROM setting s "
      "JOIN entry_row e ON e.id = s.entry_id " +
      where_order);
  std::vector<SettingRow> out;
  while (st.step()) out.push_back({st.int64(0), st.text(1), st.opt_text(2), st.text(3), st.text(4)});
  return out;
}

std::vector<SettingRow> SqliteSettingsReads::settings_latest() {
  return rows(
      "WHERE s.entry_id = (SELECT MAX(t.entry_id) FROM setting t WHERE t.key = s.key) ORDER BY s.key");
}

std::vector<SettingRow> SqliteSettingsReads::settings_history() { return rows("ORDER BY s.entry_id"); }

}  // namespace fundledger::store
