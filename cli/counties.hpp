// The counties a roll-up reads (balance --by county, verify --all-counties): every county of a
// PostgreSQL database, or those --counties names (codes, or prefixes ending in `*`: `6107*` is a
// city; several separated by commas). A SQLite file is one county: the one ledger, named by
// --county or, without it, by its file name.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "ledger/balance.hpp"
#include "store/repository.hpp"

namespace fundledger::cli {

class CountyLedgers {
 public:
  // Opens each chosen county's ledger read-only; a pattern that matches no county is a usage
  // error (exit 2) naming the counties there are.
  CountyLedgers(const Globals& g, const std::string& pattern);
  [[nodiscard]] std::vector<ledger::CountyLedger> list() const;
  [[nodiscard]] const std::vector<std::string>& codes() const { return codes_; }
  [[nodiscard]] store::Repository& repo(std::size_t i) const { return *repos_[i]; }

 private:
  std::vector<std::string> codes_;
  std::vector<std::string> names_;
  std::vector<std::unique_ptr<store::Repository>> repos_;
};

// verify --all-counties / --counties: each chosen county's chain, one row each; exit 1 when any
// fails.
int verify_counties(const Globals& g, const std::string& pattern);

}  // namespace fundledger::cli
