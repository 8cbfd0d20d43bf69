# A 1万 cap split across three payments of one file (listed out of date order) is caught at the
# payment that crosses it, and nothing is written: the gate counts the file's own earlier rows.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/engine/rules/tests/data/rules-payees.toml
> 已从 {root}/engine/rules/tests/data/rules-payees.toml 导入规则：新增 8 笔，跳过 0 笔（已记录）
>   已记录规则 subsidy-cap v1
>   已记录规则 medical-registered v1
>   已记录规则 loan-not-relief v1
>   已记录规则 county-ceiling v1
>   已记录规则 floor-total v1
>   已记录规则 share-relief v1
>   已记录规则 idle-300 v1
>   已记录规则 county-30-days v1
$ import households {root}/engine/rules/tests/data/households.csv
> 已从 {root}/engine/rules/tests/data/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/engine/rules/tests/data/sources.csv
> 已从 {root}/engine/rules/tests/data/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/engine/rules/tests/data/budget-2017.toml
> 已从 {root}/engine/rules/tests/data/budget-2017.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/engine/rules/tests/data/allocations.csv
> 已从 {root}/engine/rules/tests/data/allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/rules_fixtures/disb-cap-split.csv
! {root}/tests/golden/rules_fixtures/disb-cap-split.csv:2: 错误: 规则 subsidy-cap：凭证 S3：收款人 H1 2017 年度将从 LOAN-SUBSIDY 共收到 10,000.01元（已收 8,000.00元 + 本笔 2,000.01元），超过每户上限 1.00万元（超出 0.01元） — 「每户不超过1万元」（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
