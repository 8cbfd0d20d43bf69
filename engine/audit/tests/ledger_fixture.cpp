#include "ledger_fixture.hpp"

#include <atomic>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

#include "projects/projects.hpp"

namespace fundledger::audit::testing {

namespace {
std::filesystem::path fresh_dir() {
  static std::atomic<int> n{0};
  auto d = std::filesystem::temp_directory_path() /
           ("fundledger-audit-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}
}  // namespace

Ledger::Ledger() : dir_(fresh_dir()), repo_(store::open_repository((dir_ / "ledger.db").string(), store::OpenMode::create)) {}

Ledger::~Ledger() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void Ledger::import(const std::string& kind, const std::string& text) {
  auto k = ledger::parse_import_kind(kind);
  if (!k) throw std::invalid_argument("fixture: kind " + kind);
  auto file = dir_ / (kind + std::to_string(files_++) + (kind == "budget" ? ".toml" : ".csv"));
  std::ofstream(file) << text;
  ledger::ImportOptions opt;
  opt.operator_name = "test";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  ledger::import_file(*repo_, *k, file.string(), opt);
}

void Ledger::standard() {
  import("sources",
         "doc_no,fiscal_year,category,name,amount,received_on\n"
         "COUNTY-1,2018,county_self,县级资金,500万,2018-01-05\n"
         "LOAN-1,2018,policy_loan,农发行贷款,100万,2018-01-06\n");
  import("budget",
         "fiscal_year = 2018\ncode = \"B-2018\"\nname = \"预算\"\ntotal = \"400万\"\nfunded_by = \"county_self\"\n"
         "[[line]]\ncode = \"INDUSTRY\"\nname = \"产业\"\namount = \"200万\"\npurpose = \"industry\"\n"
         "[[line]]\ncode = \"MEDICAL-AID\"\nname = \"大病救助\"\namount = \"100万\"\npurpose = \"medical_aid\"\n"
         "[[line]]\ncode = \"LOAN-SUBSIDY\"\nname = \"贴息\"\namount = \"100万\"\npurpose = \"loan_subsidy\"\n");
  import("households",
         "household_id,head_name,id_number,town,village,registered\n"
         "H1,甲,11010519491231002X,T1,V1,是\n"
         "H2,乙,,T1,V1,是\n"
         "H3,丙,,T2,V2,否\n");
  import("allocations",
         "voucher,date,source_doc,earmark,amount,town\n"
         "A1,2018-01-10,COUNTY-1,INDUSTRY,100万,T1\n"
         "A2,2018-01-10,COUNTY-1,MEDICAL-AID,50万,\n"
         "A3,2018-01-10,COUNTY-1,LOAN-SUBSIDY,50万,\n");
}

void Ledger::import_projects(const std::string& text) {
  auto file = dir_ / ("projects" + std::to_string(files_++) + ".csv");
  std::ofstream(file) << text;
  projects::ImportOptions opt;
  opt.operator_name = "test";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  projects::import_projects(*repo_, file.string(), opt);
}

void Ledger::pay(const std::string& rows) {
  std::istringstream in(rows);
  std::string out = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind,town,source_doc\n", line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    // voucher,date,earmark,amount,payee_id[,town[,source_doc]]
    std::vector<std::string> f;
    std::stringstream ls(line);
    for (std::string x; std::getline(ls, x, ',');) f.push_back(x);
    while (f.size() < 7) f.push_back(f.size() == 5 ? "T1" : "");
    std::string kind = f[4].rfind("ENT", 0) == 0 ? "enterprise" : "household";
    out += f[0] + "," + f[1] + "," + f[2] + "," + f[3] + "," + f[4] + ",名" + f[4] + "," + kind + "," + f[5] + "," + f[6] + "\n";
  }
  import("disbursements", out);
}

Context ctx(const std::string& as_of, std::vector<Rule> rules) {
  Context c;
  c.as_of = as_of;
  c.rules = std::move(rules);
  return c;
}

Rule rule(const std::string& id, const std::string& kind) {
  Rule r;
  r.id = id;
  r.kind = kind;
  return r;
}

}  // namespace fundledger::audit::testing
