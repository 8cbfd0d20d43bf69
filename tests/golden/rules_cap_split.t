# A 1万 cap split across three payments of one file (listed out of date order) is caught at the
# payment that crosses it, and nothing is written: the gate counts the file's own earlier rows.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 8）
$ import rules {root}/engine/rules/tests/data/rules-payees.toml
> imported rules from {root}/engine/rules/tests/data/rules-payees.toml: 8 added, 0 skipped (already recorded)
>   recorded rule subsidy-cap v1
>   recorded rule medical-registered v1
>   recorded rule loan-not-relief v1
>   recorded rule county-ceiling v1
>   recorded rule floor-total v1
>   recorded rule share-relief v1
>   recorded rule idle-300 v1
>   recorded rule county-30-days v1
$ import households {root}/engine/rules/tests/data/households.csv
> imported households from {root}/engine/rules/tests/data/households.csv: 2 added, 0 skipped (already recorded)
$ import sources {root}/engine/rules/tests/data/sources.csv
> imported sources from {root}/engine/rules/tests/data/sources.csv: 2 added, 0 skipped (already recorded)
$ import budget {root}/engine/rules/tests/data/budget-2017.toml
> imported budget from {root}/engine/rules/tests/data/budget-2017.toml: 1 added, 0 skipped (already recorded)
$ import allocations {root}/engine/rules/tests/data/allocations.csv
> imported allocations from {root}/engine/rules/tests/data/allocations.csv: 2 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/rules_fixtures/disb-cap-split.csv
! {root}/tests/golden/rules_fixtures/disb-cap-split.csv:2: 错误: rule subsidy-cap: 凭证 S3：收款人 H1 2017 年度将从 LOAN-SUBSIDY 共收到 10,000.01元（已收 8,000.00元 + 本笔 2,000.01元），超过每户上限 10,000.00元（超出 0.01元） — 「每户不超过1万元」 (to record it anyway, import with --override "REASON")
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
