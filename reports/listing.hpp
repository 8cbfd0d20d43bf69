// The listing verbs' models: the household register (农户名册) and the payment journal (明细账),
// one row per household / per payment, read from the store row by row so that a listing of a
// million payments is never held whole (listing_render.hpp streams them out).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "reports/table.hpp"
#include "store/report_reads.hpp"
#include "store/repository.hpp"

namespace fundledger::reports {

// Which payments the 明细账 lists: the calendar month `month` (year, month) or fiscal year `year`
// (as `balance --year`), dated on or before `as_of`, in `town`, from `earmark`, to `payee`.
struct PaymentFilter {
  std::optional<std::pair<int, int>> month;
  std::optional<int> year;
  std::optional<calendar::Date> as_of;
  std::optional<std::string> town, earmark, payee;
};

// Which households: in `town`, in villages named `village` (of every town unless `town` is given:
// a village is a town's), matching `search` (household id, head name or ID number; a substring,
// ASCII letters in any case).
struct HouseholdFilter {
  std::optional<std::string> town, village, search;
};

using RowSink = std::function<void(const std::vector<Cell>&)>;

// The total of a listing: how many rows, and the total row (its first cell empty: 合计).
struct ListingTotal {
  std::int64_t count = 0;
  std::vector<Cell> row;
};

// A listing: columns, and its rows read from the store each time `rows` is called (in order;
// `codes`: kinds as their stable codes, for csv and json, else as words of the language).
struct Listing {
  std::string title;
  std::vector<Column> columns;
  std::function<ListingTotal(bool codes, const RowSink& sink)> rows;
};

// The 明细账: voucher, date, kind (支付, or 冲销/收回 of a payment, negative), fiscal year, earmark,
// payee id, name and kind, town, village, project, amount, source documents, note; by date,
// voucher. Its total is what `balance` counts as paid for the same filter. `repo` must outlive it.
Listing payment_listing(store::Repository& repo, const PaymentFilter& f, Lang lang);
// The same, whole in memory, with its 合计 row: for a workbook sheet.
Table payment_ledger(store::Repository& repo, const PaymentFilter& f, Lang lang);

// The register: household id, head name, ID number (unmasked: the bureau's own register), town,
// village, members, registered (是/否), poverty cause, and what was paid to it (payments less
// corrections); by town, village, household id.
Listing household_listing(store::Repository& repo, const HouseholdFilter& f, Lang lang);
Table household_register(store::Repository& repo, const HouseholdFilter& f, Lang lang);

// The store's query for a filter: the month's first and last day, or up to `as_of`.
store::PaymentQuery payment_query(const PaymentFilter& f);

}  // namespace fundledger::reports
