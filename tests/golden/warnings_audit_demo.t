# Warnings handled to the end (issue 17) on examples/audit-demo: each planted problem is a warning with a stable id,
# a level and a category; W60AB725C4A (the duplicate payment FP2018-D002/D004, 3,000.00 twice to AD-001) is confirmed a
# violation, rectified and verified with an attachment; WB5640D64EB (the split cap, 10,200.00 > 10,000.00) is confirmed
# suspected; W4DAD562A55 (unregistered payee) is confirmed normal; steps out of
# order, before the previous step, in the future, with a bad outcome or without measures are refused (exit 2, nothing
# written). The reversals FP2019-C001 of FP2018-D004 (2019-03-10) and FP2019-C002 of FP2018-D014 (2019-03-25; 10,200.00 −
# 2,900.00 = 7,300.00, under the cap) make both findings disappear: the verified duplicate stays verified; the suspected
# cap is resolved by data, its correcting entry FP2019-C002 (the first entry after its confirmation naming FP2018-D005,
# D012 or D014). Ids do not move with the numbers: W4330861BD1's unspent 241.15万 becomes 241.45万 after FP2019-C001.
# Ages: the duplicate arose with FP2018-D004 on 2018-04-14: 321 days to 2019-03-01. The idle lot FP2018-A001 of
# 2018-01-25 reached 365 days on 2019-01-25: 35 days to 2019-03-01. The cap was exceeded by FP2018-D014 on 2018-10-15:
# 137 days. The invalid ID number is about a household record only: no day, no age (0).
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
$ warnings --as-of 2019-03-01
> 预警（截至 2019-03-01）
> 编号         级别  类别                    检查                状态    产生日期    天数  说明                                                                                                                                                                        最近处理  纠正分录
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> W60AB725C4A  红    虚报冒领套取            重复支付            待处理  2018-04-14   321  收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天                                       
> WB4A1424C67  红    挤占挪用                违规用途            待处理  2018-05-08   297  支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途             
> WFD2EC37A89  红    挤占挪用                违规用途            待处理  2018-03-20   346  分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途            
> W4DAD562A55  橙    虚报冒领套取            收款人非建档立卡户  待处理  2018-04-10   325  支付 FP2018-D003（2018-04-10）从 MEDICAL-AID 向 AD-005 韩立新 支付 1.50万元，但收款人未建档立卡；规则 medical-aid-registered-only 要求建档立卡户                                      
> WB5640D64EB  橙    扩大开支范围或提高标准  超过补助标准        待处理  2018-10-15   137  收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）                                                                      
> WC9A0FF8678  橙    数据不完整不真实        身份证号无效        待处理                 0  农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9                                                                                                             
> W35F10B5BE6  黄    滞留闲置                资金闲置            待处理  2019-01-25    35  分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-01 已闲置 400 天（≥ 365 天）                                       
> 共 7 条，其中待处理 7 条（红 3、橙 3、黄 1、蓝 0）
$ warnings --as-of 2019-03-01 --format csv --level 红
> id,level,violation,code,status,since,age_days,message,last_step,resolved_by
> W60AB725C4A,red,false_claims,duplicate_payment,open,2018-04-14,321,"收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天",,
> WB4A1424C67,red,diversion,forbidden_use,open,2018-05-08,297,支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途,,
> WFD2EC37A89,red,diversion,forbidden_use,open,2018-03-20,346,分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途,,
$ warnings confirm W60AB --as violation --by 张会计 --note 同户同额两笔 --date 2019-03-05
> 已记录：预警 W60AB725C4A 确认，状态由“待处理”变为“确认违规”
$ warnings verify W60AB --by 李股长 --date 2019-03-06
! fundledger: 错误: 预警 W60AB725C4A 当前为“确认违规”，不能核实（须先登记整改）
? 2
unchanged
$ warnings rectify W60AB --measures 收回重复发放 --date 2019-03-04
! fundledger: 错误: 预警 W60AB725C4A 当前为“待处理”，不能登记整改（须先确认为疑似违规或确认违规）
? 2
unchanged
$ warnings rectify W60AB --date 2019-03-12 --measures ""
! fundledger: 错误: 预警 W60AB725C4A 的整改须写明措施：`--measures` 文字
? 2
unchanged
$ warnings confirm WB5640 --as 可能 --by 张会计 --date 2019-03-05
! fundledger: 错误: `--as` 须为正常（`normal`）、疑似违规（`suspected`）或确认违规（`violation`），而不是“可能”
? 2
unchanged
$ warnings confirm WB5640 --as suspected --by 张会计 --date 2027-01-01
! fundledger: 错误: 处理日期 2027-01-01 晚于今天 2026-01-15
? 2
unchanged
$ warnings confirm W0000000000 --as normal --by 张会计 --date 2019-03-05
! fundledger: 错误: 截至 2019-03-05 没有编号为 W0000000000 的预警（用 `fundledger warnings` 查看编号）
? 2
unchanged
$ warnings confirm WB5640 --as suspected --by 张会计 --date 2019-03-05
> 已记录：预警 WB5640D64EB 确认，状态由“待处理”变为“疑似违规”
$ warnings confirm W4DAD --as normal --by 张会计 --note 经核对为低保户，按政策可享受 --date 2019-03-06
> 已记录：预警 W4DAD562A55 确认，状态由“待处理”变为“确认正常”
$ warnings confirm W4DAD --as violation --by 张会计 --date 2019-03-07
! fundledger: 错误: 预警 W4DAD562A55 当前为“确认正常”，不能再确认（只有待处理或疑似违规、且仍被检出的预警可以确认）
? 2
unchanged
$ warnings rectify W60AB --measures 收回重复发放 --amount-recovered 3000 --date 2019-03-12
> 已记录：预警 W60AB725C4A 整改，状态由“确认违规”变为“已整改”
$ warnings verify W60AB --by 李股长 --attach {root}/tests/golden/warnings_fixtures/核实报告.txt --date 2019-03-20
> 已记录：预警 W60AB725C4A 核实，状态由“已整改”变为“已核实”
> 附件已保存为 {tmp}/fundledger.db.attachments/c71ea5313e2110ab857aaca2ab8cd20b825dfdd5a9687bbb077242821a0ac32b（SHA-256 c71ea5313e2110ab857aaca2ab8cd20b825dfdd5a9687bbb077242821a0ac32b）
$ warnings --as-of 2019-03-31
> 预警（截至 2019-03-31）
> 编号         级别  类别                    检查                状态      产生日期    天数  说明                                                                                                                                                                        最近处理                   纠正分录
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> W60AB725C4A  红    虚报冒领套取            重复支付            已核实    2018-04-14   351  收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天                             2019-03-20 核实（李股长）  
> WB4A1424C67  红    挤占挪用                违规用途            待处理    2018-05-08   327  支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途                              
> WFD2EC37A89  红    挤占挪用                违规用途            待处理    2018-03-20   376  分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途                             
> W4DAD562A55  橙    虚报冒领套取            收款人非建档立卡户  确认正常  2018-04-10   355  支付 FP2018-D003（2018-04-10）从 MEDICAL-AID 向 AD-005 韩立新 支付 1.50万元，但收款人未建档立卡；规则 medical-aid-registered-only 要求建档立卡户                            2019-03-06 确认（张会计）  
> WB5640D64EB  橙    扩大开支范围或提高标准  超过补助标准        疑似违规  2018-10-15   167  收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）                                                            2019-03-05 确认（张会计）  
> WC9A0FF8678  橙    数据不完整不真实        身份证号无效        待处理                   0  农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9                                                                                                                              
> W19353578E0  黄    滞留闲置                资金闲置            待处理    2019-03-05    26  分配 FP2018-A005（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/LOAN-SUBSIDY 的资金尚有 198.53万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                                    
> W35F10B5BE6  黄    滞留闲置                资金闲置            待处理    2019-01-25    65  分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-31 已闲置 430 天（≥ 365 天）                                                        
> W4330861BD1  黄    滞留闲置                资金闲置            待处理    2019-03-05    26  分配 FP2018-A002（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/INDUSTRY 的资金尚有 241.15万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                                        
> W6B8C954A8E  黄    滞留闲置                资金闲置            待处理    2019-03-20    11  分配 FP2018-A007（2018-03-20，来源 演金扶发〔2018〕2号）拨入 2018/MEDICAL-AID 的资金尚有 48.00万元未支付，截至 2019-03-31 已闲置 376 天（≥ 365 天）                                                    
> W70F596572E  黄    滞留闲置                资金闲置            待处理    2019-03-05    26  分配 FP2018-A003（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/MEDICAL-AID 的资金尚有 147.30万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                                     
> W8FCDC84805  黄    滞留闲置                资金闲置            待处理    2019-03-12    19  分配 FP2018-A006（2018-03-12，来源 陕财办农〔2018〕9号）拨入 2018/INDUSTRY 的资金尚有 300.00万元未支付，截至 2019-03-31 已闲置 384 天（≥ 365 天）                                                      
> W9CBFA650C0  黄    滞留闲置                资金闲置            待处理    2019-03-05    26  分配 FP2018-A004（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/STUDENT-AID 的资金尚有 79.00万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                                      
> 共 13 条，其中待处理 11 条（红 2、橙 2、黄 7、蓝 0）
$ import corrections {root}/tests/golden/warnings_fixtures/corrections.csv
> 已从 {root}/tests/golden/warnings_fixtures/corrections.csv 导入更正：新增 2 笔，跳过 0 笔（已记录）
$ warnings --as-of 2019-03-31 --status verified --format json
> {
>   "as_of": "2019-03-31",
>   "summary": {
>     "open": 0,
>     "open_by_level": {
>       "blue": 0,
>       "orange": 0,
>       "red": 0,
>       "yellow": 0
>     },
>     "total": 1
>   },
>   "warnings": [
>     {
>       "age_days": 0,
>       "code": "duplicate_payment",
>       "evidence": [
>         "FP2018-D002",
>         "FP2018-D004"
>       ],
>       "found": false,
>       "id": "W60AB725C4A",
>       "level": "red",
>       "message": "收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天",
>       "resolved_by": null,
>       "rule": null,
>       "since": null,
>       "status": "verified",
>       "steps": [
>         {
>           "action": "confirm",
>           "amount_recovered": null,
>           "as": "violation",
>           "attachment_name": null,
>           "attachment_sha256": null,
>           "by": "张会计",
>           "date": "2019-03-05",
>           "entry_id": 39,
>           "measures": null,
>           "note": "同户同额两笔",
>           "operator": "clerk",
>           "recorded_at": "2026-01-15T08:00:00Z"
>         },
>         {
>           "action": "rectify",
>           "amount_recovered": "3000.00",
>           "as": null,
>           "attachment_name": null,
>           "attachment_sha256": null,
>           "by": "clerk",
>           "date": "2019-03-12",
>           "entry_id": 42,
>           "measures": "收回重复发放",
>           "note": null,
>           "operator": "clerk",
>           "recorded_at": "2026-01-15T08:00:00Z"
>         },
>         {
>           "action": "verify",
>           "amount_recovered": null,
>           "as": null,
>           "attachment_name": "核实报告.txt",
>           "attachment_sha256": "c71ea5313e2110ab857aaca2ab8cd20b825dfdd5a9687bbb077242821a0ac32b",
>           "by": "李股长",
>           "date": "2019-03-20",
>           "entry_id": 43,
>           "measures": null,
>           "note": null,
>           "operator": "clerk",
>           "recorded_at": "2026-01-15T08:00:00Z"
>         }
>       ],
>       "subject": {},
>       "violation": "false_claims"
>     }
>   ],
>   "year": null
> }
$ warnings --as-of 2019-03-31 --status resolved --format csv
> id,level,violation,code,status,since,age_days,message,last_step,resolved_by
> WB5640D64EB,orange,scope_standard,cap_exceeded,resolved,,0,收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）,2019-03-05 确认（张会计）,correction FP2019-C002
$ warnings --as-of 2019-03-31 --status 待处理
> 预警（截至 2019-03-31）
> 编号         级别  类别              检查          状态    产生日期    天数  说明                                                                                                                                                                        最近处理  纠正分录
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> WB4A1424C67  红    挤占挪用          违规用途      待处理  2018-05-08   327  支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途             
> WFD2EC37A89  红    挤占挪用          违规用途      待处理  2018-03-20   376  分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途            
> WC9A0FF8678  橙    数据不完整不真实  身份证号无效  待处理                 0  农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9                                                                                                             
> W19353578E0  黄    滞留闲置          资金闲置      待处理  2019-03-05    26  分配 FP2018-A005（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/LOAN-SUBSIDY 的资金尚有 198.82万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                   
> W35F10B5BE6  黄    滞留闲置          资金闲置      待处理  2019-01-25    65  分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-31 已闲置 430 天（≥ 365 天）                                       
> W4330861BD1  黄    滞留闲置          资金闲置      待处理  2019-03-05    26  分配 FP2018-A002（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/INDUSTRY 的资金尚有 241.45万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                       
> W6B8C954A8E  黄    滞留闲置          资金闲置      待处理  2019-03-20    11  分配 FP2018-A007（2018-03-20，来源 演金扶发〔2018〕2号）拨入 2018/MEDICAL-AID 的资金尚有 48.00万元未支付，截至 2019-03-31 已闲置 376 天（≥ 365 天）                                   
> W70F596572E  黄    滞留闲置          资金闲置      待处理  2019-03-05    26  分配 FP2018-A003（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/MEDICAL-AID 的资金尚有 147.30万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                    
> W8FCDC84805  黄    滞留闲置          资金闲置      待处理  2019-03-12    19  分配 FP2018-A006（2018-03-12，来源 陕财办农〔2018〕9号）拨入 2018/INDUSTRY 的资金尚有 300.00万元未支付，截至 2019-03-31 已闲置 384 天（≥ 365 天）                                     
> W9CBFA650C0  黄    滞留闲置          资金闲置      待处理  2019-03-05    26  分配 FP2018-A004（2018-03-05，来源 演财发〔2018〕3号）拨入 2018/STUDENT-AID 的资金尚有 79.00万元未支付，截至 2019-03-31 已闲置 391 天（≥ 365 天）                                     
> 共 10 条，其中待处理 10 条（红 2、橙 1、黄 7、蓝 0）
$ warnings --as-of 2019-03-31 --status closed
! fundledger: 错误: `--status` 须为 open, normal, suspected, violation, rectified, verified, resolved 之一，而不是“closed”
? 2
$ verify
> 校验通过：共 45 笔分录，链头 ec580b987d9b55d34157399e95860e27c48d1573bda4bb2617d0bee2b52f08ce
$ warnings --as-of 2019-03-31 --open --limit 1 --format json
> {
>   "as_of": "2019-03-31",
>   "summary": {
>     "open": 10,
>     "open_by_level": {
>       "blue": 0,
>       "orange": 1,
>       "red": 2,
>       "yellow": 7
>     },
>     "total": 10
>   },
>   "warnings": [
>     {
>       "age_days": 327,
>       "code": "forbidden_use",
>       "evidence": [
>         "FP2018-D008",
>         "演金扶发〔2018〕2号"
>       ],
>       "found": true,
>       "id": "WB4A1424C67",
>       "level": "red",
>       "message": "支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途",
>       "resolved_by": null,
>       "rule": "policy-loan-not-for-relief",
>       "since": "2018-05-08",
>       "status": "open",
>       "steps": [],
>       "subject": {
>         "amount": "20000.00",
>         "category": "policy_loan",
>         "doc_no": "演金扶发〔2018〕2号",
>         "earmark": "2018/MEDICAL-AID",
>         "payee": "AD-002"
>       },
>       "violation": "diversion"
>     }
>   ],
>   "year": null
> }
$ warnings --as-of 2019-03-31 --open --limit 1
> 预警（截至 2019-03-31）
> 编号         级别  类别      检查      状态    产生日期    天数  说明                                                                                                                                                                       最近处理  纠正分录
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> WB4A1424C67  红    挤占挪用  违规用途  待处理  2018-05-08   327  支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途            
> 共 10 条，其中待处理 10 条（红 2、橙 1、黄 7、蓝 0）
$ warnings --as-of 2019-03-31 --limit -1
! fundledger: 错误: `--limit` 应为 0 或正整数（0 为全部），而不是 -1
? 2
unchanged
