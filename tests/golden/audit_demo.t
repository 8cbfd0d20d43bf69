# audit finds each planted problem of examples/audit-demo (README table, issue 5) as of 2019-03-01, and nothing else.
# --year 2017 (no entries) leaves only the register check: ID numbers belong to no fiscal year.
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
$ audit --as-of 2019-03-01
> 审计 截至 2019-03-01：6 项错误，1 项警告
> [错误] cap_exceeded (loan-subsidy-per-household)
>   收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）
>   证据：FP2018-D005, FP2018-D012, FP2018-D014
> [错误] duplicate_payment
>   收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天
>   证据：FP2018-D002, FP2018-D004
> [错误] forbidden_use (policy-loan-not-for-relief)
>   分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途
>   证据：FP2018-A007, 演金扶发〔2018〕2号
> [错误] forbidden_use (policy-loan-not-for-relief)
>   支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途
>   证据：FP2018-D008, 演金扶发〔2018〕2号
> [警告] idle_funds (idle-one-year)
>   分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-01 已闲置 400 天（≥ 365 天）
>   证据：FP2018-A001, 陕财办农〔2018〕9号
> [错误] invalid_id_number
>   农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9
>   证据：AD-008
> [错误] payee_not_registered (medical-aid-registered-only)
>   支付 FP2018-D003（2018-04-10）从 MEDICAL-AID 向 AD-005 韩立新 支付 1.50万元，但收款人未建档立卡；规则 medical-aid-registered-only 要求建档立卡户
>   证据：FP2018-D003, AD-005
? 1
$ audit --as-of 2019-03-01 --format json
> {
>   "as_of": "2019-03-01",
>   "counts": {
>     "error": 6,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2018-D005",
>         "FP2018-D012",
>         "FP2018-D014"
>       ],
>       "message": "收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）",
>       "overridden": false,
>       "rule": "loan-subsidy-per-household",
>       "severity": "error",
>       "subject": {
>         "earmark": "LOAN-SUBSIDY",
>         "fiscal_year": "2018",
>         "max": "10000.00",
>         "payee": "AD-003",
>         "total": "10200.00"
>       }
>     },
>     {
>       "code": "duplicate_payment",
>       "evidence": [
>         "FP2018-D002",
>         "FP2018-D004"
>       ],
>       "message": "收款人 AD-001 高德顺 在 30 天内从 INDUSTRY 收到 2 笔相同金额 3,000.00元的支付：FP2018-D002（2018-04-02）、FP2018-D004（2018-04-14），间隔 12 天",
>       "overridden": false,
>       "rule": null,
>       "severity": "error",
>       "subject": {
>         "amount": "3000.00",
>         "earmark": "2018/INDUSTRY",
>         "payee": "AD-001"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "FP2018-A007",
>         "演金扶发〔2018〕2号"
>       ],
>       "message": "分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途",
>       "overridden": false,
>       "rule": "policy-loan-not-for-relief",
>       "severity": "error",
>       "subject": {
>         "amount": "500000.00",
>         "category": "policy_loan",
>         "doc_no": "演金扶发〔2018〕2号",
>         "earmark": "2018/MEDICAL-AID"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "FP2018-D008",
>         "演金扶发〔2018〕2号"
>       ],
>       "message": "支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途",
>       "overridden": false,
>       "rule": "policy-loan-not-for-relief",
>       "severity": "error",
>       "subject": {
>         "amount": "20000.00",
>         "category": "policy_loan",
>         "doc_no": "演金扶发〔2018〕2号",
>         "earmark": "2018/MEDICAL-AID",
>         "payee": "AD-002"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2018-A001",
>         "陕财办农〔2018〕9号"
>       ],
>       "message": "分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-01 已闲置 400 天（≥ 365 天）",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "days": "400",
>         "earmark": "2018/CLINIC",
>         "lot": "FP2018-A001",
>         "town": "西岭镇",
>         "unspent": "1000000.00"
>       }
>     },
>     {
>       "code": "invalid_id_number",
>       "evidence": [
>         "AD-008"
>       ],
>       "message": "农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9",
>       "overridden": false,
>       "rule": null,
>       "severity": "error",
>       "subject": {
>         "household": "AD-008",
>         "id_number": "610991197407211511"
>       }
>     },
>     {
>       "code": "payee_not_registered",
>       "evidence": [
>         "FP2018-D003",
>         "AD-005"
>       ],
>       "message": "支付 FP2018-D003（2018-04-10）从 MEDICAL-AID 向 AD-005 韩立新 支付 1.50万元，但收款人未建档立卡；规则 medical-aid-registered-only 要求建档立卡户",
>       "overridden": false,
>       "rule": "medical-aid-registered-only",
>       "severity": "error",
>       "subject": {
>         "earmark": "2018/MEDICAL-AID",
>         "payee": "AD-005"
>       }
>     }
>   ],
>   "year": null
> }
? 1
$ audit --as-of 2019-03-01 --year 2017 --format json
> {
>   "as_of": "2019-03-01",
>   "counts": {
>     "error": 1,
>     "warn": 0
>   },
>   "findings": [
>     {
>       "code": "invalid_id_number",
>       "evidence": [
>         "AD-008"
>       ],
>       "message": "农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9",
>       "overridden": false,
>       "rule": null,
>       "severity": "error",
>       "subject": {
>         "household": "AD-008",
>         "id_number": "610991197407211511"
>       }
>     }
>   ],
>   "year": 2017
> }
? 1
