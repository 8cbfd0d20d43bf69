# audit_check rules set the severity of the audit-only checks and duplicate_payment's window
# (issue 5). On the audit demo: with the default 30-day window the double payment 12 days apart is
# an error; after a rule makes the window 10 days it is not found, and the bad ID number becomes a
# warning. An unknown check name is refused with its line and nothing written.
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
$ import rules {root}/tests/golden/audit_fixtures/audit-config-bad.toml
! {root}/tests/golden/audit_fixtures/audit-config-bad.toml:4: 错误: 规则 audit-typo：'check' 须为 duplicate_payment, invalid_id_number, chain_broken, paid_to_government 之一，而不是“duplicate_payments”
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import rules {root}/tests/golden/audit_fixtures/audit-config.toml
> 已从 {root}/tests/golden/audit_fixtures/audit-config.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 audit-dup v1
>   已记录规则 audit-id v1
$ audit --as-of 2019-03-01
> 审计 截至 2019-03-01：4 项错误，2 项警告
> [错误] cap_exceeded (loan-subsidy-per-household)
>   收款人 AD-003 罗永福 2018 年度从 LOAN-SUBSIDY 共收到 3 笔，合计 1.02万元，超过每户上限 1.00万元（超出 200.00元）
>   证据：FP2018-D005, FP2018-D012, FP2018-D014
> [错误] forbidden_use (policy-loan-not-for-relief)
>   分配 FP2018-A007 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）50.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途
>   证据：FP2018-A007, 演金扶发〔2018〕2号
> [错误] forbidden_use (policy-loan-not-for-relief)
>   支付 FP2018-D008 使用 政策性金融扶贫贷款 类资金（来源 演金扶发〔2018〕2号）2.00万元于 2018/MEDICAL-AID（用途“medical_aid”），属规则 policy-loan-not-for-relief 禁止的用途
>   证据：FP2018-D008, 演金扶发〔2018〕2号
> [警告] idle_funds (idle-one-year)
>   分配 FP2018-A001（2018-01-25，来源 陕财办农〔2018〕9号）拨入 2018/CLINIC 的资金尚有 100.00万元未支付，截至 2019-03-01 已闲置 400 天（≥ 365 天）
>   证据：FP2018-A001, 陕财办农〔2018〕9号
> [警告] invalid_id_number
>   农户 AD-008 董文亮 的身份证号 610991197407211511 无效：校验位为 1，应为 9
>   证据：AD-008
> [错误] payee_not_registered (medical-aid-registered-only)
>   支付 FP2018-D003（2018-04-10）从 MEDICAL-AID 向 AD-005 韩立新 支付 1.50万元，但收款人未建档立卡；规则 medical-aid-registered-only 要求建档立卡户
>   证据：FP2018-D003, AD-005
? 1
