// Verbs of the ledger core: amount, init, import, balance, verify.
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "cli/counties.hpp"
#include "ledger/balance.hpp"
#include "ledger/csv.hpp"
#include "ledger/ledger.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using nlohmann::json;

Verb register_amount(CLI::App& app, Globals& g);
Verb register_init(CLI::App& app, Globals& g);
Verb register_import(CLI::App& app, Globals& g);
Verb register_balance(CLI::App& app, Globals& g);
Verb register_verify(CLI::App& app, Globals& g);

Verb register_amount(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("amount", text::tr("help.amount"));
  auto expr = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>("yuan");
  cmd->add_option("EXPR", *expr, text::tr("help.amount.expr"))->required();
  cmd->add_option("--to", *to, text::tr("help.amount.to"))
      ->check(CLI::IsMember({"yuan", "wan", "yi", "daxie"}));
  return {cmd, [expr, to, &g] {
            auto r = parse_amount(*expr);
            if (!r) throw UsageError(r.error);
            const auto& m = *r.value;
            std::string out = *to == "yuan"  ? format_yuan(m)
                              : *to == "wan" ? format_in(m, Unit::wan, -1)
                              : *to == "yi"  ? format_in(m, Unit::yi, -1)
                                             : format_daxie(m);
            if (g.format == "json")
              print_json({{"input", *expr}, {"yuan", format_yuan(m)}, {"to", *to}, {"value", out}});
            else
              std::cout << out << "\n";
            return kExitOk;
          }};
}

Verb register_init(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("init", text::tr("help.init"));
  return {cmd, [&g] {
            if (g.read_only) throw UsageError(text::tr("cli.init_read_only"));
            auto repo = store::open_repository(g.db_path, store::OpenMode::create, g.county);
            if (g.format == "json")
              print_json({{"db", repo->location()}, {"schema_version", repo->schema_version()}});
            else
              std::cout << text::tr("verify.created", text::arg("path", repo->location()),
                                    text::arg("version", repo->schema_version()))
                        << "\n";
            return kExitOk;
          }};
}

Verb register_import(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("import", text::tr("help.import"));
  cmd->footer(text::tr("help.import.footer") + "\n" + import_codes_help());
  auto kind = std::make_shared<std::string>();
  auto file = std::make_shared<std::string>();
  auto override_reason = std::make_shared<std::string>();
  cmd->add_option("KIND", *kind, text::tr("help.import.kind"))
      ->required()
      ->check(CLI::IsMember({"sources", "households", "budget", "allocations", "disbursements", "corrections",
                             "rules", "loans", "projects", "project-status", "contracts", "targets",
                             "results", "assets", "asset-income", "classes", "interest-claims"}));
  cmd->add_option("FILE", *file, text::tr("help.import.file"))->required();
  cmd->add_option("--override", *override_reason, text::tr("help.import.override"));
  auto sheet = std::make_shared<std::string>();
  auto* sheet_opt = cmd->add_option("--sheet", *sheet, text::tr("help.import.sheet"));
  return {cmd, [&g, kind, file, override_reason, sheet, sheet_opt] {
            std::optional<std::string> ovr;
            if (!override_reason->empty()) ovr = *override_reason;
            if (sheet_opt->count() > 0) {
              // A sheet is asked of a workbook only (budget and rules are TOML files).
              if (*kind == "budget" || *kind == "rules")
                throw UsageError(text::tr("sheet.option_toml_kind", text::arg("kind", *kind)));
              if (!ledger::is_workbook(*file))
                throw UsageError(text::tr("sheet.not_workbook_option", text::arg("file", *file)));
              g.sheet = *sheet;
            }
            if (auto h = import_handlers().find(*kind); h != import_handlers().end())
              return h->second(g, *file, ovr);
            auto k = ledger::parse_import_kind(*kind);
            if (!k) throw UsageError("import " + *kind + " is not available in this build");
            auto repo = g.open(true);
            ledger::ImportOptions opt;
            opt.operator_name = g.operator_name;
            opt.recorded_at = g.now_iso;
            opt.override_reason = ovr;
            opt.sheet = g.sheet;
            std::unique_ptr<ledger::ImportGate> gate;
            if (gate_factory()) gate = gate_factory()(*repo);
            opt.gate = gate.get();
            auto rep = ledger::import_file(*repo, *k, *file, opt);
            print_import_report(g, rep.kind, rep);
            return kExitOk;
          }};
}

