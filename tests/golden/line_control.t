# Control by line (issue 19): allocations to an earmark are held to its budget line (ROAD 100万), unless
# the line is open-ended (MED) or the import is given --override REASON (recorded, and listed by audit);
# a revision may not put a line below what is allocated; reversals give room back; 调剂 into a full line
# is held too. Hand figures: ROAD 60万 + 30万 = 90万; +5万 +10万 = 105万 (over by 5万) refused; +10万 =
# 100万 exactly; with the override +15万 = 115万 (over by 15万); reversing L-002 (30万) leaves 85万.
# MED 50万 on a 40万 open-ended line (未分配 −10万); OTHER 60万 unallocated.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/line_fixtures/sources.csv
> 已从 {root}/tests/golden/line_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/line_fixtures/budget.toml
> 已从 {root}/tests/golden/line_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations.csv
> 已从 {root}/tests/golden/line_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations_over.csv
! {root}/tests/golden/line_fixtures/allocations_over.csv:3: 错误: 凭证 L-005：2018 年度用途 ROAD（产业路）预算 100.00万元，已分配 95.00万元，再分配 10.00万元 将超出预算 5.00万元（按预算行控制；确需超出，请用 `--override` 说明理由，或在预算文件中将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ --lang en import allocations {root}/tests/golden/line_fixtures/allocations_over.csv
! {root}/tests/golden/line_fixtures/allocations_over.csv:3: error: voucher L-005: earmark 2018/ROAD (产业路) has a budget of 1,000,000.00 yuan and 950,000.00 yuan allocated; allocating 100,000.00 yuan more would exceed it by 50,000.00 yuan (allocations are held to the budget line; to exceed it, give --override REASON, or mark the line open_ended = true in the budget file)
! fundledger: 1 error; nothing was written
? 2
unchanged
$ import allocations {root}/tests/golden/line_fixtures/allocations_exact.csv
> 已从 {root}/tests/golden/line_fixtures/allocations_exact.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ balance --by earmark
> 余额表(按用途)截至 2026-01-15
> 年度  用途代码  名称          预算(元)    已分配(元)   未分配(元)  已支付(元)      可用(元)  支出进度
> -----------------------------------------------------------------------------------------------------
> 2018  ROAD      产业路    1,000,000.00  1,000,000.00         0.00        0.00  1,000,000.00     0.00%
> 2018  MED       大病救助    400,000.00    500,000.00  -100,000.00        0.00    500,000.00     0.00%
> 2018  OTHER     其他        600,000.00          0.00   600,000.00        0.00          0.00     0.00%
> -----------------------------------------------------------------------------------------------------
> 合计                      2,000,000.00  1,500,000.00   500,000.00        0.00  1,500,000.00     0.00%
$ import corrections {root}/tests/golden/line_fixtures/transfer_in.csv
! {root}/tests/golden/line_fixtures/transfer_in.csv:2: 错误: 凭证 C-101：2018 年度用途 ROAD（产业路）预算 100.00万元，已分配 100.00万元，再分配 1.00万元 将超出预算 1.00万元（按预算行控制；确需超出，请用 `--override` 说明理由，或在预算文件中将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/tests/golden/line_fixtures/budget_lower.toml
! {root}/tests/golden/line_fixtures/budget_lower.toml:1: 错误: 2018 年度用途 ROAD（产业路）预算调整为 80.00万元，低于已分配的 100.00万元（调整后的预算不得低于已分配金额；确需如此，请用 `--override` 说明理由，或将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/tests/golden/line_fixtures/budget_bad_flag.toml
! {root}/tests/golden/line_fixtures/budget_bad_flag.toml:11: 错误: 'open_ended'（不设上限）必须是 'true' 或 'false'
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/line_fixtures/allocations_over.csv --override "县政府常务会议纪要〔2018〕3号：追加产业路"
> 已从 {root}/tests/golden/line_fixtures/allocations_over.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
! {root}/tests/golden/line_fixtures/allocations_over.csv:2: 警告: 凭证 L-004：已按理由“县政府常务会议纪要〔2018〕3号：追加产业路”越过预算行控制：2018 年度用途 ROAD（产业路）预算 100.00万元，已分配 100.00万元，再分配 5.00万元 将超出预算 5.00万元
! {root}/tests/golden/line_fixtures/allocations_over.csv:3: 警告: 凭证 L-005：已按理由“县政府常务会议纪要〔2018〕3号：追加产业路”越过预算行控制：2018 年度用途 ROAD（产业路）预算 100.00万元，已分配 105.00万元，再分配 10.00万元 将超出预算 15.00万元
$ audit --as-of 2018-04-30
> 审计 截至 2018-04-30：0 项错误，0 项警告
> [错误，已豁免] line_exceeded
>   用途 2018/ROAD（产业路）已分配 115.00万元，超过预算 100.00万元 15.00万元；越过预算行控制的凭证及理由：L-004 县政府常务会议纪要〔2018〕3号：追加产业路、L-005 县政府常务会议纪要〔2018〕3号：追加产业路
>   证据：L-004, L-005
$ audit --as-of 2018-04-30 --format json
> {
>   "as_of": "2018-04-30",
>   "counts": {
>     "error": 0,
>     "warn": 0
>   },
>   "findings": [
>     {
>       "code": "line_exceeded",
>       "evidence": [
>         "L-004",
>         "L-005"
>       ],
>       "message": "用途 2018/ROAD（产业路）已分配 115.00万元，超过预算 100.00万元 15.00万元；越过预算行控制的凭证及理由：L-004 县政府常务会议纪要〔2018〕3号：追加产业路、L-005 县政府常务会议纪要〔2018〕3号：追加产业路",
>       "overridden": true,
>       "rule": null,
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/ROAD",
>         "over": "150000.00"
>       }
>     }
>   ],
>   "year": null
> }
$ import corrections {root}/tests/golden/line_fixtures/reversal.csv
> 已从 {root}/tests/golden/line_fixtures/reversal.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ balance --by earmark --format json
> {
>   "as_of": "2026-01-15",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "850000.00",
>       "available": "850000.00",
>       "budget": "1000000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2018,
>       "key": "ROAD",
>       "name": "产业路",
>       "progress": "0.0000",
>       "unallocated": "150000.00"
>     },
>     {
>       "allocated": "500000.00",
>       "available": "500000.00",
>       "budget": "400000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2018,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0000",
>       "unallocated": "-100000.00"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "600000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2018,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000",
>       "unallocated": "600000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1350000.00",
>     "available": "1350000.00",
>     "budget": "2000000.00",
>     "disbursed": "0.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.0000",
>     "unallocated": "650000.00"
>   },
>   "year": null
> }
$ balance --by earmark --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2018,ROAD,产业路,1000000.00,850000.00,150000.00,0.00,850000.00,0.0000
> 2018,MED,大病救助,400000.00,500000.00,-100000.00,0.00,500000.00,0.0000
> 2018,OTHER,其他,600000.00,0.00,600000.00,0.00,0.00,0.0000
> 合计,,,2000000.00,1350000.00,650000.00,0.00,1350000.00,0.0000
$ audit --as-of 2018-12-31
> 审计 截至 2018-12-31：0 项错误，0 项警告
$ verify
> 校验通过：共 9 笔分录，链头 e7fddc7430218651eb998584fd9018169990e5414555bcb700355c423b46eb68
