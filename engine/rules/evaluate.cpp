// Judging the rules: the import gate (one pending entry against the recorded ledger) and `check`
// (every rule over the ledger as of a date). Both use the same figures and the same messages.
#include "store/sqlite/db.hpp"
#include "calendar/calendar.hpp"
#include "rules/rules.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <set>

namespace fundledger::rules {
namespace {

std::string with_note(const Rule& r, const std::string& msg) { return r.note.empty() ? msg : msg + " — " + r.note; }

struct BudgetRev {
  std::int64_t entry_id = 0;
  int revision = 0;
  Money total;
  std::string funded_by;
  std::optional<std::string> doc_no, override_reason;
};

std::optional<BudgetRev> latest_budget(store::Db& db, int year) {
  auto st = db.prepare(
      "SELECT b.entry_id, b.revision, b.total, b.funded_by, b.doc_no, e.override_reason FROM budget b JOIN entry e ON e.id = b.entry_id "
      "WHERE b.fiscal_year = ? ORDER BY b.revision DESC LIMIT 1");
  st.bind(1, year);
  if (!st.step()) return std::nullopt;
  return BudgetRev{st.int64(0), static_cast<int>(st.int64(1)), Money::from_fen(st.int64(2)), st.text(3), st.opt_text(4), st.opt_text(5)};
}

std::optional<Money> line_amount(store::Db& db, std::int64_t budget_entry, const std::string& code) {
  auto st = db.prepare("SELECT amount FROM budget_line WHERE entry_id = ? AND code = ?");
  st.bind(1, budget_entry).bind(2, code);
  if (!st.step()) return std::nullopt;
  return Money::from_fen(st.int64(0));
}

std::string in_list(const std::vector<std::string>& v) {
  std::string s = "(";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::string("?");
  return s + ")";
}

// Sum of the sources of some categories in a year, received on or before as_of (all if empty).
Money sources_sum(store::Db& db, const std::vector<std::string>& cats, int year, const std::string& as_of, std::vector<std::string>* docs = nullptr) {
  auto st = db.prepare("SELECT doc_no, amount FROM source WHERE fiscal_year = ? AND received_on <= ? AND category IN " + in_list(cats) +
                       " ORDER BY received_on, doc_no");
  st.bind(1, year).bind(2, as_of.empty() ? std::string("9999-12-31") : as_of);
  for (std::size_t i = 0; i < cats.size(); ++i) st.bind(static_cast<int>(i) + 3, cats[i]);
  Money sum;
  while (st.step()) {
    sum += Money::from_fen(st.int64(1));
    if (docs) docs->push_back(st.text(0));
  }
  return sum;
}

std::string cats_str(const std::vector<std::string>& c) {
  std::string s;
  for (auto& x : c) s += (s.empty() ? "" : "+") + x;
  return s;
}

// growth: "2018 budget 5900万 < 6000万 = 5000万 × 120%". The minimum is last year × (1 + rate),
// rounded half-up to the fen (as `plan` rounds), so a planned budget always passes.
struct GrowthFigures {
  std::string what;
  Money cur, prev, required;
};
std::optional<std::string> growth_message(const Rule& r, int year, const GrowthFigures& g) {
  if (g.cur >= g.required) return std::nullopt;
  return std::to_string(year) + " " + g.what + " " + fmt_wan(g.cur) + " < " + fmt_wan(g.required) + " = " + fmt_wan(g.prev) + " × " + fmt_pct(1 + *r.min_rate) + " (short by " + fmt_wan(g.required - g.cur) + ")";
}

Money required_growth(const Rule& r, const Money& prev) { return multiply(prev, 1 + *r.min_rate, Rounding::half_up); }

class Gate : public ledger::ImportGate {
 public:
  explicit Gate(store::Repository& repo) : db_(repo.legacy_db()) {
    for (auto& r : current_rules(repo))
      if (r.severity == Severity::error) rules_.push_back(std::move(r));
  }

