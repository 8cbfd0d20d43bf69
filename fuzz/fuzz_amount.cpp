// libFuzzer target: money::parse_amount on arbitrary bytes. It must never crash, and whatever it
// accepts must survive a round trip through format_yuan (exact: no rounding anywhere).
#include "money/money.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace fundledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = parse_amount(text);
  if (!parsed) {
    if (parsed.error.empty()) std::abort();  // a refusal must say why
    return 0;
  }
  std::string yuan = format_yuan(*parsed.value);
  auto again = parse_amount(yuan);
  if (!again || *again.value != *parsed.value) std::abort();
  (void)format_daxie(*parsed.value);
  (void)format_in(*parsed.value, Unit::wan, -1);
  return 0;
}
