# Closed periods (期间锁定, issue 19): once the first quarter's report is sent, `lock --through
# 2018-03-31` refuses anything dated on or before it — a late March payment (P-004, 03-20), a reversal
# dated in March (C-201, 03-28) — with the lock named, and nothing written; April is open (P-003, and
# C-202 of 04-15 reversing the March payment P-002: the closed month stays as reported). A lock moves
# forward only and not past today (2026-01-15 here); `unlock` needs a reason, moves the lock back to
# 03-15, and then P-004 goes in; `audit` lists the unlock; `verify` holds. Hand figures: ROAD paid
# 10万 + 5万 (Q1) + 8万 (P-003) − 5万 (C-202) + 2万 (P-004) = 20万.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/line_fixtures/sources.csv
> 已从 {root}/tests/golden/line_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/line_fixtures/budget.toml
> 已从 {root}/tests/golden/line_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations.csv
> 已从 {root}/tests/golden/line_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/period_fixtures/disbursements_q1.csv
> 已从 {root}/tests/golden/period_fixtures/disbursements_q1.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ lock
> 账簿当前未锁定任何期间
$ lock --through 2018-03-31 --reason "一季度报表已报送" --doc "财办〔2018〕5号"
> 已锁定 2018-03-31 及以前的期间
$ lock --through 2018-02-28
! fundledger: 错误: 账簿已锁定至 2018-03-31；锁定只能向后推进，`--through 2018-02-28` 不晚于它（要提前，请用 `fundledger unlock --to 日期 --reason 原因`）
? 2
unchanged
$ lock --through 2026-01-16
! fundledger: 错误: 不能锁定到今天（2026-01-15）以后：`--through 2026-01-16`
? 2
unchanged
$ import disbursements {root}/tests/golden/period_fixtures/disbursements_late.csv
! {root}/tests/golden/period_fixtures/disbursements_late.csv:3: 错误: 日期 2018-03-20 在已关闭的期间内：账簿已锁定至 2018-03-31（2026-01-15 由 clerk 锁定，文号 财办〔2018〕5号）；确需补记或更正，须先 `fundledger unlock --reason 原因`
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ --lang en import disbursements {root}/tests/golden/period_fixtures/disbursements_late.csv
! {root}/tests/golden/period_fixtures/disbursements_late.csv:3: error: 2018-03-20 is in a closed period: the ledger is locked through 2018-03-31 (locked on 2026-01-15 by clerk, document 财办〔2018〕5号); to record or correct it, `fundledger unlock --reason REASON` first
! fundledger: 1 error; nothing was written
? 2
unchanged
$ import corrections {root}/tests/golden/period_fixtures/correction_q1.csv
! {root}/tests/golden/period_fixtures/correction_q1.csv:2: 错误: 日期 2018-03-28 在已关闭的期间内：账簿已锁定至 2018-03-31（2026-01-15 由 clerk 锁定，文号 财办〔2018〕5号）；确需补记或更正，须先 `fundledger unlock --reason 原因`
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/period_fixtures/disbursements_q2.csv
> 已从 {root}/tests/golden/period_fixtures/disbursements_q2.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/period_fixtures/correction_q2.csv
> 已从 {root}/tests/golden/period_fixtures/correction_q2.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ report summary --month 2018-03
> 2018年3月扶贫资金汇总表（按资金类别）
> 资金类别          到位资金(元)  本月支出(元)  累计支出(元)  支出进度  上年同期(元)  增减额(元)  增减率
> ------------------------------------------------------------------------------------------------------
> 县(区)级财政自筹  3,000,000.00     50,000.00    150,000.00     5.00%          0.00  150,000.00        
> ------------------------------------------------------------------------------------------------------
> 合计              3,000,000.00     50,000.00    150,000.00     5.00%          0.00  150,000.00        
> 本表编制时，账簿已锁定至 2018-03-31（此日及以前的数据不能再改动）。
> 账本校验: 第 10 笔 · 518aa6c2
$ unlock --to 2018-03-15
! fundledger: 错误: 解锁须写明原因：`--reason 原因`
? 2
unchanged
$ unlock --to 2018-04-01 --reason "补记"
! fundledger: 错误: 账簿锁定至 2018-03-31；`--to 2018-04-01` 须早于它（不带 `--to` 则解除锁定）
? 2
unchanged
$ unlock --to 2018-03-15 --reason "补记三月下旬支出" --doc "财办〔2018〕9号"
> 已解锁：锁定由 2018-03-31 退回至 2018-03-15（原因：补记三月下旬支出）
$ import disbursements {root}/tests/golden/period_fixtures/disbursements_late.csv
> 已从 {root}/tests/golden/period_fixtures/disbursements_late.csv 导入支付：新增 1 笔，跳过 1 笔（已记录）
$ balance --by earmark
> 余额表(按用途)截至 2026-01-15
> 年度  用途代码  名称          预算(元)    已分配(元)   未分配(元)  已支付(元)      可用(元)  支出进度
> -----------------------------------------------------------------------------------------------------
> 2018  ROAD      产业路    1,000,000.00    900,000.00   100,000.00  200,000.00    700,000.00    20.00%
> 2018  MED       大病救助    400,000.00    500,000.00  -100,000.00        0.00    500,000.00     0.00%
> 2018  OTHER     其他        600,000.00          0.00   600,000.00        0.00          0.00     0.00%
> -----------------------------------------------------------------------------------------------------
> 合计                      2,000,000.00  1,400,000.00   600,000.00  200,000.00  1,200,000.00    10.00%
$ lock
> 期间锁定记录
> 分录号  日期        操作  锁定至      原锁定至    原因              文号             操作员  记录时间
> -----------------------------------------------------------------------------------------------------------------
>      8  2026-01-15  锁定  2018-03-31              一季度报表已报送  财办〔2018〕5号  clerk   2026-01-15T08:00:00Z
>     11  2026-01-15  解锁  2018-03-15  2018-03-31  补记三月下旬支出  财办〔2018〕9号  clerk   2026-01-15T08:00:00Z
> 当前锁定至 2018-03-15（2026-01-15 由 clerk 设定）
$ lock --format csv
> entry,date,action,through,previous,reason,doc,operator,recorded_at
> 8,2026-01-15,lock,2018-03-31,,一季度报表已报送,财办〔2018〕5号,clerk,2026-01-15T08:00:00Z
> 11,2026-01-15,unlock,2018-03-15,2018-03-31,补记三月下旬支出,财办〔2018〕9号,clerk,2026-01-15T08:00:00Z
$ lock --format json
> {
>   "locked_through": "2018-03-15",
>   "locks": [
>     {
>       "action": "lock",
>       "date": "2026-01-15",
>       "doc_no": "财办〔2018〕5号",
>       "entry": 8,
>       "operator": "clerk",
>       "previous": null,
>       "reason": "一季度报表已报送",
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "through": "2018-03-31"
>     },
>     {
>       "action": "unlock",
>       "date": "2026-01-15",
>       "doc_no": "财办〔2018〕9号",
>       "entry": 11,
>       "operator": "clerk",
>       "previous": "2018-03-31",
>       "reason": "补记三月下旬支出",
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "through": "2018-03-15"
>     }
>   ]
> }
$ --lang en lock
> Locks of periods
> Entry  Date        Action  Through     Before      Reason            Document         Operator  Recorded at
> --------------------------------------------------------------------------------------------------------------------
>     8  2026-01-15  lock    2018-03-31              一季度报表已报送  财办〔2018〕5号  clerk     2026-01-15T08:00:00Z
>    11  2026-01-15  unlock  2018-03-15  2018-03-31  补记三月下旬支出  财办〔2018〕9号  clerk     2026-01-15T08:00:00Z
> locked through 2018-03-15 (set on 2026-01-15 by clerk)
$ audit
> 审计 截至 2026-01-15：3 项错误，4 项警告
> [警告] dormant_balance
>   2018/ROAD（东河镇）结余 40.00万元，自 2018-04-15 起没有任何分配、支付或更正，截至 2026-01-15 已 2832 天（≥ 730 天）
>   证据：L-001, 县财发〔2018〕1号
> [警告] dormant_balance
>   2018/ROAD（西河镇）结余 30.00万元，自 2018-03-01 起没有任何分配、支付或更正，截至 2026-01-15 已 2877 天（≥ 730 天）
>   证据：L-002, 县财发〔2018〕1号
> [警告] dormant_balance
>   2018/MED 结余 50.00万元，自 2018-03-01 起没有任何分配、支付或更正，截至 2026-01-15 已 2877 天（≥ 730 天）
>   证据：L-003, 县财发〔2018〕1号
> [错误] idle_funds
>   分配 L-001（2018-02-01，来源 县财发〔2018〕1号）拨入 2018/ROAD 的资金尚有 40.00万元未支付，截至 2026-01-15 已闲置 2905 天（≥ 730 天）
>   证据：L-001, 县财发〔2018〕1号
> [错误] idle_funds
>   分配 L-002（2018-03-01，来源 县财发〔2018〕1号）拨入 2018/ROAD 的资金尚有 30.00万元未支付，截至 2026-01-15 已闲置 2877 天（≥ 730 天）
>   证据：L-002, 县财发〔2018〕1号
> [错误] idle_funds
>   分配 L-003（2018-03-01，来源 县财发〔2018〕1号）拨入 2018/MED 的资金尚有 50.00万元未支付，截至 2026-01-15 已闲置 2877 天（≥ 730 天）
>   证据：L-003, 县财发〔2018〕1号
> [警告] period_unlocked
>   2026-01-15 clerk 解锁已关闭的期间：锁定由 2018-03-31 退回至 2018-03-15；原因：补记三月下旬支出；文号：财办〔2018〕9号
>   证据：period_lock/11
? 1
$ unlock --reason "年度决算调整"
> 已解除锁定（原锁定至 2018-03-15；原因：年度决算调整）
$ unlock --reason "再次解锁"
! fundledger: 错误: 账簿没有锁定的期间，无须解锁
? 2
unchanged
$ verify
> 校验通过：共 13 笔分录，链头 bc888866c1a7a9bb473808b133f8267121505260811c3ece5c7ff88c42031551
