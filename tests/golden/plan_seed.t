# plan (issue 4): 商州 5000万 at the 20% rule gives 6000万, 7200万, 8640万, 10368万, 12441.6万; lines sum
# exactly; --write output imports cleanly and passes the growth rule.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/examples/shangzhou-2017/rules.toml
> 已从 {root}/examples/shangzhou-2017/rules.toml 导入规则：新增 15 笔，跳过 0 笔（已记录）
>   已记录规则 district-budget-growth v1
>   已记录规则 floor-upper-level v1
>   已记录规则 floor-sector-integrated v1
>   已记录规则 floor-social v1
>   已记录规则 floor-credit v1
>   已记录规则 floor-all-channels v1
>   已记录规则 loan-subsidy-per-household v1
>   已记录规则 medical-aid-registered-only v1
>   已记录规则 student-aid-registered-only v1
>   已记录规则 policy-loan-not-for-relief v1
>   已记录规则 microcredit-not-for-relief v1
>   已记录规则 idle-one-year v1
>   已记录规则 central-allocate-30-days v1
>   已记录规则 microcredit-terms v1
>   已记录规则 loan-5321-subsidy-cap v1
$ import budget {root}/examples/shangzhou-2017/budget.toml
> 已从 {root}/examples/shangzhou-2017/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ plan --base-year 2017 --years 5
> 预算规划：以 2017 年为基数，年增 20%（district-budget-growth）
> 用途代码        名称                  2017(万元)  2018(万元)  2019(万元)  2020(万元)  2021(万元)  2022(万元)
> ------------------------------------------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息            1,000.00    1,200.00    1,440.00    1,728.00    2,073.60    2,488.32
> LOAN-GUARANTEE  贷款担保基金            1,000.00    1,200.00    1,440.00    1,728.00    2,073.60    2,488.32
> MEDICAL-AID     大病救助基金              500.00      600.00      720.00      864.00    1,036.80    1,244.16
> STUDENT-AID     贫困大学生救助基金        300.00      360.00      432.00      518.40      622.08      746.50
> WALNUT          核桃产业                1,000.00    1,200.00    1,440.00    1,728.00    2,073.60    2,488.32
> ECOMMERCE       电商扶贫                  500.00      600.00      720.00      864.00    1,036.80    1,244.16
> LARGE-FARMS     大场大户扶持              200.00      240.00      288.00      345.60      414.72      497.66
> OTHER           其他产业项目（其余）      500.00      600.00      720.00      864.00    1,036.80    1,244.16
> ------------------------------------------------------------------------------------------------------------
> 合计                                    5,000.00    6,000.00    7,200.00    8,640.00   10,368.00   12,441.60
$ plan --base-year 2017 --years 2 --growth 0.1 --format json
> {
>   "base_total": "50000000.00",
>   "base_year": 2017,
>   "growth": "0.1000",
>   "rule": null,
>   "written": [],
>   "years": [
>     {
>       "code": "DISTRICT-2018",
>       "fiscal_year": 2018,
>       "lines": [
>         {
>           "amount": "11000000.00",
>           "code": "LOAN-SUBSIDY",
>           "name": "扶贫贷款贴息",
>           "remainder": false
>         },
>         {
>           "amount": "11000000.00",
>           "code": "LOAN-GUARANTEE",
>           "name": "贷款担保基金",
>           "remainder": false
>         },
>         {
>           "amount": "5500000.00",
>           "code": "MEDICAL-AID",
>           "name": "大病救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "3300000.00",
>           "code": "STUDENT-AID",
>           "name": "贫困大学生救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "11000000.00",
>           "code": "WALNUT",
>           "name": "核桃产业",
>           "remainder": false
>         },
>         {
>           "amount": "5500000.00",
>           "code": "ECOMMERCE",
>           "name": "电商扶贫",
>           "remainder": false
>         },
>         {
>           "amount": "2200000.00",
>           "code": "LARGE-FARMS",
>           "name": "大场大户扶持",
>           "remainder": false
>         },
>         {
>           "amount": "5500000.00",
>           "code": "OTHER",
>           "name": "其他产业项目",
>           "remainder": true
>         }
>       ],
>       "total": "55000000.00"
>     },
>     {
>       "code": "DISTRICT-2019",
>       "fiscal_year": 2019,
>       "lines": [
>         {
>           "amount": "12100000.00",
>           "code": "LOAN-SUBSIDY",
>           "name": "扶贫贷款贴息",
>           "remainder": false
>         },
>         {
>           "amount": "12100000.00",
>           "code": "LOAN-GUARANTEE",
>           "name": "贷款担保基金",
>           "remainder": false
>         },
>         {
>           "amount": "6050000.00",
>           "code": "MEDICAL-AID",
>           "name": "大病救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "3630000.00",
>           "code": "STUDENT-AID",
>           "name": "贫困大学生救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "12100000.00",
>           "code": "WALNUT",
>           "name": "核桃产业",
>           "remainder": false
>         },
>         {
>           "amount": "6050000.00",
>           "code": "ECOMMERCE",
>           "name": "电商扶贫",
>           "remainder": false
>         },
>         {
>           "amount": "2420000.00",
>           "code": "LARGE-FARMS",
>           "name": "大场大户扶持",
>           "remainder": false
>         },
>         {
>           "amount": "6050000.00",
>           "code": "OTHER",
>           "name": "其他产业项目",
>           "remainder": true
>         }
>       ],
>       "total": "60500000.00"
>     }
>   ]
> }
$ plan --base-year 2017 --years 3 --write {tmp}/plans
> 预算规划：以 2017 年为基数，年增 20%（district-budget-growth）
> 用途代码        名称                  2017(万元)  2018(万元)  2019(万元)  2020(万元)
> ------------------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息            1,000.00    1,200.00    1,440.00    1,728.00
> LOAN-GUARANTEE  贷款担保基金            1,000.00    1,200.00    1,440.00    1,728.00
> MEDICAL-AID     大病救助基金              500.00      600.00      720.00      864.00
> STUDENT-AID     贫困大学生救助基金        300.00      360.00      432.00      518.40
> WALNUT          核桃产业                1,000.00    1,200.00    1,440.00    1,728.00
> ECOMMERCE       电商扶贫                  500.00      600.00      720.00      864.00
> LARGE-FARMS     大场大户扶持              200.00      240.00      288.00      345.60
> OTHER           其他产业项目（其余）      500.00      600.00      720.00      864.00
> ------------------------------------------------------------------------------------
> 合计                                    5,000.00    6,000.00    7,200.00    8,640.00
> 已写出 {tmp}/plans/budget-2018.toml
> 已写出 {tmp}/plans/budget-2019.toml
> 已写出 {tmp}/plans/budget-2020.toml
$ import budget {tmp}/plans/budget-2018.toml
> 已从 {tmp}/plans/budget-2018.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {tmp}/plans/budget-2018.toml
> 已从 {tmp}/plans/budget-2018.toml 导入预算：新增 0 笔，跳过 1 笔（已记录）
$ import budget {tmp}/plans/budget-2019.toml
> 已从 {tmp}/plans/budget-2019.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {tmp}/plans/budget-2020.toml
> 已从 {tmp}/plans/budget-2020.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ budget history --year 2020 --format json
> {
>   "fiscal_year": 2020,
>   "revisions": [
>     {
>       "change": null,
>       "code": "DISTRICT-2020",
>       "doc_no": null,
>       "funded_by": "county_self",
>       "lines": [
>         {
>           "amount": "17280000.00",
>           "code": "LOAN-SUBSIDY",
>           "name": "扶贫贷款贴息",
>           "remainder": false
>         },
>         {
>           "amount": "17280000.00",
>           "code": "LOAN-GUARANTEE",
>           "name": "贷款担保基金",
>           "remainder": false
>         },
>         {
>           "amount": "8640000.00",
>           "code": "MEDICAL-AID",
>           "name": "大病救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "5184000.00",
>           "code": "STUDENT-AID",
>           "name": "贫困大学生救助基金",
>           "remainder": false
>         },
>         {
>           "amount": "17280000.00",
>           "code": "WALNUT",
>           "name": "核桃产业",
>           "remainder": false
>         },
>         {
>           "amount": "8640000.00",
>           "code": "ECOMMERCE",
>           "name": "电商扶贫",
>           "remainder": false
>         },
>         {
>           "amount": "3456000.00",
>           "code": "LARGE-FARMS",
>           "name": "大场大户扶持",
>           "remainder": false
>         },
>         {
>           "amount": "8640000.00",
>           "code": "OTHER",
>           "name": "其他产业项目",
>           "remainder": true
>         }
>       ],
>       "name": "区级财政脱贫攻坚专项预算",
>       "operator": "clerk",
>       "override_reason": null,
>       "reason": null,
>       "recorded_at": "2026-01-15T08:00:00Z",
>       "revision": 1,
>       "total": "86400000.00"
>     }
>   ]
> }
$ plan --base-year 2016 --years 1
! fundledger: 错误: 2016 年度尚未记录预算；请先导入（`import budget` 文件）
? 2
$ plan --base-year 2017 --years 1 --growth abc
! fundledger: 错误: --growth: 比率“abc”无效：应为数字，如 20% 或 0.0435
? 2
