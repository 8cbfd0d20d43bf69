# payments (the 明细账, issue 15): a reversal (冲销) and a recovery (收回) of payments are rows of their own, negative, naming the payment; the total is balance's paid
# a reversal of an allocation (C-003) is not a payment's correction and is not listed
# as of the day before the corrections: the payments whole
# what each household was paid, less what was given back
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/tests/golden/ledger_fixtures/households.csv
> 已从 {root}/tests/golden/ledger_fixtures/households.csv 导入农户：新增 2 笔，跳过 0 笔（已记录）
$ import households {root}/tests/golden/ledger_fixtures/households_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/households_zh.csv 导入农户：新增 1 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources.csv 导入来源：新增 2 笔，跳过 0 笔（已记录）
$ import sources {root}/tests/golden/ledger_fixtures/sources_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/sources_zh.csv 导入来源：新增 1 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/ledger_fixtures/budget.toml
> 已从 {root}/tests/golden/ledger_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations.csv 导入分配：新增 3 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/ledger_fixtures/allocations_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/allocations_zh.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements.csv 导入支付：新增 3 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/ledger_fixtures/disbursements_zh.csv
> 已从 {root}/tests/golden/ledger_fixtures/disbursements_zh.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/ledger_fixtures/corrections.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections.csv 导入更正：新增 3 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/ledger_fixtures/corrections_transfer.csv
> 已从 {root}/tests/golden/ledger_fixtures/corrections_transfer.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ payments --as-of 2017-12-31
> 支付明细账（截至 2017-12-31）
> 凭证号  日期        类型  年度  用途代码  收款人编号  收款人            收款人类型  镇      村      项目        金额(元)  来源文号                               备注
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> D-001   2017-02-15  支付  2017  IND       ENT-01      东河茶业有限公司  企业        东河镇  柳树村  茶园      300,000.00  县财发〔2017〕1号
> D-002   2017-02-20  支付  2017  MED       H-002       李小梅            农户        西岭镇  红岩村  大病救助   15,000.00  县财发〔2017〕1号
> D-003   2017-03-10  支付  2017  IND       ENT-01      东河茶业有限公司  企业        东河镇  柳树村  茶园      400,000.00  县财发〔2017〕1号;陕财办农〔2017〕2号
> D-004   2017-03-20  支付  2017  IND       H-001       张大山            农户        东河镇  柳树村  产业奖补    5,000.00  陕财办农〔2017〕2号                    指定支付中央专项
> D-005   2017-03-21  支付  2017  OTHER     GOV-01      西岭镇人民政府    政府        西岭镇          道路       20,000.00  县财发〔2017〕1号
> C-001   2017-03-25  冲销  2017  OTHER     GOV-01      西岭镇人民政府    政府        西岭镇          道路      -20,000.00  县财发〔2017〕1号                      更正 D-005：收款人错误
> C-002   2017-03-25  收回  2017  MED       H-002       李小梅            农户        西岭镇  红岩村  大病救助   -5,000.00  县财发〔2017〕1号                      更正 D-002：多付医疗救助收回多付部分
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计    7 笔                                                                                                  715,000.00
$ balance --by town --as-of 2017-12-31
> 余额表(按镇)截至 2017-12-31
> 镇      名称          已分配(元)  已支付(元)
> --------------------------------------------
> 东河镇  东河镇        800,000.00  705,000.00
> 西岭镇  西岭镇              0.00   10,000.00
>         （未指定）    400,000.00        0.00
> --------------------------------------------
> 合计                1,200,000.00  715,000.00
$ payments --as-of 2017-12-31 --format json
> {
>   "as_of": "2017-12-31",
>   "filter": {
>     "earmark": null,
>     "month": null,
>     "payee": null,
>     "town": null,
>     "year": null
>   },
>   "from": null,
>   "listing": "payments",
>   "title": "支付明细账（截至 2017-12-31）",
>   "rows": [
>     {"amount":"300000.00","date":"2017-02-15","earmark":"IND","fiscal_year":2017,"kind":"payment","note":null,"payee_id":"ENT-01","payee_kind":"enterprise","payee_name":"东河茶业有限公司","project":"茶园","sources":"县财发〔2017〕1号","town":"东河镇","village":"柳树村","voucher":"D-001"},
>     {"amount":"15000.00","date":"2017-02-20","earmark":"MED","fiscal_year":2017,"kind":"payment","note":null,"payee_id":"H-002","payee_kind":"household","payee_name":"李小梅","project":"大病救助","sources":"县财发〔2017〕1号","town":"西岭镇","village":"红岩村","voucher":"D-002"},
>     {"amount":"400000.00","date":"2017-03-10","earmark":"IND","fiscal_year":2017,"kind":"payment","note":null,"payee_id":"ENT-01","payee_kind":"enterprise","payee_name":"东河茶业有限公司","project":"茶园","sources":"县财发〔2017〕1号;陕财办农〔2017〕2号","town":"东河镇","village":"柳树村","voucher":"D-003"},
>     {"amount":"5000.00","date":"2017-03-20","earmark":"IND","fiscal_year":2017,"kind":"payment","note":"指定支付中央专项","payee_id":"H-001","payee_kind":"household","payee_name":"张大山","project":"产业奖补","sources":"陕财办农〔2017〕2号","town":"东河镇","village":"柳树村","voucher":"D-004"},
>     {"amount":"20000.00","date":"2017-03-21","earmark":"OTHER","fiscal_year":2017,"kind":"payment","note":null,"payee_id":"GOV-01","payee_kind":"government","payee_name":"西岭镇人民政府","project":"道路","sources":"县财发〔2017〕1号","town":"西岭镇","village":null,"voucher":"D-005"},
>     {"amount":"-20000.00","date":"2017-03-25","earmark":"OTHER","fiscal_year":2017,"kind":"reversal","note":"更正 D-005：收款人错误","payee_id":"GOV-01","payee_kind":"government","payee_name":"西岭镇人民政府","project":"道路","sources":"县财发〔2017〕1号","town":"西岭镇","village":null,"voucher":"C-001"},
>     {"amount":"-5000.00","date":"2017-03-25","earmark":"MED","fiscal_year":2017,"kind":"recovery","note":"更正 D-002：多付医疗救助收回多付部分","payee_id":"H-002","payee_kind":"household","payee_name":"李小梅","project":"大病救助","sources":"县财发〔2017〕1号","town":"西岭镇","village":"红岩村","voucher":"C-002"}
>   ],
>   "total": {"amount":"715000.00","count":7}
> }
$ payments --month 2017-03 --format csv
> voucher,date,kind,fiscal_year,earmark,payee_id,payee_name,payee_kind,town,village,project,amount,sources,note
> D-003,2017-03-10,payment,2017,IND,ENT-01,东河茶业有限公司,enterprise,东河镇,柳树村,茶园,400000.00,县财发〔2017〕1号;陕财办农〔2017〕2号,
> D-004,2017-03-20,payment,2017,IND,H-001,张大山,household,东河镇,柳树村,产业奖补,5000.00,陕财办农〔2017〕2号,指定支付中央专项
> D-005,2017-03-21,payment,2017,OTHER,GOV-01,西岭镇人民政府,government,西岭镇,,道路,20000.00,县财发〔2017〕1号,
> C-001,2017-03-25,reversal,2017,OTHER,GOV-01,西岭镇人民政府,government,西岭镇,,道路,-20000.00,县财发〔2017〕1号,更正 D-005：收款人错误
> C-002,2017-03-25,recovery,2017,MED,H-002,李小梅,household,西岭镇,红岩村,大病救助,-5000.00,县财发〔2017〕1号,更正 D-002：多付医疗救助收回多付部分
> 合计,5 笔,,,,,,,,,,400000.00,,
$ payments --as-of 2017-03-24 --format csv
> voucher,date,kind,fiscal_year,earmark,payee_id,payee_name,payee_kind,town,village,project,amount,sources,note
> D-001,2017-02-15,payment,2017,IND,ENT-01,东河茶业有限公司,enterprise,东河镇,柳树村,茶园,300000.00,县财发〔2017〕1号,
> D-002,2017-02-20,payment,2017,MED,H-002,李小梅,household,西岭镇,红岩村,大病救助,15000.00,县财发〔2017〕1号,
> D-003,2017-03-10,payment,2017,IND,ENT-01,东河茶业有限公司,enterprise,东河镇,柳树村,茶园,400000.00,县财发〔2017〕1号;陕财办农〔2017〕2号,
> D-004,2017-03-20,payment,2017,IND,H-001,张大山,household,东河镇,柳树村,产业奖补,5000.00,陕财办农〔2017〕2号,指定支付中央专项
> D-005,2017-03-21,payment,2017,OTHER,GOV-01,西岭镇人民政府,government,西岭镇,,道路,20000.00,县财发〔2017〕1号,
> 合计,5 笔,,,,,,,,,,740000.00,,
$ households
> 农户名册
> 户编号  户主姓名  身份证号  镇      村      人口  建档立卡  致贫原因  已支付(元)
> --------------------------------------------------------------------------------
> H-001   张大山              东河镇  柳树村     4  是        缺资金      5,000.00
> H-003   王二                东河镇  石桥村     2  是        因学            0.00
> H-002   李小梅              西岭镇  红岩村     3  否        因病       10,000.00
> --------------------------------------------------------------------------------
> 合计    3 笔                                                           15,000.00
