// The files `fundledger serve` sends (web/static, web/vendor/echarts), built into the program by
// cmake/EmbedAssets.cmake: looked up by exact name, so no request can reach a file on disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fundledger::cli {

struct EmbeddedAsset {
  std::string_view name;     // "app.js"
  std::string_view content;  // its bytes
};

// Every asset (generated: build/cli/serve_assets_data.cpp).
const std::vector<EmbeddedAsset>& embedded_assets();

// The asset called exactly `name`, or nothing.
std::optional<EmbeddedAsset> find_asset(std::string_view name);

// The Content-Type for an asset's name (by its extension).
std::string content_type_of(std::string_view name);

}  // namespace fundledger::cli
