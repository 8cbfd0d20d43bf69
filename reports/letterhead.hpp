// The bureau's own lines on every sheet it sends: who issues it, who made, checked and signed it.
// Values come from the ledger's settings (`fundledger settings set 单位 "商州区财政局"`); the
// renderers only place them (the header of each sheet, a sign-off line under each table).
#pragma once

#include <string>

namespace fundledger::reports {

struct Letterhead {
  std::string unit;               // 单位: the issuing unit (填报单位), e.g. 商州区财政局
  std::string preparer;           // 制表人
  std::string reviewer;           // 审核人
  std::string head;               // 负责人
  std::string phone;              // 联系电话
  std::string supervision_phone;  // 监督电话: the local number (12317 is always shown as well)
  std::string report_date;        // 报出日期, yyyy-mm-dd; empty: the workbook's creation date
};

}  // namespace fundledger::reports
