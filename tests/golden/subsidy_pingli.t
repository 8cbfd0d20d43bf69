# The 平利 2016 example with its loans: subsidy under the 5321 cap rule, posted from LOAN-SUBSIDY (issue 6).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/pingli-2016/households.csv
> 已从 {root}/examples/pingli-2016/households.csv 导入农户：新增 12 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/pingli-2016/sources.csv
> 已从 {root}/examples/pingli-2016/sources.csv 导入来源：新增 5 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/pingli-2016/budget.toml
> 已从 {root}/examples/pingli-2016/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import rules {root}/examples/pingli-2016/rules.toml
> 已从 {root}/examples/pingli-2016/rules.toml 导入规则：新增 3 笔，跳过 0 笔（已记录）
>   已记录规则 pingli-county-growth v1
>   已记录规则 pingli-5321-subsidy-cap v1
>   已记录规则 pingli-loan-subsidy-per-household v1
$ import allocations {root}/examples/pingli-2016/allocations.csv
> 已从 {root}/examples/pingli-2016/allocations.csv 导入分配：新增 10 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/disbursements.csv
> 已从 {root}/examples/pingli-2016/disbursements.csv 导入支付：新增 21 笔，跳过 0 笔（已记录）
$ import loans {root}/examples/pingli-2016/loans.csv
> 已从 {root}/examples/pingli-2016/loans.csv 导入贷款：新增 9 笔，跳过 0 笔（已记录）
$ loans --by product --as-of 2016-12-31
> 贷款台账(按产品)截至 2016-12-31
> 产品         笔数  放款本金(元)  在贷余额(元)  逾期本金(元)  核销本金(元)
> -------------------------------------------------------------------------
> 5321            2    130,000.00    130,000.00          0.00          0.00
> microcredit     4    150,000.00    120,000.00          0.00          0.00
> policy          1    100,000.00    100,000.00    100,000.00          0.00
> -------------------------------------------------------------------------
> 合计            7    380,000.00    350,000.00    100,000.00          0.00
$ subsidy --year 2016
> 2016年贷款贴息(按笔,ACT/360)
> 贷款编号   户编号  产品           本金(元)  年利率  起息日      止息日(不含)  天数  未封顶贴息(元)   贴息(元)  核减原因
> -----------------------------------------------------------------------------------------------------------------------
> PL-LN-001  PL-002  microcredit   50,000.00  0.0435  2016-01-01  2017-01-01     366        2,211.25   2,211.25  
> PL-LN-002  PL-003  5321          80,000.00  0.0435  2016-03-01  2017-01-01     306        2,958.00   2,958.00  
> PL-LN-003  PL-004  microcredit   30,000.00  0.0435  2016-05-20  2016-11-30     194          703.25     703.25  
> PL-LN-004  PL-007  5321          50,000.00  0.049   2016-02-15  2017-01-01     321        2,184.58   2,184.58  
> PL-LN-005  PL-009  microcredit   50,000.00  0.0435  2016-07-01  2017-01-01     184        1,111.67   1,111.67  
> PL-LN-006  PL-010  policy       100,000.00  0.049   2016-04-01  2016-10-21     203        2,763.06   2,763.06  
> PL-LN-007  PL-010  microcredit   20,000.00  0.0435  2016-08-15  2017-01-01     139          335.92     335.92  
> -----------------------------------------------------------------------------------------------------------------------
> 合计                                                                                     12,267.73  12,267.73  
>
> 2016年贷款贴息(按户)
> 户编号  户主    镇      村        封顶前(元)   贴息(元)  核减原因
> -----------------------------------------------------------------
> PL-002  刘秀兰  城关镇  龙头村      2,211.25   2,211.25  
> PL-003  王家明  城关镇  三里垭村    2,958.00   2,958.00  
> PL-004  张承富  城关镇  三里垭村      703.25     703.25  
> PL-007  杨天福  老县镇  锦屏村      2,184.58   2,184.58  
> PL-009  周翠英  长安镇  中坝村      1,111.67   1,111.67  
> PL-010  黄正林  长安镇  中坝村      3,098.98   3,098.98  
> -----------------------------------------------------------------
> 合计                               12,267.73  12,267.73  
$ subsidy --year 2016 --post --earmark LOAN-SUBSIDY --format json
> {
>   "basis": "act360",
>   "claims": null,
>   "households": [
>     {
>       "earlier": "0.00",
>       "head_name": "刘秀兰",
>       "household_id": "PL-002",
>       "post": {
>         "cut": "0.00",
>         "pay": "2211.25",
>         "rule": null,
>         "voucher": "TX-2016-PL-002"
>       },
>       "reasons": [],
>       "subsidy": "2211.25",
>       "town": "城关镇",
>       "uncapped": "2211.25",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "王家明",
>       "household_id": "PL-003",
>       "post": {
>         "cut": "0.00",
>         "pay": "2958.00",
>         "rule": null,
>         "voucher": "TX-2016-PL-003"
>       },
>       "reasons": [],
>       "subsidy": "2958.00",
>       "town": "城关镇",
>       "uncapped": "2958.00",
>       "village": "三里垭村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "张承富",
>       "household_id": "PL-004",
>       "post": {
>         "cut": "0.00",
>         "pay": "703.25",
>         "rule": null,
>         "voucher": "TX-2016-PL-004"
>       },
>       "reasons": [],
>       "subsidy": "703.25",
>       "town": "城关镇",
>       "uncapped": "703.25",
>       "village": "三里垭村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "杨天福",
>       "household_id": "PL-007",
>       "post": {
>         "cut": "0.00",
>         "pay": "2184.58",
>         "rule": null,
>         "voucher": "TX-2016-PL-007"
>       },
>       "reasons": [],
>       "subsidy": "2184.58",
>       "town": "老县镇",
>       "uncapped": "2184.58",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "周翠英",
>       "household_id": "PL-009",
>       "post": {
>         "cut": "0.00",
>         "pay": "1111.67",
>         "rule": null,
>         "voucher": "TX-2016-PL-009"
>       },
>       "reasons": [],
>       "subsidy": "1111.67",
>       "town": "长安镇",
>       "uncapped": "1111.67",
>       "village": "中坝村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "黄正林",
>       "household_id": "PL-010",
>       "post": {
>         "cut": "0.00",
>         "pay": "3098.98",
>         "rule": null,
>         "voucher": "TX-2016-PL-010"
>       },
>       "reasons": [],
>       "subsidy": "3098.98",
>       "town": "长安镇",
>       "uncapped": "3098.98",
>       "village": "中坝村"
>     }
>   ],
>   "loans": [
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2211.25",
>       "days": 366,
>       "eligible": "2211.25",
>       "from": "2016-01-01",
>       "household_id": "PL-002",
>       "loan_id": "PL-LN-001",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2211.25",
>       "to": "2017-01-01",
>       "uncapped": "2211.25"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2958.00",
>       "days": 306,
>       "eligible": "2958.00",
>       "from": "2016-03-01",
>       "household_id": "PL-003",
>       "loan_id": "PL-LN-002",
>       "principal": "80000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2958.00",
>       "to": "2017-01-01",
>       "uncapped": "2958.00"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "中国邮政储蓄银行平利县支行",
>       "claim": null,
>       "computed": "703.25",
>       "days": 194,
>       "eligible": "703.25",
>       "from": "2016-05-20",
>       "household_id": "PL-004",
>       "loan_id": "PL-LN-003",
>       "principal": "30000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "703.25",
>       "to": "2016-11-30",
>       "uncapped": "703.25"
>     },
>     {
>       "annual_rate": "0.049",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2184.58",
>       "days": 321,
>       "eligible": "2184.58",
>       "from": "2016-02-15",
>       "household_id": "PL-007",
>       "loan_id": "PL-LN-004",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.049",
>       "reasons": [],
>       "subsidy": "2184.58",
>       "to": "2017-01-01",
>       "uncapped": "2184.58"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "中国邮政储蓄银行平利县支行",
>       "claim": null,
>       "computed": "1111.67",
>       "days": 184,
>       "eligible": "1111.67",
>       "from": "2016-07-01",
>       "household_id": "PL-009",
>       "loan_id": "PL-LN-005",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1111.67",
>       "to": "2017-01-01",
>       "uncapped": "1111.67"
>     },
>     {
>       "annual_rate": "0.049",
>       "bank": "国家开发银行陕西省分行",
>       "claim": null,
>       "computed": "2763.06",
>       "days": 203,
>       "eligible": "2763.06",
>       "from": "2016-04-01",
>       "household_id": "PL-010",
>       "loan_id": "PL-LN-006",
>       "principal": "100000.00",
>       "product": "policy",
>       "rate_applied": "0.049",
>       "reasons": [],
>       "subsidy": "2763.06",
>       "to": "2016-10-21",
>       "uncapped": "2763.06"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "335.92",
>       "days": 139,
>       "eligible": "335.92",
>       "from": "2016-08-15",
>       "household_id": "PL-010",
>       "loan_id": "PL-LN-007",
>       "principal": "20000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "335.92",
>       "to": "2017-01-01",
>       "uncapped": "335.92"
>     }
>   ],
>   "period": {
>     "fiscal_year": 2016,
>     "from": "2016-01-01",
>     "label": "2016",
>     "settlement_year": 2016,
>     "to": "2016-12-31"
>   },
>   "post": {
>     "date": "2016-12-31",
>     "earmark": "LOAN-SUBSIDY"
>   },
>   "posted": {
>     "added": 6,
>     "date": "2016-12-31",
>     "earmark": "LOAN-SUBSIDY",
>     "skipped": 0
>   },
>   "total": "12267.73",
>   "year": 2016
> }
$ subsidy --year 2016 --post --earmark LOAN-SUBSIDY --by household
> 2016年贷款贴息(按户)
> 户编号  户主    镇      村        封顶前(元)   贴息(元)  核减原因  将支付(元)  支付核减
> ---------------------------------------------------------------------------------------
> PL-002  刘秀兰  城关镇  龙头村      2,211.25   2,211.25              2,211.25  
> PL-003  王家明  城关镇  三里垭村    2,958.00   2,958.00              2,958.00  
> PL-004  张承富  城关镇  三里垭村      703.25     703.25                703.25  
> PL-007  杨天福  老县镇  锦屏村      2,184.58   2,184.58              2,184.58  
> PL-009  周翠英  长安镇  中坝村      1,111.67   1,111.67              1,111.67  
> PL-010  黄正林  长安镇  中坝村      3,098.98   3,098.98              3,098.98  
> ---------------------------------------------------------------------------------------
> 合计                               12,267.73  12,267.73             12,267.73  
> 从 LOAN-SUBSIDY 支付 6 户，共 12,267.73元（2016-12-31）；按规则核减 0 户，共 0.00元
> 已记账: 0 笔新增, 6 笔已记过 (LOAN-SUBSIDY, 2016-12-31)
$ balance --by earmark --year 2016 --as-of 2016-12-31 --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2016,INDUSTRY,产业发展扶持,30000000.00,30000000.00,0.00,2714000.00,27286000.00,0.0905
> 2016,HOUSING-RELOC,移民搬迁安置补助,25000000.00,25000000.00,0.00,230000.00,24770000.00,0.0092
> 2016,EDU-AID,教育扶贫资助,8000000.00,8000000.00,0.00,10500.00,7989500.00,0.0013
> 2016,LOAN-SUBSIDY,“5321”贷款贴息,12000000.00,12000000.00,0.00,41067.73,11958932.27,0.0034
> 2016,OTHER,其他扶贫项目,10000000.00,10000000.00,0.00,430000.00,9570000.00,0.0430
> 合计,,,85000000.00,85000000.00,0.00,3425567.73,81574432.27,0.0403
$ verify
> 校验通过：共 67 笔分录，链头 6fd13e000c8a4025130316d9f67bebd82816b704178a8e51ea55e0892cf0b627
