// The dashboard's answers kept while the ledger stays as it is (`fundledger serve`). The ledger is
// append-only under a hash chain, so the same command over the same chain head prints the same
// bytes: an answer is kept under (chain head, command) and dropped as soon as the head moves. A
// leader's screen then costs the query once per change of the ledger, not once per look; requests
// for an answer being computed wait for it instead of computing it again. Only answers a command
// gave with exit 0 or 1 are kept.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "cli/serve_spawn.hpp"

namespace fundledger::cli {

class AnswerCache {
 public:
  explicit AnswerCache(std::size_t max_answers) : max_(max_answers) {}

  // The answer of `args` under chain `head`: kept, being computed, or computed now by `compute`.
  // `kept_out` (when given) says whether it was kept or being computed by another request.
  ChildResult get(const std::string& head, const std::vector<std::string>& args,
                  const std::function<ChildResult()>& compute, bool* kept_out = nullptr);

  // How many answers were computed and how many were served from the cache (for the tests' report).
  std::pair<long, long> counts() const;

 private:
  std::size_t max_;
  mutable std::mutex mu_;
  std::string head_;                                                // the chain head the answers are of
  std::map<std::string, std::shared_future<ChildResult>> answers_;  // command -> its answer
  std::vector<std::string> order_;                                  // commands, oldest first (dropped first)
  long computed_ = 0, served_ = 0;
};

}  // namespace fundledger::cli