  std::vector<ledger::GateFinding> on_budget(const ledger::PendingBudget& b) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_) {
      if (!r.applies(b.fiscal_year)) continue;
      if (r.kind == "growth" && r.category && r.basis == "budget" && b.funded_by == *r.category) {
        auto prev = latest_budget(db_, b.fiscal_year - 1);
        if (!prev || prev->funded_by != *r.category) continue;
        GrowthFigures g{"budget", b.total, prev->total, required_growth(r, prev->total)};
        if (auto m = growth_message(r, b.fiscal_year, g)) out.push_back({r.id, with_note(r, *m)});
      } else if (r.kind == "growth" && r.earmark) {
        auto prev = latest_budget(db_, b.fiscal_year - 1);
        if (!prev) continue;
        auto pa = line_amount(db_, prev->entry_id, *r.earmark);
        for (auto& l : b.lines)
          if (pa && l.code == *r.earmark) {
            GrowthFigures g{"earmark " + l.code, l.amount, *pa, required_growth(r, *pa)};
            if (auto m = growth_message(r, b.fiscal_year, g)) out.push_back({r.id, with_note(r, *m)});
          }
      } else if (r.kind == "ceiling" && r.earmark) {
        for (auto& l : b.lines)
          if (l.code == *r.earmark && l.amount > *r.max)
            out.push_back({r.id, with_note(r, std::to_string(b.fiscal_year) + " earmark " + l.code + " " + fmt_wan(l.amount) + " > ceiling " +
                                                  fmt_wan(*r.max) + " (over by " + fmt_wan(l.amount - *r.max) + ")")});
      }
    }
    return out;
  }

