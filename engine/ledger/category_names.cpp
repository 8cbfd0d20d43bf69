// The funding categories' common names, as data: what clerks write in the 类别 column. Each alias
// names one category; a test checks the codes and names against a fresh ledger's category table.
#include "ledger/columns.hpp"

namespace fundledger::ledger {

const std::vector<CategoryNames>& category_names() {
  static const std::vector<CategoryNames> all = {
      {"central_provincial",
       "中省财政专项扶贫资金",
       {"中央", "省级", "中央财政", "省级财政", "中省", "中省资金", "中央专项", "省级专项",
        "中省财政专项资金", "中央财政专项扶贫资金", "省级财政专项扶贫资金", "财政专项扶贫资金"}},
      {"upper_other", "上级其他补助", {"市级", "市级财政", "市级补助", "上级补助", "上级其他"}},
      {"county_self",
       "县(区)级财政自筹",
       {"县级", "区级", "县级自筹", "区级自筹", "县区自筹", "本级", "本级财政", "县级财政", "区级财政",
        "县（区）级财政自筹", "县级财政自筹", "区级财政自筹"}},
      {"sector_integrated",
       "整合涉农(行业)资金",
       {"统筹整合", "整合资金", "涉农整合", "统筹整合资金", "涉农资金", "行业资金", "整合涉农资金",
        "整合涉农（行业）资金"}},
      {"policy_loan", "政策性金融扶贫贷款", {"政策贷款", "政策性贷款", "政策性金融", "金融扶贫贷款"}},
      {"microcredit", "扶贫小额信贷", {"5321", "5321贷款", "小额信贷", "小额扶贫贷款"}},
      {"social", "社会帮扶资金", {"社会帮扶", "社会扶贫", "社会捐赠", "帮扶资金", "定点帮扶"}},
      {"mutual_aid", "扶贫互助资金", {"互助资金", "互助社", "扶贫互助"}},
      {"advance", "预拨资金(待核销)", {"预拨", "预拨资金", "预拨款", "暂付款", "预拨资金（待核销）"}},
      {"risk_fund", "风险补偿金收入", {"风险补偿金", "风险补偿金利息", "风险金利息", "风险补偿金收益"}},
  };
  return all;
}

std::string category_of_alias(const std::string& alias) {
  for (const auto& c : category_names())
    for (const char* a : c.aliases)
      if (alias == a) return c.code;
  return {};
}

}  // namespace fundledger::ledger
