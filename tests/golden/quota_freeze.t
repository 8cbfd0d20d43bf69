# Freezes of quota (指标冻结, issue 19). Hand figures: the source 县财发〔2018〕1号 has 300万, 140万
# allocated (ROAD 60万 + 30万, MED 50万), 160万 left; ROAD's line is 100万 with 90万 allocated, 10万 left.
# Freezing 50% of ROAD's quota holds 5万; freezing 100万 of the source leaves it 60万. Then L-006 (6万
# to ROAD: 90 + 5 + 6 = 101万 > 100万) and L-007 (61万 from the source: > 60万) are refused, and
# balances show quota = allocated + unallocated + frozen (ROAD 100 = 90 + 5 + 5; source 300 = 140 +
# 60 + 100). Unfrozen, ROAD takes L-006 (96万). The source's freeze, still held on 2018-08-01, is
# 121 days old there: audit quota_frozen_long (≥ 90 days).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/line_fixtures/sources.csv
> 已从 {root}/tests/golden/line_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/line_fixtures/budget.toml
> 已从 {root}/tests/golden/line_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations.csv
> 已从 {root}/tests/golden/line_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ freeze
> 截至 2026-01-15 没有冻结的指标
$ freeze --line 2018/ROAD --percent 50% --date 2018-04-01 --reason "产业路项目核查" --doc "财办〔2018〕12号"
> 已冻结 2018 年度用途 ROAD 的预算指标 5.00万元（编号 DJ-20180401-1）
$ freeze --source 县财发〔2018〕1号 --amount 100万 --date 2018-04-02 --reason "上级资金部分收回待定"
> 已冻结 来源 县财发〔2018〕1号 100.00万元（编号 DJ-20180402-1）
$ import allocations {root}/tests/golden/freeze_fixtures/allocations_road.csv
! {root}/tests/golden/freeze_fixtures/allocations_road.csv:2: 错误: 凭证 L-006：2018 年度用途 ROAD（产业路）预算 100.00万元，已分配 90.00万元，冻结 5.00万元，再分配 6.00万元 将超出预算 1.00万元（按预算行控制；确需超出，请用 `--override` 说明理由，或在预算文件中将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/freeze_fixtures/allocations_other.csv
! {root}/tests/golden/freeze_fixtures/allocations_other.csv:2: 错误: 凭证 L-007：分配 61.00万元 超过来源 县财发〔2018〕1号 的未分配金额（共 300.00万元，尚余 60.00万元，超出 1.00万元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ balance --by earmark
> 余额表(按用途)截至 2026-01-15
> 年度  用途代码  名称          预算(元)    已分配(元)   冻结(元)   未分配(元)  已支付(元)      可用(元)  支出进度
> ----------------------------------------------------------------------------------------------------------------
> 2018  ROAD      产业路    1,000,000.00    900,000.00  50,000.00    50,000.00        0.00    900,000.00     0.00%
> 2018  MED       大病救助    400,000.00    500,000.00       0.00  -100,000.00        0.00    500,000.00     0.00%
> 2018  OTHER     其他        600,000.00          0.00       0.00   600,000.00        0.00          0.00     0.00%
> ----------------------------------------------------------------------------------------------------------------
> 合计                      2,000,000.00  1,400,000.00  50,000.00   550,000.00        0.00  1,400,000.00     0.00%
$ balance --by source --format json
> {
>   "as_of": "2026-01-15",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "1400000.00",
>       "amount": "3000000.00",
>       "disbursed": "0.00",
>       "frozen": "1000000.00",
>       "key": "县财发〔2018〕1号",
>       "name": "2018年县级衔接资金",
>       "unallocated": "600000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1400000.00",
>     "amount": "3000000.00",
>     "disbursed": "0.00",
>     "frozen": "1000000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "600000.00"
>   },
>   "year": null
> }
$ freeze
> 指标冻结 截至 2026-01-15
> 编号           对象      文号/用途          年度  冻结日期    冻结金额(元)  已解冻(元)    尚冻结(元)  冻结天数  文号              原因
> ------------------------------------------------------------------------------------------------------------------------------------------------------
> DJ-20180401-1  预算指标  ROAD               2018  2018-04-01     50,000.00        0.00     50,000.00      2846  财办〔2018〕12号  产业路项目核查
> DJ-20180402-1  来源      县财发〔2018〕1号  2018  2018-04-02  1,000,000.00        0.00  1,000,000.00      2845                    上级资金部分收回待定
$ freeze --format csv
> id,scope,target,year,frozen_on,frozen,unfrozen,held,days,doc_no,reason
> DJ-20180401-1,line,ROAD,2018,2018-04-01,50000.00,0.00,50000.00,2846,财办〔2018〕12号,产业路项目核查
> DJ-20180402-1,source,县财发〔2018〕1号,2018,2018-04-02,1000000.00,0.00,1000000.00,2845,,上级资金部分收回待定
$ --lang en freeze --as-of 2018-04-01
> Freezes of quota as of 2018-04-01
> Id             Of           Document/earmark  Year  Frozen on   Frozen (yuan)  Unfrozen (yuan)  Held (yuan)  Days  Document          Reason
> ---------------------------------------------------------------------------------------------------------------------------------------------------
> DJ-20180401-1  budget line  ROAD              2018  2018-04-01      50,000.00             0.00    50,000.00     0  财办〔2018〕12号  产业路项目核查
$ freeze --line 2018/ROAD --amount 6万 --date 2018-04-03 --reason "再冻结"
! freeze DJ-20180403-1: 错误: 冻结 6.00万元 超过 2018 年度用途 ROAD 的预算指标 在 2018-04-03 可冻结的 5.00万元（已分配或已冻结的资金不能再冻结）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ freeze --line 2018/ROAD --amount 1万
! fundledger: 错误: 冻结和解冻须写明原因：`--reason 原因`
? 2
unchanged
$ freeze --line ROAD --amount 1万 --reason "格式错误"
! fundledger: 错误: `--line` 须写成 年度/用途代码（如 `2018/ROAD`），而不是“ROAD”
? 2
unchanged
$ freeze --source 县财发〔2018〕1号 --line 2018/ROAD --amount 1万 --reason "两个对象"
! fundledger: 错误: 冻结须指明对象：`--source 文号` 或 `--line 年度/用途代码`（二者选一）
? 2
unchanged
$ freeze --line 2018/ROAD --percent 120% --reason "比例过大"
! freeze DJ-20260115-1: 错误: 冻结比例须大于 0、不超过 100%，而不是“120%”
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ unfreeze --id DJ-20180401-1 --amount 6万 --reason "多解"
! unfreeze DJ-20180401-1: 错误: 解冻 6.00万元 超过冻结 DJ-20180401-1 尚冻结的 5.00万元
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ report execution --month 2018-04
> 2018年4月预算执行进度表
> 用途代码  专项用途      预算(元)    已分配(元)   冻结(元)  本月支出(元)  累计支出(元)  可用余额(元)  支出进度  进度状态
> -----------------------------------------------------------------------------------------------------------------------
> ROAD      产业路    1,000,000.00    900,000.00  50,000.00          0.00          0.00    900,000.00     0.00%  滞后
> MED       大病救助    400,000.00    500,000.00       0.00          0.00          0.00    500,000.00     0.00%  滞后
> OTHER     其他        600,000.00          0.00       0.00          0.00          0.00          0.00     0.00%  滞后
> -----------------------------------------------------------------------------------------------------------------------
> 合计                2,000,000.00  1,400,000.00  50,000.00          0.00          0.00  1,400,000.00     0.00%  
> 账本校验: 第 7 笔 · 68a14076
$ unfreeze --id DJ-20180401-1 --date 2018-05-01 --reason "核查完毕"
> 已解冻 DJ-20180401-1 5.00万元，尚冻结 0.00元
$ unfreeze --id DJ-20180401-1 --reason "再解"
! unfreeze DJ-20180401-1: 错误: 冻结 DJ-20180401-1 已全部解冻
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/freeze_fixtures/allocations_road.csv
> 已从 {root}/tests/golden/freeze_fixtures/allocations_road.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ balance --by earmark --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2018,ROAD,产业路,1000000.00,960000.00,40000.00,0.00,960000.00,0.0000
> 2018,MED,大病救助,400000.00,500000.00,-100000.00,0.00,500000.00,0.0000
> 2018,OTHER,其他,600000.00,0.00,600000.00,0.00,0.00,0.0000
> 合计,,,2000000.00,1460000.00,540000.00,0.00,1460000.00,0.0000
$ audit --as-of 2018-08-01 --format json
> {
>   "as_of": "2018-08-01",
>   "counts": {
>     "error": 0,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "quota_frozen_long",
>       "evidence": [
>         "DJ-20180402-1",
>         "县财发〔2018〕1号"
>       ],
>       "message": "冻结 DJ-20180402-1（来源 县财发〔2018〕1号）尚冻结 100.00万元，自 2018-04-02 起已 121 天（≥ 90 天）；原因：上级资金部分收回待定",
>       "overridden": false,
>       "rule": null,
>       "severity": "warn",
>       "subject": {
>         "days": "121",
>         "freeze": "DJ-20180402-1",
>         "held": "1000000.00"
>       }
>     }
>   ],
>   "year": null
> }
$ verify
> 校验通过：共 9 笔分录，链头 8d1f89934f4593ad1a08478cba9128f6583fe6d8dbe5a8e6edeccbafb30f859b
