# fundledger_warnings: an interface target every project target links, so warnings are uniform.
add_library(fundledger_warnings INTERFACE)
target_compile_options(fundledger_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused
                       -Woverloaded-virtual -Wconversion -Wsign-conversion -Wno-sign-conversion
                       -Wno-conversion
                       # GCC 12 false positives inside Boost.Multiprecision held in std::variant
                       -Wno-maybe-uninitialized)
option(FUNDLEDGER_WERROR "Treat warnings as errors" OFF)
if(FUNDLEDGER_WERROR)
  target_compile_options(fundledger_warnings INTERFACE -Werror)
endif()
