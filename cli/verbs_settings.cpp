// Verb `settings`: the bureau's settings (单位, 制表人, 审核人, 负责人, 联系电话, 监督电话) that every
// sheet of a workbook shows. `settings` lists the values in force (or, --history, every change);
// `settings set KEY VALUE` and `settings unset KEY` record a change as a journal entry
// (engine/settings).
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "settings/settings.hpp"
#include "store/settings_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

// A column: its key (CSV header, JSON) and its headers from the catalogue (settings.col.*).
reports::Column column(const std::string& key, reports::ColType type = reports::ColType::text) {
  static const std::map<std::string, const char*> ids = {
      {"key", "settings.col.key"},       {"zh", "settings.col.zh"},       {"setting", "settings.col.setting"},
      {"name", "settings.col.name"},     {"value", "settings.col.value"}, {"set_on", "settings.col.set_on"},
      {"set_by", "settings.col.set_by"}, {"entry", "settings.col.entry"}};
  const char* id = ids.at(key);
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

// A setting as a person types it in the run's language: 单位 under zh, unit under en (a key this
// program does not know, as recorded).
std::string typed_key(const std::string& key) {
  const settings::Key* known = settings::find_key(key);
  return known && text::language() == text::Lang::zh ? std::string(known->zh) : key;
}

reports::Cell text_cell(const std::string& s) { return s.empty() ? reports::Cell{} : reports::Cell{s}; }

void print_table(const Globals& g, const reports::Table& t) {
  std::cout << (g.format == "csv" ? reports::render_csv(t)
                                  : reports::render_text(t, g.language(), Unit::yuan));
}

// The values in force. Text: the setting as typed in the run's language and its name; CSV (for
// programs and spreadsheets): the English key and the Chinese name, whatever the language.
void print_in_force(const Globals& g, const std::vector<settings::InForce>& all) {
  auto zh_of = [](const settings::InForce& f) { return f.known ? std::string(f.known->zh) : std::string(); };
  if (g.format == "json") {
    json rows = json::array();
    for (const auto& f : all)
      rows.push_back({{"key", f.key},
                      {"zh", f.known ? json(zh_of(f)) : json(nullptr)},
                      {"value", f.value ? json(*f.value) : json(nullptr)},
                      {"set_on", f.entry_id ? json(f.recorded_at) : json(nullptr)},
                      {"set_by", f.entry_id ? json(f.operator_name) : json(nullptr)},
                      {"entry", f.entry_id ? json(f.entry_id) : json(nullptr)}});
    print_json({{"settings", rows}});
    return;
  }
  const bool csv = g.format == "csv";
  reports::Table t;
  t.title = text::tr("settings.title");
  for (const char* c : {"setting", "name", "value", "set_on", "set_by"}) t.columns.push_back(column(c));
  if (csv) {
    t.columns[0] = column("key");
    t.columns[1] = column("zh");
  }
  for (const auto& f : all) {
    std::string name = f.known ? settings::display_name(*f.known) : text::tr("settings.unknown_name");
    const bool cleared = f.entry_id != 0 && !f.value && !csv;  // unset: who cleared it, and when
    t.rows.push_back({csv ? f.key : typed_key(f.key), csv ? zh_of(f) : name,
                      text_cell(cleared ? text::tr("settings.cleared") : f.value.value_or("")),
                      text_cell(f.recorded_at), text_cell(f.operator_name)});
  }
  if (!csv && text::language() == text::Lang::zh) {  // under zh the setting typed is its name
    t.columns.erase(t.columns.begin() + 1);
    for (auto& r : t.rows) r.erase(r.begin() + 1);
  }
  print_table(g, t);
}

// Every change, oldest first; an unset shows as cleared.
void print_history(const Globals& g, const std::vector<store::SettingRow>& rows) {
  if (g.format == "json") {
    json out = json::array();
    for (const auto& r : rows)
      out.push_back({{"entry", r.entry_id},
                     {"key", r.key},
                     {"value", r.value ? json(*r.value) : json(nullptr)},
                     {"set_on", r.recorded_at},
                     {"set_by", r.operator_name}});
    print_json({{"changes", out}});
    return;
  }
  const bool csv = g.format == "csv";
  reports::Table t;
  t.title = text::tr("settings.history_title");
  t.columns = {column("entry", reports::ColType::integer), column("set_on"), column("set_by"),
               column(csv ? "key" : "setting"), column("value")};
  for (const auto& r : rows)
    t.rows.push_back({std::int64_t{r.entry_id}, r.recorded_at, r.operator_name,
                      csv ? r.key : typed_key(r.key),
                      r.value ? reports::Cell{*r.value}
                      : csv   ? reports::Cell{}
                              : reports::Cell{text::tr("settings.cleared")}});
  print_table(g, t);
}

// `settings set` / `settings unset`: the key and value checked before the ledger is opened.
int change(Globals& g, const std::string& given_key, const std::optional<std::string>& given_value) {
  const settings::Key* key = settings::find_key(given_key);
  if (!key)
    throw UsageError(text::tr("settings.unknown_key", text::arg("key", given_key),
                              text::arg("known", settings::known_keys())));
  std::optional<std::string> value;
  if (given_value) {
    value = settings::trimmed(*given_value);
    if (auto why = settings::refusal(*key, *value)) throw UsageError(*why);
  }
  auto repo = g.open(true);
  auto done = settings::set(*repo, *key, value, {g.operator_name, g.now_iso, std::nullopt});
  const bool changed = done == settings::Change::recorded;
  if (g.format == "json") {
    print_json({{"key", std::string(key->key)},
                {"value", value ? json(*value) : json(nullptr)},
                {"changed", changed}});
    return kExitOk;
  }
  const std::string name = settings::display_name(*key);
  const char* id = value ? (changed ? "settings.recorded" : "settings.unchanged")
                         : (changed ? "settings.unset_recorded" : "settings.unset_unchanged");
  std::cout << text::tr(id, text::arg("name", name), text::arg("value", value.value_or(""))) << "\n";
  return kExitOk;
}

Verb register_settings(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("settings", text::tr("help.settings"));
  cmd->require_subcommand(0, 1);
  auto history = std::make_shared<bool>(false);
  auto key = std::make_shared<std::string>();
  auto value = std::make_shared<std::string>();
  cmd->add_flag("--history", *history, text::tr("help.settings.history"));
  auto* set = cmd->add_subcommand("set", text::tr("help.settings.set"));
  set->add_option("KEY", *key, text::tr("help.settings.key"))->required();
  set->add_option("VALUE", *value, text::tr("help.settings.value"))->required();
  auto* unset = cmd->add_subcommand("unset", text::tr("help.settings.unset"));
  unset->add_option("KEY", *key, text::tr("help.settings.key"))->required();
  for (auto* sub : cmd->get_subcommands({})) add_global_options(*sub, g);

  return {cmd, [&g, history, key, value, set, unset] {
            if (set->parsed()) return change(g, *key, *value);
            if (unset->parsed()) return change(g, *key, std::nullopt);
            auto repo = g.open(false);
            if (*history)
              print_history(g, repo->settings().settings_history());
            else
              print_in_force(g, settings::in_force(*repo));
            return kExitOk;
          }};
}

const VerbRegistration reg_settings(92, register_settings);

}  // namespace
}  // namespace fundledger::cli
