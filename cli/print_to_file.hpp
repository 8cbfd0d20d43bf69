// `--out FILE` on every verb that prints (balance, check, audit, trace, report tables, ...): what
// the verb prints goes into FILE instead, written whole or not at all (reports/output_file.hpp),
// and for `--format csv` a UTF-8 BOM first, so Excel on a Chinese Windows opens it as UTF-8
// (CONTRACT.md: CSV written with --out starts with a BOM). Verbs that write a file of their own
// (report monthly, export audit) keep their own --out.
#pragma once

#include <sstream>
#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

// Adds --out FILE to `verb` unless it has its own.
void add_print_to_option(CLI::App& verb, Globals& g);

// Runs the verb; with --out, its printout is captured and written to the file when the verb ends
// with exit 0 or 1 (findings are a result), then print_written says so.
int run_printing_to_file(const Globals& g, const Action& action);

}  // namespace fundledger::cli
