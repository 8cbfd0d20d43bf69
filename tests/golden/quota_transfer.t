# Quota operations (指标调剂 / 调减, issue 19). Hand figures: the 2018 budget (line_fixtures) is 200万 —
# ROAD 100万 (held to it, 90万 allocated), MED 40万 (open-ended, 50万 allocated), OTHER 60万 (nothing
# allocated). 调剂 20万 OTHER → ROAD on 04-01 (文 9号): ROAD 120万, OTHER 40万, total 200万 (revision 2).
# 31万 back from ROAD would leave it 89万 < 90万 allocated: refused. 15万 ROAD → OTHER on 04-20 (文 10号):
# ROAD 105万, OTHER 55万 (revision 3) — 19 days after 20万 went the other way: audit quota_round_trip
# (15万 came back). 调减 OTHER 10万 on 05-01: OTHER 45万, total 190万 (revision 4); 调减 ROAD 20万
# would leave 85万 < 90万: refused. 预算执行 for April shows 调剂增减 ROAD +5万, OTHER −5万, MED 0. A balance as of
# 04-10 has revision 2's lines only (ROAD 120万, OTHER 40万; later operations not yet in force).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/line_fixtures/sources.csv
> 已从 {root}/tests/golden/line_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/line_fixtures/budget.toml
> 已从 {root}/tests/golden/line_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations.csv
> 已从 {root}/tests/golden/line_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ transfer --year 2018 --from OTHER --to ROAD --amount 20万 --date 2018-04-01 --doc "测财发〔2018〕9号" --reason "产业路追加"
> 已将 2018 年度指标 20.00万元 从 OTHER 调剂到 ROAD（预算第 2 版）
$ transfer --year 2018 --from ROAD --to OTHER --amount 31万 --date 2018-04-10 --doc "测财发〔2018〕10号" --reason "调回"
! transfer 2018 测财发〔2018〕10号:1: 错误: 2018 年度用途 ROAD（产业路）预算调整为 89.00万元，低于已分配的 90.00万元（调整后的预算不得低于已分配金额；确需如此，请用 `--override` 说明理由，或将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ transfer --year 2018 --from ROAD --to OTHER --amount 15万 --date 2018-04-20 --doc "测财发〔2018〕10号" --reason "产业路结余调回"
> 已将 2018 年度指标 15.00万元 从 ROAD 调剂到 OTHER（预算第 3 版）
$ transfer --year 2018 --from ROAD --to ROAD --amount 1万 --date 2018-04-21 --doc "测财发〔2018〕11号" --reason "自调"
! transfer 2018 测财发〔2018〕11号:1: 错误: 调出和调入的用途都是 ROAD；调剂须在两个不同的预算行之间
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ transfer --year 2018 --from BRIDGE --to ROAD --amount 1万 --date 2018-04-21 --doc "测财发〔2018〕11号" --reason "未知行"
! transfer 2018 测财发〔2018〕11号:1: 错误: 2018 年度预算中没有用途 BRIDGE（ROAD、MED、OTHER）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ transfer --year 2018 --from OTHER --to ROAD --amount 1万 --date 2018-04-21 --reason "无文号"
! fundledger: 错误: 调剂和调减指标须写明依据文号和原因：`--doc 文号 --reason 原因`
? 2
unchanged
$ transfer --year 2018 --from OTHER --to ROAD --amount 一万 --date 2018-04-21 --doc "测财发〔2018〕11号" --reason "金额错误"
! fundledger: 错误: `--amount` 不是有效金额：“一万”（金额“一万”无效：含有不该出现的字符）
? 2
unchanged
$ transfer --year 2018 --from OTHER --to ROAD --amount 1万 --date 2018-04-19 --doc "测财发〔2018〕11号" --reason "早于上一版"
! transfer 2018 测财发〔2018〕11号:1: 错误: 日期 2018-04-19 不在 2018 年度内，或早于第 3 版预算生效之日 2018-04-20
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ transfer --year 2019 --from OTHER --to ROAD --amount 1万 --date 2019-04-19 --doc "测财发〔2019〕1号" --reason "无预算"
! transfer 2019 测财发〔2019〕1号:1: 错误: 2019 年度没有预算，无法调剂或调减指标（请先 `import budget`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ reduce --year 2018 --line OTHER --amount 10万 --date 2018-05-01 --doc "测财发〔2018〕12号" --reason "上级收回部分资金"
> 已调减 2018 年度 OTHER 的指标 10.00万元，预算总额现为 190.00万元（预算第 4 版）
$ reduce --year 2018 --line ROAD --amount 20万 --date 2018-05-02 --doc "测财发〔2018〕13号" --reason "调减过多" --format json
! reduce 2018 测财发〔2018〕13号:1: 错误: 2018 年度用途 ROAD（产业路）预算调整为 85.00万元，低于已分配的 90.00万元（调整后的预算不得低于已分配金额；确需如此，请用 `--override` 说明理由，或将该行设为 `open_ended = true`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ --lang en reduce --year 2018 --line ROAD --amount 20万 --date 2018-05-02 --doc "测财发〔2018〕13号" --reason "too much"
! reduce 2018 测财发〔2018〕13号:1: error: earmark 2018/ROAD (产业路) would have a budget of 850,000.00 yuan, less than the 900,000.00 yuan already allocated to it (a revised line may not fall below what is allocated; give --override REASON, or mark the line open_ended = true)
! fundledger: 1 error; nothing was written
? 2
unchanged
$ budget history --year 2018
> 2018 年预算调整记录
> 版本  类型  生效日期    总额(万元)  调出/调减  调入   金额(万元)  文号                原因              记录时间              操作人  越规原因
> ----------------------------------------------------------------------------------------------------------------------------------------------
>    1  调整  2018-01-01      200.00                                测财发〔2018〕1号                     2026-01-15T08:00:00Z  clerk   
>    2  调剂  2018-04-01      200.00  OTHER      ROAD        20.00  测财发〔2018〕9号   产业路追加        2026-01-15T08:00:00Z  clerk   
>    3  调剂  2018-04-20      200.00  ROAD       OTHER       15.00  测财发〔2018〕10号  产业路结余调回    2026-01-15T08:00:00Z  clerk   
>    4  调减  2018-05-01      190.00  OTHER                  10.00  测财发〔2018〕12号  上级收回部分资金  2026-01-15T08:00:00Z  clerk   
$ budget history --year 2018 --format csv
> revision,kind,date,total,quota_from,quota_to,quota_amount,doc_no,reason,recorded_at,operator,override_reason
> 1,revision,2018-01-01,2000000.00,,,,测财发〔2018〕1号,,2026-01-15T08:00:00Z,clerk,
> 2,transfer,2018-04-01,2000000.00,OTHER,ROAD,200000.00,测财发〔2018〕9号,产业路追加,2026-01-15T08:00:00Z,clerk,
> 3,transfer,2018-04-20,2000000.00,ROAD,OTHER,150000.00,测财发〔2018〕10号,产业路结余调回,2026-01-15T08:00:00Z,clerk,
> 4,reduce,2018-05-01,1900000.00,OTHER,,100000.00,测财发〔2018〕12号,上级收回部分资金,2026-01-15T08:00:00Z,clerk,
$ budget history --year 2018 --format json
> {
>   "fiscal_year": 2018,
>   "revisions": [
>     {
>       "change": null,
>       "code": "L-2018",
>       "doc_no": "测财发〔2018〕1号",
>       "funded_by": "county_self",
>       "lines": [
>         {
>           "amount": "1000000.00",
>           "code": "ROAD",
>           "name": "产业路",
>           "remainder": false
>         },
>         {
>           "amount": "400000.00",
>           "code": "MED",
>           "name": "大病救助",
>           "remainder": false
>         },
>         {
>           "amount": "600000.00",
>           "code": "OTHER",
>           "name": "其他",
>           "remainder": true
>         }
>       ],
>       "name": "测试县2018年衔接资金预算",
>       "operator": "clerk",
>       "override_reason": null,
>       "reason": null,
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "revision": 1,
>       "total": "2000000.00"
>     },
>     {
>       "change": {
>         "amount": "200000.00",
>         "date": "2018-04-01",
>         "from": "OTHER",
>         "op": "transfer",
>         "to": "ROAD"
>       },
>       "code": "L-2018",
>       "doc_no": "测财发〔2018〕9号",
>       "funded_by": "county_self",
>       "lines": [
>         {
>           "amount": "1200000.00",
>           "code": "ROAD",
>           "name": "产业路",
>           "remainder": false
>         },
>         {
>           "amount": "400000.00",
>           "code": "MED",
>           "name": "大病救助",
>           "remainder": false
>         },
>         {
>           "amount": "400000.00",
>           "code": "OTHER",
>           "name": "其他",
>           "remainder": true
>         }
>       ],
>       "name": "测试县2018年衔接资金预算",
>       "operator": "clerk",
>       "override_reason": null,
>       "reason": "产业路追加",
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "revision": 2,
>       "total": "2000000.00"
>     },
>     {
>       "change": {
>         "amount": "150000.00",
>         "date": "2018-04-20",
>         "from": "ROAD",
>         "op": "transfer",
>         "to": "OTHER"
>       },
>       "code": "L-2018",
>       "doc_no": "测财发〔2018〕10号",
>       "funded_by": "county_self",
>       "lines": [
>         {
>           "amount": "1050000.00",
>           "code": "ROAD",
>           "name": "产业路",
>           "remainder": false
>         },
>         {
>           "amount": "400000.00",
>           "code": "MED",
>           "name": "大病救助",
>           "remainder": false
>         },
>         {
>           "amount": "550000.00",
>           "code": "OTHER",
>           "name": "其他",
>           "remainder": true
>         }
>       ],
>       "name": "测试县2018年衔接资金预算",
>       "operator": "clerk",
>       "override_reason": null,
>       "reason": "产业路结余调回",
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "revision": 3,
>       "total": "2000000.00"
>     },
>     {
>       "change": {
>         "amount": "100000.00",
>         "date": "2018-05-01",
>         "from": "OTHER",
>         "op": "reduce",
>         "to": null
>       },
>       "code": "L-2018",
>       "doc_no": "测财发〔2018〕12号",
>       "funded_by": "county_self",
>       "lines": [
>         {
>           "amount": "1050000.00",
>           "code": "ROAD",
>           "name": "产业路",
>           "remainder": false
>         },
>         {
>           "amount": "400000.00",
>           "code": "MED",
>           "name": "大病救助",
>           "remainder": false
>         },
>         {
>           "amount": "450000.00",
>           "code": "OTHER",
>           "name": "其他",
>           "remainder": true
>         }
>       ],
>       "name": "测试县2018年衔接资金预算",
>       "operator": "clerk",
>       "override_reason": null,
>       "reason": "上级收回部分资金",
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "revision": 4,
>       "total": "1900000.00"
>     }
>   ]
> }
$ budget diff --year 2018 --from 1 --to 4
> 2018 年预算 r1 → r4：测财发〔2018〕12号 上级收回部分资金
> 用途代码  名称      变动  调整前(万元)  调整后(万元)  增减(万元)
> ----------------------------------------------------------------
> ROAD      产业路    调整        100.00        105.00        5.00
> MED       大病救助  未变         40.00         40.00        0.00
> OTHER     其他      调整         60.00         45.00      -15.00
> ----------------------------------------------------------------
> 合计                            200.00        190.00      -10.00
$ balance --by earmark
> 余额表(按用途)截至 2026-01-15
> 年度  用途代码  名称          预算(元)    已分配(元)   未分配(元)  已支付(元)      可用(元)  支出进度
> -----------------------------------------------------------------------------------------------------
> 2018  ROAD      产业路    1,050,000.00    900,000.00   150,000.00        0.00    900,000.00     0.00%
> 2018  MED       大病救助    400,000.00    500,000.00  -100,000.00        0.00    500,000.00     0.00%
> 2018  OTHER     其他        450,000.00          0.00   450,000.00        0.00          0.00     0.00%
> -----------------------------------------------------------------------------------------------------
> 合计                      1,900,000.00  1,400,000.00   500,000.00        0.00  1,400,000.00     0.00%
$ balance --by earmark --as-of 2018-04-10 --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2018,ROAD,产业路,1200000.00,900000.00,300000.00,0.00,900000.00,0.0000
> 2018,MED,大病救助,400000.00,500000.00,-100000.00,0.00,500000.00,0.0000
> 2018,OTHER,其他,400000.00,0.00,400000.00,0.00,0.00,0.0000
> 合计,,,2000000.00,1400000.00,600000.00,0.00,1400000.00,0.0000
$ report execution --month 2018-04
> 2018年4月预算执行进度表
> 用途代码  专项用途      预算(元)  调剂增减(元)    已分配(元)  本月支出(元)  累计支出(元)  可用余额(元)  支出进度  进度状态
> --------------------------------------------------------------------------------------------------------------------------
> ROAD      产业路    1,050,000.00     50,000.00    900,000.00          0.00          0.00    900,000.00     0.00%  滞后
> MED       大病救助    400,000.00          0.00    500,000.00          0.00          0.00    500,000.00     0.00%  滞后
> OTHER     其他        550,000.00    -50,000.00          0.00          0.00          0.00          0.00     0.00%  滞后
> --------------------------------------------------------------------------------------------------------------------------
> 合计                2,000,000.00          0.00  1,400,000.00          0.00          0.00  1,400,000.00     0.00%  
> 账本校验: 第 8 笔 · bb936018
$ --lang en report execution --month 2018-04 --format csv
> earmark,name,budget,transferred,allocated,paid_month,paid_ytd,available,progress,status
> ROAD,产业路,1050000.00,50000.00,900000.00,0.00,0.00,900000.00,0.0000,lagging
> MED,大病救助,400000.00,0.00,500000.00,0.00,0.00,500000.00,0.0000,lagging
> OTHER,其他,550000.00,-50000.00,0.00,0.00,0.00,0.00,0.0000,lagging
> Total,,2000000.00,0.00,1400000.00,0.00,0.00,1400000.00,0.0000,
$ audit --as-of 2018-06-30 --format json
> {
>   "as_of": "2018-06-30",
>   "counts": {
>     "error": 0,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "quota_round_trip",
>       "evidence": [
>         "2018/r2",
>         "2018/r3"
>       ],
>       "message": "2018 年度 OTHER 的指标 20.00万元 于 2018-04-01 调剂到 ROAD（测财发〔2018〕9号），19 天后于 2018-04-20 又调回 15.00万元（测财发〔2018〕10号）",
>       "overridden": false,
>       "rule": null,
>       "severity": "warn",
>       "subject": {
>         "days": "19",
>         "line": "2018/OTHER",
>         "returned": "150000.00"
>       }
>     }
>   ],
>   "year": null
> }
$ lock --through 2018-05-31 --reason "5月月报已报送"
> 已锁定 2018-05-31 及以前的期间
$ transfer --year 2018 --from OTHER --to ROAD --amount 1万 --date 2018-05-20 --doc "测财发〔2018〕14号" --reason "锁定期内"
! transfer 2018 测财发〔2018〕14号:1: 错误: 日期 2018-05-20 在已关闭的期间内：账簿已锁定至 2018-05-31（2026-01-15 由 clerk 锁定，文号 —）；确需补记或更正，须先 `fundledger unlock --reason 原因`
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ verify
> 校验通过：共 9 笔分录，链头 c0e3950931b3f80d0f08d76a7312ffe0064795ddf77c1f36494d60ffec9e3963
