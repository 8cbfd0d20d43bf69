// The dashboard's answers kept per chain head (serve_cache.hpp).
#include "cli/serve_cache.hpp"

#include <algorithm>

namespace fundledger::cli {
namespace {

std::string key_of(const std::vector<std::string>& args) {
  std::string key;
  for (const auto& a : args) key += a + '\0';
  return key;
}

bool keepable(const ChildResult& r) { return !r.timed_out && (r.exit_code == 0 || r.exit_code == 1); }

}  // namespace

ChildResult AnswerCache::get(const std::string& head, const std::vector<std::string>& args,
                             const std::function<ChildResult()>& compute, bool* kept_out) {
  const std::string key = key_of(args);
  std::promise<ChildResult> promise;
  std::shared_future<ChildResult> kept;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (head != head_) {  // the ledger moved on: nothing kept is true of it any more
      answers_.clear();
      order_.clear();
      head_ = head;
    }
    if (auto it = answers_.find(key); it != answers_.end()) {
      ++served_;
      kept = it->second;
    } else {
      if (order_.size() >= max_) {
        answers_.erase(order_.front());
        order_.erase(order_.begin());
      }
      answers_.emplace(key, promise.get_future().share());
      order_.push_back(key);
      ++computed_;
    }
  }
  if (kept_out) *kept_out = kept.valid();
  if (kept.valid()) return kept.get();  // waits, outside the lock, while another request computes it
  ChildResult r;
  try {
    r = compute();
  } catch (const std::exception& e) {
    r.exit_code = -1;
    r.err = e.what();
  }
  promise.set_value(r);
  if (!keepable(r)) {
    std::lock_guard<std::mutex> lock(mu_);
    if (head_ == head) {
      answers_.erase(key);
      order_.erase(std::remove(order_.begin(), order_.end(), key), order_.end());
    }
  }
  return r;
}

std::pair<long, long> AnswerCache::counts() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {computed_, served_};
}

}  // namespace fundledger::cli
