# Advances and their settlement (预拨 / 核销, issue 19) on the 商州 2017 example: before the year's
# quota arrives, the district fronts 50万 for walnut seedlings (advance YB-20170105-1, a source of
# category 预拨资金(待核销)), allocates it to WALNUT in 大荆镇 and pays 30万 of it. When the central
# and provincial quotas arrive, 20万 of 陕财办农〔2017〕3号 and then the remaining 30万 of
# 陕财办农〔2017〕28号 settle it. A settlement needs its document and reason, an advance (not another
# source), a settling source that is not an advance, a date after both arrived, and no more than the
# advance has outstanding; each refusal leaves the ledger unchanged. Balances by source show what
# each source gave as 核销预拨 (amount = allocated + unallocated + settled); verify replays it. audit
# lists the advance still unsettled after 90 days (YB-TEMP, 115 days on 2017-04-30).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/shangzhou-2017/households.csv
> 已从 {root}/examples/shangzhou-2017/households.csv 导入农户：新增 15 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/shangzhou-2017/sources.csv
> 已从 {root}/examples/shangzhou-2017/sources.csv 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/shangzhou-2017/budget.toml
> 已从 {root}/examples/shangzhou-2017/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ advance --amount 50万 --date 2017-01-05 --reason "春耕核桃苗木先行拨付"
> 已记录预拨 YB-20170105-1 50.00万元（2017-01-05），待指标到位后核销（`fundledger settle --advance YB-20170105-1`）
$ advance --amount 10万 --date 2017-01-05 --reason "临时救助先行拨付" --id YB-TEMP
> 已记录预拨 YB-TEMP 10.00万元（2017-01-05），待指标到位后核销（`fundledger settle --advance YB-TEMP`）
$ import allocations {root}/tests/golden/advance_fixtures/allocations.csv
> 已从 {root}/tests/golden/advance_fixtures/allocations.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/advance_fixtures/disbursements.csv
> 已从 {root}/tests/golden/advance_fixtures/disbursements.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ advances --as-of 2017-01-31
> 预拨资金及核销情况 截至 2017-01-31
> 预拨编号       预拨日期    用途                  预拨金额(元)  已分配(元)  已支付(元)  已核销(元)  待核销(元)  挂账天数  核销来源
> ---------------------------------------------------------------------------------------------------------------------------------
> YB-20170105-1  2017-01-05  春耕核桃苗木先行拨付    500,000.00  500,000.00  300,000.00        0.00  500,000.00        26  
> YB-TEMP        2017-01-05  临时救助先行拨付        100,000.00        0.00        0.00        0.00  100,000.00        26  
> ---------------------------------------------------------------------------------------------------------------------------------
> 合计                                               600,000.00  500,000.00  300,000.00        0.00  600,000.00            
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕3号 --amount 20万 --date 2017-02-20 --reason "指标到位核销"
! fundledger: 错误: 核销须写明依据文号：`--doc 文号`
? 2
unchanged
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕3号 --amount 20万 --date 2017-02-20 --doc "商财发〔2017〕12号"
! fundledger: 错误: 核销须写明原因：`--reason 原因`
? 2
unchanged
$ settle --advance 商财发〔2017〕6号 --source 陕财办农〔2017〕3号 --amount 20万 --date 2017-02-20 --doc "商财发〔2017〕12号" --reason "指标到位核销"
! settle 商财发〔2017〕6号: 错误: 商财发〔2017〕6号 不是预拨资金（类别须为“预拨资金(待核销)”）；只有预拨才能核销
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ settle --advance YB-20170105-1 --source YB-TEMP --amount 5万 --date 2017-02-20 --doc "商财发〔2017〕12号" --reason "指标到位核销"
! settle YB-20170105-1: 错误: 不能用预拨 YB-TEMP 核销预拨 YB-20170105-1：核销须用到账的指标资金
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕3号 --amount 20万 --date 2017-02-10 --doc "商财发〔2017〕12号" --reason "指标到位核销"
! settle YB-20170105-1: 错误: 核销日期 2017-02-10 早于预拨 YB-20170105-1 的日期 2017-01-05 或来源 陕财办农〔2017〕3号 的到账日期 2017-02-16
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕3号 --amount 60万 --date 2017-02-20 --doc "商财发〔2017〕12号" --reason "指标到位核销"
! settle YB-20170105-1: 错误: 核销 60.00万元 超过预拨 YB-20170105-1 尚未核销的 50.00万元（已核销 0.00元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕3号 --amount 20万 --date 2017-02-20 --doc "商财发〔2017〕12号" --reason "指标到位核销"
> 已用来源 陕财办农〔2017〕3号 核销预拨 YB-20170105-1 20.00万元（编号 HX-20170220-1），预拨尚未核销 30.00万元
$ --format json settle --advance YB-20170105-1 --source 陕财办农〔2017〕28号 --date 2017-04-20 --doc "商财发〔2017〕15号" --reason "指标到位核销"
> {
>   "advance": "YB-20170105-1",
>   "amount": "300000.00",
>   "date": "2017-04-20",
>   "outstanding": "0.00",
>   "settle_id": "HX-20170420-1",
>   "source_doc": "陕财办农〔2017〕28号"
> }
$ settle --advance YB-20170105-1 --source 陕财办农〔2017〕28号 --amount 1 --date 2017-04-21 --doc "商财发〔2017〕15号" --reason "再核销"
! settle YB-20170105-1: 错误: 核销 1.00元 超过预拨 YB-20170105-1 尚未核销的 0.00元（已核销 50.00万元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ advances --as-of 2017-04-30
> 预拨资金及核销情况 截至 2017-04-30
> 预拨编号       预拨日期    用途                  预拨金额(元)  已分配(元)  已支付(元)  已核销(元)  待核销(元)  挂账天数  核销来源
> ------------------------------------------------------------------------------------------------------------------------------------------------------------------
> YB-20170105-1  2017-01-05  春耕核桃苗木先行拨付    500,000.00  500,000.00  300,000.00  500,000.00        0.00         0  陕财办农〔2017〕3号; 陕财办农〔2017〕28号
> YB-TEMP        2017-01-05  临时救助先行拨付        100,000.00        0.00        0.00        0.00  100,000.00       115  
> ------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                               600,000.00  500,000.00  300,000.00  500,000.00  100,000.00            
$ --format csv advances --as-of 2017-02-28
> advance,date,name,amount,allocated,paid,settled,outstanding,days,settled_by
> YB-20170105-1,2017-01-05,春耕核桃苗木先行拨付,500000.00,500000.00,300000.00,200000.00,300000.00,54,陕财办农〔2017〕3号
> YB-TEMP,2017-01-05,临时救助先行拨付,100000.00,0.00,0.00,0.00,100000.00,54,
> 合计,,,600000.00,500000.00,300000.00,200000.00,400000.00,,
$ balance --by source --as-of 2017-04-30
> 余额表(按来源)截至 2017-04-30
> 文号                    名称                                  金额(元)  核销预拨(元)  已分配(元)      未分配(元)  已支付(元)
> ----------------------------------------------------------------------------------------------------------------------------
> YB-20170105-1           春耕核桃苗木先行拨付                500,000.00          0.00  500,000.00            0.00  300,000.00
> YB-TEMP                 临时救助先行拨付                    100,000.00          0.00        0.00      100,000.00        0.00
> 商财发〔2017〕6号       2017年区级财政脱贫攻坚专项资金   50,000,000.00          0.00        0.00   50,000,000.00        0.00
> 陕财办农〔2017〕3号     2017年中央财政专项扶贫资金      120,000,000.00    200,000.00        0.00  119,800,000.00        0.00
> 陕财办农〔2017〕28号    2017年省级财政专项扶贫资金       80,000,000.00    300,000.00        0.00   79,700,000.00        0.00
> 商区政办发〔2017〕21号  2017年统筹整合使用财政涉农资金  120,000,000.00          0.00        0.00  120,000,000.00        0.00
> ----------------------------------------------------------------------------------------------------------------------------
> 合计                                                    370,600,000.00    500,000.00  500,000.00  369,600,000.00  300,000.00
$ balance --by category --as-of 2017-04-30
> 余额表(按类别)截至 2017-04-30
> 类别                名称                        金额(元)  核销预拨(元)  已分配(元)      未分配(元)  已支付(元)
> --------------------------------------------------------------------------------------------------------------
> central_provincial  中省财政专项扶贫资金  200,000,000.00    500,000.00        0.00  199,500,000.00        0.00
> county_self         县(区)级财政自筹       50,000,000.00          0.00        0.00   50,000,000.00        0.00
> sector_integrated   整合涉农(行业)资金    120,000,000.00          0.00        0.00  120,000,000.00        0.00
> advance             预拨资金(待核销)          600,000.00          0.00  500,000.00      100,000.00  300,000.00
> --------------------------------------------------------------------------------------------------------------
> 合计                                      370,600,000.00    500,000.00  500,000.00  369,600,000.00  300,000.00
$ trace --voucher YB-D1
> 支付 YB-D1  2017-01-10  300,000.00 元
> 用途 2017/WALNUT  收款人 COOP-SZ-01 商州区大荆镇南村核桃专业合作社 (cooperative)  大荆镇 南村
> 资金来源
> 来源文号       类别     分配凭证  分配日期      金额(元)
> --------------------------------------------------------
> YB-20170105-1  advance  YB-A1     2017-01-06  300,000.00
> --------------------------------------------------------
> 合计                                          300,000.00
$ trace --source YB-20170105-1
> 来源 YB-20170105-1  春耕核桃苗木先行拨付  advance  到账 2017-01-05  500,000.00 元
> 分配:
>   YB-A1             2017-01-06  2017/WALNUT             大荆镇              500,000.00
> 支付:
>   YB-D1             2017-01-10  2017/WALNUT             COOP-SZ-01 商州区大荆镇南村核桃专业合作社 大荆镇              300,000.00
> 核销预拨:
>   HX-20170220-1     2017-02-20  由 陕财办农〔2017〕3号 核销       商财发〔2017〕12号              200,000.00
>   HX-20170420-1     2017-04-20  由 陕财办农〔2017〕28号 核销      商财发〔2017〕15号              300,000.00
> 已分配 500,000.00  已支付 300,000.00  未分配 0.00  已分配未支付 200,000.00
$ --format json trace --source 陕财办农〔2017〕28号
> {
>   "allocated": [],
>   "allocated_total": "0.00",
>   "amount": "80000000.00",
>   "category": "central_provincial",
>   "disbursed": [],
>   "disbursed_total": "0.00",
>   "doc_no": "陕财办农〔2017〕28号",
>   "fiscal_year": 2017,
>   "name": "2017年省级财政专项扶贫资金",
>   "received_on": "2017-04-12",
>   "reduced": [],
>   "reduced_total": "0.00",
>   "settlements": [
>     {
>       "advance": "YB-20170105-1",
>       "amount": "300000.00",
>       "date": "2017-04-20",
>       "doc_no": "商财发〔2017〕15号",
>       "settle_id": "HX-20170420-1",
>       "source_doc": "陕财办农〔2017〕28号"
>     }
>   ],
>   "settled_total": "300000.00",
>   "undisbursed": "0.00",
>   "unallocated": "80000000.00"
> }
$ audit --as-of 2017-04-30
> 审计 截至 2017-04-30：0 项错误，1 项警告
> [警告] advance_unsettled
>   预拨 YB-TEMP（2017-01-05，临时救助先行拨付）已挂账 115 天（≥ 90 天），尚有 10.00万元 未核销，其中已支付 0.00元
>   证据：YB-TEMP
$ verify
> 校验通过：共 33 笔分录，链头 93a5cbb1b13e5525c744d4f6b3a643d37d2d42226fb7617c94b5b6d9f167f395
$ advances --as-of 2017-04-30 --format json
> {
>   "as_of": "2017-04-30",
>   "columns": [
>     {
>       "en": "Advance",
>       "key": "advance",
>       "type": "text",
>       "zh": "预拨编号"
>     },
>     {
>       "en": "Date",
>       "key": "date",
>       "type": "text",
>       "zh": "预拨日期"
>     },
>     {
>       "en": "Purpose",
>       "key": "name",
>       "type": "text",
>       "zh": "用途"
>     },
>     {
>       "en": "Amount",
>       "key": "amount",
>       "type": "money",
>       "zh": "预拨金额"
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
>       "zh": "已支付"
>     },
>     {
>       "en": "Settled",
>       "key": "settled",
>       "type": "money",
>       "zh": "已核销"
>     },
>     {
>       "en": "Outstanding",
>       "key": "outstanding",
>       "type": "money",
>       "zh": "待核销"
>     },
>     {
>       "en": "Days outstanding",
>       "key": "days",
>       "type": "integer",
>       "zh": "挂账天数"
>     },
>     {
>       "en": "Settled by",
>       "key": "settled_by",
>       "type": "text",
>       "zh": "核销来源"
>     }
>   ],
>   "report": "advances",
>   "rows": [
>     {
>       "advance": "YB-20170105-1",
>       "allocated": "500000.00",
>       "amount": "500000.00",
>       "date": "2017-01-05",
>       "days": 0,
>       "name": "春耕核桃苗木先行拨付",
>       "outstanding": "0.00",
>       "paid": "300000.00",
>       "settled": "500000.00",
>       "settled_by": "陕财办农〔2017〕3号; 陕财办农〔2017〕28号"
>     },
>     {
>       "advance": "YB-TEMP",
>       "allocated": "0.00",
>       "amount": "100000.00",
>       "date": "2017-01-05",
>       "days": 115,
>       "name": "临时救助先行拨付",
>       "outstanding": "100000.00",
>       "paid": "0.00",
>       "settled": "0.00",
>       "settled_by": ""
>     }
>   ],
>   "title": "预拨资金及核销情况 截至 2017-04-30",
>   "total": {
>     "advance": "合计",
>     "allocated": "500000.00",
>     "amount": "600000.00",
>     "date": null,
>     "days": null,
>     "name": null,
>     "outstanding": "100000.00",
>     "paid": "300000.00",
>     "settled": "500000.00",
>     "settled_by": null
>   }
> }
