# The growth rule at import (issue 4): 6000万 = 5000万 × 120% passes, one fen short and 5900万 fail with
# the rule's id, note and both numbers, nothing written; --override records the reason and check
# reports the finding as overridden; a rule version out of its years lets the entry through.
# A year that begins after the as-of date is not judged (issue 15): as of 2017-06-30 the 2018 budget's
# growth finding does not exist yet, with or without --year 2018; as of 2018-01-01 it does.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/engine/rules/tests/data/rules-growth.toml
> 已从 {root}/engine/rules/tests/data/rules-growth.toml 导入规则：新增 1 笔，跳过 0 笔（已记录）
>   已记录规则 county-growth v1
$ import rules {root}/engine/rules/tests/data/rules-growth.toml
> 已从 {root}/engine/rules/tests/data/rules-growth.toml 导入规则：新增 0 笔，跳过 1 笔（已记录）
$ import budget {root}/engine/rules/tests/data/budget-2017.toml
> 已从 {root}/engine/rules/tests/data/budget-2017.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/engine/rules/tests/data/budget-2018-short-1fen.toml
! {root}/engine/rules/tests/data/budget-2018-short-1fen.toml:1: 错误: 规则 county-growth：2018 年预算 59,999,999.99元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 0.01元 — 「按照每年财政投入不低于20%的标准逐年递增」（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/engine/rules/tests/data/budget-2018-5900.toml
! {root}/engine/rules/tests/data/budget-2018-5900.toml:1: 错误: 规则 county-growth：2018 年预算 5,900.00万元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 100.00万元 — 「按照每年财政投入不低于20%的标准逐年递增」（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ check --as-of 2018-12-31
> 0 项错误，0 项警告；全部规则均满足
$ import budget {root}/engine/rules/tests/data/budget-2018-5900.toml --override "县政府常务会议纪要〔2018〕3号:当年财力不足"
> 已从 {root}/engine/rules/tests/data/budget-2018-5900.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
~ 已放行
$ check --as-of 2018-12-31 --format json
> {
>   "as_of": "2018-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 0
>   },
>   "findings": [
>     {
>       "code": "growth_below_min",
>       "evidence": [
>         "2018/r1",
>         "2017/r1"
>       ],
>       "message": "2018 年预算 5,900.00万元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 100.00万元 — 「按照每年财政投入不低于20%的标准逐年递增」",
>       "overridden": true,
>       "rule": "county-growth",
>       "severity": "error",
>       "subject": {
>         "category": "county_self",
>         "fiscal_year": "2018"
>       }
>     }
>   ]
> }
$ budget history --year 2018
> 2018 年预算调整记录
> 版本  类型  生效日期    总额(万元)  调出/调减  调入  金额(万元)  文号  原因  记录时间              操作人  越规原因
> -----------------------------------------------------------------------------------------------------------------------------------------------------
>    1  调整  2018-01-01    5,900.00                                           2026-01-15T08:00:00Z  clerk   县政府常务会议纪要〔2018〕3号:当年财力不足
$ check --as-of 2017-06-30 --format csv
> severity,code,rule,subject,message,evidence
$ check --year 2018 --as-of 2017-06-30 --format csv
> severity,code,rule,subject,message,evidence
$ check --year 2018 --as-of 2018-01-01 --format csv
> severity,code,rule,subject,message,evidence
> error(overridden),growth_below_min,county-growth,category=county_self fiscal_year=2018,"2018 年预算 5,900.00万元，低于 6,000.00万元（= 5,000.00万元 × 120%），差 100.00万元 — 「按照每年财政投入不低于20%的标准逐年递增」",2018/r1;2017/r1
