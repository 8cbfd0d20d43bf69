// engine/entries — the journal's entries as plain typed structs, one per kind of recorded fact.
//
// Every entry that fundledger records is one of these. Readers (CSV, TOML) produce them, the
// ledger's apply stage checks and completes them (attribution fills `flows`), and the store
// writes them; nothing above the store handles positional rows. Each struct lists its fields once,
// by name, in `fields()`: the store maps them to its columns (and the journal hashes them in that
// order), the ledger compares a re-imported entry with the recorded one and names the fields that
// differ. Child rows (a budget's lines, an entry's flows) are listed by `children()`.
//
// Field types: std::string, std::optional<std::string>, int, std::optional<int>, bool, Money
// (stored as integer fen), std::optional<Money>, calendar::Date (stored as YYYY-MM-DD) and
// std::optional<calendar::Date>.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/class_entries.hpp"
#include "entries/monitor_entries.hpp"
#include "entries/project_entries.hpp"
#include "money/money.hpp"

namespace fundledger::entries {

using calendar::Date;
using Text = std::optional<std::string>;

// One attributed movement of money: into a lot of an earmark ("alloc": an allocation, a transfer's
// two sides, a reversal of an allocation) or out of it ("pay": a payment, a reversal or recovery of
// one, as a negative amount). The flows of an entry are its attribution, stored, never recomputed.
struct Flow {
  std::string kind;  // alloc | pay
  std::string voucher;
  Date date;
  int fiscal_year = 0;
  std::string earmark;
  std::string lot;  // the allocation voucher (or transfer lot VOUCHER#n) whose money moves
  Date lot_date;
  std::string source_doc;
  Money amount;
  Text town, village, project, payee_id;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("kind", s.kind), f("voucher", s.voucher), f("date", s.date), f("fiscal_year", s.fiscal_year),
        f("earmark", s.earmark);
    f("lot", s.lot), f("lot_date", s.lot_date), f("source_doc", s.source_doc), f("amount", s.amount);
    f("town", s.town), f("village", s.village), f("project", s.project), f("payee_id", s.payee_id);
  }
  bool operator==(const Flow&) const = default;
};

// 资金来源: money received under a funding document (文号).
struct Source {
  static constexpr const char* kKind = "source";
  std::string doc_no;
  int fiscal_year = 0;
  std::string category, name;
  Money amount;
  Date received_on;
  Text level, restricted_to, note;
  Classification classes;  // schema 21

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("doc_no", s.doc_no), f("fiscal_year", s.fiscal_year), f("category", s.category), f("name", s.name),
        f("amount", s.amount);
    f("received_on", s.received_on), f("level", s.level), f("restricted_to", s.restricted_to),
        f("note", s.note);
    Classification::fields(s.classes, f);
  }
  bool operator==(const Source&) const = default;
};

// 建档立卡户: one household of the register.
struct Household {
  static constexpr const char* kKind = "household";
  std::string household_id, head_name;
  Text id_number;
  std::string town, village;
  std::optional<int> members;
  bool registered = false;
  Text poverty_cause;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("household_id", s.household_id), f("head_name", s.head_name), f("id_number", s.id_number),
        f("town", s.town);
    f("village", s.village), f("members", s.members), f("registered", s.registered),
        f("poverty_cause", s.poverty_cause);
  }
  bool operator==(const Household&) const = default;
};

struct BudgetLine {
  int fiscal_year = 0;
  std::string code, name;
  Money amount;
  Text purpose;
  bool remainder = false;
  Text attribution;  // fifo | pro_rata; none: the budget's
  // 1: open-ended (allocations may exceed the amount); none: held to it (control by line, issue 19).
  std::optional<int> open_ended;
  Classification classes;  // schema 21

  [[nodiscard]] bool is_open_ended() const { return open_ended.value_or(0) == 1; }

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("fiscal_year", s.fiscal_year), f("code", s.code), f("name", s.name), f("amount", s.amount),
        f("purpose", s.purpose);
    f("remainder", s.remainder), f("attribution", s.attribution), f("open_ended", s.open_ended);
    Classification::fields(s.classes, f);
  }
  bool operator==(const BudgetLine&) const = default;
};

// One quota operation on a budget's lines (指标调剂 / 调减, issue 19), recorded as the revision it
// makes: `transfer` moves `amount` from line `from` to line `to` (the total unchanged); `reduce`
// takes it off line `from` and the total. Dated: the revision is in force from `date`.
struct QuotaOp {
  std::string op;  // transfer | reduce
  std::string from;
  std::optional<std::string> to;
  Money amount;
  Date date;
  bool operator==(const QuotaOp&) const = default;
};

