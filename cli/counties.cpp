#include "cli/counties.hpp"

#include <filesystem>
#include <iostream>

#include "reports/table.hpp"
#include "settings/settings.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

bool matches(const std::string& code, const std::string& pattern) {
  if (pattern.empty()) return true;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    std::size_t end = pattern.find(',', start);
    if (end == std::string::npos) end = pattern.size();
    std::string one = pattern.substr(start, end - start);
    if (!one.empty() && one.back() == '*') {
      if (code.rfind(one.substr(0, one.size() - 1), 0) == 0) return true;
    } else if (code == one) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "、") + s;
  return out;
}

}  // namespace

CountyLedgers::CountyLedgers(const Globals& g, const std::string& pattern)
    : location_(g.db_path), county_(g.county), file_(!store::is_server_location(g.db_path)) {
  std::vector<std::string> all = store::list_counties(location_);
  if (file_) all = {county_.empty() ? std::filesystem::path(location_).stem().string() : county_};
  for (const auto& code : all)
    if (matches(code, pattern)) codes_.push_back(code);
  if (codes_.empty())
    throw UsageError(text::tr("cli.no_county_matches", text::arg("pattern", pattern.empty() ? "*" : pattern),
                              text::arg("counties", all.empty() ? "—" : joined(all))));
}

void CountyLedgers::each(const std::function<void(const One&)>& fn) const {
  for (const auto& code : codes_) {
    auto repo = store::open_repository(location_, store::OpenMode::read_only, file_ ? county_ : code);
    fn(One{code, settings::value_of(settings::in_force(*repo), "unit"), *repo});
  }
}

}  // namespace fundledger::cli

namespace fundledger::cli {

int verify_counties(const Globals& g, const std::string& pattern) {
  CountyLedgers ledgers(g, pattern);
  reports::Table t;
  t.title = text::tr("verify.counties_title");
  t.columns = {{"county", "县（区）代码", "County", reports::ColType::text},
               {"ok", "校验", "Verified", reports::ColType::text},
               {"entries", "分录数", "Entries", reports::ColType::integer},
               {"head", "链头", "Chain head", reports::ColType::text},
               {"reason", "问题", "Problem", reports::ColType::text}};
  nlohmann::json rows = nlohmann::json::array();
  bool all_ok = true;
  ledgers.each([&](const CountyLedgers::One& c) {
    auto r = verify_ledger(c.repo, std::nullopt);
    all_ok = all_ok && r.ok;
    t.rows.push_back({c.code, text::tr(r.ok ? "verify.counties_ok" : "verify.counties_bad"),
                      std::int64_t{r.entries}, r.head_hex, r.ok ? std::string() : r.reason});
    rows.push_back({{"county", c.code},
                    {"ok", r.ok},
                    {"entries", r.entries},
                    {"head", r.head_hex},
                    {"reason", r.ok ? nlohmann::json(nullptr) : nlohmann::json(r.reason)}});
  });
  if (g.format == "json")
    print_json({{"counties", rows}, {"ok", all_ok}});
  else if (g.format == "csv")
    std::cout << reports::render_csv(t);
  else
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  return all_ok ? kExitOk : kExitFindings;
}

}  // namespace fundledger::cli