  std::vector<ledger::GateFinding> on_source(const ledger::PendingSource& s) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_) {
      if (r.kind != "ceiling" || r.categories.empty() || !r.applies(s.fiscal_year)) continue;
      if (std::find(r.categories.begin(), r.categories.end(), s.category) == r.categories.end()) continue;
      Money before = sources_sum(db_, r.categories, s.fiscal_year, "");
      Money after = before + s.amount;
      if (after > *r.max)
        out.push_back({r.id, with_note(r, std::to_string(s.fiscal_year) + " " + cats_str(r.categories) + " sources " + fmt_wan(before) + " + " +
                                              s.doc_no + " " + fmt_wan(s.amount) + " = " + fmt_wan(after) + " > ceiling " + fmt_wan(*r.max) +
                                              " (over by " + fmt_wan(after - *r.max) + ")")});
    }
    return out;
  }

  std::vector<ledger::GateFinding> on_allocation(const ledger::PendingAllocation& a) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_)
      if (r.kind == "forbidden_use" && r.applies(a.fiscal_year) && a.category == *r.category &&
          std::find(r.purposes.begin(), r.purposes.end(), a.purpose) != r.purposes.end())
        out.push_back({r.id, with_note(r, "voucher " + a.voucher + ": source " + a.source_doc + " (" + a.category + ") may not fund earmark " +
                                              a.earmark + " (purpose " + a.purpose + ")")});
    return out;
  }

  std::vector<ledger::GateFinding> on_disbursement(const ledger::PendingDisbursement& d) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_) {
      if (!r.applies(d.fiscal_year)) continue;
      if (r.kind == "cap_per_payee" && d.earmark == *r.earmark) {
        bool lifetime = r.period == "lifetime";
        // What the payee already has from the earmark: read from the ledger once per (payee,
        // earmark, period) and then kept up to date with this import's payments, so a large file
        // does not scan the flows once per row.
        auto key = std::make_tuple(r.id, d.payee_id, d.earmark, lifetime ? 0 : d.fiscal_year);
        auto cached = paid_.find(key);
        if (cached == paid_.end()) {
          auto& st = lifetime ? paid_lifetime_ : paid_year_;
          if (!st) {
            // Without an index this sum scans every flow, once per payee: an import into a ledger
            // of a million payments would take hours. The index is made the first time a cap rule
            // needs it (so ledgers without such a rule never pay for it) and kept; it is derived,
            // not journal, and `verify` does not depend on it.
            db_.exec("CREATE INDEX IF NOT EXISTS flow_payee_pay ON flow (payee_id, earmark, fiscal_year) WHERE kind = 'pay'");
            st = std::make_unique<store::Stmt>(db_.prepare(
                std::string("SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND payee_id = ? AND earmark = ?") +
                (lifetime ? "" : " AND fiscal_year = ?")));
          }
          st->bind(1, d.payee_id).bind(2, d.earmark);
          if (!lifetime) st->bind(3, d.fiscal_year);
          st->step();
          cached = paid_.emplace(key, Money::from_fen(st->int64(0))).first;
          st->reset();
        }
        Money before = cached->second;
        Money after = before + d.amount;
        // The payment is recorded unless the import fails as a whole (then this cache is gone too).
        cached->second = after;
        if (after > *r.max)
          out.push_back({r.id, with_note(r, "voucher " + d.voucher + ": payee " + d.payee_id + " would receive " + fmt_wan(after) + " from " +
                                                d.earmark + (lifetime ? " in all" : " in " + std::to_string(d.fiscal_year)) + " (" +
                                                fmt_wan(before) + " already + " + fmt_wan(d.amount) + ") > cap " + fmt_wan(*r.max) +
                                                " per payee (over by " + fmt_wan(after - *r.max) + ")")});
      } else if (r.kind == "eligible_payees" && d.earmark == *r.earmark) {
        bool registered = false;
        if (d.payee_kind == "household") {
          auto st = db_.prepare("SELECT registered FROM household WHERE household_id = ?");
          st.bind(1, d.payee_id);
          registered = st.step() && st.int64(0) == 1;
        }
        if (!registered)
          out.push_back({r.id, with_note(r, "voucher " + d.voucher + ": payee " + d.payee_id + " (" + d.payee_name + ", " + d.payee_kind +
                                                ") is not a registered (建档立卡) household; earmark " + d.earmark + " pays only those")});
      } else if (r.kind == "forbidden_use" && std::find(r.purposes.begin(), r.purposes.end(), d.purpose) != r.purposes.end()) {
        for (auto& a : d.attribution) {
          auto st = db_.prepare("SELECT category FROM source WHERE doc_no = ?");
          st.bind(1, a.source_doc);
          if (st.step() && st.text(0) == *r.category)
            out.push_back({r.id, with_note(r, "voucher " + d.voucher + ": " + fmt_wan(a.amount) + " of it comes from source " + a.source_doc +
                                                  " (" + *r.category + "), which may not fund earmark " + d.earmark + " (purpose " +
                                                  d.purpose + ")")});
        }
      }
    }
    return out;
  }

 private:
  store::Db& db_;
  std::vector<Rule> rules_;
  std::map<std::tuple<std::string, std::string, std::string, int>, Money> paid_;  // (rule, payee, earmark, year or 0) -> paid so far
  std::unique_ptr<store::Stmt> paid_year_, paid_lifetime_;
};

// ---- check ---------------------------------------------------------------------------------------

class Checker {
 public:
  Checker(store::Repository& repo, std::optional<int> year, std::string as_of)
      : repo_(repo), db_(repo.legacy_db()), year_(year), as_of_(std::move(as_of)) {
    store::Db& db = db_;
    if (year) {
      years_ = {*year};
    } else {
      auto st = db.prepare("SELECT fiscal_year FROM budget UNION SELECT fiscal_year FROM source UNION SELECT fiscal_year FROM flow ORDER BY 1");
      while (st.step()) years_.push_back(static_cast<int>(st.int64(0)));
    }
  }

  std::vector<Finding> run() {
    for (auto& r : current_rules(repo_)) {
      for (int y : years_) {
        if (!r.applies(y)) continue;
        if (r.kind == "growth") growth(r, y);
        else if (r.kind == "floor" || r.kind == "ceiling") floor_ceiling(r, y);
        else if (r.kind == "cap_per_payee" && r.period == "year") cap(r, y);
        else if (r.kind == "share_min") share(r, y);
        else if (r.kind == "eligible_payees") eligible(r, y);
        else if (r.kind == "forbidden_use") forbidden(r, y);
        else if (r.kind == "idle") idle(r, y);
        else if (r.kind == "allocation_deadline") deadline(r, y);
        // loan_terms: judged where loans are recorded (loan_terms_for); not over the ledger yet.
      }
      if (r.kind == "cap_per_payee" && r.period == "lifetime") cap(r, std::nullopt);
    }
    return std::move(out_);
  }

