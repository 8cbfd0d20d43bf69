// export audit: a self-contained package an auditor can take away and check offline.
//
//   fundledger export audit --year 2017 --out pkg/
//   fundledger verify --package pkg/
//
// The package holds a consistent copy of the whole ledger (the chain can only be verified whole),
// the chain head, the year's balances, check and audit findings and reports (each produced by this
// very binary's verbs on the copy, so they are what a user would see), and manifest.sha256 listing
// the SHA-256 of every file. `verify --package` recomputes those sums, verifies the copy's chain
// and invariants, and compares its head with the recorded one.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"
#include "ledger/ledger.hpp"
#include "reports/output_file.hpp"
#include "store/hash.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

extern char** environ;

namespace fundledger::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// One step of the package: this binary run on the snapshot with `args`, its stdout to `file` (a
// JSON document), or writing a file itself (`file` names it, `to_stdout` false).
struct Step {
  std::string file;
  std::vector<std::string> args;
  bool to_stdout = true;
  bool findings_ok = false;  // check and audit exit 1 when they have findings: that is their result
  bool gate = false;         // verify: a ledger that does not verify is not packaged
};

// Runs this binary with `args`, stdout to `out` (if not empty); returns the wait status.
int run_self(const std::vector<std::string>& args, const fs::path& out, const std::string& step) {
  std::string self = fs::read_symlink("/proc/self/exe").string();
  std::vector<std::string> all = {self};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  // A step that writes its own file (a workbook) says so on stdout: not part of export's output.
  posix_spawn_file_actions_addopen(&fa, 1, out.empty() ? "/dev/null" : out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, self.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw store::StoreError(text::tr("cli.export_cannot_run", text::arg("program", self)));
  // Test hook (like FUNDLEDGER_FAULT): FUNDLEDGER_KILL_STEP=FILE kills the step that makes FILE,
  // so the tests can prove a killed step fails the export.
  if (const char* k = std::getenv("FUNDLEDGER_KILL_STEP"); k && step == k) ::kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Runs one step; a step that was killed, failed, or left no JSON document fails the export.
void run_step(const Step& s, const fs::path& dir, const std::vector<std::string>& base) {
  std::vector<std::string> args = base;
  args.insert(args.end(), s.args.begin(), s.args.end());
  int status = run_self(args, s.to_stdout ? dir / s.file : fs::path(), s.file);
  std::string arguments;
  for (const auto& a : s.args) arguments += (arguments.empty() ? "" : " ") + a;
  std::string what =
      text::tr("cli.export_step", text::arg("file", s.file), text::arg("arguments", arguments));
  if (WIFSIGNALED(status))
    throw store::StoreError(
        text::tr("cli.export_step_killed", text::arg("step", what), text::arg("signal", WTERMSIG(status))));
  int rc = WIFEXITED(status) ? WEXITSTATUS(status) : kExitEnvironment;
  if (s.gate && rc == kExitFindings) throw store::StoreError(text::tr("cli.export_not_verified"));
  if (!(rc == kExitOk || (s.findings_ok && rc == kExitFindings)))
    throw store::StoreError(
        text::tr("cli.export_step_failed", text::arg("step", what), text::arg("code", rc)));
  if (!s.to_stdout) return;
  std::ifstream in(dir / s.file);
  if (json::parse(in, nullptr, false).is_discarded())
    throw store::StoreError(text::tr("cli.export_step_no_json", text::arg("step", what)));
}

std::vector<Step> package_steps(int year, const std::string& date, const fs::path& dir) {
  std::string y = std::to_string(year);
  std::vector<Step> steps;
  steps.push_back({"chain.json", {"verify", "--format", "json"}, true, false, true});
  for (const char* by : {"category", "source", "earmark", "town"})
    steps.push_back({"balance-" + std::string(by) + ".json",
                     {"balance", "--by", by, "--year", y, "--as-of", date, "--format", "json"}});
  steps.push_back({"check.json", {"check", "--year", y, "--as-of", date, "--format", "json"}, true, true});
  steps.push_back({"audit.json", {"audit", "--year", y, "--as-of", date, "--format", "json"}, true, true});
  std::string monthly = "monthly-" + y + "-12.xlsx", disclosure = "disclosure-" + y + ".xlsx";
  steps.push_back(
      {monthly,
       {"report", "monthly", "--month", y + "-12", "--out", (dir / monthly).string(), "--created", date},
       false});
  steps.push_back(
      {disclosure, {"report", "disclosure", "--year", y, "--out", (dir / disclosure).string()}, false});
  return steps;
}

// The audit step's --chain-verified=N:HEX: the head the verify step (the gate, run first) found
// intact on this same snapshot, so the audit does not walk the chain again (one walk per package).
// None for an empty ledger: there is no chain to walk.
std::optional<std::string> chain_verified_arg(const fs::path& chain_json) {
  std::ifstream in(chain_json);
  auto j = json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.value("ok", false) || !j.contains("entries") || !j.contains("head"))
    throw store::StoreError(text::tr("cli.export_no_chain_head"));
  auto entries = j["entries"].get<std::int64_t>();
  if (entries == 0) return std::nullopt;
  return "--chain-verified=" + std::to_string(entries) + ":" + j["head"].get<std::string>();
}

// Builds the package in `dir` (a temporary folder beside --out); the files in it, sorted.
std::vector<std::string> build_package(Globals& g, store::Repository& repo, int year, const std::string& date,
                                       const fs::path& dir) {
  fs::path copy = dir / "ledger.db";
  try {
    repo.snapshot_to(copy.string());  // a consistent snapshot, even while others write
  } catch (const store::StoreError& e) {
    throw store::StoreError(text::tr("cli.export_copy_failed", text::arg("detail", e.what())));
  }
  std::vector<std::string> base = {"--db", copy.string(), "--read-only", "--lang", g.lang};
  if (!g.holidays.empty()) base.insert(base.end(), {"--holidays", g.holidays});  // the steps' calendar
  for (auto s : package_steps(year, date, dir)) {
    if (s.file == "audit.json")
      if (auto arg = chain_verified_arg(dir / "chain.json")) s.args.push_back(*arg);
    run_step(s, dir, base);
  }
  std::error_code ec;
  // The -wal/-shm a read-only open may leave are not part of the package.
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(copy.string() + suffix, ec);
  std::vector<std::string> names;
  for (auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  std::string manifest;
  for (auto& n : names) manifest += store::file_sha256_hex((dir / n).string()) + "  " + n + "\n";
  reports::write_file_atomically((dir / "manifest.sha256").string(), manifest);
  return names;
}

Verb register_export(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("export", text::tr("help.export"));
  auto* audit = cmd->add_subcommand("audit", text::tr("help.export.audit"));
  cmd->require_subcommand(1);
  auto year = std::make_shared<int>(0);
  auto out = std::make_shared<std::string>();
  auto as_of = std::make_shared<std::string>();
  audit->add_option("--year", *year, text::tr("help.export.audit.year"))->required();
  audit->add_option("--out", *out, text::tr("help.export.audit.out"))->required();
  audit->add_option("--as-of", *as_of, text::tr("help.export.audit.as_of"));
  add_global_options(*audit, g);
  return {cmd, [&g, year, out, as_of] {
            std::string date = as_of->empty() ? std::to_string(*year) + "-12-31" : g.as_of(*as_of);
            g.check_output_path(*out);
            std::error_code ec;
            if (fs::exists(*out, ec) && (!fs::is_directory(*out, ec) || !fs::is_empty(*out, ec)))
              throw UsageError(text::tr("cli.export_out_not_empty", text::arg("out", *out)));
            (void)g.work_calendar();  // a bad --holidays file is refused before anything is built
            auto repo = g.open(false);
            // Built whole in a folder beside --out, renamed onto it at the end: --out never holds
            // a half package; on failure the folder is removed.
            reports::OutputDir pkg(*out);
            fs::path dir(pkg.temp_path());
            auto names = build_package(g, *repo, *year, date, dir);
            std::ifstream cj(dir / "chain.json");
            json chain = json::parse(cj, nullptr, false);
            std::string head = chain.value("head", "");
            const long entries = chain.value("entries", 0L);
            pkg.commit();
            std::string y = std::to_string(*year);
            if (g.format == "json")
              print_json({{"out", *out}, {"year", *year}, {"as_of", date}, {"head", head}, {"files", names}});
            else
              std::cout << text::tr("cli.exported", text::arg("year", y), text::arg("out", *out),
                                    text::arg("count", names.size()))
                        << "\n"
                        << text::tr("cli.exported_head", text::arg("head", head)) << "\n"
                        << text::tr("cli.exported_check", text::arg("out", *out),
                                    text::arg("entries", entries), text::arg("head", head))
                        << "\n";
            return kExitOk;
          }};
}

const VerbRegistration reg_export(95, register_export);

}  // namespace

namespace {

// Files (and folders) in the package that its manifest does not list. A ledger.db-wal beside
// ledger.db changes what SQLite reads while ledger.db's bytes stay the same.
void unlisted_files(const fs::path& dir, const std::vector<std::string>& listed,
                    std::vector<std::string>& problems) {
  std::error_code ec;
  for (auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n == "manifest.sha256" || std::find(listed.begin(), listed.end(), n) != listed.end()) continue;
    bool sqlite_sibling = n.rfind("ledger.db-", 0) == 0;
    problems.push_back(text::tr(sqlite_sibling ? "cli.package_unlisted_sqlite" : "cli.package_unlisted",
                                text::arg("name", n)));
  }
}

// The package's ledger copy opened read-only; the -wal/-shm that the open itself created are
// removed on close (any that were there before are the package's, and stay).
struct OpenedCopy {
  explicit OpenedCopy(const std::string& file)
      : path(file),
        had_wal(exists(file + "-wal")),
        had_shm(exists(file + "-shm")),
        repo(store::open_repository(file, store::OpenMode::read_only)) {}
  ~OpenedCopy() {
    repo.reset();
    std::error_code ec;
    if (!had_wal) fs::remove(path + "-wal", ec);
    if (!had_shm) fs::remove(path + "-shm", ec);
  }
  OpenedCopy(const OpenedCopy&) = delete;
  OpenedCopy& operator=(const OpenedCopy&) = delete;
  static bool exists(const std::string& p) {
    std::error_code ec;
    return fs::exists(p, ec);
  }
  std::string path;
  bool had_wal, had_shm;
  std::unique_ptr<store::Repository> repo;
};

// Each JSON file of the package is a JSON document (an empty audit.json is not a report).
void check_json_files(const fs::path& dir, const std::vector<std::string>& listed,
                      std::vector<std::string>& problems) {
  for (const auto& n : listed) {
    if (n.size() < 5 || n.substr(n.size() - 5) != ".json" || !fs::exists(dir / n)) continue;
    std::ifstream in(dir / n);
    if (json::parse(in, nullptr, false).is_discarded())
      problems.push_back(text::tr("cli.package_not_json", text::arg("name", n)));
  }
}

}  // namespace

