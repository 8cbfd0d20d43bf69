# Towns ranked (report ranking, issue 17: the seed's 每两个月考核排名) over 2019-05..2019-06 on ranking_fixtures.
# Time progress at 2019-06-30: 181 ÷ 365 = 49.59%. Every payment draws on the lot FP-1 of 2019-02-01 (the oldest).
# 城关镇: paid 200,000.00 of 400,000.00 = 50% ≥ 49.59% → progress 100; no warning → 100; lag: ZF-1 (2019-05-11) 99 days
#   and ZF-2 (2019-06-10) 129 days, 100,000.00 each: mean 114 → 30 ÷ 114 × 100 = 26.32; score
#   (60·100 + 20·100 + 20·500/19) ÷ 100 = 80 + 100/19 = 85.26.
# 老县镇: 66,000.00 of 300,000.00 = 22% → 0.22 ÷ (181/365) × 100 = 8030/181 = 44.36; ZF-4/ZF-5 (3,000.00 twice to ENT-3
#   within 19 days) are a duplicate_payment warning, open → 100 − 10 = 90; lag: 120 and 139 days → 129.5 → 3000/129.5 =
#   23.17; score (60·8030/181 + 20·90 + 20·6000/259) ÷ 100 = 49.25. ZF-3 (2019-04-01) is before the period: progress only.
# 石牛镇: nothing paid: progress 0; no warning → 100; no lag part: (60·0 + 20·100) ÷ 80 = 25.00.
# With the warning confirmed normal it is no longer open: 老县镇's warnings part is 100, score 51.25.
# Rule ranking-2019 (progress 50, warnings 30, lag 20; 20 points a warning; 60 days): 城关镇 lag 60/114 → 52.63, score
#   (5000 + 3000 + 20·1000/19) ÷ 100 = 80 + 200/19 = 90.53; 老县镇 (50·8030/181 + 30·100 + 20·12000/259) ÷ 100 =
#   22.18 + 30 + 9.27 = 61.45; 石牛镇 (0 + 30·100) ÷ 80 = 37.50.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/ranking_fixtures/sources.csv
> 已从 {root}/tests/golden/ranking_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ranking_fixtures/budget.toml
> 已从 {root}/tests/golden/ranking_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ranking_fixtures/allocations.csv
> 已从 {root}/tests/golden/ranking_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ranking_fixtures/payments.csv
> 已从 {root}/tests/golden/ranking_fixtures/payments.csv 导入支付：新增 5 笔，跳过 0 笔（已记录）
$ report ranking --months 2019-05..2019-06
> 期末时间进度 49.59%
> 权重：进度 60、预警 20、滞留 20；每条未办结预警扣 10 分，平均滞留 30 天以内得满分（默认值）
> 各镇考核排名（2019-05-01 至 2019-06-30）
> 名次  镇      到位资金(元)  已支付(元)  支出进度  未办结预警  期内支付(元)  平均滞留天数  进度得分  预警得分  滞留得分  综合得分
> --------------------------------------------------------------------------------------------------------------------------------
>    1  城关镇    400,000.00  200,000.00    50.00%           0    200,000.00  114.0         100.00    100.00    26.32     85.26
>    2  老县镇    300,000.00   66,000.00    22.00%           1      6,000.00  129.5         44.36     90.00     23.17     49.25
>    3  石牛镇    300,000.00        0.00     0.00%           0          0.00                0.00      100.00              25.00
> 账本校验: 第 10 笔 · 4fc1ca7d
$ report ranking --months 2019-05..2019-06 --format csv
> rank,town,received,paid,progress,open_warnings,paid_in_period,mean_lag_days,progress_score,warnings_score,lag_score,score
> 1,城关镇,400000.00,200000.00,0.5000,0,200000.00,114.0,100.00,100.00,26.32,85.26
> 2,老县镇,300000.00,66000.00,0.2200,1,6000.00,129.5,44.36,90.00,23.17,49.25
> 3,石牛镇,300000.00,0.00,0.0000,0,0.00,,0.00,100.00,,25.00
$ report ranking --months 2019-05..2019-06 --format json --lang en
> {
>   "columns": [
>     {
>       "en": "Rank",
>       "key": "rank",
>       "type": "integer",
>       "zh": "名次"
>     },
>     {
>       "en": "Town",
>       "key": "town",
>       "type": "text",
>       "zh": "镇"
>     },
>     {
>       "en": "Received",
>       "key": "received",
>       "type": "money",
>       "zh": "到位资金"
>     },
>     {
>       "en": "Paid",
>       "key": "paid",
>       "type": "money",
>       "zh": "已支付"
>     },
>     {
>       "en": "Spending progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支出进度"
>     },
>     {
>       "en": "Open warnings",
>       "key": "open_warnings",
>       "type": "integer",
>       "zh": "未办结预警"
>     },
>     {
>       "en": "Paid in period",
>       "key": "paid_in_period",
>       "type": "money",
>       "zh": "期内支付"
>     },
>     {
>       "en": "Mean lag (days)",
>       "key": "mean_lag_days",
>       "type": "text",
>       "zh": "平均滞留天数"
>     },
>     {
>       "en": "Progress score",
>       "key": "progress_score",
>       "type": "text",
>       "zh": "进度得分"
>     },
>     {
>       "en": "Warnings score",
>       "key": "warnings_score",
>       "type": "text",
>       "zh": "预警得分"
>     },
>     {
>       "en": "Lag score",
>       "key": "lag_score",
>       "type": "text",
>       "zh": "滞留得分"
>     },
>     {
>       "en": "Score",
>       "key": "score",
>       "type": "text",
>       "zh": "综合得分"
>     }
>   ],
>   "from": "2019-05-01",
>   "ledger_check": {
>     "entries": 10,
>     "head": "4fc1ca7d8a15a8a3cfb95178bed7fb3a18f590f88b35b46a2acee9f487da3458"
>   },
>   "report": "ranking",
>   "rows": [
>     {
>       "lag_score": "26.32",
>       "mean_lag_days": "114.0",
>       "open_warnings": 0,
>       "paid": "200000.00",
>       "paid_in_period": "200000.00",
>       "progress": "0.5000",
>       "progress_score": "100.00",
>       "rank": 1,
>       "received": "400000.00",
>       "score": "85.26",
>       "town": "城关镇",
>       "warnings_score": "100.00"
>     },
>     {
>       "lag_score": "23.17",
>       "mean_lag_days": "129.5",
>       "open_warnings": 1,
>       "paid": "66000.00",
>       "paid_in_period": "6000.00",
>       "progress": "0.2200",
>       "progress_score": "44.36",
>       "rank": 2,
>       "received": "300000.00",
>       "score": "49.25",
>       "town": "老县镇",
>       "warnings_score": "90.00"
>     },
>     {
>       "lag_score": null,
>       "mean_lag_days": null,
>       "open_warnings": 0,
>       "paid": "0.00",
>       "paid_in_period": "0.00",
>       "progress": "0.0000",
>       "progress_score": "0.00",
>       "rank": 3,
>       "received": "300000.00",
>       "score": "25.00",
>       "town": "石牛镇",
>       "warnings_score": "100.00"
>     }
>   ],
>   "time_progress": "0.4959",
>   "title": "Towns ranked, 2019-05-01 to 2019-06-30",
>   "to": "2019-06-30",
>   "total": null,
>   "weights": {
>     "lag": 20,
>     "lag_days": 30,
>     "progress": 60,
>     "rule": null,
>     "warning_points": 10,
>     "warnings": 20
>   },
>   "year": 2019
> }
$ report ranking --months 2019-06 --lang en
> Time progress at the period's end: 49.59%
> Weights: progress 60, warnings 20, lag 20; 10 points off per open warning, full marks for a mean lag within 30 days (the defaults)
> Towns ranked, 2019-06-01 to 2019-06-30
> Rank  Town    Received (yuan)  Paid (yuan)  Spending progress  Open warnings  Paid in period (yuan)  Mean lag (days)  Progress score  Warnings score  Lag score  Score
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------
>    1  城关镇       400,000.00   200,000.00             50.00%              0             100,000.00  129.0            100.00          100.00          23.26      84.65
>    2  老县镇       300,000.00    66,000.00             22.00%              1               6,000.00  129.5            44.36           90.00           23.17      49.25
>    3  石牛镇       300,000.00         0.00              0.00%              0                   0.00                   0.00            100.00                     25.00
> Ledger check: entry 10 · 4fc1ca7d
$ report ranking --months 2019-06..2019-05
! fundledger: 错误: `--months` 应为同一年度的月份或月份区间，如 2019-05..2019-06，不是 “2019-06..2019-05”
? 2
$ report ranking --months 2019-12..2020-01
! fundledger: 错误: `--months` 应为同一年度的月份或月份区间，如 2019-05..2019-06，不是 “2019-12..2020-01”
? 2
$ report ranking --months 2019-5
! fundledger: 错误: `--months` 应为同一年度的月份或月份区间，如 2019-05..2019-06，不是 “2019-5”
? 2
$ report ranking
! fundledger: 错误: 必须指定 --months
! 用法见 fundledger report ranking --help
? 2
$ import rules {root}/tests/golden/ranking_fixtures/rules-bad.toml
! {root}/tests/golden/ranking_fixtures/rules-bad.toml:7: 错误: 规则 ranking-bad：'lag_days' 须为不小于 0 的整数，如 30
! {root}/tests/golden/ranking_fixtures/rules-bad.toml:3: 错误: 规则 ranking-bad：排名权重（`progress`、`warnings`、`lag`）之和须为 100，现为 90
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ warnings confirm W91F81825F5 --as normal --by 张会计 --note 两批种苗，各自验收 --date 2019-06-25
> 已记录：预警 W91F81825F5 确认，状态由“待处理”变为“确认正常”
$ report ranking --months 2019-05..2019-06 --format csv
> rank,town,received,paid,progress,open_warnings,paid_in_period,mean_lag_days,progress_score,warnings_score,lag_score,score
> 1,城关镇,400000.00,200000.00,0.5000,0,200000.00,114.0,100.00,100.00,26.32,85.26
> 2,老县镇,300000.00,66000.00,0.2200,0,6000.00,129.5,44.36,100.00,23.17,51.25
> 3,石牛镇,300000.00,0.00,0.0000,0,0.00,,0.00,100.00,,25.00
$ import rules {root}/tests/golden/ranking_fixtures/rules.toml
> 已从 {root}/tests/golden/ranking_fixtures/rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 ranking-2019 v1
$ report ranking --months 2019-05..2019-06
> 期末时间进度 49.59%
> 权重：进度 50、预警 30、滞留 20；每条未办结预警扣 20 分，平均滞留 60 天以内得满分（规则 ranking-2019）
> 各镇考核排名（2019-05-01 至 2019-06-30）
> 名次  镇      到位资金(元)  已支付(元)  支出进度  未办结预警  期内支付(元)  平均滞留天数  进度得分  预警得分  滞留得分  综合得分
> --------------------------------------------------------------------------------------------------------------------------------
>    1  城关镇    400,000.00  200,000.00    50.00%           0    200,000.00  114.0         100.00    100.00    52.63     90.53
>    2  老县镇    300,000.00   66,000.00    22.00%           0      6,000.00  129.5         44.36     100.00    46.33     61.45
>    3  石牛镇    300,000.00        0.00     0.00%           0          0.00                0.00      100.00              37.50
> 账本校验: 第 12 笔 · 77e4a428
$ verify
> 校验通过：共 12 笔分录，链头 77e4a42817393af9d2eccd6a64836f01fa1111137ea9feb335c8e111ef38b990
