# balance --by each of the seven keys in text, csv and json, with --year and --as-of (issue 3).
# A village is (town, village): 柳树村 of 西岭镇 is not 柳树村 of 东河镇 (issue 15); two rows, never merged.
# --as-of before the verb, as global options may stand (CONTRACT.md), in any date form of input files; the verb's own wins.
# A payee's name is the one on its latest payment; two payments on that day: the first recorded's (D-006's).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> 已从 {root}/tests/golden/ledger_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/households_zh.csv 导入农户：新增 1 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources_zh.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations_zh.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements_zh.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ balance --by category --as-of 2017-12-31
> 余额表(按类别)截至 2017-12-31
> 类别                名称                      金额(元)    已分配(元)  未分配(元)  已支付(元)
> --------------------------------------------------------------------------------------------
> central_provincial  中省财政专项扶贫资金    500,000.00    300,000.00  200,000.00  205,000.00
> county_self         县(区)级财政自筹      1,000,000.00  1,000,000.00        0.00  535,000.00
> social              社会帮扶资金             12,345.67          0.00   12,345.67        0.00
> --------------------------------------------------------------------------------------------
> 合计                                      1,512,345.67  1,300,000.00  212,345.67  740,000.00
$ balance --by category --year 2017 --as-of 2017-12-31 --format csv
> key,name,amount,allocated,unallocated,disbursed
> central_provincial,中省财政专项扶贫资金,500000.00,300000.00,200000.00,205000.00
> county_self,县(区)级财政自筹,1000000.00,1000000.00,0.00,535000.00
> social,社会帮扶资金,12345.67,0.00,12345.67,0.00
> 合计,,1512345.67,1300000.00,212345.67,740000.00
$ --format json balance --by category --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "category",
>   "rows": [
>     {
>       "allocated": "300000.00",
>       "amount": "500000.00",
>       "disbursed": "0.00",
>       "key": "central_provincial",
>       "name": "中省财政专项扶贫资金",
>       "unallocated": "200000.00"
>     },
>     {
>       "allocated": "900000.00",
>       "amount": "1000000.00",
>       "disbursed": "315000.00",
>       "key": "county_self",
>       "name": "县(区)级财政自筹",
>       "unallocated": "100000.00"
>     },
>     {
>       "allocated": "0.00",
>       "amount": "12345.67",
>       "disbursed": "0.00",
>       "key": "social",
>       "name": "社会帮扶资金",
>       "unallocated": "12345.67"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "amount": "1512345.67",
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "312345.67"
>   },
>   "year": 2017
> }
$ balance --by source --as-of 2017-12-31
> 余额表(按来源)截至 2017-12-31
> 文号                 名称                        金额(元)    已分配(元)  未分配(元)  已支付(元)
> -----------------------------------------------------------------------------------------------
> 县财发〔2017〕1号    2017年县级扶贫资金      1,000,000.00  1,000,000.00        0.00  535,000.00
> 陕财办农〔2017〕2号  2017年中央专项扶贫资金    500,000.00    300,000.00  200,000.00  205,000.00
> 县财发〔2017〕9号    2017年社会帮扶资金         12,345.67          0.00   12,345.67        0.00
> -----------------------------------------------------------------------------------------------
> 合计                                         1,512,345.67  1,300,000.00  212,345.67  740,000.00
$ balance --by source --year 2017 --as-of 2017-12-31 --format csv
> key,name,amount,allocated,unallocated,disbursed
> 县财发〔2017〕1号,2017年县级扶贫资金,1000000.00,1000000.00,0.00,535000.00
> 陕财办农〔2017〕2号,2017年中央专项扶贫资金,500000.00,300000.00,200000.00,205000.00
> 县财发〔2017〕9号,2017年社会帮扶资金,12345.67,0.00,12345.67,0.00
> 合计,,1512345.67,1300000.00,212345.67,740000.00
$ --format json balance --by source --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "source",
>   "rows": [
>     {
>       "allocated": "900000.00",
>       "amount": "1000000.00",
>       "disbursed": "315000.00",
>       "key": "县财发〔2017〕1号",
>       "name": "2017年县级扶贫资金",
>       "unallocated": "100000.00"
>     },
>     {
>       "allocated": "300000.00",
>       "amount": "500000.00",
>       "disbursed": "0.00",
>       "key": "陕财办农〔2017〕2号",
>       "name": "2017年中央专项扶贫资金",
>       "unallocated": "200000.00"
>     },
>     {
>       "allocated": "0.00",
>       "amount": "12345.67",
>       "disbursed": "0.00",
>       "key": "县财发〔2017〕9号",
>       "name": "2017年社会帮扶资金",
>       "unallocated": "12345.67"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "amount": "1512345.67",
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "312345.67"
>   },
>   "year": 2017
> }
$ balance --by earmark --as-of 2017-12-31
> 余额表(按用途)截至 2017-12-31
> 年度  用途代码  名称          预算(元)    已分配(元)  未分配(元)  已支付(元)    可用(元)  支出进度
> --------------------------------------------------------------------------------------------------
> 2017  IND       产业发展    800,000.00    800,000.00        0.00  705,000.00   95,000.00    88.13%
> 2017  MED       大病救助    400,000.00    400,000.00        0.00   15,000.00  385,000.00     3.75%
> 2017  OTHER     其他        300,000.00    100,000.00  200,000.00   20,000.00   80,000.00     6.67%
> --------------------------------------------------------------------------------------------------
> 合计                      1,500,000.00  1,300,000.00  200,000.00  740,000.00  560,000.00    49.33%
$ balance --by earmark --year 2017 --as-of 2017-12-31 --format csv
> fiscal_year,key,name,budget,allocated,unallocated,disbursed,available,progress
> 2017,IND,产业发展,800000.00,800000.00,0.00,705000.00,95000.00,0.8813
> 2017,MED,大病救助,400000.00,400000.00,0.00,15000.00,385000.00,0.0375
> 2017,OTHER,其他,300000.00,100000.00,200000.00,20000.00,80000.00,0.0667
> 合计,,,1500000.00,1300000.00,200000.00,740000.00,560000.00,0.4933
$ --format json balance --by earmark --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "800000.00",
>       "available": "500000.00",
>       "budget": "800000.00",
>       "disbursed": "300000.00",
>       "fiscal_year": 2017,
>       "key": "IND",
>       "name": "产业发展",
>       "progress": "0.3750",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "400000.00",
>       "available": "385000.00",
>       "budget": "400000.00",
>       "disbursed": "15000.00",
>       "fiscal_year": 2017,
>       "key": "MED",
>       "name": "大病救助",
>       "progress": "0.0375",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "0.00",
>       "available": "0.00",
>       "budget": "300000.00",
>       "disbursed": "0.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他",
>       "progress": "0.0000",
>       "unallocated": "300000.00"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "available": "885000.00",
>     "budget": "1500000.00",
>     "disbursed": "315000.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.2100",
>     "unallocated": "300000.00"
>   },
>   "year": 2017
> }
$ balance --by town --as-of 2017-12-31
> 余额表(按镇)截至 2017-12-31
> 镇      名称          已分配(元)  已支付(元)
> --------------------------------------------
> 东河镇  东河镇        800,000.00  705,000.00
> 西岭镇  西岭镇        100,000.00   35,000.00
>         （未指定）    400,000.00        0.00
> --------------------------------------------
> 合计                1,300,000.00  740,000.00
$ balance --by town --year 2017 --as-of 2017-12-31 --format csv
> key,name,allocated,disbursed
> 东河镇,东河镇,800000.00,705000.00
> 西岭镇,西岭镇,100000.00,35000.00
> ,（未指定）,400000.00,0.00
> 合计,,1300000.00,740000.00
$ --format json balance --by town --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "town",
>   "rows": [
>     {
>       "allocated": "800000.00",
>       "disbursed": "300000.00",
>       "key": "东河镇",
>       "name": "东河镇"
>     },
>     {
>       "allocated": "0.00",
>       "disbursed": "15000.00",
>       "key": "西岭镇",
>       "name": "西岭镇"
>     },
>     {
>       "allocated": "400000.00",
>       "disbursed": "0.00",
>       "key": "",
>       "name": "（未指定）"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计"
>   },
>   "year": 2017
> }
$ balance --by village --as-of 2017-12-31
> 余额表(按村)截至 2017-12-31
> 村      名称           已支付(元)
> ---------------------------------
> 柳树村  东河镇 柳树村  705,000.00
> 红岩村  西岭镇 红岩村   15,000.00
>         （未指定）      20,000.00
> ---------------------------------
> 合计                   740,000.00
$ balance --by village --year 2017 --as-of 2017-12-31 --format csv
> key,name,disbursed
> 柳树村,东河镇 柳树村,705000.00
> 红岩村,西岭镇 红岩村,15000.00
> ,（未指定）,20000.00
> 合计,,740000.00
$ --format json balance --by village --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "village",
>   "rows": [
>     {
>       "disbursed": "300000.00",
>       "key": "柳树村",
>       "name": "东河镇 柳树村"
>     },
>     {
>       "disbursed": "15000.00",
>       "key": "红岩村",
>       "name": "西岭镇 红岩村"
>     }
>   ],
>   "total": {
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计"
>   },
>   "year": 2017
> }
$ balance --by project --as-of 2017-12-31
> 余额表(按项目)截至 2017-12-31
> 项目      名称        已分配(元)  已支付(元)
> --------------------------------------------
> 产业奖补  产业奖补          0.00    5,000.00
> 大病救助  大病救助    400,000.00   15,000.00
> 茶园      茶园        800,000.00  700,000.00
> 道路      道路        100,000.00   20,000.00
> --------------------------------------------
> 合计                1,300,000.00  740,000.00
$ balance --by project --year 2017 --as-of 2017-12-31 --format csv
> key,name,allocated,disbursed
> 产业奖补,产业奖补,0.00,5000.00
> 大病救助,大病救助,400000.00,15000.00
> 茶园,茶园,800000.00,700000.00
> 道路,道路,100000.00,20000.00
> 合计,,1300000.00,740000.00
$ --format json balance --by project --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "project",
>   "rows": [
>     {
>       "allocated": "400000.00",
>       "disbursed": "15000.00",
>       "key": "大病救助",
>       "name": "大病救助"
>     },
>     {
>       "allocated": "800000.00",
>       "disbursed": "300000.00",
>       "key": "茶园",
>       "name": "茶园"
>     }
>   ],
>   "total": {
>     "allocated": "1200000.00",
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计"
>   },
>   "year": 2017
> }
$ balance --by payee --as-of 2017-12-31
> 余额表(按收款人)截至 2017-12-31
> 收款人编号  名称              已支付(元)
> ----------------------------------------
> ENT-01      东河茶业有限公司  700,000.00
> GOV-01      西岭镇人民政府     20,000.00
> H-001       张大山              5,000.00
> H-002       李小梅             15,000.00
> ----------------------------------------
> 合计                          740,000.00
$ balance --by payee --year 2017 --as-of 2017-12-31 --format csv
> key,name,disbursed
> ENT-01,东河茶业有限公司,700000.00
> GOV-01,西岭镇人民政府,20000.00
> H-001,张大山,5000.00
> H-002,李小梅,15000.00
> 合计,,740000.00
$ --format json balance --by payee --year 2017 --as-of 2017-03-01
> {
>   "as_of": "2017-03-01",
>   "by": "payee",
>   "rows": [
>     {
>       "disbursed": "300000.00",
>       "key": "ENT-01",
>       "name": "东河茶业有限公司"
>     },
>     {
>       "disbursed": "15000.00",
>       "key": "H-002",
>       "name": "李小梅"
>     }
>   ],
>   "total": {
>     "disbursed": "315000.00",
>     "key": "total",
>     "name": "合计"
>   },
>   "year": 2017
> }
$ balance --by earmark --as-of 2017-12-31 --lang en --unit wan
> Balance by earmark as of 2017-12-31
>  Year  Earmark  Name      Budget (10k yuan)  Allocated (10k yuan)  Unallocated (10k yuan)  Disbursed (10k yuan)  Available (10k yuan)  Progress
> -----------------------------------------------------------------------------------------------------------------------------------------------
>  2017  IND      产业发展              80.00                 80.00                    0.00                 70.50                  9.50    88.13%
>  2017  MED      大病救助              40.00                 40.00                    0.00                  1.50                 38.50     3.75%
>  2017  OTHER    其他                  30.00                 10.00                   20.00                  2.00                  8.00     6.67%
> -----------------------------------------------------------------------------------------------------------------------------------------------
> Total                                150.00                130.00                   20.00                 74.00                 56.00    49.33%
$ balance --by town --as-of 2017-12-31 --lang en
> Balance by town as of 2017-12-31
> Town    Name           Allocated (yuan)  Disbursed (yuan)
> ---------------------------------------------------------
> 东河镇  东河镇               800,000.00        705,000.00
> 西岭镇  西岭镇               100,000.00         35,000.00
>         (unspecified)        400,000.00              0.00
> ---------------------------------------------------------
> Total                      1,300,000.00        740,000.00
$ balance --by earmark --year 2016 --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "earmark",
>   "rows": [],
>   "total": {
>     "allocated": "0.00",
>     "available": "0.00",
>     "budget": "0.00",
>     "disbursed": "0.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": null,
>     "unallocated": "0.00"
>   },
>   "year": 2016
> }
$ balance --by town --as-of 2017-13-01
! fundledger: 错误: --as-of：日期“2017-13-01”无效：没有这个月份
? 2
$ balance --by province --as-of 2017-12-31
! fundledger: 错误: --by 的值“province”无效，可选：category、source、earmark、town、village、project、payee、county、contract、function_class、economic_class、fund_nature、direct、to_persons
! 用法见 fundledger balance --help
? 2
$ balance --by county --as-of 2017-12-31 --counties 6107*
! fundledger: 错误: 没有与“6107*”相符的县（区）账本；现有：fundledger
? 2
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_same_village.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements_same_village.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ balance --by village --year 2017 --as-of 2017-12-31
> 余额表(按村)截至 2017-12-31,年度 2017
> 村      名称           已支付(元)
> ---------------------------------
> 柳树村  东河镇 柳树村  705,000.00
> 柳树村  西岭镇 柳树村    1,000.00
> 红岩村  西岭镇 红岩村   15,000.00
>         （未指定）      20,000.00
> ---------------------------------
> 合计                   741,000.00
$ balance --by village --year 2017 --as-of 2017-12-31 --format csv
> key,name,disbursed
> 柳树村,东河镇 柳树村,705000.00
> 柳树村,西岭镇 柳树村,1000.00
> 红岩村,西岭镇 红岩村,15000.00
> ,（未指定）,20000.00
> 合计,,741000.00
$ --as-of 2017年3月1日 balance --by town --format csv
> key,name,allocated,disbursed
> 东河镇,东河镇,800000.00,300000.00
> 西岭镇,西岭镇,0.00,15000.00
> ,（未指定）,400000.00,0.00
> 合计,,1200000.00,315000.00
$ --as-of 2017/3/1 balance --by town --as-of 2017-12-31 --format csv
> key,name,allocated,disbursed
> 东河镇,东河镇,800000.00,705000.00
> 西岭镇,西岭镇,100000.00,36000.00
> ,（未指定）,400000.00,0.00
> 合计,,1300000.00,741000.00
$ --as-of 2017-02-30 balance --by town
! fundledger: 错误: --as-of：日期“2017-02-30”无效：该月没有这一天
? 2
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_same_day_name.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements_same_day_name.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ balance --by payee --year 2017 --as-of 2017-12-31 --format csv
> key,name,disbursed
> ENT-01,东河茶业有限公司,700000.00
> ENT-02,西岭茶业有限公司,1500.00
> GOV-01,西岭镇人民政府,20000.00
> H-001,张大山,5000.00
> H-002,李小梅,15000.00
> 合计,,741500.00