// A year's budget (预算), or a revision of it (调整): the earmark lines money is allocated to.
// A revision made by a quota operation (the `transfer` and `reduce` verbs) says so in its quota_*
// fields; a revision read from a budget file leaves them absent.
struct Budget {
  static constexpr const char* kKind = "budget";
  int fiscal_year = 0;
  int revision = 1;
  std::string code, name;
  Money total;
  std::string funded_by;
  Text doc_no, reason;
  std::string attribution = "fifo";
  std::vector<BudgetLine> lines;
  Text quota_op, quota_from, quota_to;  // schema 17: set on a quota operation's revision only
  std::optional<Money> quota_amount;
  std::optional<Date> quota_date;

  [[nodiscard]] std::optional<QuotaOp> quota() const {
    if (!quota_op) return std::nullopt;
    return QuotaOp{*quota_op, quota_from.value_or(""), quota_to, quota_amount.value_or(Money()),
                   quota_date.value_or(Date(static_cast<unsigned short>(fiscal_year), 1, 1))};
  }
  void set_quota(const QuotaOp& q) {
    quota_op = q.op, quota_from = q.from, quota_to = q.to, quota_amount = q.amount, quota_date = q.date;
  }

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("fiscal_year", s.fiscal_year), f("revision", s.revision), f("code", s.code), f("name", s.name),
        f("total", s.total);
    f("funded_by", s.funded_by), f("doc_no", s.doc_no), f("reason", s.reason),
        f("attribution", s.attribution);
    f("quota_op", s.quota_op), f("quota_from", s.quota_from), f("quota_to", s.quota_to),
        f("quota_amount", s.quota_amount), f("quota_date", s.quota_date);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.lines);
  }
  // Equal content, the revision number aside (a re-import of the latest revision is skipped).
  [[nodiscard]] bool same_content(const Budget& o) const {
    return code == o.code && name == o.name && total == o.total && funded_by == o.funded_by &&
           doc_no == o.doc_no && reason == o.reason && attribution == o.attribution && lines == o.lines;
  }
};

// 分配 (下达): money of a source put into an earmark line; the allocation is a lot of that earmark.
struct Allocation {
  static constexpr const char* kKind = "allocation";
  std::string voucher;
  Date date;
  int fiscal_year = 0;
  std::string source_doc, earmark;
  Money amount;
  Text town, project, note;
  std::vector<Flow> flows;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("voucher", s.voucher), f("date", s.date), f("fiscal_year", s.fiscal_year),
        f("source_doc", s.source_doc);
    f("earmark", s.earmark), f("amount", s.amount), f("town", s.town), f("project", s.project),
        f("note", s.note);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.flows);
  }
};

// 支付: a payment from an earmark to a payee; `flows` says which lots (sources) paid it.
struct Disbursement {
  static constexpr const char* kKind = "disbursement";
  std::string voucher;
  Date date;
  int fiscal_year = 0;
  std::string earmark;
  Money amount;
  std::string payee_id, payee_name, payee_kind;
  Text town, village, project, source_doc, note;
  std::vector<Flow> flows;
  // Not a field of the payment's row: the contract it draws on, recorded as a ContractDraw entry
  // right after it (engine/projects). Empty in a payment read back from the journal.
  Text contract;
  // Not a field either: the asset whose income it pays out, recorded as an AssetPayout entry.
  Text asset;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("voucher", s.voucher), f("date", s.date), f("fiscal_year", s.fiscal_year), f("earmark", s.earmark),
        f("amount", s.amount);
    f("payee_id", s.payee_id), f("payee_name", s.payee_name), f("payee_kind", s.payee_kind),
        f("town", s.town);
    f("village", s.village), f("project", s.project), f("source_doc", s.source_doc), f("note", s.note);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.flows);
  }
};

// 冲销 reversal, 收回 recovery or 调剂 transfer of an earlier voucher (or, for a transfer, earmark).
struct Correction {
  static constexpr const char* kKind = "correction";
  std::string voucher;
  Date date;
  std::string kind;    // reversal | recovery | transfer
  std::string target;  // the voucher corrected (transfer: an earmark code or allocation voucher)
  Money amount;        // a reversal's: the whole remaining amount, filled in when recorded
  Text to_earmark;
  std::string reason;
  std::vector<Flow> flows;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("voucher", s.voucher), f("date", s.date), f("kind", s.kind), f("target", s.target),
        f("amount", s.amount);
    f("to_earmark", s.to_earmark), f("reason", s.reason);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.flows);
  }
};

