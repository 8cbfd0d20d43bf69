// The `fundledger` command: arguments -> engine -> renderer. The only top-level catch.
#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cli/cli.hpp"
#include "cli/parse_errors.hpp"
#include "cli/print_to_file.hpp"
#include "ledger/diagnostics.hpp"
#include "reports/table.hpp"
#include "text/text.hpp"

namespace fl = fundledger;
using namespace fundledger::cli;

namespace {

void read_clock(Globals& g) {
  g.now_iso = clock_now_iso();
  g.today = g.now_iso.substr(0, 10);
}

// The language of every message, known before the arguments are parsed (--help and the parser's
// own errors are in it too): --lang zh|en anywhere on the line, else FUNDLEDGER_LANG, else zh.
void choose_language(int argc, char** argv, Globals& g) {
  if (const char* env = std::getenv("FUNDLEDGER_LANG");
      env && (std::string(env) == "en" || std::string(env) == "zh"))
    g.lang = env;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc &&
        (std::string(argv[i + 1]) == "en" || std::string(argv[i + 1]) == "zh"))
      g.lang = argv[i + 1];
    else if (a == "--lang=en" || a == "--lang=zh")
      g.lang = a.substr(7);
  }
  fl::text::set_language(g.lang == "en" ? fl::text::Lang::en : fl::text::Lang::zh);
}

void print_input_errors(const fl::ledger::InputError& e) {
  using fl::text::arg;
  using fl::text::tr;
  for (const auto& d : e.diagnostics.all()) std::cerr << d.str() << "\n";
  std::size_t shown = 0;
  for (const auto& d : e.diagnostics.all()) shown += d.warning ? 0 : 1;
  if (e.diagnostics.error_count() > shown)
    std::cerr << tr("cli.more_errors_not_shown", arg("count", e.diagnostics.error_count() - shown)) << "\n";
  std::cerr << tr(e.diagnostics.error_count() == 1 ? "cli.one_error_nothing_written"
                                                   : "cli.errors_nothing_written",
                  arg("count", e.diagnostics.error_count()))
            << "\n";
}

// CLI11's own words in --help: in Chinese under zh. A type with its choices (TEXT:{a,b}) shows the
// choices in backticks, they are the values to type.
class ZhHelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out = CLI::Formatter::make_option_opts(opt);
    const std::string type = opt->get_type_name();
    const auto colon = type.find(':');
    if (colon == std::string::npos) return out;
    const auto at = out.find(type);
    if (at == std::string::npos) return out;
    return out.replace(at, type.size(),
                       get_label(type.substr(0, colon)) + "：`" + type.substr(colon + 1) + "`");
  }
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return help_line(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return help_line(sub->get_display_name(true), sub->get_description());
  }

 private:
  // CLI11's format_help pads by bytes, and a Chinese label is 3 bytes for 2 columns: the
  // descriptions stood ragged. Pad by display width instead (CJK characters count two).
  std::string help_line(const std::string& left, const std::string& description) const {
    const std::string name = "  " + left;
    const std::size_t width = fl::reports::display_width(name);
    std::string out = name;
    if (!description.empty()) {
      if (width >= column_width_)
        out += "\n" + std::string(column_width_, ' ');
      else
        out += std::string(column_width_ - width, ' ');
      for (const char c : description) {
        out += c;
        if (c == '\n') out += std::string(column_width_, ' ');
      }
    }
    return out + "\n";
  }
};

void set_up_help(CLI::App& app, const Globals& g) {
  using fl::text::tr;
  app.option_defaults()->group(tr("help.options_group"));
  app.group(tr("help.verbs_group"));  // the verbs' group: each subcommand takes its parent's
  app.set_help_flag("-h,--help", tr("help.help"));
  app.set_version_flag("--version", std::string("fundledger ") + FUNDLEDGER_VERSION, tr("help.version"));
  if (g.lang != "zh") return;
  auto f = std::make_shared<ZhHelpFormatter>();
  for (const auto& [key, zh] : {std::pair{"Usage", "用法"},
                                {"Options", "选项"},
                                {"Subcommands", "命令"},
                                {"SUBCOMMAND", "命令"},
                                {"SUBCOMMANDS", "命令"},
                                {"OPTIONS", "选项"},
                                {"Positionals", "参数"},
                                {"REQUIRED", "必填"},
                                {"TEXT", "文本"},
                                {"INT", "整数"},
                                {"UINT", "整数"},
                                {"FLOAT", "数"},
                                {"Needs", "需要"},
                                {"Excludes", "不能与之同用"},
                                {"Env", "环境变量"}})
    f->label(key, zh);
  app.formatter(f);
}

// A subcommand makes its help flag before it takes its parent's option defaults: put it in the
// options' group too, at every level.
void regroup_help_flags(CLI::App& app) {
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (auto* h = sub->get_help_ptr()) h->group(fl::text::tr("help.options_group"));
    regroup_help_flags(*sub);
  }
}

void print_error(const char* id, const std::exception& e) {
  std::cerr << fl::text::tr(id, fl::text::arg("message", e.what())) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  Globals g;
  read_clock(g);
  choose_language(argc, argv, g);
  if (const char* db = std::getenv("FUNDLEDGER_DB"); db && *db)
    g.db_path = db;
  else
    g.db_path = "fundledger.db";
  if (const char* county = std::getenv("FUNDLEDGER_COUNTY"); county && *county) g.county = county;
  if (const char* holidays = std::getenv("FUNDLEDGER_HOLIDAYS"); holidays && *holidays) g.holidays = holidays;
  if (const char* user = std::getenv("USER"); user && *user)
    g.operator_name = user;
  else
    g.operator_name = "unknown";
  if (const char* ro = std::getenv("FUNDLEDGER_READONLY"); ro && std::string(ro) == "1") g.read_only = true;

  CLI::App app{fl::text::tr("help.app")};
  set_up_help(app, g);
  app.require_subcommand(1);
  app.fallthrough();
  add_global_options(app, g);
  // --as-of before the verb (CONTRACT.md: global options stand before or after it); a verb's own
  // --as-of, after it, wins.
  app.add_option("--as-of", g.as_of_before_verb, fl::text::tr("help.global.as_of"));

  auto registry = verb_registry();
  std::stable_sort(registry.begin(), registry.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Verb> verbs;
  for (auto& [order, reg] : registry) verbs.push_back(reg(app, g));
  regroup_help_flags(app);
  for (auto& v : verbs) {
    add_global_options(*v.app, g);
    add_print_to_option(*v.app, g);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    for (const auto& line : explain_parse_error(app, e, std::vector<std::string>(argv + 1, argv + argc)))
      std::cerr << line << "\n";
    return kExitBadInput;
  }
  try {
    for (auto& v : verbs)
      if (v.app->parsed()) return run_printing_to_file(g, v.action);
    return kExitBadInput;
  } catch (const fl::ledger::InputError& e) {
    print_input_errors(e);
    return kExitBadInput;
  } catch (const UsageError& e) {
    print_error("cli.error", e);
    return kExitBadInput;
  } catch (const fl::store::LedgerPathError& e) {
    print_error("cli.error", e);
    return kExitBadInput;
  } catch (const fl::store::StoreError& e) {
    print_error("cli.error", e);
    return kExitEnvironment;
  } catch (const std::exception& e) {
    print_error("cli.internal_error", e);
    return kExitEnvironment;
  }
}
