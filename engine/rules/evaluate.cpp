// Judging the rules: the import gate (one pending entry against the recorded ledger) and `check`
// (every rule over the ledger as of a date). Both use the same figures and the same messages.
#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "base/assert.hpp"
#include "calendar/calendar.hpp"
#include "rules/finding_text.hpp"
#include "rules/lag_rules.hpp"
#include "rules/project_check.hpp"
#include "rules/rules.hpp"
#include "store/rule_reads.hpp"
#include "text/text.hpp"

namespace fundledger::rules {
namespace {

using text::arg;
using text::tr;

std::string with_note(const Rule& r, const std::string& msg) {
  return r.note.empty() ? msg : msg + " — " + r.note;
}

// Sum of the sources of some categories in a year, received on or before as_of (all if nullopt).
Money sources_sum(store::RuleReads& reads, const std::vector<std::string>& cats, int year,
                  std::optional<calendar::Date> as_of, std::vector<std::string>* docs = nullptr) {
  Money sum;
  for (auto& s : reads.sources_received(cats, year, as_of)) {
    sum += s.amount;
    if (docs) docs->push_back(s.doc_no);
  }
  return sum;
}

// The as-of date of `check`, which callers have validated (the CLI's --as-of, default today).
calendar::Date as_of_date(const std::string& as_of) {
  auto d = calendar::parse_date(as_of);
  FL_ASSERT(d, "rules: the as-of date is YYYY-MM-DD (the CLI validates it)");
  return *d.value;
}

// growth: "2018 budget 5900万 < 6000万 = 5000万 × 120%". The minimum is last year × (1 + rate),
// rounded half-up to the fen (as `plan` rounds), so a planned budget always passes.
struct GrowthFigures {
  std::string what;
  Money cur, prev, required;
};
std::optional<std::string> growth_message(const Rule& r, int year, const GrowthFigures& g) {
  if (g.cur >= g.required) return std::nullopt;
  return tr("rules.growth_below_min", arg("year", year), arg("what", g.what), arg("current", amt(g.cur)),
            arg("required", amt(g.required)), arg("previous", amt(g.prev)),
            arg("rate", fmt_pct(1 + *r.min_rate)), arg("short", amt(g.required - g.cur)));
}

Money required_growth(const Rule& r, const Money& prev) {
  return multiply(prev, 1 + *r.min_rate, Rounding::half_up);
}

class Gate : public ledger::ImportGate {
 public:
  explicit Gate(store::Repository& repo) : reads_(repo.rules()), projects_(repo) {
    for (auto& r : current_rules(repo))
      if (r.severity == Severity::error) rules_.push_back(std::move(r));
  }

  [[nodiscard]] bool judges_disbursements() const override { return !rules_.empty(); }

  std::vector<ledger::GateFinding> on_budget(const ledger::PendingBudget& b) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_) {
      if (!r.applies(b.fiscal_year)) continue;
      if (r.kind == "growth" && r.category && r.basis == "budget" && b.funded_by == *r.category) {
        auto prev = reads_.latest_budget(b.fiscal_year - 1);
        if (!prev || prev->funded_by != *r.category) continue;
        GrowthFigures g{tr("rules.what_budget"), b.total, prev->total, required_growth(r, prev->total)};
        if (auto m = growth_message(r, b.fiscal_year, g)) out.push_back({r.id, with_note(r, *m)});
      } else if (r.kind == "growth" && r.earmark) {
        auto prev = reads_.latest_budget(b.fiscal_year - 1);
        if (!prev) continue;
        auto pa = reads_.budget_line_amount(prev->entry_id, *r.earmark);
        for (auto& l : b.lines)
          if (pa && l.code == *r.earmark) {
            GrowthFigures g{what_earmark(l.code), l.amount, *pa, required_growth(r, *pa)};
            if (auto m = growth_message(r, b.fiscal_year, g)) out.push_back({r.id, with_note(r, *m)});
          }
      } else if (r.kind == "ceiling" && r.earmark) {
        for (auto& l : b.lines)
          if (l.code == *r.earmark && l.amount > *r.max)
            out.push_back(
                {r.id, with_note(r, tr("rules.ceiling_exceeded", arg("year", b.fiscal_year),
                                       arg("what", what_earmark(l.code)), arg("figure", amt(l.amount)),
                                       arg("max", amt(*r.max)), arg("over", amt(l.amount - *r.max))))});
      }
    }
    return out;
  }

