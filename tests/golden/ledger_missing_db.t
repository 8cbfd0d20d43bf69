# Every verb but init refuses a missing ledger (exit 2) and creates nothing (issue 3).
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
! fundledger: 错误: “{tmp}/fundledger.db”处没有账本（可用 `fundledger --db {tmp}/fundledger.db init` 新建一个，或设置 --db / FUNDLEDGER_DB）
? 2
unchanged
$ balance --by town --as-of 2017-12-31
! fundledger: 错误: “{tmp}/fundledger.db”处没有账本（可用 `fundledger --db {tmp}/fundledger.db init` 新建一个，或设置 --db / FUNDLEDGER_DB）
? 2
unchanged
$ verify
! fundledger: 错误: “{tmp}/fundledger.db”处没有账本（可用 `fundledger --db {tmp}/fundledger.db init` 新建一个，或设置 --db / FUNDLEDGER_DB）
? 2
unchanged
$ --db {tmp}/other.db balance --by earmark --as-of 2017-12-31
! fundledger: 错误: “{tmp}/other.db”处没有账本（可用 `fundledger --db {tmp}/other.db init` 新建一个，或设置 --db / FUNDLEDGER_DB）
? 2
$ --db {tmp}/other.db verify --format json
! fundledger: 错误: “{tmp}/other.db”处没有账本（可用 `fundledger --db {tmp}/other.db init` 新建一个，或设置 --db / FUNDLEDGER_DB）
? 2
$ amount 1.45亿 --to daxie
> 人民币壹亿肆仟伍佰万元整
$ amount 1.2345678万
! fundledger: 错误: 金额“1.2345678万”无效：精确到分以下（0.01 元）；金额从不四舍五入
? 2
$ init --format json
> {
>   "db": "{tmp}/fundledger.db",
>   "schema_version": 23
> }
