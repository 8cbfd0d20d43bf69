// The HTTP side of `fundledger serve` (cpp-httplib from Debian): pages, assets, /api/ and the
// token. Read-only by construction: every /api/ answer is this program run again with
// `--read-only` (serve_spawn.hpp), and nothing else touches the ledger but the chain head's read.
#pragma once

#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace fundledger::cli {

struct ServeConfig {
  std::string bind = "127.0.0.1";
  int port = 8080;                         // 0: any free port (printed)
  std::string token;                       // empty: none asked (only on a loopback address)
  std::vector<std::string> child_globals;  // --db=..., --county=..., --holidays=...: what the child opens
  int child_timeout_ms = 60000;
};

// Whether `bind` is a loopback address (127.0.0.0/8, ::1, localhost): reachable from this machine only.
bool is_loopback(const std::string& bind);

// Serves until SIGINT or SIGTERM; returns the exit code. Prints the address it listens on.
int serve(const Globals& g, const ServeConfig& c);

}  // namespace fundledger::cli