  std::vector<ledger::GateFinding> on_source(const ledger::PendingSource& s) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_) {
      if (r.kind != "ceiling" || r.categories.empty() || !r.applies(s.fiscal_year)) continue;
      if (std::find(r.categories.begin(), r.categories.end(), s.category) == r.categories.end()) continue;
      Money before = sources_sum(reads_, r.categories, s.fiscal_year, std::nullopt);
      Money after = before + s.amount;
      if (after > *r.max)
        out.push_back({r.id, with_note(r, tr("rules.gate_sources_ceiling", arg("year", s.fiscal_year),
                                             arg("what", what_sources(cats_str(r.categories))),
                                             arg("before", amt(before)), arg("doc", s.doc_no),
                                             arg("amount", amt(s.amount)), arg("after", amt(after)),
                                             arg("max", amt(*r.max)), arg("over", amt(after - *r.max))))});
    }
    return out;
  }

  std::vector<ledger::GateFinding> on_allocation(const ledger::PendingAllocation& a) override {
    std::vector<ledger::GateFinding> out;
    for (auto& r : rules_)
      if (r.kind == "forbidden_use" && r.applies(a.fiscal_year) && a.category == *r.category &&
          std::find(r.purposes.begin(), r.purposes.end(), a.purpose) != r.purposes.end())
        out.push_back(
            {r.id, with_note(r, tr("rules.gate_forbidden_allocation", arg("voucher", a.voucher),
                                   arg("doc", a.source_doc), arg("category", category_name(a.category)),
                                   arg("earmark", a.earmark), arg("purpose", a.purpose)))});
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
          auto year = lifetime ? std::nullopt : std::optional<int>(d.fiscal_year);
          cached = paid_.emplace(key, reads_.payee_paid(d.payee_id, d.earmark, year)).first;
        }
        Money before = cached->second;
        Money after = before + d.amount;
        // The payment is recorded unless the import fails as a whole (then this cache is gone too).
        cached->second = after;
        if (after > *r.max)
          out.push_back({r.id, with_note(r, tr(lifetime ? "rules.gate_cap_lifetime" : "rules.gate_cap_year",
                                               arg("voucher", d.voucher), arg("payee", d.payee_id),
                                               arg("after", amt(after)), arg("earmark", d.earmark),
                                               arg("year", d.fiscal_year), arg("before", amt(before)),
                                               arg("amount", amt(d.amount)), arg("max", amt(*r.max)),
                                               arg("over", amt(after - *r.max))))});
      } else if (r.kind == "eligible_payees" && d.earmark == *r.earmark) {
        bool registered = d.payee_kind == "household" && reads_.household_registered(d.payee_id);
        if (!registered)
          out.push_back({r.id, with_note(r, tr("rules.gate_not_registered", arg("voucher", d.voucher),
                                               arg("payee", d.payee_id), arg("name", d.payee_name),
                                               arg("kind", payee_kind_name(d.payee_kind)),
                                               arg("earmark", d.earmark)))});
      } else if (r.kind == "project_in_library") {
        projects_.judge(r, d, out);
      } else if (r.kind == "forbidden_use" &&
                 std::find(r.purposes.begin(), r.purposes.end(), d.purpose) != r.purposes.end()) {
        for (auto& a : d.attribution) {
          if (reads_.source_category(a.source_doc) == *r.category)
            out.push_back({r.id, with_note(r, tr("rules.gate_forbidden_payment", arg("voucher", d.voucher),
                                                 arg("amount", amt(a.amount)), arg("doc", a.source_doc),
                                                 arg("category", category_name(*r.category)),
                                                 arg("earmark", d.earmark), arg("purpose", d.purpose)))});
        }
      }
    }
    return out;
  }

 private:
  store::RuleReads& reads_;
  ProjectCheck projects_;
  std::vector<Rule> rules_;
  std::map<std::tuple<std::string, std::string, std::string, int>, Money>
      paid_;  // (rule, payee, earmark, year or 0) -> paid so far
};

// ---- check ---------------------------------------------------------------------------------------

class Checker {
 public:
  Checker(store::Repository& repo, std::optional<int> year, const std::string& as_of,
          const calendar::WorkCalendar& work)
      : repo_(repo), reads_(repo.rules()), as_of_(as_of_date(as_of)), lags_(repo, as_of_, work) {
    years_ = year ? std::vector<int>{*year} : reads_.years_recorded();
    // A year that begins after the as-of date is not judged: as of that date nothing of it has
    // happened yet (a floor of 2020 is not "not met" on 2019-06-30).
    int last = calendar::fiscal_year_of(as_of_);
    years_.erase(std::remove_if(years_.begin(), years_.end(), [last](int y) { return y > last; }),
                 years_.end());
  }

