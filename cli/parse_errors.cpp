// cli — the argument parser's errors in the run's language (parse_errors.hpp). CLI11 2.1 says what
// went wrong in fixed English sentences; each kind is recognised by its sentence and said again
// from the catalogue, naming the choices or verbs where there are some.
#include "cli/parse_errors.hpp"

#include <regex>

#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using text::arg;
using text::tr;

// The subcommand the error arose in: the last one parsed along the chain.
CLI::App* deepest(CLI::App* a) {
  for (auto* s : a->get_subcommands())
    if (s->parsed()) return deepest(s);
  return a;
}

std::string joined(const std::vector<std::string>& items) {
  std::string sep = text::language() == text::Lang::zh ? "、" : ", ";
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

// "{a,b,c}" (CLI::IsMember's description) -> its items.
std::vector<std::string> braced_items(const std::string& s) {
  std::vector<std::string> out;
  auto open = s.find('{'), close = s.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string inner = s.substr(open + 1, close - open - 1);
  std::size_t at = 0;
  while (at <= inner.size()) {
    auto comma = inner.find(',', at);
    if (comma == std::string::npos) comma = inner.size();
    if (comma > at) out.push_back(inner.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

// The choices of option `name` of `app` (or of its parents), when a set of values is checked.
std::vector<std::string> choices_of(CLI::App* app, const std::string& name) {
  for (CLI::App* a = app; a; a = a->get_parent()) {
    auto* opt = a->get_option_no_throw(name);
    if (!opt) continue;
    for (int i = 0;; ++i) {
      CLI::Validator* v = nullptr;
      try {
        v = opt->get_validator(i);
      } catch (const CLI::OptionNotFound&) {
        break;
      }
      auto items = braced_items(v->get_description());
      if (!items.empty()) return items;
    }
    return {};
  }
  return {};
}

std::vector<std::string> verb_names(CLI::App* app) {
  std::vector<std::string> out;
  for (auto* s : app->get_subcommands([](CLI::App* s) { return !s->get_group().empty(); }))
    out.push_back(s->get_name());
  return out;
}

// The first word on the line that is not an option, an option's value or a verb parsed: the verb
// that was mistyped (empty when there is none).
std::string stray_word(CLI::App* root, const std::vector<std::string>& args) {
  std::vector<std::string> chain;
  for (CLI::App* a = root; a;) {
    CLI::App* next = nullptr;
    for (auto* s : a->get_subcommands())
      if (s->parsed()) next = s;
    if (next) chain.push_back(next->get_name());
    a = next;
  }
  std::size_t verbs_seen = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& w = args[i];
    if (w.rfind("-", 0) == 0) {
      auto* opt = root->get_option_no_throw(w);
      for (CLI::App* a = root; !opt && a;
           a = a->get_subcommands().empty() ? nullptr : a->get_subcommands().back())
        opt = a->get_option_no_throw(w);
      if (opt && opt->get_items_expected_min() > 0 && w.find('=') == std::string::npos) ++i;
      continue;
    }
    if (verbs_seen < chain.size() && w == chain[verbs_seen]) {
      ++verbs_seen;
      continue;
    }
    return w;
  }
  return {};
}

std::string explain(CLI::App& root, CLI::App* where, const std::string& what,
                    const std::vector<std::string>& args) {
  static const std::regex required(R"(^(\S+) is required$)"), not_in(R"(^(\S+): (.*) not in \{(.*)\}$)"),
      extras(R"(^The following arguments? (?:was|were) not expected: (.*)$)"),
      missing_value(R"(^(\S+): \d+ required \S+ missing$)"), convert(R"(^Could not convert: (\S+) = (.*)$)"),
      too_many(R"(^(\S+): At Most \d+ required but received \d+$)");
  std::smatch m;
  if (std::regex_match(what, m, required)) {
    auto choices = choices_of(where, m[1]);
    if (m.str(1).rfind("-", 0) != 0) return tr("cli.parse.argument_required", arg("name", m.str(1)));
    if (choices.empty()) return tr("cli.parse.option_required", arg("option", m.str(1)));
    return tr("cli.parse.option_required_choices", arg("option", m.str(1)), arg("choices", joined(choices)));
  }
  if (std::regex_match(what, m, not_in))
    return tr("cli.parse.not_a_choice", arg("option", m.str(1)), arg("value", m.str(2)),
              arg("choices", joined(braced_items("{" + m.str(3) + "}"))));
  if (std::regex_match(what, m, extras)) return tr("cli.parse.not_expected", arg("arguments", m.str(1)));
  if (std::regex_match(what, m, missing_value)) return tr("cli.parse.needs_value", arg("option", m.str(1)));
  if (std::regex_match(what, m, convert))
    return tr("cli.parse.not_a_number", arg("option", m.str(1)), arg("value", m.str(2)));
  if (std::regex_match(what, m, too_many)) return tr("cli.parse.given_twice", arg("option", m.str(1)));
  if (what == "A subcommand is required") {
    auto stray = stray_word(&root, args);
    auto verbs = joined(verb_names(where));
    if (!stray.empty()) return tr("cli.parse.unknown_verb", arg("word", stray), arg("verbs", verbs));
    return tr("cli.parse.verb_required", arg("verbs", verbs));
  }
  return tr("cli.parse.other", arg("message", what));
}

}  // namespace

std::vector<std::string> explain_parse_error(CLI::App& app, const CLI::ParseError& e,
                                             const std::vector<std::string>& args) {
  CLI::App* where = deepest(&app);
  std::string path;
  for (CLI::App* a = where; a && a->get_parent(); a = a->get_parent()) path = " " + a->get_name() + path;
  return {tr("cli.error", arg("message", explain(app, where, e.what(), args))),
          tr("cli.parse.see_help", arg("command", "fundledger" + path))};
}

}  // namespace fundledger::cli
