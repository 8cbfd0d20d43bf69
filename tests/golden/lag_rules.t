# Lag rules (issue 17): registration_within, allocation_within, payment_within in calendar and working days,
# each at its edge (done on the deadline day is in time, a day later is late), allocation_deadline as the
# older spelling of allocation_within, loan categories aside, a year the calendar lacks, a bureau's own
# holiday file (--holidays), a bad rules file and bad holiday files (exit 2, nothing written).
#
# Calendar (the shipped data/holidays/CN.toml): 2025 国庆/中秋 1-8 October off, Sunday 28 September and
# Saturday 11 October worked (补班); 2026 元旦 1-3 January off, Sunday 4 January worked. Every entry is recorded
# on 2026-01-15 (the pinned clock), which is each source's registration day.
#
# Payment lags (整合 sources, first allocated Friday 2025-09-26): working days after it are 28 Sep (Sun, 补班) 1,
# 29 Sep 2, 30 Sep 3, 9 Oct 4, 10 Oct 5, 11 Oct (Sat, 补班) 6, 13 Oct 7. So 5 working days end on the 5th: the
# deadline is 10 October, the day before the 6th; 14 calendar days are also 10 October.
#   整合〔2025〕1号 first paid 10-10: 14 days, 5 working days: in time (both rules).
#   整合〔2025〕2号 first paid 10-11: 15 days, 6 working days: late (both rules).
#   整合〔2025〕3号 never paid: late once the deadline has passed; as of 10-09 (4 working days, 13 days) not yet.
#   As of 10-10 exactly 5 working days have passed and the next day (the 补班 Saturday) is a working day, so the
#   deadline is 10-10 itself: 2号 (not paid yet as of 10-10) and 3号 are late.
# Allocation lags (county_self sources, received Friday 2025-09-26): 3 working days = 28, 29, 30 September; the
# 4th is 9 October, so the deadline is 8 October, the last day of the holiday; 12 calendar days: also 8 October.
#   县财发〔2025〕31号 60,000 on 09-30 + 40,000 on 10-08: full on 10-08, 12 days, 3 working days: in time.
#   县财发〔2025〕32号 100,000 on 10-09: 13 days, 4 working days: late, 100,000.00 unallocated on 10-08.
#   县财发〔2025〕33号 10,000 on 09-29, reversed (冲销) 09-30, again 10-10: nothing allocated on 10-08, so late,
#     although report lags shows it fully allocated on 09-29 (the day its amount was first reached).
#   县财发〔2025〕45号 received Monday 2025-12-29, 20,000 of 50,000 on 2026-01-05: working days 30 Dec 1, 31 Dec 2,
#     1-3 Jan off, 4 Jan (Sun, 补班) 3, 5 Jan 4: the 3-working-day deadline is 4 January. As of 2026-01-03 two
#     working days have passed: in time, no finding (Monday-to-Friday counting would have said 4 and judged it);
#     as of 2026-01-04 the deadline is reached with nothing allocated: late (50,000.00). 12 days: 2026-01-10, when
#     20,000 was allocated: 30,000.00 late (from 2026-01-10 on).
#   deadline-12-days (allocation_deadline, the older spelling) finds what alloc-12-days finds.
#   alloc-all-30-days names no category: the loan source 县信贷〔2025〕3号 (never allocated) is aside; 市财发〔2015〕90号
#     (received 2015-12-25, never allocated) is late by 2016-01-24 (calendar days need no holiday arrangement).
#   alloc-upper-5-workdays: 2015 is not in the shipped calendar: 市财发〔2015〕90号 is not judged (lag_not_judged).
# Registration lags (社捐 sources, registered 2026-01-15):
#   社捐〔2025〕1号 received 2025-12-31: 15 days; working days 4 Jan (Sun, 补班) 1, 5-9 Jan 2-6, 12-15 Jan 7-10: 10.
#   社捐〔2025〕2号 received 2025-12-30: 16 days; 30 Dec -> 31 Dec is one more: 11 working days.
#   reg-15-days: 1号 in time (deadline 01-15), 2号 late (deadline 01-14). reg-10-workdays: the 11th working day after
#   12-30 is 01-15, so 2号's deadline is 01-14: late; 1号's 11th is Friday 01-16, deadline 01-15: in time.
#   (Counting Monday to Friday, 1号 would be 11 working days: 1, 2 January are holidays, 4 January is worked.)
#   As of 2026-01-13 neither deadline has come: no registration finding, although 2号 will be late.
# report lags: registration 74 working days from 2025-09-26 (lags_report.t's 73 from 09-28, plus Sunday 28
#   September itself) and 79 from 2025-09-20 (22-26 September, five more); 33号 fully allocated 09-29 (2 working
#   days: 28, 29 September); every working-day figure here also counted from the TOML files by a separate script.
# The bureau's holiday file: 9 October 2025 is a local day off, and 2015 is added.
#   县财发〔2025〕32号: 3 working days still end on 30 September, but the 4th is now 10 October, so the deadline is
#     10-09, the day it was fully allocated (3 working days): in time. 县财发〔2025〕33号: still late (nothing on 10-09).
#   整合〔2025〕2号: 28, 29, 30 Sep, 10 Oct, 11 Oct = 5 working days: in time (deadline 10-12, the day before Monday
#     13 October, the 6th); 3号 is late with that deadline.
#   市财发〔2015〕90号: 28-31 Dec 2015 = 4, 1 Jan 2016 off, 4 Jan = 5, 5 Jan = 6: deadline 2016-01-04, late.
#   report lags: 32号 allocation 3 working days (was 4); 1号 payment 4 (was 5), 2号 5 (was 6); each September
#   source's registration one less.
# A bad holiday file (a Friday as a 补班 day), a missing one: exit 2, the file and line named, nothing written.
# A verb that counts no working days does not read it.
# A bad rules file: an unknown unit, no days, a fraction of a day, a unit on allocation_deadline, an unknown
# category. Exit 2, every problem at its line, nothing written.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ import sources {root}/tests/golden/lag_rules_fixtures/sources.csv
> 已从 {root}/tests/golden/lag_rules_fixtures/sources.csv 导入来源：新增 11 笔，跳过 0 笔（已记录）
$ import budget {root}/tests/golden/lag_rules_fixtures/budget.toml
> 已从 {root}/tests/golden/lag_rules_fixtures/budget.toml 导入预算：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/lag_rules_fixtures/allocations.csv
> 已从 {root}/tests/golden/lag_rules_fixtures/allocations.csv 导入分配：新增 8 笔，跳过 0 笔（已记录）
$ import corrections {root}/tests/golden/lag_rules_fixtures/corrections.csv
> 已从 {root}/tests/golden/lag_rules_fixtures/corrections.csv 导入更正：新增 1 笔，跳过 0 笔（已记录）
$ import allocations {root}/tests/golden/lag_rules_fixtures/allocations-again.csv
> 已从 {root}/tests/golden/lag_rules_fixtures/allocations-again.csv 导入分配：新增 1 笔，跳过 0 笔（已记录）
$ import disbursements {root}/tests/golden/lag_rules_fixtures/payments.csv
> 已从 {root}/tests/golden/lag_rules_fixtures/payments.csv 导入支付：新增 2 笔，跳过 0 笔（已记录）
$ import rules {root}/tests/golden/lag_rules_fixtures/rules-payment.toml
> 已从 {root}/tests/golden/lag_rules_fixtures/rules-payment.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 pay-14-days v1
>   已记录规则 pay-5-workdays v1
$ check --as-of 2025-10-09
> 0 项错误，0 项警告；全部规则均满足
$ check --as-of 2025-10-10
> 规则检查结果 截至 2025-10-10
> 级别  代码          规则            对象                                                             说明                                                                                                                                                                               依据
> -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 错误  late_payment  pay-14-days     来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号  来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2025-10-10 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕2号
> 错误  late_payment  pay-14-days     来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号  来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2025-10-10 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕3号
> 错误  late_payment  pay-5-workdays  来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号  来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2025-10-10 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕2号
> 错误  late_payment  pay-5-workdays  来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号  来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2025-10-10 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> 4 项错误，0 项警告
? 1
$ import rules {root}/tests/golden/lag_rules_fixtures/rules-allocation.toml
> 已从 {root}/tests/golden/lag_rules_fixtures/rules-allocation.toml 导入规则：新增 5 笔，跳过 0 笔（已记录）
>   已记录规则 alloc-12-days v1
>   已记录规则 alloc-3-workdays v1
>   已记录规则 alloc-all-30-days v1
>   已记录规则 alloc-upper-5-workdays v1
>   已记录规则 deadline-12-days v1
$ check --as-of 2026-01-03
> 规则检查结果 截至 2026-01-03
> 级别  代码             规则                    对象                                                                                                   说明                                                                                                                                                                               依据
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 错误  late_allocation  alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation  alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation  alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 10.00万元                                              县财发〔2025〕32号
> 错误  late_allocation  alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 1.00万元                                                县财发〔2025〕33号
> 警告  late_allocation  alloc-all-30-days       来源类别=upper_other 期限=2016-01-24 文号=市财发〔2015〕90号 来源=市财发〔2015〕90号 未分配=30000.00   来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元                                                         市财发〔2015〕90号
> 警告  lag_not_judged   alloc-upper-5-workdays  未覆盖年份=2015                                                                                        规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排                                                 市财发〔2015〕90号
> 错误  late_allocation  deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation  deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_payment     pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)               整合〔2025〕2号
> 错误  late_payment     pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-03 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕3号
> 错误  late_payment     pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)     整合〔2025〕2号
> 错误  late_payment     pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-03 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> 10 项错误，2 项警告
? 1
$ check --as-of 2026-01-04
> 规则检查结果 截至 2026-01-04
> 级别  代码             规则                    对象                                                                                                   说明                                                                                                                                                                               依据
> -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 错误  late_allocation  alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation  alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation  alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 10.00万元                                              县财发〔2025〕32号
> 错误  late_allocation  alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 1.00万元                                                县财发〔2025〕33号
> 错误  late_allocation  alloc-3-workdays        来源类别=county_self 期限=2026-01-04 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=50000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-04（3 个工作日）仅分配 0.00元，逾期未分配 5.00万元                                                县财发〔2025〕45号
> 警告  late_allocation  alloc-all-30-days       来源类别=upper_other 期限=2016-01-24 文号=市财发〔2015〕90号 来源=市财发〔2015〕90号 未分配=30000.00   来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元                                                         市财发〔2015〕90号
> 警告  lag_not_judged   alloc-upper-5-workdays  未覆盖年份=2015                                                                                        规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排                                                 市财发〔2015〕90号
> 错误  late_allocation  deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation  deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_payment     pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)               整合〔2025〕2号
> 错误  late_payment     pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-04 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕3号
> 错误  late_payment     pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)     整合〔2025〕2号
> 错误  late_payment     pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-04 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> 11 项错误，2 项警告
? 1
$ import rules {root}/tests/golden/lag_rules_fixtures/rules-registration.toml
> 已从 {root}/tests/golden/lag_rules_fixtures/rules-registration.toml 导入规则：新增 2 笔，跳过 0 笔（已记录）
>   已记录规则 reg-15-days v1
>   已记录规则 reg-10-workdays v1
$ report lags --year 2025 --as-of 2026-01-15
> 2025 年度资金滞留天数（截至 2026-01-15）
> 文号                名称                    金额(元)  到账日期    登记日期    登记天数  登记工作日  分配完毕日期  分配天数  分配工作日  首次分配日期  首次支付日期  支付天数  支付工作日
> ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 整合〔2025〕1号     统筹整合资金(产业一)   30,000.00  2025-09-20  2026-01-15       117          79  2025-09-26           6           5  2025-09-26    2025-10-10          14           5
> 整合〔2025〕2号     统筹整合资金(产业二)   30,000.00  2025-09-20  2026-01-15       117          79  2025-09-26           6           5  2025-09-26    2025-10-11          15           6
> 整合〔2025〕3号     统筹整合资金(产业三)   30,000.00  2025-09-20  2026-01-15       117          79  2025-09-26           6           5  2025-09-26                                      
> 县财发〔2025〕31号  县级衔接资金(甲)      100,000.00  2025-09-26  2026-01-15       111          74  2025-10-08          12           3  2025-09-30                                      
> 县财发〔2025〕32号  县级衔接资金(乙)      100,000.00  2025-09-26  2026-01-15       111          74  2025-10-09          13           4  2025-10-09                                      
> 县财发〔2025〕33号  县级衔接资金(丙)       10,000.00  2025-09-26  2026-01-15       111          74  2025-09-29           3           2  2025-09-29                                      
> 县财发〔2025〕45号  县级衔接资金(丁)       50,000.00  2025-12-29  2026-01-15        17          12                                      2026-01-05                                      
> 社捐〔2025〕2号     社会帮扶资金(二)       10,000.00  2025-12-30  2026-01-15        16          11                                                                                      
> 社捐〔2025〕1号     社会帮扶资金(一)       10,000.00  2025-12-31  2026-01-15        15          10                                                                                      
> 账本校验: 第 33 笔 · cc57765f
$ check --as-of 2026-01-13 --format csv
> severity,code,rule,subject,message,evidence
> error,late_allocation,alloc-12-days,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00,来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元,县财发〔2025〕32号
> error,late_allocation,alloc-12-days,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00,来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元,县财发〔2025〕33号
> error,late_allocation,alloc-12-days,category=county_self deadline=2026-01-10 doc_no=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=30000.00,来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元,县财发〔2025〕45号
> error,late_allocation,alloc-3-workdays,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00,来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 10.00万元,县财发〔2025〕32号
> error,late_allocation,alloc-3-workdays,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00,来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 1.00万元,县财发〔2025〕33号
> error,late_allocation,alloc-3-workdays,category=county_self deadline=2026-01-04 doc_no=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=50000.00,来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-04（3 个工作日）仅分配 0.00元，逾期未分配 5.00万元,县财发〔2025〕45号
> warn,late_allocation,alloc-all-30-days,category=upper_other deadline=2016-01-24 doc_no=市财发〔2015〕90号 source=市财发〔2015〕90号 unallocated=30000.00,来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元,市财发〔2015〕90号
> warn,lag_not_judged,alloc-upper-5-workdays,years=2015,规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排,市财发〔2015〕90号
> error,late_allocation,deadline-12-days,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00,来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元,县财发〔2025〕32号
> error,late_allocation,deadline-12-days,category=county_self deadline=2025-10-08 doc_no=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00,来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元,县财发〔2025〕33号
> error,late_allocation,deadline-12-days,category=county_self deadline=2026-01-10 doc_no=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=30000.00,来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元,县财发〔2025〕45号
> error,late_payment,pay-14-days,category=sector_integrated deadline=2025-10-10 source=整合〔2025〕2号,来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试),整合〔2025〕2号
> error,late_payment,pay-14-days,category=sector_integrated deadline=2025-10-10 source=整合〔2025〕3号,来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-13 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试),整合〔2025〕3号
> error,late_payment,pay-5-workdays,category=sector_integrated deadline=2025-10-10 source=整合〔2025〕2号,来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试),整合〔2025〕2号
> error,late_payment,pay-5-workdays,category=sector_integrated deadline=2025-10-10 source=整合〔2025〕3号,来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-13 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试),整合〔2025〕3号
? 1
$ check --as-of 2026-01-15
> 规则检查结果 截至 2026-01-15
> 级别  代码               规则                    对象                                                                                                   说明                                                                                                                                                                               依据
> -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2026-01-10 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=30000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元                                                   县财发〔2025〕45号
> 错误  late_allocation    alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 10.00万元                                              县财发〔2025〕32号
> 错误  late_allocation    alloc-3-workdays        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（3 个工作日）仅分配 0.00元，逾期未分配 1.00万元                                                县财发〔2025〕33号
> 错误  late_allocation    alloc-3-workdays        来源类别=county_self 期限=2026-01-04 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=50000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-04（3 个工作日）仅分配 0.00元，逾期未分配 5.00万元                                                县财发〔2025〕45号
> 警告  late_allocation    alloc-all-30-days       来源类别=upper_other 期限=2016-01-24 文号=市财发〔2015〕90号 来源=市财发〔2015〕90号 未分配=30000.00   来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元                                                         市财发〔2015〕90号
> 警告  lag_not_judged     alloc-upper-5-workdays  未覆盖年份=2015                                                                                        规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排                                                 市财发〔2015〕90号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2026-01-10 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=30000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元                                                   县财发〔2025〕45号
> 错误  late_payment       pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)               整合〔2025〕2号
> 错误  late_payment       pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-15 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕3号
> 错误  late_payment       pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)     整合〔2025〕2号
> 错误  late_payment       pay-5-workdays          来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-15 仍无支付，已过期限 2025-10-10（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> 警告  late_registration  reg-10-workdays         来源类别=social 期限=2026-01-14 来源=社捐〔2025〕2号                                                   来源 社捐〔2025〕2号（社会帮扶资金，1.00万元）2025-12-30 到账，2026-01-15 才登记入账，晚于期限 2026-01-14（到账后 10 个工作日）                                                    社捐〔2025〕2号
> 警告  late_registration  reg-15-days             来源类别=social 期限=2026-01-14 来源=社捐〔2025〕2号                                                   来源 社捐〔2025〕2号（社会帮扶资金，1.00万元）2025-12-30 到账，2026-01-15 才登记入账，晚于期限 2026-01-14（到账后 15 天）                                                          社捐〔2025〕2号
> 13 项错误，4 项警告
? 1
$ check --year 2015 --as-of 2026-01-15 --format json
> {
>   "as_of": "2026-01-15",
>   "counts": {
>     "error": 0,
>     "warn": 2
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元",
>       "overridden": false,
>       "rule": "alloc-all-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "upper_other",
>         "deadline": "2016-01-24",
>         "doc_no": "市财发〔2015〕90号",
>         "source": "市财发〔2015〕90号",
>         "unallocated": "30000.00"
>       }
>     },
>     {
>       "code": "lag_not_judged",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排",
>       "overridden": false,
>       "rule": "alloc-upper-5-workdays",
>       "severity": "warn",
>       "subject": {
>         "years": "2015"
>       }
>     }
>   ]
> }
$ audit --year 2015 --as-of 2026-01-15 --format json
> {
>   "as_of": "2026-01-15",
>   "counts": {
>     "error": 0,
>     "warn": 2
>   },
>   "findings": [
>     {
>       "code": "lag_not_judged",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "规则 alloc-upper-5-workdays 按工作日计算，工作日历没有 2015 年的节假日安排，1 个来源未判断（见依据）；可用 --holidays 载入该年安排",
>       "overridden": false,
>       "rule": "alloc-upper-5-workdays",
>       "severity": "warn",
>       "subject": {
>         "years": "2015"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元",
>       "overridden": false,
>       "rule": "alloc-all-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "upper_other",
>         "deadline": "2016-01-24",
>         "doc_no": "市财发〔2015〕90号",
>         "source": "市财发〔2015〕90号",
>         "unallocated": "30000.00"
>       }
>     }
>   ],
>   "year": 2015
> }
$ check --year 2025 --as-of 2026-01-15 --lang en
> Rule findings as of 2026-01-15
> Severity  Code               Rule              Subject                                                                                                               Message                                                                                                                                                                                                                                      Evidence
> ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> error     late_allocation    alloc-12-days     category=county_self deadline=2025-10-08 document=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00  source 县财发〔2025〕32号 (County own funds, 100,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (12 days); 100,000.00 yuan late                                                                                    县财发〔2025〕32号
> error     late_allocation    alloc-12-days     category=county_self deadline=2025-10-08 document=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00   source 县财发〔2025〕33号 (County own funds, 10,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (12 days); 10,000.00 yuan late                                                                                      县财发〔2025〕33号
> error     late_allocation    alloc-12-days     category=county_self deadline=2026-01-10 document=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=30000.00   source 县财发〔2025〕45号 (County own funds, 50,000.00 yuan) received 2025-12-29: only 20,000.00 yuan allocated by 2026-01-10 (12 days); 30,000.00 yuan late                                                                                 县财发〔2025〕45号
> error     late_allocation    alloc-3-workdays  category=county_self deadline=2025-10-08 document=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00  source 县财发〔2025〕32号 (County own funds, 100,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (3 working days); 100,000.00 yuan late                                                                             县财发〔2025〕32号
> error     late_allocation    alloc-3-workdays  category=county_self deadline=2025-10-08 document=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00   source 县财发〔2025〕33号 (County own funds, 10,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (3 working days); 10,000.00 yuan late                                                                               县财发〔2025〕33号
> error     late_allocation    alloc-3-workdays  category=county_self deadline=2026-01-04 document=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=50000.00   source 县财发〔2025〕45号 (County own funds, 50,000.00 yuan) received 2025-12-29: only 0.00 yuan allocated by 2026-01-04 (3 working days); 50,000.00 yuan late                                                                               县财发〔2025〕45号
> error     late_allocation    deadline-12-days  category=county_self deadline=2025-10-08 document=县财发〔2025〕32号 source=县财发〔2025〕32号 unallocated=100000.00  source 县财发〔2025〕32号 (County own funds, 100,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (12 days); 100,000.00 yuan late                                                                                    县财发〔2025〕32号
> error     late_allocation    deadline-12-days  category=county_self deadline=2025-10-08 document=县财发〔2025〕33号 source=县财发〔2025〕33号 unallocated=10000.00   source 县财发〔2025〕33号 (County own funds, 10,000.00 yuan) received 2025-09-26: only 0.00 yuan allocated by 2025-10-08 (12 days); 10,000.00 yuan late                                                                                      县财发〔2025〕33号
> error     late_allocation    deadline-12-days  category=county_self deadline=2026-01-10 document=县财发〔2025〕45号 source=县财发〔2025〕45号 unallocated=30000.00   source 县财发〔2025〕45号 (County own funds, 50,000.00 yuan) received 2025-12-29: only 20,000.00 yuan allocated by 2026-01-10 (12 days); 30,000.00 yuan late                                                                                 县财发〔2025〕45号
> error     late_payment       pay-14-days       category=sector_integrated deadline=2025-10-10 source=整合〔2025〕2号                                                 source 整合〔2025〕2号 (Integrated sector funds, 30,000.00 yuan) first allocated 2025-09-26: first paid from on 2025-10-11, after its deadline 2025-10-10 (14 days after the first allocation) — 首次分配后14日内支付(测试)                  整合〔2025〕2号
> error     late_payment       pay-14-days       category=sector_integrated deadline=2025-10-10 source=整合〔2025〕3号                                                 source 整合〔2025〕3号 (Integrated sector funds, 30,000.00 yuan) first allocated 2025-09-26: nothing paid from it by 2026-01-15, past its deadline 2025-10-10 (14 days after the first allocation) — 首次分配后14日内支付(测试)              整合〔2025〕3号
> error     late_payment       pay-5-workdays    category=sector_integrated deadline=2025-10-10 source=整合〔2025〕2号                                                 source 整合〔2025〕2号 (Integrated sector funds, 30,000.00 yuan) first allocated 2025-09-26: first paid from on 2025-10-11, after its deadline 2025-10-10 (5 working days after the first allocation) — 首次分配后5个工作日内支付(测试)      整合〔2025〕2号
> error     late_payment       pay-5-workdays    category=sector_integrated deadline=2025-10-10 source=整合〔2025〕3号                                                 source 整合〔2025〕3号 (Integrated sector funds, 30,000.00 yuan) first allocated 2025-09-26: nothing paid from it by 2026-01-15, past its deadline 2025-10-10 (5 working days after the first allocation) — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> warning   late_registration  reg-10-workdays   category=social deadline=2026-01-14 source=社捐〔2025〕2号                                                            source 社捐〔2025〕2号 (Social assistance funds, 10,000.00 yuan) received 2025-12-30: entered in the ledger on 2026-01-15, after its deadline 2026-01-14 (10 working days after receipt)                                                     社捐〔2025〕2号
> warning   late_registration  reg-15-days       category=social deadline=2026-01-14 source=社捐〔2025〕2号                                                            source 社捐〔2025〕2号 (Social assistance funds, 10,000.00 yuan) received 2025-12-30: entered in the ledger on 2026-01-15, after its deadline 2026-01-14 (15 days after receipt)                                                             社捐〔2025〕2号
> 13 error(s), 2 warning(s)
? 1
$ check --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/holidays-bureau.toml
> 规则检查结果 截至 2026-01-15
> 级别  代码               规则                    对象                                                                                                   说明                                                                                                                                                                               依据
> -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation    alloc-12-days           来源类别=county_self 期限=2026-01-10 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=30000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元                                                   县财发〔2025〕45号
> 错误  late_allocation    alloc-3-workdays        来源类别=county_self 期限=2025-10-09 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-09（3 个工作日）仅分配 0.00元，逾期未分配 1.00万元                                                县财发〔2025〕33号
> 错误  late_allocation    alloc-3-workdays        来源类别=county_self 期限=2026-01-04 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=50000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-04（3 个工作日）仅分配 0.00元，逾期未分配 5.00万元                                                县财发〔2025〕45号
> 警告  late_allocation    alloc-all-30-days       来源类别=upper_other 期限=2016-01-24 文号=市财发〔2015〕90号 来源=市财发〔2015〕90号 未分配=30000.00   来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元                                                         市财发〔2015〕90号
> 错误  late_allocation    alloc-upper-5-workdays  来源类别=upper_other 期限=2016-01-04 文号=市财发〔2015〕90号 来源=市财发〔2015〕90号 未分配=30000.00   来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-04（5 个工作日）仅分配 0.00元，逾期未分配 3.00万元                                                    市财发〔2015〕90号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕32号 来源=县财发〔2025〕32号 未分配=100000.00  来源 县财发〔2025〕32号（县(区)级财政自筹，10.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 10.00万元                                                   县财发〔2025〕32号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2025-10-08 文号=县财发〔2025〕33号 来源=县财发〔2025〕33号 未分配=10000.00   来源 县财发〔2025〕33号（县(区)级财政自筹，1.00万元）2025-09-26 到账：到 2025-10-08（12 天）仅分配 0.00元，逾期未分配 1.00万元                                                     县财发〔2025〕33号
> 错误  late_allocation    deadline-12-days        来源类别=county_self 期限=2026-01-10 文号=县财发〔2025〕45号 来源=县财发〔2025〕45号 未分配=30000.00   来源 县财发〔2025〕45号（县(区)级财政自筹，5.00万元）2025-12-29 到账：到 2026-01-10（12 天）仅分配 2.00万元，逾期未分配 3.00万元                                                   县财发〔2025〕45号
> 错误  late_payment       pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕2号                                        来源 整合〔2025〕2号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，2025-10-11 才首次支付，晚于期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)               整合〔2025〕2号
> 错误  late_payment       pay-14-days             来源类别=sector_integrated 期限=2025-10-10 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-15 仍无支付，已过期限 2025-10-10（首次分配后 14 天） — 首次分配后14日内支付(测试)            整合〔2025〕3号
> 错误  late_payment       pay-5-workdays          来源类别=sector_integrated 期限=2025-10-12 来源=整合〔2025〕3号                                        来源 整合〔2025〕3号（整合涉农(行业)资金，3.00万元）2025-09-26 首次分配，截至 2026-01-15 仍无支付，已过期限 2025-10-12（首次分配后 5 个工作日） — 首次分配后5个工作日内支付(测试)  整合〔2025〕3号
> 警告  late_registration  reg-10-workdays         来源类别=social 期限=2026-01-14 来源=社捐〔2025〕2号                                                   来源 社捐〔2025〕2号（社会帮扶资金，1.00万元）2025-12-30 到账，2026-01-15 才登记入账，晚于期限 2026-01-14（到账后 10 个工作日）                                                    社捐〔2025〕2号
> 警告  late_registration  reg-15-days             来源类别=social 期限=2026-01-14 来源=社捐〔2025〕2号                                                   来源 社捐〔2025〕2号（社会帮扶资金，1.00万元）2025-12-30 到账，2026-01-15 才登记入账，晚于期限 2026-01-14（到账后 15 天）                                                          社捐〔2025〕2号
> 12 项错误，3 项警告
? 1
$ --holidays {root}/tests/golden/lag_rules_fixtures/holidays-bureau.toml report lags --year 2025 --as-of 2026-01-15 --format csv
> doc_no,name,amount,received_on,registered_on,registration_days,registration_workdays,allocated_on,allocation_days,allocation_workdays,first_allocated_on,first_paid_on,payment_days,payment_workdays
> 整合〔2025〕1号,统筹整合资金(产业一),30000.00,2025-09-20,2026-01-15,117,78,2025-09-26,6,5,2025-09-26,2025-10-10,14,4
> 整合〔2025〕2号,统筹整合资金(产业二),30000.00,2025-09-20,2026-01-15,117,78,2025-09-26,6,5,2025-09-26,2025-10-11,15,5
> 整合〔2025〕3号,统筹整合资金(产业三),30000.00,2025-09-20,2026-01-15,117,78,2025-09-26,6,5,2025-09-26,,,
> 县财发〔2025〕31号,县级衔接资金(甲),100000.00,2025-09-26,2026-01-15,111,73,2025-10-08,12,3,2025-09-30,,,
> 县财发〔2025〕32号,县级衔接资金(乙),100000.00,2025-09-26,2026-01-15,111,73,2025-10-09,13,3,2025-10-09,,,
> 县财发〔2025〕33号,县级衔接资金(丙),10000.00,2025-09-26,2026-01-15,111,73,2025-09-29,3,2,2025-09-29,,,
> 县财发〔2025〕45号,县级衔接资金(丁),50000.00,2025-12-29,2026-01-15,17,12,,,,2026-01-05,,,
> 社捐〔2025〕2号,社会帮扶资金(二),10000.00,2025-12-30,2026-01-15,16,11,,,,,,,
> 社捐〔2025〕1号,社会帮扶资金(一),10000.00,2025-12-31,2026-01-15,15,10,,,,,,,
$ check --year 2015 --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/holidays-bureau.toml --format json
> {
>   "as_of": "2026-01-15",
>   "counts": {
>     "error": 1,
>     "warn": 1
>   },
>   "findings": [
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-24（30 天）仅分配 0.00元，逾期未分配 3.00万元",
>       "overridden": false,
>       "rule": "alloc-all-30-days",
>       "severity": "warn",
>       "subject": {
>         "category": "upper_other",
>         "deadline": "2016-01-24",
>         "doc_no": "市财发〔2015〕90号",
>         "source": "市财发〔2015〕90号",
>         "unallocated": "30000.00"
>       }
>     },
>     {
>       "code": "late_allocation",
>       "evidence": [
>         "市财发〔2015〕90号"
>       ],
>       "message": "来源 市财发〔2015〕90号（上级其他补助，3.00万元）2015-12-25 到账：到 2016-01-04（5 个工作日）仅分配 0.00元，逾期未分配 3.00万元",
>       "overridden": false,
>       "rule": "alloc-upper-5-workdays",
>       "severity": "error",
>       "subject": {
>         "category": "upper_other",
>         "deadline": "2016-01-04",
>         "doc_no": "市财发〔2015〕90号",
>         "source": "市财发〔2015〕90号",
>         "unallocated": "30000.00"
>       }
>     }
>   ]
> }
? 1
$ check --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/holidays-bad.toml
! {root}/tests/golden/lag_rules_fixtures/holidays-bad.toml:5:12: 错误: 键 'year[1].workdays[1].date'：补班日 2025-10-10 不是周六或周日（周一至周五本来就上班）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ audit --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/no-such-file.toml
! {root}/tests/golden/lag_rules_fixtures/no-such-file.toml: 错误: 无法读取节假日文件：没有这个文件或文件夹
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ report lags --year 2025 --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/holidays-bad.toml
! {root}/tests/golden/lag_rules_fixtures/holidays-bad.toml:5:12: 错误: 键 'year[1].workdays[1].date'：补班日 2025-10-10 不是周六或周日（周一至周五本来就上班）
! fundledger: 1 个错误；未写入任何内容
? 2
unchanged
$ balance --by category --as-of 2026-01-15 --holidays {root}/tests/golden/lag_rules_fixtures/no-such-file.toml
> 余额表(按类别)截至 2026-01-15
> 类别               名称                  金额(元)  已分配(元)  未分配(元)  已支付(元)
> -------------------------------------------------------------------------------------
> upper_other        上级其他补助         30,000.00        0.00   30,000.00        0.00
> county_self        县(区)级财政自筹    260,000.00  230,000.00   30,000.00        0.00
> sector_integrated  整合涉农(行业)资金   90,000.00   90,000.00        0.00    2,000.00
> microcredit        扶贫小额信贷        200,000.00        0.00  200,000.00        0.00
> social             社会帮扶资金         20,000.00        0.00   20,000.00        0.00
> -------------------------------------------------------------------------------------
> 合计                                   600,000.00  320,000.00  280,000.00    2,000.00
$ import rules {root}/tests/golden/lag_rules_fixtures/rules-bad.toml
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:5: 错误: 规则 reg-weeks：'unit' 须为 calendar, working 之一，而不是“weeks”
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:9: 错误: 规则 pay-no-days：payment_within 规则需要 'days'
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:15: 错误: 规则 alloc-half-day：'days' 须为字符串、整数或字符串列表（金额和比率加引号："1万"、"20%"）
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:14: 错误: 规则 alloc-half-day：allocation_within 规则需要 'days'
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:23: 错误: 规则 deadline-working：'unit' 不是 allocation_deadline 规则的参数（拼写有误？）
! {root}/tests/golden/lag_rules_fixtures/rules-bad.toml:28: 错误: 规则 alloc-bad-category：'category'：来源类别“county”未知
! fundledger: 6 个错误；未写入任何内容
? 2
unchanged
