# Classifications (预算科目, issue 19) on the 商州 2017 example. The bureau first adds the codes it
# uses that fundledger does not ship (农村特困人员救助供养支出 2082102) and gives 2130599 the name it
# had in 2017 (其他扶贫支出; the shipped table has today's name); a shipped code under its shipped
# name is skipped. The sources then carry 功能分类, 经济分类, 资金性质, 直达资金 and 补贴到人到户
# (the 直达 flag on the central money is illustrative: the mechanism began in 2020), and the budget
# its lines' (the head's fund_nature, function_class and direct are each line's unless it gives its
# own). A code no table knows, a code with another code's name, a fund nature or flag that is not
# one of the values are refused at FILE:LINE:COL (a budget at its line), nothing written. `classes`
# lists the codes and what is classified; `balance --by function_class|economic_class|fund_nature|
# direct|to_persons` groups the balance by source (or, with --of lines, by earmark) by them, and
# the groups sum to the same totals: 5000万 received and allocated of 商财发〔2017〕6号 shows under
# 2130599 其他扶贫支出, the lines' 5000万 under their own codes.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import classes {root}/tests/golden/classes_fixtures/classes_bad.csv
! {root}/tests/golden/classes_fixtures/classes_bad.csv:2:2: 错误: 列 'code'（编码）：“21305X”不是支出功能分类科目编码的格式（功能分类为 3、5 或 7 位数字，经济分类为 3 或 5 位数字）
! {root}/tests/golden/classes_fixtures/classes_bad.csv:3:1: 错误: 列 'scheme'（分类）：“行业分类”不是可选值之一：function_class 功能分类、economic_class 经济分类
! {root}/tests/golden/classes_fixtures/classes_bad.csv:4:2: 错误: 列 'code'（编码）：“5090101”不是经济分类科目编码的格式（功能分类为 3、5 或 7 位数字，经济分类为 3 或 5 位数字）
! fundledger: 3 个错误；未写入任何内容
? 2
unchanged
$ import classes {root}/tests/golden/classes_fixtures/classes.csv
> 已从 {root}/tests/golden/classes_fixtures/classes.csv 导入科目编码：新增 2 笔，跳过 1 笔（已记录）
$ classes --scheme function_class --format csv
> scheme,code,name,origin
> 支出功能分类,2082102,农村特困人员救助供养支出,本单位增补
> 支出功能分类,213,农林水支出,随附
> 支出功能分类,21301,农业农村,随附
> 支出功能分类,2130101,行政运行,随附
> 支出功能分类,2130102,一般行政管理事务,随附
> 支出功能分类,2130103,机关服务,随附
> 支出功能分类,2130104,事业运行,随附
> 支出功能分类,2130106,科技转化与推广服务,随附
> 支出功能分类,2130108,病虫害控制,随附
> 支出功能分类,2130109,农产品质量安全,随附
> 支出功能分类,2130110,执法监管,随附
> 支出功能分类,2130111,统计监测与信息服务,随附
> 支出功能分类,2130112,行业业务管理,随附
> 支出功能分类,2130119,防灾救灾,随附
> 支出功能分类,2130120,稳定农民收入补贴,随附
> 支出功能分类,2130121,农业结构调整补贴,随附
> 支出功能分类,2130122,农业生产发展,随附
> 支出功能分类,2130124,农村合作经济,随附
> 支出功能分类,2130125,农产品加工与促销,随附
> 支出功能分类,2130126,农村社会事业,随附
> 支出功能分类,2130135,农业资源保护修复与利用,随附
> 支出功能分类,2130142,农村道路建设,随附
> 支出功能分类,2130148,渔业发展,随附
> 支出功能分类,2130153,耕地建设与利用,随附
> 支出功能分类,2130199,其他农业农村支出,随附
> 支出功能分类,21302,林业和草原,随附
> 支出功能分类,2130201,行政运行,随附
> 支出功能分类,2130202,一般行政管理事务,随附
> 支出功能分类,2130203,机关服务,随附
> 支出功能分类,2130204,事业机构,随附
> 支出功能分类,2130205,森林资源培育,随附
> 支出功能分类,2130209,森林生态效益补偿,随附
> 支出功能分类,2130299,其他林业和草原支出,随附
> 支出功能分类,21303,水利,随附
> 支出功能分类,2130301,行政运行,随附
> 支出功能分类,2130302,一般行政管理事务,随附
> 支出功能分类,2130303,机关服务,随附
> 支出功能分类,2130304,水利行业业务管理,随附
> 支出功能分类,2130305,水利工程建设,随附
> 支出功能分类,2130306,水利工程运行与维护,随附
> 支出功能分类,2130314,防汛,随附
> 支出功能分类,2130315,抗旱,随附
> 支出功能分类,2130316,农村水利,随附
> 支出功能分类,2130319,江河湖库水系综合整治,随附
> 支出功能分类,2130321,大中型水库移民后期扶持专项支出,随附
> 支出功能分类,2130335,农村人畜饮水,随附
> 支出功能分类,2130399,其他水利支出,随附
> 支出功能分类,21305,巩固脱贫攻坚成果衔接乡村振兴,随附
> 支出功能分类,2130501,行政运行,随附
> 支出功能分类,2130502,一般行政管理事务,随附
> 支出功能分类,2130503,机关服务,随附
> 支出功能分类,2130504,农村基础设施建设,随附
> 支出功能分类,2130505,生产发展,随附
> 支出功能分类,2130506,社会发展,随附
> 支出功能分类,2130507,贷款奖补和贴息,随附
> 支出功能分类,2130508,“三西”农业建设专项补助,随附
> 支出功能分类,2130550,事业运行,随附
> 支出功能分类,2130599,其他扶贫支出,本单位增补
> 支出功能分类,21307,农村综合改革,随附
> 支出功能分类,2130701,对村级公益事业建设的补助,随附
> 支出功能分类,2130705,对村民委员会和村党支部的补助,随附
> 支出功能分类,2130706,对村集体经济组织的补助,随附
> 支出功能分类,2130707,农村综合改革示范试点补助,随附
> 支出功能分类,2130799,其他农村综合改革支出,随附
> 支出功能分类,21308,普惠金融发展支出,随附
> 支出功能分类,2130801,支持农村金融机构,随附
> 支出功能分类,2130803,农业保险保费补贴,随附
> 支出功能分类,2130804,创业担保贷款贴息及奖补,随附
> 支出功能分类,2130805,补充创业担保贷款基金,随附
> 支出功能分类,2130899,其他普惠金融发展支出,随附
> 支出功能分类,21399,其他农林水支出,随附
> 支出功能分类,2139999,其他农林水支出,随附
$ import households {root}/examples/shangzhou-2017/households.csv
> 已从 {root}/examples/shangzhou-2017/households.csv 导入农户：新增 15 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/classes_fixtures/sources.csv
> 已从 {root}/tests/golden/classes_fixtures/sources.csv 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/classes_fixtures/sources_bad.csv
! {root}/tests/golden/classes_fixtures/sources_bad.csv:2:8: 错误: 列 'function_class'（功能分类）：“2130510”不是已知的支出功能分类科目编码；fundledger 随附农林水、衔接推进乡村振兴常用的科目，本单位用到的其他科目请先用 `import classes` 增补
! {root}/tests/golden/classes_fixtures/sources_bad.csv:3:8: 错误: 列 'function_class'（功能分类）：“2130505 社会发展”：支出功能分类科目 2130505 的名称是“生产发展”，与所填名称不同；只填编码即可
! {root}/tests/golden/classes_fixtures/sources_bad.csv:4:10: 错误: 列 'fund_nature'（资金性质）：“专项资金”不是可选值之一：general 一般公共预算、fund 政府性基金预算、state_capital 国有资本经营预算、social_insurance 社会保险基金预算
! {root}/tests/golden/classes_fixtures/sources_bad.csv:4:11: 错误: 列 'direct'（直达资金）：“可能”不是 是/否（yes/no）
! fundledger: 4 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/tests/golden/classes_fixtures/budget.toml
> 已从 {root}/tests/golden/classes_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/classes_fixtures/budget_bad.toml
! {root}/tests/golden/classes_fixtures/budget_bad.toml:12: 错误: 'function_class'：“2139901”不是已知的支出功能分类科目编码；fundledger 随附农林水、衔接推进乡村振兴常用的科目，本单位用到的其他科目请先用 `import classes` 增补
! {root}/tests/golden/classes_fixtures/budget_bad.toml:13: 错误: 'direct' 必须是 'true' 或 'false'
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/examples/shangzhou-2017/allocations.csv
> 已从 {root}/examples/shangzhou-2017/allocations.csv 导入分配：新增 11 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/shangzhou-2017/disbursements.csv
> 已从 {root}/examples/shangzhou-2017/disbursements.csv 导入支付：新增 25 笔，跳过 0 笔（已记录）
$ classes --of sources
> 资金来源(指标)的科目
> 年度  文号                    功能分类  功能分类名称              经济分类  经济分类名称    资金性质      直达资金  补贴到人到户
> --------------------------------------------------------------------------------------------------------------------------------
> 2017  商区扶组发〔2017〕5号                                                                                         
> 2017  商区扶组发〔2017〕9号                                                                                         
> 2017  商区政办发〔2017〕21号  2130504   农村基础设施建设                                    一般公共预算  否        
> 2017  商区金扶发〔2017〕3号                                                                                         
> 2017  商区金扶发〔2017〕6号                                                                                         
> 2017  商财发〔2017〕6号       2130599   其他扶贫支出                                        一般公共预算  否        
> 2017  商财社〔2017〕72号      2082102   农村特困人员救助供养支出  50901     社会福利和救助  一般公共预算  否        是
> 2017  陕财办农〔2017〕28号    2130505   生产发展                                            一般公共预算  是        
> 2017  陕财办农〔2017〕3号     2130505   生产发展                                            一般公共预算  是        
> 2017  陕财办教〔2017〕61号    2130506   社会发展                  50902     助学金          一般公共预算  否        是
> 2017  陕财办社〔2017〕45号    2082102   农村特困人员救助供养支出  50901     社会福利和救助  一般公共预算  否        是
$ classes --of lines --format json
> {
>   "columns": [
>     {
>       "en": "Year",
>       "key": "fiscal_year",
>       "type": "integer",
>       "zh": "年度"
>     },
>     {
>       "en": "Earmark",
>       "key": "key",
>       "type": "text",
>       "zh": "用途代码"
>     },
>     {
>       "en": "Function class",
>       "key": "function_class",
>       "type": "text",
>       "zh": "功能分类"
>     },
>     {
>       "en": "Function class name",
>       "key": "function_name",
>       "type": "text",
>       "zh": "功能分类名称"
>     },
>     {
>       "en": "Economic class",
>       "key": "economic_class",
>       "type": "text",
>       "zh": "经济分类"
>     },
>     {
>       "en": "Economic class name",
>       "key": "economic_name",
>       "type": "text",
>       "zh": "经济分类名称"
>     },
>     {
>       "en": "Fund nature",
>       "key": "fund_nature",
>       "type": "text",
>       "zh": "资金性质"
>     },
>     {
>       "en": "Direct",
>       "key": "direct",
>       "type": "text",
>       "zh": "直达资金"
>     },
>     {
>       "en": "To persons",
>       "key": "to_persons",
>       "type": "text",
>       "zh": "补贴到人到户"
>     }
>   ],
>   "of": "lines",
>   "report": "classes",
>   "rows": [
>     {
>       "direct": "否",
>       "economic_class": "50702",
>       "economic_name": "利息补贴",
>       "fiscal_year": 2017,
>       "function_class": "2130507",
>       "function_name": "贷款奖补和贴息",
>       "fund_nature": "一般公共预算",
>       "key": "LOAN-SUBSIDY",
>       "to_persons": ""
>     },
>     {
>       "direct": "否",
>       "economic_class": "59999",
>       "economic_name": "其他支出",
>       "fiscal_year": 2017,
>       "function_class": "2130599",
>       "function_name": "其他扶贫支出",
>       "fund_nature": "一般公共预算",
>       "key": "LOAN-GUARANTEE",
>       "to_persons": ""
>     },
>     {
>       "direct": "否",
>       "economic_class": "50901",
>       "economic_name": "社会福利和救助",
>       "fiscal_year": 2017,
>       "function_class": "2130506",
>       "function_name": "社会发展",
>       "fund_nature": "一般公共预算",
>       "key": "MEDICAL-AID",
>       "to_persons": "是"
>     },
>     {
>       "direct": "否",
>       "economic_class": "50902",
>       "economic_name": "助学金",
>       "fiscal_year": 2017,
>       "function_class": "2130506",
>       "function_name": "社会发展",
>       "fund_nature": "一般公共预算",
>       "key": "STUDENT-AID",
>       "to_persons": "是"
>     },
>     {
>       "direct": "否",
>       "economic_class": "50903",
>       "economic_name": "个人农业生产补贴",
>       "fiscal_year": 2017,
>       "function_class": "2130505",
>       "function_name": "生产发展",
>       "fund_nature": "一般公共预算",
>       "key": "WALNUT",
>       "to_persons": "是"
>     },
>     {
>       "direct": "否",
>       "economic_class": "50701",
>       "economic_name": "费用补贴",
>       "fiscal_year": 2017,
>       "function_class": "2130505",
>       "function_name": "生产发展",
>       "fund_nature": "一般公共预算",
>       "key": "ECOMMERCE",
>       "to_persons": ""
>     },
>     {
>       "direct": "否",
>       "economic_class": "50799",
>       "economic_name": "其他对企业补助",
>       "fiscal_year": 2017,
>       "function_class": "2130505",
>       "function_name": "生产发展",
>       "fund_nature": "一般公共预算",
>       "key": "LARGE-FARMS",
>       "to_persons": ""
>     },
>     {
>       "direct": "否",
>       "economic_class": "",
>       "economic_name": "",
>       "fiscal_year": 2017,
>       "function_class": "2130505",
>       "function_name": "生产发展",
>       "fund_nature": "一般公共预算",
>       "key": "OTHER",
>       "to_persons": ""
>     }
>   ],
>   "title": "预算行的科目",
>   "total": null
> }
$ balance --by function_class --as-of 2017-12-31
> 余额表(按支出功能分类)截至 2017-12-31
> 功能分类  名称                            金额(元)     已分配(元)      未分配(元)     已支付(元)
> ------------------------------------------------------------------------------------------------
> 2082102   农村特困人员救助供养支出  240,000,000.00           0.00  240,000,000.00           0.00
> 2130504   农村基础设施建设          120,000,000.00           0.00  120,000,000.00           0.00
> 2130505   生产发展                  200,000,000.00           0.00  200,000,000.00           0.00
> 2130506   社会发展                   80,000,000.00           0.00   80,000,000.00           0.00
> 2130599   其他扶贫支出               50,000,000.00  50,000,000.00            0.00  11,570,300.50
>           (未分类)                  230,000,000.00           0.00  230,000,000.00           0.00
> ------------------------------------------------------------------------------------------------
> 合计                                920,000,000.00  50,000,000.00  870,000,000.00  11,570,300.50
$ balance --by function_class --of lines --as-of 2017-12-31
> 余额表(按支出功能分类，预算行)截至 2017-12-31
> 功能分类  名称                 预算(元)     已分配(元)  未分配(元)     已支付(元)       可用(元)
> ------------------------------------------------------------------------------------------------
> 2130505   生产发展        22,000,000.00  22,000,000.00        0.00   5,421,700.00  16,578,300.00
> 2130506   社会发展         8,000,000.00   8,000,000.00        0.00     114,500.50   7,885,499.50
> 2130507   贷款奖补和贴息  10,000,000.00  10,000,000.00        0.00      34,100.00   9,965,900.00
> 2130599   其他扶贫支出    10,000,000.00  10,000,000.00        0.00   6,000,000.00   4,000,000.00
> ------------------------------------------------------------------------------------------------
> 合计                      50,000,000.00  50,000,000.00        0.00  11,570,300.50  38,429,699.50
$ balance --by economic_class --of lines --as-of 2017-12-31 --format csv
> key,name,budget,allocated,unallocated,disbursed,available
> 50701,费用补贴,5000000.00,5000000.00,0.00,830000.00,4170000.00
> 50702,利息补贴,10000000.00,10000000.00,0.00,34100.00,9965900.00
> 50799,其他对企业补助,2000000.00,2000000.00,0.00,280000.00,1720000.00
> 50901,社会福利和救助,5000000.00,5000000.00,0.00,98500.50,4901499.50
> 50902,助学金,3000000.00,3000000.00,0.00,16000.00,2984000.00
> 50903,个人农业生产补贴,10000000.00,10000000.00,0.00,3508200.00,6491800.00
> 59999,其他支出,10000000.00,10000000.00,0.00,6000000.00,4000000.00
> ,(未分类),5000000.00,5000000.00,0.00,803500.00,4196500.00
> 合计,,50000000.00,50000000.00,0.00,11570300.50,38429699.50
$ balance --by fund_nature --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "fund_nature",
>   "of": "sources",
>   "rows": [
>     {
>       "allocated": "50000000.00",
>       "amount": "690000000.00",
>       "disbursed": "11570300.50",
>       "key": "general",
>       "name": "一般公共预算",
>       "unallocated": "640000000.00"
>     },
>     {
>       "allocated": "0.00",
>       "amount": "230000000.00",
>       "disbursed": "0.00",
>       "key": "",
>       "name": "(未分类)",
>       "unallocated": "230000000.00"
>     }
>   ],
>   "total": {
>     "allocated": "50000000.00",
>     "amount": "920000000.00",
>     "disbursed": "11570300.50",
>     "key": "total",
>     "name": "合计",
>     "unallocated": "870000000.00"
>   },
>   "year": null
> }
$ balance --by direct --as-of 2017-12-31 --lang en
> Balance by direct funds or not as of 2017-12-31
> Direct  Name             Amount (yuan)  Allocated (yuan)  Unallocated (yuan)  Disbursed (yuan)
> ----------------------------------------------------------------------------------------------
> no      no              490,000,000.00     50,000,000.00      440,000,000.00     11,570,300.50
> yes     yes             200,000,000.00              0.00      200,000,000.00              0.00
>         (unclassified)  230,000,000.00              0.00      230,000,000.00              0.00
> ----------------------------------------------------------------------------------------------
> Total                   920,000,000.00     50,000,000.00      870,000,000.00     11,570,300.50
$ balance --by to_persons --of lines --as-of 2017-12-31
> 余额表(按是否补贴到人到户，预算行)截至 2017-12-31
> 补贴到人到户  名称           预算(元)     已分配(元)  未分配(元)     已支付(元)       可用(元)
> ----------------------------------------------------------------------------------------------
> yes           是        18,000,000.00  18,000,000.00        0.00   3,622,700.50  14,377,299.50
>               (未分类)  32,000,000.00  32,000,000.00        0.00   7,947,600.00  24,052,400.00
> ----------------------------------------------------------------------------------------------
> 合计                    50,000,000.00  50,000,000.00        0.00  11,570,300.50  38,429,699.50
$ balance --by source --of lines
! fundledger: 错误: `--of` 只用于按科目汇总（`function_class`、`economic_class`、`fund_nature`、`direct`、`to_persons`）
? 2
unchanged
$ verify
> 校验通过：共 65 笔分录，链头 b2486db37343123f53828ba081ffae304eb161dc1b04192fa6bd2e0f9760702c
