// engine/entries — the entries of the project library (项目库, engine/projects): a project's record,
// its status changes, the contracts that commit its money, their draw-downs and their ends, and its
// performance targets (绩效目标) with their measured results, and the assets (项目资产) projects leave
// with their income and its payouts to households.
// Included by entries.hpp; the same conventions (fields() lists the table's columns in order).
#pragma once

#include <optional>
#include <string>

#include "calendar/calendar.hpp"
#include "money/money.hpp"

namespace fundledger::entries {

// 项目: one version of a project's record in the library. A re-import with other fields records
// the next version (the library is revised as projects are); the status is not here but in
// ProjectStatus entries.
struct Project {
  static constexpr const char* kKind = "project";
  std::string project_id;
  int version = 1;
  std::string name, category;  // category: a code of projects::categories() (industry, ...)
  std::optional<std::string> nature;
  std::string town;
  std::optional<std::string> village;
  std::string responsible_unit;
  std::optional<std::string> leader;
  std::optional<calendar::Date> planned_start, planned_end;
  Money investment;
  std::optional<Money> fiscal_share;
  std::optional<int> beneficiary_households, beneficiary_poor;
  std::optional<std::string> linkage, content;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("project_id", s.project_id), f("version", s.version), f("name", s.name), f("category", s.category);
    f("nature", s.nature), f("town", s.town), f("village", s.village),
        f("responsible_unit", s.responsible_unit);
    f("leader", s.leader), f("planned_start", s.planned_start), f("planned_end", s.planned_end);
    f("investment", s.investment), f("fiscal_share", s.fiscal_share);
    f("beneficiary_households", s.beneficiary_households), f("beneficiary_poor", s.beneficiary_poor);
    f("linkage", s.linkage), f("content", s.content);
  }
  bool operator==(const Project&) const = default;
};

// 项目状态: one step of a project's life, with its date and document: applied 申报 -> town_reviewed
// 乡审核 -> approved 县审定 (入库) -> planned 纳入年度计划 (with its year) -> started 实施 -> completed
// 完工 -> accepted 验收, or withdrawn 退出 (with its reason). Who recorded it is the entry's header.
struct ProjectStatus {
  static constexpr const char* kKind = "project_status";
  std::string project_id, status;
  calendar::Date date;
  std::optional<int> year;  // planned: the plan's fiscal year
  std::string doc_no;
  std::optional<std::string> reason;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("project_id", s.project_id), f("status", s.status), f("date", s.date), f("year", s.year);
    f("doc_no", s.doc_no), f("reason", s.reason);
  }
  bool operator==(const ProjectStatus&) const = default;
};

// 合同: a contract of a project, committing `amount` of an earmark's money to a payee.
struct Contract {
  static constexpr const char* kKind = "contract";
  std::string contract_id, project, payee_id;
  Money amount;
  calendar::Date signed_on;
  std::string earmark;
  int fiscal_year = 0;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("contract_id", s.contract_id), f("project", s.project), f("payee_id", s.payee_id),
        f("amount", s.amount);
    f("signed_on", s.signed_on), f("earmark", s.earmark), f("fiscal_year", s.fiscal_year);
  }
  bool operator==(const Contract&) const = default;
};

// A payment's draw on a contract: recorded right after the payment (its voucher) that names the
// contract, for the payment's whole amount. What a contract still commits is its amount less its
// draws (net of their reversals and recoveries), until it is closed or voided.
struct ContractDraw {
  static constexpr const char* kKind = "contract_draw";
  std::string voucher, contract_id;
  Money amount;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("voucher", s.voucher), f("contract_id", s.contract_id), f("amount", s.amount);
  }
  bool operator==(const ContractDraw&) const = default;
};

// The end of a contract's commitment: close (结算, settled: nothing more will be paid on it) or void
// (作废). What it still committed is released to the earmark.
struct ContractEnd {
  static constexpr const char* kKind = "contract_end";
  std::string contract_id, kind;  // close | void
  calendar::Date date;
  std::string reason;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("contract_id", s.contract_id), f("kind", s.kind), f("date", s.date), f("reason", s.reason);
  }
  bool operator==(const ContractEnd&) const = default;
};

// 绩效目标: one indicator of a project's performance targets, set when it enters the library. Its
// kind: output 产出 (sub_kind quantity 数量, quality 质量, timeliness 时效, cost 成本), benefit 效益
// (economic 经济, social 社会, ecological 生态, sustainable 可持续) or satisfaction 满意度 (no sub_kind).
// Values are exact decimals kept as text ("1200", "95.5"), never floats.
struct Target {
  static constexpr const char* kKind = "target";
  std::string project_id, indicator_id, kind;
  std::optional<std::string> sub_kind;
  std::string name, unit, planned;
  std::string direction;  // ">=": at least planned; "<=": at most planned

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("project_id", s.project_id), f("indicator_id", s.indicator_id), f("kind", s.kind);
    f("sub_kind", s.sub_kind), f("name", s.name), f("unit", s.unit), f("planned", s.planned);
    f("direction", s.direction);
  }
  bool operator==(const Target&) const = default;
};

// 绩效完成值: an indicator's value measured on a day. The latest on or before a report's date counts.
struct TargetResult {
  static constexpr const char* kKind = "target_result";
  std::string project_id, indicator_id;
  calendar::Date date;
  std::string value;  // an exact decimal as text
  std::optional<std::string> note;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("project_id", s.project_id), f("indicator_id", s.indicator_id), f("date", s.date);
    f("value", s.value), f("note", s.note);
  }
  bool operator==(const TargetResult&) const = default;
};

// 项目资产: what a completed project left (a cold store, a road, a greenhouse), registered (确权) and
// handed to its owner and custodian. type: operating 经营性, public 公益性, household 到户类; owner:
// collective 村集体 or household 农户 (owner_id: the household's payee id).
struct Asset {
  static constexpr const char* kKind = "asset";
  std::string asset_id, project_id, type;
  std::optional<std::string> name;
  Money value;
  std::string owner;
  std::optional<std::string> owner_id;
  std::optional<calendar::Date> registered_on;
  std::optional<std::string> custodian;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("asset_id", s.asset_id), f("project_id", s.project_id), f("type", s.type), f("name", s.name);
    f("value", s.value), f("owner", s.owner), f("owner_id", s.owner_id);
    f("registered_on", s.registered_on), f("custodian", s.custodian);
  }
  bool operator==(const Asset&) const = default;
};

// 资产收益: what an asset earned (rent, dividend) on a day, with the receipt's document.
struct AssetIncome {
  static constexpr const char* kKind = "asset_income";
  std::string asset_id;
  calendar::Date date;
  Money amount;
  std::string doc_no;
  std::optional<std::string> payer, note;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("asset_id", s.asset_id), f("date", s.date), f("amount", s.amount), f("doc_no", s.doc_no);
    f("payer", s.payer), f("note", s.note);
  }
  bool operator==(const AssetIncome&) const = default;
};

// A payment's share-out of an asset's income (收益分配): recorded right after the payment (its
// voucher) that names the asset, for its whole amount.
struct AssetPayout {
  static constexpr const char* kKind = "asset_payout";
  std::string voucher, asset_id;
  Money amount;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("voucher", s.voucher), f("asset_id", s.asset_id), f("amount", s.amount);
  }
  bool operator==(const AssetPayout&) const = default;
};

}  // namespace fundledger::entries
