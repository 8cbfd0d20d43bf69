// The argument parser's errors said in the run's language, with what to do: the choices of an
// option, the verbs there are, the option that needs a value (CLI11's own English is the fallback).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace fundledger::cli {

// The lines to print on stderr for `e`, raised while parsing `args` (argv without the program) into
// `app`: the explanation, then where to read more.
[[nodiscard]] std::vector<std::string> explain_parse_error(CLI::App& app, const CLI::ParseError& e,
                                                           const std::vector<std::string>& args);

}  // namespace fundledger::cli
