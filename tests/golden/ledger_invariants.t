# Over-allocation and overspending by one fen are refused with voucher, line and both amounts; the ledger is unchanged (issue 3).
# a named source's share of the earmark is the limit
# paid on 3 March from an earmark whose money arrived on 5 March: refused, though the allocation was imported first
# exactly the amount left is fine
# money given back on 1 May (a recovery) cannot pay a voucher dated 15 April, recorded later
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
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_over_one_fen.csv
! {root}/tests/golden/ledger_fixtures/alloc_over_one_fen.csv:2: 错误: 凭证 A-100：分配 200,000.01元 超过来源 陕财办农〔2017〕2号 的未分配金额（共 50.00万元，尚余 20.00万元，超出 0.01元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_over_one_fen.csv
! {root}/tests/golden/ledger_fixtures/disb_over_one_fen.csv:2: 错误: 凭证 D-100：支付 95,000.01元 超过 2017 年度专项 IND 截至 2017-04-01 的可用余额（9.50万元，超出 0.01元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_wrong_source.csv
! {root}/tests/golden/ledger_fixtures/disb_wrong_source.csv:2: 错误: 凭证 D-101：支付 0.01元 超过专项 IND 中来源 县财发〔2017〕1号 的资金截至 2017-04-01 的可用余额（0.00元，超出 0.01元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_before_alloc.csv
! {root}/tests/golden/ledger_fixtures/disb_before_alloc.csv:2: 错误: 凭证 D-102：支付 1,000.00元 超过 2017 年度专项 OTHER 截至 2017-03-04 的可用余额（0.00元，超出 1,000.00元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_exact.csv
> 已从 {root}/tests/golden/ledger_fixtures/alloc_exact.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_exact.csv
> 已从 {root}/tests/golden/ledger_fixtures/disb_exact.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/ledger_fixtures/recover_later.csv
> 已从 {root}/tests/golden/ledger_fixtures/recover_later.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_before_refill.csv
! {root}/tests/golden/ledger_fixtures/disb_before_refill.csv:2: 错误: 凭证 D-105：支付 1,000.00元 超过 2017 年度专项 IND 截至 2017-04-15 的可用余额（0.00元，超出 1,000.00元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_after_refill.csv
> 已从 {root}/tests/golden/ledger_fixtures/disb_after_refill.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ balance --by source --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "1000000.00",
>       "amount": "1000000.00",
>       "disbursed": "535000.00",
>       "key": "县财发〔2017〕1号",
>       "name": "2017年县级扶贫资金",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "500000.00",
>       "amount": "500000.00",
>       "disbursed": "300000.00",
>       "key": "陕财办农〔2017〕2号",
>       "name": "2017年中央专项扶贫资金",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "0.00",
>       "amount": "12345.67",
>       "disbursed": "0.00",
>       "key": "县财发〔2017〕9号",
>       "name": "2017年社会帮扶资金",
>       "unallocated": "12345.67"
>     }
>   ],
>   "total": {
>     "allocated": "1500000.00",
>     "amount": "1512345.67",
>     "disbursed": "835000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "12345.67"
>   },
>   "year": null
> }
$ balance --by earmark --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "800000.00",
>       "available": "0.00",
>       "budget": "800000.00",
>       "disbursed": "800000.00",
>       "fiscal_year": 2017,
>       "key": "IND",
>       "name": "产业发展",
>       "progress": "1.0000",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "600000.00",
>       "available": "585000.00",
>       "budget": "400000.00",
>       "disbursed": "15000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0375",
>       "unallocated": "-200000.00"
>     },
>     {
>       "allocated": "100000.00",
>       "available": "80000.00",
>       "budget": "300000.00",
>       "disbursed": "20000.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0667",
>       "unallocated": "200000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1500000.00",
>     "available": "665000.00",
>     "budget": "1500000.00",
>     "disbursed": "835000.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.5567",
>     "unallocated": "0.00"
>   },
>   "year": null
> }
$ verify
> 校验通过：共 20 笔分录，链头 f14c202817306d86e507fcb955ae5ae5d6ef67650bbdbc4b9fd801ff595cb8bd
