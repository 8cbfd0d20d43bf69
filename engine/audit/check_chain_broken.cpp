// chain_broken (账簿被篡改).
//
// Why: the journal is append-only and hash-chained; an entry edited or deleted behind the
// engine's back (with the sqlite3 shell, after dropping the triggers) breaks the chain. Every
// other finding is only as good as the rows it reads, so the audit recomputes the chain first
// and names the first bad entry.
#include "audit/audit.hpp"
#include "store/repository.hpp"

namespace fundledger::audit {

std::vector<Finding> check_chain_broken(store::Repository& repo, const Context& /*ctx*/) {
  std::vector<Finding> out;
  auto v = repo.verify_chain();
  if (v.ok) return out;
  Finding f;
  f.code = "chain_broken";
  f.severity = Severity::error;
  f.message = "账簿哈希链校验失败" +
              (v.first_bad_entry ? ",首个异常分录 " + std::to_string(*v.first_bad_entry) : std::string()) +
              ":" + v.reason;
  if (v.first_bad_entry) {
    f.subject = {{"entry", std::to_string(*v.first_bad_entry)}};
    f.evidence = {"entry " + std::to_string(*v.first_bad_entry)};
  }
  out.push_back(std::move(f));
  return out;
}

}  // namespace fundledger::audit
