// The public notice (公告公示) of a fiscal year's allocations, with personal data masked.
#pragma once

#include <string>

#include "reports/table.hpp"
#include "store/repository.hpp"

namespace fundledger::reports {

struct Disclosure {
  int year = 0;
  // 序号, 项目名称, 资金来源, 投资规模(万元), 建设地点, 建设内容, 责任单位: one row per allocation
  // (指标下达) of the year, in date order. 项目名称 is the allocation's project, else the earmark
  // line's name; 建设地点 its town (else 全区/county-wide); 建设内容 its note, else the line's name;
  // 责任单位 the town's government when a town is named, else the budget's funding office is not
  // recorded in the ledger and the cell says so (县级统筹).
  Table projects;
  // Household-level payments of the year: 序号, masked head name, masked ID number, town,
  // village, project, amount, date.
  Table households;
};

Disclosure disclosure_report(store::Repository& repo, int year, Lang lang);

// 张三丰 -> 张*丰, 张三 -> 张*, 欧阳娜娜 -> 欧**娜 (by UTF-8 character).
std::string mask_name(const std::string& name);
// 610102199001011234 -> 610***********1234: the first 3 and last 4 characters stay.
std::string mask_id_number(const std::string& id);

}  // namespace fundledger::reports