 private:
  void add(const Rule& r, const std::string& code, const std::string& msg, std::map<std::string, std::string> subject,
           std::vector<std::string> evidence, bool overridden) {
    Finding f;
    f.code = code;
    f.severity = r.severity;
    f.rule = r.id;
    f.overridden = overridden;
    f.message = with_note(r, msg);
    f.subject = std::move(subject);
    f.evidence = std::move(evidence);
    out_.push_back(std::move(f));
  }

  void growth(const Rule& r, int y) {
    if (r.earmark) {
      auto cur = latest_budget(db_, y), prev = latest_budget(db_, y - 1);
      if (!cur || !prev) return;
      auto ca = line_amount(db_, cur->entry_id, *r.earmark), pa = line_amount(db_, prev->entry_id, *r.earmark);
      if (!ca || !pa) return;
      if (auto m = growth_message(r, y, {"earmark " + *r.earmark, *ca, *pa, required_growth(r, *pa)}))
        add(r, "growth_below_min", *m, {{"earmark", std::to_string(y) + "/" + *r.earmark}, {"fiscal_year", std::to_string(y)}},
            {std::to_string(y) + "/r" + std::to_string(cur->revision), std::to_string(y - 1) + "/r" + std::to_string(prev->revision)},
            cur->override_reason.has_value());
    } else if (r.basis == "sources") {
      std::vector<std::string> docs;
      Money cur = sources_sum(db_, {*r.category}, y, as_of_, &docs);
      Money prev = sources_sum(db_, {*r.category}, y - 1, as_of_);
      if (prev.is_zero()) return;
      if (auto m = growth_message(r, y, {*r.category + " sources", cur, prev, required_growth(r, prev)}))
        add(r, "growth_below_min", *m, {{"category", *r.category}, {"fiscal_year", std::to_string(y)}}, docs, false);
    } else {
      auto cur = latest_budget(db_, y), prev = latest_budget(db_, y - 1);
      if (!cur || !prev || cur->funded_by != *r.category || prev->funded_by != *r.category) return;
      if (auto m = growth_message(r, y, {"budget", cur->total, prev->total, required_growth(r, prev->total)})) {
        std::vector<std::string> ev = {std::to_string(y) + "/r" + std::to_string(cur->revision), std::to_string(y - 1) + "/r" + std::to_string(prev->revision)};
        if (cur->doc_no) ev.push_back(*cur->doc_no);
        add(r, "growth_below_min", *m, {{"category", *r.category}, {"fiscal_year", std::to_string(y)}}, ev, cur->override_reason.has_value());
      }
    }
  }

  void floor_ceiling(const Rule& r, int y) {
    bool is_floor = r.kind == "floor";
    Money figure;
    std::vector<std::string> ev;
    std::map<std::string, std::string> subject = {{"fiscal_year", std::to_string(y)}};
    std::string what;
    bool overridden = false;
    if (r.earmark) {
      auto b = latest_budget(db_, y);
      if (!b) return;
      auto a = line_amount(db_, b->entry_id, *r.earmark);
      if (!a) return;
      figure = *a;
      ev.push_back(std::to_string(y) + "/r" + std::to_string(b->revision));
      subject["earmark"] = std::to_string(y) + "/" + *r.earmark;
      what = "earmark " + *r.earmark;
      overridden = b->override_reason.has_value();
    } else {
      figure = sources_sum(db_, r.categories, y, as_of_, &ev);
      subject["category"] = cats_str(r.categories);
      what = cats_str(r.categories) + " sources";
      if (!is_floor) overridden = ceiling_overridden(r, y);
    }
    if (is_floor && figure < *r.min)
      add(r, "floor_not_met", std::to_string(y) + " " + what + " " + fmt_wan(figure) + " < floor " + fmt_wan(*r.min) + " (short by " +
                                  fmt_wan(*r.min - figure) + ")", subject, ev, false);
    if (!is_floor && figure > *r.max)
      add(r, "ceiling_exceeded", std::to_string(y) + " " + what + " " + fmt_wan(figure) + " > ceiling " + fmt_wan(*r.max) + " (over by " +
                                     fmt_wan(figure - *r.max) + ")", subject, ev, overridden);
  }

