// Shared plumbing of the `fundledger` command: global options, opening the ledger, output.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "calendar/work_calendar.hpp"
#include "ledger/kept_head.hpp"
#include "ledger/ledger.hpp"
#include "reports/table.hpp"
#include "store/repository.hpp"

namespace fundledger::cli {

// Exit codes (CONTRACT.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitEnvironment = 3;

struct Globals {
  std::string db_path;
  std::string county;           // --county / FUNDLEDGER_COUNTY: the county's ledger on a PostgreSQL server
  std::string format = "text";  // text | csv | json
  std::string lang = "zh";      // zh | en
  std::string operator_name;
  bool read_only = false;
  // The clock, read once here: FUNDLEDGER_NOW (ISO 8601) pins it for tests.
  std::string now_iso;            // 2026-11-29T09:00:00Z
  std::string today;              // 2026-11-29
  std::string as_of_before_verb;  // `fundledger --as-of D VERB`: the default of the verb's --as-of
  std::string print_to;           // --out FILE of a verb that prints (print_to_file.hpp)
  // import --sheet NAME: the sheet of a workbook to read
  std::optional<std::string> sheet;
  // --holidays FILE (else FUNDLEDGER_HOLIDAYS): the bureau's holiday file, loaded over the shipped one
  std::string holidays;

  [[nodiscard]] reports::Lang language() const {
    return lang == "en" ? reports::Lang::en : reports::Lang::zh;
  }
  // Opens the ledger; refuses a missing file. write=true refuses in read-only mode (exit 2).
  [[nodiscard]] std::unique_ptr<store::Repository> open(bool write) const;
  // An output path that would overwrite the ledger (its file, -wal, -shm or -journal: the same
  // path, a symbolic link or a hard link to it) is a usage error naming both (exit 2).
  void refuse_ledger_as_output(const std::string& out) const;
  // That, and an output path in a folder that does not exist (or is a file): a usage error saying
  // so (exit 2), before anything is read or written.
  void check_output_path(const std::string& out) const;
  // Parses --as-of (default: the --as-of given before the verb, else today) or throws a usage error.
  [[nodiscard]] std::string as_of(const std::string& opt) const;
  // The working-day calendar of the verbs that count working days (check, audit, report lags, the
  // monthly workbook's 预警): the shipped arrangements, then `holidays` over them (WorkCalendar::add).
  // Read on first use; a bad or missing file is an input error at FILE:LINE (exit 2).
  [[nodiscard]] const calendar::WorkCalendar& work_calendar() const;

 private:
  mutable std::shared_ptr<const calendar::WorkCalendar> work_calendar_;
};

// A usage problem found after parsing (bad --as-of, say): exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Each verb registers itself and returns the action to run when it was chosen.
using Action = std::function<int()>;
struct Verb {
  CLI::App* app;
  Action action;
};

// The clock as every verb reads it: FUNDLEDGER_NOW (ISO 8601, pinned for tests), else UTC now,
// "2026-11-29T09:00:00Z". Read once per run; `serve` reads it per request (it runs for days).
std::string clock_now_iso();

void print_json(const nlohmann::json& j);
// A report table in the run's format: under json, `head` with the table's keys (title, columns, rows,
// total) added; under csv and text, the table as rendered (amounts in 元).
void print_report_table(const Globals& g, const reports::Table& t, nlohmann::json head);
// What a verb wrote, for the clerk to find it: "已写出 FILE" / "wrote FILE" (json: {"wrote": [...]}).
void print_written(const Globals& g, const std::vector<std::string>& files);
std::string money_json(const Money& m);  // "40000000.00"
// The `--date` of an entry a verb records (a freeze, a transfer, a recall): today when not given;
// a usage error when it is not a date or is after today.
calendar::Date entry_date(const Globals& g, const std::string& given);
// A `--month` in the forms input files take (2019-06, 2019-6, 2019/6, 2019年6月): (year, month); a
// usage error otherwise.
std::pair<int, int> month_arg(const std::string& s);
// The first id PREFIX-YYYYMMDD-N (N = 1, 2, ...) of day `on` that `taken` says is free: the ids a
// verb gives its entries when the clerk names none (DJ 冻结, TJ 调减).
std::string next_day_id(const std::string& prefix, const calendar::Date& on,
                        const std::function<bool(const std::string&)>& taken);
// An import's summary line: "已从 FILE 导入来源：新增 N 笔，跳过 M 笔（已记录）" / "imported sources from
// FILE: N added, M skipped (already recorded)"; `kind` is the import's kind (sources ... corrections, loans,
// rules).
std::string import_summary(const std::string& kind, const std::string& file, long added, long skipped);
// An import's report as every import verb prints it: warnings on stderr, then the summary line (text)
// or {kind, file, added, skipped, warnings} (json).
void print_import_report(const Globals& g, const std::string& kind, const ledger::ImportReport& rep);

// Verbs register themselves from their own file (cli/verbs_*.cpp, picked up by CMake):
//   static const VerbRegistration reg(40, register_check);
// `order` fixes their order in --help.
using Registrar = Verb (*)(CLI::App&, Globals&);
struct VerbRegistration {
  VerbRegistration(int order, Registrar r);
};
std::vector<std::pair<int, Registrar>>& verb_registry();

// Import kinds implemented outside the ledger core (rules, loans) register a handler:
//   static const ImportHandlerRegistration r("rules", import_rules);
// The handler opens the ledger itself and returns the exit code.
using ImportHandler = int (*)(Globals&, const std::string& file,
                              const std::optional<std::string>& override_reason);
struct ImportHandlerRegistration {
  ImportHandlerRegistration(const char* kind, ImportHandler h);
};
std::map<std::string, ImportHandler>& import_handlers();

// The rules gate for ledger imports (engine/rules registers one): called with the open ledger.
using GateFactory = std::unique_ptr<ledger::ImportGate> (*)(store::Repository&);
struct GateRegistration {
  explicit GateRegistration(GateFactory f);
};
GateFactory& gate_factory();

// `verify --package DIR` (cli/verbs_export.cpp): checks an exported audit package offline.
// verify: the ledger's chain and invariants, and (given) a chain head kept elsewhere
// (ledger/kept_head.hpp); verify --package checks a package's copy the same way.
store::VerifyResult verify_ledger(store::Repository& repo, const std::optional<ledger::KeptHead>& kept);
int verify_package(Globals& g, const std::string& package, const std::optional<ledger::KeptHead>& kept);

// The coded values of input files (categories with their other names, payee kinds, levels,
// correction kinds, loan products) for `import --help` (cli/verbs_templates.cpp).
std::string import_codes_help();

// Adds the options every verb accepts after it (CONTRACT: global options may stand before or
// after the verb).
void add_global_options(CLI::App& app, Globals& g);

}  // namespace fundledger::cli
