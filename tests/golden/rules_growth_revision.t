# Growth across a budget revision uses the latest revision of each year; a rule version out of
# its effective years lets a short budget through; budget history/diff show the revision (issue 4).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/engine/rules/tests/data/rules-growth.toml
> 已从 {root}/engine/rules/tests/data/rules-growth.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 county-growth v1
$ import budget {root}/engine/rules/tests/data/budget-2017.toml
> 已从 {root}/engine/rules/tests/data/budget-2017.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/engine/rules/tests/data/budget-2018-6000.toml
> 已从 {root}/engine/rules/tests/data/budget-2018-6000.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ check --year 2018 --as-of 2018-12-31
> 0 项错误，0 项警告；全部规则均满足
$ import budget {root}/engine/rules/tests/data/budget-2018-r2.toml
! {root}/engine/rules/tests/data/budget-2018-r2.toml:1: 错误: 规则 county-growth：2018 年预算 5,900.00万元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 100.00万元 — 「按照每年财政投入不低于20%的标准逐年递增」（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/engine/rules/tests/data/budget-2018-r2.toml --override "县人大常委会批准预算调整"
> 已从 {root}/engine/rules/tests/data/budget-2018-r2.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
~ 规则 county-growth 已放行（县人大常委会批准预算调整）：2018 年预算 5,900.00万元，低于 6,000.00万元
$ check --year 2018 --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 0
>   },
>   "findings": [
>     {
>       "code": "growth_below_min",
>       "evidence": [
>         "2018/r2",
>         "2017/r1",
>         "县财发〔2018〕9号"
>       ],
>       "message": "2018 年预算 5,900.00万元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 100.00万元 — 「按照每年财政投入不低于20%的标准逐年递增」",
>       "overridden": true,
>       "rule": "county-growth",
>       "severity": "error",
>       "subject": {
>         "category": "county_self",
>         "fiscal_year": "2018"
>       }
>     }
>   ]
> }
$ budget history --year 2018
> 2018 年预算调整记录
> 版本  类型  生效日期    总额(万元)  调出/调减  调入  金额(万元)  文号               原因                                                  记录时间              操作人  越规原因
> ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
>    1  调整  2018-01-01    6,000.00                                                                                                        2026-01-15T08:00:00Z  clerk   
>    2  调整  2018-01-01    5,900.00                               县财发〔2018〕9号  年中调整:财力不足总额压减100万,贴息增加,大病救助压减  2026-01-15T08:00:00Z  clerk   县人大常委会批准预算调整
$ budget diff --year 2018 --from 1 --to 2
> 2018 年预算 r1 → r2：县财发〔2018〕9号 年中调整:财力不足总额压减100万,贴息增加,大病救助压减
> 用途代码      名称          变动  调整前(万元)  调整后(万元)  增减(万元)
> ------------------------------------------------------------------------
> LOAN-SUBSIDY  扶贫贷款贴息  调整      1,200.00      1,300.00      100.00
> MEDICAL-AID   大病救助      调整        600.00        500.00     -100.00
> OTHER         其他产业项目  调整      4,200.00      4,100.00     -100.00
> ------------------------------------------------------------------------
> 合计                                  6,000.00      5,900.00     -100.00
$ budget diff --year 2018 --from 1 --to 2 --format json
> {
>   "fiscal_year": 2018,
>   "from": {
>     "change": null,
>     "code": "COUNTY-2018",
>     "doc_no": null,
>     "funded_by": "county_self",
>     "lines": [
>       {
>         "amount": "12000000.00",
>         "code": "LOAN-SUBSIDY",
>         "name": "扶贫贷款贴息",
>         "remainder": false
>       },
>       {
>         "amount": "6000000.00",
>         "code": "MEDICAL-AID",
>         "name": "大病救助",
>         "remainder": false
>       },
>       {
>         "amount": "42000000.00",
>         "code": "OTHER",
>         "name": "其他产业项目",
>         "remainder": true
>       }
>     ],
>     "name": "县级财政专项扶贫预算",
>     "operator": "clerk",
>     "override_reason": null,
>     "reason": null,
>     "recorded_at": "2026-01-15T08:00:00Z",
>     "revision": 1,
>     "total": "60000000.00"
>   },
>   "lines": [
>     {
>       "change": "changed",
>       "code": "LOAN-SUBSIDY",
>       "delta": "1000000.00",
>       "from": "12000000.00",
>       "name": "扶贫贷款贴息",
>       "to": "13000000.00"
>     },
>     {
>       "change": "changed",
>       "code": "MEDICAL-AID",
>       "delta": "-1000000.00",
>       "from": "6000000.00",
>       "name": "大病救助",
>       "to": "5000000.00"
>     },
>     {
>       "change": "changed",
>       "code": "OTHER",
>       "delta": "-1000000.00",
>       "from": "42000000.00",
>       "name": "其他产业项目",
>       "to": "41000000.00"
>     }
>   ],
>   "to": {
>     "change": null,
>     "code": "COUNTY-2018",
>     "doc_no": "县财发〔2018〕9号",
>     "funded_by": "county_self",
>     "lines": [
>       {
>         "amount": "13000000.00",
>         "code": "LOAN-SUBSIDY",
>         "name": "扶贫贷款贴息",
>         "remainder": false
>       },
>       {
>         "amount": "5000000.00",
>         "code": "MEDICAL-AID",
>         "name": "大病救助",
>         "remainder": false
>       },
>       {
>         "amount": "41000000.00",
>         "code": "OTHER",
>         "name": "其他产业项目",
>         "remainder": true
>       }
>     ],
>     "name": "县级财政专项扶贫预算",
>     "operator": "clerk",
>     "override_reason": "县人大常委会批准预算调整",
>     "reason": "年中调整:财力不足总额压减100万,贴息增加,大病救助压减",
>     "recorded_at": "2026-01-15T08:00:00Z",
>     "revision": 2,
>     "total": "59000000.00"
>   },
>   "total_delta": "-1000000.00"
> }
$ budget diff --year 2018 --from 1 --to 3
! fundledger: 错误: 2018 年度预算没有第 3 版（共 2 版）
? 2
$ import rules {root}/engine/rules/tests/data/rules-growth-from2019.toml
> 已从 {root}/engine/rules/tests/data/rules-growth-from2019.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 county-growth v2
$ check --year 2018 --as-of 2018-12-31
> 0 项错误，0 项警告；全部规则均满足
$ verify
> 校验通过：共 5 笔分录，链头 e442a872dc838d18e94e3d0549e703c45fb1e9210cdc9d60fd71c5d991a6af15