// 贷款: one version of a loan's record (terms fixed by version 1; later versions add status dates).
struct Loan {
  static constexpr const char* kKind = "loan";
  std::string loan_id;
  int version = 1;
  std::string household_id, product;
  Text bank;
  Money principal;
  std::string annual_rate;  // exact decimal text of the rate ("0.0435")
  Date start_date;
  int term_months = 0;
  Text purpose;
  std::optional<Date> overdue_since, repaid_on, written_off_on;
  std::optional<Date> extended_to;  // 展期至: the new maturity of an extended loan (schema 23)

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("loan_id", s.loan_id), f("version", s.version), f("household_id", s.household_id),
        f("product", s.product);
    f("bank", s.bank), f("principal", s.principal), f("annual_rate", s.annual_rate),
        f("start_date", s.start_date);
    f("term_months", s.term_months), f("purpose", s.purpose), f("overdue_since", s.overdue_since);
    f("repaid_on", s.repaid_on), f("written_off_on", s.written_off_on), f("extended_to", s.extended_to);
  }
  bool operator==(const Loan&) const = default;
};

// One version of a funding rule (规则), its parameters as canonical JSON.
struct RuleVersion {
  static constexpr const char* kKind = "rules";
  std::string rule_id;
  int version = 1;
  std::string kind, severity;
  std::optional<int> from_year, to_year;
  Text note;
  std::string params;
  std::string file_name;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("rule_id", s.rule_id), f("version", s.version), f("kind", s.kind), f("severity", s.severity),
        f("from_year", s.from_year);
    f("to_year", s.to_year), f("note", s.note), f("params", s.params), f("file_name", s.file_name);
  }
  bool operator==(const RuleVersion&) const = default;
};

// 设置: one change of a bureau setting (单位, 制表人, ...; engine/settings). The value in force is the
// latest entry's; an absent value clears the setting. Who set it and when are the entry's header.
struct Setting {
  static constexpr const char* kKind = "setting";
  std::string key;  // the English key: unit, preparer, reviewer, head, phone, supervision_phone
  Text value;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("key", s.key), f("value", s.value);
  }
  bool operator==(const Setting&) const = default;
};

// 期间锁定: a lock of the ledger's periods, or an unlock. A lock closes every day on or before
// `through`: nothing dated then may be imported or corrected (ledger/periods.hpp). An unlock moves
// the lock back to `through`, or removes it when `through` is absent. `previous` is the lock in force
// before (absent when none). An unlock needs a reason; who and when are the entry's header.
struct PeriodLock {
  static constexpr const char* kKind = "period_lock";
  std::string action;  // lock | unlock
  Text through, previous;
  Text reason;  // required to unlock
  Text doc_no;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("action", s.action), f("through", s.through), f("previous", s.previous), f("reason", s.reason),
        f("doc_no", s.doc_no);
  }
  bool operator==(const PeriodLock&) const = default;
};

// 指标冻结 / 解冻: money not yet allocated, of a source (scope "source", target its doc_no) or of a
// budget line (scope "line", target the earmark code of fiscal_year), frozen so that it cannot be
// allocated, or given back. A freeze is known by its freeze_id; an unfreeze names it. `percent` is
// the share as given (of what was available on the date), `amount` what is frozen or given back.
struct QuotaFreeze {
  static constexpr const char* kKind = "quota_freeze";
  std::string freeze_id;
  std::string action;  // freeze | unfreeze
  std::string scope;   // source | line
  std::string target;
  int fiscal_year = 0;
  Date date;
  Money amount;
  Text percent, doc_no;
  std::string reason;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("freeze_id", s.freeze_id), f("action", s.action), f("scope", s.scope), f("target", s.target),
        f("fiscal_year", s.fiscal_year);
    f("date", s.date), f("amount", s.amount), f("percent", s.percent), f("doc_no", s.doc_no),
        f("reason", s.reason);
  }
  bool operator==(const QuotaFreeze&) const = default;
};

// 来源调减 / 结余收回: money of a source not yet allocated taken off it for good from `date` — kind
// "reduce" when the upper level withdraws part of a grant, "recall" when unspent money goes back to
// the level above at a year's end. Known by its reduction_id; fiscal_year is the source's.
struct SourceReduction {
  static constexpr const char* kKind = "source_reduction";
  std::string reduction_id;
  std::string kind;  // reduce | recall
  std::string source_doc;
  int fiscal_year = 0;
  Date date;
  Money amount;
  Text doc_no;
  std::string reason;
  // A recall's: the money it takes back out of earmarks' lots first (alloc flows, negative), so
  // that `amount` = what the source had not allocated + what these give back. A reduce has none.
  std::vector<Flow> flows;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("reduction_id", s.reduction_id), f("kind", s.kind), f("source_doc", s.source_doc),
        f("fiscal_year", s.fiscal_year);
    f("date", s.date), f("amount", s.amount), f("doc_no", s.doc_no), f("reason", s.reason);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.flows);
  }
  bool operator==(const SourceReduction&) const = default;
};

