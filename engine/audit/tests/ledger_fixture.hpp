// A small real ledger for the audit tests: a temporary SQLite file filled through the real
// import path (CSV and TOML files written to a temporary directory).
#pragma once

#include "audit/audit.hpp"
#include "ledger/ledger.hpp"
#include "store/repository.hpp"
#include "store/sqlite/db.hpp"

#include <memory>

#include <filesystem>
#include <string>

namespace fundledger::audit::testing {

class Ledger {
 public:
  Ledger();
  ~Ledger();
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Writes `text` to a file and imports it as `kind` (sources, households, budget, allocations,
  // disbursements, corrections).
  void import(const std::string& kind, const std::string& text);
  // The standard fixture: one county_self and one policy_loan source, a 2018 budget with
  // INDUSTRY (industry), MEDICAL-AID (medical_aid), LOAN-SUBSIDY (loan_subsidy), three households
  // (H1 and H2 registered, H3 not), and allocations A1 (county, INDUSTRY 100万, 2018-01-10),
  // A2 (county, MEDICAL-AID 50万, 2018-01-10), A3 (county, LOAN-SUBSIDY 50万, 2018-01-10).
  void standard();
  // Payments: rows of voucher,date,earmark,amount,payee_id (payee kind household, town T1 unless given).
  void pay(const std::string& rows);
  // Writes `text` to a file and imports it as the project library (engine/projects).
  void import_projects(const std::string& text);
  store::Repository& repo() { return *repo_; }
  // A second connection to the ledger file, as the sqlite3 shell would be: for tests that edit the
  // file behind the engine's back.
  store::Db raw_db() const { return store::Db::open(path(), store::OpenMode::read_write); }
  [[nodiscard]] std::string path() const { return (dir_ / "ledger.db").string(); }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<store::Repository> repo_;
  int files_ = 0;
};

Context ctx(const std::string& as_of, std::vector<Rule> rules = {});
Rule rule(const std::string& id, const std::string& kind);

}  // namespace fundledger::audit::testing
