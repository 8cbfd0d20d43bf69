# The 商州 2017 example loads cleanly and its balances by earmark add up (issue 3).
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
$ balance --by earmark --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "by": "earmark",
>   "rows": [
>     {
>       "allocated": "10000000.00",
>       "available": "9965900.00",
>       "budget": "10000000.00",
>       "disbursed": "34100.00",
>       "fiscal_year": 2017,
>       "key": "LOAN-SUBSIDY",
>       "name": "扶贫贷款贴息",
>       "progress": "0.0034",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "10000000.00",
>       "available": "4000000.00",
>       "budget": "10000000.00",
>       "disbursed": "6000000.00",
>       "fiscal_year": 2017,
>       "key": "LOAN-GUARANTEE",
>       "name": "贷款担保基金",
>       "progress": "0.6000",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4901499.50",
>       "budget": "5000000.00",
>       "disbursed": "98500.50",
>       "fiscal_year": 2017,
>       "key": "MEDICAL-AID",
>       "name": "大病救助基金",
>       "progress": "0.0197",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "3000000.00",
>       "available": "2984000.00",
>       "budget": "3000000.00",
>       "disbursed": "16000.00",
>       "fiscal_year": 2017,
>       "key": "STUDENT-AID",
>       "name": "贫困大学生救助基金",
>       "progress": "0.0053",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "10000000.00",
>       "available": "6491800.00",
>       "budget": "10000000.00",
>       "disbursed": "3508200.00",
>       "fiscal_year": 2017,
>       "key": "WALNUT",
>       "name": "核桃产业",
>       "progress": "0.3508",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4170000.00",
>       "budget": "5000000.00",
>       "disbursed": "830000.00",
>       "fiscal_year": 2017,
>       "key": "ECOMMERCE",
>       "name": "电商扶贫",
>       "progress": "0.1660",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "2000000.00",
>       "available": "1720000.00",
>       "budget": "2000000.00",
>       "disbursed": "280000.00",
>       "fiscal_year": 2017,
>       "key": "LARGE-FARMS",
>       "name": "大场大户扶持",
>       "progress": "0.1400",
>       "unallocated": "0.00"
>     },
>     {
>       "allocated": "5000000.00",
>       "available": "4196500.00",
>       "budget": "5000000.00",
>       "disbursed": "803500.00",
>       "fiscal_year": 2017,
>       "key": "OTHER",
>       "name": "其他产业项目",
>       "progress": "0.1607",
>       "unallocated": "0.00"
>     }
>   ],
>   "total": {
>     "allocated": "50000000.00",
>     "available": "38429699.50",
>     "budget": "50000000.00",
>     "disbursed": "11570300.50",
>     "fiscal_year": null,
>     "key": "total",
>     "name": "合计",
>     "progress": "0.2314",
>     "unallocated": "0.00"
>   },
>   "year": null
> }
$ balance --by town --as-of 2017-12-31
> 余额表(按镇)截至 2017-12-31
> 镇        名称           已分配(元)     已支付(元)
> --------------------------------------------------
> 大荆镇    大荆镇       6,000,000.00   1,759,700.00
> 杨峪河镇  杨峪河镇     3,500,000.00   2,449,900.00
> 沙河子镇  沙河子镇     5,500,000.00     680,700.50
>           （未指定）  35,000,000.00   6,680,000.00
> --------------------------------------------------
> 合计                  50,000,000.00  11,570,300.50
$ balance --by category --as-of 2017-12-31 --format csv
> key,name,amount,allocated,unallocated,disbursed
> central_provincial,中省财政专项扶贫资金,200000000.00,0.00,200000000.00,0.00
> upper_other,上级其他补助,320000000.00,0.00,320000000.00,0.00
> county_self,县(区)级财政自筹,50000000.00,50000000.00,0.00,11570300.50
> sector_integrated,整合涉农(行业)资金,120000000.00,0.00,120000000.00,0.00
> policy_loan,政策性金融扶贫贷款,80000000.00,0.00,80000000.00,0.00
> microcredit,扶贫小额信贷,40000000.00,0.00,40000000.00,0.00
> social,社会帮扶资金,110000000.00,0.00,110000000.00,0.00
> 合计,,920000000.00,50000000.00,870000000.00,11570300.50
$ verify
> 校验通过：共 63 笔分录，链头 123c04d45911f190a9fab46dc348c2e831b58e50b48fd765b9b176d6e882ab86
