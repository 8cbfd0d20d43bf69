# trace follows a payment to its sources and a source to its payments (issue 5): the diverted payment FP2018-D008, FIFO payments, a recovery.
# A recovery (收回) shows net: the payment, the source rows and the totals all drop by it.
# Unknown vouchers and documents are usage errors.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/audit-demo/households.csv
> 已从 {root}/examples/audit-demo/households.csv 导入农户：新增 8 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/audit-demo/sources.csv
> 已从 {root}/examples/audit-demo/sources.csv 导入来源：新增 3 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/audit-demo/budget.toml
> 已从 {root}/examples/audit-demo/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/audit-demo/allocations.csv
> 已从 {root}/examples/audit-demo/allocations.csv 导入分配：新增 7 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/audit-demo/disbursements.csv
> 已从 {root}/examples/audit-demo/disbursements.csv 导入支付：新增 14 笔，跳过 0 笔（已记录）
$ import rules {root}/examples/audit-demo/rules.toml
> 已从 {root}/examples/audit-demo/rules.toml 导入规则：新增 5 笔，跳过 0 笔（已记录）
>   已记录规则 medical-aid-registered-only v1
>   已记录规则 student-aid-registered-only v1
>   已记录规则 loan-subsidy-per-household v1
>   已记录规则 policy-loan-not-for-relief v1
>   已记录规则 idle-one-year v1
$ trace --voucher FP2018-D008 --format json
> {
>   "amount": "20000.00",
>   "corrections": [],
>   "date": "2018-05-08",
>   "earmark": "MEDICAL-AID",
>   "fiscal_year": 2018,
>   "gross": "20000.00",
>   "payee_id": "AD-002",
>   "payee_kind": "household",
>   "payee_name": "林淑珍",
>   "project": "大病救助",
>   "sources": [
>     {
>       "allocations": [
>         {
>           "amount": "20000.00",
>           "date": "2018-03-20",
>           "voucher": "FP2018-A007"
>         }
>       ],
>       "amount": "20000.00",
>       "category": "policy_loan",
>       "doc_no": "演金扶发〔2018〕2号"
>     }
>   ],
>   "town": "东河镇",
>   "village": "石桥村",
>   "voucher": "FP2018-D008"
> }
$ trace --voucher FP2018-D003
> 支付 FP2018-D003  2018-04-10  15,000.00 元
> 用途 2018/MEDICAL-AID  收款人 AD-005 韩立新 (household)  西岭镇 松林村
> 资金来源
> 来源文号           类别         分配凭证     分配日期     金额(元)
> ------------------------------------------------------------------
> 演财发〔2018〕3号  county_self  FP2018-A003  2018-03-05  15,000.00
> ------------------------------------------------------------------
> 合计                                                     15,000.00
$ trace --voucher FP2018-D003 --format csv
> doc_no,category,allocation,allocation_date,amount
> 演财发〔2018〕3号,county_self,FP2018-A003,2018-03-05,15000.00
$ trace --source 演金扶发〔2018〕2号 --format json
> {
>   "allocated": [
>     {
>       "amount": "500000.00",
>       "date": "2018-03-20",
>       "earmark": "MEDICAL-AID",
>       "fiscal_year": 2018,
>       "project": "大病救助",
>       "town": "",
>       "voucher": "FP2018-A007"
>     }
>   ],
>   "allocated_total": "500000.00",
>   "amount": "50000000.00",
>   "category": "policy_loan",
>   "disbursed": [
>     {
>       "amount": "20000.00",
>       "date": "2018-05-08",
>       "earmark": "MEDICAL-AID",
>       "fiscal_year": 2018,
>       "payee_id": "AD-002",
>       "payee_name": "林淑珍",
>       "town": "东河镇",
>       "village": "石桥村",
>       "voucher": "FP2018-D008"
>     }
>   ],
>   "disbursed_total": "20000.00",
>   "doc_no": "演金扶发〔2018〕2号",
>   "fiscal_year": 2018,
>   "name": "2018年农发行易地扶贫搬迁贷款",
>   "received_on": "2018-01-18",
>   "reduced": [],
>   "reduced_total": "0.00",
>   "settlements": [],
>   "settled_total": "0.00",
>   "undisbursed": "480000.00",
>   "unallocated": "49500000.00"
> }
$ trace --source 演财发〔2018〕3号
> 来源 演财发〔2018〕3号  2018年县级财政专项扶贫资金  county_self  到账 2018-01-08  15,000,000.00 元
> 分配:
>   FP2018-A002       2018-03-05  2018/INDUSTRY                             3,000,000.00
>   FP2018-A003       2018-03-05  2018/MEDICAL-AID                          1,500,000.00
>   FP2018-A004       2018-03-05  2018/STUDENT-AID                            800,000.00
>   FP2018-A005       2018-03-05  2018/LOAN-SUBSIDY                         2,000,000.00
> 支付:
>   FP2018-D001       2018-03-20  2018/INDUSTRY           ENT-AD-01 演示县东河茶业有限公司 东河镇              500,000.00
>   FP2018-D002       2018-04-02  2018/INDUSTRY           AD-001 高德顺               东河镇                3,000.00
>   FP2018-D003       2018-04-10  2018/MEDICAL-AID        AD-005 韩立新               西岭镇               15,000.00
>   FP2018-D004       2018-04-14  2018/INDUSTRY           AD-001 高德顺               东河镇                3,000.00
>   FP2018-D005       2018-04-16  2018/LOAN-SUBSIDY       AD-003 罗永福               西岭镇                3,800.00
>   FP2018-D006       2018-04-20  2018/STUDENT-AID        AD-004 谢春燕               西岭镇                5,000.00
>   FP2018-D007       2018-04-25  2018/INDUSTRY           AD-002 林淑珍               东河镇                2,500.00
>   FP2018-D009       2018-05-15  2018/MEDICAL-AID        AD-006 唐秀英               南坪镇               12,000.00
>   FP2018-D010       2018-06-01  2018/LOAN-SUBSIDY       AD-006 唐秀英               南坪镇                4,500.00
>   FP2018-D011       2018-06-10  2018/INDUSTRY           COOP-AD-01 演示县南坪香菇专业合作社 南坪镇               80,000.00
>   FP2018-D012       2018-07-16  2018/LOAN-SUBSIDY       AD-003 罗永福               西岭镇                3,500.00
>   FP2018-D013       2018-09-03  2018/STUDENT-AID        AD-007 冯建国               南坪镇                5,000.00
>   FP2018-D014       2018-10-15  2018/LOAN-SUBSIDY       AD-003 罗永福               西岭镇                2,900.00
> 已分配 7,300,000.00  已支付 640,200.00  未分配 7,700,000.00  已分配未支付 6,659,800.00
$ trace --source 演财发〔2018〕3号 --by earmark --format json
> {
>   "amount": "15000000.00",
>   "by": "earmark",
>   "category": "county_self",
>   "doc_no": "演财发〔2018〕3号",
>   "rows": [
>     {
>       "allocated": "3000000.00",
>       "disbursed": "588500.00",
>       "key": "2018/INDUSTRY",
>       "name": "产业发展奖补",
>       "payments": 5
>     },
>     {
>       "allocated": "2000000.00",
>       "disbursed": "14700.00",
>       "key": "2018/LOAN-SUBSIDY",
>       "name": "扶贫贷款贴息",
>       "payments": 4
>     },
>     {
>       "allocated": "1500000.00",
>       "disbursed": "27000.00",
>       "key": "2018/MEDICAL-AID",
>       "name": "大病救助",
>       "payments": 2
>     },
>     {
>       "allocated": "800000.00",
>       "disbursed": "10000.00",
>       "key": "2018/STUDENT-AID",
>       "name": "贫困大学生救助",
>       "payments": 2
>     }
>   ],
>   "total": {
>     "allocated": "7300000.00",
>     "disbursed": "640200.00",
>     "key": "total",
>     "payments": 13
>   },
>   "unallocated": "7700000.00",
>   "undisbursed": "6659800.00"
> }
$ trace --source 演财发〔2018〕3号 --by payee
> 资金去向 演财发〔2018〕3号 (county_self) 15,000,000.00
> 收款人编号  名称                      已分配(元)  已支付(元)  笔数
> ------------------------------------------------------------------
> AD-001      高德顺                          0.00    6,000.00     2
> AD-002      林淑珍                          0.00    2,500.00     1
> AD-003      罗永福                          0.00   10,200.00     3
> AD-004      谢春燕                          0.00    5,000.00     1
> AD-005      韩立新                          0.00   15,000.00     1
> AD-006      唐秀英                          0.00   16,500.00     2
> AD-007      冯建国                          0.00    5,000.00     1
> COOP-AD-01  演示县南坪香菇专业合作社        0.00   80,000.00     1
> ENT-AD-01   演示县东河茶业有限公司          0.00  500,000.00     1
> ------------------------------------------------------------------
> 合计                                        0.00  640,200.00    13
> 未分配 7,700,000.00  已分配未支付 6,659,800.00
$ trace --source 演财发〔2018〕3号 --format csv
> section,voucher,date,fiscal_year,earmark,payee_id,town,amount
> allocated,FP2018-A002,2018-03-05,2018,INDUSTRY,,,3000000.00
> allocated,FP2018-A003,2018-03-05,2018,MEDICAL-AID,,,1500000.00
> allocated,FP2018-A004,2018-03-05,2018,STUDENT-AID,,,800000.00
> allocated,FP2018-A005,2018-03-05,2018,LOAN-SUBSIDY,,,2000000.00
> disbursed,FP2018-D001,2018-03-20,2018,INDUSTRY,ENT-AD-01,东河镇,500000.00
> disbursed,FP2018-D002,2018-04-02,2018,INDUSTRY,AD-001,东河镇,3000.00
> disbursed,FP2018-D003,2018-04-10,2018,MEDICAL-AID,AD-005,西岭镇,15000.00
> disbursed,FP2018-D004,2018-04-14,2018,INDUSTRY,AD-001,东河镇,3000.00
> disbursed,FP2018-D005,2018-04-16,2018,LOAN-SUBSIDY,AD-003,西岭镇,3800.00
> disbursed,FP2018-D006,2018-04-20,2018,STUDENT-AID,AD-004,西岭镇,5000.00
> disbursed,FP2018-D007,2018-04-25,2018,INDUSTRY,AD-002,东河镇,2500.00
> disbursed,FP2018-D009,2018-05-15,2018,MEDICAL-AID,AD-006,南坪镇,12000.00
> disbursed,FP2018-D010,2018-06-01,2018,LOAN-SUBSIDY,AD-006,南坪镇,4500.00
> disbursed,FP2018-D011,2018-06-10,2018,INDUSTRY,COOP-AD-01,南坪镇,80000.00
> disbursed,FP2018-D012,2018-07-16,2018,LOAN-SUBSIDY,AD-003,西岭镇,3500.00
> disbursed,FP2018-D013,2018-09-03,2018,STUDENT-AID,AD-007,南坪镇,5000.00
> disbursed,FP2018-D014,2018-10-15,2018,LOAN-SUBSIDY,AD-003,西岭镇,2900.00
$ import corrections {root}/tests/golden/trace_data/trace_recovery.csv
> 已从 {root}/tests/golden/trace_data/trace_recovery.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ trace --voucher FP2018-D001 --format json
> {
>   "amount": "400000.00",
>   "corrections": [
>     {
>       "amount": "-100000.00",
>       "date": "2018-06-01",
>       "kind": "recovery",
>       "reason": "项目未完工收回",
>       "voucher": "FP2018-C001"
>     }
>   ],
>   "date": "2018-03-20",
>   "earmark": "INDUSTRY",
>   "fiscal_year": 2018,
>   "gross": "500000.00",
>   "payee_id": "ENT-AD-01",
>   "payee_kind": "enterprise",
>   "payee_name": "演示县东河茶业有限公司",
>   "project": "茶园基地建设",
>   "sources": [
>     {
>       "allocations": [
>         {
>           "amount": "400000.00",
>           "date": "2018-03-05",
>           "voucher": "FP2018-A002"
>         }
>       ],
>       "amount": "400000.00",
>       "category": "county_self",
>       "doc_no": "演财发〔2018〕3号"
>     }
>   ],
>   "town": "东河镇",
>   "village": "柳树村",
>   "voucher": "FP2018-D001"
> }
$ trace --voucher NOPE
! fundledger: 错误: `trace`：没有凭证号为“NOPE”的支付（拨付）
? 2
$ trace --source NOPE
! fundledger: 错误: `trace`：没有文号为“NOPE”的资金来源
? 2
$ trace
! fundledger: 错误: `trace`：请给出 --voucher 凭证号、--source 文号 或 --asset 资产编号（三者选一）
? 2
