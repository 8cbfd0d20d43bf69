// FL_ASSERT: a programmer error (a broken precondition or internal invariant), checked in every
// build, release included (TigerBeetle style): the process stops at once with what broke and
// where, before anything more is written (an open transaction is never committed). Bad input and
// environment failures are not assertions: they are InputError (exit 2) and StoreError (exit 3).
#pragma once

#include <cstdio>
#include <cstdlib>

namespace fundledger {

[[noreturn]] inline void assertion_failed(const char* condition, const char* what, const char* file,
                                          int line) {
  std::fprintf(stderr, "fundledger: internal error: %s (assertion %s failed at %s:%d)\n", what, condition,
               file, line);
  std::fflush(stderr);
  std::abort();
}

}  // namespace fundledger

#define FL_ASSERT(condition, what) \
  ((condition) ? static_cast<void>(0) : ::fundledger::assertion_failed(#condition, what, __FILE__, __LINE__))
