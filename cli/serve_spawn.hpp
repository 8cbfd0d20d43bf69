// `serve` answers every /api/ request by running this same program with the verb's arguments and
// `--format json --read-only` (one code path with the CLI: the page gets exactly what the command
// prints). The child's standard output and error are read whole; a child that runs past its time is
// killed.
#pragma once

#include <string>
#include <vector>

namespace fundledger::cli {

struct ChildResult {
  int exit_code = -1;  // the child's exit status; -1 when it was killed or could not start
  std::string out;     // what it printed on standard output
  std::string err;     // and on standard error
  bool timed_out = false;
};

// Runs `exe` with `args` (argv[1..]; no shell: each argument is passed as it is) and `env` added to
// the environment. Waits at most `timeout_ms`. Never throws on the child's failure; throws
// std::system_error when the child cannot be started (no pipe, no process).
ChildResult run_child(const std::string& exe, const std::vector<std::string>& args,
                      const std::vector<std::string>& env, int timeout_ms);

// The path of the running program (/proc/self/exe), to run it again.
std::string own_executable();

}  // namespace fundledger::cli
