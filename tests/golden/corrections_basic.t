# Corrections: reversal and recovery of payments give the attribution back; reversal of an unspent allocation; 调剂 keeps the source; spent money cannot be reversed (issue 3).
# A-004's 10万 returns to its source on 26 March: not earlier
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
>       "allocated": "300000.00",
>       "amount": "500000.00",
>       "disbursed": "205000.00",
>       "key": "陕财办农〔2017〕2号",
>       "name": "2017年中央专项扶贫资金",
>       "unallocated": "200000.00"
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
>     "allocated": "1300000.00",
>     "amount": "1512345.67",
>     "disbursed": "740000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "212345.67"
>   },
>   "year": null
> }
$ import corrections {root}/tests/golden/ledger_fixtures/corrections_spent.csv
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:2: 错误: 凭证 C-010：分配 A-001 不能冲销：其中 50.00万元 已被支付或调出；请先冲销或收回这些支付
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:3: 错误: 凭证 C-011：收回 300,000.01元 超过支付 D-001 尚余的金额（30.00万元）
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:4: 错误: 凭证 C-012：调剂 95,000.01元 超过 IND 截至 2017-04-01 的可用余额（9.50万元）
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import corrections {root}/tests/golden/ledger_fixtures/reversal_before_alloc.csv
! {root}/tests/golden/ledger_fixtures/reversal_before_alloc.csv:2: 错误: 凭证 C-030：日期早于它所更正的分配 A-002
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections.csv 导入更正：新增 3 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections.csv 导入更正：新增 0 笔，跳过 3 笔（已记录）
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_before_release.csv
! {root}/tests/golden/ledger_fixtures/alloc_before_release.csv:2: 错误: 凭证 A-200：分配 0.01元 超过来源 县财发〔2017〕1号 的未分配金额（共 100.00万元，尚余 0.00元，超出 0.01元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ balance --by source --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "900000.00",
>       "amount": "1000000.00",
>       "disbursed": "510000.00",
>       "key": "县财发〔2017〕1号",
>       "name": "2017年县级扶贫资金",
>       "unallocated": "100000.00"
>     },
>     {
>       "allocated": "300000.00",
>       "amount": "500000.00",
>       "disbursed": "205000.00",
>       "key": "陕财办农〔2017〕2号",
>       "name": "2017年中央专项扶贫资金",
>       "unallocated": "200000.00"
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
>     "allocated": "1200000.00",
>     "amount": "1512345.67",
>     "disbursed": "715000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "312345.67"
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
>       "available": "95000.00",
>       "budget": "800000.00",
>       "disbursed": "705000.00",
>       "fiscal_year": 2017,
>       "key": "IND",
>       "name": "产业发展",
>       "progress": "0.8813",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "400000.00",
>       "available": "390000.00",
>       "budget": "400000.00",
>       "disbursed": "10000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0250",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "300000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000",
>       "unallocated": "300000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "available": "485000.00",
>     "budget": "1500000.00",
>     "disbursed": "715000.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.4767",
>     "unallocated": "300000.00"
>   },
>   "year": null
> }
$ balance --by payee --as-of 2017-12-31
> 余额表(按收款人)截至 2017-12-31
> 收款人编号  名称              已支付(元)
> ----------------------------------------
> ENT-01      东河茶业有限公司  700,000.00
> GOV-01      西岭镇人民政府          0.00
> H-001       张大山              5,000.00
> H-002       李小梅             10,000.00
> ----------------------------------------
> 合计                          715,000.00
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_after_release.csv
> 已从 {root}/tests/golden/ledger_fixtures/alloc_after_release.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/ledger_fixtures/corrections_transfer.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections_transfer.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ balance --by earmark --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "750000.00",
>       "available": "45000.00",
>       "budget": "800000.00",
>       "disbursed": "705000.00",
>       "fiscal_year": 2017,
>       "key": "IND",
>       "name": "产业发展",
>       "progress": "0.8813",
>       "unallocated": "50000.00"
>     },
>     {
>       "allocated": "550000.00",
>       "available": "540000.00",
>       "budget": "400000.00",
>       "disbursed": "10000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0250",
>       "unallocated": "-150000.00"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "300000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000",
>       "unallocated": "300000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1300000.00",
>     "available": "585000.00",
>     "budget": "1500000.00",
>     "disbursed": "715000.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.4767",
>     "unallocated": "200000.00"
>   },
>   "year": null
> }
$ balance --by source --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "1000000.00",
>       "amount": "1000000.00",
>       "disbursed": "510000.00",
>       "key": "县财发〔2017〕1号",
>       "name": "2017年县级扶贫资金",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "300000.00",
>       "amount": "500000.00",
>       "disbursed": "205000.00",
>       "key": "陕财办农〔2017〕2号",
>       "name": "2017年中央专项扶贫资金",
>       "unallocated": "200000.00"
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
>     "allocated": "1300000.00",
>     "amount": "1512345.67",
>     "disbursed": "715000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "212345.67"
>   },
>   "year": null
> }
$ verify
> 校验通过：共 21 笔分录，链头 009d1b9493a279314483b9ed2162553111dfd49bf42cc2f87218a82365b5b478
