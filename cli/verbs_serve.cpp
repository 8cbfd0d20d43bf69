// Verb `serve`: the ledger on a screen (挂图作战) — a local, read-only web dashboard
// (serve_server.hpp, pages in web/static, charts by Apache ECharts in web/vendor/echarts).
#include <filesystem>

#include "cli/cli.hpp"
#include "cli/serve_server.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using text::arg;
using text::tr;

constexpr std::size_t kMinTokenLength = 12;

int run_serve(Globals& g, ServeConfig c) {
  g.read_only = true;
  if (c.port < 0 || c.port > 65535) throw UsageError(tr("serve.bad_port", arg("port", c.port)));
  if (!is_loopback(c.bind) && c.token.empty())
    throw UsageError(tr("serve.bind_needs_token", arg("bind", c.bind)));
  if (!c.token.empty() && c.token.size() < kMinTokenLength)
    throw UsageError(tr("serve.token_short", arg("min", kMinTokenLength)));
  (void)g.open(false);  // a missing or unreadable ledger stops here, said as every verb says it
  c.child_globals = {"--db=" + g.db_path};
  if (!g.county.empty()) c.child_globals.push_back("--county=" + g.county);
  if (!g.holidays.empty())
    c.child_globals.push_back("--holidays=" + std::filesystem::absolute(g.holidays).string());
  return serve(g, c);
}

Verb register_serve(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("serve", tr("help.serve"));
  auto c = std::make_shared<ServeConfig>();
  cmd->add_option("--port", c->port, tr("help.serve.port"));
  cmd->add_option("--bind", c->bind, tr("help.serve.bind"));
  cmd->add_option("--token", c->token, tr("help.serve.token"));
  return {cmd, [&g, c] { return run_serve(g, *c); }};
}

const VerbRegistration reg_serve(98, register_serve);

}  // namespace
}  // namespace fundledger::cli
