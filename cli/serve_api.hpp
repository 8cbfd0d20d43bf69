// The dashboard's JSON API (`fundledger serve`, /api/NAME?...): each name is one CLI command, and
// the answer is what that command prints under `--format json` — one code path with the CLI, so the
// page shows the very figures a clerk gets at the terminal and never computes money itself.
//
// Only the names below are served; a query parameter becomes one `--option=value` argument (never
// a separate word, so a value cannot pass for an option) after it is checked.
//
//   balance    ?by=category|source|earmark|town|village   balance --by B --as-of D
//   execution  ?month=YYYY-MM                              report execution --month M
//   towns      ?month=YYYY-MM                              report towns --month M
//   allocations                                            report allocations --as-of D
//   progress   ?by=town|earmark|category                   report progress --by B --as-of D
//   warnings                                               warnings --open --limit 200 --as-of D
//   payments   ?town=T                                     payments --town T --as-of D
//   projects                                               projects --as-of D
//   trace      ?voucher=V | ?source=DOC                    trace --voucher V | --source DOC
//
// Every name takes as_of=YYYY-MM-DD (default: today) and lang=zh|en.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "text/text.hpp"

namespace fundledger::cli {

using QueryParams = std::map<std::string, std::string>;

// A request the API refuses: the catalogue id of the reason and its fields (said in the page's
// language by the server), answered with HTTP 400 or 404.
struct ApiRefusal {
  int status = 400;
  std::string message_id;
  text::Fields fields;
};

struct ApiCommand {
  std::vector<std::string> args;  // the verb and its options, without the global ones
};

// The command for /api/`name` with `params`, or the reason it is refused. `today` is the default of as_of.
struct ApiResult {
  std::optional<ApiCommand> command;
  std::optional<ApiRefusal> refusal;
};
ApiResult api_command(const std::string& name, const QueryParams& params, const std::string& today);

// The requests the pages make when opened without parameters (web/static/app.js), which `serve`
// answers ahead whenever the ledger changes, so that the first look after an import is quick too.
const std::vector<std::pair<std::string, QueryParams>>& page_calls();

// The names served, in the order above (for /api/ itself and the tests).
const std::vector<std::string>& api_names();

}  // namespace fundledger::cli
