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
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"
#include "ledger/ledger.hpp"
#include "store/hash.hpp"
#include "store/repository.hpp"

extern char** environ;

namespace fundledger::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Runs this binary with `args`, stdout to `out` (if not empty); returns its exit code.
int run_self(const std::vector<std::string>& args, const fs::path& out) {
  std::string self = fs::read_symlink("/proc/self/exe").string();
  std::vector<std::string> all = {self};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (!out.empty()) posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, self.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw store::StoreError("cannot run " + self + " for the package");
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : kExitEnvironment;
}

Verb register_export(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand(
      "export", "Export an audit package: ledger copy, chain head, reports and a SHA-256 manifest");
  auto* audit =
      cmd->add_subcommand("audit", "The package for one fiscal year (check it with `verify --package DIR`)");
  cmd->require_subcommand(1);
  auto year = std::make_shared<int>(0);
  auto out = std::make_shared<std::string>();
  auto as_of = std::make_shared<std::string>();
  audit->add_option("--year", *year, "fiscal year")->required();
  audit->add_option("--out", *out, "directory to create (must not exist, or be empty)")->required();
  audit->add_option("--as-of", *as_of, "figures as of this date (default: the year's last day)");
  add_global_options(*audit, g);
  return {cmd, [&g, year, out, as_of] {
            std::string date = as_of->empty() ? std::to_string(*year) + "-12-31" : g.as_of(*as_of);
            fs::path dir(*out);
            std::error_code ec;
            if (fs::exists(dir, ec) && !fs::is_empty(dir, ec))
              throw UsageError("--out " + *out + " exists and is not empty");
            auto repo = g.open(false);
            fs::create_directories(dir, ec);
            if (ec) throw store::StoreError("cannot create " + *out + ": " + ec.message());
            fs::path copy = dir / "ledger.db";
            repo->snapshot_to(copy.string());  // a consistent snapshot, even while others write
            std::string y = std::to_string(*year);
            std::vector<std::string> base = {"--db", copy.string(), "--read-only", "--lang", g.lang};
            auto with = [&](std::vector<std::string> a) {
              a.insert(a.begin(), base.begin(), base.end());
              return a;
            };
            int rc = run_self(with({"verify", "--format", "json"}), dir / "chain.json");
            if (rc != kExitOk)
              throw store::StoreError(
                  "the ledger does not verify; fix that before exporting (fundledger verify)");
            for (const char* by : {"category", "source", "earmark", "town"})
              run_self(with({"balance", "--by", by, "--year", y, "--as-of", date, "--format", "json"}),
                       dir / ("balance-" + std::string(by) + ".json"));
            run_self(with({"check", "--year", y, "--as-of", date, "--format", "json"}), dir / "check.json");
            run_self(with({"audit", "--year", y, "--as-of", date, "--format", "json"}), dir / "audit.json");
            run_self(with({"report", "monthly", "--month", y + "-12", "--out",
                           (dir / ("monthly-" + y + "-12.xlsx")).string(), "--created", date}),
                     {});
            run_self(with({"report", "disclosure", "--year", y, "--out",
                           (dir / ("disclosure-" + y + ".xlsx")).string()}),
                     {});
            // The -wal/-shm a read-only open may leave are not part of the package.
            for (const char* s : {"-wal", "-shm"}) fs::remove(copy.string() + s, ec);
            std::vector<std::string> names;
            for (auto& e : fs::directory_iterator(dir))
              if (e.is_regular_file()) names.push_back(e.path().filename().string());
            std::sort(names.begin(), names.end());
            std::ofstream manifest(dir / "manifest.sha256");
            for (auto& n : names) manifest << store::file_sha256_hex((dir / n).string()) << "  " << n << "\n";
            manifest.close();
            if (!manifest) throw store::StoreError("cannot write " + (dir / "manifest.sha256").string());
            std::ifstream cj(dir / "chain.json");
            std::string head = json::parse(cj, nullptr, false).value("head", "");
            if (g.format == "json")
              print_json({{"out", *out}, {"year", *year}, {"as_of", date}, {"head", head}, {"files", names}});
            else
              std::cout << "exported the " << y << " audit package to " << *out << " (" << names.size()
                        << " files + manifest.sha256)\n"
                        << "chain head " << head
                        << " — keep this line apart from the package: it proves the copy\n";
            return kExitOk;
          }};
}

const VerbRegistration reg_export(95, register_export);

}  // namespace

int verify_package(Globals& g, const std::string& package, const std::optional<ledger::KeptHead>& kept) {
  fs::path dir(package);
  std::vector<std::string> problems;
  std::ifstream manifest(dir / "manifest.sha256");
  if (!manifest) throw UsageError("no manifest.sha256 in " + package);
  std::vector<std::string> listed;
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.size() < 67 || line.substr(64, 2) != "  ") {
      problems.push_back("manifest line is malformed: " + line);
      continue;
    }
    std::string want = line.substr(0, 64), name = line.substr(66);
    listed.push_back(name);
    if (name.find('/') != std::string::npos || !fs::exists(dir / name))
      problems.push_back(name + ": missing");
    else if (store::file_sha256_hex((dir / name).string()) != want)
      problems.push_back(name + ": SHA-256 differs from the manifest (changed after export)");
  }
  std::error_code ec;
  for (auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n != "manifest.sha256" && n.rfind("ledger.db-", 0) != 0 &&
        std::find(listed.begin(), listed.end(), n) == listed.end())
      problems.push_back(n + ": not in the manifest");
  }
  json out = {{"package", package}};
  if (problems.empty()) {
    auto repo = store::open_repository((dir / "ledger.db").string(), store::OpenMode::read_only);
    auto r = verify_ledger(*repo, kept);
    if (!r.ok)
      problems.push_back("ledger.db: " + r.reason +
                         (r.first_bad_entry ? " (entry " + std::to_string(*r.first_bad_entry) + ")" : ""));
    std::ifstream cj(dir / "chain.json");
    json chain = json::parse(cj, nullptr, false);
    if (chain.is_discarded() || chain.value("head", "") != r.head_hex ||
        chain.value("entries", -1) != r.entries)
      problems.push_back("chain.json: the recorded head does not match the ledger copy's chain");
    out["entries"] = r.entries;
    out["head"] = r.head_hex;
    if (kept) out["kept_head"] = std::to_string(kept->entries) + ":" + kept->hex;
  }
  out["ok"] = problems.empty();
  out["problems"] = problems;
  if (g.format == "json") {
    print_json(out);
  } else if (problems.empty()) {
    std::cout << "ok: package " << package << " is intact: every file matches manifest.sha256; "
              << out["entries"].get<long>() << " entries, chain head " << out["head"].get<std::string>()
              << "\n";
  } else {
    for (auto& p : problems) std::cout << "FAILED: " << p << "\n";
  }
  return problems.empty() ? kExitOk : kExitFindings;
}

}  // namespace fundledger::cli
