# check on the examples (issue 4): 商州 2017 meets its floors with two late-allocation warnings;
# the audit demo's planted problems, imported with the rules last, are found by check.
$ init
> created ledger {tmp}/fundledger.db (schema version 8)
$ import rules {root}/examples/shangzhou-2017/rules.toml
> imported rules from {root}/examples/shangzhou-2017/rules.toml: 15 added, 0 skipped (already recorded)
>   recorded rule district-budget-growth v1
>   recorded rule floor-upper-level v1
>   recorded rule floor-sector-integrated v1
>   recorded rule floor-social v1
>   recorded rule floor-credit v1
>   recorded rule floor-all-channels v1
>   recorded rule loan-subsidy-per-household v1
>   recorded rule medical-aid-registered-only v1
>   recorded rule student-aid-registered-only v1
>   recorded rule policy-loan-not-for-relief v1
>   recorded rule microcredit-not-for-relief v1
>   recorded rule idle-one-year v1
>   recorded rule central-allocate-30-days v1
>   recorded rule microcredit-terms v1
>   recorded rule loan-5321-subsidy-cap v1
$ import households {root}/examples/shangzhou-2017/households.csv
> imported households from {root}/examples/shangzhou-2017/households.csv: 15 added, 0 skipped (already recorded)
$ import sources {root}/examples/shangzhou-2017/sources.csv
> imported sources from {root}/examples/shangzhou-2017/sources.csv: 11 added, 0 skipped (already recorded)
$ import budget {root}/examples/shangzhou-2017/budget.toml
> imported budget from {root}/examples/shangzhou-2017/budget.toml: 1 added, 0 skipped (already recorded)
$ import allocations {root}/examples/shangzhou-2017/allocations.csv
> imported allocations from {root}/examples/shangzhou-2017/allocations.csv: 11 added, 0 skipped (already recorded)
$ import disbursements {root}/examples/shangzhou-2017/disbursements.csv
> imported disbursements from {root}/examples/shangzhou-2017/disbursements.csv: 25 added, 0 skipped (already recorded)
$ import budget {root}/examples/shangzhou-2017/budget-2018.toml
> imported budget from {root}/examples/shangzhou-2017/budget-2018.toml: 1 added, 0 skipped (already recorded)
$ check --year 2017 --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 2
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕3号"
>       ],
>       "message": "source 陕财办农〔2017〕3号 (central_provincial, 12000万) received 2017-02-16: only 0万 allocated by 2017-03-18 (30 days); 12000万 late — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "source": "陕财办农〔2017〕3号"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕28号"
>       ],
>       "message": "source 陕财办农〔2017〕28号 (central_provincial, 8000万) received 2017-04-12: only 0万 allocated by 2017-05-12 (30 days); 8000万 late — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "source": "陕财办农〔2017〕28号"
>       }
>     }
>   ]
> }
$ check --year 2017 --as-of 2019-03-01 --format json
> {
>   "as_of": "2019-03-01",
>   "counts": {
>     "error": 0,
>     "warn": 13
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕3号"
>       ],
>       "message": "source 陕财办农〔2017〕3号 (central_provincial, 12000万) received 2017-02-16: only 0万 allocated by 2017-03-18 (30 days); 12000万 late — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "source": "陕财办农〔2017〕3号"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕28号"
>       ],
>       "message": "source 陕财办农〔2017〕28号 (central_provincial, 8000万) received 2017-04-12: only 0万 allocated by 2017-05-12 (30 days); 8000万 late — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "source": "陕财办农〔2017〕28号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A001",
>         "商财发〔2017〕6号"
>       ],
>       "message": "996.59万 allocated to 2017/LOAN-SUBSIDY by FP2017-A001 on 2017-02-10 (source 商财发〔2017〕6号) is unspent after 749 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/LOAN-SUBSIDY",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A002",
>         "商财发〔2017〕6号"
>       ],
>       "message": "400万 allocated to 2017/LOAN-GUARANTEE by FP2017-A002 on 2017-02-10 (source 商财发〔2017〕6号) is unspent after 749 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/LOAN-GUARANTEE",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A003",
>         "商财发〔2017〕6号"
>       ],
>       "message": "490.14995万 allocated to 2017/MEDICAL-AID by FP2017-A003 on 2017-02-15 (source 商财发〔2017〕6号) is unspent after 744 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A004",
>         "商财发〔2017〕6号"
>       ],
>       "message": "298.4万 allocated to 2017/STUDENT-AID by FP2017-A004 on 2017-02-15 (source 商财发〔2017〕6号) is unspent after 744 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/STUDENT-AID",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A005",
>         "商财发〔2017〕6号"
>       ],
>       "message": "49.18万 allocated to 2017/WALNUT by FP2017-A005 on 2017-03-01 (source 商财发〔2017〕6号) is unspent after 730 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/WALNUT",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A006",
>         "商财发〔2017〕6号"
>       ],
>       "message": "350万 allocated to 2017/WALNUT by FP2017-A006 on 2017-03-01 (source 商财发〔2017〕6号) is unspent after 730 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/WALNUT",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A007",
>         "商财发〔2017〕6号"
>       ],
>       "message": "250万 allocated to 2017/WALNUT by FP2017-A007 on 2017-03-01 (source 商财发〔2017〕6号) is unspent after 730 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/WALNUT",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A008",
>         "商财发〔2017〕6号"
>       ],
>       "message": "417万 allocated to 2017/ECOMMERCE by FP2017-A008 on 2017-03-10 (source 商财发〔2017〕6号) is unspent after 721 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/ECOMMERCE",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A009",
>         "商财发〔2017〕6号"
>       ],
>       "message": "172万 allocated to 2017/LARGE-FARMS by FP2017-A009 on 2017-03-10 (source 商财发〔2017〕6号) is unspent after 721 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/LARGE-FARMS",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A010",
>         "商财发〔2017〕6号"
>       ],
>       "message": "219.65万 allocated to 2017/OTHER by FP2017-A010 on 2017-03-20 (source 商财发〔2017〕6号) is unspent after 711 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/OTHER",
>         "source": "商财发〔2017〕6号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A011",
>         "商财发〔2017〕6号"
>       ],
>       "message": "200万 allocated to 2017/OTHER by FP2017-A011 on 2017-03-20 (source 商财发〔2017〕6号) is unspent after 711 days (limit 365) — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
>       "overridden": false,
>       "rule": "idle-one-year",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/OTHER",
>         "source": "商财发〔2017〕6号"
>       }
>     }
>   ]
> }
