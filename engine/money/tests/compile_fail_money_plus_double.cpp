// Built twice by CTest: without FUNDLEDGER_EXPECT_FAIL it must compile (the control), with it it
// must not, because Money has no conversion from double and mixing operators are deleted.
#include "money/money.hpp"

int main() {
  fundledger::Money m = fundledger::Money::from_yuan(1);
#ifdef FUNDLEDGER_EXPECT_FAIL
  auto bad = m + 0.1;
  (void)bad;
#else
  auto good = m + fundledger::Money::from_fen(10);
  (void)good;
#endif
  return 0;
}
