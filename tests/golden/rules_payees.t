# cap_per_payee, eligible_payees, forbidden_use and ceiling at import; floor, share_min, idle and
# allocation_deadline in check (issue 4): exactly at the cap passes, one fen over fails; overridden
# entries are reported by check with overridden=true and do not make it exit 1.
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
$ import sources {root}/engine/rules/tests/data/sources-topup-ok.csv
> 已从 {root}/engine/rules/tests/data/sources-topup-ok.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import sources {root}/engine/rules/tests/data/sources-over-1fen.csv
! {root}/engine/rules/tests/data/sources-over-1fen.csv:2: 错误: 规则 county-ceiling：2017 年县(区)级财政自筹 类来源 6,000.00万元 + 县财〔2017〕3号 0.01元 = 60,000,000.01元，超过上限 6,000.00万元（超出 0.01元） — 县级自筹每年不超过6000万元(测试)（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import budget {root}/engine/rules/tests/data/budget-2017.toml
> 已从 {root}/engine/rules/tests/data/budget-2017.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/engine/rules/tests/data/allocations.csv
> 已从 {root}/engine/rules/tests/data/allocations.csv 导入分配：新增 2 笔，跳过 0 笔（已记录）
$ import allocations {root}/engine/rules/tests/data/allocations-forbidden.csv
! {root}/engine/rules/tests/data/allocations-forbidden.csv:2: 错误: 规则 loan-not-relief：凭证 A3：来源 农发〔2017〕1号（政策性金融扶贫贷款）不得用于专项 MEDICAL-AID（用途“medical_aid”） — 信贷资金不得用于救助（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/engine/rules/tests/data/disb-cap-exact.csv
> 已从 {root}/engine/rules/tests/data/disb-cap-exact.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import disbursements {root}/engine/rules/tests/data/disb-cap-1fen.csv
! {root}/engine/rules/tests/data/disb-cap-1fen.csv:2: 错误: 规则 subsidy-cap：凭证 D3：收款人 H1 2017 年度将从 LOAN-SUBSIDY 共收到 10,000.01元（已收 1.00万元 + 本笔 0.01元），超过每户上限 1.00万元（超出 0.01元） — 「每户不超过1万元」（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/engine/rules/tests/data/disb-unregistered.csv
! {root}/engine/rules/tests/data/disb-unregistered.csv:2: 错误: 规则 medical-registered：凭证 D4：收款人 H2（王二，农户）不是建档立卡户；专项 MEDICAL-AID 只向建档立卡户支付 — 对象以建档立卡户为准（如仍要记录，请加 `--override "原因"` 重新导入）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import disbursements {root}/engine/rules/tests/data/disb-registered.csv
> 已从 {root}/engine/rules/tests/data/disb-registered.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ check --as-of 2017-12-31
> 规则检查结果 截至 2017-12-31
> 级别  代码             规则            对象                                                                                              说明                                                                                                                                                      依据
> ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 警告  late_allocation  county-30-days  来源类别=policy_loan 期限=2017-02-19 文号=农发〔2017〕1号 来源=农发〔2017〕1号 未分配=1000000.00  来源 农发〔2017〕1号（政策性金融扶贫贷款，100.00万元）2017-01-20 到账：到 2017-02-19（30 天）仅分配 0.00元，逾期未分配 100.00万元 — 到账30日内分配(测试)  农发〔2017〕1号
> 警告  idle_funds       idle-300        专项=2017/LOAN-SUBSIDY 来源=县财〔2017〕1号                                                       分配 A1（2017-02-01，来源 县财〔2017〕1号）拨入 2017/LOAN-SUBSIDY 的 99.00万元 已 333 天未支付（期限 300 天） — 闲置300天预警(测试)                       A1;县财〔2017〕1号
> 警告  idle_funds       idle-300        专项=2017/MEDICAL-AID 来源=县财〔2017〕1号                                                        分配 A2（2017-02-01，来源 县财〔2017〕1号）拨入 2017/MEDICAL-AID 的 99.80万元 已 333 天未支付（期限 300 天） — 闲置300天预警(测试)                        A2;县财〔2017〕1号
> 0 项错误，3 项警告
$ import disbursements {root}/engine/rules/tests/data/disb-cap-1fen.csv --override "县领导批示:特困户追加"
> 已从 {root}/engine/rules/tests/data/disb-cap-1fen.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/engine/rules/tests/data/disb-unregistered.csv --override "民政局认定临时救助对象"
> 已从 {root}/engine/rules/tests/data/disb-unregistered.csv 导入支付：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/engine/rules/tests/data/allocations-forbidden.csv --override "应急周转,年内归还"
> 已从 {root}/engine/rules/tests/data/allocations-forbidden.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ check --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 4
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "农发〔2017〕1号"
>       ],
>       "message": "来源 农发〔2017〕1号（政策性金融扶贫贷款，100.00万元）2017-01-20 到账：到 2017-02-19（30 天）仅分配 0.00元，逾期未分配 100.00万元 — 到账30日内分配(测试)",
>       "overridden": false,
>       "rule": "county-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "policy_loan",
>         "deadline": "2017-02-19",
>         "doc_no": "农发〔2017〕1号",
>         "source": "农发〔2017〕1号",
>         "unallocated": "1000000.00"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "A1",
>         "县财〔2017〕1号"
>       ],
>       "message": "分配 A1（2017-02-01，来源 县财〔2017〕1号）拨入 2017/LOAN-SUBSIDY 的 989,999.99元 已 333 天未支付（期限 300 天） — 闲置300天预警(测试)",
>       "overridden": false,
>       "rule": "idle-300",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/LOAN-SUBSIDY",
>         "source": "县财〔2017〕1号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "A2",
>         "县财〔2017〕1号"
>       ],
>       "message": "分配 A2（2017-02-01，来源 县财〔2017〕1号）拨入 2017/MEDICAL-AID 的 99.50万元 已 333 天未支付（期限 300 天） — 闲置300天预警(测试)",
>       "overridden": false,
>       "rule": "idle-300",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "source": "县财〔2017〕1号"
>       }
>     },
>     {
>       "code": "idle_funds",
>       "evidence": [
>         "A3",
>         "农发〔2017〕1号"
>       ],
>       "message": "分配 A3（2017-03-01，来源 农发〔2017〕1号）拨入 2017/MEDICAL-AID 的 10.00万元 已 305 天未支付（期限 300 天） — 闲置300天预警(测试)",
>       "overridden": false,
>       "rule": "idle-300",
>       "severity": "warn",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "source": "农发〔2017〕1号"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "A3",
>         "农发〔2017〕1号"
>       ],
>       "message": "凭证 A3：来源 农发〔2017〕1号（政策性金融扶贫贷款）的 10.00万元 拨入了专项 MEDICAL-AID（用途“medical_aid”） — 信贷资金不得用于救助",
>       "overridden": true,
>       "rule": "loan-not-relief",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "source": "农发〔2017〕1号"
>       }
>     },
>     {
>       "code": "payee_not_registered",
>       "evidence": [
>         "D4"
>       ],
>       "message": "凭证 D4：收款人 H2（王二，农户）从 MEDICAL-AID 收到 3,000.00元，但不是建档立卡户 — 对象以建档立卡户为准",
>       "overridden": true,
>       "rule": "medical-registered",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "payee": "H2"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "D1",
>         "D2",
>         "D3"
>       ],
>       "message": "收款人 H1 2017 年度从 LOAN-SUBSIDY 收到 10,000.01元，超过每户上限 1.00万元（超出 0.01元） — 「每户不超过1万元」",
>       "overridden": true,
>       "rule": "subsidy-cap",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/LOAN-SUBSIDY",
>         "payee": "H1"
>       }
>     }
>   ]
> }
$ check --year 2016 --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "counts": {
>     "error": 0,
>     "warn": 0
>   },
>   "findings": []
> }
$ import rules {root}/engine/rules/tests/data/rules-check-tight.toml
> 已从 {root}/engine/rules/tests/data/rules-check-tight.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 floor-total v2
>   已记录规则 share-relief v2
$ check --year 2017 --as-of 2017-06-30 --format json
> {
>   "as_of": "2017-06-30",
>   "counts": {
>     "error": 2,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "农发〔2017〕1号"
>       ],
>       "message": "来源 农发〔2017〕1号（政策性金融扶贫贷款，100.00万元）2017-01-20 到账：到 2017-02-19（30 天）仅分配 0.00元，逾期未分配 100.00万元 — 到账30日内分配(测试)",
>       "overridden": false,
>       "rule": "county-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "policy_loan",
>         "deadline": "2017-02-19",
>         "doc_no": "农发〔2017〕1号",
>         "source": "农发〔2017〕1号",
>         "unallocated": "1000000.00"
>       }
>     },
>     {
>       "code": "floor_not_met",
>       "evidence": [
>         "县财〔2017〕1号",
>         "农发〔2017〕1号",
>         "县财〔2017〕2号"
>       ],
>       "message": "2017 年县(区)级财政自筹+政策性金融扶贫贷款 类来源 6,100.00万元，低于下限 61,000,000.01元（差 0.01元） — 两类来源合计不少于6100万元零1分(测试)",
>       "overridden": false,
>       "rule": "floor-total",
>       "severity": "error",
>       "subject": {
>         "category": "county_self+policy_loan",
>         "fiscal_year": "2017"
>       }
>     },
>     {
>       "code": "forbidden_use",
>       "evidence": [
>         "A3",
>         "农发〔2017〕1号"
>       ],
>       "message": "凭证 A3：来源 农发〔2017〕1号（政策性金融扶贫贷款）的 10.00万元 拨入了专项 MEDICAL-AID（用途“medical_aid”） — 信贷资金不得用于救助",
>       "overridden": true,
>       "rule": "loan-not-relief",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "source": "农发〔2017〕1号"
>       }
>     },
>     {
>       "code": "payee_not_registered",
>       "evidence": [
>         "D4"
>       ],
>       "message": "凭证 D4：收款人 H2（王二，农户）从 MEDICAL-AID 收到 3,000.00元，但不是建档立卡户 — 对象以建档立卡户为准",
>       "overridden": true,
>       "rule": "medical-registered",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/MEDICAL-AID",
>         "payee": "H2"
>       }
>     },
>     {
>       "code": "share_below_min",
>       "evidence": [
>         "2017/r1",
>         "LOAN-SUBSIDY",
>         "MEDICAL-AID"
>       ],
>       "message": "2017 年用于“medical_aid,loan_subsidy”的预算 1,500.00万元，占预算 5,000.00万元 的 30%，低于 31%（1,550.00万元） — 贴息与救助合计不低于31%(测试)",
>       "overridden": false,
>       "rule": "share-relief",
>       "severity": "error",
>       "subject": {
>         "fiscal_year": "2017",
>         "purposes": "medical_aid,loan_subsidy"
>       }
>     },
>     {
>       "code": "cap_exceeded",
>       "evidence": [
>         "D1",
>         "D2",
>         "D3"
>       ],
>       "message": "收款人 H1 2017 年度从 LOAN-SUBSIDY 收到 10,000.01元，超过每户上限 1.00万元（超出 0.01元） — 「每户不超过1万元」",
>       "overridden": true,
>       "rule": "subsidy-cap",
>       "severity": "error",
>       "subject": {
>         "earmark": "2017/LOAN-SUBSIDY",
>         "payee": "H1"
>       }
>     }
>   ]
> }
? 1
$ verify
> 校验通过：共 24 笔分录，链头 15203c9579e2d7b7d9e961fb1d1b7264c0e356f81f3d553afe36600cb2b54696
