# The bureau's settings (issue 15): set in Chinese or English keys, listed in text/csv/json, changed, cleared; journal entries that verify covers; unknown keys, bad values and --read-only refused with the ledger unchanged; the value in force again writes nothing.
$ init
> 已创建账本 {tmp}/fundledger.db（结构版本 23）
$ settings
> 设置
> 设置项    值  设置时间  设置人
> ------------------------------
> 单位                    
> 制表人                  
> 审核人                  
> 负责人                  
> 联系电话                
> 监督电话                
$ settings set 单位 "商州区财政局"
> 已设置单位：商州区财政局
$ settings set preparer 王芳 --operator wangfang
> 已设置制表人：王芳
$ settings set 审核人 "  李强  "
> 已设置审核人：李强
$ settings set 联系电话 "(0914) 231-2345"
> 已设置联系电话：(0914) 231-2345
$ settings set supervision_phone 0914-2312317
> 已设置监督电话：0914-2312317
$ settings
> 设置
> 设置项    值               设置时间              设置人
> ---------------------------------------------------------
> 单位      商州区财政局     2026-01-15T08:00:00Z  clerk
> 制表人    王芳             2026-01-15T08:00:00Z  wangfang
> 审核人    李强             2026-01-15T08:00:00Z  clerk
> 负责人                                           
> 联系电话  (0914) 231-2345  2026-01-15T08:00:00Z  clerk
> 监督电话  0914-2312317     2026-01-15T08:00:00Z  clerk
$ settings --format csv
> key,zh,value,set_on,set_by
> unit,单位,商州区财政局,2026-01-15T08:00:00Z,clerk
> preparer,制表人,王芳,2026-01-15T08:00:00Z,wangfang
> reviewer,审核人,李强,2026-01-15T08:00:00Z,clerk
> head,负责人,,,
> phone,联系电话,(0914) 231-2345,2026-01-15T08:00:00Z,clerk
> supervision_phone,监督电话,0914-2312317,2026-01-15T08:00:00Z,clerk
$ settings --format json
> {
>   "settings": [
>     {
>       "entry": 1,
>       "key": "unit",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "商州区财政局",
>       "zh": "单位"
>     },
>     {
>       "entry": 2,
>       "key": "preparer",
>       "set_by": "wangfang",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "王芳",
>       "zh": "制表人"
>     },
>     {
>       "entry": 3,
>       "key": "reviewer",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "李强",
>       "zh": "审核人"
>     },
>     {
>       "entry": null,
>       "key": "head",
>       "set_by": null,
>       "set_on": null,
>       "value": null,
>       "zh": "负责人"
>     },
>     {
>       "entry": 4,
>       "key": "phone",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "(0914) 231-2345",
>       "zh": "联系电话"
>     },
>     {
>       "entry": 5,
>       "key": "supervision_phone",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "0914-2312317",
>       "zh": "监督电话"
>     }
>   ]
> }
$ verify
> 校验通过：共 5 笔分录，链头 60e8d7935bc6e0d3cd0733d14c5330eb59db05c844d01e3f71f1b97352b08123
$ settings set 单位 商州区财政局
> 单位已是“商州区财政局”，未作更改（账本未写入）
unchanged
$ settings set unit 商州区财政局 --format json
> {
>   "changed": false,
>   "key": "unit",
>   "value": "商州区财政局"
> }
unchanged
$ settings set 单位 "商州区人民政府财政局"
> 已设置单位：商州区人民政府财政局
$ settings set 部门 财政局
! fundledger: 错误: 没有设置项“部门”；可设置的有：单位（`unit`）、制表人（`preparer`）、审核人（`reviewer`）、负责人（`head`）、联系电话（`phone`）、监督电话（`supervision_phone`）
? 2
unchanged
$ settings set 联系电话 0914转2345
! fundledger: 错误: 联系电话“0914转2345”含有字符“转”；电话号码只能由数字、-、空格、括号和 + 组成
? 2
unchanged
$ settings set 负责人 ""
! fundledger: 错误: 负责人的值为空；要清除该设置，请用 `fundledger settings unset head`
? 2
unchanged
$ settings set 负责人 "张伟	李"
! fundledger: 错误: 负责人的值含控制字符 U+0009
? 2
unchanged
$ --read-only settings set 负责人 张伟
! fundledger: 错误: 账本以只读方式打开（--read-only 或 FUNDLEDGER_READONLY=1）；本命令要写入账本，已拒绝执行
? 2
unchanged
$ settings unset 审核人
> 已清除审核人
$ settings unset 审核人
> 审核人本未设置，未作更改（账本未写入）
unchanged
$ settings --history
> 设置的修改记录
> 分录号  设置时间              设置人    设置项    值
> ----------------------------------------------------------------------
>      1  2026-01-15T08:00:00Z  clerk     单位      商州区财政局
>      2  2026-01-15T08:00:00Z  wangfang  制表人    王芳
>      3  2026-01-15T08:00:00Z  clerk     审核人    李强
>      4  2026-01-15T08:00:00Z  clerk     联系电话  (0914) 231-2345
>      5  2026-01-15T08:00:00Z  clerk     监督电话  0914-2312317
>      6  2026-01-15T08:00:00Z  clerk     单位      商州区人民政府财政局
>      7  2026-01-15T08:00:00Z  clerk     审核人    （已清除）
$ settings --history --format json
> {
>   "changes": [
>     {
>       "entry": 1,
>       "key": "unit",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "商州区财政局"
>     },
>     {
>       "entry": 2,
>       "key": "preparer",
>       "set_by": "wangfang",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "王芳"
>     },
>     {
>       "entry": 3,
>       "key": "reviewer",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "李强"
>     },
>     {
>       "entry": 4,
>       "key": "phone",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "(0914) 231-2345"
>     },
>     {
>       "entry": 5,
>       "key": "supervision_phone",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "0914-2312317"
>     },
>     {
>       "entry": 6,
>       "key": "unit",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": "商州区人民政府财政局"
>     },
>     {
>       "entry": 7,
>       "key": "reviewer",
>       "set_by": "clerk",
>       "set_on": "2026-01-15T08:00:00Z",
>       "value": null
>     }
>   ]
> }
$ --read-only settings
> 设置
> 设置项    值                    设置时间              设置人
> --------------------------------------------------------------
> 单位      商州区人民政府财政局  2026-01-15T08:00:00Z  clerk
> 制表人    王芳                  2026-01-15T08:00:00Z  wangfang
> 审核人    （已清除）            2026-01-15T08:00:00Z  clerk
> 负责人                                                
> 联系电话  (0914) 231-2345       2026-01-15T08:00:00Z  clerk
> 监督电话  0914-2312317          2026-01-15T08:00:00Z  clerk
$ verify
> 校验通过：共 7 笔分录，链头 a8af66fa303465096f121ff422aef406935b112dc8b63d3032f08923cea88c69
$ --lang en settings
> Settings
> Setting            Name               Value                 Set on                Set by
> ------------------------------------------------------------------------------------------
> unit               Unit               商州区人民政府财政局  2026-01-15T08:00:00Z  clerk
> preparer           Prepared by        王芳                  2026-01-15T08:00:00Z  wangfang
> reviewer           Reviewed by        (cleared)             2026-01-15T08:00:00Z  clerk
> head               Head                                                           
> phone              Phone              (0914) 231-2345       2026-01-15T08:00:00Z  clerk
> supervision_phone  Supervision phone  0914-2312317          2026-01-15T08:00:00Z  clerk
$ --lang en settings set department x
! fundledger: error: no setting 'department'; the settings are: `unit` (`单位`), `preparer` (`制表人`), `reviewer` (`审核人`), `head` (`负责人`), `phone` (`联系电话`), `supervision_phone` (`监督电话`)
? 2
unchanged
