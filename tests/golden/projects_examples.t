# The 平利 2016 example with its project library (examples/pingli-2016/README.md): the projects, their
# steps, the contracts, the payments before them, then the rule project_in_library and the three payments
# on contracts (the payments of disbursements.csv name programmes such as 贫困家庭学生资助 in their
# project column, which are not library projects: under the rule they would be refused). Year end:
# 2,400,000.00 still committed (C001 400,000.00, C002 300,000.00, C003 500,000.00, C004 1,200,000.00);
# closing C001 releases its 400,000.00. The assets (assets.csv): PL2016-ZC01 earned 60,000.00 and paid it out to
# PL-001 and PL-002, 30,000.00 each; its project PL2016-001 was paid 1,700,000.00, all from 陕财办农〔2016〕12号.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/examples/pingli-2016/sources.csv
> 已从 {root}/examples/pingli-2016/sources.csv 导入来源：新增 5 笔，跳过 0 笔（已记录）
$ import households {root}/examples/pingli-2016/households.csv
> 已从 {root}/examples/pingli-2016/households.csv 导入农户：新增 12 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/pingli-2016/budget.toml
> 已从 {root}/examples/pingli-2016/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import projects {root}/examples/pingli-2016/projects.csv
> 已从 {root}/examples/pingli-2016/projects.csv 导入项目：新增 9 笔，跳过 0 笔（已记录）
$ import project-status {root}/examples/pingli-2016/project-status.csv
> 已从 {root}/examples/pingli-2016/project-status.csv 导入项目状态：新增 45 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/pingli-2016/allocations.csv
> 已从 {root}/examples/pingli-2016/allocations.csv 导入分配：新增 10 笔，跳过 0 笔（已记录）
$ import contracts {root}/examples/pingli-2016/contracts.csv
> 已从 {root}/examples/pingli-2016/contracts.csv 导入合同：新增 4 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/disbursements.csv
> 已从 {root}/examples/pingli-2016/disbursements.csv 导入支付：新增 21 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/projects_fixtures/rules.toml
> 已从 {root}/tests/golden/projects_fixtures/rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 xm-library v1
$ import disbursements {root}/examples/pingli-2016/contract-payments.csv
> 已从 {root}/examples/pingli-2016/contract-payments.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import assets {root}/examples/pingli-2016/assets.csv
> 已从 {root}/examples/pingli-2016/assets.csv 导入项目资产：新增 3 笔，跳过 0 笔（已记录）
$ import asset-income {root}/examples/pingli-2016/asset-income.csv
> 已从 {root}/examples/pingli-2016/asset-income.csv 导入资产收益：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/asset-payouts.csv
> 已从 {root}/examples/pingli-2016/asset-payouts.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ trace --asset PL2016-ZC01
> 资产 PL2016-ZC01 龙头村集体茶园股份：经营性，所有权人 村集体，价值 1,000,000.00，确权 2016-12-10，管护 龙头村村民委员会
> 项目 PL2016-001 精品茶园及绞股蓝基地，已支付 1,700,000.00，资金来源：
>   陕财办农〔2016〕12号 1,700,000.00
> 收益 合计 60,000.00：
>   2016-12-28 龙头村收〔2016〕5号 平利县龙头茶业有限公司 60,000.00
> 分配到户 合计 60,000.00，未分配 0.00：
>   2016-12-30 FP2016-S001 PL-001 陈德贵 30,000.00
>   2016-12-30 FP2016-S002 PL-002 刘秀兰 30,000.00
$ projects --year 2016 --as-of 2016-12-31
> 2016 年度项目计划
> 项目编号    项目名称              项目类别  镇      村      状态          计划年度   计划投资(元)  合同未付(元)    已支付(元)  支付进度
> ---------------------------------------------------------------------------------------------------------------------------------------
> PL2016-001  精品茶园及绞股蓝基地  产业发展  城关镇  龙头村  完工          2016      18,000,000.00    400,000.00  1,700,000.00     9.44%
> PL2016-002  集中安置点建房补助    易地搬迁  老县镇  锦屏村  实施          2016      26,000,000.00  1,200,000.00    940,000.00     3.62%
> PL2016-003  社区工厂奖补          就业扶贫  老县镇  锦屏村  验收          2016      16,000,000.00          0.00  1,200,000.00     7.50%
> PL2016-004  移民搬迁建房补助      易地搬迁  长安镇          实施          2016      18,000,000.00          0.00     90,000.00     0.50%
> PL2016-005  产业路建设            基础设施  长安镇  中坝村  实施          2016       6,000,000.00    300,000.00    700,000.00    11.67%
> PL2016-006  贫困村基础设施        基础设施  长安镇  高峰村  验收          2016       5,000,000.00          0.00    280,000.00     5.60%
> PL2016-007  安置点配套设施        易地搬迁  城关镇          纳入年度计划  2016       5,000,000.00    500,000.00          0.00     0.00%
> ---------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                                                94,000,000.00  2,400,000.00  4,910,000.00     5.22%
$ contracts --as-of 2016-12-31
> 合同（截至 2016-12-31）
> 合同编号     项目编号    收款人编号  年度  用途代码       签订日期    合同金额(元)    已支付(元)  未付（占用）(元)  状态    结算/作废日期
> -----------------------------------------------------------------------------------------------------------------------------------------
> PL2016-C001  PL2016-001  ENT-PL-01   2016  INDUSTRY       2016-09-01  1,000,000.00    600,000.00        400,000.00  履行中  
> PL2016-C002  PL2016-005  COOP-PL-02  2016  INDUSTRY       2016-08-01    600,000.00    300,000.00        300,000.00  履行中  
> PL2016-C003  PL2016-007  ENT-PL-03   2016  HOUSING-RELOC  2016-09-15    500,000.00          0.00        500,000.00  履行中  
> PL2016-C004  PL2016-002  ENT-PL-04   2016  HOUSING-RELOC  2016-10-10  2,000,000.00    800,000.00      1,200,000.00  履行中  
> -----------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                                  4,100,000.00  1,700,000.00      2,400,000.00          
$ contracts close PL2016-C001 --date 2016-12-20 --reason "二期完工结算"
> 已记录：合同 “PL2016-C001” 于 2016-12-20 结算，未付部分不再占用资金
$ balance --by earmark --as-of 2016-12-31
> 余额表(按用途)截至 2016-12-31
> 年度  用途代码       名称                   预算(元)     已分配(元)  未分配(元)    已支付(元)  合同未付(元)       可用(元)  支出进度
> ------------------------------------------------------------------------------------------------------------------------------------
> 2016  INDUSTRY       产业发展扶持      30,000,000.00  30,000,000.00        0.00  3,674,000.00    300,000.00  26,026,000.00    12.25%
> 2016  HOUSING-RELOC  移民搬迁安置补助  25,000,000.00  25,000,000.00        0.00  1,030,000.00  1,700,000.00  22,270,000.00     4.12%
> 2016  EDU-AID        教育扶贫资助       8,000,000.00   8,000,000.00        0.00     10,500.00          0.00   7,989,500.00     0.13%
> 2016  LOAN-SUBSIDY   “5321”贷款贴息    12,000,000.00  12,000,000.00        0.00     28,800.00          0.00  11,971,200.00     0.24%
> 2016  OTHER          其他扶贫项目      10,000,000.00  10,000,000.00        0.00    430,000.00          0.00   9,570,000.00     4.30%
> ------------------------------------------------------------------------------------------------------------------------------------
> 合计                                   85,000,000.00  85,000,000.00        0.00  5,173,300.00  2,000,000.00  77,826,700.00     6.09%
$ verify
> 校验通过：共 123 笔分录，链头 912fec9862d5cd0409583036a50362c0d56900fb4cb638196573ba9733265702
