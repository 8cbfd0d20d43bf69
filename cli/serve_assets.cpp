// Looking up the embedded assets (serve_assets.hpp).
#include "cli/serve_assets.hpp"

namespace fundledger::cli {

std::optional<EmbeddedAsset> find_asset(std::string_view name) {
  for (const auto& a : embedded_assets())
    if (a.name == name) return a;
  return std::nullopt;
}

std::string content_type_of(std::string_view name) {
  auto ends = [&](std::string_view ext) {
    return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext;
  };
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".html")) return "text/html; charset=utf-8";
  return "text/plain; charset=utf-8";
}

}  // namespace fundledger::cli
