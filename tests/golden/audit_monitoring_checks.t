# The monitoring checks of issue 17 — year_end_rush, paid_to_government, project_execution_low,
# dormant_balance — each firing and not, on the edge. Figures (monitoring_fixtures/), worked by hand:
#
# year_end_rush (rules rush-30: share_max 30%, from November; rush-dec: 25%, from December). The year's
# payments are the year's money paid within its calendar year, net of corrections:
#   2016: 20,000 + 60,000 + 40,000 + 10,000 + 40,000 + 40,000 (ZF16-A2, 2016-11-15) = 210,000.00;
#         from November 40,000.00 = 19.05% ≤ 30%; December 0. ZF16-T2 (2016 money paid 2017-03-01) is in
#         neither part. No finding.
#   2018: ZF18-G1 20,000 + A1 76,000 + T1 (50,000 − 30,000 recovered by CZ18-2) 20,000 + G3 (15,000 reversed
#         by CZ18-1) 0 + R1 20,000 + C1 4,000 + G2 30,000 (11-20) + A2 30,000 (12-10) = 200,000.00; from
#         November 60,000.00 = exactly 30%: not above, no finding; December 30,000.00 = 15% ≤ 25%.
#   2019: ZF19-A1 6,999.99 + G1 1,000.00 (11-05) + A2 2,000.01 (12-20) = 10,000.00; from November 3,000.01 =
#         30.0001% > 30%: rush-30 fires (evidence by amount: ZF19-A2, ZF19-G1); December 2,000.01 = 20.0001%
#         ≤ 25%: rush-dec does not. As of 2019-12-30 the year is not closed: not judged.
#
# paid_to_government: 2018 G-01 城关镇财政所 ZF18-G1 20,000.00 + ZF18-G2 30,000.00 = 50,000.00 (2 payments);
#   G-02's ZF18-G3 was reversed: not counted. 2019 G-01 ZF19-G1 1,000.00. Enterprises and households never.
#   A warning, an error once rule gov-error (audit_check) is recorded.
#
# project_execution_low (exec-3: min 50%, 3 years; exec-2: min 50%, 2 years). Paid ÷ allocated of each
# year's money naming the project, by its 31 December:
#   XM-01 茶园基地: 2016 40,000 ÷ 100,000 = 40% (ZF16-T2, paid 2017-03-01, is not 2016's execution);
#          2017 4,999.99 ÷ 10,000.00 = 49.9999% (allocation and 2018 payment name it by its name);
#          2018 (50,000 − 30,000) ÷ 100,000 = 20%.  -> exec-3 (2016–2018) and exec-2 (2017–2018) fire.
#   XM-02 产业路: 2016 40%, 2017 5,000 ÷ 10,000 = exactly 50% (not below), 2018 20% -> neither fires.
#   XM-03 冷库: 2016 nothing allocated (no rate), 2017 2,000 ÷ 20,000 = 10%, 2018 4,000 ÷ 20,000 = 20%
#          -> exec-2 fires, exec-3 does not.
#   As of 2018-12-30 the last closed year is 2017, so --year 2018 judges no run at all.
#
# dormant_balance (730 days by default). HOUSE 2016: FA16-H2 20,000 (老县镇) paid wholly by ZF16-H2 (zero:
#   never dormant); FA16-H1 50,000 (城关镇) paid 10,000 by ZF16-H1 on 2016-06-30, its last flow: 40,000.00
#   left, 729 days on 2018-06-29, 730 on 2018-06-30 (dormant). TEA 2016 last moved 2017-03-01 (486 days on
#   2018-06-30), ROAD 2016 on 2016-09-15 (653 days): not dormant — though all three lots are idle_funds
#   (allocated 2016-02-01, 2016-02-01, 2016-03-01: 879/879/850 days on 2018-06-29; 880/880/851 on 06-30).
#   Rule dormant-800 replaces the 730 days: none on 2018-06-30; 2018-09-07 is 799 days, 2018-09-08 800.
#
# The bad rules files: year_end_rush with share_max 130%, from_month 1, no share_max; execution_min
# with years 0, min_rate not in quotes; dormant with days 0, days as words, share_max it does not take.
# (AID 2018 is allocated 171,000.00: its payments are imported before CZ18-1 gives 15,000.00 back.)
#
# The steps: a bad rules file of each new kind (its line, why, nothing written); without the rules,
# no year_end_rush and no project_execution_low, paid_to_government runs anyway; with rules.toml:
# 2016 as of its last day (19.05%: nothing); 2018 on 30 December (not closed: only paid_to_government)
# and 31 December (exactly 30% is no rush; XM-01 under exec-3 and exec-2, XM-03 under exec-2), text and
# json; 2016 on 2018-06-29 and 06-30 (729, 730 days: HOUSE/城关镇 dormant; the three idle lots are
# idle_funds' findings either way); 2019 on 30 and 31 December (30.0001%: rush-30 fires, rush-dec's
# 20.0001% does not), text, json and English. Then rules-2.toml: dormant-800 replaces the 730 days
# (2018-06-30 and 09-07: nothing; 09-08: an error naming the rule), gov-error makes paid_to_government
# an error.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/monitoring_fixtures/households.csv
> 已从 {root}/tests/golden/monitoring_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/monitoring_fixtures/sources.csv
> 已从 {root}/tests/golden/monitoring_fixtures/sources.csv 导入来源：新增 4 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/monitoring_fixtures/budget-2016.toml
> 已从 {root}/tests/golden/monitoring_fixtures/budget-2016.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/monitoring_fixtures/budget-2017.toml
> 已从 {root}/tests/golden/monitoring_fixtures/budget-2017.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/monitoring_fixtures/budget-2018.toml
> 已从 {root}/tests/golden/monitoring_fixtures/budget-2018.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/monitoring_fixtures/budget-2019.toml
> 已从 {root}/tests/golden/monitoring_fixtures/budget-2019.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import projects {root}/tests/golden/monitoring_fixtures/projects.csv
> 已从 {root}/tests/golden/monitoring_fixtures/projects.csv 导入项目：新增 3 笔，跳过 0 笔（已记录）
$ import project-status {root}/tests/golden/monitoring_fixtures/status.csv
> 已从 {root}/tests/golden/monitoring_fixtures/status.csv 导入项目状态：新增 20 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/monitoring_fixtures/allocations.csv
> 已从 {root}/tests/golden/monitoring_fixtures/allocations.csv 导入分配：新增 14 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/monitoring_fixtures/payments.csv
> 已从 {root}/tests/golden/monitoring_fixtures/payments.csv 导入支付：新增 22 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/monitoring_fixtures/corrections.csv
> 已从 {root}/tests/golden/monitoring_fixtures/corrections.csv 导入更正：新增 2 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/monitoring_fixtures/rush-bad.toml
! {root}/tests/golden/monitoring_fixtures/rush-bad.toml:4: 错误: 规则 rush-too-high：'share_max' 不能超过 100%
! {root}/tests/golden/monitoring_fixtures/rush-bad.toml:10: 错误: 规则 rush-january：'from_month' 须为 2 到 12 之间的月份，如 11
! {root}/tests/golden/monitoring_fixtures/rush-bad.toml:14: 错误: 规则 rush-no-share：year_end_rush 规则需要 'share_max'
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/monitoring_fixtures/exec-bad.toml
! {root}/tests/golden/monitoring_fixtures/exec-bad.toml:5: 错误: 规则 exec-zero-years：'years' 须为 1 到 20 之间的整数
! {root}/tests/golden/monitoring_fixtures/exec-bad.toml:10: 错误: 规则 exec-number：'min_rate' 须为字符串、整数或字符串列表（金额和比率加引号："1万"、"20%"）
! {root}/tests/golden/monitoring_fixtures/exec-bad.toml:9: 错误: 规则 exec-number：execution_min 规则需要 'min_rate'
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/monitoring_fixtures/dormant-bad.toml
! {root}/tests/golden/monitoring_fixtures/dormant-bad.toml:4: 错误: 规则 dormant-zero：'days' 须为不小于 1 的整数
! {root}/tests/golden/monitoring_fixtures/dormant-bad.toml:9: 错误: 规则 dormant-words：'days' 须为不小于 0 的整数，如 30
! {root}/tests/golden/monitoring_fixtures/dormant-bad.toml:15: 错误: 规则 dormant-share：'share_max' 不是 dormant 规则的参数（拼写有误？）
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ audit --year 2018 --as-of 2018-12-31
> 审计 截至 2018-12-31，2018 年度：0 项错误，1 项警告
> [警告] paid_to_government
>   2018 年度资金 2 笔、合计 5.00万元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF18-G1, ZF18-G2
$ import rules {root}/tests/golden/monitoring_fixtures/rules.toml
> 已从 {root}/tests/golden/monitoring_fixtures/rules.toml 导入规则：新增 4 笔，跳过 0 笔（已记录）
>   已记录规则 rush-30 v1
>   已记录规则 rush-dec v1
>   已记录规则 exec-3 v1
>   已记录规则 exec-2 v1
$ audit --year 2016 --as-of 2016-12-31
> 审计 截至 2016-12-31，2016 年度：0 项错误，0 项警告
$ audit --year 2018 --as-of 2018-12-30
> 审计 截至 2018-12-30，2018 年度：0 项错误，1 项警告
> [警告] paid_to_government
>   2018 年度资金 2 笔、合计 5.00万元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF18-G1, ZF18-G2
$ audit --year 2018 --as-of 2018-12-31
> 审计 截至 2018-12-31，2018 年度：1 项错误，3 项警告
> [警告] paid_to_government
>   2018 年度资金 2 笔、合计 5.00万元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF18-G1, ZF18-G2
> [警告] project_execution_low (exec-2)
>   项目 XM-01 茶园基地 连续 2 年资金执行率低于 50%：2017 年 49.9999%（到位 1.00万元，已支付 4,999.99元）、2018 年 20%（到位 10.00万元，已支付 2.00万元）
>   证据：XM-01
> [错误] project_execution_low (exec-3)
>   项目 XM-01 茶园基地 连续 3 年资金执行率低于 50%：2016 年 40%（到位 10.00万元，已支付 4.00万元）、2017 年 49.9999%（到位 1.00万元，已支付 4,999.99元）、2018 年 20%（到位 10.00万元，已支付 2.00万元）
>   证据：XM-01
> [警告] project_execution_low (exec-2)
>   项目 XM-03 冷库 连续 2 年资金执行率低于 50%：2017 年 10%（到位 2.00万元，已支付 2,000.00元）、2018 年 20%（到位 2.00万元，已支付 4,000.00元）
>   证据：XM-03
? 1
$ audit --year 2018 --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "counts": {
>     "error": 1,
>     "warn": 3
>   },
>   "findings": [
>     {
>       "code": "paid_to_government",
>       "evidence": [
>         "ZF18-G1",
>         "ZF18-G2"
>       ],
>       "message": "2018 年度资金 2 笔、合计 5.00万元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象",
>       "overridden": false,
>       "rule": null,
>       "severity": "warn",
>       "subject": {
>         "payee": "G-01",
>         "total": "50000.00",
>         "year": "2018"
>       }
>     },
>     {
>       "code": "project_execution_low",
>       "evidence": [
>         "XM-01"
>       ],
>       "message": "项目 XM-01 茶园基地 连续 2 年资金执行率低于 50%：2017 年 49.9999%（到位 1.00万元，已支付 4,999.99元）、2018 年 20%（到位 10.00万元，已支付 2.00万元）",
>       "overridden": false,
>       "rule": "exec-2",
>       "severity": "warn",
>       "subject": {
>         "min_rate": "50%",
>         "project": "XM-01",
>         "years": "2017-2018"
>       }
>     },
>     {
>       "code": "project_execution_low",
>       "evidence": [
>         "XM-01"
>       ],
>       "message": "项目 XM-01 茶园基地 连续 3 年资金执行率低于 50%：2016 年 40%（到位 10.00万元，已支付 4.00万元）、2017 年 49.9999%（到位 1.00万元，已支付 4,999.99元）、2018 年 20%（到位 10.00万元，已支付 2.00万元）",
>       "overridden": false,
>       "rule": "exec-3",
>       "severity": "error",
>       "subject": {
>         "min_rate": "50%",
>         "project": "XM-01",
>         "years": "2016-2018"
>       }
>     },
>     {
>       "code": "project_execution_low",
>       "evidence": [
>         "XM-03"
>       ],
>       "message": "项目 XM-03 冷库 连续 2 年资金执行率低于 50%：2017 年 10%（到位 2.00万元，已支付 2,000.00元）、2018 年 20%（到位 2.00万元，已支付 4,000.00元）",
>       "overridden": false,
>       "rule": "exec-2",
>       "severity": "warn",
>       "subject": {
>         "min_rate": "50%",
>         "project": "XM-03",
>         "years": "2017-2018"
>       }
>     }
>   ],
>   "year": 2018
> }
? 1
$ audit --year 2016 --as-of 2018-06-29
> 审计 截至 2018-06-29，2016 年度：3 项错误，0 项警告
> [错误] idle_funds
>   分配 FA16-H1（2016-03-01，来源 县财发〔2016〕1号）拨入 2016/HOUSE 的资金尚有 4.00万元未支付，截至 2018-06-29 已闲置 850 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-R（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/ROAD 的资金尚有 6.00万元未支付，截至 2018-06-29 已闲置 879 天（≥ 730 天）
>   证据：FA16-R, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-T（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/TEA 的资金尚有 3.00万元未支付，截至 2018-06-29 已闲置 879 天（≥ 730 天）
>   证据：FA16-T, 县财发〔2016〕1号
? 1
$ audit --year 2016 --as-of 2018-06-30
> 审计 截至 2018-06-30，2016 年度：3 项错误，1 项警告
> [警告] dormant_balance
>   2016/HOUSE（城关镇）结余 4.00万元，自 2016-06-30 起没有任何分配、支付或更正，截至 2018-06-30 已 730 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-H1（2016-03-01，来源 县财发〔2016〕1号）拨入 2016/HOUSE 的资金尚有 4.00万元未支付，截至 2018-06-30 已闲置 851 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-R（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/ROAD 的资金尚有 6.00万元未支付，截至 2018-06-30 已闲置 880 天（≥ 730 天）
>   证据：FA16-R, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-T（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/TEA 的资金尚有 3.00万元未支付，截至 2018-06-30 已闲置 880 天（≥ 730 天）
>   证据：FA16-T, 县财发〔2016〕1号
? 1
$ audit --year 2019 --as-of 2019-12-30
> 审计 截至 2019-12-30，2019 年度：0 项错误，1 项警告
> [警告] paid_to_government
>   2019 年度资金 1 笔、合计 1,000.00元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF19-G1
$ audit --year 2019 --as-of 2019-12-31
> 审计 截至 2019-12-31，2019 年度：0 项错误，2 项警告
> [警告] paid_to_government
>   2019 年度资金 1 笔、合计 1,000.00元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF19-G1
> [警告] year_end_rush (rush-30)
>   2019 年度支付合计 1.00万元，其中 2019-11-01 起支付 2 笔、3,000.01元，占 30.0001%，超过上限 30%（证据列出金额最大的 2 笔）
>   证据：ZF19-A2, ZF19-G1
$ audit --year 2019 --as-of 2019-12-31 --format json
> {
>   "as_of": "2019-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 2
>   },
>   "findings": [
>     {
>       "code": "paid_to_government",
>       "evidence": [
>         "ZF19-G1"
>       ],
>       "message": "2019 年度资金 1 笔、合计 1,000.00元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象",
>       "overridden": false,
>       "rule": null,
>       "severity": "warn",
>       "subject": {
>         "payee": "G-01",
>         "total": "1000.00",
>         "year": "2019"
>       }
>     },
>     {
>       "code": "year_end_rush",
>       "evidence": [
>         "ZF19-A2",
>         "ZF19-G1"
>       ],
>       "message": "2019 年度支付合计 1.00万元，其中 2019-11-01 起支付 2 笔、3,000.01元，占 30.0001%，超过上限 30%（证据列出金额最大的 2 笔）",
>       "overridden": false,
>       "rule": "rush-30",
>       "severity": "warn",
>       "subject": {
>         "from": "2019-11-01",
>         "late": "3000.01",
>         "share": "30.0001%",
>         "total": "10000.00",
>         "year": "2019"
>       }
>     }
>   ],
>   "year": 2019
> }
$ audit --year 2019 --as-of 2019-12-31 --lang en
> Audit as of 2019-12-31, fiscal year 2019: 0 errors, 2 warnings
> [warning] paid_to_government
>   1,000.00 yuan of 2019 money went to the government account G-01 城关镇财政所 rather than to the final recipients (payments: 1)
>   evidence: ZF19-G1
> [warning] year_end_rush (rush-30)
>   of the 10,000.00 yuan paid in 2019, 3,000.01 yuan was paid from 2019-11-01 on (payments: 2): 30.0001%, above the maximum of 30% (evidence: the largest, 2 listed)
>   evidence: ZF19-A2, ZF19-G1
$ import rules {root}/tests/golden/monitoring_fixtures/rules-2.toml
> 已从 {root}/tests/golden/monitoring_fixtures/rules-2.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 dormant-800 v1
>   已记录规则 gov-error v1
$ audit --year 2016 --as-of 2018-06-30
> 审计 截至 2018-06-30，2016 年度：3 项错误，0 项警告
> [错误] idle_funds
>   分配 FA16-H1（2016-03-01，来源 县财发〔2016〕1号）拨入 2016/HOUSE 的资金尚有 4.00万元未支付，截至 2018-06-30 已闲置 851 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-R（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/ROAD 的资金尚有 6.00万元未支付，截至 2018-06-30 已闲置 880 天（≥ 730 天）
>   证据：FA16-R, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-T（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/TEA 的资金尚有 3.00万元未支付，截至 2018-06-30 已闲置 880 天（≥ 730 天）
>   证据：FA16-T, 县财发〔2016〕1号
? 1
$ audit --year 2016 --as-of 2018-09-07
> 审计 截至 2018-09-07，2016 年度：3 项错误，0 项警告
> [错误] idle_funds
>   分配 FA16-H1（2016-03-01，来源 县财发〔2016〕1号）拨入 2016/HOUSE 的资金尚有 4.00万元未支付，截至 2018-09-07 已闲置 920 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-R（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/ROAD 的资金尚有 6.00万元未支付，截至 2018-09-07 已闲置 949 天（≥ 730 天）
>   证据：FA16-R, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-T（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/TEA 的资金尚有 3.00万元未支付，截至 2018-09-07 已闲置 949 天（≥ 730 天）
>   证据：FA16-T, 县财发〔2016〕1号
? 1
$ audit --year 2016 --as-of 2018-09-08
> 审计 截至 2018-09-08，2016 年度：4 项错误，0 项警告
> [错误] dormant_balance (dormant-800)
>   2016/HOUSE（城关镇）结余 4.00万元，自 2016-06-30 起没有任何分配、支付或更正，截至 2018-09-08 已 800 天（≥ 800 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-H1（2016-03-01，来源 县财发〔2016〕1号）拨入 2016/HOUSE 的资金尚有 4.00万元未支付，截至 2018-09-08 已闲置 921 天（≥ 730 天）
>   证据：FA16-H1, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-R（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/ROAD 的资金尚有 6.00万元未支付，截至 2018-09-08 已闲置 950 天（≥ 730 天）
>   证据：FA16-R, 县财发〔2016〕1号
> [错误] idle_funds
>   分配 FA16-T（2016-02-01，来源 县财发〔2016〕1号）拨入 2016/TEA 的资金尚有 3.00万元未支付，截至 2018-09-08 已闲置 950 天（≥ 730 天）
>   证据：FA16-T, 县财发〔2016〕1号
? 1
$ audit --year 2018 --as-of 2018-12-30
> 审计 截至 2018-12-30，2018 年度：1 项错误，0 项警告
> [错误] paid_to_government
>   2018 年度资金 2 笔、合计 5.00万元支付给政府账户 G-01 城关镇财政所（实有资金账户），而非直接支付给最终受益对象
>   证据：ZF18-G1, ZF18-G2
? 1
$ verify
> 校验通过：共 77 笔分录，链头 d3cac0e57f1b95d82c9410fa9b84532fa037fbee57bfd1526356f02a50a27a01