namespace {

reports::Table balance_table(const ledger::Balance& b) {
  using reports::ColType;
  reports::Table t;
  static const std::map<std::string, std::pair<const char*, const char*>> names = {
      {"amount", {"金额", "Amount"}},
      {"allocated", {"已分配", "Allocated"}},
      {"unallocated", {"未分配", "Unallocated"}},
      {"frozen", {"冻结", "Frozen"}},
      {"reduced", {"调减", "Reduced"}},
      {"settled", {"核销预拨", "Settled advances"}},
      {"disbursed", {"已支付", "Disbursed"}},
      {"budget", {"预算", "Budget"}},
      {"available", {"可用", "Available"}},
      {"committed", {"合同未付", "Committed"}}};
  static const std::map<std::string, std::pair<const char*, const char*>> keys = {
      {"category", {"类别", "Category"}},
      {"source", {"文号", "Document"}},
      {"earmark", {"用途代码", "Earmark"}},
      {"town", {"镇", "Town"}},
      {"village", {"村", "Village"}},
      {"project", {"项目", "Project"}},
      {"payee", {"收款人编号", "Payee"}},
      {"county", {"县（区）代码", "County"}},
      {"contract", {"合同编号", "Contract"}},
      {"function_class", {"功能分类", "Function class"}},
      {"economic_class", {"经济分类", "Economic class"}},
      {"fund_nature", {"资金性质", "Fund nature"}},
      {"direct", {"直达资金", "Direct"}},
      {"to_persons", {"补贴到人到户", "To persons"}}};
  auto by = std::string(ledger::to_string(b.by));
  bool earmark = b.by == ledger::BalanceBy::earmark;
  auto col = [](const std::string& key, const char* zh, const char* en, ColType type) {
    reports::Column c;
    c.key = key;
    c.zh = zh;
    c.en = en;
    c.type = type;
    return c;
  };
  if (earmark) t.columns.push_back(col("fiscal_year", "年度", "Year", ColType::integer));
  t.columns.push_back(col("key", keys.at(by).first, keys.at(by).second, ColType::text));
  t.columns.push_back(col("name", "名称", "Name", ColType::text));
  for (const auto& c : b.columns)
    t.columns.push_back(col(c, names.at(c).first, names.at(c).second, ColType::money));
  if (earmark) t.columns.push_back(col("progress", "支出进度", "Progress", ColType::ratio));
  auto row = [&](const ledger::BalanceRow& r, bool total) {
    std::vector<reports::Cell> cells;
    if (earmark)
      cells.push_back(total || !r.fiscal_year ? reports::Cell{}
                                              : reports::Cell{std::int64_t{*r.fiscal_year}});
    cells.push_back(total ? reports::Cell{} : reports::Cell{r.key});
    cells.push_back(total ? reports::Cell{} : reports::Cell{r.name});
    for (const auto& c : b.columns) cells.push_back(r.money.at(c));
    if (earmark) cells.push_back(r.progress ? reports::Cell{reports::Ratio{*r.progress}} : reports::Cell{});
    return cells;
  };
  for (const auto& r : b.rows) t.rows.push_back(row(r, false));
  t.total = row(b.total, true);
  return t;
}

json balance_row_json(const ledger::Balance& b, const ledger::BalanceRow& r) {
  json j = {{"key", r.key}, {"name", r.name}};
  if (b.by == ledger::BalanceBy::earmark)
    j["fiscal_year"] = r.fiscal_year ? json(*r.fiscal_year) : json(nullptr);
  for (const auto& c : b.columns) j[c] = money_json(r.money.at(c));
  if (b.by == ledger::BalanceBy::earmark)
    j["progress"] = r.progress ? json(format_ratio(*r.progress, 4)) : json(nullptr);
  return j;
}

}  // namespace

