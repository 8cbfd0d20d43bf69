// engine/settings — the bureau's settings (设置): 单位, 制表人, 审核人, 负责人, 联系电话, 监督电话, the
// lines every sheet of a workbook shows (its header and the sign-off line under each table).
//
// A setting is not a file the bureau keeps beside the ledger: each change is a journal entry of
// kind 'setting' (entries::Setting) under the hash chain, recorded like an import (who, when), so
// `verify` covers it and nothing lies outside the chain. The value in force is the key's latest
// entry; `unset` records an entry without a value. Setting the value in force again records
// nothing (the ledger file stays byte-for-byte the same).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/run.hpp"
#include "store/repository.hpp"

namespace fundledger::settings {

enum class ValueKind { text, phone };

// One known setting: its English key, its Chinese name (both accepted on the command line), and
// what its value may hold.
struct Key {
  std::string_view key;  // unit, preparer, reviewer, head, phone, supervision_phone
  std::string_view zh;   // 单位, 制表人, 审核人, 负责人, 联系电话, 监督电话
  ValueKind kind = ValueKind::text;
  const char* name_id = nullptr;  // its name as a person reads it (catalogue: settings.name.*)
};

// Every known key, in the order a list shows them (the order of the sign-off line).
const std::vector<Key>& keys();
// The key named `given` (its English key or Chinese name, exactly); none for an unknown name.
const Key* find_key(std::string_view given);
// The known keys as a person types them, for a message: "单位（`unit`）、制表人（`preparer`）、…" in the
// run's language.
std::string known_keys();
// The key's name as a person reads it in the run's language (单位 / unit).
std::string display_name(const Key& key);

// The longest value, in characters (a unit's full name is some thirty).
inline constexpr std::size_t kValueMaxChars = 100;

// `value` with white space at both ends removed (ASCII and the ideographic space U+3000).
std::string trimmed(std::string_view value);
// Why `value` (trimmed) cannot be the key's value, as a message naming it; none when it can:
// empty (use unset), not UTF-8, a control character, longer than kValueMaxChars, or for a phone
// anything but digits, '-', ' ', '(', ')', '+' (and at least three digits).
std::optional<std::string> refusal(const Key& key, std::string_view value);

// A setting in force: the key's latest entry (value none: unset), who recorded it and when.
struct InForce {
  std::string key;                         // the English key
  const Key* known = nullptr;              // none: a key this program does not know (recorded by another)
  std::optional<std::string> value;        // none: never set, or unset
  std::string recorded_at, operator_name;  // empty when never set
  std::int64_t entry_id = 0;               // 0 when never set
};
// Every known key (set or not) in keys() order, then any other key the ledger holds, by key.
std::vector<InForce> in_force(store::Repository& repo);
// The value in force of `key` ("" when not set).
std::string value_of(const std::vector<InForce>& all, std::string_view key);

enum class Change { recorded, unchanged };

// Records `value` (none: unset) for `key` as one journal entry, inside its own transaction; the
// value must have passed refusal(). Unchanged, and nothing written, when it is the value in force
// (an unset of a key not set included). Throws store::StoreError on environment failures.
Change set(store::Repository& repo, const Key& key, const std::optional<std::string>& value,
           const ledger::RunInfo& info);

}  // namespace fundledger::settings