int verify_package(Globals& g, const std::string& package, const std::optional<ledger::KeptHead>& kept) {
  fs::path dir(package);
  std::vector<std::string> problems;
  std::ifstream manifest(dir / "manifest.sha256");
  if (!manifest) throw UsageError(text::tr("cli.package_no_manifest", text::arg("package", package)));
  std::vector<std::string> listed;
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.size() < 67 || line.substr(64, 2) != "  ") {
      problems.push_back(text::tr("cli.package_line_malformed", text::arg("line", line)));
      continue;
    }
    std::string want = line.substr(0, 64), name = line.substr(66);
    listed.push_back(name);
    if (name.find('/') != std::string::npos || !fs::exists(dir / name))
      problems.push_back(text::tr("cli.package_missing", text::arg("name", name)));
    else if (store::file_sha256_hex((dir / name).string()) != want)
      problems.push_back(text::tr("cli.package_sha_differs", text::arg("name", name)));
  }
  check_json_files(dir, listed, problems);
  unlisted_files(dir, listed, problems);
  json out = {{"package", package}};
  if (problems.empty()) {
    // Every file is listed, so no -wal/-shm is beside the copy; those a read-only open creates
    // are removed afterwards, or the next check would find them unlisted.
    OpenedCopy opened((dir / "ledger.db").string());
    auto r = verify_ledger(*opened.repo, kept);
    if (!r.ok)
      problems.push_back(r.first_bad_entry
                             ? text::tr("cli.package_ledger_bad_at", text::arg("reason", r.reason),
                                        text::arg("entry", *r.first_bad_entry))
                             : text::tr("cli.package_ledger_bad", text::arg("reason", r.reason)));
    std::ifstream cj(dir / "chain.json");
    json chain = json::parse(cj, nullptr, false);
    if (chain.is_discarded() || chain.value("head", "") != r.head_hex ||
        chain.value("entries", -1) != r.entries)
      problems.push_back(text::tr("cli.package_head_mismatch"));
    out["entries"] = r.entries;
    out["head"] = r.head_hex;
    if (kept) out["kept_head"] = std::to_string(kept->entries) + ":" + kept->hex;
  }
  out["ok"] = problems.empty();
  out["problems"] = problems;
  if (g.format == "json") {
    print_json(out);
  } else if (problems.empty()) {
    std::cout << text::tr("cli.package_ok", text::arg("package", package),
                          text::arg("entries", out["entries"].get<long>()),
                          text::arg("head", out["head"].get<std::string>()))
              << "\n";
  } else {
    for (auto& p : problems) std::cout << text::tr("verify.failed", text::arg("reason", p)) << "\n";
  }
  return problems.empty() ? kExitOk : kExitFindings;
}

}  // namespace fundledger::cli
