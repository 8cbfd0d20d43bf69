// verify's invariants: the journal replayed in order through the invariant functions
// (invariants.hpp), plus the running totals (derived data) compared with the flows by the store.
#include "ledger/invariants.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "ledger/advances.hpp"
#include "ledger/ledger.hpp"
#include "ledger/periods.hpp"
#include "ledger/running_totals_check.hpp"

namespace fundledger::ledger {

namespace {

std::string yuan(const Money& m) { return format_for_people(m); }

// The ledger rebuilt entry by entry, each entry checked against what came before it.
class Replay {
 public:
  void entry(std::int64_t id, const entries::Entry& e) {
    overridden_ = e.override_reason.has_value();  // an override lets a line be exceeded
    period_open(id, e);
    std::visit([&](const auto& body) { apply(id, body); }, e.body);
  }
  std::vector<Violation> finish();

 private:
  struct SourceState {
    entries::Source source;
    std::int64_t entry_id = 0;
    DatedBalance changes;                  // its allocations (negative) and what came back (positive)
    std::optional<Violation> first_as_of;  // the first allocation it could not cover as of its date
  };
  struct LineState {
    LineLimit limit;
    Money allocated;                 // net alloc flows so far
    Money frozen;                    // what freezes hold of it (指标冻结)
    std::optional<Violation> first;  // the first allocation beyond it, not overridden
  };
  struct LotState {
    DatedBalance changes;
    std::optional<Violation> first;  // the first spend it could not cover as of its date, and its entry
  };

  void apply(std::int64_t id, const entries::Source& s) { sources_[s.doc_no] = {s, id, {}, std::nullopt}; }
  void apply(std::int64_t id, const entries::Budget& b) {
    add(budget_balanced(b), id);
    for (const auto& l : b.lines) {  // the latest revision's lines are in force
      auto& line = lines_[{b.fiscal_year, l.code}];
      line.limit = {b.fiscal_year, l.code, l.name, l.amount, l.is_open_ended()};
      if (!overridden_) add(line_holds(line.limit, line.allocated, line.frozen), id);
    }
  }
  void apply(std::int64_t id, const entries::Allocation& a) {
    add(allocation_matches_flow(a), id);
    for (const auto& f : a.flows) {
      allocate(id, f);
      allocate_line(id, f);
      move(id, f);
    }
  }
  void apply(std::int64_t id, const entries::Disbursement& d) {
    add(payment_attributed(d), id);
    for (const auto& f : d.flows) move(id, f);
  }
  void apply(std::int64_t id, const entries::Correction& c) {
    for (const auto& f : c.flows) {
      if (f.kind == "alloc") {
        if (auto it = sources_.find(f.source_doc); it != sources_.end())
          it->second.changes.add(f.date, f.amount.negated());
        allocate_line(id, f);  // a reversal gives back; a 调剂 moves money between lines
      }
      move(id, f);
    }
  }
  // A freeze holds back a source's money as of its date (as an allocation takes it) or a line's
  // quota; an unfreeze gives it back.
  void apply(std::int64_t id, const entries::QuotaFreeze& q) {
    const Money held = q.action == "freeze" ? q.amount : q.amount.negated();
    if (q.scope == "line") {
      freeze_line(id, q.fiscal_year, q.target, held);
      return;
    }
    take_from_source(id, q.target, q.date, held);
  }
  // A reduction takes a source's money for good from its date, as an allocation would take it; a
  // recall first takes money back out of earmarks' lots (its flows give it back to the source).
  void apply(std::int64_t id, const entries::SourceReduction& r) {
    for (const auto& f : r.flows) {
      take_from_source(id, f.source_doc, f.date, f.amount);
      allocate_line(id, f);
      move(id, f);
    }
    take_from_source(id, r.source_doc, r.date, r.amount);
  }
  // A settlement takes the settling source's money from its date, as an allocation would take it,
  // and counts against the advance it settles.
  void apply(std::int64_t id, const entries::AdvanceSettlement& a) {
    take_from_source(id, a.source_doc, a.date, a.amount);
    auto& settled = settled_[a.advance_doc];
    settled.total += a.amount;
    if (!settled.first_beyond) {
      auto it = sources_.find(a.advance_doc);
      const bool advance = it != sources_.end() && it->second.source.category == kAdvanceCategory;
      if (!advance || settled.total > it->second.source.amount)
        settled.first_beyond =
            Violation{Invariant::advance_over_settled,
                      id,
                      {a.advance_doc, advance ? yuan(it->second.source.amount) : "—", yuan(settled.total)}};
    }
  }
  template <class T>
  void apply(std::int64_t, const T&) {}  // households, loans, rules: no money moves

