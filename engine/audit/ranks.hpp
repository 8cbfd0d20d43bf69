// engine/audit — strings interned into ranks that sort as the strings do.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace fundledger::audit::detail {

// The rank of each value among the distinct values: equal strings get equal ranks, and
// rank(a) < rank(b) exactly when a < b (byte order, as std::string compares).
// Why: the checks sort and group 10^6 payments by payee and earmark; comparing two integers is
// cheaper than comparing two strings, and only the distinct strings (a few per cent) are sorted.
std::vector<std::uint32_t> string_ranks(const std::vector<std::string_view>& values);

}  // namespace fundledger::audit::detail
