# plan (issue 15): --write writes budget files that import as they are (doc_no left as a marked comment),
# and `check` finds the growth rule kept; --growth below the rule in force warns (exit 0); --unit yuan.
# Hand-computed: 5000万 × 1.2 = 6000万 (2018), × 1.2 = 7200万 (2019); at 10%: 5500万, 6050万.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/tests/golden/plan_fixtures/rules-growth.toml
> 已从 {root}/tests/golden/plan_fixtures/rules-growth.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 district-budget-growth v1
$ import budget {root}/examples/shangzhou-2017/budget.toml
> 已从 {root}/examples/shangzhou-2017/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ plan --base-year 2017 --years 2 --write {tmp}/plans
> 预算规划：以 2017 年为基数，年增 20%（district-budget-growth）
> 用途代码        名称                  2017(万元)  2018(万元)  2019(万元)
> ------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息            1,000.00    1,200.00    1,440.00
> LOAN-GUARANTEE  贷款担保基金            1,000.00    1,200.00    1,440.00
> MEDICAL-AID     大病救助基金              500.00      600.00      720.00
> STUDENT-AID     贫困大学生救助基金        300.00      360.00      432.00
> WALNUT          核桃产业                1,000.00    1,200.00    1,440.00
> ECOMMERCE       电商扶贫                  500.00      600.00      720.00
> LARGE-FARMS     大场大户扶持              200.00      240.00      288.00
> OTHER           其他产业项目（其余）      500.00      600.00      720.00
> ------------------------------------------------------------------------
> 合计                                    5,000.00    6,000.00    7,200.00
> 已写出 {tmp}/plans/budget-2018.toml
> 已写出 {tmp}/plans/budget-2019.toml
$ import budget {tmp}/plans/budget-2018.toml
> 已从 {tmp}/plans/budget-2018.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {tmp}/plans/budget-2019.toml
> 已从 {tmp}/plans/budget-2019.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ check --as-of 2019-12-31
> 0 项错误，0 项警告；全部规则均满足
# 10% is below the rule's 20%: a warning (stderr), the plan still printed, exit 0.
$ plan --base-year 2017 --years 2 --growth 10% --unit yuan
! fundledger: 警告: --growth 10% 低于 2018 年度有效的增长规则 district-budget-growth（至少 20%）；按此规划的预算导入时会被该规则拦截
> 预算规划：以 2017 年为基数，年增 10%
> 用途代码        名称                       2017(元)       2018(元)       2019(元)
> ---------------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息          10,000,000.00  11,000,000.00  12,100,000.00
> LOAN-GUARANTEE  贷款担保基金          10,000,000.00  11,000,000.00  12,100,000.00
> MEDICAL-AID     大病救助基金           5,000,000.00   5,500,000.00   6,050,000.00
> STUDENT-AID     贫困大学生救助基金     3,000,000.00   3,300,000.00   3,630,000.00
> WALNUT          核桃产业              10,000,000.00  11,000,000.00  12,100,000.00
> ECOMMERCE       电商扶贫               5,000,000.00   5,500,000.00   6,050,000.00
> LARGE-FARMS     大场大户扶持           2,000,000.00   2,200,000.00   2,420,000.00
> OTHER           其他产业项目（其余）   5,000,000.00   5,500,000.00   6,050,000.00
> ---------------------------------------------------------------------------------
> 合计                                  50,000,000.00  55,000,000.00  60,500,000.00
# At the rule's rate or above: no warning.
$ plan --base-year 2017 --years 1 --growth 25% --lang en
> Budget plan from 2017 at 25% a year
> Code            Name                      2017 (10k yuan)  2018 (10k yuan)
> --------------------------------------------------------------------------
> LOAN-SUBSIDY    扶贫贷款贴息                     1,000.00         1,250.00
> LOAN-GUARANTEE  贷款担保基金                     1,000.00         1,250.00
> MEDICAL-AID     大病救助基金                       500.00           625.00
> STUDENT-AID     贫困大学生救助基金                 300.00           375.00
> WALNUT          核桃产业                         1,000.00         1,250.00
> ECOMMERCE       电商扶贫                           500.00           625.00
> LARGE-FARMS     大场大户扶持                       200.00           250.00
> OTHER           其他产业项目 (remainder)           500.00           625.00
> --------------------------------------------------------------------------
> Total                                            5,000.00         6,250.00
$ plan --base-year 2017 --years 1 --unit dollars
! fundledger: 错误: --unit 的值“dollars”无效，可选：yuan、wan
! 用法见 fundledger plan --help
? 2
