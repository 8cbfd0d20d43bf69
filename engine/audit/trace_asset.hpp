// engine/audit — trace --asset: an asset's lineage, from the source documents that paid its project,
// through the project and the asset, to the households its income was paid out to.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "store/project_reads.hpp"
#include "store/repository.hpp"

namespace fundledger::audit {

struct AssetSourcePart {
  std::string doc_no;
  Money amount;  // what this document's money paid the project, net of corrections
};

struct AssetTrace {
  entries::Asset asset;
  std::string project_name;
  std::vector<AssetSourcePart> sources;  // by document number
  Money project_paid;                    // the sum of `sources`
  std::vector<entries::AssetIncome> incomes;
  Money earned;
  std::vector<store::AssetPayoutRow> payouts;  // net
  Money paid_out;
};

// nullopt when no asset has that id.
std::optional<AssetTrace> trace_asset(store::Repository& repo, const std::string& asset_id);

}  // namespace fundledger::audit
