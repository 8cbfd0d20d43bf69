# Loan quality (贷款质量, issue 21): seven micro-credit loans of three banks, figures by hand.
# Days overdue count the first day overdue as day 1: on 2019-03-31, Q-2 (overdue since 03-02) is 30
# days (band 1-30), Q-3 (01-01) 90 days (31-90: the edge), Q-4 (2018-12-31) 91 days (91-180,
# non-performing), Q-5 (2018-09-01) 212 days (over 180). Q-6 was written off on 2019-01-15 and Q-7
# repaid on 2019-02-20: neither is outstanding. By bank: 信用社 13万 outstanding (Q-1 5万, Q-2 3万,
# Q-5 5万), 不良 5万, 38.46%; 邮储银行 6万 (Q-3 4万, Q-4 2万), 不良 2万, 33.33%; 农商行 nothing
# outstanding, 1万 written off, no ratio. Total 19万, overdue 14万 (3万 + 4万 + 2万 + 5万), 不良 7万,
# 7 ÷ 19 = 36.84%. By town: 城关镇 8万 (no 不良), 老县镇 6万 (2万), 长安镇 5万 (5万, 100%).
# On 2018-12-31: Q-5 is 122 days and Q-7 92 days overdue (信用社 不良 7万 of 15万, 46.67%), Q-4 is
# 1 day, Q-6 214 days (农商行 1万 of 1万); total 不良 8万 of 22万, 36.36%.
# The rule npl_ratio_max (2%, micro-credit) makes audit warn of each bank above it: on 2018-12-31
# 信用社 (46.67%) and 农商行 (100%), not 邮储银行 (0%), no loan made in the 90 days before. After
# Q-8 (信用社, 2019-02-01) and Q-9 (邮储银行, 2019-03-15) are lent, on 2019-03-31 信用社 has 5万 不良
# of 16万 (31.25%) and 邮储银行 2万 of 7万 (28.57%), each new loan flagged in its bank's evidence
# with the non-performing ones; Q-10 is a 5321 loan, outside the rule's product, and counts nowhere.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/loans_fixtures/households.csv
> 已从 {root}/tests/golden/loans_fixtures/households.csv 导入农户：新增 6 笔，跳过 0 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/quality-loans.csv
> 已从 {root}/tests/golden/loans_fixtures/quality-loans.csv 导入贷款：新增 7 笔，跳过 0 笔（已记录）
$ loans --quality --by bank --as-of 2019-03-31
> 贷款质量 截至 2019-03-31（逾期天数自逾期首日起算；逾期 90 天以上为不良）
> 银行      在贷笔数  在贷余额(元)  逾期1-30天(元)  逾期31-90天(元)  逾期91-180天(元)  逾期180天以上(元)  逾期合计(元)  不良贷款(元)  不良率  已核销(元)  已代偿损失(元)  已追回(元)
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 信用社           3    130,000.00       30,000.00             0.00              0.00          50,000.00     80,000.00     50,000.00  38.46%        0.00            0.00        0.00
> 农商行           0          0.00            0.00             0.00              0.00               0.00          0.00          0.00           10,000.00            0.00        0.00
> 邮储银行         2     60,000.00            0.00        40,000.00         20,000.00               0.00     60,000.00     20,000.00  33.33%        0.00            0.00        0.00
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计             5    190,000.00       30,000.00        40,000.00         20,000.00          50,000.00    140,000.00     70,000.00  36.84%   10,000.00            0.00        0.00
$ loans --quality --by town --as-of 2019-03-31 --format csv
> key,loans,outstanding,overdue_1_30,overdue_31_90,overdue_91_180,overdue_over_180,overdue,non_performing,npl_ratio,written_off,compensated,recovered
> 城关镇,2,80000.00,30000.00,0.00,0.00,0.00,30000.00,0.00,0.0000,0.00,0.00,0.00
> 老县镇,2,60000.00,0.00,40000.00,20000.00,0.00,60000.00,20000.00,0.3333,0.00,0.00,0.00
> 长安镇,1,50000.00,0.00,0.00,0.00,50000.00,50000.00,50000.00,1.0000,10000.00,0.00,0.00
> 合计,5,190000.00,30000.00,40000.00,20000.00,50000.00,140000.00,70000.00,0.3684,10000.00,0.00,0.00
$ loans --quality --by bank --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "by": "bank",
>   "columns": [
>     {
>       "en": "Bank",
>       "key": "key",
>       "type": "text",
>       "zh": "银行"
>     },
>     {
>       "en": "Loans outstanding",
>       "key": "loans",
>       "type": "integer",
>       "zh": "在贷笔数"
>     },
>     {
>       "en": "Outstanding",
>       "key": "outstanding",
>       "type": "money",
>       "zh": "在贷余额"
>     },
>     {
>       "en": "Overdue 1-30 days",
>       "key": "overdue_1_30",
>       "type": "money",
>       "zh": "逾期1-30天"
>     },
>     {
>       "en": "Overdue 31-90 days",
>       "key": "overdue_31_90",
>       "type": "money",
>       "zh": "逾期31-90天"
>     },
>     {
>       "en": "Overdue 91-180 days",
>       "key": "overdue_91_180",
>       "type": "money",
>       "zh": "逾期91-180天"
>     },
>     {
>       "en": "Overdue over 180 days",
>       "key": "overdue_over_180",
>       "type": "money",
>       "zh": "逾期180天以上"
>     },
>     {
>       "en": "Overdue",
>       "key": "overdue",
>       "type": "money",
>       "zh": "逾期合计"
>     },
>     {
>       "en": "Non-performing",
>       "key": "non_performing",
>       "type": "money",
>       "zh": "不良贷款"
>     },
>     {
>       "en": "NPL ratio",
>       "key": "npl_ratio",
>       "type": "ratio",
>       "zh": "不良率"
>     },
>     {
>       "en": "Written off",
>       "key": "written_off",
>       "type": "money",
>       "zh": "已核销"
>     },
>     {
>       "en": "Losses compensated",
>       "key": "compensated",
>       "type": "money",
>       "zh": "已代偿损失"
>     },
>     {
>       "en": "Recovered",
>       "key": "recovered",
>       "type": "money",
>       "zh": "已追回"
>     }
>   ],
>   "report": "loan_quality",
>   "rows": [
>     {
>       "compensated": "0.00",
>       "key": "信用社",
>       "loans": 4,
>       "non_performing": "70000.00",
>       "npl_ratio": "0.4667",
>       "outstanding": "150000.00",
>       "overdue": "70000.00",
>       "overdue_1_30": "0.00",
>       "overdue_31_90": "0.00",
>       "overdue_91_180": "70000.00",
>       "overdue_over_180": "0.00",
>       "recovered": "0.00",
>       "written_off": "0.00"
>     },
>     {
>       "compensated": "0.00",
>       "key": "农商行",
>       "loans": 1,
>       "non_performing": "10000.00",
>       "npl_ratio": "1.0000",
>       "outstanding": "10000.00",
>       "overdue": "10000.00",
>       "overdue_1_30": "0.00",
>       "overdue_31_90": "0.00",
>       "overdue_91_180": "0.00",
>       "overdue_over_180": "10000.00",
>       "recovered": "0.00",
>       "written_off": "0.00"
>     },
>     {
>       "compensated": "0.00",
>       "key": "邮储银行",
>       "loans": 2,
>       "non_performing": "0.00",
>       "npl_ratio": "0.0000",
>       "outstanding": "60000.00",
>       "overdue": "20000.00",
>       "overdue_1_30": "20000.00",
>       "overdue_31_90": "0.00",
>       "overdue_91_180": "0.00",
>       "overdue_over_180": "0.00",
>       "recovered": "0.00",
>       "written_off": "0.00"
>     }
>   ],
>   "title": "贷款质量 截至 2018-12-31（逾期天数自逾期首日起算；逾期 90 天以上为不良）",
>   "total": {
>     "compensated": "0.00",
>     "key": "合计",
>     "loans": 7,
>     "non_performing": "80000.00",
>     "npl_ratio": "0.3636",
>     "outstanding": "220000.00",
>     "overdue": "100000.00",
>     "overdue_1_30": "20000.00",
>     "overdue_31_90": "0.00",
>     "overdue_91_180": "70000.00",
>     "overdue_over_180": "10000.00",
>     "recovered": "0.00",
>     "written_off": "0.00"
>   }
> }
$ loans --quality --by bank --as-of 2019-03-31 --lang en
> Loan quality as of 2019-03-31 (days overdue count the first day overdue as day 1; more than 90 days is non-performing)
> Bank      Loans outstanding  Outstanding (yuan)  Overdue 1-30 days (yuan)  Overdue 31-90 days (yuan)  Overdue 91-180 days (yuan)  Overdue over 180 days (yuan)  Overdue (yuan)  Non-performing (yuan)  NPL ratio  Written off (yuan)  Losses compensated (yuan)  Recovered (yuan)
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 信用社                    3          130,000.00                 30,000.00                       0.00                        0.00                     50,000.00       80,000.00              50,000.00     38.46%                0.00                       0.00              0.00
> 农商行                    0                0.00                      0.00                       0.00                        0.00                          0.00            0.00                   0.00                      10,000.00                       0.00              0.00
> 邮储银行                  2           60,000.00                      0.00                  40,000.00                   20,000.00                          0.00       60,000.00              20,000.00     33.33%                0.00                       0.00              0.00
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> Total                     5          190,000.00                 30,000.00                  40,000.00                   20,000.00                     50,000.00      140,000.00              70,000.00     36.84%           10,000.00                       0.00              0.00
$ import rules {root}/tests/golden/loans_fixtures/quality-rules.toml
> 已从 {root}/tests/golden/loans_fixtures/quality-rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 npl-2pct v1
$ audit --as-of 2018-12-31
> 审计 截至 2018-12-31：0 项错误，2 项警告
> [警告] npl_ratio_exceeded (npl-2pct)
>   信用社 截至 2018-12-31 不良率 46.6667%，超过上限 2%（在贷 15.00万元，不良 7.00万元）；近 90 天新发放 0 笔，须复核（见依据）
>   证据：Q-5, Q-7
> [警告] npl_ratio_exceeded (npl-2pct)
>   农商行 截至 2018-12-31 不良率 100%，超过上限 2%（在贷 1.00万元，不良 1.00万元）；近 90 天新发放 0 笔，须复核（见依据）
>   证据：Q-6
$ import loans {root}/tests/golden/loans_fixtures/quality-new-loans.csv
> 已从 {root}/tests/golden/loans_fixtures/quality-new-loans.csv 导入贷款：新增 3 笔，跳过 0 笔（已记录）
$ audit --as-of 2019-03-31
> 审计 截至 2019-03-31：0 项错误，2 项警告
> [警告] npl_ratio_exceeded (npl-2pct)
>   邮储银行 截至 2019-03-31 不良率 28.5714%，超过上限 2%（在贷 7.00万元，不良 2.00万元）；近 90 天新发放 1 笔，须复核（见依据）
>   证据：Q-4, Q-9
> [警告] npl_ratio_exceeded (npl-2pct)
>   信用社 截至 2019-03-31 不良率 31.25%，超过上限 2%（在贷 16.00万元，不良 5.00万元）；近 90 天新发放 1 笔，须复核（见依据）
>   证据：Q-5, Q-8
$ audit --as-of 2019-03-31 --format json
> {
>   "as_of": "2019-03-31",
>   "counts": {
>     "error": 0,
>     "warn": 2
>   },
>   "findings": [
>     {
>       "code": "npl_ratio_exceeded",
>       "evidence": [
>         "Q-4",
>         "Q-9"
>       ],
>       "message": "邮储银行 截至 2019-03-31 不良率 28.5714%，超过上限 2%（在贷 7.00万元，不良 2.00万元）；近 90 天新发放 1 笔，须复核（见依据）",
>       "overridden": false,
>       "rule": "npl-2pct",
>       "severity": "warn",
>       "subject": {
>         "bank": "邮储银行",
>         "max_rate": "0.0200",
>         "new_loans": "1",
>         "npl_ratio": "0.2857"
>       }
>     },
>     {
>       "code": "npl_ratio_exceeded",
>       "evidence": [
>         "Q-5",
>         "Q-8"
>       ],
>       "message": "信用社 截至 2019-03-31 不良率 31.25%，超过上限 2%（在贷 16.00万元，不良 5.00万元）；近 90 天新发放 1 笔，须复核（见依据）",
>       "overridden": false,
>       "rule": "npl-2pct",
>       "severity": "warn",
>       "subject": {
>         "bank": "信用社",
>         "max_rate": "0.0200",
>         "new_loans": "1",
>         "npl_ratio": "0.3125"
>       }
>     }
>   ],
>   "year": null
> }
