# The project reports (issue 16): `report projects --year` (the one model of `projects --year`), and the 公示 of
# projects before work starts (--stage start: planned for the year) and after completion (--stage end: completed
# or accepted in the year), in text, csv and json, with the notice period and the sources of the money paid.
# pingli-2016 by hand: PL2016-001 paid 800,000.00 + 300,000.00 (FP2016-D001, D005, naming it by its name) +
# 600,000.00 (FP2016-H001, by its id) = 1,700,000.00, all INDUSTRY money drawn first from 陕财办农〔2016〕12号; PL2016-005 paid 700,000.00: 400,000.00 from 平政办发〔2016〕41号 + 300,000.00 from
# 陕财办农〔2016〕12号. Stage end: PL2016-001 (完工 2016-11-25), PL2016-003 (验收 2016-07-20), PL2016-006
# (验收 2016-10-20): investment 18,000,000.00 + 16,000,000.00 + 5,000,000.00 = 39,000,000.00, paid
# 1,700,000.00 + 1,200,000.00 + 280,000.00 = 3,180,000.00, households 360 + 60 + 180 = 600. As of 2016-09-30
# only PL2016-003 (验收 07-20) and PL2016-006 (完工 09-20) are finished; 006 was not yet paid.
# With targets.csv and results.csv imported, each project shows its targets (绩效目标); at stage end with the
# latest result by the date (PL2016-001: 新建精品茶园 ≥3000亩, 3050亩 measured on 2016-11-25).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/pingli-2016/households.csv
> 已从 {root}/examples/pingli-2016/households.csv 导入农户：新增 12 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/pingli-2016/sources.csv
> 已从 {root}/examples/pingli-2016/sources.csv 导入来源：新增 5 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/pingli-2016/budget.toml
> 已从 {root}/examples/pingli-2016/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/pingli-2016/allocations.csv
> 已从 {root}/examples/pingli-2016/allocations.csv 导入分配：新增 10 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/disbursements.csv
> 已从 {root}/examples/pingli-2016/disbursements.csv 导入支付：新增 21 笔，跳过 0 笔（已记录）
$ import projects {root}/examples/pingli-2016/projects.csv
> 已从 {root}/examples/pingli-2016/projects.csv 导入项目：新增 9 笔，跳过 0 笔（已记录）
$ import project-status {root}/examples/pingli-2016/project-status.csv
> 已从 {root}/examples/pingli-2016/project-status.csv 导入项目状态：新增 45 笔，跳过 0 笔（已记录）
$ import contracts {root}/examples/pingli-2016/contracts.csv
> 已从 {root}/examples/pingli-2016/contracts.csv 导入合同：新增 4 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/contract-payments.csv
> 已从 {root}/examples/pingli-2016/contract-payments.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import targets {root}/examples/pingli-2016/targets.csv
> 已从 {root}/examples/pingli-2016/targets.csv 导入绩效目标：新增 18 笔，跳过 0 笔（已记录）
$ import results {root}/examples/pingli-2016/results.csv
> 已从 {root}/examples/pingli-2016/results.csv 导入绩效完成值：新增 18 笔，跳过 0 笔（已记录）
$ settings set 单位 平利县财政局
> 已设置单位：平利县财政局
$ settings set 监督电话 0915-8421234
> 已设置监督电话：0915-8421234
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
$ report projects --year 2016 --as-of 2016-12-31
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
> 账本校验: 第 151 笔 · 5f9661aa
$ report projects --year 2016 --as-of 2016-12-31 --format csv
> project_id,name,category,town,village,status,plan_years,investment,committed,paid,progress
> PL2016-001,精品茶园及绞股蓝基地,industry,城关镇,龙头村,completed,2016,18000000.00,400000.00,1700000.00,0.0944
> PL2016-002,集中安置点建房补助,relocation,老县镇,锦屏村,started,2016,26000000.00,1200000.00,940000.00,0.0362
> PL2016-003,社区工厂奖补,employment,老县镇,锦屏村,accepted,2016,16000000.00,0.00,1200000.00,0.0750
> PL2016-004,移民搬迁建房补助,relocation,长安镇,,started,2016,18000000.00,0.00,90000.00,0.0050
> PL2016-005,产业路建设,infrastructure,长安镇,中坝村,started,2016,6000000.00,300000.00,700000.00,0.1167
> PL2016-006,贫困村基础设施,infrastructure,长安镇,高峰村,accepted,2016,5000000.00,0.00,280000.00,0.0560
> PL2016-007,安置点配套设施,relocation,城关镇,,planned,2016,5000000.00,500000.00,0.00,0.0000
> 合计,,,,,,,94000000.00,2400000.00,4910000.00,0.0522
$ report projects --year 2016 --as-of 2016-06-30 --format json
> {
>   "as_of": "2016-06-30",
>   "columns": [
>     {
>       "en": "Project",
>       "key": "project_id",
>       "type": "text",
>       "zh": "项目编号"
>     },
>     {
>       "en": "Name",
>       "key": "name",
>       "type": "text",
>       "zh": "项目名称"
>     },
>     {
>       "en": "Category",
>       "key": "category",
>       "type": "text",
>       "zh": "项目类别"
>     },
>     {
>       "en": "Town",
>       "key": "town",
>       "type": "text",
>       "zh": "镇"
>     },
>     {
>       "en": "Village",
>       "key": "village",
>       "type": "text",
>       "zh": "村"
>     },
>     {
>       "en": "Status",
>       "key": "status",
>       "type": "text",
>       "zh": "状态"
>     },
>     {
>       "en": "Plan years",
>       "key": "plan_years",
>       "type": "text",
>       "zh": "计划年度"
>     },
>     {
>       "en": "Investment",
>       "key": "investment",
>       "type": "money",
>       "zh": "计划投资"
>     },
>     {
>       "en": "Committed",
>       "key": "committed",
>       "type": "money",
>       "zh": "合同未付"
>     },
>     {
>       "en": "Paid",
>       "key": "paid",
>       "type": "money",
>       "zh": "已支付"
>     },
>     {
>       "en": "Progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支付进度"
>     }
>   ],
>   "ledger_check": {
>     "entries": 151,
>     "head": "5f9661aa56483e4fa139b8332f5582bab08ebe1693227e518c7355677c63d5eb"
>   },
>   "report": "projects",
>   "rows": [
>     {
>       "category": "industry",
>       "committed": "0.00",
>       "investment": "18000000.00",
>       "name": "精品茶园及绞股蓝基地",
>       "paid": "1100000.00",
>       "plan_years": "2016",
>       "progress": "0.0611",
>       "project_id": "PL2016-001",
>       "status": "started",
>       "town": "城关镇",
>       "village": "龙头村"
>     },
>     {
>       "category": "relocation",
>       "committed": "0.00",
>       "investment": "26000000.00",
>       "name": "集中安置点建房补助",
>       "paid": "105000.00",
>       "plan_years": "2016",
>       "progress": "0.0040",
>       "project_id": "PL2016-002",
>       "status": "started",
>       "town": "老县镇",
>       "village": "锦屏村"
>     },
>     {
>       "category": "employment",
>       "committed": "0.00",
>       "investment": "16000000.00",
>       "name": "社区工厂奖补",
>       "paid": "0.00",
>       "plan_years": "2016",
>       "progress": "0.0000",
>       "project_id": "PL2016-003",
>       "status": "completed",
>       "town": "老县镇",
>       "village": "锦屏村"
>     },
>     {
>       "category": "relocation",
>       "committed": "0.00",
>       "investment": "18000000.00",
>       "name": "移民搬迁建房补助",
>       "paid": "40000.00",
>       "plan_years": "2016",
>       "progress": "0.0022",
>       "project_id": "PL2016-004",
>       "status": "started",
>       "town": "长安镇",
>       "village": null
>     },
>     {
>       "category": "infrastructure",
>       "committed": "0.00",
>       "investment": "6000000.00",
>       "name": "产业路建设",
>       "paid": "0.00",
>       "plan_years": "2016",
>       "progress": "0.0000",
>       "project_id": "PL2016-005",
>       "status": "started",
>       "town": "长安镇",
>       "village": "中坝村"
>     },
>     {
>       "category": "infrastructure",
>       "committed": "0.00",
>       "investment": "5000000.00",
>       "name": "贫困村基础设施",
>       "paid": "0.00",
>       "plan_years": "2016",
>       "progress": "0.0000",
>       "project_id": "PL2016-006",
>       "status": "planned",
>       "town": "长安镇",
>       "village": "高峰村"
>     },
>     {
>       "category": "relocation",
>       "committed": "0.00",
>       "investment": "5000000.00",
>       "name": "安置点配套设施",
>       "paid": "0.00",
>       "plan_years": "2016",
>       "progress": "0.0000",
>       "project_id": "PL2016-007",
>       "status": "planned",
>       "town": "城关镇",
>       "village": null
>     }
>   ],
>   "title": "2016 年度项目计划",
>   "total": {
>     "category": null,
>     "committed": "0.00",
>     "investment": "94000000.00",
>     "name": null,
>     "paid": "1245000.00",
>     "plan_years": null,
>     "progress": "0.0132",
>     "project_id": "合计",
>     "status": null,
>     "town": null,
>     "village": null
>   },
>   "year": 2016
> }
$ report projects --year 2016 --as-of 2016-12-31 --lang en --unit wan
> Project plan of 2016
> Project     Name                  Category        Town    Village  Status     Plan years  Investment (10k yuan)  Committed (10k yuan)  Paid (10k yuan)  Progress
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------
> PL2016-001  精品茶园及绞股蓝基地  industry        城关镇  龙头村   completed  2016                     1,800.00                 40.00           170.00     9.44%
> PL2016-002  集中安置点建房补助    relocation      老县镇  锦屏村   started    2016                     2,600.00                120.00            94.00     3.62%
> PL2016-003  社区工厂奖补          employment      老县镇  锦屏村   accepted   2016                     1,600.00                  0.00           120.00     7.50%
> PL2016-004  移民搬迁建房补助      relocation      长安镇           started    2016                     1,800.00                  0.00             9.00     0.50%
> PL2016-005  产业路建设            infrastructure  长安镇  中坝村   started    2016                       600.00                 30.00            70.00    11.67%
> PL2016-006  贫困村基础设施        infrastructure  长安镇  高峰村   accepted   2016                       500.00                  0.00            28.00     5.60%
> PL2016-007  安置点配套设施        relocation      城关镇           planned    2016                       500.00                 50.00             0.00     0.00%
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------
> Total                                                                                                  9,400.00                240.00           491.00     5.22%
> Ledger check: entry 151 · 5f9661aa
$ report disclosure --projects --stage start --year 2016 --as-of 2016-12-31 --from 2017-01-05
> 2016 年度扶贫项目开工前公示
> 序号  项目编号    项目名称              建设地点      建设内容                                                                                                                         计划投资(元)  其中财政资金(元)    已支付(元)  资金来源（文号及已支付金额）                                    责任单位                  责任人  受益户数  其中脱贫户  绩效目标                                                                       计划工期                  状态          状态日期
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
>    1  PL2016-001  精品茶园及绞股蓝基地  城关镇龙头村  落实“5个3万”中3万亩精品茶园、3万亩绞股蓝任务:龙头企业在城关镇龙头村建设精品茶园基地,老县镇锦屏村绞股蓝专业合作社扩建绞股蓝基地  18,000,000.00     15,000,000.00  1,700,000.00  陕财办农〔2016〕12号 170.00万元                                 平利县茶业局              陈立新       360         150  新建精品茶园 ≥3000亩；茶苗成活率 ≥90%；受益群众满意度 ≥90%；带动贫困户 ≥150户  2016-03-25 至 2016-11-30  完工          2016-11-25
>    2  PL2016-002  集中安置点建房补助    老县镇锦屏村  锦屏村集中安置点建房补助(全县25个集中安置点之一);月底全面开工,8月底主体完工,10月底达到入住条件                                  26,000,000.00     10,000,000.00    940,000.00  陕财办农〔2016〕12号 94.00万元                                  平利县移民搬迁工作办公室  王世平       180         165  集中安置搬迁户 ≥180户；10月底达到入住条件 ≥100%；搬迁群众按期入住率 ≥95%       2016-03-31 至 2016-10-31  实施          2016-03-31
>    3  PL2016-003  社区工厂奖补          老县镇锦屏村  引进针织企业进社区兴办社区工厂,以奖代补;镇上新培育社区工厂2家以上                                                               16,000,000.00     10,000,000.00  1,200,000.00  陕财办农〔2016〕12号 120.00万元                                 老县镇人民政府            李文华        60          46  新培育社区工厂 ≥2个；务工群众满意度 ≥90%；贫困劳动力进厂务工 ≥46人             2016-04-15 至 2016-06-30  验收          2016-07-20
>    4  PL2016-004  移民搬迁建房补助      长安镇        长安镇中坝村、高峰村移民搬迁户建房补助                                                                                          18,000,000.00     10,000,000.00     90,000.00  陕财办农〔2016〕12号 9.00万元                                   长安镇人民政府            赵建军       150         138  移民搬迁建房户 ≥150户                                                          2016-04-01 至 2016-12-31  实施          2016-04-10
>    5  PL2016-005  产业路建设            长安镇中坝村  中坝村茶园产业路硬化;资金来自整合行业项目资金(平政办发〔2016〕41号)                                                              6,000,000.00      5,000,000.00    700,000.00  平政办发〔2016〕41号 40.00万元；陕财办农〔2016〕12号 30.00万元  长安镇人民政府            刘成林       210          85  产业路建设成本 ≤600万元；带动贫困户发展富硒茶 ≥85户                            2016-06-10 至 2016-10-31  实施          2016-06-12
>    6  PL2016-006  贫困村基础设施        长安镇高峰村  高峰村通村道路硬化2.1公里及饮水、电力等贫困村基础设施                                                                            5,000,000.00      5,000,000.00    280,000.00  陕财办农〔2016〕12号 28.00万元                                  长安镇人民政府            刘成林       180          64  通村道路硬化 ≥2.1公里；9月底前完工 ≥100%；受益群众满意度 ≥90%；受益户 ≥180户   2016-07-01 至 2016-09-30  验收          2016-10-20
>    7  PL2016-007  安置点配套设施        城关镇        城关镇集中安置点水、电、路等配套设施;资金来自整合行业项目资金(平政办发〔2016〕41号)                                              5,000,000.00      5,000,000.00          0.00                                                                  城关镇人民政府            张海波       120         100  配套设施覆盖安置户 ≥120户                                                      2016-06-15 至 2016-12-31  纳入年度计划  2016-05-26
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                                                                                                                                                  94,000,000.00     60,000,000.00  4,910,000.00                                                                                                        1260         748                                                                                                                         
>
> 公示期：2017-01-05 至 2017-01-14（10 天）
> 监督电话：12317（全国扶贫监督举报电话）    本地监督电话：0915-8421234
> 公示单位：平利县财政局
> 账本校验: 第 151 笔 · 5f9661aa
$ report disclosure --projects --stage end --year 2016 --as-of 2016-12-31 --from 2017-01-05 --format csv
> seq,project_id,name,place,content,investment,fiscal_share,paid,sources,responsible_unit,leader,beneficiary_households,beneficiary_poor,targets,period,status,status_date
> 1,PL2016-001,精品茶园及绞股蓝基地,城关镇龙头村,"落实“5个3万”中3万亩精品茶园、3万亩绞股蓝任务:龙头企业在城关镇龙头村建设精品茶园基地,老县镇锦屏村绞股蓝专业合作社扩建绞股蓝基地",18000000.00,15000000.00,1700000.00,陕财办农〔2016〕12号 1700000.00,平利县茶业局,陈立新,360,150,新建精品茶园 ≥3000亩（完成 3050亩）；茶苗成活率 ≥90%（完成 93%）；受益群众满意度 ≥90%（完成 95%）；带动贫困户 ≥150户（完成 150户）,2016-03-25 至 2016-11-30,completed,2016-11-25
> 2,PL2016-003,社区工厂奖补,老县镇锦屏村,"引进针织企业进社区兴办社区工厂,以奖代补;镇上新培育社区工厂2家以上",16000000.00,10000000.00,1200000.00,陕财办农〔2016〕12号 1200000.00,老县镇人民政府,李文华,60,46,新培育社区工厂 ≥2个（完成 2个）；务工群众满意度 ≥90%（完成 96%）；贫困劳动力进厂务工 ≥46人（完成 52人）,2016-04-15 至 2016-06-30,accepted,2016-07-20
> 3,PL2016-006,贫困村基础设施,长安镇高峰村,高峰村通村道路硬化2.1公里及饮水、电力等贫困村基础设施,5000000.00,5000000.00,280000.00,陕财办农〔2016〕12号 280000.00,长安镇人民政府,刘成林,180,64,通村道路硬化 ≥2.1公里（完成 2.1公里）；9月底前完工 ≥100%（完成 100%）；受益群众满意度 ≥90%（完成 98%）；受益户 ≥180户（完成 180户）,2016-07-01 至 2016-09-30,accepted,2016-10-20
> 合计,,,,,39000000.00,30000000.00,3180000.00,,,,600,260,,,,
$ report disclosure --projects --stage end --year 2016 --as-of 2016-12-31 --from 2017-01-05 --days 15 --format json
> {
>   "as_of": "2016-12-31",
>   "columns": [
>     {
>       "en": "No.",
>       "key": "seq",
>       "type": "integer",
>       "zh": "序号"
>     },
>     {
>       "en": "Project",
>       "key": "project_id",
>       "type": "text",
>       "zh": "项目编号"
>     },
>     {
>       "en": "Name",
>       "key": "name",
>       "type": "text",
>       "zh": "项目名称"
>     },
>     {
>       "en": "Place",
>       "key": "place",
>       "type": "text",
>       "zh": "建设地点"
>     },
>     {
>       "en": "Content",
>       "key": "content",
>       "type": "text",
>       "zh": "建设内容"
>     },
>     {
>       "en": "Investment",
>       "key": "investment",
>       "type": "money",
>       "zh": "计划投资"
>     },
>     {
>       "en": "Fiscal share",
>       "key": "fiscal_share",
>       "type": "money",
>       "zh": "其中财政资金"
>     },
>     {
>       "en": "Paid",
>       "key": "paid",
>       "type": "money",
>       "zh": "已支付"
>     },
>     {
>       "en": "Sources of the money paid (document and amount)",
>       "key": "sources",
>       "type": "text",
>       "zh": "资金来源（文号及已支付金额）"
>     },
>     {
>       "en": "Responsible unit",
>       "key": "responsible_unit",
>       "type": "text",
>       "zh": "责任单位"
>     },
>     {
>       "en": "Leader",
>       "key": "leader",
>       "type": "text",
>       "zh": "责任人"
>     },
>     {
>       "en": "Households benefiting",
>       "key": "beneficiary_households",
>       "type": "integer",
>       "zh": "受益户数"
>     },
>     {
>       "en": "Of them poor",
>       "key": "beneficiary_poor",
>       "type": "integer",
>       "zh": "其中脱贫户"
>     },
>     {
>       "en": "Performance targets",
>       "key": "targets",
>       "type": "text",
>       "zh": "绩效目标"
>     },
>     {
>       "en": "Planned period",
>       "key": "period",
>       "type": "text",
>       "zh": "计划工期"
>     },
>     {
>       "en": "Status",
>       "key": "status",
>       "type": "text",
>       "zh": "状态"
>     },
>     {
>       "en": "Status date",
>       "key": "status_date",
>       "type": "text",
>       "zh": "状态日期"
>     }
>   ],
>   "ledger_check": {
>     "entries": 151,
>     "head": "5f9661aa56483e4fa139b8332f5582bab08ebe1693227e518c7355677c63d5eb"
>   },
>   "notice": {
>     "days": 15,
>     "from": "2017-01-05",
>     "lines": [
>       "公示期：2017-01-05 至 2017-01-19（15 天）",
>       "监督电话：12317（全国扶贫监督举报电话）    本地监督电话：0915-8421234",
>       "公示单位：平利县财政局"
>     ],
>     "to": "2017-01-19"
>   },
>   "report": "disclosure",
>   "rows": [
>     {
>       "beneficiary_households": 360,
>       "beneficiary_poor": 150,
>       "content": "落实“5个3万”中3万亩精品茶园、3万亩绞股蓝任务:龙头企业在城关镇龙头村建设精品茶园基地,老县镇锦屏村绞股蓝专业合作社扩建绞股蓝基地",
>       "fiscal_share": "15000000.00",
>       "investment": "18000000.00",
>       "leader": "陈立新",
>       "name": "精品茶园及绞股蓝基地",
>       "paid": "1700000.00",
>       "period": "2016-03-25 至 2016-11-30",
>       "place": "城关镇龙头村",
>       "project_id": "PL2016-001",
>       "responsible_unit": "平利县茶业局",
>       "seq": 1,
>       "sources": "陕财办农〔2016〕12号 1700000.00",
>       "status": "completed",
>       "status_date": "2016-11-25",
>       "targets": "新建精品茶园 ≥3000亩（完成 3050亩）；茶苗成活率 ≥90%（完成 93%）；受益群众满意度 ≥90%（完成 95%）；带动贫困户 ≥150户（完成 150户）"
>     },
>     {
>       "beneficiary_households": 60,
>       "beneficiary_poor": 46,
>       "content": "引进针织企业进社区兴办社区工厂,以奖代补;镇上新培育社区工厂2家以上",
>       "fiscal_share": "10000000.00",
>       "investment": "16000000.00",
>       "leader": "李文华",
>       "name": "社区工厂奖补",
>       "paid": "1200000.00",
>       "period": "2016-04-15 至 2016-06-30",
>       "place": "老县镇锦屏村",
>       "project_id": "PL2016-003",
>       "responsible_unit": "老县镇人民政府",
>       "seq": 2,
>       "sources": "陕财办农〔2016〕12号 1200000.00",
>       "status": "accepted",
>       "status_date": "2016-07-20",
>       "targets": "新培育社区工厂 ≥2个（完成 2个）；务工群众满意度 ≥90%（完成 96%）；贫困劳动力进厂务工 ≥46人（完成 52人）"
>     },
>     {
>       "beneficiary_households": 180,
>       "beneficiary_poor": 64,
>       "content": "高峰村通村道路硬化2.1公里及饮水、电力等贫困村基础设施",
>       "fiscal_share": "5000000.00",
>       "investment": "5000000.00",
>       "leader": "刘成林",
>       "name": "贫困村基础设施",
>       "paid": "280000.00",
>       "period": "2016-07-01 至 2016-09-30",
>       "place": "长安镇高峰村",
>       "project_id": "PL2016-006",
>       "responsible_unit": "长安镇人民政府",
>       "seq": 3,
>       "sources": "陕财办农〔2016〕12号 280000.00",
>       "status": "accepted",
>       "status_date": "2016-10-20",
>       "targets": "通村道路硬化 ≥2.1公里（完成 2.1公里）；9月底前完工 ≥100%（完成 100%）；受益群众满意度 ≥90%（完成 98%）；受益户 ≥180户（完成 180户）"
>     }
>   ],
>   "stage": "end",
>   "title": "2016 年度扶贫项目竣工后公示",
>   "total": {
>     "beneficiary_households": 600,
>     "beneficiary_poor": 260,
>     "content": null,
>     "fiscal_share": "30000000.00",
>     "investment": "39000000.00",
>     "leader": null,
>     "name": null,
>     "paid": "3180000.00",
>     "period": null,
>     "place": null,
>     "project_id": null,
>     "responsible_unit": null,
>     "seq": null,
>     "sources": null,
>     "status": null,
>     "status_date": null,
>     "targets": null
>   },
>   "year": 2016
> }
$ report disclosure --projects --stage end --year 2016 --as-of 2016-09-30 --from 2016-10-08 --lang en
> Projects of 2016: notice after completion
>   No.  Project     Name            Place           Content                                                            Investment (yuan)  Fiscal share (yuan)   Paid (yuan)  Sources of the money paid (document and amount)  Responsible unit  Leader  Households benefiting  Of them poor  Performance targets                                                                                                     Planned period            Status     Status date
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
>     1  PL2016-003  社区工厂奖补    锦屏村, 老县镇  引进针织企业进社区兴办社区工厂,以奖代补;镇上新培育社区工厂2家以上      16,000,000.00        10,000,000.00  1,200,000.00  陕财办农〔2016〕12号 1,200,000.00 yuan           老县镇人民政府    李文华                     60            46  新培育社区工厂 ≥2 个 (achieved 2 个); 务工群众满意度 ≥90 % (achieved 96 %); 贫困劳动力进厂务工 ≥46 人 (achieved 52 人)  2016-04-15 to 2016-06-30  accepted   2016-07-20
>     2  PL2016-006  贫困村基础设施  高峰村, 长安镇  高峰村通村道路硬化2.1公里及饮水、电力等贫困村基础设施                   5,000,000.00         5,000,000.00          0.00                                                   长安镇人民政府    刘成林                    180            64  通村道路硬化 ≥2.1 公里 (achieved 2.1 公里); 9月底前完工 ≥100 % (achieved 100 %); 受益群众满意度 ≥90 %; 受益户 ≥180 户   2016-07-01 to 2016-09-30  completed  2016-09-20
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> Total                                                                                                                     21,000,000.00        15,000,000.00  1,200,000.00                                                                                               240           110                                                                                                                                                               
>
> Notice period: 2016-10-08 to 2016-10-17 (10 days)
> Supervision hotline: 12317 (national poverty-alleviation hotline)    Local: 0915-8421234
> Issued by: 平利县财政局
> Ledger check: entry 151 · 5f9661aa
$ report disclosure --projects --stage start --year 2017 --as-of 2017-12-31 --from 2018-01-05
> 2017 年度扶贫项目开工前公示
> 序号  项目编号  项目名称  建设地点  建设内容  计划投资(元)  其中财政资金(元)  已支付(元)  资金来源（文号及已支付金额）  责任单位  责任人  受益户数  其中脱贫户  绩效目标  计划工期  状态  状态日期
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                  0.00              0.00        0.00                                                         0           0                            
>
> 公示期：2018-01-05 至 2018-01-14（10 天）
> 监督电话：12317（全国扶贫监督举报电话）    本地监督电话：0915-8421234
> 公示单位：平利县财政局
> 账本校验: 第 151 笔 · 5f9661aa
$ report disclosure --projects --year 2016
! fundledger: 错误: 项目公示须指定 `--stage start`（开工前）或 `--stage end`（竣工后）
? 2
$ report disclosure --stage end --year 2016 --out notice.csv
! fundledger: 错误: `--stage` 只用于项目公示（`--projects`）
? 2
$ report disclosure --year 2016
! fundledger: 错误: 必须指定 --out
? 2
$ report disclosure --projects --stage middle --year 2016
! fundledger: 错误: --stage 的值“middle”无效，可选：start、end
! 用法见 fundledger report disclosure --help
? 2
$ report disclosure --projects --stage end --year 2016 --out notice.pdf
! fundledger: 错误: --out：“notice.pdf”须以 `.xlsx` 或 `.csv` 结尾
? 2
$ report disclosure --projects --stage end --year 2016 --days 9
! fundledger: 错误: 公示期至少 10 天，--days 为 9
? 2
$ report projects --year 1800
! fundledger: 错误: --year：超出范围：1800
? 2
unchanged
