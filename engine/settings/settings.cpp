#include "settings/settings.hpp"

#include <algorithm>
#include <cstdint>

#include "base/assert.hpp"
#include "store/hash.hpp"
#include "store/settings_reads.hpp"
#include "text/text.hpp"

namespace fundledger::settings {
namespace {

// One UTF-8 character of `s` from `at`: its code point and length; none for bytes that are not
// UTF-8 (overlong forms, surrogates and values beyond U+10FFFF included).
std::optional<std::pair<char32_t, std::size_t>> next_char(std::string_view s, std::size_t at) {
  const auto b0 = static_cast<unsigned char>(s[at]);
  if (b0 < 0x80) return std::pair<char32_t, std::size_t>{b0, 1};
  std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
  if (n == 0 || b0 > 0xF4 || at + n > s.size()) return std::nullopt;
  char32_t c = b0 & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[at + i]);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    c = (c << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
  return std::pair<char32_t, std::size_t>{c, n};
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: nothing a cell or a
// printed header should hold.
bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029; }

std::string code_point(char32_t c) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(c)); }

std::optional<std::string> phone_refusal(const Key& key, std::string_view v) {
  int digits = 0;
  for (std::size_t at = 0; at < v.size(); ++at) {
    const char ch = v[at];
    if (ch >= '0' && ch <= '9') {
      ++digits;
    } else if (ch != '-' && ch != ' ' && ch != '(' && ch != ')' && ch != '+') {
      auto c = next_char(v, at);  // the value is UTF-8 (checked first): show the whole character
      std::string shown(v.substr(at, c ? c->second : 1));
      return text::tr("settings.phone_bad_char", text::arg("name", display_name(key)), text::arg("value", v),
                      text::arg("char", shown));
    }
  }
  if (digits < 3)
    return text::tr("settings.phone_few_digits", text::arg("name", display_name(key)), text::arg("value", v));
  return std::nullopt;
}

}  // namespace

const std::vector<Key>& keys() {
  static const std::vector<Key> k = {
      {"unit", "单位", ValueKind::text, "settings.name.unit"},
      {"preparer", "制表人", ValueKind::text, "settings.name.preparer"},
      {"reviewer", "审核人", ValueKind::text, "settings.name.reviewer"},
      {"head", "负责人", ValueKind::text, "settings.name.head"},
      {"phone", "联系电话", ValueKind::phone, "settings.name.phone"},
      {"supervision_phone", "监督电话", ValueKind::phone, "settings.name.supervision_phone"}};
  return k;
}

const Key* find_key(std::string_view given) {
  for (const auto& k : keys())
    if (given == k.key || given == k.zh) return &k;
  return nullptr;
}

std::string display_name(const Key& key) { return text::tr(key.name_id); }

std::string known_keys() {
  std::string out;
  for (const auto& k : keys()) {
    if (!out.empty()) out += text::tr("settings.key_separator");
    out += text::tr("settings.key_item", text::arg("key", k.key), text::arg("zh", k.zh));
  }
  return out;
}

std::string trimmed(std::string_view v) {
  auto space_at_start = [&] {
    if (v.empty()) return std::size_t{0};
    if (v.front() == ' ' || v.front() == '\t') return std::size_t{1};
    return v.substr(0, 3) == "\u3000" ? std::size_t{3} : std::size_t{0};
  };
  auto space_at_end = [&] {
    if (v.empty()) return std::size_t{0};
    if (v.back() == ' ' || v.back() == '\t') return std::size_t{1};
    return v.size() >= 3 && v.substr(v.size() - 3) == "\u3000" ? std::size_t{3} : std::size_t{0};
  };
  while (std::size_t n = space_at_start()) v.remove_prefix(n);
  while (std::size_t n = space_at_end()) v.remove_suffix(n);
  return std::string(v);
}

std::optional<std::string> refusal(const Key& key, std::string_view v) {
  const std::string name = display_name(key);
  if (v.empty()) return text::tr("settings.value_empty", text::arg("name", name), text::arg("key", key.key));
  std::size_t chars = 0;
  for (std::size_t at = 0; at < v.size(); ++chars) {
    auto c = next_char(v, at);
    if (!c) return text::tr("settings.value_not_utf8", text::arg("name", name));
    if (is_control(c->first))
      return text::tr("settings.value_control", text::arg("name", name),
                      text::arg("char", code_point(c->first)));
    at += c->second;
  }
  if (chars > kValueMaxChars)
    return text::tr("settings.value_too_long", text::arg("name", name), text::arg("chars", chars),
                    text::arg("max", kValueMaxChars));
  if (key.kind == ValueKind::phone) return phone_refusal(key, v);
  return std::nullopt;
}

std::vector<InForce> in_force(store::Repository& repo) {
  std::vector<InForce> out;
  for (const auto& k : keys()) out.push_back({std::string(k.key), &k, std::nullopt, {}, {}, 0});
  for (auto& row : repo.settings().settings_latest()) {
    auto it = std::find_if(out.begin(), out.end(), [&](const InForce& f) { return f.key == row.key; });
    if (it == out.end()) it = out.insert(out.end(), InForce{row.key, nullptr, std::nullopt, {}, {}, 0});
    it->value = std::move(row.value);
    it->recorded_at = std::move(row.recorded_at);
    it->operator_name = std::move(row.operator_name);
    it->entry_id = row.entry_id;
  }
  return out;
}

std::string value_of(const std::vector<InForce>& all, std::string_view key) {
  for (const auto& f : all)
    if (f.key == key) return f.value.value_or("");
  return "";
}

Change set(store::Repository& repo, const Key& key, const std::optional<std::string>& value,
           const ledger::RunInfo& info) {
  FL_ASSERT(!value || !refusal(key, *value), "settings::set: the value was checked (refusal) first");
  FL_ASSERT(info.recorded_at.size() >= 10, "settings::set: recorded_at is an ISO 8601 time");
  std::string action = std::string(value ? "settings set " : "settings unset ") + std::string(key.key);
  std::string content = std::string(key.key) + '\x1f' + (value ? "t" + *value : std::string("n"));
  ledger::ImportRun run(repo, "settings", action, action, store::to_hex(store::sha256(content)), info);
  // Read inside the run's transaction: another clerk's change committed since is seen.
  std::optional<std::string> current;
  for (auto& row : repo.settings().settings_latest())
    if (row.key == key.key) current = std::move(row.value);
  if (current == value) {
    run.skipped();
    run.finish();  // nothing added: rolled back, not even the import's record is kept
    return Change::unchanged;
  }
  auto date = calendar::parse_date(std::string_view(info.recorded_at).substr(0, 10));
  FL_ASSERT(date, "settings::set: recorded_at begins with a date");
  run.write(entries::Entry{std::string(key.key), *date.value, std::nullopt,
                           entries::Setting{std::string(key.key), value}});
  run.finish();
  return Change::recorded;
}

}  // namespace fundledger::settings