  std::vector<Finding> run() {
    for (auto& r : current_rules(repo_)) {
      for (int y : years_) {
        if (!r.applies(y)) continue;
        if (r.kind == "growth")
          growth(r, y);
        else if (r.kind == "floor" || r.kind == "ceiling")
          floor_ceiling(r, y);
        else if (r.kind == "cap_per_payee" && r.period == "year")
          cap(r, y);
        else if (r.kind == "share_min")
          share(r, y);
        else if (r.kind == "eligible_payees")
          eligible(r, y);
        else if (r.kind == "forbidden_use")
          forbidden(r, y);
        else if (r.kind == "idle")
          idle(r, y);
        else if (detail::is_lag_kind(r.kind))
          lags_.judge(r, y, add_);
        // loan_terms: judged where loans are recorded (loan_terms_for); not over the ledger yet.
      }
      if (r.kind == "cap_per_payee" && r.period == "lifetime") cap(r, std::nullopt);
      if (detail::is_lag_kind(r.kind)) lags_.flush_not_judged(r, add_);
    }
    return std::move(out_);
  }

 private:
  void add(const Rule& r, const std::string& code, const std::string& msg,
           std::map<std::string, std::string> subject, std::vector<std::string> evidence, bool overridden) {
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
      auto cur = reads_.latest_budget(y), prev = reads_.latest_budget(y - 1);
      if (!cur || !prev) return;
      auto ca = reads_.budget_line_amount(cur->entry_id, *r.earmark),
           pa = reads_.budget_line_amount(prev->entry_id, *r.earmark);
      if (!ca || !pa) return;
      if (auto m = growth_message(r, y, {what_earmark(*r.earmark), *ca, *pa, required_growth(r, *pa)}))
        add(r, "growth_below_min", *m,
            {{"earmark", std::to_string(y) + "/" + *r.earmark}, {"fiscal_year", std::to_string(y)}},
            {std::to_string(y) + "/r" + std::to_string(cur->revision),
             std::to_string(y - 1) + "/r" + std::to_string(prev->revision)},
            cur->override_reason.has_value());
    } else if (r.basis == "sources") {
      std::vector<std::string> docs;
      Money cur = sources_sum(reads_, {*r.category}, y, as_of_, &docs);
      Money prev = sources_sum(reads_, {*r.category}, y - 1, as_of_);
      if (prev.is_zero()) return;
      if (auto m = growth_message(r, y, {what_sources(*r.category), cur, prev, required_growth(r, prev)}))
        add(r, "growth_below_min", *m, {{"category", *r.category}, {"fiscal_year", std::to_string(y)}}, docs,
            false);
    } else {
      auto cur = reads_.latest_budget(y), prev = reads_.latest_budget(y - 1);
      if (!cur || !prev || cur->funded_by != *r.category || prev->funded_by != *r.category) return;
      if (auto m = growth_message(
              r, y, {tr("rules.what_budget"), cur->total, prev->total, required_growth(r, prev->total)})) {
        std::vector<std::string> ev = {std::to_string(y) + "/r" + std::to_string(cur->revision),
                                       std::to_string(y - 1) + "/r" + std::to_string(prev->revision)};
        if (cur->doc_no) ev.push_back(*cur->doc_no);
        add(r, "growth_below_min", *m, {{"category", *r.category}, {"fiscal_year", std::to_string(y)}}, ev,
            cur->override_reason.has_value());
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
      auto b = reads_.latest_budget(y);
      if (!b) return;
      auto a = reads_.budget_line_amount(b->entry_id, *r.earmark);
      if (!a) return;
      figure = *a;
      ev.push_back(std::to_string(y) + "/r" + std::to_string(b->revision));
      subject["earmark"] = std::to_string(y) + "/" + *r.earmark;
      what = what_earmark(*r.earmark);
      overridden = b->override_reason.has_value();
    } else {
      figure = sources_sum(reads_, r.categories, y, as_of_, &ev);
      subject["category"] = cats_str(r.categories);
      what = what_sources(cats_str(r.categories));
      if (!is_floor) overridden = ceiling_overridden(r, y);
    }
    if (is_floor && figure < *r.min)
      add(r, "floor_not_met",
          tr("rules.floor_not_met", arg("year", y), arg("what", what), arg("figure", amt(figure)),
             arg("min", amt(*r.min)), arg("short", amt(*r.min - figure))),
          subject, ev, false);
    if (!is_floor && figure > *r.max)
      add(r, "ceiling_exceeded",
          tr("rules.ceiling_exceeded", arg("year", y), arg("what", what), arg("figure", amt(figure)),
             arg("max", amt(*r.max)), arg("over", amt(figure - *r.max))),
          subject, ev, overridden);
  }

