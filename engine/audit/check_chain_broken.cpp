// chain_broken (账簿被篡改).
//
// Why: the journal is append-only and hash-chained; an entry edited or deleted behind the
// engine's back (with the sqlite3 shell, after dropping the triggers) breaks the chain. Every
// other finding is only as good as the rows it reads, so the audit recomputes the chain first
// and names the first bad entry. Once per ledger: when a verify of the same file has just found
// the chain intact (Context::chain_verified, export audit's package) and the stored head is still
// the one it found, the walk is not done again.
#include "audit/audit.hpp"
#include "store/repository.hpp"

namespace fundledger::audit {

namespace {

bool verified_already(store::Repository& repo, const Context& ctx) {
  if (!ctx.chain_verified) return false;
  auto head = repo.chain_head();
  return head.entries == ctx.chain_verified->entries && head.head_hex == ctx.chain_verified->head_hex;
}

}  // namespace

std::vector<Finding> check_chain_broken(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  if (verified_already(repo, ctx)) return out;
  auto v = repo.verify_chain();
  if (v.ok) return out;
  Finding f;
  f.code = "chain_broken";
  f.severity = Severity::error;
  f.message = v.first_bad_entry ? text::tr("audit.chain_broken_at", text::arg("entry", *v.first_bad_entry),
                                           text::arg("reason", v.reason))
                                : text::tr("audit.chain_broken", text::arg("reason", v.reason));
  if (v.first_bad_entry) {
    f.subject = {{"entry", std::to_string(*v.first_bad_entry)}};
    f.evidence = {"entry " + std::to_string(*v.first_bad_entry)};
  }
  out.push_back(std::move(f));
  return out;
}

}  // namespace fundledger::audit
