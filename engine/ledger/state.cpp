#include "ledger/state.hpp"

#include <algorithm>

#include "text/text.hpp"

namespace fundledger::ledger {

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
    if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ';' || s[i] == ',') {
      flush();
      continue;
    }
    if (s.compare(i, 3, "；") == 0 || s.compare(i, 3, "，") == 0) {
      flush();
      i += 2;
      continue;
    }
    cur.push_back(s[i]);
  }
  flush();
  return out;
}

SourceInfo* LedgerState::source(const std::string& doc) {
  auto it = sources_.find(doc);
  if (it == sources_.end()) {
    std::optional<SourceInfo> info;
    if (auto s = reads_.find_source(doc)) {
      info = SourceInfo{*s, {}, reads_.source_allocated(doc)};
      if (s->restricted_to) info->restricted_to = split_list(*s->restricted_to);
    }
    it = sources_.emplace(doc, std::move(info)).first;
  }
  return it->second ? &*it->second : nullptr;
}

EarmarkState* LedgerState::earmark(int fiscal_year, const std::string& code) {
  auto key = std::make_pair(fiscal_year, code);
  auto it = earmarks_.find(key);
  if (it == earmarks_.end()) {
    std::optional<EarmarkState> state;
    for (auto& l : reads_.earmark_lines(fiscal_year))
      if (l.code == code) {
        EarmarkState s;
        s.line = l;
        s.allocated = reads_.earmark_allocated(fiscal_year, code);
        s.frozen = reads_.line_frozen(fiscal_year, code);
        for (auto& lot : reads_.earmark_lots(fiscal_year, code))
          s.lots.push_back({lot.lot, lot.source_doc, lot.lot_date, lot.remaining});
        for (auto& ch : reads_.earmark_lot_changes(fiscal_year, code)) note_lot(ch.lot, ch.date, ch.delta);
        state = std::move(s);
        break;
      }
    it = earmarks_.emplace(key, std::move(state)).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::string LedgerState::known_earmarks(int fiscal_year) {
  std::string s;
  for (auto& l : reads_.earmark_lines(fiscal_year))
    s += (s.empty() ? "" : text::tr("read.list_separator")) + l.code;
  return s.empty() ? text::tr("ledger.no_budget_for_year", text::arg("year", fiscal_year))
                   : text::tr("ledger.known_earmarks", text::arg("codes", s));
}

void LedgerState::add_lot(int fiscal_year, const std::string& code, LotState lot) {
  auto* e = earmark(fiscal_year, code);
  if (!e) return;
  auto pos = std::upper_bound(e->lots.begin(), e->lots.end(), lot, [](const LotState& a, const LotState& b) {
    return std::tie(a.date, a.lot) < std::tie(b.date, b.lot);
  });
  e->lots.insert(pos, std::move(lot));
}

void LedgerState::note_lot(const std::string& lot, const Date& date, const Money& delta) {
  auto& ev = lot_events_[lot];
  if (!ev.empty() && ev.back().first == date)
    ev.back().second += delta;  // one event per lot and day
  else
    ev.emplace_back(date, delta);
  auto [it, added] = lot_last_.try_emplace(lot, date);
  if (!added && date > it->second) it->second = date;
}

const Events& LedgerState::lot_events(const std::string& lot) { return lot_events_[lot]; }

const std::vector<LotState>& LedgerState::lots_as_of(const EarmarkState& e, const Date& date,
                                                     std::vector<LotState>& scratch) const {
  // Fast path (rows applied in date order): no lot has a change after `date`, so what remains in
  // each lot now is what is available on `date`.
  bool any_later = false;
  for (const auto& l : e.lots) {
    // An empty lot stays empty as of any date (what is available is cut, never raised), and a
    // lot dated later is not available at all: neither needs its history looked at.
    if (!l.remaining.is_positive() || l.date > date) continue;
    auto it = lot_last_.find(l.lot);
    if (it != lot_last_.end() && it->second > date) {
      any_later = true;
      break;
    }
  }
  if (!any_later) return e.lots;
  scratch = e.lots;
  for (auto& l : scratch) {
    auto it = lot_events_.find(l.lot);
    if (it == lot_events_.end() || l.date > date) continue;
    bool later =
        std::any_of(it->second.begin(), it->second.end(), [&](const auto& ev) { return ev.first > date; });
    if (later)
      l.remaining = std::min(l.remaining, std::max(Money(), available_from(it->second, date, Money())));
  }
  return scratch;
}

DatedBalance& LedgerState::source_changes(const std::string& doc) {
  auto it = source_changes_.find(doc);
  if (it == source_changes_.end()) {
    DatedBalance changes;
    for (auto& c : reads_.source_allocation_changes(doc)) changes.add(c.date, c.amount);
    // What is frozen of it (指标冻结) is held back from allocation as an allocation would be.
    for (auto& c : reads_.source_freeze_changes(doc)) changes.add(c.date, c.amount);
    // What is reduced of it (来源调减 / 结余收回) is gone from that date on.
    for (auto& c : reads_.source_reduction_changes(doc)) changes.add(c.date, c.amount);
    // What it gave to settle advances (核销预拨) is gone from that date on too.
    for (auto& c : reads_.source_settlement_changes(doc)) changes.add(c.date, c.amount);
    it = source_changes_.emplace(doc, std::move(changes)).first;
  }
  return it->second;
}

}  // namespace fundledger::ledger
