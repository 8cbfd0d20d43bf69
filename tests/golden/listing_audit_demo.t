# The listing verbs (issue 15) on examples/audit-demo: filters by town, village, earmark and payee
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import households {root}/examples/audit-demo/households.csv
> 已从 {root}/examples/audit-demo/households.csv 导入农户：新增 8 笔，跳过 0 笔（已记录）
$ import sources {root}/examples/audit-demo/sources.csv
> 已从 {root}/examples/audit-demo/sources.csv 导入来源：新增 3 笔，跳过 0 笔（已记录）
$ import budget {root}/examples/audit-demo/budget.toml
> 已从 {root}/examples/audit-demo/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/examples/audit-demo/allocations.csv
> 已从 {root}/examples/audit-demo/allocations.csv 导入分配：新增 7 笔，跳过 0 笔（已记录）
$ import disbursements {root}/examples/audit-demo/disbursements.csv
> 已从 {root}/examples/audit-demo/disbursements.csv 导入支付：新增 14 笔，跳过 0 笔（已记录）
$ households --format json
> {
>   "filter": {
>     "search": null,
>     "town": null,
>     "village": null
>   },
>   "listing": "households",
>   "title": "农户名册",
>   "rows": [
>     {"head_name":"高德顺","household_id":"AD-001","id_number":"610991196004181015","members":4,"paid":"6000.00","poverty_cause":"缺资金","registered":"yes","town":"东河镇","village":"柳树村"},
>     {"head_name":"董文亮","household_id":"AD-008","id_number":"610991197407211511","members":4,"paid":"0.00","poverty_cause":"因残","registered":"yes","town":"东河镇","village":"柳树村"},
>     {"head_name":"林淑珍","household_id":"AD-002","id_number":"610991195809051088","members":2,"paid":"22500.00","poverty_cause":"因病","registered":"yes","town":"东河镇","village":"石桥村"},
>     {"head_name":"唐秀英","household_id":"AD-006","id_number":"610991196210301364","members":3,"paid":"16500.00","poverty_cause":"因病","registered":"yes","town":"南坪镇","village":"南坪村"},
>     {"head_name":"冯建国","household_id":"AD-007","id_number":"610991196901081436","members":4,"paid":"5000.00","poverty_cause":"因学","registered":"yes","town":"南坪镇","village":"南坪村"},
>     {"head_name":"韩立新","household_id":"AD-005","id_number":"610991197706091297","members":3,"paid":"15000.00","poverty_cause":null,"registered":"no","town":"西岭镇","village":"松林村"},
>     {"head_name":"罗永福","household_id":"AD-003","id_number":"610991196612271153","members":5,"paid":"10200.00","poverty_cause":"缺资金","registered":"yes","town":"西岭镇","village":"红岩村"},
>     {"head_name":"谢春燕","household_id":"AD-004","id_number":"61099119710315122X","members":4,"paid":"5000.00","poverty_cause":"因学","registered":"yes","town":"西岭镇","village":"红岩村"}
>   ],
>   "total": {"count":8,"paid":"80200.00"}
> }
$ households --town 西岭镇 --village 红岩村
> 农户名册
> 户编号  户主姓名  身份证号            镇      村      人口  建档立卡  致贫原因  已支付(元)
> ------------------------------------------------------------------------------------------
> AD-003  罗永福    610991196612271153  西岭镇  红岩村     5  是        缺资金     10,200.00
> AD-004  谢春燕    61099119710315122X  西岭镇  红岩村     4  是        因学        5,000.00
> ------------------------------------------------------------------------------------------
> 合计    2 笔                                                                     15,200.00
$ payments --as-of 2019-03-01
> 支付明细账（截至 2019-03-01）
> 凭证号       日期        类型  年度  用途代码      收款人编号  收款人                    收款人类型  镇      村      项目              金额(元)  来源文号             备注
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> FP2018-D001  2018-03-20  支付  2018  INDUSTRY      ENT-AD-01   演示县东河茶业有限公司    企业        东河镇  柳树村  茶园基地建设    500,000.00  演财发〔2018〕3号
> FP2018-D002  2018-04-02  支付  2018  INDUSTRY      AD-001      高德顺                    农户        东河镇  柳树村  产业发展奖补      3,000.00  演财发〔2018〕3号    养殖奖补
> FP2018-D003  2018-04-10  支付  2018  MEDICAL-AID   AD-005      韩立新                    农户        西岭镇  松林村  大病救助         15,000.00  演财发〔2018〕3号
> FP2018-D004  2018-04-14  支付  2018  INDUSTRY      AD-001      高德顺                    农户        东河镇  柳树村  产业发展奖补      3,000.00  演财发〔2018〕3号    养殖奖补
> FP2018-D005  2018-04-16  支付  2018  LOAN-SUBSIDY  AD-003      罗永福                    农户        西岭镇  红岩村  扶贫贷款贴息      3,800.00  演财发〔2018〕3号    一季度贴息
> FP2018-D006  2018-04-20  支付  2018  STUDENT-AID   AD-004      谢春燕                    农户        西岭镇  红岩村  贫困大学生救助    5,000.00  演财发〔2018〕3号
> FP2018-D007  2018-04-25  支付  2018  INDUSTRY      AD-002      林淑珍                    农户        东河镇  石桥村  产业发展奖补      2,500.00  演财发〔2018〕3号    中药材种植
> FP2018-D008  2018-05-08  支付  2018  MEDICAL-AID   AD-002      林淑珍                    农户        东河镇  石桥村  大病救助         20,000.00  演金扶发〔2018〕2号
> FP2018-D009  2018-05-15  支付  2018  MEDICAL-AID   AD-006      唐秀英                    农户        南坪镇  南坪村  大病救助         12,000.00  演财发〔2018〕3号
> FP2018-D010  2018-06-01  支付  2018  LOAN-SUBSIDY  AD-006      唐秀英                    农户        南坪镇  南坪村  扶贫贷款贴息      4,500.00  演财发〔2018〕3号
> FP2018-D011  2018-06-10  支付  2018  INDUSTRY      COOP-AD-01  演示县南坪香菇专业合作社  合作社      南坪镇  南坪村  食用菌基地       80,000.00  演财发〔2018〕3号
> FP2018-D012  2018-07-16  支付  2018  LOAN-SUBSIDY  AD-003      罗永福                    农户        西岭镇  红岩村  扶贫贷款贴息      3,500.00  演财发〔2018〕3号    二季度贴息
> FP2018-D013  2018-09-03  支付  2018  STUDENT-AID   AD-007      冯建国                    农户        南坪镇  南坪村  贫困大学生救助    5,000.00  演财发〔2018〕3号
> FP2018-D014  2018-10-15  支付  2018  LOAN-SUBSIDY  AD-003      罗永福                    农户        西岭镇  红岩村  扶贫贷款贴息      2,900.00  演财发〔2018〕3号    三季度贴息
> --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 合计         14 笔                                                                                                                   660,200.00
$ payments --as-of 2019-03-01 --town 东河镇 --earmark INDUSTRY --format csv
> voucher,date,kind,fiscal_year,earmark,payee_id,payee_name,payee_kind,town,village,project,amount,sources,note
> FP2018-D001,2018-03-20,payment,2018,INDUSTRY,ENT-AD-01,演示县东河茶业有限公司,enterprise,东河镇,柳树村,茶园基地建设,500000.00,演财发〔2018〕3号,
> FP2018-D002,2018-04-02,payment,2018,INDUSTRY,AD-001,高德顺,household,东河镇,柳树村,产业发展奖补,3000.00,演财发〔2018〕3号,养殖奖补
> FP2018-D004,2018-04-14,payment,2018,INDUSTRY,AD-001,高德顺,household,东河镇,柳树村,产业发展奖补,3000.00,演财发〔2018〕3号,养殖奖补
> FP2018-D007,2018-04-25,payment,2018,INDUSTRY,AD-002,林淑珍,household,东河镇,石桥村,产业发展奖补,2500.00,演财发〔2018〕3号,中药材种植
> 合计,4 笔,,,,,,,,,,508500.00,,
$ payments --month 2018-04 --payee AD-001 --format json
> {
>   "as_of": "2018-04-30",
>   "filter": {
>     "earmark": null,
>     "month": "2018-04",
>     "payee": "AD-001",
>     "town": null,
>     "year": null
>   },
>   "from": "2018-04-01",
>   "listing": "payments",
>   "title": "支付明细账（2018年4月，截至 2018-04-30）",
>   "rows": [
>     {"amount":"3000.00","date":"2018-04-02","earmark":"INDUSTRY","fiscal_year":2018,"kind":"payment","note":"养殖奖补","payee_id":"AD-001","payee_kind":"household","payee_name":"高德顺","project":"产业发展奖补","sources":"演财发〔2018〕3号","town":"东河镇","village":"柳树村","voucher":"FP2018-D002"},
>     {"amount":"3000.00","date":"2018-04-14","earmark":"INDUSTRY","fiscal_year":2018,"kind":"payment","note":"养殖奖补","payee_id":"AD-001","payee_kind":"household","payee_name":"高德顺","project":"产业发展奖补","sources":"演财发〔2018〕3号","town":"东河镇","village":"柳树村","voucher":"FP2018-D004"}
>   ],
>   "total": {"amount":"6000.00","count":2}
> }
$ payments --as-of 2019-03-01 --format csv --out {tmp}/明细账.csv
> 已写出 {tmp}/明细账.csv
$ payments --as-of 2019-03-01 --format json --out {tmp}/out/x.json
! fundledger: 错误: 输出文件“{tmp}/out/x.json”：文件夹“{tmp}/out”不存在；请先建好文件夹，或另选路径
? 2
unchanged
