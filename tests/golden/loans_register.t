# The loan register: import, status updates as new entries, errors, loan_terms rules, the loans report (issue 6).
# Identical rows are skipped.
# Later rows add status dates (repaid, written off) as new entries; nothing is edited.
# Every error of the file, with line and column; nothing written.
# loan_terms: microcredit at most 5万 and 36 months (error severity) blocks unless overridden.
# After repayment (2018-03-15) and write-off (2018-06-30) the 2018 subsidy stops.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/loans_fixtures/households.csv
> 已从 {root}/tests/golden/loans_fixtures/households.csv 导入农户：新增 6 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/loans_fixtures/rules.toml
> 已从 {root}/tests/golden/loans_fixtures/rules.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 t-5321 v1
>   已记录规则 t-microcredit v1
$ import loans {root}/tests/golden/loans_fixtures/loans.csv
> 已从 {root}/tests/golden/loans_fixtures/loans.csv 导入贷款：新增 8 笔，跳过 0 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/loans.csv
> 已从 {root}/tests/golden/loans_fixtures/loans.csv 导入贷款：新增 0 笔，跳过 8 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/loans-status.csv --format json
> {
>   "added": 2,
>   "file": "{root}/tests/golden/loans_fixtures/loans-status.csv",
>   "kind": "loans",
>   "skipped": 0,
>   "warnings": []
> }
$ import loans {root}/tests/golden/loans_fixtures/loans-status.csv
> 已从 {root}/tests/golden/loans_fixtures/loans-status.csv 导入贷款：新增 0 笔，跳过 2 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/loans-bad.csv
! {root}/tests/golden/loans_fixtures/loans-bad.csv:2:2: 错误: 列 'household_id'（户编号）：户编号“H9”不在农户名册中（请先导入农户）
! {root}/tests/golden/loans_fixtures/loans-bad.csv:3:3: 错误: 列 'product'（产品）：“bank”不是可选值之一：microcredit 扶贫小额信贷、5321 5321贷款、policy 政策性贷款
! {root}/tests/golden/loans_fixtures/loans-bad.csv:4:5: 错误: 列 'principal'（本金）：金额“5万元5”无效：数字后有不该出现的字符
! {root}/tests/golden/loans_fixtures/loans-bad.csv:4:6: 错误: 列 'annual_rate'（年利率）：年利率“4.35”须不小于 0 且低于 100%
! {root}/tests/golden/loans_fixtures/loans-bad.csv:4:7: 错误: 列 'start_date'（放款日期）：日期“2017-02-30”无效：该月没有这一天
! {root}/tests/golden/loans_fixtures/loans-bad.csv:4:8: 错误: 列 'term_months'（期限(月)）：“0”不是 1 到 600 之间的整数
! {root}/tests/golden/loans_fixtures/loans-bad.csv:5:10: 错误: 列 'overdue_since'（逾期日期）：日期 2017-02-01 早于该笔贷款的放款日期（start_date）2017-03-01
! {root}/tests/golden/loans_fixtures/loans-bad.csv:6: 错误: 贷款“L-FULL”已以不同的条款记入账本（“principal” 已记录为 5.00万元，本次为 6.00万元）；贷款条款一经记录不得更改，只能补记 overdue_since、repaid_on 和 written_off_on
! {root}/tests/golden/loans_fixtures/loans-bad.csv:7: 错误: 贷款“L-REPAID”：已记录的状态日期不得更改或清除（repaid_on 已记录为 2017-04-10，本文件为 2017-05-10）
! fundledger: 9 个错误；未写入任何内容
? 2
unchanged
$ import loans {root}/tests/golden/loans_fixtures/loans-terms.csv
! {root}/tests/golden/loans_fixtures/loans-terms.csv:2: 错误: 规则 t-microcredit：贷款 L-TOOBIG：本金 80000.00 超过 microcredit 的上限 50000.00（如仍要记录，请用 --override "理由" 导入）
! {root}/tests/golden/loans_fixtures/loans-terms.csv:2: 错误: 规则 t-microcredit：贷款 L-TOOBIG：期限 48 个月超过 microcredit 的上限 36 个月（如仍要记录，请用 --override "理由" 导入）
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import loans {root}/tests/golden/loans_fixtures/loans-terms.csv --override "县政府常务会议特批"
> 已从 {root}/tests/golden/loans_fixtures/loans-terms.csv 导入贷款：新增 1 笔，跳过 0 笔（已记录）
~ 已豁免：县政府常务会议特批
$ loans --as-of 2017-12-31
> 贷款台账(按产品)截至 2017-12-31
> 产品         笔数  放款本金(元)  在贷余额(元)  逾期本金(元)  核销本金(元)
> -------------------------------------------------------------------------
> 5321            4    210,000.00    210,000.00     50,000.00          0.00
> microcredit     4    210,000.00    180,000.00          0.00          0.00
> policy          1     50,000.00     50,000.00          0.00          0.00
> -------------------------------------------------------------------------
> 合计            9    470,000.00    440,000.00     50,000.00          0.00
$ loans --by town --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "by": "town",
>   "rows": [
>     {
>       "key": "城关镇",
>       "loans": 4,
>       "outstanding": "180000.00",
>       "overdue": "0.00",
>       "principal": "230000.00",
>       "written_off": "0.00"
>     },
>     {
>       "key": "老县镇",
>       "loans": 2,
>       "outstanding": "0.00",
>       "overdue": "0.00",
>       "principal": "80000.00",
>       "written_off": "50000.00"
>     },
>     {
>       "key": "长安镇",
>       "loans": 3,
>       "outstanding": "160000.00",
>       "overdue": "0.00",
>       "principal": "160000.00",
>       "written_off": "0.00"
>     }
>   ],
>   "total": {
>     "key": "total",
>     "loans": 9,
>     "outstanding": "340000.00",
>     "overdue": "0.00",
>     "principal": "470000.00",
>     "written_off": "50000.00"
>   }
> }
$ loans --by bank --as-of 2016-12-31 --format csv --lang en
> key,loans,principal,outstanding,overdue,written_off
> 信用社,3,160000.00,160000.00,0.00,0.00
> 农发行,1,50000.00,50000.00,0.00,0.00
> 农商行,1,50000.00,50000.00,0.00,0.00
> 邮储银行,1,30000.00,30000.00,0.00,0.00
> Total,6,290000.00,290000.00,0.00,0.00
$ subsidy --year 2018 --format csv
> loan_id,household_id,product,principal,annual_rate,from,to,days,uncapped,subsidy,reason
> L-BIG,H5,5321,60000.00,0.0435,2018-01-01,2019-01-01,365,2646.25,0.00,"本金 60000.00 超过 5321 的贴息本金上限 50000.00,不予贴息(规则 t-5321)"
> L-CAP1,H6,5321,50000.00,0.0435,2018-01-01,2019-01-01,365,2205.21,1500.00,户 H6 的 5321 贴息合计 4410.42 超过每户每年上限 3000.00(规则 t-5321)
> L-CAP2,H6,5321,50000.00,0.0435,2018-01-01,2019-01-01,365,2205.21,1500.00,户 H6 的 5321 贴息合计 4410.42 超过每户每年上限 3000.00(规则 t-5321)
> L-FULL,H1,microcredit,50000.00,0.0435,2018-01-01,2018-03-15,73,441.04,441.04,
> L-LEAP,H2,policy,50000.00,0.0435,2018-01-01,2019-01-01,365,2205.21,2205.21,
> L-MID,H2,microcredit,50000.00,0.0435,2018-01-01,2019-01-01,365,2205.21,2205.21,
> L-TOOBIG,H1,microcredit,80000.00,0.0435,2018-01-01,2019-01-01,365,3528.33,3528.33,
> 合计,,,,,,,,15436.46,11379.79,
$ verify
> 校验通过：共 19 笔分录，链头 26b1514285159625950a06288055b746e0572356bb61624a52674bdf9785f78f
