# Reductions of a source (来源调减, issue 19). Hand figures: the source 县财发〔2018〕1号 has 300万, 140万
# allocated by 2018-03-01 (ROAD 60万 + 30万, MED 50万), 160万 left. Reducing 200万 is refused (160万
# left); 100万 on 2018-04-01 (省财发〔2018〕7号) leaves the source 200万, 60万 unallocated. Then L-007
# (61万 on 2018-04-10) is refused, and so is 61万 more reduced on 2018-02-15: the source had 240万 on that
# day, but the allocations of 03-01 count on all but 60万 of it. Balances by source and category show
# amount = allocated + unallocated + reduced (300 = 140 + 60 + 100); as of 2018-03-31 nothing was
# reduced yet and they read as before. Every refusal names the source, amounts and dates; nothing is
# written.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/line_fixtures/sources.csv
> 已从 {root}/tests/golden/line_fixtures/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/line_fixtures/budget.toml
> 已从 {root}/tests/golden/line_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/line_fixtures/allocations.csv
> 已从 {root}/tests/golden/line_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ reduce --source 县财发〔2018〕1号 --amount 200万 --date 2018-04-01 --doc "省财发〔2018〕7号" --reason "省级收回部分衔接资金"
! reduce 县财发〔2018〕1号: 错误: 调减 200.00万元 超过来源 县财发〔2018〕1号 在 2018-04-01 未分配的 160.00万元（已分配、已冻结的资金不能调减；请先收回或解冻）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --amount 100万 --date 2018-04-01 --doc "省财发〔2018〕7号" --reason "省级收回部分衔接资金"
> 已调减来源 县财发〔2018〕1号 100.00万元（编号 TJ-20180401-1），来源金额现为 200.00万元
$ reduce --source 县财发〔2018〕1号 --amount 1万 --date 2018-04-02 --doc "省财发〔2018〕7号" --reason "再收回" --id TJ-20180401-1
! reduce 县财发〔2018〕1号: 错误: 调减编号 TJ-20180401-1 已被使用；请另取一个（`--id`）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --amount 1万 --date 2018-01-05 --doc "省财发〔2018〕7号" --reason "到账前"
! reduce 县财发〔2018〕1号: 错误: 调减日期 2018-01-05 早于来源 县财发〔2018〕1号 的到账日期 2018-01-10
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ reduce --source 县财发〔2018〕9号 --amount 1万 --date 2018-04-02 --doc "省财发〔2018〕7号" --reason "没有的来源"
! reduce 县财发〔2018〕9号: 错误: 没有文号为 县财发〔2018〕9号 的资金来源
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --year 2018 --amount 1万 --date 2018-04-02 --doc "省财发〔2018〕7号" --reason "多写了年度"
! fundledger: 错误: 调减来源时不写 `--year`：年度就是来源 县财发〔2018〕1号 自己的
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --line OTHER --amount 1万 --date 2018-04-02 --doc "省财发〔2018〕7号" --reason "两个对象"
! fundledger: 错误: 调减须指明对象：`--line 用途代码`（连同 `--year`）或 `--source 文号`（二者选一）
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --amount 1万 --date 2018-04-02 --reason "没有文号"
! fundledger: 错误: 调剂和调减指标须写明依据文号和原因：`--doc 文号 --reason 原因`
? 2
unchanged
$ reduce --source 县财发〔2018〕1号 --amount 61万 --date 2018-02-15 --doc "省财发〔2018〕8号" --reason "倒填日期"
! reduce 县财发〔2018〕1号: 错误: 调减 61.00万元 超过来源 县财发〔2018〕1号 在 2018-02-15 未分配的 60.00万元（已分配、已冻结的资金不能调减；请先收回或解冻）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import allocations {root}/tests/golden/freeze_fixtures/allocations_other.csv
! {root}/tests/golden/freeze_fixtures/allocations_other.csv:2: 错误: 凭证 L-007：分配 61.00万元 超过来源 县财发〔2018〕1号 的未分配金额（共 300.00万元，尚余 60.00万元，超出 1.00万元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ balance --by source
> 余额表(按来源)截至 2026-01-15
> 文号               名称                    金额(元)      调减(元)    已分配(元)  未分配(元)  已支付(元)
> -------------------------------------------------------------------------------------------------------
> 县财发〔2018〕1号  2018年县级衔接资金  3,000,000.00  1,000,000.00  1,400,000.00  600,000.00        0.00
> -------------------------------------------------------------------------------------------------------
> 合计                                   3,000,000.00  1,000,000.00  1,400,000.00  600,000.00        0.00
$ balance --by category --format csv
> key,name,amount,reduced,allocated,unallocated,disbursed
> county_self,县(区)级财政自筹,3000000.00,1000000.00,1400000.00,600000.00,0.00
> 合计,,3000000.00,1000000.00,1400000.00,600000.00,0.00
$ balance --by source --as-of 2018-03-31 --format csv
> key,name,amount,allocated,unallocated,disbursed
> 县财发〔2018〕1号,2018年县级衔接资金,3000000.00,1400000.00,1600000.00,0.00
> 合计,,3000000.00,1400000.00,1600000.00,0.00
$ --format json reduce --source 县财发〔2018〕1号 --amount 10万 --date 2018-05-01 --doc "省财发〔2018〕9号" --reason "再收回"
> {
>   "amount": "100000.00",
>   "date": "2018-05-01",
>   "doc_no": "省财发〔2018〕9号",
>   "reduction_id": "TJ-20180501-1",
>   "source_amount": "1900000.00",
>   "source_doc": "县财发〔2018〕1号"
> }
$ verify
> 校验通过：共 7 笔分录，链头 5a9ad89010e8543178f17c908695567f9e3264e1112d2a58cba40a57fc509d21
