# report allocations (issue 20): net allocations per source category, earmark and town through a day — the
# table the dashboard's 分配使用图 draws. The corrections fixtures: 县财发〔2017〕1号 (county) allocates
# A-001 IND 50万 to 东河镇 and A-002 MED 40万 (no town) on 2017-02-01, A-004 OTHER 10万 to 西岭镇 on
# 2017-03-05; 陕财办农〔2017〕2号 (central) A-003 IND 30万 to 东河镇 on 2017-03-01. By hand: on 2017-03-25
# county IND 东河镇 500,000.00 + MED 400,000.00 + OTHER 西岭镇 100,000.00, central IND 东河镇 300,000.00 =
# 1,300,000.00. A-004 is reversed on 2017-03-26 (its row goes: 1,200,000.00), and the 调剂 C-004 of
# 2017-03-27 moves 5万 of A-003's IND (central, 东河镇) to MED keeping its source: central IND 东河镇
# 250,000.00 and central MED (no town) 50,000.00 — the flow out names no town and counts for its lot's
# (A-003's) — and the total stays 1,200,000.00. The json's edges
# sum the rows per step (category -> earmark, earmark -> town; "" is no town). Only the days up to
# --as-of count; --year keeps one fiscal year's money; a bad day is refused (exit 2).
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
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections.csv 导入更正：新增 3 笔，跳过 0 笔（已记录）
$ report allocations --as-of 2017-02-28
> 资金分配去向（截至 2017-02-28）
> 资金类别          用途代码  专项用途  镇      已分配(元)
> --------------------------------------------------------
> 县(区)级财政自筹  IND       产业发展  东河镇  500,000.00
> 县(区)级财政自筹  MED       大病救助          400,000.00
> --------------------------------------------------------
> 合计                                          900,000.00
$ report allocations --as-of 2017-03-25
> 资金分配去向（截至 2017-03-25）
> 资金类别              用途代码  专项用途  镇        已分配(元)
> --------------------------------------------------------------
> 中省财政专项扶贫资金  IND       产业发展  东河镇    300,000.00
> 县(区)级财政自筹      IND       产业发展  东河镇    500,000.00
> 县(区)级财政自筹      MED       大病救助            400,000.00
> 县(区)级财政自筹      OTHER     其他      西岭镇    100,000.00
> --------------------------------------------------------------
> 合计                                              1,300,000.00
$ report allocations --as-of 2017-03-26 --lang en
> Allocations by category, earmark and town (as of 2017-03-26)
> Category                              Earmark  Earmark name  Town    Allocated (yuan)
> -------------------------------------------------------------------------------------
> Central and provincial poverty funds  IND      产业发展      东河镇        300,000.00
> County own funds                      IND      产业发展      东河镇        500,000.00
> County own funds                      MED      大病救助                    400,000.00
> -------------------------------------------------------------------------------------
> Total                                                                    1,200,000.00
$ import corrections {root}/tests/golden/ledger_fixtures/corrections_transfer.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections_transfer.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ report allocations --as-of 2017-03-31 --format json
> {
>   "as_of": "2017-03-31",
>   "columns": [
>     {
>       "en": "Category",
>       "key": "category",
>       "type": "text",
>       "zh": "资金类别"
>     },
>     {
>       "en": "Earmark",
>       "key": "earmark",
>       "type": "text",
>       "zh": "用途代码"
>     },
>     {
>       "en": "Earmark name",
>       "key": "earmark_name",
>       "type": "text",
>       "zh": "专项用途"
>     },
>     {
>       "en": "Town",
>       "key": "town",
>       "type": "text",
>       "zh": "镇"
>     },
>     {
>       "en": "Allocated",
>       "key": "allocated",
>       "type": "money",
>       "zh": "已分配"
>     }
>   ],
>   "edges": [
>     {
>       "allocated": "250000.00",
>       "from": "category:中省财政专项扶贫资金",
>       "to": "earmark:IND"
>     },
>     {
>       "allocated": "50000.00",
>       "from": "category:中省财政专项扶贫资金",
>       "to": "earmark:MED"
>     },
>     {
>       "allocated": "500000.00",
>       "from": "category:县(区)级财政自筹",
>       "to": "earmark:IND"
>     },
>     {
>       "allocated": "400000.00",
>       "from": "category:县(区)级财政自筹",
>       "to": "earmark:MED"
>     },
>     {
>       "allocated": "750000.00",
>       "from": "earmark:IND",
>       "to": "town:东河镇"
>     },
>     {
>       "allocated": "450000.00",
>       "from": "earmark:MED",
>       "to": "town:"
>     }
>   ],
>   "ledger_check": {
>     "entries": 20,
>     "head": "6e3354ac4836e070d4961ca53729f32095bced2985c961de783b36741cfeb1c6"
>   },
>   "report": "allocations",
>   "rows": [
>     {
>       "allocated": "250000.00",
>       "category": "中省财政专项扶贫资金",
>       "earmark": "IND",
>       "earmark_name": "产业发展",
>       "town": "东河镇"
>     },
>     {
>       "allocated": "50000.00",
>       "category": "中省财政专项扶贫资金",
>       "earmark": "MED",
>       "earmark_name": "大病救助",
>       "town": null
>     },
>     {
>       "allocated": "500000.00",
>       "category": "县(区)级财政自筹",
>       "earmark": "IND",
>       "earmark_name": "产业发展",
>       "town": "东河镇"
>     },
>     {
>       "allocated": "400000.00",
>       "category": "县(区)级财政自筹",
>       "earmark": "MED",
>       "earmark_name": "大病救助",
>       "town": null
>     }
>   ],
>   "title": "资金分配去向（截至 2017-03-31）",
>   "total": {
>     "allocated": "1200000.00",
>     "category": "合计",
>     "earmark": null,
>     "earmark_name": null,
>     "town": null
>   },
>   "year": null
> }
$ report allocations --as-of 2017-03-31 --year 2018 --format csv
> category,earmark,earmark_name,town,allocated
> 合计,,,,0.00
$ report allocations --as-of 2017-13-01
! fundledger: 错误: --as-of：日期“2017-13-01”无效：没有这个月份
? 2
unchanged
