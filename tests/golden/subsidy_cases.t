# Interest subsidy (贴息), hand-computed cases through the real binary (issue 6). Figures by hand:
# L-FULL 50000×4.35%×365/360 = 2205.21 (act365 2175.00); L-MID 184 days = 1111.67; L-REPAID 99 days
# 30000×4.75%×99/360 = 391.875 → 391.88 (half a fen, up); L-OVERDUE stops 2017-07-31, 181 days = 1093.54;
# L-BIG 60000 > 5万 subsidised maximum: nothing; L-CAP1 + L-CAP2 = 4410.42 > 3000 per household:
# 1500.00 each; L-LEAP in 2016 (366 days): act360 2211.25, act365 2180.96.
# Leap year, both bases: only L-LEAP, L-FULL, L-REPAID, L-BIG and the L-CAP loans earn in 2016.
# Caps given on the command line override the rules (what-if): no household cap, 4% rate cap.
# A what-if is never posted: --post with a cap is refused (exit 2) and the chain head is unchanged.
# Posting needs 10007.51 but LOAN-SUBSIDY has 5000 allocated: refused, nothing written.
# Posting twice posts once.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/loans_fixtures/households.csv
> 已从 {root}/tests/golden/loans_fixtures/households.csv 导入农户：新增 6 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/loans_fixtures/sources.csv
> 已从 {root}/tests/golden/loans_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/loans_fixtures/budget.toml
> 已从 {root}/tests/golden/loans_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/loans_fixtures/rules.toml
> 已从 {root}/tests/golden/loans_fixtures/rules.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 t-5321 v1
>   已记录规则 t-microcredit v1
$ import allocations {root}/tests/golden/loans_fixtures/allocations-1.csv
> 已从 {root}/tests/golden/loans_fixtures/allocations-1.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/loans.csv
> 已从 {root}/tests/golden/loans_fixtures/loans.csv 导入贷款：新增 8 笔，跳过 0 笔（已记录）
$ subsidy --year 2017
> 2017年贷款贴息(按笔,ACT/360)
> 贷款编号   户编号  产品          本金(元)  年利率  起息日      止息日(不含)  天数  未封顶贴息(元)   贴息(元)  核减原因
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> L-BIG      H5      5321         60,000.00  0.0435  2017-01-01  2018-01-01     365        2,646.25       0.00  本金 60000.00 超过 5321 的贴息本金上限 50000.00,不予贴息(规则 t-5321)
> L-CAP1     H6      5321         50,000.00  0.0435  2017-01-01  2018-01-01     365        2,205.21   1,500.00  户 H6 的 5321 贴息合计 4410.42 超过每户每年上限 3000.00(规则 t-5321)
> L-CAP2     H6      5321         50,000.00  0.0435  2017-01-01  2018-01-01     365        2,205.21   1,500.00  户 H6 的 5321 贴息合计 4410.42 超过每户每年上限 3000.00(规则 t-5321)
> L-FULL     H1      microcredit  50,000.00  0.0435  2017-01-01  2018-01-01     365        2,205.21   2,205.21  
> L-LEAP     H2      policy       50,000.00  0.0435  2017-01-01  2018-01-01     365        2,205.21   2,205.21  
> L-MID      H2      microcredit  50,000.00  0.0435  2017-07-01  2018-01-01     184        1,111.67   1,111.67  
> L-OVERDUE  H4      5321         50,000.00  0.0435  2017-02-01  2017-08-01     181        1,093.54   1,093.54  
> L-REPAID   H3      microcredit  30,000.00  0.0475  2017-01-01  2017-04-10      99          391.88     391.88  
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                                                    14,064.18  10,007.51  
>
> 2017年贷款贴息(按户)
> 户编号  户主  镇      村      封顶前(元)   贴息(元)  核减原因
> ---------------------------------------------------------------------------------------------------------
> H1      甲一  城关镇  龙头村    2,205.21   2,205.21  
> H2      乙二  城关镇  龙头村    3,316.88   3,316.88  
> H3      丙三  老县镇  锦屏村      391.88     391.88  
> H4      丁四  老县镇  锦屏村    1,093.54   1,093.54  
> H5      戊五  长安镇  中坝村        0.00       0.00  
> H6      己六  长安镇  中坝村    4,410.42   3,000.00  5321 贴息 4410.42 按每户上限 3000.00 计(规则 t-5321)
> ---------------------------------------------------------------------------------------------------------
> 合计                           11,417.93  10,007.51  
$ subsidy --year 2017 --format json
> {
>   "basis": "act360",
>   "claims": null,
>   "households": [
>     {
>       "earlier": "0.00",
>       "head_name": "甲一",
>       "household_id": "H1",
>       "reasons": [],
>       "subsidy": "2205.21",
>       "town": "城关镇",
>       "uncapped": "2205.21",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "乙二",
>       "household_id": "H2",
>       "reasons": [],
>       "subsidy": "3316.88",
>       "town": "城关镇",
>       "uncapped": "3316.88",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "丙三",
>       "household_id": "H3",
>       "reasons": [],
>       "subsidy": "391.88",
>       "town": "老县镇",
>       "uncapped": "391.88",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "丁四",
>       "household_id": "H4",
>       "reasons": [],
>       "subsidy": "1093.54",
>       "town": "老县镇",
>       "uncapped": "1093.54",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "戊五",
>       "household_id": "H5",
>       "reasons": [],
>       "subsidy": "0.00",
>       "town": "长安镇",
>       "uncapped": "0.00",
>       "village": "中坝村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "己六",
>       "household_id": "H6",
>       "reasons": [
>         "5321 subsidies 4410.42 capped at 3000.00 per household (rule t-5321)"
>       ],
>       "subsidy": "3000.00",
>       "town": "长安镇",
>       "uncapped": "4410.42",
>       "village": "中坝村"
>     }
>   ],
>   "loans": [
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "0.00",
>       "days": 365,
>       "eligible": "0.00",
>       "from": "2017-01-01",
>       "household_id": "H5",
>       "loan_id": "L-BIG",
>       "principal": "60000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "principal 60000.00 is above the subsidised maximum 50000.00 for 5321: no subsidy (rule t-5321)"
>       ],
>       "subsidy": "0.00",
>       "to": "2018-01-01",
>       "uncapped": "2646.25"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1500.00",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H6",
>       "loan_id": "L-CAP1",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "household H6's 5321 subsidies 4410.42 capped at 3000.00 per household and year (rule t-5321)"
>       ],
>       "subsidy": "1500.00",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "农商行",
>       "claim": null,
>       "computed": "1500.00",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H6",
>       "loan_id": "L-CAP2",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "household H6's 5321 subsidies 4410.42 capped at 3000.00 per household and year (rule t-5321)"
>       ],
>       "subsidy": "1500.00",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "2205.21",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H1",
>       "loan_id": "L-FULL",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2205.21",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "农发行",
>       "claim": null,
>       "computed": "2205.21",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H2",
>       "loan_id": "L-LEAP",
>       "principal": "50000.00",
>       "product": "policy",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2205.21",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1111.67",
>       "days": 184,
>       "eligible": "1111.67",
>       "from": "2017-07-01",
>       "household_id": "H2",
>       "loan_id": "L-MID",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1111.67",
>       "to": "2018-01-01",
>       "uncapped": "1111.67"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1093.54",
>       "days": 181,
>       "eligible": "1093.54",
>       "from": "2017-02-01",
>       "household_id": "H4",
>       "loan_id": "L-OVERDUE",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1093.54",
>       "to": "2017-08-01",
>       "uncapped": "1093.54"
>     },
>     {
>       "annual_rate": "0.0475",
>       "bank": "邮储银行",
>       "claim": null,
>       "computed": "391.88",
>       "days": 99,
>       "eligible": "391.88",
>       "from": "2017-01-01",
>       "household_id": "H3",
>       "loan_id": "L-REPAID",
>       "principal": "30000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0475",
>       "reasons": [],
>       "subsidy": "391.88",
>       "to": "2017-04-10",
>       "uncapped": "391.88"
>     }
>   ],
>   "period": {
>     "fiscal_year": 2017,
>     "from": "2017-01-01",
>     "label": "2017",
>     "settlement_year": 2017,
>     "to": "2017-12-31"
>   },
>   "total": "10007.51",
>   "year": 2017
> }
$ subsidy --year 2017 --basis act365 --format csv
> loan_id,household_id,product,principal,annual_rate,from,to,days,uncapped,subsidy,reason
> L-BIG,H5,5321,60000.00,0.0435,2017-01-01,2018-01-01,365,2610.00,0.00,"本金 60000.00 超过 5321 的贴息本金上限 50000.00,不予贴息(规则 t-5321)"
> L-CAP1,H6,5321,50000.00,0.0435,2017-01-01,2018-01-01,365,2175.00,1500.00,户 H6 的 5321 贴息合计 4350.00 超过每户每年上限 3000.00(规则 t-5321)
> L-CAP2,H6,5321,50000.00,0.0435,2017-01-01,2018-01-01,365,2175.00,1500.00,户 H6 的 5321 贴息合计 4350.00 超过每户每年上限 3000.00(规则 t-5321)
> L-FULL,H1,microcredit,50000.00,0.0435,2017-01-01,2018-01-01,365,2175.00,2175.00,
> L-LEAP,H2,policy,50000.00,0.0435,2017-01-01,2018-01-01,365,2175.00,2175.00,
> L-MID,H2,microcredit,50000.00,0.0435,2017-07-01,2018-01-01,184,1096.44,1096.44,
> L-OVERDUE,H4,5321,50000.00,0.0435,2017-02-01,2017-08-01,181,1078.56,1078.56,
> L-REPAID,H3,microcredit,30000.00,0.0475,2017-01-01,2017-04-10,99,386.51,386.51,
> 合计,,,,,,,,13871.51,9911.51,
$ subsidy --year 2017 --format csv --by household --lang en
> household_id,head_name,town,village,uncapped,subsidy,reason
> H1,甲一,城关镇,龙头村,2205.21,2205.21,
> H2,乙二,城关镇,龙头村,3316.88,3316.88,
> H3,丙三,老县镇,锦屏村,391.88,391.88,
> H4,丁四,老县镇,锦屏村,1093.54,1093.54,
> H5,戊五,长安镇,中坝村,0.00,0.00,
> H6,己六,长安镇,中坝村,4410.42,3000.00,5321 subsidies 4410.42 capped at 3000.00 per household (rule t-5321)
> Total,,,,11417.93,10007.51,
$ subsidy --year 2016 --format csv
> loan_id,household_id,product,principal,annual_rate,from,to,days,uncapped,subsidy,reason
> L-BIG,H5,5321,60000.00,0.0435,2016-01-01,2017-01-01,366,2653.50,0.00,"本金 60000.00 超过 5321 的贴息本金上限 50000.00,不予贴息(规则 t-5321)"
> L-CAP1,H6,5321,50000.00,0.0435,2016-01-01,2017-01-01,366,2211.25,1500.00,户 H6 的 5321 贴息合计 4422.50 超过每户每年上限 3000.00(规则 t-5321)
> L-CAP2,H6,5321,50000.00,0.0435,2016-01-01,2017-01-01,366,2211.25,1500.00,户 H6 的 5321 贴息合计 4422.50 超过每户每年上限 3000.00(规则 t-5321)
> L-FULL,H1,microcredit,50000.00,0.0435,2016-03-15,2017-01-01,292,1764.17,1764.17,
> L-LEAP,H2,policy,50000.00,0.0435,2016-01-01,2017-01-01,366,2211.25,2211.25,
> L-REPAID,H3,microcredit,30000.00,0.0475,2016-01-10,2017-01-01,357,1413.13,1413.13,
> 合计,,,,,,,,12464.55,8388.55,
$ subsidy --year 2016 --basis act365 --format csv
> loan_id,household_id,product,principal,annual_rate,from,to,days,uncapped,subsidy,reason
> L-BIG,H5,5321,60000.00,0.0435,2016-01-01,2017-01-01,366,2617.15,0.00,"本金 60000.00 超过 5321 的贴息本金上限 50000.00,不予贴息(规则 t-5321)"
> L-CAP1,H6,5321,50000.00,0.0435,2016-01-01,2017-01-01,366,2180.96,1500.00,户 H6 的 5321 贴息合计 4361.92 超过每户每年上限 3000.00(规则 t-5321)
> L-CAP2,H6,5321,50000.00,0.0435,2016-01-01,2017-01-01,366,2180.96,1500.00,户 H6 的 5321 贴息合计 4361.92 超过每户每年上限 3000.00(规则 t-5321)
> L-FULL,H1,microcredit,50000.00,0.0435,2016-03-15,2017-01-01,292,1740.00,1740.00,
> L-LEAP,H2,policy,50000.00,0.0435,2016-01-01,2017-01-01,366,2180.96,2180.96,
> L-REPAID,H3,microcredit,30000.00,0.0475,2016-01-10,2017-01-01,357,1393.77,1393.77,
> 合计,,,,,,,,12293.80,8314.73,
$ subsidy --year 2017 --household-cap 5321=0 --rate-cap 5321=4% --format csv --by household
> household_id,head_name,town,village,uncapped,subsidy,reason
> H1,甲一,城关镇,龙头村,2205.21,2205.21,
> H2,乙二,城关镇,龙头村,3316.88,3316.88,
> H3,丙三,老县镇,锦屏村,391.88,391.88,
> H4,丁四,老县镇,锦屏村,1005.56,0.00,5321 贴息 1005.56 按每户上限 0.00 计(规则 t-5321+command line)
> H5,戊五,长安镇,中坝村,0.00,0.00,
> H6,己六,长安镇,中坝村,4055.56,0.00,5321 贴息 4055.56 按每户上限 0.00 计(规则 t-5321+command line)
> 合计,,,,10975.09,5913.97,
$ subsidy --year 2017 --post --earmark LOAN-SUBSIDY
! subsidy --post --year 2017: 错误: 凭证 TX-2017-H2：支付 3,316.88元 超过 2017 年度专项 LOAN-SUBSIDY 截至 2017-12-31 的可用余额（2,794.79元，超出 522.09元）
! subsidy --post --year 2017: 错误: 凭证 TX-2017-H6：支付 3,000.00元 超过 2017 年度专项 LOAN-SUBSIDY 截至 2017-12-31 的可用余额（1,309.37元，超出 1,690.63元）
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/loans_fixtures/allocations-2.csv
> 已从 {root}/tests/golden/loans_fixtures/allocations-2.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ subsidy --year 2017 --post --earmark LOAN-SUBSIDY --by household
> 2017年贷款贴息(按户)
> 户编号  户主  镇      村      封顶前(元)   贴息(元)  核减原因                                              将支付(元)  支付核减
> -------------------------------------------------------------------------------------------------------------------------------
> H1      甲一  城关镇  龙头村    2,205.21   2,205.21                                                          2,205.21  
> H2      乙二  城关镇  龙头村    3,316.88   3,316.88                                                          3,316.88  
> H3      丙三  老县镇  锦屏村      391.88     391.88                                                            391.88  
> H4      丁四  老县镇  锦屏村    1,093.54   1,093.54                                                          1,093.54  
> H5      戊五  长安镇  中坝村        0.00       0.00                                                              0.00  
> H6      己六  长安镇  中坝村    4,410.42   3,000.00  5321 贴息 4410.42 按每户上限 3000.00 计(规则 t-5321)    3,000.00  
> -------------------------------------------------------------------------------------------------------------------------------
> 合计                           11,417.93  10,007.51                                                         10,007.51  
> 从 LOAN-SUBSIDY 支付 5 户，共 10,007.51元（2017-12-31）；按规则核减 0 户，共 0.00元
> 已记账: 5 笔新增, 0 笔已记过 (LOAN-SUBSIDY, 2017-12-31)
$ subsidy --year 2017 --post --earmark LOAN-SUBSIDY --format json
> {
>   "basis": "act360",
>   "claims": null,
>   "households": [
>     {
>       "earlier": "0.00",
>       "head_name": "甲一",
>       "household_id": "H1",
>       "post": {
>         "cut": "0.00",
>         "pay": "2205.21",
>         "rule": null,
>         "voucher": "TX-2017-H1"
>       },
>       "reasons": [],
>       "subsidy": "2205.21",
>       "town": "城关镇",
>       "uncapped": "2205.21",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "乙二",
>       "household_id": "H2",
>       "post": {
>         "cut": "0.00",
>         "pay": "3316.88",
>         "rule": null,
>         "voucher": "TX-2017-H2"
>       },
>       "reasons": [],
>       "subsidy": "3316.88",
>       "town": "城关镇",
>       "uncapped": "3316.88",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "丙三",
>       "household_id": "H3",
>       "post": {
>         "cut": "0.00",
>         "pay": "391.88",
>         "rule": null,
>         "voucher": "TX-2017-H3"
>       },
>       "reasons": [],
>       "subsidy": "391.88",
>       "town": "老县镇",
>       "uncapped": "391.88",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "丁四",
>       "household_id": "H4",
>       "post": {
>         "cut": "0.00",
>         "pay": "1093.54",
>         "rule": null,
>         "voucher": "TX-2017-H4"
>       },
>       "reasons": [],
>       "subsidy": "1093.54",
>       "town": "老县镇",
>       "uncapped": "1093.54",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "戊五",
>       "household_id": "H5",
>       "post": {
>         "cut": "0.00",
>         "pay": "0.00",
>         "rule": null,
>         "voucher": "TX-2017-H5"
>       },
>       "reasons": [],
>       "subsidy": "0.00",
>       "town": "长安镇",
>       "uncapped": "0.00",
>       "village": "中坝村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "己六",
>       "household_id": "H6",
>       "post": {
>         "cut": "0.00",
>         "pay": "3000.00",
>         "rule": null,
>         "voucher": "TX-2017-H6"
>       },
>       "reasons": [
>         "5321 subsidies 4410.42 capped at 3000.00 per household (rule t-5321)"
>       ],
>       "subsidy": "3000.00",
>       "town": "长安镇",
>       "uncapped": "4410.42",
>       "village": "中坝村"
>     }
>   ],
>   "loans": [
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "0.00",
>       "days": 365,
>       "eligible": "0.00",
>       "from": "2017-01-01",
>       "household_id": "H5",
>       "loan_id": "L-BIG",
>       "principal": "60000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "principal 60000.00 is above the subsidised maximum 50000.00 for 5321: no subsidy (rule t-5321)"
>       ],
>       "subsidy": "0.00",
>       "to": "2018-01-01",
>       "uncapped": "2646.25"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1500.00",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H6",
>       "loan_id": "L-CAP1",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "household H6's 5321 subsidies 4410.42 capped at 3000.00 per household and year (rule t-5321)"
>       ],
>       "subsidy": "1500.00",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "农商行",
>       "claim": null,
>       "computed": "1500.00",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H6",
>       "loan_id": "L-CAP2",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [
>         "household H6's 5321 subsidies 4410.42 capped at 3000.00 per household and year (rule t-5321)"
>       ],
>       "subsidy": "1500.00",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "2205.21",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H1",
>       "loan_id": "L-FULL",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2205.21",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "农发行",
>       "claim": null,
>       "computed": "2205.21",
>       "days": 365,
>       "eligible": "2205.21",
>       "from": "2017-01-01",
>       "household_id": "H2",
>       "loan_id": "L-LEAP",
>       "principal": "50000.00",
>       "product": "policy",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2205.21",
>       "to": "2018-01-01",
>       "uncapped": "2205.21"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1111.67",
>       "days": 184,
>       "eligible": "1111.67",
>       "from": "2017-07-01",
>       "household_id": "H2",
>       "loan_id": "L-MID",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1111.67",
>       "to": "2018-01-01",
>       "uncapped": "1111.67"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "信用社",
>       "claim": null,
>       "computed": "1093.54",
>       "days": 181,
>       "eligible": "1093.54",
>       "from": "2017-02-01",
>       "household_id": "H4",
>       "loan_id": "L-OVERDUE",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1093.54",
>       "to": "2017-08-01",
>       "uncapped": "1093.54"
>     },
>     {
>       "annual_rate": "0.0475",
>       "bank": "邮储银行",
>       "claim": null,
>       "computed": "391.88",
>       "days": 99,
>       "eligible": "391.88",
>       "from": "2017-01-01",
>       "household_id": "H3",
>       "loan_id": "L-REPAID",
>       "principal": "30000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0475",
>       "reasons": [],
>       "subsidy": "391.88",
>       "to": "2017-04-10",
>       "uncapped": "391.88"
>     }
>   ],
>   "period": {
>     "fiscal_year": 2017,
>     "from": "2017-01-01",
>     "label": "2017",
>     "settlement_year": 2017,
>     "to": "2017-12-31"
>   },
>   "post": {
>     "date": "2017-12-31",
>     "earmark": "LOAN-SUBSIDY"
>   },
>   "posted": {
>     "added": 0,
>     "date": "2017-12-31",
>     "earmark": "LOAN-SUBSIDY",
>     "skipped": 5
>   },
>   "total": "10007.51",
>   "year": 2017
> }
$ balance --by payee --year 2017 --as-of 2017-12-31 --format csv
> key,name,disbursed
> H1,甲一,2205.21
> H2,乙二,3316.88
> H3,丙三,391.88
> H4,丁四,1093.54
> H6,己六,3000.00
> 合计,,10007.51
$ verify
> 校验通过：共 25 笔分录，链头 e1d8a0c08bf4a28983f3fe495432e2afa208fccdcedcc98aafd05e4b43bf41c2
$ subsidy --year 2017 --post
! fundledger: 错误: --post 须同时给出 --earmark 专项代码（支付贴息的专项）
? 2
$ subsidy --year 2017 --post --earmark LOAN-SUBSIDY --household-cap 5321=0
! fundledger: 错误: --principal-cap、--rate-cap、--household-cap 是假设测算，从不记账：带这些选项运行 `subsidy` 查看效果，记账时去掉它们，按现行规则贴息
? 2
$ subsidy --year 2017 --post --earmark LOAN-SUBSIDY --rate-cap 5321=4%
! fundledger: 错误: --principal-cap、--rate-cap、--household-cap 是假设测算，从不记账：带这些选项运行 `subsidy` 查看效果，记账时去掉它们，按现行规则贴息
? 2
$ verify
> 校验通过：共 25 笔分录，链头 e1d8a0c08bf4a28983f3fe495432e2afa208fccdcedcc98aafd05e4b43bf41c2
$ subsidy --year 17
! fundledger: 错误: --year 17 不是有效年度
? 2
