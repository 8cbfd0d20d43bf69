# Over-allocation and overspending by one fen are refused with voucher, line and both amounts; the ledger is unchanged (issue 3).
# a named source's share of the earmark is the limit
# paid on 3 March from an earmark whose money arrived on 5 March: refused, though the allocation was imported first
# exactly the amount left is fine
# money given back on 1 May (a recovery) cannot pay a voucher dated 15 April, recorded later
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
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_over_one_fen.csv
! {root}/tests/golden/ledger_fixtures/alloc_over_one_fen.csv:2: 错误: voucher A-100: allocation of 200000.01 exceeds the unallocated amount of source 陕财办农〔2017〕2号 (200000.00 of 500000.00; over by 0.01)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_over_one_fen.csv
! {root}/tests/golden/ledger_fixtures/disb_over_one_fen.csv:2: 错误: voucher D-100: payment of 95000.01 exceeds what earmark 2017/IND has available on 2017-04-01 (95000.00; over by 0.01)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_wrong_source.csv
! {root}/tests/golden/ledger_fixtures/disb_wrong_source.csv:2: 错误: voucher D-101: payment of 0.01 exceeds what source 县财发〔2017〕1号's money in earmark IND has available on 2017-04-01 (0.00; over by 0.01)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_before_alloc.csv
! {root}/tests/golden/ledger_fixtures/disb_before_alloc.csv:2: 错误: voucher D-102: payment of 1000.00 exceeds what earmark 2017/OTHER has available on 2017-03-04 (0.00; over by 1000.00)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/ledger_fixtures/alloc_exact.csv
> imported allocations from {root}/tests/golden/ledger_fixtures/alloc_exact.csv: 1 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_exact.csv
> imported disbursements from {root}/tests/golden/ledger_fixtures/disb_exact.csv: 1 added, 0 skipped (already recorded)
$ import corrections {root}/tests/golden/ledger_fixtures/recover_later.csv
> imported corrections from {root}/tests/golden/ledger_fixtures/recover_later.csv: 1 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_before_refill.csv
! {root}/tests/golden/ledger_fixtures/disb_before_refill.csv:2: 错误: voucher D-105: payment of 1000.00 exceeds what earmark 2017/IND has available on 2017-04-15 (0.00; over by 1000.00)
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/ledger_fixtures/disb_after_refill.csv
> imported disbursements from {root}/tests/golden/ledger_fixtures/disb_after_refill.csv: 1 added, 0 skipped (already recorded)
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
>       "progress": "1.0000"
>     },
>     {
>       "allocated": "600000.00",
>       "available": "585000.00",
>       "budget": "400000.00",
>       "disbursed": "15000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0375"
>     },
>     {
>       "allocated": "100000.00",
>       "available": "80000.00",
>       "budget": "300000.00",
>       "disbursed": "20000.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0667"
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
>     "progress": "0.5567"
>   },
>   "year": null
> }
$ verify
> 校验通过：共 20 笔分录，链头 bfec1dfc3f14ac80007ec8b3db9a0dc436519e310d843b87e2d9e5cd8f257770