  // Overridden when every source that took the sum over the ceiling was recorded with --override.
  bool ceiling_overridden(const Rule& r, int y) {
    Money sum;
    bool all = true;
    for (auto& s : reads_.source_overrides(r.categories, y, as_of_)) {
      sum += s.amount;
      if (sum > *r.max && !s.overridden) all = false;
    }
    return all;
  }

  void cap(const Rule& r, std::optional<int> y) {
    // Net payments (corrections included) per payee from the earmark, in recording order.
    struct Acc {
      Money sum;
      std::vector<std::string> vouchers;
      bool all_overridden = true;
    };
    // Why: a hash map, and only the payees over the cap sorted (by payee, as reported): a tree of
    // every payee of the earmark cost a fifth of this check at 10^6 payments.
    std::unordered_map<std::string, Acc> by_payee;
    for (auto& p : reads_.payee_payments(*r.earmark, as_of_, y)) {
      auto& a = by_payee[std::move(p.payee_id)];
      a.sum += p.amount;
      a.vouchers.push_back(std::move(p.voucher));
      if (a.sum > *r.max && p.amount.is_positive() && !p.overridden) a.all_overridden = false;
    }
    std::vector<std::pair<const std::string, Acc>*> over;
    for (auto& entry : by_payee) {
      const auto& a = entry.second;
      if (a.sum <= *r.max) continue;
      over.push_back(&entry);
    }
    std::sort(over.begin(), over.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    for (auto* entry : over) {
      const auto& payee = entry->first;
      const auto& a = entry->second;
      add(r, "cap_exceeded",
          tr(y ? "rules.cap_exceeded_year" : "rules.cap_exceeded_lifetime", arg("payee", payee),
             arg("sum", amt(a.sum)), arg("earmark", *r.earmark), arg("year", y.value_or(0)),
             arg("max", amt(*r.max)), arg("over", amt(a.sum - *r.max))),
          {{"earmark", y ? std::to_string(*y) + "/" + *r.earmark : *r.earmark}, {"payee", payee}}, a.vouchers,
          a.all_overridden);
    }
  }

  void share(const Rule& r, int y) {
    auto b = reads_.latest_budget(y);
    if (!b || (r.category && b->funded_by != *r.category)) return;
    Money part;
    std::vector<std::string> codes;
    for (auto& l : reads_.budget_lines(b->entry_id)) {
      auto p = l.purpose.value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), p) != r.purposes.end()) {
        part += l.amount;
        codes.push_back(l.code);
      }
    }
    Rational need = Rational(b->total.fen().convert_to<boost::multiprecision::cpp_int>()) * *r.min_rate;
    Rational have = Rational(part.fen().convert_to<boost::multiprecision::cpp_int>());
    if (have >= need) return;
    Rational share_of = b->total.is_zero()
                            ? Rational(0)
                            : have / Rational(b->total.fen().convert_to<boost::multiprecision::cpp_int>());
    std::string purposes;
    for (auto& p : r.purposes) purposes += (purposes.empty() ? "" : ",") + p;
    std::vector<std::string> ev = {std::to_string(y) + "/r" + std::to_string(b->revision)};
    ev.insert(ev.end(), codes.begin(), codes.end());
    add(r, "share_below_min",
        tr("rules.share_below_min", arg("year", y), arg("purposes", purposes), arg("part", amt(part)),
           arg("share", fmt_pct(share_of)), arg("total", amt(b->total)),
           arg("min_rate", fmt_pct(*r.min_rate)),
           arg("need", amt(multiply(b->total, *r.min_rate, Rounding::half_up)))),
        {{"fiscal_year", std::to_string(y)}, {"purposes", purposes}}, ev, b->override_reason.has_value());
  }

  // The rows of year `y` of a read that scans every payment: over more than one year, read once for
  // every year (kept under `key`) and handed out per year, not one scan per year and rule.
  template <class Row, class Read>
  std::vector<Row> of_year(std::map<std::string, std::vector<Row>>& memo, const std::string& key, int y,
                           Read read) {
    if (years_.size() == 1) return read(std::optional<int>(y));
    auto it = memo.find(key);
    if (it == memo.end()) it = memo.emplace(key, read(std::nullopt)).first;
    std::vector<Row> out;
    for (const auto& row : it->second)
      if (row.fiscal_year == y) out.push_back(row);
    return out;
  }

  void eligible(const Rule& r, int y) {
    auto rows = of_year(disbursements_, *r.earmark, y, [&](std::optional<int> year) {
      return reads_.earmark_disbursements(*r.earmark, year, as_of_);
    });
    for (auto& d : rows) {
      if (d.registered_household) continue;
      add(r, "payee_not_registered",
          tr("rules.payee_not_registered", arg("voucher", d.voucher), arg("payee", d.payee_id),
             arg("name", d.payee_name), arg("kind", payee_kind_name(d.payee_kind)),
             arg("amount", amt(d.amount)), arg("earmark", *r.earmark)),
          {{"earmark", std::to_string(y) + "/" + *r.earmark}, {"payee", d.payee_id}}, {d.voucher},
          d.overridden);
    }
  }

  void forbidden(const Rule& r, int y) {
    // Money brought into an earmark (allocations and transfers) from a source of the category.
    for (auto& f : reads_.category_allocations(*r.category, y, as_of_)) {
      auto purpose = f.purpose.value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), purpose) == r.purposes.end()) continue;
      add(r, "forbidden_use",
          tr("rules.forbidden_allocation", arg("voucher", f.voucher), arg("amount", amt(f.amount)),
             arg("doc", f.source_doc), arg("category", category_name(*r.category)), arg("earmark", f.earmark),
             arg("purpose", purpose)),
          {{"earmark", std::to_string(y) + "/" + f.earmark}, {"source", f.source_doc}},
          {f.voucher, f.source_doc}, f.overridden);
    }
    // Payments attributed to such money (the allocation may predate the rule, or be overridden).
    for (auto& f : reads_.category_payments(*r.category, y, as_of_)) {
      auto purpose = f.purpose.value_or("");
      if (std::find(r.purposes.begin(), r.purposes.end(), purpose) == r.purposes.end()) continue;
      add(r, "forbidden_use",
          tr("rules.forbidden_payment", arg("voucher", f.voucher), arg("amount", amt(f.amount)),
             arg("payee", f.payee_id.value_or("?")), arg("earmark", f.earmark), arg("purpose", purpose),
             arg("doc", f.source_doc), arg("category", category_name(*r.category))),
          {{"earmark", std::to_string(y) + "/" + f.earmark},
           {"source", f.source_doc},
           {"payee", f.payee_id.value_or("")}},
          {f.voucher, f.source_doc}, f.overridden);
    }
  }

  void idle(const Rule& r, int y) {
    auto lots =
        of_year(lots_, "", y, [&](std::optional<int> year) { return reads_.lot_balances(year, as_of_); });
    for (auto& l : lots) {
      if (!l.left.is_positive()) continue;
      long days = calendar::days_between(l.lot_date, as_of_);
      if (days < *r.days) continue;
      add(r, "idle_funds",
          tr("rules.idle_funds", arg("left", amt(l.left)), arg("year", y), arg("earmark", l.earmark),
             arg("lot", l.lot), arg("date", calendar::format_date(l.lot_date)), arg("doc", l.source_doc),
             arg("days", days), arg("limit", *r.days)),
          {{"earmark", std::to_string(y) + "/" + l.earmark}, {"source", l.source_doc}}, {l.lot, l.source_doc},
          false);
    }
  }

  store::Repository& repo_;
  store::RuleReads& reads_;
  calendar::Date as_of_;
  std::vector<int> years_;
  std::vector<Finding> out_;
  detail::LagJudge lags_;
  detail::LagJudge::Add add_ = [this](const Rule& r, const std::string& code, const std::string& msg,
                                      std::map<std::string, std::string> subject,
                                      std::vector<std::string> evidence) {
    add(r, code, msg, std::move(subject), std::move(evidence), false);
  };
  std::map<std::string, std::vector<store::EarmarkDisbursement>> disbursements_;  // by earmark, every year
  std::map<std::string, std::vector<store::LotLeft>> lots_;                       // "", every year
};

}  // namespace

std::unique_ptr<ledger::ImportGate> make_gate(store::Repository& repo) {
  return std::make_unique<Gate>(repo);
}

std::vector<Finding> check(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                           const calendar::WorkCalendar& work) {
  return Checker(repo, year, as_of, work).run();
}

}  // namespace fundledger::rules