namespace {

void print_balance(const Globals& g, const ledger::Balance& b, const std::string& by, std::optional<int> y,
                   const std::string& date, const std::string& unit, const std::string& of = "") {
  if (g.format == "json") {
    json rows = json::array();
    for (const auto& r : b.rows) rows.push_back(balance_row_json(b, r));
    json total = balance_row_json(b, b.total);
    total["key"] = "total";
    total["name"] = text::tr("table.total");
    if (b.by == ledger::BalanceBy::earmark) total["fiscal_year"] = nullptr;
    json out = {{"by", by},
                {"year", y ? json(*y) : json(nullptr)},
                {"as_of", date},
                {"rows", rows},
                {"total", total}};
    if (!of.empty()) out["of"] = of;  // a classification key: grouped sources or lines
    print_json(out);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(balance_table(b));
  } else {
    auto t = balance_table(b);
    const std::string by_name =
        text::tr("balance.by." + by) + (of == "lines" ? text::tr("balance.of_lines") : "");
    auto by_text = text::arg("by", by_name);
    t.title = y ? text::tr("balance.title_year", by_text, text::arg("date", date), text::arg("year", *y))
                : text::tr("balance.title", by_text, text::arg("date", date));
    std::cout << reports::render_text(t, g.language(), unit == "wan" ? Unit::wan : Unit::yuan);
  }
}

}  // namespace

Verb register_balance(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("balance", text::tr("help.balance"));
  auto by = std::make_shared<std::string>();
  auto year = std::make_shared<int>(0);
  auto as_of = std::make_shared<std::string>();
  auto unit = std::make_shared<std::string>("yuan");
  auto counties = std::make_shared<std::string>();
  cmd->add_option("--by", *by, text::tr("help.balance.by"))
      ->required()
      ->check(CLI::IsMember({"category", "source", "earmark", "town", "village", "project", "payee", "county",
                             "contract", "function_class", "economic_class", "fund_nature", "direct",
                             "to_persons"}));
  auto of = std::make_shared<std::string>();
  cmd->add_option("--of", *of, text::tr("help.balance.of"))->check(CLI::IsMember({"sources", "lines"}));
  cmd->add_option("--year", *year, text::tr("help.balance.year"));
  cmd->add_option("--as-of", *as_of, text::tr("help.balance.as_of"));
  cmd->add_option("--unit", *unit, text::tr("help.balance.unit"))->check(CLI::IsMember({"yuan", "wan"}));
  cmd->add_option("--counties", *counties, text::tr("help.counties"));
  return {cmd, [&g, by, year, as_of, unit, counties, of] {
            std::string date = g.as_of(*as_of);
            std::optional<int> y;
            if (*year != 0) y = *year;
            if (*by == "county") {
              ledger::CountyRollup rollup(y, date);
              CountyLedgers(g, *counties).each([&](const CountyLedgers::One& c) {
                rollup.add(c.code, c.name, c.repo);
              });
              print_balance(g, rollup.result(), *by, y, date, *unit);
              return kExitOk;
            }
            auto key = *ledger::parse_balance_by(*by);
            if (!of->empty() && !ledger::is_class_key(key))
              throw UsageError(text::tr("classes.of_lines_only_class"));
            auto repo = g.open(false);
            if (ledger::is_class_key(key)) {
              auto what = *of == "lines" ? ledger::ClassOf::lines : ledger::ClassOf::sources;
              print_balance(g, ledger::balance_by_class(*repo, key, what, y, date), *by, y, date, *unit,
                            of->empty() ? "sources" : *of);
              return kExitOk;
            }
            print_balance(g, ledger::balance(*repo, key, y, date), *by, y, date, *unit);
            return kExitOk;
          }};
}

