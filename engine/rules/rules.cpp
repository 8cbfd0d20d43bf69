// Rules files: parsing, validation, versioned import into the journal, loading the rules in force.
#include "rules/rules.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "ledger/diagnostics.hpp"
#include "rules/params.hpp"
#include "store/rule_reads.hpp"
#include "text/text.hpp"

namespace fundledger::rules {

using text::arg;
using text::tr;

using nlohmann::json;

std::string fmt_wan(const Money& m) { return format_in(m, Unit::wan, -1) + "万"; }

std::string fmt_pct(const Rational& r) {
  std::string s = format_ratio(r * 100, 4);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s + "%";
}

namespace {

const std::set<std::string> kHeaderKeys = {"id", "kind", "severity", "from", "to", "note"};

std::set<std::string> categories(store::RuleReads& reads) {
  auto codes = reads.category_codes();
  return {codes.begin(), codes.end()};
}

// Whether a parsed rule is the recorded version `v` of its id (then importing it again is a no-op).
bool same_rule(const Rule& r, const std::string& canon, const store::StoredRule& v) {
  std::optional<std::string> note = r.note.empty() ? std::nullopt : std::optional<std::string>(r.note);
  return v.kind == r.kind && v.severity == r.severity_str() && v.from_year == r.from && v.to_year == r.to &&
         v.note == note && v.params == canon;
}

}  // namespace

namespace {

long line_of(const toml::node* n) { return n ? static_cast<long>(n->source().begin.line) : 0L; }

// The keys of a [[rule]] table other than its header, as a JSON object (the canonical params).
json rule_params(const toml::table& t, const Rule& r,
                 const std::function<void(long, const std::string&)>& error, bool& ok) {
  json params = json::object();
  for (auto&& [k, v] : t) {
    std::string key(k.str());
    if (kHeaderKeys.count(key)) continue;
    if (v.is_string())
      params[key] = *v.value<std::string>();
    else if (const auto* integer = v.as_integer())
      params[key] = integer->get();
    else if (auto* a = v.as_array()) {
      json items = json::array();
      for (auto& x : *a) {
        if (x.is_string())
          items.push_back(*x.value<std::string>());
        else
          items.push_back(nullptr);  // reported by build_params
      }
      params[key] = items;
    } else {
      error(line_of(&v), tr("rules.file.in_rule", arg("rule", r.id),
                            arg("message", tr("rules.file.value_type", arg("key", key)))));
      ok = false;
    }
  }
  return params;
}

// The read stage of a rules file: one [[rule]] table to a rule and its params; nullopt (errors
// reported) when it is not a valid rule.
std::optional<std::pair<Rule, json>> read_rule(const toml::table& t, const std::set<std::string>& known,
                                               std::set<std::string>& ids,
                                               const std::function<void(long, const std::string&)>& error) {
  Rule r;
  bool ok = true;
  auto str = [&](const char* key, bool required) -> std::optional<std::string> {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) {
        error(line_of(&t), tr("rules.file.missing_key", arg("key", key)));
        ok = false;
      }
      return std::nullopt;
    }
    if (!n->is_string() || n->value<std::string>()->empty()) {
      error(line_of(n), tr("rules.file.non_empty_string", arg("key", key)));
      ok = false;
      return std::nullopt;
    }
    return *n->value<std::string>();
  };
  auto year = [&](const char* key) -> std::optional<int> {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    // Only an integer node is read as one: toml++ 3.3 converts a float such as 2e20 to int64
    // without a range check (undefined behaviour found by fuzz_rules).
    const auto* integer = n->as_integer();
    if (!integer || integer->get() < 1900 || integer->get() > 9999) {
      error(line_of(n), tr("rules.file.year", arg("key", key)));
      ok = false;
      return std::nullopt;
    }
    return static_cast<int>(integer->get());
  };
  r.id = str("id", true).value_or("");
  r.kind = str("kind", true).value_or("");
  auto sev = str("severity", false).value_or("error");
  if (sev != "error" && sev != "warn") {
    error(line_of(t.get("severity")),
          tr("rules.file.one_of", arg("key", "severity"), arg("choices", "error, warn"), arg("value", sev)));
    ok = false;
  }
  r.severity = sev == "warn" ? Severity::warn : Severity::error;
  r.from = year("from");
  r.to = year("to");
  r.note = str("note", false).value_or("");
  if (r.from && r.to && *r.from > *r.to) {
    error(line_of(t.get("to")),
          tr("rules.file.in_rule", arg("rule", r.id),
             arg("message", tr("rules.file.to_before_from", arg("to", *r.to), arg("from", *r.from)))));
    ok = false;
  }
  if (!r.id.empty() && !ids.insert(r.id).second) {
    error(line_of(&t), tr("rules.file.id_twice", arg("rule", r.id)));
    ok = false;
  }
  json params = rule_params(t, r, error, ok);
  if (r.kind.empty()) return std::nullopt;
  detail::build_params(r, params, known, [&](const std::string& key, const std::string& msg) {
    const toml::node* n = t.get(key);
    error(line_of(n ? n : &t), tr("rules.file.in_rule", arg("rule", r.id), arg("message", msg)));
    ok = false;
  });
  if (!ok) return std::nullopt;
  return std::pair{std::move(r), std::move(params)};
}

