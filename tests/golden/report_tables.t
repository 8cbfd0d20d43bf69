# report tables (issue 7): the monthly report model of examples/shangzhou-2017 as JSON, text and csv
# bad usage: exit 2, nothing written
# --month takes the month forms of input files (issue 15): 2017-3, 2017/3, 2017年3月 are 2017-03.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/shangzhou-2017/households.csv
> 已从 {root}/examples/shangzhou-2017/households.csv 导入农户：新增 15 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/shangzhou-2017/sources.csv
> 已从 {root}/examples/shangzhou-2017/sources.csv 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/shangzhou-2017/budget.toml
> 已从 {root}/examples/shangzhou-2017/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/shangzhou-2017/allocations.csv
> 已从 {root}/examples/shangzhou-2017/allocations.csv 导入分配：新增 11 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/shangzhou-2017/disbursements.csv
> 已从 {root}/examples/shangzhou-2017/disbursements.csv 导入支付：新增 25 笔，跳过 0 笔（已记录）
$ report summary --month 2017-12 --format json
> {
>   "as_of": "2017-12-31",
>   "columns": [
>     {
>       "en": "Category",
>       "key": "category",
>       "type": "text",
>       "zh": "资金类别"
>     },
>     {
>       "en": "Received",
>       "key": "amount",
>       "type": "money",
>       "zh": "到位资金"
>     },
>     {
>       "en": "Paid this month",
>       "key": "paid_month",
>       "type": "money",
>       "zh": "本月支出"
>     },
>     {
>       "en": "Paid year to date",
>       "key": "paid_ytd",
>       "type": "money",
>       "zh": "累计支出"
>     },
>     {
>       "en": "Progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支出进度"
>     },
>     {
>       "en": "Same period last year",
>       "key": "paid_last_year",
>       "type": "money",
>       "zh": "上年同期"
>     },
>     {
>       "en": "Change",
>       "key": "change",
>       "type": "money",
>       "zh": "增减额"
>     },
>     {
>       "en": "Change %",
>       "key": "change_rate",
>       "type": "ratio",
>       "zh": "增减率"
>     }
>   ],
>   "ledger_check": {
>     "entries": 63,
>     "head": "123c04d45911f190a9fab46dc348c2e831b58e50b48fd765b9b176d6e882ab86"
>   },
>   "loans": {
>     "columns": [
>       {
>         "en": "Category",
>         "key": "category",
>         "type": "text",
>         "zh": "资金类别"
>       },
>       {
>         "en": "Received",
>         "key": "amount",
>         "type": "money",
>         "zh": "到位资金"
>       },
>       {
>         "en": "Paid this month",
>         "key": "paid_month",
>         "type": "money",
>         "zh": "本月支出"
>       },
>       {
>         "en": "Paid year to date",
>         "key": "paid_ytd",
>         "type": "money",
>         "zh": "累计支出"
>       },
>       {
>         "en": "Same period last year",
>         "key": "paid_last_year",
>         "type": "money",
>         "zh": "上年同期"
>       },
>       {
>         "en": "Change",
>         "key": "change",
>         "type": "money",
>         "zh": "增减额"
>       },
>       {
>         "en": "Change %",
>         "key": "change_rate",
>         "type": "ratio",
>         "zh": "增减率"
>       }
>     ],
>     "rows": [
>       {
>         "amount": "80000000.00",
>         "category": "政策性金融扶贫贷款",
>         "change": "0.00",
>         "change_rate": null,
>         "paid_last_year": "0.00",
>         "paid_month": "0.00",
>         "paid_ytd": "0.00"
>       },
>       {
>         "amount": "40000000.00",
>         "category": "扶贫小额信贷",
>         "change": "0.00",
>         "change_rate": null,
>         "paid_last_year": "0.00",
>         "paid_month": "0.00",
>         "paid_ytd": "0.00"
>       }
>     ],
>     "title": "2017年12月扶贫贷款（不计入财政资金支出进度）",
>     "total": {
>       "amount": "120000000.00",
>       "category": null,
>       "change": "0.00",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "0.00",
>       "paid_ytd": "0.00"
>     }
>   },
>   "locked_through": null,
>   "month": "2017-12",
>   "paid_daxie": "人民币壹仟壹佰伍拾柒万零叁佰元伍角整",
>   "report": "summary",
>   "rows": [
>     {
>       "amount": "200000000.00",
>       "category": "中省财政专项扶贫资金",
>       "change": "0.00",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "0.00",
>       "paid_ytd": "0.00",
>       "progress": "0.0000"
>     },
>     {
>       "amount": "320000000.00",
>       "category": "上级其他补助",
>       "change": "0.00",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "0.00",
>       "paid_ytd": "0.00",
>       "progress": "0.0000"
>     },
>     {
>       "amount": "50000000.00",
>       "category": "县(区)级财政自筹",
>       "change": "11570300.50",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "2800.00",
>       "paid_ytd": "11570300.50",
>       "progress": "0.2314"
>     },
>     {
>       "amount": "120000000.00",
>       "category": "整合涉农(行业)资金",
>       "change": "0.00",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "0.00",
>       "paid_ytd": "0.00",
>       "progress": "0.0000"
>     },
>     {
>       "amount": "110000000.00",
>       "category": "社会帮扶资金",
>       "change": "0.00",
>       "change_rate": null,
>       "paid_last_year": "0.00",
>       "paid_month": "0.00",
>       "paid_ytd": "0.00",
>       "progress": "0.0000"
>     }
>   ],
>   "title": "2017年12月扶贫资金汇总表（按资金类别）",
>   "total": {
>     "amount": "800000000.00",
>     "category": null,
>     "change": "11570300.50",
>     "change_rate": null,
>     "paid_last_year": "0.00",
>     "paid_month": "2800.00",
>     "paid_ytd": "11570300.50",
>     "progress": "0.0145"
>   },
>   "total_daxie": "人民币捌亿元整"
> }
$ report execution --month 2017-12 --format json
> {
>   "as_of": "2017-12-31",
>   "calendar_share": "1.0000",
>   "columns": [
>     {
>       "en": "Earmark",
>       "key": "earmark",
>       "type": "text",
>       "zh": "用途代码"
>     },
>     {
>       "en": "Purpose",
>       "key": "name",
>       "type": "text",
>       "zh": "专项用途"
>     },
>     {
>       "en": "Budget",
>       "key": "budget",
>       "type": "money",
>       "zh": "预算"
>     },
>     {
>       "en": "Allocated",
>       "key": "allocated",
>       "type": "money",
>       "zh": "已分配"
>     },
>     {
>       "en": "Paid this month",
>       "key": "paid_month",
>       "type": "money",
>       "zh": "本月支出"
>     },
>     {
>       "en": "Paid year to date",
>       "key": "paid_ytd",
>       "type": "money",
>       "zh": "累计支出"
>     },
>     {
>       "en": "Available",
>       "key": "available",
>       "type": "money",
>       "zh": "可用余额"
>     },
>     {
>       "en": "Progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支出进度"
>     },
>     {
>       "en": "Status",
>       "key": "status",
>       "type": "text",
>       "zh": "进度状态"
>     }
>   ],
>   "lag_threshold": "0.1000",
>   "ledger_check": {
>     "entries": 63,
>     "head": "123c04d45911f190a9fab46dc348c2e831b58e50b48fd765b9b176d6e882ab86"
>   },
>   "locked_through": null,
>   "month": "2017-12",
>   "report": "execution",
>   "rows": [
>     {
>       "allocated": "10000000.00",
>       "available": "9965900.00",
>       "budget": "10000000.00",
>       "earmark": "LOAN-SUBSIDY",
>       "name": "扶贫贷款贴息",
>       "paid_month": "0.00",
>       "paid_ytd": "34100.00",
>       "progress": "0.0034",
>       "status": "滞后"
>     },
>     {
>       "allocated": "10000000.00",
>       "available": "4000000.00",
>       "budget": "10000000.00",
>       "earmark": "LOAN-GUARANTEE",
>       "name": "贷款担保基金",
>       "paid_month": "0.00",
>       "paid_ytd": "6000000.00",
>       "progress": "0.6000",
>       "status": "滞后"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4901499.50",
>       "budget": "5000000.00",
>       "earmark": "MEDICAL-AID",
>       "name": "大病救助基金",
>       "paid_month": "0.00",
>       "paid_ytd": "98500.50",
>       "progress": "0.0197",
>       "status": "滞后"
>     },
>     {
>       "allocated": "3000000.00",
>       "available": "2984000.00",
>       "budget": "3000000.00",
>       "earmark": "STUDENT-AID",
>       "name": "贫困大学生救助基金",
>       "paid_month": "0.00",
>       "paid_ytd": "16000.00",
>       "progress": "0.0053",
>       "status": "滞后"
>     },
>     {
>       "allocated": "10000000.00",
>       "available": "6491800.00",
>       "budget": "10000000.00",
>       "earmark": "WALNUT",
>       "name": "核桃产业",
>       "paid_month": "2800.00",
>       "paid_ytd": "3508200.00",
>       "progress": "0.3508",
>       "status": "滞后"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4170000.00",
>       "budget": "5000000.00",
>       "earmark": "ECOMMERCE",
>       "name": "电商扶贫",
>       "paid_month": "0.00",
>       "paid_ytd": "830000.00",
>       "progress": "0.1660",
>       "status": "滞后"
>     },
>     {
>       "allocated": "2000000.00",
>       "available": "1720000.00",
>       "budget": "2000000.00",
>       "earmark": "LARGE-FARMS",
>       "name": "大场大户扶持",
>       "paid_month": "0.00",
>       "paid_ytd": "280000.00",
>       "progress": "0.1400",
>       "status": "滞后"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4196500.00",
>       "budget": "5000000.00",
>       "earmark": "OTHER",
>       "name": "其他产业项目",
>       "paid_month": "0.00",
>       "paid_ytd": "803500.00",
>       "progress": "0.1607",
>       "status": "滞后"
>     }
>   ],
>   "title": "2017年12月预算执行进度表",
>   "total": {
>     "allocated": "50000000.00",
>     "available": "38429699.50",
>     "budget": "50000000.00",
>     "earmark": null,
>     "name": null,
>     "paid_month": "2800.00",
>     "paid_ytd": "11570300.50",
>     "progress": "0.2314",
>     "status": null
>   }
> }
$ report towns --month 2017-12 --format json
> {
>   "as_of": "2017-12-31",
>   "columns": [
>     {
>       "en": "Town",
>       "key": "town",
>       "type": "text",
>       "zh": "乡镇"
>     },
>     {
>       "en": "Allocated",
>       "key": "allocated",
>       "type": "money",
>       "zh": "已分配"
>     },
>     {
>       "en": "Paid",
>       "key": "paid",
>       "type": "money",
>       "zh": "已支出"
>     },
>     {
>       "en": "Progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支出进度"
>     },
>     {
>       "en": "Rank",
>       "key": "rank",
>       "type": "integer",
>       "zh": "排名"
>     },
>     {
>       "en": "Paid in the two months",
>       "key": "paid_2m",
>       "type": "money",
>       "zh": "两月支出"
>     },
>     {
>       "en": "Two-month rank",
>       "key": "rank_2m",
>       "type": "integer",
>       "zh": "两月考核排名"
>     },
>     {
>       "en": "Previous rank",
>       "key": "rank_prev",
>       "type": "integer",
>       "zh": "上期排名"
>     },
>     {
>       "en": "Rank change",
>       "key": "rank_change",
>       "type": "integer",
>       "zh": "名次变化"
>     }
>   ],
>   "ledger_check": {
>     "entries": 63,
>     "head": "123c04d45911f190a9fab46dc348c2e831b58e50b48fd765b9b176d6e882ab86"
>   },
>   "locked_through": null,
>   "month": "2017-12",
>   "report": "towns",
>   "rows": [
>     {
>       "allocated": "6000000.00",
>       "paid": "1759700.00",
>       "paid_2m": "300000.00",
>       "progress": "0.2933",
>       "rank": 2,
>       "rank_2m": 1,
>       "rank_change": 2,
>       "rank_prev": 3,
>       "town": "大荆镇"
>     },
>     {
>       "allocated": "3500000.00",
>       "paid": "2449900.00",
>       "paid_2m": "2800.00",
>       "progress": "0.7000",
>       "rank": 1,
>       "rank_2m": 2,
>       "rank_change": 0,
>       "rank_prev": 2,
>       "town": "杨峪河镇"
>     },
>     {
>       "allocated": "5500000.00",
>       "paid": "680700.50",
>       "paid_2m": "0.00",
>       "progress": "0.1238",
>       "rank": 3,
>       "rank_2m": 3,
>       "rank_change": -2,
>       "rank_prev": 1,
>       "town": "沙河子镇"
>     },
>     {
>       "allocated": "35000000.00",
>       "paid": "6680000.00",
>       "paid_2m": null,
>       "progress": "0.1909",
>       "rank": null,
>       "rank_2m": null,
>       "rank_change": null,
>       "rank_prev": null,
>       "town": "（未指定乡镇）"
>     }
>   ],
>   "title": "2017年12月乡镇资金支出进度及排名",
>   "total": {
>     "allocated": "50000000.00",
>     "paid": "11570300.50",
>     "paid_2m": "302800.00",
>     "progress": "0.2314",
>     "rank": null,
>     "rank_2m": null,
>     "rank_change": null,
>     "rank_prev": null,
>     "town": null
>   }
> }
$ report flows --month 2017-12 --format csv
> category,LOAN-SUBSIDY,LOAN-GUARANTEE,MEDICAL-AID,STUDENT-AID,WALNUT,ECOMMERCE,LARGE-FARMS,OTHER,total
> 县(区)级财政自筹,34100.00,6000000.00,98500.50,16000.00,3508200.00,830000.00,280000.00,803500.00,11570300.50
> 合计,34100.00,6000000.00,98500.50,16000.00,3508200.00,830000.00,280000.00,803500.00,11570300.50
$ report sources --month 2017-12 --unit wan
> 2017年12月资金来源明细表
> 文号                    资金类别              资金名称                              金额(万元)  已分配(万元)  未分配(万元)  已支出(万元)  到账日期    到账天数
> --------------------------------------------------------------------------------------------------------------------------------------------------------------
> 商财发〔2017〕6号       县(区)级财政自筹      2017年区级财政脱贫攻坚专项资金          5,000.00      5,000.00          0.00      1,157.03  2017-01-20       345
> 陕财办农〔2017〕3号     中省财政专项扶贫资金  2017年中央财政专项扶贫资金             12,000.00          0.00     12,000.00          0.00  2017-02-16       318
> 陕财办农〔2017〕28号    中省财政专项扶贫资金  2017年省级财政专项扶贫资金              8,000.00          0.00      8,000.00          0.00  2017-04-12       263
> 商区政办发〔2017〕21号  整合涉农(行业)资金    2017年统筹整合使用财政涉农资金         12,000.00          0.00     12,000.00          0.00  2017-04-28       247
> 陕财办社〔2017〕45号    上级其他补助          2017年中省医疗救助及临时救助补助资金   16,000.00          0.00     16,000.00          0.00  2017-05-08       237
> 商区金扶发〔2017〕3号   政策性金融扶贫贷款    2017年国开行、农发行扶贫贷款            8,000.00          0.00      8,000.00          0.00  2017-05-26       219
> 陕财办教〔2017〕61号    上级其他补助          2017年中省教育扶贫补助资金              8,000.00          0.00      8,000.00          0.00  2017-06-20       194
> 商区扶组发〔2017〕5号   社会帮扶资金          2017年“万企帮万村”社会帮扶资金          6,000.00          0.00      6,000.00          0.00  2017-06-30       184
> 商财社〔2017〕72号      上级其他补助          2017年市级民生补助资金                  8,000.00          0.00      8,000.00          0.00  2017-07-14       170
> 商区金扶发〔2017〕6号   扶贫小额信贷          2017年扶贫小额信贷                      4,000.00          0.00      4,000.00          0.00  2017-08-10       143
> 商区扶组发〔2017〕9号   社会帮扶资金          2017年社会捐赠及结对帮扶资金            5,000.00          0.00      5,000.00          0.00  2017-09-15       107
> --------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                                                 92,000.00      5,000.00     87,000.00      1,157.03                      
> 账本校验: 第 63 笔 · 123c04d4
$ report towns --month 2017-11 --unit wan
> 2017年11月乡镇资金支出进度及排名
> 乡镇            已分配(万元)  已支出(万元)  支出进度  排名
> ----------------------------------------------------------
> 大荆镇                600.00        175.97    29.33%     2
> 杨峪河镇              350.00        244.71    69.92%     1
> 沙河子镇              550.00         68.07    12.38%     3
> （未指定乡镇）      3,500.00        668.00    19.09%      
> ----------------------------------------------------------
> 合计                5,000.00      1,156.75    23.14%      
> 账本校验: 第 63 笔 · 123c04d4
$ report summary --month 2017-13
! fundledger: 错误: --month：月份“2017-13”无效（应为 YYYY-MM、YYYY-M、YYYY/M 或 YYYY年M月 格式）
? 2
$ report summary --month 2017-3 --format csv
> category,amount,paid_month,paid_ytd,progress,paid_last_year,change,change_rate
> 中省财政专项扶贫资金,120000000.00,0.00,0.00,0.0000,0.00,0.00,
> 县(区)级财政自筹,50000000.00,1919200.00,7919200.00,0.1584,0.00,7919200.00,
> 合计,170000000.00,1919200.00,7919200.00,0.0466,0.00,7919200.00,
$ report summary --month 2017/3 --format csv
> category,amount,paid_month,paid_ytd,progress,paid_last_year,change,change_rate
> 中省财政专项扶贫资金,120000000.00,0.00,0.00,0.0000,0.00,0.00,
> 县(区)级财政自筹,50000000.00,1919200.00,7919200.00,0.1584,0.00,7919200.00,
> 合计,170000000.00,1919200.00,7919200.00,0.0466,0.00,7919200.00,
$ report summary --month 2017年3月 --format csv
> category,amount,paid_month,paid_ytd,progress,paid_last_year,change,change_rate
> 中省财政专项扶贫资金,120000000.00,0.00,0.00,0.0000,0.00,0.00,
> 县(区)级财政自筹,50000000.00,1919200.00,7919200.00,0.1584,0.00,7919200.00,
> 合计,170000000.00,1919200.00,7919200.00,0.0466,0.00,7919200.00,
$ report monthly --month 2017-12 --out report.txt
! fundledger: 错误: --out：“report.txt”须以 `.xlsx` 结尾
? 2
$ report disclosure --year 2017 --out notice.pdf
! fundledger: 错误: --out：“notice.pdf”须以 `.xlsx` 或 `.csv` 结尾
? 2
