# verify on a clean ledger: ok, in text and json (tampering with the sqlite3 shell is tested in tests/e2e/test_ledger_property.py) (issue 3).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ verify
> 校验通过：账本为空，尚无分录，无需校验
$ verify --format json
> {
>   "entries": 0,
>   "first_bad_entry": null,
>   "head": "0000000000000000000000000000000000000000000000000000000000000000",
>   "ok": true,
>   "reason": null
> }
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> 已从 {root}/tests/golden/ledger_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ verify
> 校验通过：共 11 笔分录，链头 6a34afb654227ec5009404cf5267f871009d3f886787abdff0b470dd02172962
$ verify --format json
> {
>   "entries": 11,
>   "first_bad_entry": null,
>   "head": "6a34afb654227ec5009404cf5267f871009d3f886787abdff0b470dd02172962",
>   "ok": true,
>   "reason": null
> }
