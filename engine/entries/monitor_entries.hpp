// engine/entries — the entries of monitoring (engine/monitor): one step of handling a warning.
// Included by entries.hpp; the same conventions (fields() lists the table's columns in order).
#pragma once

#include <optional>
#include <string>

#include "money/money.hpp"

namespace fundledger::entries {

// 预警处理: one step in handling a warning (an audit finding with its stable id): confirmed (as
// normal, suspected or a violation), rectified (with the measures and the amount recovered) or
// verified. The finding as it read when handled (code, level, category, message, evidence) is kept
// with the step, so a warning whose finding later disappears is still shown as it was. An
// attachment is kept outside the ledger, named by its SHA-256, which this entry's hash covers.
// The step's date is the entry's effective date.
struct WarningAction {
  static constexpr const char* kKind = "warning_action";
  std::string warning_id;
  std::string action;                  // confirm | rectify | verify
  std::optional<std::string> outcome;  // confirm: normal | suspected | violation
  std::string by;                      // who confirmed, rectified or verified (经办人, 核实人)
  std::optional<std::string> note, measures;
  std::optional<Money> amount_recovered;
  std::optional<std::string> attachment_sha256, attachment_name;
  std::string code, level, violation, message, evidence;  // the finding when handled; evidence ';'-joined

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("warning_id", s.warning_id), f("action", s.action), f("outcome", s.outcome), f("by_name", s.by),
        f("note", s.note);
    f("measures", s.measures), f("amount_recovered", s.amount_recovered),
        f("attachment_sha256", s.attachment_sha256), f("attachment_name", s.attachment_name);
    f("code", s.code), f("level", s.level), f("violation", s.violation), f("message", s.message),
        f("evidence", s.evidence);
  }
  bool operator==(const WarningAction&) const = default;
};

}  // namespace fundledger::entries
