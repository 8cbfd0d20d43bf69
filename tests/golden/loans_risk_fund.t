# The risk compensation fund (风险补偿金, issue 21): two banks' funds, compensation shared by the rule's
# ratio, recoveries booked back, and each fund's position tied to its earmark in the ledger. By hand:
# deposits FP-RF-1 2万 into RISK-XYS (信用社) and FP-RF-2 3万 into RISK-YC (邮储银行), interest 65.00
# (a risk_fund source) into RISK-XYS. Q-5 (信用社, 5万, overdue since 2018-09-01) on 2019-04-10 is 222
# days overdue (122 days to 2019-01-01, 99 more to 04-10, the first day counted): a loss of its whole
# principal would take 4万 (80%) from a fund of 20065.00 — refused by the ledger; the bank's claimed
# loss 2万 is shared 16000.00 : 4000.00. Q-2 (信用社, overdue 2019-03-02) is 40 days overdue on 04-10:
# too soon. Q-3 (邮储银行, overdue 2019-01-01) is 89 days overdue on 03-30 (refused) and 90 on 03-31: a
# loss of 39999.95 at 70% is 27999.965, half-up 27999.97 for the fund, 11999.98 for the bank.
# Recoveries: Q-5 5000.00 on 06-20 → fund 5000 × 16000/20000 = 4000.00, bank 1000.00; Q-3 1000.01 on
# 05-15 → fund 1000.01 × 27999.97/39999.95 = 700.007…, 700.01, bank 300.00; Q-5 15000.00 on 09-30
# makes up its whole loss → the fund gets what is left of its share, 16000 − 4000 = 12000.00.
# Positions on 2019-06-30 (quarter from 04-01; loans outstanding at the close of 03-31): 信用社 Q-1 5万
# + Q-2 3万 + Q-5 5万 = 13万 (Q-7 repaid 02-20) → size 10% = 13000.00; balance 20000 + 65 − 16000 +
# 4000 = 8065.00, top-up 4935.00. 邮储银行 size fixed 5万; balance 30000 − 27999.97 + 700.01 =
# 2700.04, top-up 47299.96. On 2019-10-08 信用社's balance is 20065.00 again (all recovered): no top-up.
# The earmarks' balances in `balance --by earmark` are the same figures.
# Loan quality on 2019-06-30 carries the compensations: 信用社 20000.00 compensated (Q-5), 5000.00
# recovered; 邮储银行 39999.95 and 1000.01; in all 59999.95 and 6000.01.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/loans_fixtures/households.csv
> 已从 {root}/tests/golden/loans_fixtures/households.csv 导入农户：新增 6 笔，跳过 0 笔（已记录）
$ import loans {root}/tests/golden/loans_fixtures/quality-loans.csv
> 已从 {root}/tests/golden/loans_fixtures/quality-loans.csv 导入贷款：新增 7 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/loans_fixtures/fund-sources.csv
> 已从 {root}/tests/golden/loans_fixtures/fund-sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/loans_fixtures/fund-budget.toml
> 已从 {root}/tests/golden/loans_fixtures/fund-budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/loans_fixtures/fund-allocations.csv
> 已从 {root}/tests/golden/loans_fixtures/fund-allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/loans_fixtures/fund-rules-bad.toml
! {root}/tests/golden/loans_fixtures/fund-rules-bad.toml:7: 错误: 规则 rf-bad：'fund_share' 不能超过 100%
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/loans_fixtures/fund-rules.toml
> 已从 {root}/tests/golden/loans_fixtures/fund-rules.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 rf-xys v1
>   已记录规则 rf-yc v1
$ loans compensate --loan Q-5 --date 2019-04-10
! loans compensate Q-5: 错误: 凭证 BC-20190410-1：支付 4.00万元 超过 2019 年度专项 RISK-XYS 截至 2019-04-10 的可用余额（20,065.00元，超出 19,935.00元）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ loans compensate --loan Q-5 --date 2019-04-10 --loss 50000.01
! fundledger: 错误: 贷款 Q-5 的损失 50,000.01元 须大于 0 且不超过本金 5.00万元
? 2
unchanged
$ loans compensate --loan Q-5 --date 2019-04-10 --loss 2万 --doc "县金融办〔2019〕3号"
> 已补偿贷款 Q-5（逾期 222 天）：损失 2.00万元，风险补偿金承担 1.60万元（凭证 BC-20190410-1，自 RISK-XYS 支付给 信用社），银行承担 4,000.00元
$ loans compensate --loan Q-5 --date 2019-04-12 --loss 1万
! fundledger: 错误: 贷款 Q-5 已于 2019-04-10 补偿（BC-20190410-1）；追回的款项用 `loans recover` 记录
? 2
unchanged
$ loans compensate --loan Q-2 --date 2019-04-10
! fundledger: 错误: 贷款 Q-2 自 2019-03-02 逾期，至今 40 天，未满规则 rf-xys 要求的 90 天（逾期首日记为第 1 天），不能补偿
? 2
unchanged
$ loans compensate --loan Q-3 --date 2019-03-30 --loss 39999.95
! fundledger: 错误: 贷款 Q-3 自 2019-01-01 逾期，至今 89 天，未满规则 rf-yc 要求的 90 天（逾期首日记为第 1 天），不能补偿
? 2
unchanged
$ --format json loans compensate --loan Q-3 --date 2019-03-31 --loss 39999.95
> {
>   "bank": "邮储银行",
>   "bank_share": "11999.98",
>   "comp_id": "BC-20190331-1",
>   "date": "2019-03-31",
>   "days_overdue": 90,
>   "earmark": "RISK-YC",
>   "fund_share": "27999.97",
>   "loan": "Q-3",
>   "loss": "39999.95",
>   "rule": "rf-yc",
>   "voucher": "BC-20190331-1"
> }
$ loans compensate --loan Q-6 --date 2019-04-10
! fundledger: 错误: 银行 农商行（贷款 Q-6）在 2019 年没有风险补偿金规则（`risk_fund`）；请在规则文件中设定其专户科目、规模和分担比例
? 2
unchanged
$ loans compensate --loan Q-7 --date 2019-04-10
! fundledger: 错误: 贷款 Q-7 已于 2019-02-20 结清，无损失可补偿
? 2
unchanged
$ loans compensate --loan Q-99 --date 2019-04-10
! fundledger: 错误: 贷款台账中没有贷款 Q-99
? 2
unchanged
$ loans compensate --loan Q-1 --date 2019-04-10
! fundledger: 错误: 贷款 Q-1 截至 2019-04-10 未逾期（贷款台账无逾期日期），不能补偿
? 2
unchanged
$ loans recover --loan Q-1 --amount 100 --date 2019-05-01
! fundledger: 错误: 贷款 Q-1 截至 2019-05-01 未获风险补偿，追回款项无需回补风险补偿金
? 2
unchanged
$ loans recover --loan Q-3 --amount 1000.01 --date 2019-05-15
> 已记录贷款 Q-3 追回 1,000.01元：回补风险补偿金 700.01元（凭证 ZH-20190515-1），银行 300.00元
$ loans recover --loan Q-5 --amount 5000 --date 2019-06-20
> 已记录贷款 Q-5 追回 5,000.00元：回补风险补偿金 4,000.00元（凭证 ZH-20190620-1），银行 1,000.00元
$ loans --fund --as-of 2019-06-30
> 风险补偿金 截至 2019-06-30（应有规模按季初在贷余额计；余额 = 存入 + 利息 − 补偿 + 追回 − 其他支出）
> 银行      规则    专户科目  季初        季初在贷余额(元)  应有规模(元)   存入(元)  利息(元)  已补偿(元)  追回回补(元)  其他支出(元)   余额(元)  应补足(元)
> ----------------------------------------------------------------------------------------------------------------------------------------------------------
> 信用社    rf-xys  RISK-XYS  2019-04-01        130,000.00     13,000.00  20,000.00     65.00   16,000.00      4,000.00          0.00   8,065.00    4,935.00
> 邮储银行  rf-yc   RISK-YC   2019-04-01         60,000.00     50,000.00  30,000.00      0.00   27,999.97        700.01          0.00   2,700.04   47,299.96
> ----------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                          190,000.00     63,000.00  50,000.00     65.00   43,999.97      4,700.01          0.00  10,765.04   52,234.96
$ balance --by earmark --year 2019 --as-of 2019-06-30
> 余额表(按用途)截至 2019-06-30,年度 2019
> 年度  用途代码  名称                 预算(元)  已分配(元)  未分配(元)  已支付(元)   可用(元)  支出进度
> ------------------------------------------------------------------------------------------------------
> 2019  RISK-XYS  信用社风险补偿金    20,000.00   20,065.00      -65.00   12,000.00   8,065.00    60.00%
> 2019  RISK-YC   邮储银行风险补偿金  30,000.00   30,000.00        0.00   27,299.96   2,700.04    91.00%
> ------------------------------------------------------------------------------------------------------
> 合计                                50,000.00   50,065.00      -65.00   39,299.96  10,765.04    78.60%
$ --format csv loans --quality --by bank --as-of 2019-06-30
> key,loans,outstanding,overdue_1_30,overdue_31_90,overdue_91_180,overdue_over_180,overdue,non_performing,npl_ratio,written_off,compensated,recovered
> 信用社,3,130000.00,0.00,0.00,30000.00,50000.00,80000.00,80000.00,0.6154,0.00,20000.00,5000.00
> 农商行,0,0.00,0.00,0.00,0.00,0.00,0.00,0.00,,10000.00,0.00,0.00
> 邮储银行,2,60000.00,0.00,0.00,0.00,60000.00,60000.00,60000.00,1.0000,0.00,39999.95,1000.01
> 合计,5,190000.00,0.00,0.00,30000.00,110000.00,140000.00,140000.00,0.7368,10000.00,59999.95,6000.01
$ loans recover --loan Q-5 --amount 15000.01 --date 2019-09-30
! fundledger: 错误: 贷款 Q-5 追回 15,000.01元 后将超过补偿的损失 2.00万元（此前已追回 5,000.00元）
? 2
unchanged
$ loans recover --loan Q-5 --amount 15000 --date 2019-09-30
> 已记录贷款 Q-5 追回 1.50万元：回补风险补偿金 1.20万元（凭证 ZH-20190930-1），银行 3,000.00元
$ loans --compensations --as-of 2019-10-08
> 风险补偿明细 截至 2019-10-08
> 补偿编号       贷款编号  户编号  银行      补偿日期     损失(元)  风险补偿金承担(元)  银行承担(元)  已追回(元)  回补风险补偿金(元)  支付凭证
> -------------------------------------------------------------------------------------------------------------------------------------------------
> BC-20190331-1  Q-3       H3      邮储银行  2019-03-31  39,999.95           27,999.97     11,999.98    1,000.01              700.01  BC-20190331-1
> BC-20190410-1  Q-5       H5      信用社    2019-04-10  20,000.00           16,000.00      4,000.00   20,000.00           16,000.00  BC-20190410-1
> -------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                                                   59,999.95           43,999.97     15,999.98   21,000.01           16,700.01  
$ --format csv loans --fund --as-of 2019-10-08
> bank,rule,earmark,quarter_start,loan_balance,required,deposits,interest,compensated,recovered,other_paid,balance,shortfall
> 信用社,rf-xys,RISK-XYS,2019-10-01,130000.00,13000.00,20000.00,65.00,16000.00,16000.00,0.00,20065.00,0.00
> 邮储银行,rf-yc,RISK-YC,2019-10-01,60000.00,50000.00,30000.00,0.00,27999.97,700.01,0.00,2700.04,47299.96
> 合计,,,,190000.00,63000.00,50000.00,65.00,43999.97,16700.01,0.00,22765.04,47299.96
$ --format json loans --fund --as-of 2019-10-08
> {
>   "as_of": "2019-10-08",
>   "columns": [
>     {
>       "en": "Bank",
>       "key": "bank",
>       "type": "text",
>       "zh": "银行"
>     },
>     {
>       "en": "Rule",
>       "key": "rule",
>       "type": "text",
>       "zh": "规则"
>     },
>     {
>       "en": "Earmark",
>       "key": "earmark",
>       "type": "text",
>       "zh": "专户科目"
>     },
>     {
>       "en": "Quarter start",
>       "key": "quarter_start",
>       "type": "text",
>       "zh": "季初"
>     },
>     {
>       "en": "Loan balance at quarter start",
>       "key": "loan_balance",
>       "type": "money",
>       "zh": "季初在贷余额"
>     },
>     {
>       "en": "Size required",
>       "key": "required",
>       "type": "money",
>       "zh": "应有规模"
>     },
>     {
>       "en": "Deposits",
>       "key": "deposits",
>       "type": "money",
>       "zh": "存入"
>     },
>     {
>       "en": "Interest",
>       "key": "interest",
>       "type": "money",
>       "zh": "利息"
>     },
>     {
>       "en": "Compensated",
>       "key": "compensated",
>       "type": "money",
>       "zh": "已补偿"
>     },
>     {
>       "en": "Recovered",
>       "key": "recovered",
>       "type": "money",
>       "zh": "追回回补"
>     },
>     {
>       "en": "Other payments",
>       "key": "other_paid",
>       "type": "money",
>       "zh": "其他支出"
>     },
>     {
>       "en": "Balance",
>       "key": "balance",
>       "type": "money",
>       "zh": "余额"
>     },
>     {
>       "en": "Top-up due",
>       "key": "shortfall",
>       "type": "money",
>       "zh": "应补足"
>     }
>   ],
>   "report": "risk_funds",
>   "rows": [
>     {
>       "balance": "20065.00",
>       "bank": "信用社",
>       "compensated": "16000.00",
>       "deposits": "20000.00",
>       "earmark": "RISK-XYS",
>       "interest": "65.00",
>       "loan_balance": "130000.00",
>       "other_paid": "0.00",
>       "quarter_start": "2019-10-01",
>       "recovered": "16000.00",
>       "required": "13000.00",
>       "rule": "rf-xys",
>       "shortfall": "0.00"
>     },
>     {
>       "balance": "2700.04",
>       "bank": "邮储银行",
>       "compensated": "27999.97",
>       "deposits": "30000.00",
>       "earmark": "RISK-YC",
>       "interest": "0.00",
>       "loan_balance": "60000.00",
>       "other_paid": "0.00",
>       "quarter_start": "2019-10-01",
>       "recovered": "700.01",
>       "required": "50000.00",
>       "rule": "rf-yc",
>       "shortfall": "47299.96"
>     }
>   ],
>   "title": "风险补偿金 截至 2019-10-08（应有规模按季初在贷余额计；余额 = 存入 + 利息 − 补偿 + 追回 − 其他支出）",
>   "total": {
>     "balance": "22765.04",
>     "bank": "合计",
>     "compensated": "43999.97",
>     "deposits": "50000.00",
>     "earmark": null,
>     "interest": "65.00",
>     "loan_balance": "190000.00",
>     "other_paid": "0.00",
>     "quarter_start": null,
>     "recovered": "16700.01",
>     "required": "63000.00",
>     "rule": null,
>     "shortfall": "47299.96"
>   }
> }
$ verify
> 校验通过：共 31 笔分录，链头 b0e0ef716ac859506af0eaeaefa23f916eafe46d066faac3e0b705cab48aa9c8
