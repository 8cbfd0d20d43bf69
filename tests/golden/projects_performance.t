# Performance targets (绩效目标, issue 16): import targets (Chinese headers, ≥/≤, kinds by name or code)
# and import results (several per indicator over time); every error of a bad file with its line and
# column, nothing written; report performance in text, CSV and JSON, as of two dates, with the
# default weights and with a performance_weights rule.
# Figures (projects_fixtures: XM-001 茶园基地 industry 城关镇 investment 1,200,000.00; XM-002 通村道路
# infrastructure 城关镇 300,000.00; both planned for 2019; XM-003 not planned, so not reported):
# paid: ZF-101 600,000.00 to XM-001 (spending 0.5), ZF-102 180,000.00 to 通村道路 = XM-002 by its name (0.6).
# As of 2019-12-31 (the latest result on or before it counts):
#   XM-001 C1 亩 ≥300: 310 → 100% (capped); C2 % ≥90: 92 → 100%; C3 万元 ≤0.40: 0.45 → 0.40/0.45 = 88.89%
#          output = (1 + 1 + 8/9)/3 = 26/27 = 96.30%
#          X1 ≥0.3: 0.24 → 80%; X2 户 ≥45: 40 → 88.89%; benefit = (4/5 + 8/9)/2 = 38/45 = 84.44%
#          M1 no result → 0; satisfaction 0.00%
#          score (50/30/10/10) = 50·26/27 + 30·38/45 + 10·0 + 10·0.5 = 1300/27 + 684/27 + 135/27 = 2119/27 = 78.48
#   XM-002 C1 公里 ≥2.1: 2.1 → 100%; C2 % ≥100: 100 → 100%; output 100%; X1 人 ≥320: 300 → 93.75%
#          no satisfaction indicator: its weight is left out, the others scaled to 100:
#          (50·1 + 30·0.9375 + 10·0.6) × 100 / 90 = 84.125 / 0.9 = 93.47 (93.4722…)
#   physical totals: industry/城关镇 亩 310, 户 40; infrastructure/城关镇 公里 2.1, 人 300.
# As of 2019-09-30: XM-001 C1 180/300 = 60%, C2 C3 X1 X2 no result yet → output 0.6/3 = 20%, benefit 0;
#   score = 50·0.2 + 0 + 0 + 10·0.5 = 15.00; XM-002 unchanged (93.47); totals 亩 180, 公里 2.1, 人 300.
# Rule perf-2019 (40/30/20/10): XM-001 40·26/27 + 30·38/45 + 0 + 5 = 1040/27 + 684/27 + 135/27 = 1859/27 = 68.85;
#   XM-002 (40 + 28.125 + 6) × 100 / 80 = 92.65625 → 92.66.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/projects_fixtures/sources.csv
> 已从 {root}/tests/golden/projects_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/projects_fixtures/budget.toml
> 已从 {root}/tests/golden/projects_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/projects_fixtures/allocations.csv
> 已从 {root}/tests/golden/projects_fixtures/allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import projects {root}/tests/golden/projects_fixtures/projects.csv
> 已从 {root}/tests/golden/projects_fixtures/projects.csv 导入项目：新增 3 笔，跳过 0 笔（已记录）
$ import project-status {root}/tests/golden/projects_fixtures/status.csv
> 已从 {root}/tests/golden/projects_fixtures/status.csv 导入项目状态：新增 15 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/performance_fixtures/payments.csv
> 已从 {root}/tests/golden/performance_fixtures/payments.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import targets {root}/tests/golden/performance_fixtures/targets.csv
> 已从 {root}/tests/golden/performance_fixtures/targets.csv 导入绩效目标：新增 10 笔，跳过 0 笔（已记录）
$ import targets {root}/tests/golden/performance_fixtures/targets.csv
> 已从 {root}/tests/golden/performance_fixtures/targets.csv 导入绩效目标：新增 0 笔，跳过 10 笔（已记录）
$ import results {root}/tests/golden/performance_fixtures/results.csv
> 已从 {root}/tests/golden/performance_fixtures/results.csv 导入绩效完成值：新增 9 笔，跳过 0 笔（已记录）
$ import results {root}/tests/golden/performance_fixtures/results.csv
> 已从 {root}/tests/golden/performance_fixtures/results.csv 导入绩效完成值：新增 0 笔，跳过 9 笔（已记录）
$ import targets {root}/tests/golden/performance_fixtures/targets-bad.csv
! {root}/tests/golden/performance_fixtures/targets-bad.csv:2: 错误: 项目 “XM-404” 不在项目库中
! {root}/tests/golden/performance_fixtures/targets-bad.csv:3:3: 错误: 列 'kind'（指标类别）：“投入”不是可选值之一：output 产出、benefit 效益、satisfaction 满意度
! {root}/tests/golden/performance_fixtures/targets-bad.csv:4:4: 错误: 列 'sub_kind'（二级指标）：满意度指标不填二级指标
! {root}/tests/golden/performance_fixtures/targets-bad.csv:5:4: 错误: 列 'sub_kind'（二级指标）：二级指标“经济”不属于产出指标
! {root}/tests/golden/performance_fixtures/targets-bad.csv:6:7: 错误: 列 'planned'（目标值）：“95%”带有百分号：只填数字，单位列填 %
! {root}/tests/golden/performance_fixtures/targets-bad.csv:7:7: 错误: 列 'planned'（目标值）：“-3”不是有效数值：应为不小于 0 的数，最多 6 位小数，如 1200 或 95.5
! {root}/tests/golden/performance_fixtures/targets-bad.csv:8:8: 错误: 列 'direction'（方向）：“=”不是可选值之一：>= ≥、<= ≤
! {root}/tests/golden/performance_fixtures/targets-bad.csv:9:6: 错误: 列 'unit'（单位）：必填，但为空
! {root}/tests/golden/performance_fixtures/targets-bad.csv:10:4: 错误: 列 'sub_kind'（二级指标）：效益指标须填写二级指标（`sub_kind`）
! {root}/tests/golden/performance_fixtures/targets-bad.csv:12: 错误: 绩效指标 “XM-001/X4” 在本文件中出现两次（第 11 行和第 12 行），内容不同；请删去或改正其中一行
! {root}/tests/golden/performance_fixtures/targets-bad.csv:13: 错误: 绩效指标 “XM-001/C1” 已在账本中，但内容不同（“planned” 已记录为 300，本次为 350）；已记录的条目不能修改
! fundledger: 11 个错误；未写入任何内容
? 2
unchanged
$ import results {root}/tests/golden/performance_fixtures/results-bad.csv
! {root}/tests/golden/performance_fixtures/results-bad.csv:2: 错误: 项目 “XM-001” 没有绩效指标 “Z9”（先导入绩效目标）
! {root}/tests/golden/performance_fixtures/results-bad.csv:3:3: 错误: 列 'date'（日期）：日期“2019-13-01”无效：没有这个月份
! {root}/tests/golden/performance_fixtures/results-bad.csv:4:4: 错误: 列 'value'（完成值）：“abc”不是有效数值：应为不小于 0 的数，最多 6 位小数，如 1200 或 95.5
! {root}/tests/golden/performance_fixtures/results-bad.csv:5:4: 错误: 列 'value'（完成值）：“0.1234567”不是有效数值：应为不小于 0 的数，最多 6 位小数，如 1200 或 95.5
! {root}/tests/golden/performance_fixtures/results-bad.csv:6: 错误: 完成值 “XM-001/C1/2019-06-30” 已在账本中，但内容不同（“value” 已记录为 180，本次为 200；“note” 已记录为 上半年栽植，本次为 改正）；已记录的条目不能修改
! {root}/tests/golden/performance_fixtures/results-bad.csv:8: 错误: 完成值 “XM-002/C1/2019-10-01” 在本文件中出现两次（第 7 行和第 8 行），内容不同；请删去或改正其中一行
! fundledger: 6 个错误；未写入任何内容
? 2
unchanged
$ import targets {root}/tests/golden/performance_fixtures/targets.csv --override 理由
! fundledger: 错误: 项目库的导入没有规则可豁免，不接受 --override
? 2
unchanged
$ report performance --year 2019 --as-of 2019-12-31
> 2019 年度项目绩效指标完成情况（截至 2019-12-31）
> 项目编号  项目名称  指标编号  指标类别  二级指标  指标名称        单位  方向  目标值  完成值  完成日期     完成率
> -----------------------------------------------------------------------------------------------------------------
> XM-001    茶园基地  C1        产出      数量      新建茶园面积    亩    ≥     300     310     2019-11-30  100.00%
> XM-001    茶园基地  C2        产出      质量      茶苗成活率      %     ≥     90      92      2019-11-30  100.00%
> XM-001    茶园基地  C3        产出      成本      亩均建设成本    万元  ≤     0.4     0.45    2019-11-30   88.89%
> XM-001    茶园基地  X1        效益      经济      带动户均增收    万元  ≥     0.3     0.24    2019-12-20   80.00%
> XM-001    茶园基地  X2        效益      社会      带动脱贫户      户    ≥     45      40      2019-12-20   88.89%
> XM-001    茶园基地  M1        满意度              受益群众满意度  %     ≥     90                            0.00%
> XM-002    通村道路  C1        产出      数量      硬化道路长度    公里  ≥     2.1     2.1     2019-09-10  100.00%
> XM-002    通村道路  C2        产出      时效      按期完工率      %     ≥     100     100     2019-09-10  100.00%
> XM-002    通村道路  X1        效益      社会      受益人口        人    ≥     320     300     2019-09-30   93.75%
>
> 2019 年度项目绩效自评得分（截至 2019-12-31）
> 项目编号  项目名称  项目类别  镇      计划投资(元)  已支付(元)  支出进度     产出    效益  满意度  自评得分
> -----------------------------------------------------------------------------------------------------------
> XM-001    茶园基地  产业发展  城关镇  1,200,000.00  600,000.00    50.00%   96.30%  84.44%   0.00%  78.48
> XM-002    通村道路  基础设施  城关镇    300,000.00  180,000.00    60.00%  100.00%  93.75%          93.47
> 评分权重：产出 50，效益 30，满意度 10，支出进度 10（默认权重）
>
> 2019 年度项目实物量（按项目类别和镇，截至 2019-12-31）
> 项目类别  镇      户  亩   公里  人
> ------------------------------------
> 产业发展  城关镇  40  310        
> 基础设施  城关镇           2.1   300
> ------------------------------------
> 合计              40  310  2.1   300
> 账本校验: 第 43 笔 · 4e85880c
$ report performance --year 2019 --as-of 2019-09-30
> 2019 年度项目绩效指标完成情况（截至 2019-09-30）
> 项目编号  项目名称  指标编号  指标类别  二级指标  指标名称        单位  方向  目标值  完成值  完成日期     完成率
> -----------------------------------------------------------------------------------------------------------------
> XM-001    茶园基地  C1        产出      数量      新建茶园面积    亩    ≥     300     180     2019-06-30   60.00%
> XM-001    茶园基地  C2        产出      质量      茶苗成活率      %     ≥     90                            0.00%
> XM-001    茶园基地  C3        产出      成本      亩均建设成本    万元  ≤     0.4                           0.00%
> XM-001    茶园基地  X1        效益      经济      带动户均增收    万元  ≥     0.3                           0.00%
> XM-001    茶园基地  X2        效益      社会      带动脱贫户      户    ≥     45                            0.00%
> XM-001    茶园基地  M1        满意度              受益群众满意度  %     ≥     90                            0.00%
> XM-002    通村道路  C1        产出      数量      硬化道路长度    公里  ≥     2.1     2.1     2019-09-10  100.00%
> XM-002    通村道路  C2        产出      时效      按期完工率      %     ≥     100     100     2019-09-10  100.00%
> XM-002    通村道路  X1        效益      社会      受益人口        人    ≥     320     300     2019-09-30   93.75%
>
> 2019 年度项目绩效自评得分（截至 2019-09-30）
> 项目编号  项目名称  项目类别  镇      计划投资(元)  已支付(元)  支出进度     产出    效益  满意度  自评得分
> -----------------------------------------------------------------------------------------------------------
> XM-001    茶园基地  产业发展  城关镇  1,200,000.00  600,000.00    50.00%   20.00%   0.00%   0.00%  15.00
> XM-002    通村道路  基础设施  城关镇    300,000.00  180,000.00    60.00%  100.00%  93.75%          93.47
> 评分权重：产出 50，效益 30，满意度 10，支出进度 10（默认权重）
>
> 2019 年度项目实物量（按项目类别和镇，截至 2019-09-30）
> 项目类别  镇      户  亩   公里  人
> ------------------------------------
> 产业发展  城关镇      180        
> 基础设施  城关镇           2.1   300
> ------------------------------------
> 合计                  180  2.1   300
> 账本校验: 第 43 笔 · 4e85880c
$ report performance --year 2019 --as-of 2019-12-31 --format csv
> project_id,name,indicator_id,kind,sub_kind,indicator,unit,direction,planned,result,result_date,completion
> XM-001,茶园基地,C1,output,quantity,新建茶园面积,亩,>=,300,310,2019-11-30,1.0000
> XM-001,茶园基地,C2,output,quality,茶苗成活率,%,>=,90,92,2019-11-30,1.0000
> XM-001,茶园基地,C3,output,cost,亩均建设成本,万元,<=,0.4,0.45,2019-11-30,0.8889
> XM-001,茶园基地,X1,benefit,economic,带动户均增收,万元,>=,0.3,0.24,2019-12-20,0.8000
> XM-001,茶园基地,X2,benefit,social,带动脱贫户,户,>=,45,40,2019-12-20,0.8889
> XM-001,茶园基地,M1,satisfaction,,受益群众满意度,%,>=,90,,,0.0000
> XM-002,通村道路,C1,output,quantity,硬化道路长度,公里,>=,2.1,2.1,2019-09-10,1.0000
> XM-002,通村道路,C2,output,timeliness,按期完工率,%,>=,100,100,2019-09-10,1.0000
> XM-002,通村道路,X1,benefit,social,受益人口,人,>=,320,300,2019-09-30,0.9375
>
> project_id,name,category,town,investment,paid,spending,output,benefit,satisfaction,score
> XM-001,茶园基地,industry,城关镇,1200000.00,600000.00,0.5000,0.9630,0.8444,0.0000,78.48
> XM-002,通村道路,infrastructure,城关镇,300000.00,180000.00,0.6000,1.0000,0.9375,,93.47
>
> category,town,households,mu,km,persons
> industry,城关镇,40,310,,
> infrastructure,城关镇,,,2.1,300
> 合计,,40,310,2.1,300
$ report performance --year 2019 --as-of 2019-12-31 --format json --lang en
> {
>   "as_of": "2019-12-31",
>   "indicators": {
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
>         "en": "Indicator",
>         "key": "indicator_id",
>         "type": "text",
>         "zh": "指标编号"
>       },
>       {
>         "en": "Kind",
>         "key": "kind",
>         "type": "text",
>         "zh": "指标类别"
>       },
>       {
>         "en": "Sub-kind",
>         "key": "sub_kind",
>         "type": "text",
>         "zh": "二级指标"
>       },
>       {
>         "en": "Indicator name",
>         "key": "indicator",
>         "type": "text",
>         "zh": "指标名称"
>       },
>       {
>         "en": "Unit",
>         "key": "unit",
>         "type": "text",
>         "zh": "单位"
>       },
>       {
>         "en": "Direction",
>         "key": "direction",
>         "type": "text",
>         "zh": "方向"
>       },
>       {
>         "en": "Planned",
>         "key": "planned",
>         "type": "text",
>         "zh": "目标值"
>       },
>       {
>         "en": "Result",
>         "key": "result",
>         "type": "text",
>         "zh": "完成值"
>       },
>       {
>         "en": "Measured on",
>         "key": "result_date",
>         "type": "text",
>         "zh": "完成日期"
>       },
>       {
>         "en": "Completion",
>         "key": "completion",
>         "type": "ratio",
>         "zh": "完成率"
>       }
>     ],
>     "rows": [
>       {
>         "completion": "1.0000",
>         "direction": ">=",
>         "indicator": "新建茶园面积",
>         "indicator_id": "C1",
>         "kind": "output",
>         "name": "茶园基地",
>         "planned": "300",
>         "project_id": "XM-001",
>         "result": "310",
>         "result_date": "2019-11-30",
>         "sub_kind": "quantity",
>         "unit": "亩"
>       },
>       {
>         "completion": "1.0000",
>         "direction": ">=",
>         "indicator": "茶苗成活率",
>         "indicator_id": "C2",
>         "kind": "output",
>         "name": "茶园基地",
>         "planned": "90",
>         "project_id": "XM-001",
>         "result": "92",
>         "result_date": "2019-11-30",
>         "sub_kind": "quality",
>         "unit": "%"
>       },
>       {
>         "completion": "0.8889",
>         "direction": "<=",
>         "indicator": "亩均建设成本",
>         "indicator_id": "C3",
>         "kind": "output",
>         "name": "茶园基地",
>         "planned": "0.4",
>         "project_id": "XM-001",
>         "result": "0.45",
>         "result_date": "2019-11-30",
>         "sub_kind": "cost",
>         "unit": "万元"
>       },
>       {
>         "completion": "0.8000",
>         "direction": ">=",
>         "indicator": "带动户均增收",
>         "indicator_id": "X1",
>         "kind": "benefit",
>         "name": "茶园基地",
>         "planned": "0.3",
>         "project_id": "XM-001",
>         "result": "0.24",
>         "result_date": "2019-12-20",
>         "sub_kind": "economic",
>         "unit": "万元"
>       },
>       {
>         "completion": "0.8889",
>         "direction": ">=",
>         "indicator": "带动脱贫户",
>         "indicator_id": "X2",
>         "kind": "benefit",
>         "name": "茶园基地",
>         "planned": "45",
>         "project_id": "XM-001",
>         "result": "40",
>         "result_date": "2019-12-20",
>         "sub_kind": "social",
>         "unit": "户"
>       },
>       {
>         "completion": "0.0000",
>         "direction": ">=",
>         "indicator": "受益群众满意度",
>         "indicator_id": "M1",
>         "kind": "satisfaction",
>         "name": "茶园基地",
>         "planned": "90",
>         "project_id": "XM-001",
>         "result": null,
>         "result_date": null,
>         "sub_kind": null,
>         "unit": "%"
>       },
>       {
>         "completion": "1.0000",
>         "direction": ">=",
>         "indicator": "硬化道路长度",
>         "indicator_id": "C1",
>         "kind": "output",
>         "name": "通村道路",
>         "planned": "2.1",
>         "project_id": "XM-002",
>         "result": "2.1",
>         "result_date": "2019-09-10",
>         "sub_kind": "quantity",
>         "unit": "公里"
>       },
>       {
>         "completion": "1.0000",
>         "direction": ">=",
>         "indicator": "按期完工率",
>         "indicator_id": "C2",
>         "kind": "output",
>         "name": "通村道路",
>         "planned": "100",
>         "project_id": "XM-002",
>         "result": "100",
>         "result_date": "2019-09-10",
>         "sub_kind": "timeliness",
>         "unit": "%"
>       },
>       {
>         "completion": "0.9375",
>         "direction": ">=",
>         "indicator": "受益人口",
>         "indicator_id": "X1",
>         "kind": "benefit",
>         "name": "通村道路",
>         "planned": "320",
>         "project_id": "XM-002",
>         "result": "300",
>         "result_date": "2019-09-30",
>         "sub_kind": "social",
>         "unit": "人"
>       }
>     ],
>     "title": "Performance indicators of the projects of 2019 as of 2019-12-31",
>     "total": null
>   },
>   "ledger_check": {
>     "entries": 43,
>     "head": "4e85880c012feab3ca2552ff5bfdb057d84415cfc2628a3e77a44be3566ccefd"
>   },
>   "report": "performance",
>   "scores": {
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
>         "en": "Investment",
>         "key": "investment",
>         "type": "money",
>         "zh": "计划投资"
>       },
>       {
>         "en": "Paid",
>         "key": "paid",
>         "type": "money",
>         "zh": "已支付"
>       },
>       {
>         "en": "Spending",
>         "key": "spending",
>         "type": "ratio",
>         "zh": "支出进度"
>       },
>       {
>         "en": "Output",
>         "key": "output",
>         "type": "ratio",
>         "zh": "产出"
>       },
>       {
>         "en": "Benefit",
>         "key": "benefit",
>         "type": "ratio",
>         "zh": "效益"
>       },
>       {
>         "en": "Satisfaction",
>         "key": "satisfaction",
>         "type": "ratio",
>         "zh": "满意度"
>       },
>       {
>         "en": "Score",
>         "key": "score",
>         "type": "text",
>         "zh": "自评得分"
>       }
>     ],
>     "rows": [
>       {
>         "benefit": "0.8444",
>         "category": "industry",
>         "investment": "1200000.00",
>         "name": "茶园基地",
>         "output": "0.9630",
>         "paid": "600000.00",
>         "project_id": "XM-001",
>         "satisfaction": "0.0000",
>         "score": "78.48",
>         "spending": "0.5000",
>         "town": "城关镇"
>       },
>       {
>         "benefit": "0.9375",
>         "category": "infrastructure",
>         "investment": "300000.00",
>         "name": "通村道路",
>         "output": "1.0000",
>         "paid": "180000.00",
>         "project_id": "XM-002",
>         "satisfaction": null,
>         "score": "93.47",
>         "spending": "0.6000",
>         "town": "城关镇"
>       }
>     ],
>     "title": "Performance self-assessment of the projects of 2019 as of 2019-12-31",
>     "total": null
>   },
>   "totals": {
>     "columns": [
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
>         "en": "Households",
>         "key": "households",
>         "type": "text",
>         "zh": "户"
>       },
>       {
>         "en": "Mu",
>         "key": "mu",
>         "type": "text",
>         "zh": "亩"
>       },
>       {
>         "en": "Km",
>         "key": "km",
>         "type": "text",
>         "zh": "公里"
>       },
>       {
>         "en": "Persons",
>         "key": "persons",
>         "type": "text",
>         "zh": "人"
>       }
>     ],
>     "rows": [
>       {
>         "category": "industry",
>         "households": "40",
>         "km": null,
>         "mu": "310",
>         "persons": null,
>         "town": "城关镇"
>       },
>       {
>         "category": "infrastructure",
>         "households": null,
>         "km": "2.1",
>         "mu": null,
>         "persons": "300",
>         "town": "城关镇"
>       }
>     ],
>     "title": "Physical totals of the projects of 2019 by category and town as of 2019-12-31",
>     "total": {
>       "category": "Total",
>       "households": "40",
>       "km": "2.1",
>       "mu": "310",
>       "persons": "300",
>       "town": null
>     }
>   },
>   "weights": {
>     "benefit": 30,
>     "output": 50,
>     "rule": null,
>     "satisfaction": 10,
>     "spending": 10
>   },
>   "year": 2019
> }
$ import rules {root}/tests/golden/performance_fixtures/rules-bad.toml
! {root}/tests/golden/performance_fixtures/rules-bad.toml:3: 错误: 规则 perf-sum：绩效评分权重之和须为 100，现为 90
! {root}/tests/golden/performance_fixtures/rules-bad.toml:12: 错误: 规则 perf-missing：performance_weights 规则需要 'spending'
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/performance_fixtures/rules.toml
> 已从 {root}/tests/golden/performance_fixtures/rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 perf-2019 v1
$ report performance --year 2019 --as-of 2019-12-31 --lang en
> Performance indicators of the projects of 2019 as of 2019-12-31
> Project  Name      Indicator  Kind          Sub-kind    Indicator name  Unit  Direction  Planned  Result  Measured on  Completion
> ---------------------------------------------------------------------------------------------------------------------------------
> XM-001   茶园基地  C1         output        quantity    新建茶园面积    亩    ≥          300      310     2019-11-30      100.00%
> XM-001   茶园基地  C2         output        quality     茶苗成活率      %     ≥          90       92      2019-11-30      100.00%
> XM-001   茶园基地  C3         output        cost        亩均建设成本    万元  ≤          0.4      0.45    2019-11-30       88.89%
> XM-001   茶园基地  X1         benefit       economic    带动户均增收    万元  ≥          0.3      0.24    2019-12-20       80.00%
> XM-001   茶园基地  X2         benefit       social      带动脱贫户      户    ≥          45       40      2019-12-20       88.89%
> XM-001   茶园基地  M1         satisfaction              受益群众满意度  %     ≥          90                                 0.00%
> XM-002   通村道路  C1         output        quantity    硬化道路长度    公里  ≥          2.1      2.1     2019-09-10      100.00%
> XM-002   通村道路  C2         output        timeliness  按期完工率      %     ≥          100      100     2019-09-10      100.00%
> XM-002   通村道路  X1         benefit       social      受益人口        人    ≥          320      300     2019-09-30       93.75%
>
> Performance self-assessment of the projects of 2019 as of 2019-12-31
> Project  Name      Category        Town    Investment (yuan)  Paid (yuan)  Spending   Output  Benefit  Satisfaction  Score
> --------------------------------------------------------------------------------------------------------------------------
> XM-001   茶园基地  industry        城关镇       1,200,000.00   600,000.00    50.00%   96.30%   84.44%         0.00%  68.85
> XM-002   通村道路  infrastructure  城关镇         300,000.00   180,000.00    60.00%  100.00%   93.75%                92.66
> weights of the score: output 40, benefit 30, satisfaction 20, spending 10 (rule perf-2019)
>
> Physical totals of the projects of 2019 by category and town as of 2019-12-31
> Category        Town    Households  Mu   Km   Persons
> -----------------------------------------------------
> industry        城关镇  40          310       
> infrastructure  城关镇                   2.1  300
> -----------------------------------------------------
> Total                   40          310  2.1  300
> Ledger check: entry 44 · 101704ef
$ report performance --year 2018 --as-of 2019-12-31 --format csv
> project_id,name,indicator_id,kind,sub_kind,indicator,unit,direction,planned,result,result_date,completion
>
> project_id,name,category,town,investment,paid,spending,output,benefit,satisfaction,score
>
> category,town,households,mu,km,persons
$ verify
> 校验通过：共 44 笔分录，链头 101704efe7528078480496ca3e95be0703af04e48f456ef849d87b70479097ef
