# audit near misses (issue 5): 31 days apart is no duplicate (ND1/ND2) but 30 days is (ND5/ND6); 9,999.99 against a 1万 cap is no finding; lots allocated 2018-03-02 are not idle on 2019-03-01 (364 days) but are on 2019-03-02 (365).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/audit_data/households.csv
> 已从 {root}/tests/golden/audit_data/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/audit_data/sources.csv
> 已从 {root}/tests/golden/audit_data/sources.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/audit_data/budget.toml
> 已从 {root}/tests/golden/audit_data/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/audit_data/allocations.csv
> 已从 {root}/tests/golden/audit_data/allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/audit_data/disbursements.csv
> 已从 {root}/tests/golden/audit_data/disbursements.csv 导入支付：新增 6 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/audit_data/rules.toml
> 已从 {root}/tests/golden/audit_data/rules.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 subsidy-cap v1
$ audit --as-of 2019-03-01
> 审计 截至 2019-03-01：1 项错误，0 项警告
> [错误] duplicate_payment
>   收款人 N2 乙 在 30 天内从 INDUSTRY 收到 2 笔相同金额 2,000.00元的支付：ND5（2018-04-01）、ND6（2018-05-01），间隔 30 天
>   证据：ND5, ND6
? 1
$ audit --as-of 2019-03-02 --format csv
> code,severity,rule,overridden,message,evidence
> duplicate_payment,error,,no,"收款人 N2 乙 在 30 天内从 INDUSTRY 收到 2 笔相同金额 2,000.00元的支付：ND5（2018-04-01）、ND6（2018-05-01），间隔 30 天",ND5;ND6
> idle_funds,warn,,no,分配 NA1（2018-03-02，来源 NM-1）拨入 2018/INDUSTRY 的资金尚有 49.00万元未支付，截至 2019-03-02 已闲置 365 天（≥ 365 天）,NA1;NM-1
> idle_funds,warn,,no,"分配 NA2（2018-03-02，来源 NM-1）拨入 2018/LOAN-SUBSIDY 的资金尚有 490,000.01元未支付，截至 2019-03-02 已闲置 365 天（≥ 365 天）",NA2;NM-1
? 1
