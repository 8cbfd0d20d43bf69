# The pingli-2016 and audit-demo examples load and verify (issue 3).
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
$ balance --by category --as-of 2016-12-31 --unit wan
> 余额表(按类别)截至 2016-12-31
> 类别                名称                  金额(万元)  已分配(万元)  未分配(万元)  已支付(万元)
> ----------------------------------------------------------------------------------------------
> central_provincial  中省财政专项扶贫资金    4,000.00      3,000.00      1,000.00        297.40
> county_self         县(区)级财政自筹        8,500.00      4,500.00      4,000.00          3.93
> sector_integrated   整合涉农(行业)资金     14,400.00      1,000.00     13,400.00         40.00
> policy_loan         政策性金融扶贫贷款     27,000.00          0.00     27,000.00          0.00
> microcredit         扶贫小额信贷           14,500.00          0.00     14,500.00          0.00
> ----------------------------------------------------------------------------------------------
> 合计                                       68,400.00      8,500.00     59,900.00        341.33
$ balance --by earmark --as-of 2016-12-31 --format json
> {
>   "as_of": "2016-12-31",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "30000000.00",
>       "available": "27286000.00",
>       "budget": "30000000.00",
>       "disbursed": "2714000.00",
>       "fiscal_year": 2016,
>       "key": "INDUSTRY",
>       "name": "产业发展扶持",
>       "progress": "0.0905",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "25000000.00",
>       "available": "24770000.00",
>       "budget": "25000000.00",
>       "disbursed": "230000.00",
>       "fiscal_year": 2016,
>       "key": "HOUSING-RELOC",
>       "name": "移民搬迁安置补助",
>       "progress": "0.0092",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "8000000.00",
>       "available": "7989500.00",
>       "budget": "8000000.00",
>       "disbursed": "10500.00",
>       "fiscal_year": 2016,
>       "key": "EDU-AID",
>       "name": "教育扶贫资助",
>       "progress": "0.0013",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "12000000.00",
>       "available": "11971200.00",
>       "budget": "12000000.00",
>       "disbursed": "28800.00",
>       "fiscal_year": 2016,
>       "key": "LOAN-SUBSIDY",
>       "name": "“5321”贷款贴息",
>       "progress": "0.0024",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "10000000.00",
>       "available": "9570000.00",
>       "budget": "10000000.00",
>       "disbursed": "430000.00",
>       "fiscal_year": 2016,
>       "key": "OTHER",
>       "name": "其他扶贫项目",
>       "progress": "0.0430",
>       "unallocated": "0.00"
>     }
>   ],
>   "total": {
>     "allocated": "85000000.00",
>     "available": "81586700.00",
>     "budget": "85000000.00",
>     "disbursed": "3413300.00",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.0402",
>     "unallocated": "0.00"
>   },
>   "year": null
> }
$ verify
> 校验通过：共 49 笔分录，链头 215d53440aaab091097300782c3574db5d41121f92f9c681a3d85e809bd1849c
$ --db {tmp}/audit.db init
> 已创建账本 {tmp}/audit.db（结构版本 23）
$ --db {tmp}/audit.db import households {root}/examples/audit-demo/households.csv
> 已从 {root}/examples/audit-demo/households.csv 导入农户：新增 8 笔，跳过 0 笔（已记录）
$ --db {tmp}/audit.db import sources {root}/examples/audit-demo/sources.csv
> 已从 {root}/examples/audit-demo/sources.csv 导入来源：新增 3 笔，跳过 0 笔（已记录）
$ --db {tmp}/audit.db import budget {root}/examples/audit-demo/budget.toml
> 已从 {root}/examples/audit-demo/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ --db {tmp}/audit.db import allocations {root}/examples/audit-demo/allocations.csv
> 已从 {root}/examples/audit-demo/allocations.csv 导入分配：新增 7 笔，跳过 0 笔（已记录）
$ --db {tmp}/audit.db import disbursements {root}/examples/audit-demo/disbursements.csv
> 已从 {root}/examples/audit-demo/disbursements.csv 导入支付：新增 14 笔，跳过 0 笔（已记录）
$ --db {tmp}/audit.db balance --by town --as-of 2018-12-31
> 余额表(按镇)截至 2018-12-31
> 镇      名称           已分配(元)  已支付(元)
> ---------------------------------------------
> 东河镇  东河镇               0.00  528,500.00
> 南坪镇  南坪镇       3,000,000.00  101,500.00
> 西岭镇  西岭镇       1,000,000.00   30,200.00
>         （未指定）   7,800,000.00        0.00
> ---------------------------------------------
> 合计                11,800,000.00  660,200.00
$ --db {tmp}/audit.db verify
> 校验通过：共 33 笔分录，链头 599c3dfcb28aa7cdfa57c3d367a95f7f46492dc492ba2b76079eda0fb952d8f4
