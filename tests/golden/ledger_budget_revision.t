# A second budget for a year is a revision: doc_no and reason required; balance uses the latest (issue 3).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> 已从 {root}/tests/golden/ledger_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/households_zh.csv 导入农户：新增 1 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources_zh.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations_zh.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements_zh.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget_rev_nodoc.toml
! {root}/tests/golden/ledger_fixtures/budget_rev_nodoc.toml:1: 错误: 2017 年度预算已记录（第 1 版）；再导入一份即为调整，须同时填写 “doc_no” 和 “reason”
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/tests/golden/ledger_fixtures/budget_rev.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget_rev.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget_rev.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget_rev.toml 导入预算：新增 0 笔，跳过 1 笔（已记录）
unchanged
$ balance --by earmark --as-of 2017-12-31
> 余额表(按用途)截至 2017-12-31
> 年度  用途代码  名称          预算(元)    已分配(元)  未分配(元)  已支付(元)    可用(元)  支出进度
> --------------------------------------------------------------------------------------------------
> 2017  IND       产业发展    900,000.00    800,000.00  100,000.00  705,000.00   95,000.00    78.33%
> 2017  MED       大病救助    400,000.00    400,000.00        0.00   15,000.00  385,000.00     3.75%
> 2017  OTHER     其他        200,000.00    100,000.00  100,000.00   20,000.00   80,000.00    10.00%
> --------------------------------------------------------------------------------------------------
> 合计                      1,500,000.00  1,300,000.00  200,000.00  740,000.00  560,000.00    49.33%
$ verify
> 校验通过：共 17 笔分录，链头 9239a091d16aabc815f0ec51434dda3b74b7d0ef8eb3a79a0d0c75c4ca6805b9