// The read stage of a rules file: every rule, or InputError with every problem.
std::vector<std::pair<Rule, json>> read_rules(const std::string& path, const std::set<std::string>& known) {
  ledger::Diagnostics diag;
  if (!std::filesystem::exists(path)) throw ledger::InputError(path, 0, tr("rules.file.cannot_open"));
  toml::table doc;
  try {
    doc = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw ledger::InputError(path, static_cast<long>(e.source().begin.line),
                             tr("rules.file.not_toml", arg("detail", std::string(e.description()))));
  }
  auto error = [&](long line, const std::string& m) { diag.error(path, line, 0, m); };
  for (auto&& [k, v] : doc)
    if (k.str() != "rule")
      diag.error(path, line_of(&v), 0, tr("rules.file.unknown_top_key", arg("key", std::string(k.str()))));
  auto* arr = doc.get_as<toml::array>("rule");
  if (!arr || arr->empty()) throw ledger::InputError(path, 1, tr("rules.file.no_rule"));
  std::vector<std::pair<Rule, json>> parsed;
  std::set<std::string> ids;
  for (auto& node : *arr) {
    auto* t = node.as_table();
    if (!t) {
      error(line_of(&node), tr("rules.file.rule_not_table"));
      continue;
    }
    if (auto rule = read_rule(*t, known, ids, error)) parsed.push_back(std::move(*rule));
  }
  if (diag.has_errors()) throw ledger::InputError(std::move(diag));
  return parsed;
}

}  // namespace

RulesImportReport import_rules(store::Repository& repo, const std::string& path,
                               const std::string& operator_name, const std::string& recorded_at,
                               const std::optional<std::string>& override_reason) {
  RulesImportReport rep;
  rep.file = path;
  auto parsed = read_rules(path, categories(repo.rules()));
  const std::string file_name = std::filesystem::path(path).filename().string();
  ledger::ImportRun run(repo, "rules", path, file_name, ledger::ImportRun::sha256_of_file(path),
                        {operator_name, recorded_at, override_reason});
  for (auto& [r, params] : parsed) {
    std::string canon = params.dump();
    int version = 1;
    if (auto latest = repo.rules().latest_rule_version(r.id)) {
      version = latest->version + 1;
      if (same_rule(r, canon, *latest)) {
        run.skipped();
        continue;
      }
    }
    entries::RuleVersion v{r.id,
                           version,
                           r.kind,
                           r.severity_str(),
                           r.from,
                           r.to,
                           r.note.empty() ? std::nullopt : std::optional(r.note),
                           canon,
                           file_name};
    // A rule takes effect from its first year (1900 when it has none).
    calendar::Date date(static_cast<unsigned short>(r.from.value_or(1900)), 1, 1);
    run.write({"rule:" + r.id + "/v" + std::to_string(version), date, override_reason, v});
    rep.recorded.push_back(r.id + " v" + std::to_string(version));
  }
  auto report = run.finish();
  rep.added = report.added;
  rep.skipped = report.skipped;
  return rep;
}

std::vector<Rule> current_rules(store::Repository& repo) {
  std::vector<Rule> out;
  for (auto& v : repo.rules().latest_rules()) {
    Rule r;
    r.id = v.rule_id;
    r.version = v.version;
    r.kind = v.kind;
    r.severity = v.severity == "warn" ? Severity::warn : Severity::error;
    r.from = v.from_year;
    r.to = v.to_year;
    r.note = v.note.value_or("");
    r.params_json = v.params;
    r.entry_id = v.entry_id;
    detail::build_params(r, json::parse(r.params_json), {},
                         [&](const std::string& key, const std::string& msg) {
                           throw store::StoreError("stored rule " + r.id + " v" + std::to_string(r.version) +
                                                   " is unreadable (" + key + ": " + msg + ")");
                         });
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<LoanTerms> loan_terms_for(store::Repository& repo, const std::string& product, int year) {
  std::optional<LoanTerms> lt;
  auto tighter = [](auto& slot, const auto& v) {
    if (v && (!slot || *v < *slot)) slot = v;
  };
  for (auto& r : current_rules(repo)) {
    if (r.kind != "loan_terms" || r.product != product || !r.applies(year)) continue;
    if (!lt) lt = LoanTerms{};
    lt->rule_ids.push_back(r.id);
    if (r.severity == Severity::error) lt->severity = Severity::error;
    tighter(lt->principal_max, r.principal_max);
    tighter(lt->subsidised_principal_max, r.subsidised_principal_max);
    tighter(lt->subsidy_max_per_household, r.subsidy_max_per_household);
    tighter(lt->term_months_max, r.term_months_max);
    tighter(lt->subsidy_rate_max, r.subsidy_rate_max);
  }
  return lt;
}

}  // namespace fundledger::rules
