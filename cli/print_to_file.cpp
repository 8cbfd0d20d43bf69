#include "cli/print_to_file.hpp"

#include <iostream>

#include "reports/output_file.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

// std::cout into a string while alive; restored however the verb ends.
class CapturedStdout {
 public:
  CapturedStdout() : saved_(std::cout.rdbuf(text_.rdbuf())) {}
  ~CapturedStdout() { std::cout.rdbuf(saved_); }
  CapturedStdout(const CapturedStdout&) = delete;
  CapturedStdout& operator=(const CapturedStdout&) = delete;
  [[nodiscard]] std::string text() const { return text_.str(); }

 private:
  std::ostringstream text_;
  std::streambuf* saved_;
};

}  // namespace

void add_print_to_option(CLI::App& verb, Globals& g) {
  if (verb.get_option_no_throw("--out")) return;
  verb.add_option("--out", g.print_to, text::tr("help.global.out"));
}

int run_printing_to_file(const Globals& g, const Action& action) {
  if (g.print_to.empty()) return action();
  g.check_output_path(g.print_to);
  std::string text;
  int rc = 0;
  {
    CapturedStdout captured;
    rc = action();
    text = captured.text();
  }
  if (rc != kExitOk && rc != kExitFindings) return rc;
  if (g.format == "csv") text.insert(0, "\xEF\xBB\xBF");
  reports::write_file_atomically(g.print_to, text);
  print_written(g, {g.print_to});
  return rc;
}

}  // namespace fundledger::cli
