# check finds the audit demo's planted rule breaches (issue 4): unregistered payee, cap split over
# three payments, idle money, policy-loan money in medical aid (allocation and payment).
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
$ check --as-of 2019-03-01 --format json
> {
>   "as_of": "2019-03-01",
>   "counts": {
>     "error": 4,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2018-A001",
>         "陕财办农〔2018〕9号"
>       ],
>       "message": "分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的 100.00万元 已 400 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2018/CLINIC",
>         "source": "陕财办农〔2018〕9号"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2018-D005",
>         "FP2018-D012",
>         "FP2018-D014"
>       ],
>       "message": "收款人 AD-003 2018 年度从 LOAN-SUBSIDY 收到 1.02万元，超过每户上限 1.00万元（超出 200.00元） — 「“5321”贷款贴息政策用于贫困户安全住房贷款每户不超过1万元」",
>       "overridden": false,
>       "rule": "loan-subsidy-per-household",
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/LOAN-SUBSIDY",
>         "payee": "AD-003"
>       }
>     },
>     {
>       "code": "payee_not_registered",
>       "evidence": [
>         "FP2018-D003"
>       ],
>       "message": "凭证 FP2018-D003：收款人 AD-005（韩立新，农户）从 MEDICAL-AID 收到 1.50万元，但不是建档立卡户 — 「对因病致贫或返贫的群众要给予及时有效救助」;对象以「分户建档立卡」为准",
>       "overridden": false,
>       "rule": "medical-aid-registered-only",
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/MEDICAL-AID",
>         "payee": "AD-005"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "FP2018-A007",
>         "演金扶发〔2018〕2号"
>       ],
>       "message": "凭证 FP2018-A007：来源 演金扶发〔2018〕2号（政策性金融扶贫贷款）的 50.00万元 拨入了专项 MEDICAL-AID（用途“medical_aid”） — 「在不改变用途和管理责任主体的前提下」;对「截留挪用、虚报冒领」的「从严惩处」",
>       "overridden": false,
>       "rule": "policy-loan-not-for-relief",
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/MEDICAL-AID",
>         "source": "演金扶发〔2018〕2号"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "FP2018-D008",
>         "演金扶发〔2018〕2号"
>       ],
>       "message": "凭证 FP2018-D008：从专项 MEDICAL-AID（用途“medical_aid”）支付给 AD-002 的 2.00万元 来自来源 演金扶发〔2018〕2号（政策性金融扶贫贷款） — 「在不改变用途和管理责任主体的前提下」;对「截留挪用、虚报冒领」的「从严惩处」",
>       "overridden": false,
>       "rule": "policy-loan-not-for-relief",
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/MEDICAL-AID",
>         "payee": "AD-002",
>         "source": "演金扶发〔2018〕2号"
>       }
>     }
>   ]
> }
? 1
$ check --as-of 2019-03-01
> 规则检查结果 截至 2019-03-01
> 级别  代码                  规则                         对象                                                          说明                                                                                                                                                                                                                   依据
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 警告  idle_funds            idle-one-year                专项=2018/CLINIC 来源=陕财办农〔2018〕9号                     分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的 100.00万元 已 400 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「进一步提高脱贫攻坚资金使用效益」                                FP2018-A001;陕财办农〔2018〕9号
> 错误  cap_exceeded          loan-subsidy-per-household   专项=2018/LOAN-SUBSIDY 收款人=AD-003                          收款人 AD-003 2018 年度从 LOAN-SUBSIDY 收到 1.02万元，超过每户上限 1.00万元（超出 200.00元） — 「“5321”贷款贴息政策用于贫困户安全住房贷款每户不超过1万元」                                                             FP2018-D005;FP2018-D012;FP2018-D014
> 错误  payee_not_registered  medical-aid-registered-only  专项=2018/MEDICAL-AID 收款人=AD-005                           凭证 FP2018-D003：收款人 AD-005（韩立新，农户）从 MEDICAL-AID 收到 1.50万元，但不是建档立卡户 — 「对因病致贫或返贫的群众要给予及时有效救助」;对象以「分户建档立卡」为准                                                FP2018-D003
> 错误  forbidden_use         policy-loan-not-for-relief   专项=2018/MEDICAL-AID 来源=演金扶发〔2018〕2号                凭证 FP2018-A007：来源 演金扶发〔2018〕2号（政策性金融扶贫贷款）的 50.00万元 拨入了专项 MEDICAL-AID（用途“medical_aid”） — 「在不改变用途和管理责任主体的前提下」;对「截留挪用、虚报冒领」的「从严惩处」               FP2018-A007;演金扶发〔2018〕2号
> 错误  forbidden_use         policy-loan-not-for-relief   专项=2018/MEDICAL-AID 收款人=AD-002 来源=演金扶发〔2018〕2号  凭证 FP2018-D008：从专项 MEDICAL-AID（用途“medical_aid”）支付给 AD-002 的 2.00万元 来自来源 演金扶发〔2018〕2号（政策性金融扶贫贷款） — 「在不改变用途和管理责任主体的前提下」;对「截留挪用、虚报冒领」的「从严惩处」  FP2018-D008;演金扶发〔2018〕2号
> 4 项错误，1 项警告
? 1
