# The project library (issue 16): projects with Chinese or English headers and category names;
# a changed row recorded as the project's next version (warned, with the fields that changed);
# every error of a bad file with its line and column, nothing written.
# Status steps in order 申报 → 乡审核 → 县审定 → 纳入年度计划 → 实施 → 完工 → 验收; each refusal names
# the project and why. The library as of a date, and a year's plan (XM-003 approved, never planned).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import projects {root}/tests/golden/projects_fixtures/projects.csv
> 已从 {root}/tests/golden/projects_fixtures/projects.csv 导入项目：新增 3 笔，跳过 0 笔（已记录）
$ import projects {root}/tests/golden/projects_fixtures/projects.csv
> 已从 {root}/tests/golden/projects_fixtures/projects.csv 导入项目：新增 0 笔，跳过 3 笔（已记录）
$ import projects {root}/tests/golden/projects_fixtures/projects-revised.csv
> 已从 {root}/tests/golden/projects_fixtures/projects-revised.csv 导入项目：新增 1 笔，跳过 0 笔（已记录）
! {root}/tests/golden/projects_fixtures/projects-revised.csv:2: 警告: 项目 “XM-001” 记为第 2 版（“investment” 已记录为 120.00万元，本次为 130.00万元；“beneficiary_households” 已记录为 120，本次为 130）
$ import projects {root}/tests/golden/projects_fixtures/projects-bad.csv
! {root}/tests/golden/projects_fixtures/projects-bad.csv:2:3: 错误: 列 'category'（项目类别）：“畜牧”不是可选值之一：industry 产业发展、infrastructure 基础设施、employment 就业扶贫、education 教育、health 健康、housing 危房改造、relocation 易地搬迁、finance 金融扶贫、other 其他
! {root}/tests/golden/projects_fixtures/projects-bad.csv:2:10: 错误: 列 'planned_end'（计划完工）：计划完工日期 2019-04-01 早于计划开工日期 2019-05-01
! {root}/tests/golden/projects_fixtures/projects-bad.csv:2:12: 错误: 列 'fiscal_share'（其中财政资金）：其中财政资金 20.00万元 超过计划投资 10.00万元
! {root}/tests/golden/projects_fixtures/projects-bad.csv:2:14: 错误: 列 'beneficiary_poor'（其中脱贫户）：其中脱贫户 20 户多于受益户数 10 户
! {root}/tests/golden/projects_fixtures/projects-bad.csv:3:2: 错误: 列 'name'（项目名称）：必填，但为空
! {root}/tests/golden/projects_fixtures/projects-bad.csv:3:4: 错误: 列 'nature'（建设性质）：“翻新”不是可选值之一：new 新建、continued 续建、expansion 改扩建
! {root}/tests/golden/projects_fixtures/projects-bad.csv:3:7: 错误: 列 'responsible_unit'（责任单位）：必填，但为空
! {root}/tests/golden/projects_fixtures/projects-bad.csv:3:11: 错误: 列 'investment'（计划投资）：金额“12.345”无效：精确到分以下（0.01 元）；金额从不四舍五入
! {root}/tests/golden/projects_fixtures/projects-bad.csv:5: 错误: 项目 “XM-011” 在本文件中出现两次（第 4 行和第 5 行），内容不同；请删去或改正其中一行
! fundledger: 9 个错误；未写入任何内容
? 2
unchanged
$ import project-status {root}/tests/golden/projects_fixtures/status.csv
> 已从 {root}/tests/golden/projects_fixtures/status.csv 导入项目状态：新增 15 笔，跳过 0 笔（已记录）
$ import project-status {root}/tests/golden/projects_fixtures/status.csv
> 已从 {root}/tests/golden/projects_fixtures/status.csv 导入项目状态：新增 0 笔，跳过 15 笔（已记录）
$ import project-status {root}/tests/golden/projects_fixtures/status-bad.csv
! {root}/tests/golden/projects_fixtures/status-bad.csv:2: 错误: 项目 “XM-003” 当前为“县审定”，下一步不能是“实施”（顺序：申报 → 乡审核 → 县审定 → 纳入年度计划 → 实施 → 完工 → 验收）
! {root}/tests/golden/projects_fixtures/status-bad.csv:3:4: 错误: 列 'year'（计划年度）：“纳入年度计划”须填写计划年度（`year`）
! {root}/tests/golden/projects_fixtures/status-bad.csv:4:6: 错误: 列 'reason'（原因）：“退出”须填写原因（`reason`）
! {root}/tests/golden/projects_fixtures/status-bad.csv:5:4: 错误: 列 'year'（计划年度）：只有“纳入年度计划”填写计划年度
! {root}/tests/golden/projects_fixtures/status-bad.csv:6: 错误: 状态 “XM-002/started” 已在账本中，但内容不同（“date” 已记录为 2019-03-10，本次为 2019-10-01；“doc_no” 已记录为 城关镇发〔2019〕9号，本次为 城关镇发〔2019〕40号）；已记录的条目不能修改
! {root}/tests/golden/projects_fixtures/status-bad.csv:7: 错误: 项目 “XM-404” 不在项目库中
! {root}/tests/golden/projects_fixtures/status-bad.csv:8: 错误: 状态 “XM-001/planned/2019” 已在账本中，但内容不同（“date” 已记录为 2019-02-10，本次为 2019-02-12；“doc_no” 已记录为 县扶领发〔2019〕5号，本次为 县扶领发〔2019〕6号）；已记录的条目不能修改
! fundledger: 7 个错误；未写入任何内容
? 2
unchanged
$ projects --as-of 2019-12-31
> 项目库
> 项目编号  项目名称    项目类别  镇      村      状态    计划年度  计划投资(元)  合同未付(元)  已支付(元)  支付进度
> ------------------------------------------------------------------------------------------------------------------
> XM-001    茶园基地    产业发展  城关镇  龙头村  实施    2019      1,300,000.00          0.00        0.00     0.00%
> XM-002    通村道路    基础设施  城关镇  东村    验收    2019        300,000.00          0.00        0.00     0.00%
> XM-003    食用菌大棚  产业发展  老县镇  锦屏村  县审定              500,000.00          0.00        0.00     0.00%
> ------------------------------------------------------------------------------------------------------------------
> 合计                                                              2,100,000.00          0.00        0.00     0.00%
$ projects --as-of 2019-02-01 --lang en
> Project library
> Project  Name        Category        Town    Village  Status    Plan years  Investment (yuan)  Committed (yuan)  Paid (yuan)  Progress
> --------------------------------------------------------------------------------------------------------------------------------------
> XM-001   茶园基地    industry        城关镇  龙头村   approved                   1,300,000.00              0.00         0.00     0.00%
> XM-002   通村道路    infrastructure  城关镇  东村     approved                     300,000.00              0.00         0.00     0.00%
> XM-003   食用菌大棚  industry        老县镇  锦屏村   approved                     500,000.00              0.00         0.00     0.00%
> --------------------------------------------------------------------------------------------------------------------------------------
> Total                                                                            2,100,000.00              0.00         0.00     0.00%
$ projects --year 2019 --as-of 2019-12-31 --format csv
> project_id,name,category,town,village,status,plan_years,investment,committed,paid,progress
> XM-001,茶园基地,industry,城关镇,龙头村,started,2019,1300000.00,0.00,0.00,0.0000
> XM-002,通村道路,infrastructure,城关镇,东村,accepted,2019,300000.00,0.00,0.00,0.0000
> 合计,,,,,,,1600000.00,0.00,0.00,0.0000
$ projects --year 2019 --as-of 2019-12-31 --format json
> {
>   "projects": {
>     "columns": [
>       {
>         "en": "Project",
>         "key": "project_id",
>         "type": "text",
>         "zh": "项目编号"
>       },
>       {
>         "en": "Name",
>         "key": "name",
>         "type": "text",
>         "zh": "项目名称"
>       },
>       {
>         "en": "Category",
>         "key": "category",
>         "type": "text",
>         "zh": "项目类别"
>       },
>       {
>         "en": "Town",
>         "key": "town",
>         "type": "text",
>         "zh": "镇"
>       },
>       {
>         "en": "Village",
>         "key": "village",
>         "type": "text",
>         "zh": "村"
>       },
>       {
>         "en": "Status",
>         "key": "status",
>         "type": "text",
>         "zh": "状态"
>       },
>       {
>         "en": "Plan years",
>         "key": "plan_years",
>         "type": "text",
>         "zh": "计划年度"
>       },
>       {
>         "en": "Investment",
>         "key": "investment",
>         "type": "money",
>         "zh": "计划投资"
>       },
>       {
>         "en": "Committed",
>         "key": "committed",
>         "type": "money",
>         "zh": "合同未付"
>       },
>       {
>         "en": "Paid",
>         "key": "paid",
>         "type": "money",
>         "zh": "已支付"
>       },
>       {
>         "en": "Progress",
>         "key": "progress",
>         "type": "ratio",
>         "zh": "支付进度"
>       }
>     ],
>     "rows": [
>       {
>         "category": "industry",
>         "committed": "0.00",
>         "investment": "1300000.00",
>         "name": "茶园基地",
>         "paid": "0.00",
>         "plan_years": "2019",
>         "progress": "0.0000",
>         "project_id": "XM-001",
>         "status": "started",
>         "town": "城关镇",
>         "village": "龙头村"
>       },
>       {
>         "category": "infrastructure",
>         "committed": "0.00",
>         "investment": "300000.00",
>         "name": "通村道路",
>         "paid": "0.00",
>         "plan_years": "2019",
>         "progress": "0.0000",
>         "project_id": "XM-002",
>         "status": "accepted",
>         "town": "城关镇",
>         "village": "东村"
>       }
>     ],
>     "title": "2019 年度项目计划",
>     "total": {
>       "category": null,
>       "committed": "0.00",
>       "investment": "1600000.00",
>       "name": null,
>       "paid": "0.00",
>       "plan_years": null,
>       "progress": "0.0000",
>       "project_id": "合计",
>       "status": null,
>       "town": null,
>       "village": null
>     }
>   }
> }
$ verify
> 校验通过：共 19 笔分录，链头 ed47a17a7efad20ead50199df9562ea412d29ceec8ffff8d121ee64cbad8dee2
