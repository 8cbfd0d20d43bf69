// A finding of `check` (rules) or `audit` (audit checks): which rule or check, which subject, the
// numbers in the message, and the vouchers or documents that are the evidence.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::rules {

enum class Severity { error, warn };

struct Finding {
  std::string code;  // CONTRACT.md codes: growth_below_min, cap_exceeded, ...
  Severity severity = Severity::error;
  std::optional<std::string> rule;             // rule id (rules only)
  bool overridden = false;                     // an entry it concerns was recorded with --override
  std::string message;                         // with the numbers on both sides
  std::map<std::string, std::string> subject;  // e.g. {"earmark": "2017/LOAN-SUBSIDY", "payee": "H001"}
  std::vector<std::string> evidence;           // vouchers, doc_nos, household ids
  // The day the problem arose (YYYY-MM-DD), where the check knows it: an idle lot's threshold
  // reached, a deadline passed. Not shown by check or audit; the age of a warning (engine/monitor).
  std::optional<std::string> since;
};

}  // namespace fundledger::rules
