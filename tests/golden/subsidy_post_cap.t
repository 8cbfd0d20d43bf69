# subsidy shows what --post will pay, with the cut of a cap_per_payee rule on the paying earmark, and
# --post --override REASON pays a household a rule would refuse, recording the reason (issue 15).
# Hand-computed (ACT/360): the 平利 subsidies as in subsidy_pingli.t, plus PL-LN-008 for PL-006
# (not registered): 30,000 × 4.35% × 366/360 = 1,326.75. Rule subsidy-cap-3000 caps each household
# at 3,000.00 a year from LOAN-SUBSIDY:
#   PL-003: subsidy 2,958.00, paid 1,000.00 before (FP2016-X01) → pays 2,000.00, cut 958.00
#   PL-010: subsidy 3,098.98 → pays 3,000.00, cut 98.98
#   total subsidy 12,267.73 + 1,326.75 = 13,594.48; paid 13,594.48 − 958.00 − 98.98 = 12,537.50
# The preview: nothing is written.
# PL-006 is not registered: subsidy-registered-only refuses the whole posting.
# Posting again posts nothing new: the cut amounts are computed the same way.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/pingli-2016/households.csv
> 已从 {root}/examples/pingli-2016/households.csv 导入农户：新增 12 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/pingli-2016/sources.csv
> 已从 {root}/examples/pingli-2016/sources.csv 导入来源：新增 5 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/pingli-2016/budget.toml
> 已从 {root}/examples/pingli-2016/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import rules {root}/examples/pingli-2016/rules.toml
> 已从 {root}/examples/pingli-2016/rules.toml 导入规则：新增 3 笔，跳过 0 笔（已记录）
>   已记录规则 pingli-county-growth v1
>   已记录规则 pingli-5321-subsidy-cap v1
>   已记录规则 pingli-loan-subsidy-per-household v1
$ import rules {root}/tests/golden/subsidy_post_fixtures/rules-cap.toml
> 已从 {root}/tests/golden/subsidy_post_fixtures/rules-cap.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 subsidy-cap-3000 v1
>   已记录规则 subsidy-registered-only v1
$ import allocations {root}/examples/pingli-2016/allocations.csv
> 已从 {root}/examples/pingli-2016/allocations.csv 导入分配：新增 10 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/pingli-2016/disbursements.csv
> 已从 {root}/examples/pingli-2016/disbursements.csv 导入支付：新增 21 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/subsidy_post_fixtures/disbursements-before.csv
> 已从 {root}/tests/golden/subsidy_post_fixtures/disbursements-before.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import loans {root}/examples/pingli-2016/loans.csv
> 已从 {root}/examples/pingli-2016/loans.csv 导入贷款：新增 9 笔，跳过 0 笔（已记录）
$ import loans {root}/tests/golden/subsidy_post_fixtures/loans-unregistered.csv
> 已从 {root}/tests/golden/subsidy_post_fixtures/loans-unregistered.csv 导入贷款：新增 1 笔，跳过 0 笔（已记录）
$ subsidy --year 2016 --earmark LOAN-SUBSIDY --by household
> 2016年贷款贴息(按户)
> 户编号  户主    镇      村        封顶前(元)   贴息(元)  核减原因  将支付(元)  支付核减
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> PL-002  刘秀兰  城关镇  龙头村      2,211.25   2,211.25              2,211.25  
> PL-003  王家明  城关镇  三里垭村    2,958.00   2,958.00              2,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 1,000.00元，核减 958.00元
> PL-004  张承富  城关镇  三里垭村      703.25     703.25                703.25  
> PL-006  赵永强  城关镇  三里垭村    1,326.75   1,326.75              1,326.75  
> PL-007  杨天福  老县镇  锦屏村      2,184.58   2,184.58              2,184.58  
> PL-009  周翠英  长安镇  中坝村      1,111.67   1,111.67              1,111.67  
> PL-010  黄正林  长安镇  中坝村      3,098.98   3,098.98              3,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 0.00元，核减 98.98元
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                               13,594.48  13,594.48             12,537.50  
> 加 --post 将从 LOAN-SUBSIDY 支付 7 户，共 12,537.50元（2016-12-31）；按规则核减 2 户，共 1,056.98元
unchanged
$ subsidy --year 2016 --earmark LOAN-SUBSIDY --format json --lang en
> {
>   "basis": "act360",
>   "claims": null,
>   "households": [
>     {
>       "earlier": "0.00",
>       "head_name": "刘秀兰",
>       "household_id": "PL-002",
>       "post": {
>         "cut": "0.00",
>         "pay": "2211.25",
>         "rule": null,
>         "voucher": "TX-2016-PL-002"
>       },
>       "reasons": [],
>       "subsidy": "2211.25",
>       "town": "城关镇",
>       "uncapped": "2211.25",
>       "village": "龙头村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "王家明",
>       "household_id": "PL-003",
>       "post": {
>         "cut": "958.00",
>         "pay": "2000.00",
>         "rule": "subsidy-cap-3000",
>         "voucher": "TX-2016-PL-003"
>       },
>       "reasons": [],
>       "subsidy": "2958.00",
>       "town": "城关镇",
>       "uncapped": "2958.00",
>       "village": "三里垭村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "张承富",
>       "household_id": "PL-004",
>       "post": {
>         "cut": "0.00",
>         "pay": "703.25",
>         "rule": null,
>         "voucher": "TX-2016-PL-004"
>       },
>       "reasons": [],
>       "subsidy": "703.25",
>       "town": "城关镇",
>       "uncapped": "703.25",
>       "village": "三里垭村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "赵永强",
>       "household_id": "PL-006",
>       "post": {
>         "cut": "0.00",
>         "pay": "1326.75",
>         "rule": null,
>         "voucher": "TX-2016-PL-006"
>       },
>       "reasons": [],
>       "subsidy": "1326.75",
>       "town": "城关镇",
>       "uncapped": "1326.75",
>       "village": "三里垭村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "杨天福",
>       "household_id": "PL-007",
>       "post": {
>         "cut": "0.00",
>         "pay": "2184.58",
>         "rule": null,
>         "voucher": "TX-2016-PL-007"
>       },
>       "reasons": [],
>       "subsidy": "2184.58",
>       "town": "老县镇",
>       "uncapped": "2184.58",
>       "village": "锦屏村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "周翠英",
>       "household_id": "PL-009",
>       "post": {
>         "cut": "0.00",
>         "pay": "1111.67",
>         "rule": null,
>         "voucher": "TX-2016-PL-009"
>       },
>       "reasons": [],
>       "subsidy": "1111.67",
>       "town": "长安镇",
>       "uncapped": "1111.67",
>       "village": "中坝村"
>     },
>     {
>       "earlier": "0.00",
>       "head_name": "黄正林",
>       "household_id": "PL-010",
>       "post": {
>         "cut": "98.98",
>         "pay": "3000.00",
>         "rule": "subsidy-cap-3000",
>         "voucher": "TX-2016-PL-010"
>       },
>       "reasons": [],
>       "subsidy": "3098.98",
>       "town": "长安镇",
>       "uncapped": "3098.98",
>       "village": "中坝村"
>     }
>   ],
>   "loans": [
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2211.25",
>       "days": 366,
>       "eligible": "2211.25",
>       "from": "2016-01-01",
>       "household_id": "PL-002",
>       "loan_id": "PL-LN-001",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2211.25",
>       "to": "2017-01-01",
>       "uncapped": "2211.25"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2958.00",
>       "days": 306,
>       "eligible": "2958.00",
>       "from": "2016-03-01",
>       "household_id": "PL-003",
>       "loan_id": "PL-LN-002",
>       "principal": "80000.00",
>       "product": "5321",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "2958.00",
>       "to": "2017-01-01",
>       "uncapped": "2958.00"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "中国邮政储蓄银行平利县支行",
>       "claim": null,
>       "computed": "703.25",
>       "days": 194,
>       "eligible": "703.25",
>       "from": "2016-05-20",
>       "household_id": "PL-004",
>       "loan_id": "PL-LN-003",
>       "principal": "30000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "703.25",
>       "to": "2016-11-30",
>       "uncapped": "703.25"
>     },
>     {
>       "annual_rate": "0.049",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "2184.58",
>       "days": 321,
>       "eligible": "2184.58",
>       "from": "2016-02-15",
>       "household_id": "PL-007",
>       "loan_id": "PL-LN-004",
>       "principal": "50000.00",
>       "product": "5321",
>       "rate_applied": "0.049",
>       "reasons": [],
>       "subsidy": "2184.58",
>       "to": "2017-01-01",
>       "uncapped": "2184.58"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "中国邮政储蓄银行平利县支行",
>       "claim": null,
>       "computed": "1111.67",
>       "days": 184,
>       "eligible": "1111.67",
>       "from": "2016-07-01",
>       "household_id": "PL-009",
>       "loan_id": "PL-LN-005",
>       "principal": "50000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1111.67",
>       "to": "2017-01-01",
>       "uncapped": "1111.67"
>     },
>     {
>       "annual_rate": "0.049",
>       "bank": "国家开发银行陕西省分行",
>       "claim": null,
>       "computed": "2763.06",
>       "days": 203,
>       "eligible": "2763.06",
>       "from": "2016-04-01",
>       "household_id": "PL-010",
>       "loan_id": "PL-LN-006",
>       "principal": "100000.00",
>       "product": "policy",
>       "rate_applied": "0.049",
>       "reasons": [],
>       "subsidy": "2763.06",
>       "to": "2016-10-21",
>       "uncapped": "2763.06"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "335.92",
>       "days": 139,
>       "eligible": "335.92",
>       "from": "2016-08-15",
>       "household_id": "PL-010",
>       "loan_id": "PL-LN-007",
>       "principal": "20000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "335.92",
>       "to": "2017-01-01",
>       "uncapped": "335.92"
>     },
>     {
>       "annual_rate": "0.0435",
>       "bank": "平利县农村信用合作联社",
>       "claim": null,
>       "computed": "1326.75",
>       "days": 366,
>       "eligible": "1326.75",
>       "from": "2016-01-01",
>       "household_id": "PL-006",
>       "loan_id": "PL-LN-008",
>       "principal": "30000.00",
>       "product": "microcredit",
>       "rate_applied": "0.0435",
>       "reasons": [],
>       "subsidy": "1326.75",
>       "to": "2017-01-01",
>       "uncapped": "1326.75"
>     }
>   ],
>   "period": {
>     "fiscal_year": 2016,
>     "from": "2016-01-01",
>     "label": "2016",
>     "settlement_year": 2016,
>     "to": "2016-12-31"
>   },
>   "post": {
>     "date": "2016-12-31",
>     "earmark": "LOAN-SUBSIDY"
>   },
>   "total": "13594.48",
>   "year": 2016
> }
unchanged
$ subsidy --year 2016 --post --earmark LOAN-SUBSIDY --by household
! subsidy --post --year 2016: 错误: 规则 subsidy-registered-only：凭证 TX-2016-PL-006：收款人 PL-006（赵永强，农户）不是建档立卡户；专项 LOAN-SUBSIDY 只向建档立卡户支付 — test: registered households only（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ subsidy --year 2016 --earmark LOAN-SUBSIDY --override "县政府常务会议纪要〔2016〕12号"
! fundledger: 错误: --override 须与 --post 同用
? 2
unchanged
$ subsidy --year 2016 --post --earmark LOAN-SUBSIDY --by household --override "县政府常务会议纪要〔2016〕12号"
> 2016年贷款贴息(按户)
> 户编号  户主    镇      村        封顶前(元)   贴息(元)  核减原因  将支付(元)  支付核减
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> PL-002  刘秀兰  城关镇  龙头村      2,211.25   2,211.25              2,211.25  
> PL-003  王家明  城关镇  三里垭村    2,958.00   2,958.00              2,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 1,000.00元，核减 958.00元
> PL-004  张承富  城关镇  三里垭村      703.25     703.25                703.25  
> PL-006  赵永强  城关镇  三里垭村    1,326.75   1,326.75              1,326.75  
> PL-007  杨天福  老县镇  锦屏村      2,184.58   2,184.58              2,184.58  
> PL-009  周翠英  长安镇  中坝村      1,111.67   1,111.67              1,111.67  
> PL-010  黄正林  长安镇  中坝村      3,098.98   3,098.98              3,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 0.00元，核减 98.98元
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                               13,594.48  13,594.48             12,537.50  
> 从 LOAN-SUBSIDY 支付 7 户，共 12,537.50元（2016-12-31）；按规则核减 2 户，共 1,056.98元
> 已记账: 7 笔新增, 0 笔已记过 (LOAN-SUBSIDY, 2016-12-31)
$ subsidy --year 2016 --post --earmark LOAN-SUBSIDY --by household --override "县政府常务会议纪要〔2016〕12号"
> 2016年贷款贴息(按户)
> 户编号  户主    镇      村        封顶前(元)   贴息(元)  核减原因  将支付(元)  支付核减
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> PL-002  刘秀兰  城关镇  龙头村      2,211.25   2,211.25              2,211.25  
> PL-003  王家明  城关镇  三里垭村    2,958.00   2,958.00              2,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 1,000.00元，核减 958.00元
> PL-004  张承富  城关镇  三里垭村      703.25     703.25                703.25  
> PL-006  赵永强  城关镇  三里垭村    1,326.75   1,326.75              1,326.75  
> PL-007  杨天福  老县镇  锦屏村      2,184.58   2,184.58              2,184.58  
> PL-009  周翠英  长安镇  中坝村      1,111.67   1,111.67              1,111.67  
> PL-010  黄正林  长安镇  中坝村      3,098.98   3,098.98              3,000.00  subsidy-cap-3000：每户上限 3,000.00元，已付 0.00元，核减 98.98元
> ----------------------------------------------------------------------------------------------------------------------------------------------------
> 合计                               13,594.48  13,594.48             12,537.50  
> 从 LOAN-SUBSIDY 支付 7 户，共 12,537.50元（2016-12-31）；按规则核减 2 户，共 1,056.98元
> 已记账: 0 笔新增, 7 笔已记过 (LOAN-SUBSIDY, 2016-12-31)
$ balance --by payee --year 2016 --as-of 2016-12-31 --format csv
> key,name,disbursed
> COOP-PL-01,平利县锦屏绞股蓝专业合作社,300000.00
> COOP-PL-02,平利县中坝富硒茶专业合作社,400000.00
> ENT-PL-01,平利县龙头茶业有限公司,800000.00
> ENT-PL-02,平利县安康针织社区工厂有限公司,1200000.00
> ENT-PL-03,平利县通村路桥工程有限公司,280000.00
> GOV-PL-01,平利县人力资源和社会保障局,150000.00
> PL-001,陈德贵,6500.00
> PL-002,刘秀兰,4711.25
> PL-003,王家明,6000.00
> PL-004,张承富,6703.25
> PL-005,李桂芳,49300.00
> PL-006,赵永强,1326.75
> PL-007,杨天福,40184.58
> PL-008,吴明才,68200.00
> PL-009,周翠英,6111.67
> PL-010,黄正林,48000.00
> PL-012,孙志勇,59800.00
> 合计,,3426837.50
$ check --as-of 2016-12-31 --format json
> {
>   "as_of": "2016-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 4
>   },
>   "findings": [
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2016-D002"
>       ],
>       "message": "收款人 PL-001 2016 年度从 LOAN-SUBSIDY 收到 6,500.00元，超过每户上限 3,000.00元（超出 3,500.00元） — test: 3,000.00 per household a year",
>       "overridden": false,
>       "rule": "subsidy-cap-3000",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2016/LOAN-SUBSIDY",
>         "payee": "PL-001"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2016-D019"
>       ],
>       "message": "收款人 PL-005 2016 年度从 LOAN-SUBSIDY 收到 4,300.00元，超过每户上限 3,000.00元（超出 1,300.00元） — test: 3,000.00 per household a year",
>       "overridden": false,
>       "rule": "subsidy-cap-3000",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2016/LOAN-SUBSIDY",
>         "payee": "PL-005"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2016-D008"
>       ],
>       "message": "收款人 PL-008 2016 年度从 LOAN-SUBSIDY 收到 8,200.00元，超过每户上限 3,000.00元（超出 5,200.00元） — test: 3,000.00 per household a year",
>       "overridden": false,
>       "rule": "subsidy-cap-3000",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2016/LOAN-SUBSIDY",
>         "payee": "PL-008"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "FP2016-D015"
>       ],
>       "message": "收款人 PL-012 2016 年度从 LOAN-SUBSIDY 收到 9,800.00元，超过每户上限 3,000.00元（超出 6,800.00元） — test: 3,000.00 per household a year",
>       "overridden": false,
>       "rule": "subsidy-cap-3000",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2016/LOAN-SUBSIDY",
>         "payee": "PL-012"
>       }
>     },
>     {
>       "code": "payee_not_registered",
>       "evidence": [
>         "TX-2016-PL-006"
>       ],
>       "message": "凭证 TX-2016-PL-006：收款人 PL-006（赵永强，农户）从 LOAN-SUBSIDY 收到 1,326.75元，但不是建档立卡户 — test: registered households only",
>       "overridden": true,
>       "rule": "subsidy-registered-only",
>       "severity": "error",
>       "subject": {
>         "earmark": "2016/LOAN-SUBSIDY",
>         "payee": "PL-006"
>       }
>     }
>   ]
> }
$ verify
> 校验通过：共 72 笔分录，链头 86ef18e8ba1a0e903a3cd058d2be76616e6132af04592a9d037947e5924786fb