  // Overridden when every source that took the sum over the ceiling was recorded with --override.
  bool ceiling_overridden(const Rule& r, int y) {
    auto st = db_.prepare("SELECT s.amount, e.override_reason FROM source s JOIN entry e ON e.id = s.entry_id WHERE s.fiscal_year = ? AND s.received_on <= ? AND s.category IN " +
                          in_list(r.categories) + " ORDER BY s.entry_id");
    st.bind(1, y).bind(2, as_of_);
    for (std::size_t i = 0; i < r.categories.size(); ++i) st.bind(static_cast<int>(i) + 3, r.categories[i]);
    Money sum;
    bool all = true;
    while (st.step()) {
      sum += Money::from_fen(st.int64(0));
      if (sum > *r.max && st.is_null(1)) all = false;
    }
    return all;
  }

  void cap(const Rule& r, std::optional<int> y) {
    // Net payments (corrections included) per payee from the earmark, in recording order.
    auto st = db_.prepare(std::string("SELECT f.payee_id, f.voucher, SUM(f.amount), e.override_reason FROM flow f JOIN entry e ON e.id = f.entry_id "
                                      "WHERE f.kind = 'pay' AND f.earmark = ? AND f.date <= ? AND f.payee_id IS NOT NULL") +
                          (y ? " AND f.fiscal_year = ?" : "") + " GROUP BY f.entry_id ORDER BY f.date, f.entry_id");
    st.bind(1, *r.earmark).bind(2, as_of_);
    if (y) st.bind(3, *y);
    struct Acc { Money sum; std::vector<std::string> vouchers; bool all_overridden = true; };
    std::map<std::string, Acc> by_payee;
    while (st.step()) {
      auto& a = by_payee[st.text(0)];
      a.sum += Money::from_fen(st.int64(2));
      a.vouchers.push_back(st.text(1));
      if (a.sum > *r.max && st.int64(2) > 0 && st.is_null(3)) a.all_overridden = false;
    }
    for (auto& [payee, a] : by_payee) {
      if (a.sum <= *r.max) continue;
      std::string scope = y ? " in " + std::to_string(*y) : " in all years";
      add(r, "cap_exceeded", "payee " + payee + " received " + fmt_wan(a.sum) + " from " + *r.earmark + scope + " > cap " + fmt_wan(*r.max) +
                                 " per payee (over by " + fmt_wan(a.sum - *r.max) + ")",
          {{"earmark", y ? std::to_string(*y) + "/" + *r.earmark : *r.earmark}, {"payee", payee}}, a.vouchers, a.all_overridden);
    }
  }

