// The listing verbs' reads (cli/verbs_listing.cpp, reports/listing.hpp): the household register
// and the payment journal (明细账), row by row. Part of ReportReads (store/report_reads.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "money/money.hpp"

namespace fundledger::store {

// Which payments: dated from `from` through `through` (both inclusive), of fiscal year `year`
// when given, in `town`, from `earmark`, to `payee` (its id or its name) when given. Text is
// matched exactly.
struct PaymentQuery {
  calendar::Date from{1900, 1, 1};
  calendar::Date through{2999, 12, 31};
  std::optional<int> year;
  std::optional<std::string> town, earmark, payee;
};

// One row of the 明细账: a payment (positive), or a correction that gives money of a payment back
// (冲销 reversal, 收回 recovery: negative), with the payment's earmark, payee and place.
struct PaymentLine {
  std::string voucher;
  calendar::Date date;
  std::string kind;  // payment | reversal | recovery
  int fiscal_year = 0;
  std::string earmark, payee_id, payee_name, payee_kind;
  std::optional<std::string> town, village, project, note;
  std::optional<std::string> corrects;  // a correction: the payment's voucher
  std::string sources;                  // the source documents its flows name, ";"-separated
  Money amount;
};

// Which households: in `town`, in a village named `village` (of `town` when given), and whose
// id, head name or ID number contains `search` (ASCII letters in any case).
struct HouseholdQuery {
  std::optional<std::string> town, village, search;
};

// A household of the register with what was paid to it (payments less corrections, any date).
struct HouseholdLine {
  std::string household_id, head_name;
  std::optional<std::string> id_number;
  std::string town, village;
  std::optional<std::int64_t> members;
  bool registered = false;
  std::optional<std::string> poverty_cause;
  Money paid;
};

}  // namespace fundledger::store
