# 商州 2018 (issue 19): one transfer of quota (指标调剂) in the example's 2018 budget of 6000万 — 40万 from
# 大场大户扶持 (LARGE-FARMS 240万 → 200万) to 电商扶贫 (ECOMMERCE 600万 → 640万) on 2018-07-01, the
# total unchanged at 6000万, so the district's 20% growth rule (6000万 ≥ 5000万 × 1.2) still holds
# (revision 2 passes the rules gate as revision 1 did).
# A balance as of 2018-06-30 shows the lines before the transfer (LARGE-FARMS 240万, ECOMMERCE 600万).
# The document number is the example's own (the speech names none).
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
$ import budget {root}/examples/shangzhou-2017/budget-2018.toml
> 已从 {root}/examples/shangzhou-2017/budget-2018.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ transfer --year 2018 --from LARGE-FARMS --to ECOMMERCE --amount 40万 --date 2018-07-01 --doc "商财发〔2018〕示例1号" --reason "电商服务站建设提速，大场大户项目结余"
> 已将 2018 年度指标 40.00万元 从 LARGE-FARMS 调剂到 ECOMMERCE（预算第 2 版）
$ budget history --year 2018
> 2018 年预算调整记录
> 版本  类型  生效日期    总额(万元)  调出/调减    调入       金额(万元)  文号                   原因                                  记录时间              操作人  越规原因
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------
>    1  调整  2018-01-01    6,000.00                                      商财发〔2017〕96号                                           2026-01-15T08:00:00Z  clerk   
>    2  调剂  2018-07-01    6,000.00  LARGE-FARMS  ECOMMERCE       40.00  商财发〔2018〕示例1号  电商服务站建设提速，大场大户项目结余  2026-01-15T08:00:00Z  clerk   
$ budget diff --year 2018 --from 1 --to 2
> 2018 年预算 r1 → r2：商财发〔2018〕示例1号 电商服务站建设提速，大场大户项目结余
> 用途代码        名称                变动  调整前(万元)  调整后(万元)  增减(万元)
> --------------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息        未变      1,200.00      1,200.00        0.00
> LOAN-GUARANTEE  贷款担保基金        未变      1,200.00      1,200.00        0.00
> MEDICAL-AID     大病救助基金        未变        600.00        600.00        0.00
> STUDENT-AID     贫困大学生救助基金  未变        360.00        360.00        0.00
> WALNUT          核桃产业            未变      1,200.00      1,200.00        0.00
> ECOMMERCE       电商扶贫            调整        600.00        640.00       40.00
> LARGE-FARMS     大场大户扶持        调整        240.00        200.00      -40.00
> OTHER           其他产业项目        未变        600.00        600.00        0.00
> --------------------------------------------------------------------------------
> 合计                                          6,000.00      6,000.00        0.00
$ balance --by earmark --year 2018 --as-of 2018-06-30 --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2018,LOAN-SUBSIDY,扶贫贷款贴息,12000000.00,0.00,12000000.00,0.00,0.00,0.0000
> 2018,LOAN-GUARANTEE,贷款担保基金,12000000.00,0.00,12000000.00,0.00,0.00,0.0000
> 2018,MEDICAL-AID,大病救助基金,6000000.00,0.00,6000000.00,0.00,0.00,0.0000
> 2018,STUDENT-AID,贫困大学生救助基金,3600000.00,0.00,3600000.00,0.00,0.00,0.0000
> 2018,WALNUT,核桃产业,12000000.00,0.00,12000000.00,0.00,0.00,0.0000
> 2018,ECOMMERCE,电商扶贫,6000000.00,0.00,6000000.00,0.00,0.00,0.0000
> 2018,LARGE-FARMS,大场大户扶持,2400000.00,0.00,2400000.00,0.00,0.00,0.0000
> 2018,OTHER,其他产业项目,6000000.00,0.00,6000000.00,0.00,0.00,0.0000
> 合计,,,60000000.00,0.00,60000000.00,0.00,0.00,0.0000
$ balance --by earmark --year 2018 --as-of 2018-12-31
> 余额表(按用途)截至 2018-12-31,年度 2018
> 年度  用途代码        名称                     预算(元)  已分配(元)     未分配(元)  已支付(元)  可用(元)  支出进度
> ------------------------------------------------------------------------------------------------------------------
> 2018  LOAN-SUBSIDY    扶贫贷款贴息        12,000,000.00        0.00  12,000,000.00        0.00      0.00     0.00%
> 2018  LOAN-GUARANTEE  贷款担保基金        12,000,000.00        0.00  12,000,000.00        0.00      0.00     0.00%
> 2018  MEDICAL-AID     大病救助基金         6,000,000.00        0.00   6,000,000.00        0.00      0.00     0.00%
> 2018  STUDENT-AID     贫困大学生救助基金   3,600,000.00        0.00   3,600,000.00        0.00      0.00     0.00%
> 2018  WALNUT          核桃产业            12,000,000.00        0.00  12,000,000.00        0.00      0.00     0.00%
> 2018  ECOMMERCE       电商扶贫             6,400,000.00        0.00   6,400,000.00        0.00      0.00     0.00%
> 2018  LARGE-FARMS     大场大户扶持         2,000,000.00        0.00   2,000,000.00        0.00      0.00     0.00%
> 2018  OTHER           其他产业项目         6,000,000.00        0.00   6,000,000.00        0.00      0.00     0.00%
> ------------------------------------------------------------------------------------------------------------------
> 合计                                      60,000,000.00        0.00  60,000,000.00        0.00      0.00     0.00%
$ verify
> 校验通过：共 18 笔分录，链头 0a3782ad23f5dc5d56860a1ce09f113a27fb915c5f5467f9bb76ecb63c013ee4
