// trace --asset (audit/trace_asset.hpp): read from the stored attribution, never recomputed.
#include "audit/trace_asset.hpp"

#include <map>

#include "projects/projects.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::audit {

namespace {

// What each source document's money paid the project: the flows of the payments naming it.
void project_sources(store::Repository& repo, const projects::Library& lib, AssetTrace& t) {
  std::map<std::string, Money> by_doc;
  const std::string& id = t.asset.project_id;
  for (const auto& p : repo.projects().project_payments(std::nullopt, calendar::Date(9999, 12, 31))) {
    const auto* named = lib.find(p.project);
    if (!named || named->project_id != id) continue;
    for (const auto& lot : repo.ledger().payment_lots(p.voucher)) by_doc[lot.source_doc] += lot.net;
  }
  for (const auto& [doc, m] : by_doc) {
    if (m.is_zero()) continue;
    t.sources.push_back({doc, m});
    t.project_paid += m;
  }
}

}  // namespace

std::optional<AssetTrace> trace_asset(store::Repository& repo, const std::string& asset_id) {
  AssetTrace t;
  bool found = false;
  for (auto& a : repo.projects().assets())
    if (a.asset_id == asset_id) {
      t.asset = std::move(a);
      found = true;
    }
  if (!found) return std::nullopt;
  const auto lib = projects::Library::load(repo);
  if (const auto* p = lib.find(t.asset.project_id)) t.project_name = p->name;
  project_sources(repo, lib, t);
  for (auto& i : repo.projects().asset_incomes())
    if (i.asset_id == asset_id) {
      t.earned += i.amount;
      t.incomes.push_back(std::move(i));
    }
  for (auto& p : repo.projects().asset_payouts())
    if (p.asset_id == asset_id) {
      t.paid_out += p.amount;
      t.payouts.push_back(std::move(p));
    }
  return t;
}

}  // namespace fundledger::audit