  // Closed periods: a lock (or unlock) moves the lock in force; any other entry recorded after it is
  // dated after it, or one the lock does not hold back.
  void period_open(std::int64_t id, const entries::Entry& e) {
    if (const auto* p = std::get_if<entries::PeriodLock>(&e.body)) {
      lock_.reset();
      if (p->through)
        lock_ = LockInForce{*calendar::parse_date(*p->through).value, e.effective_date, {}, {}, {}, {}};
      return;
    }
    if (closed_by(lock_, e.kind(), e.effective_date))
      add(Violation{Invariant::entry_in_closed_period,
                    {},
                    {e.kind(), e.key, calendar::format_date(e.effective_date),
                     calendar::format_date(lock_->through)}},
          id);
  }
  // An allocation takes from its source's unallocated money, as of its date.
  void allocate(std::int64_t id, const entries::Flow& f) {
    take_from_source(id, f.source_doc, f.date, f.amount);
  }
  // An allocation, a freeze or a reduction takes `amount` (negative: gives it back) of what the
  // source has not allocated, as of `date`; what it takes must be there.
  void take_from_source(std::int64_t id, const std::string& doc, const Date& date, const Money& amount) {
    auto it = sources_.find(doc);
    if (it == sources_.end()) return;
    auto& s = it->second;
    if (auto v = source_covers(s.source, s.changes, date, amount); v && !s.first_as_of) {
      v->entry_id = id;
      s.first_as_of = v;
    }
    s.changes.add(date, amount.negated());
  }
  // Control by line: what comes into an earmark fits its line, unless overridden or open-ended.
  void allocate_line(std::int64_t id, const entries::Flow& f) {
    auto it = lines_.find({f.fiscal_year, f.earmark});
    if (it == lines_.end()) return;
    auto& line = it->second;
    if (f.amount.is_positive() && !overridden_ && !line.first)
      if (auto v = line_covers(line.limit, line.allocated, f.amount, line.frozen)) {
        v->entry_id = id;
        line.first = v;
      }
    line.allocated += f.amount;
  }
  // A freeze of a line's quota fits what the line has free (neither allocated nor frozen).
  void freeze_line(std::int64_t id, int fiscal_year, const std::string& code, const Money& held) {
    auto it = lines_.find({fiscal_year, code});
    if (it == lines_.end()) return;
    auto& line = it->second;
    if (held.is_positive() && !line.first)
      if (auto v = line_covers(line.limit, line.allocated, held, line.frozen)) {
        v->entry_id = id;
        line.first = v;
      }
    line.frozen += held;
  }
  // A flow moves money into its lot ("alloc") or out of it ("pay"); what goes out must be there.
  void move(std::int64_t id, const entries::Flow& f) {
    Money spend = f.kind == "pay" ? f.amount : f.amount.negated();
    auto& lot = lots_[{f.fiscal_year, f.earmark, f.lot}];
    if (spend.is_positive())
      if (auto v = lot_covers(f.lot, lot.changes, f.date, spend); v && !lot.first) {
        v->entry_id = id;
        lot.first = v;
      }
    lot.changes.add(f.date, spend.negated());
  }
  void add(std::optional<Violation> v, std::int64_t id) {
    if (!v) return;
    v->entry_id = id;
    out_.push_back(std::move(*v));
  }

  struct Settled {
    Money total;
    std::optional<Violation> first_beyond;
  };
  std::unordered_map<std::string, SourceState> sources_;
  std::map<std::string, Settled> settled_;  // per advance
  std::map<std::pair<int, std::string>, LineState> lines_;
  bool overridden_ = false;
  std::optional<LockInForce> lock_;
  std::map<std::tuple<int, std::string, std::string>, LotState> lots_;
  std::vector<Violation> out_;
};

std::vector<Violation> Replay::finish() {
  for (auto& [key, lot] : lots_) {
    if (!lot.first) continue;
    Money balance = lot.changes.total();
    // Overspent for good (the words verify has always used), or only as of an entry's date.
    if (balance.is_negative())
      out_.push_back({Invariant::lot_overspent, lot.first->entry_id, {std::get<2>(key), yuan(balance)}});
    else
      out_.push_back(*lot.first);
  }
  for (auto& [key, line] : lines_)
    if (line.first) out_.push_back(*line.first);
  for (auto& [doc, s] : settled_)
    if (s.first_beyond) out_.push_back(*s.first_beyond);
  for (auto& [doc, s] : sources_) {
    Money allocated = s.changes.total().negated();
    if (allocated > s.source.amount || allocated.is_negative())
      out_.push_back(
          {Invariant::source_over_allocated, s.entry_id, {doc, yuan(s.source.amount), yuan(allocated)}});
    else if (s.first_as_of)
      out_.push_back(*s.first_as_of);
  }
  return std::move(out_);
}

}  // namespace

std::vector<InvariantViolation> check_invariants(store::Repository& repo) {
  auto& reads = repo.ledger();
  Replay replay;
  RunningTotalsCheck totals;  // recounted from the same flows: never trusted
  reads.for_each_entry([&](std::int64_t id, const entries::Entry& e) {
    replay.entry(id, e);
    totals.add(id, e);
  });
  std::vector<InvariantViolation> out;
  for (const auto& v : replay.finish()) out.push_back({v.entry_id, describe(v)});
  for (auto& v : totals.finish(reads)) out.push_back(std::move(v));
  // Several invariants broken: the ledger's first bad entry is the smallest entry named, whichever
  // check named it; violations that name no entry come last. Stable: ties keep the checks' order.
  std::stable_sort(out.begin(), out.end(), [](const InvariantViolation& a, const InvariantViolation& b) {
    if (a.entry_id.has_value() != b.entry_id.has_value()) return a.entry_id.has_value();
    return a.entry_id < b.entry_id;
  });
  return out;
}

}  // namespace fundledger::ledger
