# pro_rata attribution splits a payment across the earmark's lots in proportion, exact to the fen (issue 3).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/ledger_fixtures/prorata_sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/prorata_sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/prorata_budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/prorata_budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/prorata_allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/prorata_allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/prorata_disbursements.csv
> 已从 {root}/tests/golden/ledger_fixtures/prorata_disbursements.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ balance --by source --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "60000.00",
>       "amount": "60000.00",
>       "disbursed": "600.02",
>       "key": "X-2018-1",
>       "name": "县级资金",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "40000.00",
>       "amount": "40000.00",
>       "disbursed": "400.00",
>       "key": "Y-2018-2",
>       "name": "中央资金",
>       "unallocated": "0.00"
>     }
>   ],
>   "total": {
>     "allocated": "100000.00",
>     "amount": "100000.00",
>     "disbursed": "1000.02",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "0.00"
>   },
>   "year": null
> }
$ verify
> 校验通过：共 7 笔分录，链头 15c1f7cc75ca638762e60a57e0b4b289d311bfe52e761a81f356d46625ebbcbf