// 结转: money of fiscal year `money_year` still unspent at a year's end, carried into the next year
// keeping its year and source — of a source, not allocated (earmark empty), or of an earmark's lots,
// allocated and not paid. `years`: the year-ends it has been carried through, this one counted;
// `for_recall`: carried through more than two, to be returned to the level above (结余收回).
struct Carryover {
  int money_year = 0;
  std::string source_doc;
  std::string earmark;
  Money amount;
  int years = 0;
  bool for_recall = false;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("money_year", s.money_year), f("source_doc", s.source_doc), f("earmark", s.earmark),
        f("amount", s.amount), f("years", s.years), f("for_recall", s.for_recall);
  }
  bool operator==(const Carryover&) const = default;
};

// 核销: `amount` of a source that arrived later (source_doc) settles an advance (预拨: a source of
// category "advance", money the treasury fronted before the quota arrived) from `date`.
struct AdvanceSettlement {
  static constexpr const char* kKind = "advance_settlement";
  std::string settle_id, advance_doc, source_doc;
  Date date;
  Money amount;
  Text doc_no;
  std::string reason;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("settle_id", s.settle_id), f("advance_doc", s.advance_doc), f("source_doc", s.source_doc),
        f("date", s.date);
    f("amount", s.amount), f("doc_no", s.doc_no), f("reason", s.reason);
  }
  bool operator==(const AdvanceSettlement&) const = default;
};

// 年终结转: fiscal_year closed on `date` (after its end), with what it carried (worked out by the
// ledger from the books as of the year's last day, which must be locked).
struct YearClose {
  static constexpr const char* kKind = "year_close";
  int fiscal_year = 0;
  Date date;
  Text doc_no;
  std::string reason;
  std::vector<Carryover> carried;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("fiscal_year", s.fiscal_year), f("date", s.date), f("doc_no", s.doc_no), f("reason", s.reason);
  }
  template <class S, class F>
  static void children(S& s, F&& f) {
    f(s.carried);
  }
  bool operator==(const YearClose&) const = default;
};

// 风险补偿: kind "compensate" — the loss (`amount`) on an overdue loan shared by a bank's risk
// compensation fund (`fund_share`, paid from the fund's earmark by the payment `voucher`) and the bank
// (`bank_share`) under the risk_fund rule `rule_id`; kind "recover" — money later recovered on that
// loan (`amount`), the fund's part booked back by the recovery (a correction) `voucher`.
struct LoanCompensation {
  static constexpr const char* kKind = "loan_compensation";
  std::string comp_id;
  std::string kind;  // compensate | recover
  std::string loan_id, bank;
  Date date;
  Money amount, fund_share, bank_share;
  std::string voucher, rule_id;
  Text doc_no;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("comp_id", s.comp_id), f("kind", s.kind), f("loan_id", s.loan_id), f("bank", s.bank), f("date", s.date);
    f("amount", s.amount), f("fund_share", s.fund_share), f("bank_share", s.bank_share),
        f("voucher", s.voucher), f("rule_id", s.rule_id), f("doc_no", s.doc_no);
  }
  bool operator==(const LoanCompensation&) const = default;
};

// A bank's claim for the interest it charged a loan over a period (贴息申请, issue 21): the normal
// interest, which the subsidy may pay up to what fundledger computes, and the penalty interest
// (罚息), which it never pays. Known by loan and period; periods of one loan never overlap.
struct InterestClaim {
  static constexpr const char* kKind = "interest_claim";
  std::string loan_id, bank;
  Date period_from, period_to;  // both days included
  Money interest, penalty;
  Text claim_no;  // the bank's document

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("loan_id", s.loan_id), f("bank", s.bank), f("period_from", s.period_from), f("period_to", s.period_to);
    f("interest", s.interest), f("penalty", s.penalty), f("claim_no", s.claim_no);
  }
  bool operator==(const InterestClaim&) const = default;
};

using Body =
    std::variant<Source, Household, Budget, Allocation, Disbursement, Correction, Loan, RuleVersion, Setting,
                 Project, ProjectStatus, Contract, ContractDraw, ContractEnd, Target, TargetResult, Asset,
                 AssetIncome, AssetPayout, WarningAction, PeriodLock, QuotaFreeze, SourceReduction, YearClose,
                 AdvanceSettlement, ClassCode, LoanCompensation, InterestClaim>;

// A journal entry: its key (doc_no, voucher, household_id, "2017/r2", ...), the date it takes
// effect, the override reason when a rule was overridden to record it, and what it records.
struct Entry {
  std::string key;
  Date effective_date;
  std::optional<std::string> override_reason;
  Body body;

  [[nodiscard]] const char* kind() const {
    return std::visit([](const auto& b) { return std::decay_t<decltype(b)>::kKind; }, body);
  }
};

// Whether a struct has child rows (a budget's lines, an entry's flows).
template <class T>
concept HasChildren = requires(T& t) {
  T::children(t, [](auto&) {});
};

}  // namespace fundledger::entries
