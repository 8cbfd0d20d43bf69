// MonitorReads on SQL: the warning_action rows with their entry's header, and look-ups of entries by key.
#include "store/sqlite/sqlite_monitor_reads.hpp"

#include <algorithm>

#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/read_helpers.hpp"

namespace fundledger::store {
namespace {

// Keys are looked up in chunks: an IN list of at most this many parameters.
constexpr std::size_t kChunk = 400;

std::string placeholders(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += i ? ", ?" : "?";
  return s;
}

}  // namespace

std::vector<WarningActionRow> SqlMonitorReads::warning_actions() {
  const TableSpec& spec = table_spec(entries::WarningAction::kKind);
  std::string cols;
  for (const char* c : spec.columns) cols += std::string(", w.") + c;
  auto st = db_.prepare("SELECT e.id, e.effective_date, e.recorded_at, e.operator" + cols +
                        " FROM warning_action w JOIN entry_row e ON e.id = w.entry_id ORDER BY w.entry_id");
  std::vector<WarningActionRow> out;
  while (st.step())
    out.push_back({st.int64(0), col::date(st, 1), st.text(2), st.text(3),
                   decode_row<entries::WarningAction>(spec, st, 4)});
  return out;
}

std::map<std::string, calendar::Date> SqlMonitorReads::latest_dates_of_keys(
    const std::vector<std::string>& keys) {
  std::map<std::string, calendar::Date> out;
  for (std::size_t at = 0; at < keys.size(); at += kChunk) {
    std::size_t n = std::min(kChunk, keys.size() - at);
    // Payments by their unique voucher, the other entries by key (entry_row holds few rows).
    auto st = db_.prepare(
        "SELECT k, MAX(d) FROM (SELECT voucher AS k, date AS d FROM disbursement WHERE voucher IN (" +
        placeholders(n) + ") UNION ALL SELECT key, effective_date FROM entry_row WHERE key IN (" +
        placeholders(n) + ")) t GROUP BY k");
    for (std::size_t i = 0; i < n; ++i) {
      st.bind(static_cast<int>(i + 1), keys[at + i]);
      st.bind(static_cast<int>(n + i + 1), keys[at + i]);
    }
    while (st.step()) out[st.text(0)] = col::date(st, 1);
  }
  return out;
}

std::optional<EntryRef> SqlMonitorReads::first_entry_touching(const std::vector<std::string>& keys,
                                                              std::int64_t after_entry_id) {
  std::optional<EntryRef> best;
  for (std::size_t at = 0; at < keys.size(); at += kChunk) {
    std::size_t n = std::min(kChunk, keys.size() - at);
    auto st = db_.prepare(
        "SELECT id, kind, key, d FROM (SELECT entry_id AS id, 'disbursement' AS kind, voucher AS key, date "
        "AS d "
        "FROM disbursement WHERE entry_id > ? AND voucher IN (" +
        placeholders(n) +
        ") UNION ALL SELECT id, kind, key, effective_date FROM entry_row WHERE id > ? AND key IN (" +
        placeholders(n) +
        ") UNION ALL SELECT c.entry_id, 'correction', c.voucher, c.date FROM correction c WHERE c.entry_id > "
        "? "
        "AND c.target IN (" +
        placeholders(n) + ")) t ORDER BY id LIMIT 1");
    int p = 1;
    for (int part = 0; part < 3; ++part) {
      st.bind(p++, after_entry_id);
      for (std::size_t i = 0; i < n; ++i) st.bind(p++, keys[at + i]);
    }
    if (st.step() && (!best || st.int64(0) < best->entry_id))
      best = EntryRef{st.int64(0), st.text(1), st.text(2), col::date(st, 3)};
  }
  return best;
}

}  // namespace fundledger::store
