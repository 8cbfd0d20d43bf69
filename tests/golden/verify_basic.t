# verify on a clean ledger: ok, in text and json (tampering with the sqlite3 shell is tested in tests/e2e/test_ledger_property.py) (issue 3).
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 8）
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
> imported households from {root}/tests/golden/ledger_fixtures/households.csv: 2 added, 0 skipped (already recorded)
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> imported sources from {root}/tests/golden/ledger_fixtures/sources.csv: 2 added, 0 skipped (already recorded)
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> imported budget from {root}/tests/golden/ledger_fixtures/budget.toml: 1 added, 0 skipped (already recorded)
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> imported allocations from {root}/tests/golden/ledger_fixtures/allocations.csv: 3 added, 0 skipped (already recorded)
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> imported disbursements from {root}/tests/golden/ledger_fixtures/disbursements.csv: 3 added, 0 skipped (already recorded)
$ verify
> 校验通过：共 11 笔分录，链头 23343bd56736136833426a55adffa390df3a824e8284d73b578142a41048882d
$ verify --format json
> {
>   "entries": 11,
>   "first_bad_entry": null,
>   "head": "23343bd56736136833426a55adffa390df3a824e8284d73b578142a41048882d",
>   "ok": true,
>   "reason": null
> }
