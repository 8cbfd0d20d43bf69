# Files from Excel (issue 15): a workbook's errors name the sheet and the cell (a number cell of three decimals is finer than a fen, never rounded); an .xls imports like its CSV.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/xlsx_fixtures/sources-fine.xlsx
! {root}/tests/golden/xlsx_fixtures/sources-fine.xlsx:资金来源!E4: 错误: 列 'amount'（金额）：金额“12.345”无效：精确到分以下（0.01 元）；金额从不四舍五入
! {root}/tests/golden/xlsx_fixtures/sources-fine.xlsx:资金来源!F5: 错误: 列 'received_on'（到账日期）：日期“下个月”无效：应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日 格式
! fundledger: 2 个错误；未写入任何内容
? 2
unchanged
$ import sources {root}/tests/golden/xlsx_fixtures/sources-fine.xlsx --sheet 来源
! {root}/tests/golden/xlsx_fixtures/sources-fine.xlsx: 错误: 工作簿中没有名为“来源”的工作表；现有工作表：资金来源
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ import sources {root}/tests/e2e/xlsx_fixtures/sources.xls
> 已从 {root}/tests/e2e/xlsx_fixtures/sources.xls 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ balance --by category --as-of 2017-12-31
> 余额表(按类别)截至 2017-12-31
> 类别                名称                        金额(元)  已分配(元)      未分配(元)  已支付(元)
> ------------------------------------------------------------------------------------------------
> central_provincial  中省财政专项扶贫资金  200,000,000.00        0.00  200,000,000.00        0.00
> upper_other         上级其他补助          320,000,000.00        0.00  320,000,000.00        0.00
> county_self         县(区)级财政自筹       50,000,000.00        0.00   50,000,000.00        0.00
> sector_integrated   整合涉农(行业)资金    120,000,000.00        0.00  120,000,000.00        0.00
> policy_loan         政策性金融扶贫贷款     80,000,000.00        0.00   80,000,000.00        0.00
> microcredit         扶贫小额信贷           40,000,000.00        0.00   40,000,000.00        0.00
> social              社会帮扶资金          110,000,000.00        0.00  110,000,000.00        0.00
> ------------------------------------------------------------------------------------------------
> 合计                                      920,000,000.00        0.00  920,000,000.00        0.00
