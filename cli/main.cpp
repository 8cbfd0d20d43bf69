// The `fundledger` command: arguments -> engine -> renderer. The only top-level catch.
#include "money/money.hpp"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <iostream>

namespace fl = fundledger;

int main(int argc, char** argv) {
  CLI::App app{"fundledger — exact, tamper-evident ledger of poverty-alleviation funds"};
  app.set_version_flag("--version", std::string("fundledger ") + FUNDLEDGER_VERSION);
  app.require_subcommand(1);
  std::string expr, to = "yuan";
  auto* amount = app.add_subcommand("amount", "Parse one amount and print it (yuan, 万, 亿 or 大写)");
  amount->add_option("EXPR", expr, "the amount, e.g. 1.45亿, 8,500万元, ￥12,345.67")->required();
  amount->add_option("--to", to, "yuan | wan | yi | daxie")->check(CLI::IsMember({"yuan", "wan", "yi", "daxie"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  auto r = fl::parse_amount(expr);
  if (!r) {
    std::cerr << "fundledger: error: " << r.error << "\n";
    return 2;
  }
  const auto& m = *r.value;
  if (to == "yuan") std::cout << fl::format_yuan(m) << "\n";
  else if (to == "wan") std::cout << fl::format_in(m, fl::Unit::wan, -1) << "\n";
  else if (to == "yi") std::cout << fl::format_in(m, fl::Unit::yi, -1) << "\n";
  else std::cout << fl::format_daxie(m) << "\n";
  return 0;
}
