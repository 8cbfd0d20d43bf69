# check on the examples (issue 4): 商州 2017 meets its floors with two late-allocation warnings;
# the audit demo's planted problems, imported with the rules last, are found by check.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import rules {root}/examples/shangzhou-2017/rules.toml
> 已从 {root}/examples/shangzhou-2017/rules.toml 导入规则：新增 15 笔，跳过 0 笔（已记录）
>   已记录规则 district-budget-growth v1
>   已记录规则 floor-upper-level v1
>   已记录规则 floor-sector-integrated v1
>   已记录规则 floor-social v1
>   已记录规则 floor-credit v1
>   已记录规则 floor-all-channels v1
>   已记录规则 loan-subsidy-per-household v1
>   已记录规则 medical-aid-registered-only v1
>   已记录规则 student-aid-registered-only v1
>   已记录规则 policy-loan-not-for-relief v1
>   已记录规则 microcredit-not-for-relief v1
>   已记录规则 idle-one-year v1
>   已记录规则 central-allocate-30-days v1
>   已记录规则 microcredit-terms v1
>   已记录规则 loan-5321-subsidy-cap v1
$ import households {root}/examples/shangzhou-2017/households.csv
> 已从 {root}/examples/shangzhou-2017/households.csv 导入农户：新增 15 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/shangzhou-2017/sources.csv
> 已从 {root}/examples/shangzhou-2017/sources.csv 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/shangzhou-2017/budget.toml
> 已从 {root}/examples/shangzhou-2017/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/shangzhou-2017/allocations.csv
> 已从 {root}/examples/shangzhou-2017/allocations.csv 导入分配：新增 11 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/shangzhou-2017/disbursements.csv
> 已从 {root}/examples/shangzhou-2017/disbursements.csv 导入支付：新增 25 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/shangzhou-2017/budget-2018.toml
> 已从 {root}/examples/shangzhou-2017/budget-2018.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
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
>       "message": "来源 陕财办农〔2017〕3号（中省财政专项扶贫资金，12,000.00万元）2017-02-16 到账：到 2017-03-18（30 天）仅分配 0.00元，逾期未分配 12,000.00万元 — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "deadline": "2017-03-18",
>         "doc_no": "陕财办农〔2017〕3号",
>         "source": "陕财办农〔2017〕3号",
>         "unallocated": "120000000.00"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕28号"
>       ],
>       "message": "来源 陕财办农〔2017〕28号（中省财政专项扶贫资金，8,000.00万元）2017-04-12 到账：到 2017-05-12（30 天）仅分配 0.00元，逾期未分配 8,000.00万元 — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "deadline": "2017-05-12",
>         "doc_no": "陕财办农〔2017〕28号",
>         "source": "陕财办农〔2017〕28号",
>         "unallocated": "80000000.00"
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
>       "message": "来源 陕财办农〔2017〕3号（中省财政专项扶贫资金，12,000.00万元）2017-02-16 到账：到 2017-03-18（30 天）仅分配 0.00元，逾期未分配 12,000.00万元 — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "deadline": "2017-03-18",
>         "doc_no": "陕财办农〔2017〕3号",
>         "source": "陕财办农〔2017〕3号",
>         "unallocated": "120000000.00"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "陕财办农〔2017〕28号"
>       ],
>       "message": "来源 陕财办农〔2017〕28号（中省财政专项扶贫资金，8,000.00万元）2017-04-12 到账：到 2017-05-12（30 天）仅分配 0.00元，逾期未分配 8,000.00万元 — 本局管理要求(非讲话原文):中省专项资金到账30日内分配下达;落实「建立财政专项扶贫资金绩效考核和监督检查的长效机制」",
>       "overridden": false,
>       "rule": "central-allocate-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "central_provincial",
>         "deadline": "2017-05-12",
>         "doc_no": "陕财办农〔2017〕28号",
>         "source": "陕财办农〔2017〕28号",
>         "unallocated": "80000000.00"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "FP2017-A001",
>         "商财发〔2017〕6号"
>       ],
>       "message": "分配 FP2017-A001（2017-02-10，来源 商财发〔2017〕6号）拨入 2017/LOAN-SUBSIDY 的 996.59万元 已 749 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A002（2017-02-10，来源 商财发〔2017〕6号）拨入 2017/LOAN-GUARANTEE 的 400.00万元 已 749 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A003（2017-02-15，来源 商财发〔2017〕6号）拨入 2017/MEDICAL-AID 的 4,901,499.50元 已 744 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A004（2017-02-15，来源 商财发〔2017〕6号）拨入 2017/STUDENT-AID 的 298.40万元 已 744 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A005（2017-03-01，来源 商财发〔2017〕6号）拨入 2017/WALNUT 的 49.18万元 已 730 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A006（2017-03-01，来源 商财发〔2017〕6号）拨入 2017/WALNUT 的 350.00万元 已 730 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A007（2017-03-01，来源 商财发〔2017〕6号）拨入 2017/WALNUT 的 250.00万元 已 730 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A008（2017-03-10，来源 商财发〔2017〕6号）拨入 2017/ECOMMERCE 的 417.00万元 已 721 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A009（2017-03-10，来源 商财发〔2017〕6号）拨入 2017/LARGE-FARMS 的 172.00万元 已 721 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A010（2017-03-20，来源 商财发〔2017〕6号）拨入 2017/OTHER 的 219.65万元 已 711 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
>       "message": "分配 FP2017-A011（2017-03-20，来源 商财发〔2017〕6号）拨入 2017/OTHER 的 200.00万元 已 711 天未支付（期限 365 天） — 本局管理要求(非讲话原文),落实「要进一步加强财政专项扶贫资金项目管理工作」「进一步提高脱贫攻坚资金使用效益」",
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
