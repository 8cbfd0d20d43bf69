# Every import kind, with English and Chinese headers; re-import skipped; same key other content refused, nothing written (issue 3).
# identical re-imports are skipped and change nothing
# the same key with different content is an error
# a household payee must be in the register
# rows of empty fields (Excel's `,,,,`, any width, spaces only) are skipped and counted, not errors
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ init
! fundledger: 错误: 账本“{tmp}/fundledger.db”已存在；`init` 只创建新账本，不会覆盖已有账本
? 2
unchanged
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources_zh.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> 已从 {root}/tests/golden/ledger_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/households_zh.csv 导入农户：新增 1 笔，跳过 0 笔（已记录）
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
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 0 笔，跳过 2 笔（已记录）
unchanged
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/households_zh.csv 导入农户：新增 0 笔，跳过 1 笔（已记录）
unchanged
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget.toml 导入预算：新增 0 笔，跳过 1 笔（已记录）
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations.csv 导入分配：新增 0 笔，跳过 3 笔（已记录）
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv --format json
> {
>   "added": 0,
>   "file": "{root}/tests/golden/ledger_fixtures/disbursements.csv",
>   "kind": "disbursements",
>   "skipped": 3,
>   "warnings": []
> }
unchanged
$ import sources {root}/tests/golden/ledger_fixtures/sources_conflict.csv
! {root}/tests/golden/ledger_fixtures/sources_conflict.csv:2: 错误: 来源文号 “县财发〔2017〕1号” 已在账本中，但内容不同（“amount” 已记录为 100.00万元，本次为 200.00万元）；已记录的条目不能修改，请做更正
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_conflict.csv
! {root}/tests/golden/ledger_fixtures/disbursements_conflict.csv:2: 错误: 凭证号 “D-001” 已在账本中，但内容不同（“payee_id” 已记录为 ENT-01，本次为 ENT-02；“payee_name” 已记录为 东河茶业有限公司，本次为 西岭茶业有限公司）；已记录的条目不能修改，请做更正
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/households_unknown.csv
! {root}/tests/golden/ledger_fixtures/households_unknown.csv:2: 错误: 凭证 D-104：收款人编号 “H-999” 不在农户登记册中（请先导入农户）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/no_such_file.csv
! {root}/tests/golden/ledger_fixtures/no_such_file.csv: 错误: 文件不存在
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ balance --by source --as-of 2017-12-31
> 余额表(按来源)截至 2017-12-31
> 文号                 名称                        金额(元)    已分配(元)  未分配(元)  已支付(元)
> -----------------------------------------------------------------------------------------------
> 县财发〔2017〕1号    2017年县级扶贫资金      1,000,000.00  1,000,000.00        0.00  535,000.00
> 陕财办农〔2017〕2号  2017年中央专项扶贫资金    500,000.00    300,000.00  200,000.00  205,000.00
> 县财发〔2017〕9号    2017年社会帮扶资金         12,345.67          0.00   12,345.67        0.00
> -----------------------------------------------------------------------------------------------
> 合计                                         1,512,345.67  1,300,000.00  212,345.67  740,000.00
$ verify
> 校验通过：共 16 笔分录，链头 e86fc3d6f3467e228f2dd381ec1baccfc4271f7a5658761ac28393d1543e6bf8
$ import sources {root}/tests/golden/ledger_fixtures/sources_empty_rows.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources_empty_rows.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
! {root}/tests/golden/ledger_fixtures/sources_empty_rows.csv:2: 警告: 跳过 3 行全空的行（各列均为空，如 Excel 留下的 `,,,,`），第一行在此
$ balance --by source --format csv
> key,name,amount,allocated,unallocated,disbursed
> 县财发〔2017〕1号,2017年县级扶贫资金,1000000.00,1000000.00,0.00,535000.00
> 陕财办农〔2017〕2号,2017年中央专项扶贫资金,500000.00,300000.00,200000.00,205000.00
> 县财发〔2017〕11号,2017年县级补充资金,80000.00,0.00,80000.00,0.00
> 县财发〔2017〕9号,2017年社会帮扶资金,12345.67,0.00,12345.67,0.00
> 合计,,1592345.67,1300000.00,292345.67,740000.00
$ verify
> 校验通过：共 17 笔分录，链头 a3279192b3cb2f4f4425ddc8dad278f552aa206738060f5e81d57b2a2fa23b05
