# Contracts commit an earmark's money (issue 16). Figures (IND 800,000.00 allocated, INFRA 200,000.00):
# HT-001 commits 500,000.00 of IND, HT-002 150,000.00 of INFRA.
# contracts-bad: HT-003's 400,000.00 is over IND's free 800,000.00 − 500,000.00 = 300,000.00 by 100,000.00.
# ZF-001 draws 200,000.00 on HT-001 (its project XM-001 filled in): 300,000.00 still committed.
# ZF-002 (no contract) 250,000.00 fits IND's free 600,000.00 − 300,000.00 = 300,000.00; 50,000.00 stays free.
# payments-bad: ZF-003's 100,000.00 would use committed money (free 50,000.00); ZF-004's 350,000.00 is over
# HT-001's 300,000.00 left; ZF-005 is to another payee than HT-002's; ZF-006 to another project; ZF-007
# names no contract there is. ZF-008 is paid before HT-001 was signed.
# project_in_library: ZF-010 pays XM-002 after its acceptance (2019-09-30), ZF-011 XM-003 that is in no
# plan; ZF-012 names XM-001 by its name and passes. With --override all three are recorded.
# Closing HT-001 on 2019-06-30 releases its 300,000.00: IND available = 800,000.00 − 500,000.00 paid = 300,000.00.
# INFRA: 200,000.00 − 50,000.00 paid − 100,000.00 still committed to HT-002 = 50,000.00 available.
# The audit also finds XM-002 (a road, completed 2019-09-10) with no asset 112 days later (project_no_asset).
# balance --by project: ZF-012 names XM-001 by its name 茶园基地; its 30,000.00 is in XM-001's row (450,000.00 +
# 30,000.00 = 480,000.00), which shows the name.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/projects_fixtures/sources.csv
> 已从 {root}/tests/golden/projects_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/projects_fixtures/budget.toml
> 已从 {root}/tests/golden/projects_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/projects_fixtures/allocations.csv
> 已从 {root}/tests/golden/projects_fixtures/allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import projects {root}/tests/golden/projects_fixtures/projects.csv
> 已从 {root}/tests/golden/projects_fixtures/projects.csv 导入项目：新增 3 笔，跳过 0 笔（已记录）
$ import project-status {root}/tests/golden/projects_fixtures/status.csv
> 已从 {root}/tests/golden/projects_fixtures/status.csv 导入项目状态：新增 15 笔，跳过 0 笔（已记录）
$ import contracts {root}/tests/golden/projects_fixtures/contracts.csv
> 已从 {root}/tests/golden/projects_fixtures/contracts.csv 导入合同：新增 2 笔，跳过 0 笔（已记录）
$ import contracts {root}/tests/golden/projects_fixtures/contracts.csv
> 已从 {root}/tests/golden/projects_fixtures/contracts.csv 导入合同：新增 0 笔，跳过 2 笔（已记录）
$ import contracts {root}/tests/golden/projects_fixtures/contracts-bad.csv
! {root}/tests/golden/projects_fixtures/contracts-bad.csv:5: 错误: 合同 “HT-001” 已在账本中，但内容不同（“amount” 已记录为 50.00万元，本次为 52.00万元）；已记录的合同不能修改，可将其结算或作废后另签
! {root}/tests/golden/projects_fixtures/contracts-bad.csv:2: 错误: 合同 “HT-003” 金额 40.00万元 超过用途 “IND” 在 2019-03-10 可用且未被合同占用的资金 30.00万元，超出 10.00万元
! {root}/tests/golden/projects_fixtures/contracts-bad.csv:3: 错误: 合同 “HT-004”：项目 “XM-404” 不在项目库中；请先导入项目（`fundledger import projects`）
! {root}/tests/golden/projects_fixtures/contracts-bad.csv:4: 错误: 合同 “HT-005”：2019 年度没有专项 “ROADS”（已有：IND、INFRA）
! fundledger: 4 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/projects_fixtures/payments.csv
> 已从 {root}/tests/golden/projects_fixtures/payments.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/projects_fixtures/payments-bad.csv
! {root}/tests/golden/projects_fixtures/payments-bad.csv:2: 错误: 凭证号 “ZF-003”：支付 10.00万元 未注明合同，但用途 “IND” 未被合同占用的资金只有 5.00万元（合同占用 30.00万元）；按合同支付请填写合同编号
! {root}/tests/golden/projects_fixtures/payments-bad.csv:3: 错误: 凭证号 “ZF-004”：支付 35.00万元 超过合同 “HT-001” 的未付金额（合同剩余 30.00万元，合同金额 50.00万元）
! {root}/tests/golden/projects_fixtures/payments-bad.csv:4: 错误: 凭证号 “ZF-005”：收款人 “ENT-1” 不是合同 “HT-002” 的收款人 “ENT-2”
! {root}/tests/golden/projects_fixtures/payments-bad.csv:5: 错误: 凭证号 “ZF-006”：项目 “XM-002” 与合同 “HT-001” 的项目 “XM-001” 不一致
! {root}/tests/golden/projects_fixtures/payments-bad.csv:6: 错误: 凭证号 “ZF-007”：账本中没有合同 “HT-009”；请先导入合同（`fundledger import contracts`）
! fundledger: 5 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/projects_fixtures/payments-early.csv
! {root}/tests/golden/projects_fixtures/payments-early.csv:2: 错误: 凭证号 “ZF-008”：支付日期 2019-02-15 早于合同 “HT-001” 的签订日期 2019-03-01
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/projects_fixtures/rules.toml
> 已从 {root}/tests/golden/projects_fixtures/rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 xm-library v1
$ import disbursements {root}/tests/golden/projects_fixtures/payments-rule.csv
! {root}/tests/golden/projects_fixtures/payments-rule.csv:3: 错误: 规则 xm-library：凭证号 “ZF-011”：项目 “XM-003” 未纳入 2019 年度计划（当时状态：县审定） — 资金原则上只支持纳入年度计划的项目库项目（如仍要记录，请加 `--override "原因"` 重新导入）
! {root}/tests/golden/projects_fixtures/payments-rule.csv:2: 错误: 规则 xm-library：凭证号 “ZF-010”：项目 “XM-002” 已于 2019-09-30 验收（县扶办验〔2019〕4号） — 资金原则上只支持纳入年度计划的项目库项目（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/projects_fixtures/payments-rule.csv --override "县扶贫开发领导小组会议纪要〔2019〕9号"
> 已从 {root}/tests/golden/projects_fixtures/payments-rule.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
! {root}/tests/golden/projects_fixtures/payments-rule.csv:3: 警告: 规则 xm-library 已放行（县扶贫开发领导小组会议纪要〔2019〕9号）：凭证号 “ZF-011”：项目 “XM-003” 未纳入 2019 年度计划（当时状态：县审定） — 资金原则上只支持纳入年度计划的项目库项目
! {root}/tests/golden/projects_fixtures/payments-rule.csv:2: 警告: 规则 xm-library 已放行（县扶贫开发领导小组会议纪要〔2019〕9号）：凭证号 “ZF-010”：项目 “XM-002” 已于 2019-09-30 验收（县扶办验〔2019〕4号） — 资金原则上只支持纳入年度计划的项目库项目
$ contracts --as-of 2019-06-29
> 合同（截至 2019-06-29）
> 合同编号  项目编号  收款人编号  年度  用途代码  签订日期    合同金额(元)  已支付(元)  未付（占用）(元)  状态    结算/作废日期
> -----------------------------------------------------------------------------------------------------------------------------
> HT-001    XM-001    ENT-1       2019  IND       2019-03-01    500,000.00  200,000.00        300,000.00  履行中  
> HT-002    XM-002    ENT-2       2019  INFRA     2019-03-05    150,000.00   50,000.00        100,000.00  履行中  
> -----------------------------------------------------------------------------------------------------------------------------
> 合计                                                          650,000.00  250,000.00        400,000.00          
$ contracts close HT-001 --date 2019-06-30 --reason "完工结算"
> 已记录：合同 “HT-001” 于 2019-06-30 结算，未付部分不再占用资金
$ contracts close HT-001 --date 2019-07-01 --reason "再次结算"
! contracts close HT-001: 错误: 合同 “HT-001” 已于 2019-06-30 结算或作废
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ contracts void HT-002 --date 2019-07-01 --reason "取消"
! contracts void HT-002: 错误: 合同 “HT-002” 已支付 5.00万元，不能作废；请改为结算（`contracts close`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ contracts --as-of 2019-12-31 --format csv
> contract_id,project,payee_id,fiscal_year,earmark,signed_on,amount,drawn,open,state,ended_on
> HT-001,XM-001,ENT-1,2019,IND,2019-03-01,500000.00,200000.00,0.00,closed,2019-06-30
> HT-002,XM-002,ENT-2,2019,INFRA,2019-03-05,150000.00,50000.00,100000.00,open,
> 合计,,,,,,650000.00,250000.00,100000.00,,
$ balance --by earmark --as-of 2019-12-31
> 余额表(按用途)截至 2019-12-31
> 年度  用途代码  名称          预算(元)    已分配(元)  未分配(元)  已支付(元)  合同未付(元)    可用(元)  支出进度
> ----------------------------------------------------------------------------------------------------------------
> 2019  IND       产业发展    800,000.00    800,000.00        0.00  500,000.00          0.00  300,000.00    62.50%
> 2019  INFRA     基础设施    200,000.00    200,000.00        0.00   50,000.00    100,000.00   50,000.00    25.00%
> ----------------------------------------------------------------------------------------------------------------
> 合计                      1,000,000.00  1,000,000.00        0.00  550,000.00    100,000.00  350,000.00    55.00%
$ balance --by contract --as-of 2019-12-31 --format json
> {
>   "as_of": "2019-12-31",
>   "by": "contract",
>   "rows": [
>     {
>       "amount": "500000.00",
>       "committed": "0.00",
>       "disbursed": "200000.00",
>       "key": "HT-001",
>       "name": "XM-001"
>     },
>     {
>       "amount": "150000.00",
>       "committed": "100000.00",
>       "disbursed": "50000.00",
>       "key": "HT-002",
>       "name": "XM-002"
>     }
>   ],
>   "total": {
>     "amount": "650000.00",
>     "committed": "100000.00",
>     "disbursed": "250000.00",
>     "key": "total",
>     "name": "合计"
>   },
>   "year": null
> }
$ balance --by project --as-of 2019-12-31
> 余额表(按项目)截至 2019-12-31
> 项目    名称          已分配(元)  已支付(元)  合同未付(元)
> ----------------------------------------------------------
> XM-001  茶园基地            0.00  480,000.00          0.00
> XM-002  通村道路            0.00   50,000.00    100,000.00
> XM-003  食用菌大棚          0.00   20,000.00          0.00
>         （未指定）  1,000,000.00        0.00          0.00
> ----------------------------------------------------------
> 合计                1,000,000.00  550,000.00    100,000.00
$ projects --year 2019 --as-of 2019-12-31
> 2019 年度项目计划
> 项目编号  项目名称  项目类别  镇      村      状态  计划年度  计划投资(元)  合同未付(元)  已支付(元)  支付进度
> --------------------------------------------------------------------------------------------------------------
> XM-001    茶园基地  产业发展  城关镇  龙头村  实施  2019      1,200,000.00          0.00  480,000.00    40.00%
> XM-002    通村道路  基础设施  城关镇  东村    验收  2019        300,000.00    100,000.00   50,000.00    16.67%
> --------------------------------------------------------------------------------------------------------------
> 合计                                                          1,500,000.00    100,000.00  530,000.00    35.33%
$ audit --as-of 2019-12-31
> 审计 截至 2019-12-31：0 项错误，2 项警告
> [警告] project_no_asset
>   项目 XM-002 通村道路 于 2019-09-10 完工，112 天后仍未登记资产（超过 90 天）
>   证据：XM-002
> [错误，已豁免] project_outside_plan (xm-library)
>   支付 ZF-010（2019-10-10）5.00万元：项目 “XM-002” 已于 2019-09-30 验收（县扶办验〔2019〕4号）
>   证据：ZF-010
> [错误，已豁免] project_outside_plan (xm-library)
>   支付 ZF-011（2019-05-10）2.00万元：项目 “XM-003” 未纳入 2019 年度计划（当时状态：县审定）
>   证据：ZF-011
> [警告] project_unpaid
>   项目 XM-002 通村道路 已纳入 2019 年度计划，截至 2019-09-30 仍没有一笔支付
>   证据：XM-002
$ verify
> 校验通过：共 33 笔分录，链头 fb7f5f05ed27c6026d7b92701dfd8ade4fc0fed30d921a663be16493c128c391