  void share(const Rule& r, int y) {
    auto b = latest_budget(db_, y);
    if (!b || (r.category && b->funded_by != *r.category)) return;
    auto st = db_.prepare("SELECT code, amount, purpose FROM budget_line WHERE entry_id = ? ORDER BY seq");
    st.bind(1, b->entry_id);
    Money part;
    std::vector<std::string> codes;
    while (st.step()) {
      auto p = st.opt_text(2).value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), p) != r.purposes.end()) {
        part += Money::from_fen(st.int64(1));
        codes.push_back(st.text(0));
      }
    }
    Rational need = Rational(b->total.fen().convert_to<boost::multiprecision::cpp_int>()) * *r.min_rate;
    Rational have = Rational(part.fen().convert_to<boost::multiprecision::cpp_int>());
    if (have >= need) return;
    Rational share_of = b->total.is_zero() ? Rational(0) : have / Rational(b->total.fen().convert_to<boost::multiprecision::cpp_int>());
    std::string purposes;
    for (auto& p : r.purposes) purposes += (purposes.empty() ? "" : ",") + p;
    std::vector<std::string> ev = {std::to_string(y) + "/r" + std::to_string(b->revision)};
    ev.insert(ev.end(), codes.begin(), codes.end());
    add(r, "share_below_min", std::to_string(y) + " budget lines for " + purposes + " " + fmt_wan(part) + " = " + fmt_pct(share_of) + " of " +
                                  fmt_wan(b->total) + " < " + fmt_pct(*r.min_rate) + " (" + fmt_wan(multiply(b->total, *r.min_rate, Rounding::half_up)) + ")",
        {{"fiscal_year", std::to_string(y)}, {"purposes", purposes}}, ev, b->override_reason.has_value());
  }

  void eligible(const Rule& r, int y) {
    auto st = db_.prepare(
        "SELECT d.voucher, d.payee_id, d.payee_name, d.payee_kind, d.amount, h.registered, e.override_reason FROM disbursement d "
        "JOIN entry e ON e.id = d.entry_id LEFT JOIN household h ON h.household_id = d.payee_id AND d.payee_kind = 'household' "
        "WHERE d.earmark = ? AND d.fiscal_year = ? AND d.date <= ? ORDER BY d.date, d.entry_id");
    st.bind(1, *r.earmark).bind(2, y).bind(3, as_of_);
    while (st.step()) {
      if (!st.is_null(5) && st.int64(5) == 1) continue;
      add(r, "payee_not_registered",
          "voucher " + st.text(0) + ": payee " + st.text(1) + " (" + st.text(2) + ", " + st.text(3) + ") received " +
              fmt_wan(Money::from_fen(st.int64(4))) + " from " + *r.earmark + " but is not a registered (建档立卡) household",
          {{"earmark", std::to_string(y) + "/" + *r.earmark}, {"payee", st.text(1)}}, {st.text(0)}, !st.is_null(6));
    }
  }

  void forbidden(const Rule& r, int y) {
    // Money brought into an earmark (allocations and transfers) from a source of the category.
    auto st = db_.prepare(
        "SELECT f.voucher, f.earmark, f.source_doc, SUM(f.amount), e.override_reason, "
        " (SELECT l.purpose FROM budget_line l JOIN budget b ON b.entry_id = l.entry_id WHERE b.fiscal_year = f.fiscal_year AND l.code = f.earmark "
        "  ORDER BY b.revision DESC LIMIT 1) "
        "FROM flow f JOIN entry e ON e.id = f.entry_id JOIN source s ON s.doc_no = f.source_doc "
        "WHERE f.kind = 'alloc' AND f.amount > 0 AND f.fiscal_year = ? AND f.date <= ? AND s.category = ? "
        "GROUP BY f.entry_id, f.earmark, f.source_doc ORDER BY f.date, f.entry_id");
    st.bind(1, y).bind(2, as_of_).bind(3, *r.category);
    while (st.step()) {
      auto purpose = st.opt_text(5).value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), purpose) == r.purposes.end()) continue;
      add(r, "forbidden_use",
          "voucher " + st.text(0) + ": " + fmt_wan(Money::from_fen(st.int64(3))) + " of source " + st.text(2) + " (" + *r.category +
              ") went to earmark " + st.text(1) + " (purpose " + purpose + ")",
          {{"earmark", std::to_string(y) + "/" + st.text(1)}, {"source", st.text(2)}}, {st.text(0), st.text(2)}, !st.is_null(4));
    }
    // Payments attributed to such money (the allocation may predate the rule, or be overridden).
    auto pay = db_.prepare(
        "SELECT f.voucher, f.earmark, f.source_doc, SUM(f.amount), e.override_reason, "
        " (SELECT l.purpose FROM budget_line l JOIN budget b ON b.entry_id = l.entry_id WHERE b.fiscal_year = f.fiscal_year AND l.code = f.earmark "
        "  ORDER BY b.revision DESC LIMIT 1), MAX(f.payee_id) "
        "FROM flow f JOIN entry e ON e.id = f.entry_id JOIN source s ON s.doc_no = f.source_doc "
        "WHERE f.kind = 'pay' AND f.fiscal_year = ? AND f.date <= ? AND s.category = ? AND e.kind = 'disbursement' "
        "GROUP BY f.entry_id, f.earmark, f.source_doc ORDER BY f.date, f.entry_id");
    pay.bind(1, y).bind(2, as_of_).bind(3, *r.category);
    while (pay.step()) {
      auto purpose = pay.opt_text(5).value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), purpose) == r.purposes.end()) continue;
      add(r, "forbidden_use",
          "voucher " + pay.text(0) + ": " + fmt_wan(Money::from_fen(pay.int64(3))) + " paid to " + pay.opt_text(6).value_or("?") + " from earmark " +
              pay.text(1) + " (purpose " + purpose + ") came from source " + pay.text(2) + " (" + *r.category + ")",
          {{"earmark", std::to_string(y) + "/" + pay.text(1)}, {"source", pay.text(2)}, {"payee", pay.opt_text(6).value_or("")}},
          {pay.text(0), pay.text(2)}, !pay.is_null(4));
    }
  }

  void idle(const Rule& r, int y) {
    auto st = db_.prepare(
        "SELECT lot, earmark, source_doc, lot_date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) FROM flow "
        "WHERE fiscal_year = ? AND date <= ? GROUP BY earmark, lot ORDER BY lot_date, lot");
    st.bind(1, y).bind(2, as_of_);
    auto as_of = *calendar::parse_date(as_of_).value;
    while (st.step()) {
      Money left = Money::from_fen(st.int64(4));
      if (!left.is_positive()) continue;
      auto lot_date = calendar::parse_date(st.text(3));
      if (!lot_date) continue;
      long days = calendar::days_between(*lot_date.value, as_of);
      if (days < *r.days) continue;
      add(r, "idle_funds",
          fmt_wan(left) + " allocated to " + std::to_string(y) + "/" + st.text(1) + " by " + st.text(0) + " on " + st.text(3) + " (source " +
              st.text(2) + ") is unspent after " + std::to_string(days) + " days (limit " + std::to_string(*r.days) + ")",
          {{"earmark", std::to_string(y) + "/" + st.text(1)}, {"source", st.text(2)}}, {st.text(0), st.text(2)}, false);
    }
  }

  void deadline(const Rule& r, int y) {
    auto st = db_.prepare("SELECT doc_no, amount, received_on FROM source WHERE fiscal_year = ? AND category = ? AND received_on <= ? ORDER BY received_on, doc_no");
    st.bind(1, y).bind(2, *r.category).bind(3, as_of_);
    auto as_of = *calendar::parse_date(as_of_).value;
    while (st.step()) {
      auto received = calendar::parse_date(st.text(2));
      if (!received) continue;
      if (calendar::days_between(*received.value, as_of) < *r.days) continue;
      auto due = *received.value + boost::gregorian::days(*r.days);
      auto due_s = calendar::format_date(due);
      auto q = db_.prepare("SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'alloc' AND source_doc = ? AND date <= ?");
      q.bind(1, st.text(0)).bind(2, due_s);
      q.step();
      Money amount = Money::from_fen(st.int64(1)), allocated = Money::from_fen(q.int64(0));
      if (allocated >= amount) continue;
      add(r, "late_allocation",
          "source " + st.text(0) + " (" + *r.category + ", " + fmt_wan(amount) + ") received " + st.text(2) + ": only " + fmt_wan(allocated) +
              " allocated by " + due_s + " (" + std::to_string(*r.days) + " days); " + fmt_wan(amount - allocated) + " late",
          {{"source", st.text(0)}, {"category", *r.category}}, {st.text(0)}, false);
    }
  }

  store::Repository& repo_;
  store::Db& db_;
  std::optional<int> year_;
  std::string as_of_;
  std::vector<int> years_;
  std::vector<Finding> out_;
};

}  // namespace

std::unique_ptr<ledger::ImportGate> make_gate(store::Repository& repo) { return std::make_unique<Gate>(repo); }

std::vector<Finding> check(store::Repository& repo, std::optional<int> year, const std::string& as_of) { return Checker(repo, year, as_of).run(); }

}  // namespace fundledger::rules
