// A year's budget lines as they stood on a day, and what transfers moved into each by then
// (指标调剂 / 调减, issue 19). A quota operation is dated (ledger/apply_quota.cpp): the month's report
// of April, or a balance as of April, shows the lines before May's reduction, though the latest
// revision already has it. Revisions read from a budget file carry no date and stand from the year's
// first day.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"

namespace fundledger::ledger {

// Undoes on `lines` (the latest revisions' lines, of any years) the quota operations dated after `on`.
void as_they_stood(store::LedgerReads& reads, std::vector<EarmarkLine>& lines, const Date& on);

// The lines of `fiscal_year`'s latest revision with the quota operations dated after `on` undone.
std::vector<EarmarkLine> earmark_lines_on(store::Repository& repo, int fiscal_year, const Date& on);

// Per earmark code: quota transferred into it (+) or out of it (−), net, by transfers dated on or
// before `on`. Empty when the year has no transfer by then.
std::map<std::string, Money> transferred_through(store::Repository& repo, int fiscal_year, const Date& on);

}  // namespace fundledger::ledger
