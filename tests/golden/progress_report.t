# 序时进度 (issue 17): report progress over the 平利 2016 example. By hand, as of 2016-06-30: time progress
# 182 ÷ 366 = 49.73% (2016 is a leap year; 1 January and 30 June both counted); by months 6 ÷ 12 = 50.00%.
# INDUSTRY: 到位 30,000,000.00, paid 1,105,000.00 = 3.68%; 短进度 49.73% − 3.68% = 46.04 points (exactly
# 182/366 − 1,105,000/30,000,000); 短支额 30,000,000.00 × 182/366 = 14,918,032.786… → 14,918,032.79 − 1,105,000.00
# = 13,813,032.79. Under the default bands (red > 20 points behind, yellow > 10) every earmark is red; under the
# rule progress-2016 (red 49, yellow 47) OTHER (48.23 points) is yellow, INDUSTRY (46.04) normal, the rest
# red. The total's 短支额 is the sum of the rows' (each rounded once). Loan categories
# are lent, not spent: no row by category. --by payee is refused (exit 2), and a rule whose yellow band is
# deeper than its red one is refused with the ledger unchanged.
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
$ report progress --as-of 2016-06-30
> 时间进度 49.73%（已过 182 天 ÷ 全年 366 天）
> 预警：支出进度低于时间进度 20 个百分点以上为红色，10 个百分点以上为黄色（默认）
> 2016 年度资金支出序时进度（按用途，截至 2016-06-30）
> 编号           名称               到位资金(元)    已支付(元)  支出进度  短进度     短支额(元)  预警
> ---------------------------------------------------------------------------------------------------
> INDUSTRY       产业发展扶持      30,000,000.00  1,105,000.00     3.68%  46.04%  13,813,032.79  红色
> HOUSING-RELOC  移民搬迁安置补助  25,000,000.00    145,000.00     0.58%  49.15%  12,286,693.99  红色
> EDU-AID        教育扶贫资助       8,000,000.00      3,000.00     0.04%  49.69%   3,975,142.08  红色
> LOAN-SUBSIDY   “5321”贷款贴息    12,000,000.00     14,700.00     0.12%  49.60%   5,952,513.11  红色
> OTHER          其他扶贫项目      10,000,000.00    150,000.00     1.50%  48.23%   4,822,677.60  红色
> ---------------------------------------------------------------------------------------------------
> 合计                             85,000,000.00  1,417,700.00     1.67%  48.06%  40,850,059.57  红色
> 账本校验: 第 49 笔 · 215d5344
$ report progress --as-of 2016-06-30 --by category
> 时间进度 49.73%（已过 182 天 ÷ 全年 366 天）
> 预警：支出进度低于时间进度 20 个百分点以上为红色，10 个百分点以上为黄色（默认）
> 2016 年度资金支出序时进度（按类别，截至 2016-06-30）
> 编号                名称                    到位资金(元)    已支付(元)  支出进度  短进度      短支额(元)  预警
> --------------------------------------------------------------------------------------------------------------
> central_provincial  中省财政专项扶贫资金   40,000,000.00  1,400,000.00     3.50%  46.23%   18,490,710.38  红色
> county_self         县(区)级财政自筹       85,000,000.00     17,700.00     0.02%  49.71%   42,250,059.56  红色
> sector_integrated   整合涉农(行业)资金    144,000,000.00          0.00     0.00%  49.73%   71,606,557.38  红色
> --------------------------------------------------------------------------------------------------------------
> 合计                                      269,000,000.00  1,417,700.00     0.53%  49.20%  132,347,327.32  红色
> 账本校验: 第 49 笔 · 215d5344
$ report progress --as-of 2016-06-30 --by town --basis months --format csv
> key,name,received,paid,progress,gap,shortfall,band
> 城关镇,城关镇,20000000.00,809500.00,0.0405,0.4595,9190500.00,red
> 老县镇,老县镇,20000000.00,413200.00,0.0207,0.4793,9586800.00,red
> 长安镇,长安镇,20000000.00,45000.00,0.0023,0.4978,9955000.00,red
> ,（未指定）,25000000.00,150000.00,0.0060,0.4940,12350000.00,red
> 合计,,85000000.00,1417700.00,0.0167,0.4833,41082300.00,red
$ report progress --as-of 2016-12-31 --by earmark --format json
> {
>   "as_of": "2016-12-31",
>   "bands": {
>     "red": 20,
>     "rule": null,
>     "yellow": 10
>   },
>   "basis": "days",
>   "by": "earmark",
>   "columns": [
>     {
>       "en": "Key",
>       "key": "key",
>       "type": "text",
>       "zh": "编号"
>     },
>     {
>       "en": "Name",
>       "key": "name",
>       "type": "text",
>       "zh": "名称"
>     },
>     {
>       "en": "Received",
>       "key": "received",
>       "type": "money",
>       "zh": "到位资金"
>     },
>     {
>       "en": "Paid",
>       "key": "paid",
>       "type": "money",
>       "zh": "已支付"
>     },
>     {
>       "en": "Spending progress",
>       "key": "progress",
>       "type": "ratio",
>       "zh": "支出进度"
>     },
>     {
>       "en": "Behind time",
>       "key": "gap",
>       "type": "ratio",
>       "zh": "短进度"
>     },
>     {
>       "en": "To pay to catch up",
>       "key": "shortfall",
>       "type": "money",
>       "zh": "短支额"
>     },
>     {
>       "en": "Band",
>       "key": "band",
>       "type": "text",
>       "zh": "预警"
>     }
>   ],
>   "ledger_check": {
>     "entries": 49,
>     "head": "215d53440aaab091097300782c3574db5d41121f92f9c681a3d85e809bd1849c"
>   },
>   "report": "progress",
>   "rows": [
>     {
>       "band": "red",
>       "gap": "0.9095",
>       "key": "INDUSTRY",
>       "name": "产业发展扶持",
>       "paid": "2714000.00",
>       "progress": "0.0905",
>       "received": "30000000.00",
>       "shortfall": "27286000.00"
>     },
>     {
>       "band": "red",
>       "gap": "0.9908",
>       "key": "HOUSING-RELOC",
>       "name": "移民搬迁安置补助",
>       "paid": "230000.00",
>       "progress": "0.0092",
>       "received": "25000000.00",
>       "shortfall": "24770000.00"
>     },
>     {
>       "band": "red",
>       "gap": "0.9987",
>       "key": "EDU-AID",
>       "name": "教育扶贫资助",
>       "paid": "10500.00",
>       "progress": "0.0013",
>       "received": "8000000.00",
>       "shortfall": "7989500.00"
>     },
>     {
>       "band": "red",
>       "gap": "0.9976",
>       "key": "LOAN-SUBSIDY",
>       "name": "“5321”贷款贴息",
>       "paid": "28800.00",
>       "progress": "0.0024",
>       "received": "12000000.00",
>       "shortfall": "11971200.00"
>     },
>     {
>       "band": "red",
>       "gap": "0.9570",
>       "key": "OTHER",
>       "name": "其他扶贫项目",
>       "paid": "430000.00",
>       "progress": "0.0430",
>       "received": "10000000.00",
>       "shortfall": "9570000.00"
>     }
>   ],
>   "time_progress": "1.0000",
>   "title": "2016 年度资金支出序时进度（按用途，截至 2016-12-31）",
>   "total": {
>     "band": "red",
>     "gap": "0.9598",
>     "key": "合计",
>     "name": null,
>     "paid": "3413300.00",
>     "progress": "0.0402",
>     "received": "85000000.00",
>     "shortfall": "81586700.00"
>   },
>   "year": 2016
> }
$ report progress --as-of 2016-06-30 --lang en --unit wan
> Time progress 49.73% (182 days of 366 elapsed)
> Bands: red when spending is more than 20 points behind time progress, yellow more than 10 (the defaults)
> Spending against time progress, 2016, by earmark, as of 2016-06-30
> Key            Name              Received (10k yuan)  Paid (10k yuan)  Spending progress  Behind time  To pay to catch up (10k yuan)  Band
> ------------------------------------------------------------------------------------------------------------------------------------------
> INDUSTRY       产业发展扶持                 3,000.00           110.50              3.68%       46.04%                       1,381.30  red
> HOUSING-RELOC  移民搬迁安置补助             2,500.00            14.50              0.58%       49.15%                       1,228.67  red
> EDU-AID        教育扶贫资助                   800.00             0.30              0.04%       49.69%                         397.51  red
> LOAN-SUBSIDY   “5321”贷款贴息               1,200.00             1.47              0.12%       49.60%                         595.25  red
> OTHER          其他扶贫项目                 1,000.00            15.00              1.50%       48.23%                         482.27  red
> ------------------------------------------------------------------------------------------------------------------------------------------
> Total                                       8,500.00           141.77              1.67%       48.06%                       4,085.01  red
> Ledger check: entry 49 · 215d5344
$ report progress --as-of 2016-06-30 --by payee
! fundledger: 错误: `report progress --by` 只能是 `category`、`earmark`、`town` 或 `project`，不是 “payee”
? 2
$ import rules {root}/tests/golden/progress_fixtures/rules-bands-bad.toml
! {root}/tests/golden/progress_fixtures/rules-bands-bad.toml:5: 错误: 规则 progress-bad：进度预警：红色的百分点（`red`）须大于黄色的（`yellow`），且不超过 100，现为 `red` 10、`yellow` 20
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/progress_fixtures/rules-bands.toml
> 已从 {root}/tests/golden/progress_fixtures/rules-bands.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 progress-2016 v1
$ report progress --as-of 2016-06-30
> 时间进度 49.73%（已过 182 天 ÷ 全年 366 天）
> 预警：支出进度低于时间进度 49 个百分点以上为红色，47 个百分点以上为黄色（规则 progress-2016）
> 2016 年度资金支出序时进度（按用途，截至 2016-06-30）
> 编号           名称               到位资金(元)    已支付(元)  支出进度  短进度     短支额(元)  预警
> ---------------------------------------------------------------------------------------------------
> INDUSTRY       产业发展扶持      30,000,000.00  1,105,000.00     3.68%  46.04%  13,813,032.79  正常
> HOUSING-RELOC  移民搬迁安置补助  25,000,000.00    145,000.00     0.58%  49.15%  12,286,693.99  红色
> EDU-AID        教育扶贫资助       8,000,000.00      3,000.00     0.04%  49.69%   3,975,142.08  红色
> LOAN-SUBSIDY   “5321”贷款贴息    12,000,000.00     14,700.00     0.12%  49.60%   5,952,513.11  红色
> OTHER          其他扶贫项目      10,000,000.00    150,000.00     1.50%  48.23%   4,822,677.60  黄色
> ---------------------------------------------------------------------------------------------------
> 合计                             85,000,000.00  1,417,700.00     1.67%  48.06%  40,850,059.57  黄色
> 账本校验: 第 50 笔 · 3e362451
