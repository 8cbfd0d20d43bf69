// engine/ledger: classification codes (预算科目, issue 19) — the shipped tables as built into the
// program against data/classes/*.csv, and how a clerk's text is read as a code.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "ledger/classes.hpp"

using fundledger::entries::ClassCode;
using fundledger::ledger::ClassCodes;
using fundledger::ledger::kEconomicClass;
using fundledger::ledger::kFunctionClass;
namespace ledger = fundledger::ledger;

namespace {

// The data lines of a shipped table, as the file has them ("code,name").
std::vector<std::string> file_lines(const std::string& name) {
  std::ifstream in(std::string(FUNDLEDGER_SOURCE_DIR) + "/data/classes/" + name);
  std::vector<std::string> lines;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(line);
  return lines;
}

std::vector<std::string> built_in(const char* scheme) {
  std::vector<std::string> lines;
  for (const auto& c : ledger::shipped_classes(scheme)) lines.push_back(std::string(c.code) + "," + c.name);
  return lines;
}

}  // namespace

TEST_CASE("the built-in code tables are the shipped files, line by line", "[classes]") {
  const auto function = file_lines("function_classes.csv");
  const auto economic = file_lines("economic_classes.csv");
  REQUIRE(function.size() > 50);
  REQUIRE(economic.size() > 40);
  CHECK(built_in(kFunctionClass) == function);
  CHECK(built_in(kEconomicClass) == economic);
  for (const auto& line : function) {
    const auto code = line.substr(0, line.find(','));
    CHECK(ledger::well_formed_class_code(kFunctionClass, code));
  }
  for (const auto& line : economic) {
    const auto code = line.substr(0, line.find(','));
    CHECK(ledger::well_formed_class_code(kEconomicClass, code));
  }
}

TEST_CASE("a classification is read as its code, alone or with its own name", "[classes]") {
  const ClassCodes codes;
  std::string error;
  CHECK(codes.parse(kFunctionClass, "2130505", error) == "2130505");
  CHECK(codes.parse(kFunctionClass, "2130505 生产发展", error) == "2130505");
  CHECK(codes.parse(kFunctionClass, "[2130505]生产发展", error) == "2130505");
  CHECK(codes.parse(kEconomicClass, "50903", error) == "50903");
  CHECK(error.empty());

  CHECK_FALSE(codes.parse(kFunctionClass, "2130505 社会发展", error));  // another code's name
  CHECK(error.find("生产发展") != std::string::npos);
  error.clear();
  CHECK_FALSE(codes.parse(kFunctionClass, "2130510", error));  // no table has it
  CHECK(error.find("2130510") != std::string::npos);
  error.clear();
  CHECK_FALSE(codes.parse(kFunctionClass, "生产发展", error));  // a name alone names no code
  CHECK_FALSE(error.empty());
  error.clear();
  CHECK_FALSE(codes.parse(kEconomicClass, "2130505", error));  // a function code is no economic one
  CHECK_FALSE(error.empty());
}

TEST_CASE("the bureau's own codes are known, and its names win over the shipped ones", "[classes]") {
  const ClassCodes codes({ClassCode{kFunctionClass, "2082102", "农村特困人员救助供养支出"},
                          ClassCode{kFunctionClass, "2130599", "其他扶贫支出"}});
  std::string error;
  CHECK(codes.parse(kFunctionClass, "2082102", error) == "2082102");
  CHECK(codes.name_of(kFunctionClass, "2130599") == "其他扶贫支出");
  CHECK(codes.parse(kFunctionClass, "2130599 其他扶贫支出", error) == "2130599");
  CHECK(ClassCodes().name_of(kFunctionClass, "2130599") == "其他巩固脱贫攻坚成果衔接乡村振兴支出");
  CHECK_FALSE(ClassCodes().name_of(kFunctionClass, "2082102"));
}

TEST_CASE("codes have the digits of their level", "[classes]") {
  CHECK(ledger::well_formed_class_code(kFunctionClass, "213"));
  CHECK(ledger::well_formed_class_code(kFunctionClass, "21305"));
  CHECK(ledger::well_formed_class_code(kFunctionClass, "2130505"));
  CHECK_FALSE(ledger::well_formed_class_code(kFunctionClass, "213050"));
  CHECK_FALSE(ledger::well_formed_class_code(kFunctionClass, "21305X"));
  CHECK(ledger::well_formed_class_code(kEconomicClass, "50903"));
  CHECK_FALSE(ledger::well_formed_class_code(kEconomicClass, "5090301"));
  CHECK_FALSE(ledger::well_formed_class_code(kEconomicClass, ""));
}
