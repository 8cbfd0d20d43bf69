// The counties a roll-up reads (balance --by county, verify --all-counties): every county of a
// PostgreSQL database, or those --counties names (codes, or prefixes ending in `*`: `6107*` is a
// city; several separated by commas). A SQLite file is one county: the one ledger, named by
// --county or, without it, by its file name.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "store/repository.hpp"

namespace fundledger::cli {

class CountyLedgers {
 public:
  // Chooses the counties; a pattern that matches no county is a usage error (exit 2) naming the
  // counties there are. Nothing is opened yet.
  CountyLedgers(const Globals& g, const std::string& pattern);
  [[nodiscard]] const std::vector<std::string>& codes() const { return codes_; }

  struct One {
    const std::string& code;
    std::string name;  // the ledger's 单位 setting
    store::Repository& repo;
  };
  // Opens each chosen county's ledger read-only in turn, hands it to `fn` and closes it before the
  // next: a province's hundred counties never hold a hundred connections.
  void each(const std::function<void(const One&)>& fn) const;

 private:
  std::string location_, county_;
  bool file_ = false;
  std::vector<std::string> codes_;
};

// verify --all-counties / --counties: each chosen county's chain, one row each; exit 1 when any
// fails.
int verify_counties(const Globals& g, const std::string& pattern);

}  // namespace fundledger::cli
