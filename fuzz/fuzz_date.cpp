// libFuzzer target: calendar::parse_date on arbitrary bytes. Never a crash; an accepted date
// formats as YYYY-MM-DD and parses back to the same day.
#include "calendar/calendar.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace fundledger::calendar;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = parse_date(text);
  if (!parsed) {
    if (parsed.error.empty()) std::abort();
    return 0;
  }
  std::string iso = format_date(*parsed.value);
  auto again = parse_date(iso);
  if (!again || *again.value != *parsed.value) std::abort();
  (void)parse_month(text);
  return 0;
}
