# Lag counters (issue 17): report lags. Working days follow the State Council's arrangements built in
# (data/holidays/CN.toml): 2025 国庆 1-8 October off, Sunday 28 September and Saturday 11 October worked;
# 2026 元旦 1-3 January off, Sunday 4 January worked. Every entry is recorded on 2026-01-15 (the pinned clock).
# 县财发〔2025〕30号, received 2025-09-28: registered 109 days later (73 working days, counted from the TOML by a
# separate script); fully allocated on 2025-10-09 (60,000.00 on
# 09-30 + 40,000.00 on 10-09): 11 days, 3 working days (29 and 30 September, 9 October); first allocated 09-30,
# first paid 10-10: 10 days, 2 working days (9 and 10 October).
# 县财发〔2025〕41号, received 2025-12-29: registered 17 days later, 12 working days (30 and 31 December, 4 January,
# 5-9 and 12-15 January); 20,000.00 of 50,000.00 allocated (2026-01-05), so not fully allocated, and not paid.
# The microcredit document is lent, not allocated: no row.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/lags_fixtures/sources.csv
> 已从 {root}/tests/golden/lags_fixtures/sources.csv 导入来源：新增 3 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/lags_fixtures/budget.toml
> 已从 {root}/tests/golden/lags_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/lags_fixtures/allocations.csv
> 已从 {root}/tests/golden/lags_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/lags_fixtures/payments.csv
> 已从 {root}/tests/golden/lags_fixtures/payments.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ report lags --year 2025 --as-of 2026-01-15
> 2025 年度资金滞留天数（截至 2026-01-15）
> 文号                名称                    金额(元)  到账日期    登记日期    登记天数  登记工作日  分配完毕日期  分配天数  分配工作日  首次分配日期  首次支付日期  支付天数  支付工作日
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 县财发〔2025〕30号  县级衔接资金(第一批)  100,000.00  2025-09-28  2026-01-15       109          73  2025-10-09          11           3  2025-09-30    2025-10-10          10           2
> 县财发〔2025〕41号  县级衔接资金(第二批)   50,000.00  2025-12-29  2026-01-15        17          12                                      2026-01-05                                      
> 账本校验: 第 8 笔 · dbcc7fcd
$ report lags --year 2025 --as-of 2026-01-15 --format csv
> doc_no,name,amount,received_on,registered_on,registration_days,registration_workdays,allocated_on,allocation_days,allocation_workdays,first_allocated_on,first_paid_on,payment_days,payment_workdays
> 县财发〔2025〕30号,县级衔接资金(第一批),100000.00,2025-09-28,2026-01-15,109,73,2025-10-09,11,3,2025-09-30,2025-10-10,10,2
> 县财发〔2025〕41号,县级衔接资金(第二批),50000.00,2025-12-29,2026-01-15,17,12,,,,2026-01-05,,,
$ report lags --year 2025 --as-of 2026-01-15 --format json
> {
>   "as_of": "2026-01-15",
>   "columns": [
>     {
>       "en": "Document",
>       "key": "doc_no",
>       "type": "text",
>       "zh": "文号"
>     },
>     {
>       "en": "Name",
>       "key": "name",
>       "type": "text",
>       "zh": "名称"
>     },
>     {
>       "en": "Amount",
>       "key": "amount",
>       "type": "money",
>       "zh": "金额"
>     },
>     {
>       "en": "Received",
>       "key": "received_on",
>       "type": "text",
>       "zh": "到账日期"
>     },
>     {
>       "en": "Registered",
>       "key": "registered_on",
>       "type": "text",
>       "zh": "登记日期"
>     },
>     {
>       "en": "Days to register",
>       "key": "registration_days",
>       "type": "integer",
>       "zh": "登记天数"
>     },
>     {
>       "en": "Working days to register",
>       "key": "registration_workdays",
>       "type": "integer",
>       "zh": "登记工作日"
>     },
>     {
>       "en": "Fully allocated",
>       "key": "allocated_on",
>       "type": "text",
>       "zh": "分配完毕日期"
>     },
>     {
>       "en": "Days to allocate",
>       "key": "allocation_days",
>       "type": "integer",
>       "zh": "分配天数"
>     },
>     {
>       "en": "Working days to allocate",
>       "key": "allocation_workdays",
>       "type": "integer",
>       "zh": "分配工作日"
>     },
>     {
>       "en": "First allocated",
>       "key": "first_allocated_on",
>       "type": "text",
>       "zh": "首次分配日期"
>     },
>     {
>       "en": "First paid",
>       "key": "first_paid_on",
>       "type": "text",
>       "zh": "首次支付日期"
>     },
>     {
>       "en": "Days to first payment",
>       "key": "payment_days",
>       "type": "integer",
>       "zh": "支付天数"
>     },
>     {
>       "en": "Working days to first payment",
>       "key": "payment_workdays",
>       "type": "integer",
>       "zh": "支付工作日"
>     }
>   ],
>   "ledger_check": {
>     "entries": 8,
>     "head": "dbcc7fcda970dc2b59db50e49c9a6be58b493f11e2ea66e1405d2bfef1b2eb5b"
>   },
>   "report": "lags",
>   "rows": [
>     {
>       "allocated_on": "2025-10-09",
>       "allocation_days": 11,
>       "allocation_workdays": 3,
>       "amount": "100000.00",
>       "doc_no": "县财发〔2025〕30号",
>       "first_allocated_on": "2025-09-30",
>       "first_paid_on": "2025-10-10",
>       "name": "县级衔接资金(第一批)",
>       "payment_days": 10,
>       "payment_workdays": 2,
>       "received_on": "2025-09-28",
>       "registered_on": "2026-01-15",
>       "registration_days": 109,
>       "registration_workdays": 73
>     },
>     {
>       "allocated_on": null,
>       "allocation_days": null,
>       "allocation_workdays": null,
>       "amount": "50000.00",
>       "doc_no": "县财发〔2025〕41号",
>       "first_allocated_on": "2026-01-05",
>       "first_paid_on": null,
>       "name": "县级衔接资金(第二批)",
>       "payment_days": null,
>       "payment_workdays": null,
>       "received_on": "2025-12-29",
>       "registered_on": "2026-01-15",
>       "registration_days": 17,
>       "registration_workdays": 12
>     }
>   ],
>   "title": "2025 年度资金滞留天数（截至 2026-01-15）",
>   "total": null,
>   "year": 2025
> }
$ report lags --year 2025 --as-of 2026-01-15 --lang en
> How long the money of 2025 waited, as of 2026-01-15
> Document            Name                  Amount (yuan)  Received    Registered  Days to register  Working days to register  Fully allocated  Days to allocate  Working days to allocate  First allocated  First paid  Days to first payment  Working days to first payment
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 县财发〔2025〕30号  县级衔接资金(第一批)     100,000.00  2025-09-28  2026-01-15               109                        73  2025-10-09                     11                         3  2025-09-30       2025-10-10                     10                              2
> 县财发〔2025〕41号  县级衔接资金(第二批)      50,000.00  2025-12-29  2026-01-15                17                        12                                                               2026-01-05                                                                       
> Ledger check: entry 8 · dbcc7fcd
$ report lags --year 1800
! fundledger: 错误: --year：超出范围：1800
? 2