store::VerifyResult verify_ledger(store::Repository& repo, const std::optional<ledger::KeptHead>& kept) {
  auto r = repo.verify_chain(kept ? std::optional<std::int64_t>(kept->entries) : std::nullopt);
  if (r.ok) {
    auto bad = ledger::check_invariants(repo);
    if (!bad.empty()) {
      // Sorted by entry: the front names the smallest first bad entry (none: a running total
      // that no flow feeds, and nothing else broken).
      r.ok = false;
      r.first_bad_entry = bad.front().entry_id;
      r.reason = "invariant broken: " + bad.front().message;
    }
  }
  if (kept) ledger::check_kept_head(r, *kept);
  return r;
}

namespace {

void print_verify(const Globals& g, const store::VerifyResult& r,
                  const std::optional<ledger::KeptHead>& kept) {
  if (g.format == "json") {
    json out = {{"ok", r.ok},
                {"entries", r.entries},
                {"head", r.head_hex},
                {"first_bad_entry", r.first_bad_entry ? json(*r.first_bad_entry) : json(nullptr)},
                {"reason", r.ok ? json(nullptr) : json(r.reason)}};
    if (kept) out["kept_head"] = std::to_string(kept->entries) + ":" + kept->hex;
    print_json(out);
  } else if (r.ok && r.entries == 0) {
    std::cout << text::tr("verify.ok_empty") << "\n";
  } else if (r.ok) {
    std::cout << text::tr("verify.ok", text::arg("entries", r.entries), text::arg("head", r.head_hex))
              << "\n";
    if (kept)
      std::cout << text::tr("verify.ok_kept_head",
                            text::arg("head", std::to_string(kept->entries) + ":" + kept->hex))
                << "\n";
  } else if (r.first_bad_entry) {
    std::cout << text::tr("verify.failed_at", text::arg("entry", *r.first_bad_entry),
                          text::arg("reason", r.reason))
              << "\n";
  } else {
    std::cout << text::tr("verify.failed", text::arg("reason", r.reason)) << "\n";
  }
}

}  // namespace

std::optional<ledger::KeptHead> kept_head_option(const std::string& value) {
  if (value.empty()) return std::nullopt;
  auto k = ledger::parse_kept_head(value);
  if (!k) throw UsageError(text::tr("cli.head_bad", text::arg("value", value)));
  return k;
}

Verb register_verify(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("verify", text::tr("help.verify"));
  auto package = std::make_shared<std::string>();
  auto head = std::make_shared<std::string>();
  cmd->add_option("--package", *package, text::tr("help.verify.package"));
  cmd->add_option("--head", *head, text::tr("help.verify.head"));
  auto all_counties = std::make_shared<bool>(false);
  auto counties = std::make_shared<std::string>();
  cmd->add_flag("--all-counties", *all_counties, text::tr("help.verify.all_counties"));
  cmd->add_option("--counties", *counties, text::tr("help.counties"));
  return {cmd, [&g, package, head, all_counties, counties] {
            if (*all_counties || !counties->empty()) return verify_counties(g, *counties);
            auto kept = kept_head_option(*head);
            if (!package->empty()) return verify_package(g, *package, kept);
            auto repo = g.open(false);
            auto r = verify_ledger(*repo, kept);
            print_verify(g, r, kept);
            return r.ok ? kExitOk : kExitFindings;
          }};
}

namespace {
const VerbRegistration reg_init(10, register_init);
const VerbRegistration reg_import(20, register_import);
const VerbRegistration reg_balance(30, register_balance);
const VerbRegistration reg_verify(90, register_verify);
const VerbRegistration reg_amount(100, register_amount);
}  // namespace

}  // namespace fundledger::cli
