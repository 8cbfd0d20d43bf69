# The assets projects leave (项目资产, issue 16). Figures:
# XM-001 (冷库) was paid ZF-001 200,000.00 (县财发〔2019〕1号) + ZF-002 100,000.00 (陕财农〔2019〕8号) = 300,000.00.
# assets: ZC-001 250,000.00 (村集体) + ZC-002 40,000.00 (到户类, H-001; its project named by its name) = 290,000.00.
# assets-bad: ZC-003's 20,000.00 would make 310,000.00, over the 300,000.00 paid; XM-404 is in no library; XM-004
# is not completed; ZC-006 is owned by a household with no id; H-999 is not registered; ZC-001 is recorded
# with another value; 公共 is no asset type.
# income-bad: ZC-009 is no asset; 2019-07-01 is before ZC-001 was registered; 龙头村收〔2019〕11号 is recorded with
# another amount. income: ZC-001 earned 12,000.00 by 2019-10-31 and 24,000.00 by 2019-12-31.
# payouts: ZF-101 and ZF-102 share out 6,000.00 each on 2019-11-05: the 12,000.00 earned by then.
# payouts-bad: ZF-103 1,000.00 on 2019-11-06 is over (12,000.00 earned, 12,000.00 paid out); ZF-104 is to an
# enterprise; ZC-404 is no asset; ZF-107 13,000.00 on 2020-01-05 is over the 24,000.00 − 12,000.00 = 12,000.00 left.
# ZF-106 5,000.00 on 2020-01-05 fits those 12,000.00.
# corrections: CZ-001 recovers 60,000.00 of ZF-002, so XM-001 was paid 240,000.00, 50,000.00 less than its assets
# (audit asset_over_cost); CZ-002 recovers 1,000.00 of ZF-102: paid out 11,000.00 + 5,000.00 = 16,000.00, 8,000.00 left.
# XM-002 (a road) was completed on 2019-05-01 and has no asset: 335 days by 2020-03-31 (audit project_no_asset);
# XM-003 is training (教育), which leaves no asset.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/assets_fixtures/sources.csv
> 已从 {root}/tests/golden/assets_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/assets_fixtures/budget.toml
> 已从 {root}/tests/golden/assets_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/assets_fixtures/allocations.csv
> 已从 {root}/tests/golden/assets_fixtures/allocations.csv 导入分配：新增 4 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/assets_fixtures/households.csv
> 已从 {root}/tests/golden/assets_fixtures/households.csv 导入农户：新增 3 笔，跳过 0 笔（已记录）
$ import projects {root}/tests/golden/assets_fixtures/projects.csv
> 已从 {root}/tests/golden/assets_fixtures/projects.csv 导入项目：新增 4 笔，跳过 0 笔（已记录）
$ import project-status {root}/tests/golden/assets_fixtures/status.csv
> 已从 {root}/tests/golden/assets_fixtures/status.csv 导入项目状态：新增 23 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/assets_fixtures/payments.csv
> 已从 {root}/tests/golden/assets_fixtures/payments.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import assets {root}/tests/golden/assets_fixtures/assets.csv
> 已从 {root}/tests/golden/assets_fixtures/assets.csv 导入项目资产：新增 2 笔，跳过 0 笔（已记录）
$ import assets {root}/tests/golden/assets_fixtures/assets.csv
> 已从 {root}/tests/golden/assets_fixtures/assets.csv 导入项目资产：新增 0 笔，跳过 2 笔（已记录）
$ import assets {root}/tests/golden/assets_fixtures/assets-bad.csv
! {root}/tests/golden/assets_fixtures/assets-bad.csv:2:5: 错误: 列 'value'（资产价值）：资产 “ZC-003” 价值 2.00万元，加上项目 “XM-001” 已登记的资产 29.00万元，超过项目已支付的 30.00万元
! {root}/tests/golden/assets_fixtures/assets-bad.csv:3:2: 错误: 列 'project'（项目编号）：项目 “XM-404” 不在项目库中
! {root}/tests/golden/assets_fixtures/assets-bad.csv:4:2: 错误: 列 'project'（项目编号）：资产 “ZC-005”：项目 “XM-004” 截至 2019-08-05 尚未完工或验收，完工后才能登记资产
! {root}/tests/golden/assets_fixtures/assets-bad.csv:5:7: 错误: 列 'owner_id'（农户编号）：所有权人为农户时须填写农户编号（`owner_id`）
! {root}/tests/golden/assets_fixtures/assets-bad.csv:6:7: 错误: 列 'owner_id'（农户编号）：资产 “ZC-007”：农户 “H-999” 未登记（先导入农户）
! {root}/tests/golden/assets_fixtures/assets-bad.csv:7:1: 错误: 列 'asset_id'（资产编号）：资产 “ZC-001” 已在账本中，但内容不同（“value” 已记录为 25.00万元，本次为 26.00万元）；已记录的条目不能修改
! {root}/tests/golden/assets_fixtures/assets-bad.csv:8:3: 错误: 列 'type'（资产类型）：“公共”不是可选值之一：operating 经营性、public 公益性、household 到户类
! fundledger: 7 个错误；未写入任何内容
? 2
unchanged
$ import asset-income {root}/tests/golden/assets_fixtures/income.csv
> 已从 {root}/tests/golden/assets_fixtures/income.csv 导入资产收益：新增 2 笔，跳过 0 笔（已记录）
$ import asset-income {root}/tests/golden/assets_fixtures/income-bad.csv
! {root}/tests/golden/assets_fixtures/income-bad.csv:2:1: 错误: 列 'asset_id'（资产编号）：资产 “ZC-009” 不在账本中（先导入资产）
! {root}/tests/golden/assets_fixtures/income-bad.csv:3:2: 错误: 列 'date'（日期）：资产 “ZC-001” 的收益日期 2019-07-01 早于确权日期 2019-08-01
! {root}/tests/golden/assets_fixtures/income-bad.csv:4:4: 错误: 列 'doc_no'（凭证号）：资产收益 “ZC-001/龙头村收〔2019〕11号” 已在账本中，但内容不同（“amount” 已记录为 1.20万元，本次为 1.25万元）；已记录的条目不能修改
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/assets_fixtures/payouts.csv
> 已从 {root}/tests/golden/assets_fixtures/payouts.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/assets_fixtures/payouts-bad.csv
! {root}/tests/golden/assets_fixtures/payouts-bad.csv:2: 错误: 凭证号 “ZF-103”：分配 1,000.00元 超过资产 “ZC-001” 的可分配收益：截至 2019-11-06 收益 1.20万元，已分配 1.20万元，超出 1,000.00元
! {root}/tests/golden/assets_fixtures/payouts-bad.csv:3: 错误: 凭证号 “ZF-104”：资产 “ZC-001” 的收益分配给农户，收款人 “ENT-1” 不是农户
! {root}/tests/golden/assets_fixtures/payouts-bad.csv:4: 错误: 凭证号 “ZF-105”：资产 “ZC-404” 不在账本中（先导入资产）
! {root}/tests/golden/assets_fixtures/payouts-bad.csv:5: 错误: 凭证号 “ZF-107”：分配 1.30万元 超过资产 “ZC-001” 的可分配收益：截至 2020-01-05 收益 2.40万元，已分配 1.20万元，超出 1,000.00元
! fundledger: 4 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/tests/golden/assets_fixtures/payouts-2.csv
> 已从 {root}/tests/golden/assets_fixtures/payouts-2.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/assets_fixtures/corrections.csv
> 已从 {root}/tests/golden/assets_fixtures/corrections.csv 导入更正：新增 2 笔，跳过 0 笔（已记录）
$ trace --asset ZC-001
> 资产 ZC-001 龙头村冷库：经营性，所有权人 村集体，价值 250,000.00，确权 2019-08-01，管护 龙头村村委会
> 项目 XM-001 龙头村冷库，已支付 240,000.00，资金来源：
>   县财发〔2019〕1号 200,000.00
>   陕财农〔2019〕8号 40,000.00
> 收益 合计 24,000.00：
>   2019-10-31 龙头村收〔2019〕11号 县冷链公司 12,000.00
>   2019-12-31 龙头村收〔2019〕12号 县冷链公司 12,000.00
> 分配到户 合计 16,000.00，未分配 8,000.00：
>   2019-11-05 ZF-101 H-001 张大山 6,000.00
>   2019-11-05 ZF-102 H-002 李小梅 5,000.00
>   2020-01-05 ZF-106 H-003 王建国 5,000.00
$ trace --asset ZC-001 --format csv
> section,id,date,party,amount
> source,县财发〔2019〕1号,,,200000.00
> source,陕财农〔2019〕8号,,,40000.00
> income,龙头村收〔2019〕11号,2019-10-31,县冷链公司,12000.00
> income,龙头村收〔2019〕12号,2019-12-31,县冷链公司,12000.00
> payout,ZF-101,2019-11-05,H-001 张大山,6000.00
> payout,ZF-102,2019-11-05,H-002 李小梅,5000.00
> payout,ZF-106,2020-01-05,H-003 王建国,5000.00
$ trace --asset ZC-001 --format json
> {
>   "asset_id": "ZC-001",
>   "custodian": "龙头村村委会",
>   "earned": "24000.00",
>   "incomes": [
>     {
>       "amount": "12000.00",
>       "date": "2019-10-31",
>       "doc_no": "龙头村收〔2019〕11号",
>       "payer": "县冷链公司"
>     },
>     {
>       "amount": "12000.00",
>       "date": "2019-12-31",
>       "doc_no": "龙头村收〔2019〕12号",
>       "payer": "县冷链公司"
>     }
>   ],
>   "name": "龙头村冷库",
>   "owner": "collective",
>   "owner_id": null,
>   "paid_out": "16000.00",
>   "payouts": [
>     {
>       "amount": "6000.00",
>       "date": "2019-11-05",
>       "payee_id": "H-001",
>       "payee_name": "张大山",
>       "voucher": "ZF-101"
>     },
>     {
>       "amount": "5000.00",
>       "date": "2019-11-05",
>       "payee_id": "H-002",
>       "payee_name": "李小梅",
>       "voucher": "ZF-102"
>     },
>     {
>       "amount": "5000.00",
>       "date": "2020-01-05",
>       "payee_id": "H-003",
>       "payee_name": "王建国",
>       "voucher": "ZF-106"
>     }
>   ],
>   "project": {
>     "name": "龙头村冷库",
>     "paid": "240000.00",
>     "project_id": "XM-001"
>   },
>   "registered_on": "2019-08-01",
>   "sources": [
>     {
>       "amount": "200000.00",
>       "doc_no": "县财发〔2019〕1号"
>     },
>     {
>       "amount": "40000.00",
>       "doc_no": "陕财农〔2019〕8号"
>     }
>   ],
>   "type": "operating",
>   "undistributed": "8000.00",
>   "value": "250000.00"
> }
$ trace --asset ZC-001 --lang en
> Asset ZC-001 龙头村冷库: operating, owned by collective, valued 250,000.00, registered 2019-08-01, custodian 龙头村村委会
> Project XM-001 龙头村冷库, paid 240,000.00, from:
>   县财发〔2019〕1号 200,000.00
>   陕财农〔2019〕8号 40,000.00
> Income, 24,000.00 in all:
>   2019-10-31 龙头村收〔2019〕11号 县冷链公司 12,000.00
>   2019-12-31 龙头村收〔2019〕12号 县冷链公司 12,000.00
> Paid out to households, 16,000.00 in all, 8,000.00 left:
>   2019-11-05 ZF-101 H-001 张大山 6,000.00
>   2019-11-05 ZF-102 H-002 李小梅 5,000.00
>   2020-01-05 ZF-106 H-003 王建国 5,000.00
$ trace --asset ZC-404
! fundledger: 错误: 没有资产 “ZC-404”
? 2
$ audit --as-of 2020-03-31
> 审计 截至 2020-03-31：1 项错误，7 项警告
> [错误] asset_over_cost
>   项目 XM-001 登记的资产价值 29.00万元 超过项目支出 24.00万元 5.00万元
>   证据：ZC-001, ZC-002
> [警告] idle_funds
>   分配 FP-A1（2019-02-01，来源 县财发〔2019〕1号）拨入 2019/IND 的资金尚有 10.00万元未支付，截至 2020-03-31 已闲置 424 天（≥ 365 天）
>   证据：FP-A1, 县财发〔2019〕1号
> [警告] idle_funds
>   分配 FP-A2（2019-02-25，来源 陕财农〔2019〕8号）拨入 2019/IND 的资金尚有 16.00万元未支付，截至 2020-03-31 已闲置 400 天（≥ 365 天）
>   证据：FP-A2, 陕财农〔2019〕8号
> [警告] idle_funds
>   分配 FP-A3（2019-02-01，来源 县财发〔2019〕1号）拨入 2019/INFRA 的资金尚有 5.00万元未支付，截至 2020-03-31 已闲置 424 天（≥ 365 天）
>   证据：FP-A3, 县财发〔2019〕1号
> [警告] idle_funds
>   分配 FP-A4（2019-02-01，来源 县财发〔2019〕1号）拨入 2019/DIVIDEND 的资金尚有 8.40万元未支付，截至 2020-03-31 已闲置 424 天（≥ 365 天）
>   证据：FP-A4, 县财发〔2019〕1号
> [警告] project_no_asset
>   项目 XM-002 龙头村通组路 于 2019-05-01 完工，335 天后仍未登记资产（超过 90 天）
>   证据：XM-002
> [警告] project_unpaid
>   项目 XM-003 电商技能培训 已纳入 2019 年度计划，截至 2019-09-30 仍没有一笔支付
>   证据：XM-003
> [警告] project_unpaid
>   项目 XM-004 食用菌大棚 已纳入 2019 年度计划，截至 2019-09-30 仍没有一笔支付
>   证据：XM-004
? 1
$ verify
> 校验通过：共 52 笔分录，链头 1c5f69f9fae16f1925799aae12fa1a0b97e80e334b7cc49bfd9f6950b9cdc112
