// engine/money — amounts in messages, as a person reads them (money.hpp: format_for_people).
#include "money/money.hpp"

namespace fundledger {

std::string format_for_people(const Money& m, text::Lang lang) {
  if (lang == text::Lang::en) return format_yuan(m, true) + " yuan";
  constexpr std::int64_t kFenPerWan = 10'000 * Money::kFenPerYuan;
  constexpr std::int64_t kFenPerBai = 100 * Money::kFenPerYuan;
  const Money size = m.abs();
  if (size.fen() >= kFenPerWan && size.fen() % kFenPerBai == 0)
    return format_in(m, Unit::wan, 2, true) + "万元";
  return format_yuan(m, true) + "元";
}

std::string format_for_people(const Money& m) { return format_for_people(m, text::language()); }

}  // namespace fundledger
