# Every import kind, with English and Chinese headers; re-import skipped; same key other content refused, nothing written (issue 3).
# identical re-imports are skipped and change nothing
# the same key with different content is an error
# a household payee must be in the register
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 8）
$ init
! fundledger: 错误: 账本“{tmp}/fundledger.db”已存在；`init` 只创建新账本，不会覆盖已有账本
? 2
unchanged
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources.csv: 2 added, 0 skipped (already recorded)
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources_zh.csv: 1 added, 0 skipped (already recorded)
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> imported households from {root}/tests/golden/ledger_fixtures/households.csv: 2 added, 0 skipped (already recorded)
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> imported households from {root}/tests/golden/ledger_fixtures/households_zh.csv: 1 added, 0 skipped (already recorded)
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> imported budget from {root}/tests/golden/ledger_fixtures/budget.toml: 1 added, 0 skipped (already recorded)
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> imported allocations from {root}/tests/golden/ledger_fixtures/allocations.csv: 3 added, 0 skipped (already recorded)
$ import allocations {root}/tests/golden/ledger_fixtures/allocations_zh.csv
> imported allocations from {root}/tests/golden/ledger_fixtures/allocations_zh.csv: 1 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> imported disbursements from {root}/tests/golden/ledger_fixtures/disbursements.csv: 3 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_zh.csv
> imported disbursements from {root}/tests/golden/ledger_fixtures/disbursements_zh.csv: 2 added, 0 skipped (already recorded)
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources.csv: 0 added, 2 skipped (already recorded)
unchanged
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> imported households from {root}/tests/golden/ledger_fixtures/households_zh.csv: 0 added, 1 skipped (already recorded)
unchanged
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> imported budget from {root}/tests/golden/ledger_fixtures/budget.toml: 0 added, 1 skipped (already recorded)
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> imported allocations from {root}/tests/golden/ledger_fixtures/allocations.csv: 0 added, 3 skipped (already recorded)
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
! {root}/tests/golden/ledger_fixtures/sources_conflict.csv:2: 错误: source '县财发〔2017〕1号' is already in the ledger with different content (amount 1000000.00 recorded, 2000000.00 here); a recorded entry is never changed — use a correction
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_conflict.csv
! {root}/tests/golden/ledger_fixtures/disbursements_conflict.csv:2: 错误: voucher 'D-001' is already in the ledger with different content (payee_id ENT-01 recorded, ENT-02 here, payee_name 东河茶业有限公司 recorded, 西岭茶业有限公司 here); a recorded entry is never changed — use a correction
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/households_unknown.csv
! {root}/tests/golden/ledger_fixtures/households_unknown.csv:2: 错误: voucher D-104: payee_id 'H-999' is not in the household register (import households first)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/no_such_file.csv
! {root}/tests/golden/ledger_fixtures/no_such_file.csv: 错误: no such file
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
> 校验通过：共 16 笔分录，链头 02ba237f8a6eb58d594bd05b674b8f274012bacf8f3894b3f3a4b86470c6f3f7
