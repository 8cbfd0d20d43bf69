# Corrections: reversal and recovery of payments give the attribution back; reversal of an unspent allocation; 调剂 keeps the source; spent money cannot be reversed (issue 3).
# A-004's 10万 returns to its source on 26 March: not earlier
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 8）
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> imported households from {root}/tests/golden/ledger_fixtures/households.csv: 2 added, 0 skipped (already recorded)
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> imported households from {root}/tests/golden/ledger_fixtures/households_zh.csv: 1 added, 0 skipped (already recorded)
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources.csv: 2 added, 0 skipped (already recorded)
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources_zh.csv: 1 added, 0 skipped (already recorded)
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
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:2: 错误: voucher C-010: allocation A-001 cannot be reversed: 500000.00 of it has been paid out or moved; reverse or recover those payments first
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:3: 错误: voucher C-011: recovery of 300000.01 exceeds what payment D-001 still holds (300000.00)
! {root}/tests/golden/ledger_fixtures/corrections_spent.csv:4: 错误: voucher C-012: transfer of 95000.01 exceeds what IND has available on 2017-04-01 (95000.00)
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import corrections {root}/tests/golden/ledger_fixtures/reversal_before_alloc.csv
! {root}/tests/golden/ledger_fixtures/reversal_before_alloc.csv:2: 错误: voucher C-030: dated before the allocation A-002 it corrects
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> imported corrections from {root}/tests/golden/ledger_fixtures/corrections.csv: 3 added, 0 skipped (already recorded)
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> imported corrections from {root}/tests/golden/ledger_fixtures/corrections.csv: 0 added, 3 skipped (already recorded)
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_before_release.csv
! {root}/tests/golden/ledger_fixtures/alloc_before_release.csv:2: 错误: voucher A-200: allocation of 0.01 exceeds the unallocated amount of source 县财发〔2017〕1号 (0.00 of 1000000.00; over by 0.01)
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
>       "progress": "0.8813"
>     },
>     {
>       "allocated": "400000.00",
>       "available": "390000.00",
>       "budget": "400000.00",
>       "disbursed": "10000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0250"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "300000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000"
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
>     "progress": "0.4767"
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
> imported allocations from {root}/tests/golden/ledger_fixtures/alloc_after_release.csv: 1 added, 0 skipped (already recorded)
$ import corrections {root}/tests/golden/ledger_fixtures/corrections_transfer.csv
> imported corrections from {root}/tests/golden/ledger_fixtures/corrections_transfer.csv: 1 added, 0 skipped (already recorded)
$ balance --by earmark --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "850000.00",
>       "available": "145000.00",
>       "budget": "800000.00",
>       "disbursed": "705000.00",
>       "fiscal_year": 2017,
>       "key": "IND",
>       "name": "产业发展",
>       "progress": "0.8813"
>     },
>     {
>       "allocated": "450000.00",
>       "available": "440000.00",
>       "budget": "400000.00",
>       "disbursed": "10000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0250"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "300000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000"
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
>     "progress": "0.4767"
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
> 校验通过：共 21 笔分录，链头 44e3d2e40f099cb30bb0fec200d9df7df0db8d5b9f15309f4f5d24accf40975d
