// The unit tests' main. Messages are in English here (the engine's tests read English wording);
// a test of the Chinese text sets text::Lang::zh itself.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "text/text.hpp"

int main(int argc, char* argv[]) {
  fundledger::text::set_language(fundledger::text::Lang::en);
  return Catch::Session().run(argc, argv);
}
