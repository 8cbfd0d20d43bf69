// Helpers shared by the money test files.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "money/money.hpp"

namespace fundledger::testing {

// Parses text that must be a valid amount.
inline Money P(const std::string& s) {
  auto r = parse_amount(s);
  INFO("parse_amount(\"" << s << "\") -> " << r.error);
  REQUIRE(r);
  REQUIRE(r.error.empty());
  return *r.value;
}

// Parses text that must be rejected; returns the error message.
inline std::string E(const std::string& s) {
  auto r = parse_amount(s);
  INFO("parse_amount(\"" << s << "\") unexpectedly gave " << (r ? format_yuan(*r.value) : std::string()));
  REQUIRE_FALSE(r);
  REQUIRE_FALSE(r.value.has_value());
  return r.error;
}

// Money from fen.
inline Money F(long long fen) { return Money::from_fen(static_cast<std::int64_t>(fen)); }

}  // namespace fundledger::testing

namespace Catch {
template <>
struct StringMaker<fundledger::Money> {
  static std::string convert(const fundledger::Money& m) { return fundledger::format_yuan(m); }
};
}  // namespace Catch
