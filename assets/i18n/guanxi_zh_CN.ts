<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvanceFeedbackDialog</name>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>How are you checking whether it is true?</source>
        <translation>如何核实情况是否属实？</translation>
    </message>
    <message>
        <source>What was done to fix it?</source>
        <translation>采取了哪些措施解决？</translation>
    </message>
    <message>
        <source>How was the fix reported back to the client? Invite them to keep an eye on it.</source>
        <translation>如何向客户回访告知处理结果？请客户继续监督。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the book</source>
        <translation>无法打开客户本</translation>
    </message>
    <message>
        <source>Welcome to Guanxi</source>
        <translation>欢迎使用关系本</translation>
    </message>
    <message>
        <source>Your book is empty. Would you like to look around a demo book with %1 made-up clients first? Your own book stays empty and File &gt; Open my book brings you back.</source>
        <translation>您的客户本还是空的。要先看看含 %1 位虚构客户的示例客户本吗？您自己的客户本保持不变，可通过“文件 &gt; 打开我的客户本”返回。</translation>
    </message>
    <message>
        <source>Making the demo book…</source>
        <translation>正在生成示例客户本…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The book is damaged</source>
        <translation>客户本已损坏</translation>
    </message>
    <message>
        <source>The book could not be read and was set aside as %1.

The newest good backup is from %2 and holds %3 clients. Restore it now?</source>
        <translation>客户本无法读取，已另存为 %1。

最新的完好备份来自 %2，包含 %3 位客户。现在恢复吗？</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Copies are taken automatically while you work and before imports and restores. Today&apos;s and yesterday&apos;s are kept, then one a day, a week and a month.</source>
        <translation>工作期间以及导入、恢复之前会自动备份。保留今天和昨天的全部备份，更早的按每天、每周、每月各保留一份。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
    </message>
    <message>
        <source>Replace the book with the copy of %1 (%2 clients)? The book as it is now is kept as a backup.</source>
        <translation>用 %1 的备份（%2 位客户）替换当前客户本？当前的客户本会另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 (newer version)</source>
        <translation>%1（新版本所建）</translation>
    </message>
    <message>
        <source>A newer version of Guanxi made this copy: this version cannot restore it.</source>
        <translation>这份副本由更新版本的关系本生成，当前版本无法用它恢复。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>BirthDateDialog</name>
    <message>
        <source>From the birth date</source>
        <translation>按出生日期推算</translation>
    </message>
    <message>
        <source>The full-month celebration (满月) is 30 days after the birth.</source>
        <translation>满月在出生 30 天后。</translation>
    </message>
    <message>
        <source>The hundred-days celebration (百日) is the 100th day of life.</source>
        <translation>百日是出生后的第 100 天。</translation>
    </message>
    <message>
        <source>Baby&apos;s birth date</source>
        <translation>宝宝出生日期</translation>
    </message>
    <message>
        <source>Celebration day</source>
        <translation>庆祝日</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <source>Book</source>
        <translation>客户本</translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST/DATABASE, or empty for this computer</source>
        <translation>postgresql+psycopg://用户@主机/数据库，留空则保存在本机</translation>
    </message>
    <message>
        <source>&amp;Team book</source>
        <translation>团队客户本(&amp;T)</translation>
    </message>
    <message>
        <source>Leave empty to keep the book on this computer. A team book lives on your company&apos;s PostgreSQL server; keep the password in ~/.pgpass rather than here.</source>
        <translation>留空则客户本保存在本机。团队客户本存放在公司的 PostgreSQL 服务器上；密码请写在 ~/.pgpass 中，不要填在这里。</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前客户本</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Only you (a book on this computer)</source>
        <translation>仅自己使用（本机客户本）</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>业务员</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>List the whole month</source>
        <translation>列出整月</translation>
    </message>
    <message>
        <source>Double-click a client, or press Enter, to open their file.</source>
        <translation>双击客户或按回车键，即可打开其客户档案。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>无法读取日历</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>no occasions</source>
        <translation>无重要日子</translation>
    </message>
    <message numerus="yes">
        <source>%n festival(s)</source>
        <translation>
            <numerusform>%n 个节日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client occasion(s)</source>
        <translation>
            <numerusform>%n 个客户重要日子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Print call list</source>
        <translation>打印联络清单</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Family events</source>
        <translation>家庭大事</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Overdue contacts</source>
        <translation>逾期未联络</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未解决投诉</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>The &amp;next</source>
        <translation>未来(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>联络清单</translation>
    </message>
    <message>
        <source>Call list — print preview</source>
        <translation>联络清单 — 打印预览</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save call list as PDF</source>
        <translation>将联络清单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the call list…</source>
        <translation>正在保存联络清单…</translation>
    </message>
    <message>
        <source>Gathering the call list…</source>
        <translation>正在整理联络清单…</translation>
    </message>
</context>
<context>
    <name>CallListMenu</name>
    <message>
        <source>&amp;Print call list…</source>
        <translation>打印联络清单(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>Call list</source>
        <translation>联络清单</translation>
    </message>
    <message>
        <source>Printed at the top of every page</source>
        <translation>打印在每页顶部</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>您的姓名(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Greeting for</source>
        <translation>问候场合(&amp;G)</translation>
    </message>
    <message>
        <source>Placeholders: {address} the form of address (Mr Wang, Ms Li; the name when empty), {name}, {occasion}, {person} (the family member).</source>
        <translation>占位符：{address} 称呼（如 王总、李姐；未填写时用姓名），{name} 姓名，{occasion} 日子，{person} 家人。</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>CallListPainter</name>
    <message>
        <source>%1 %2</source>
        <comment>a day heading: the weekday (%1) and the date (%2)</comment>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListPrint</name>
    <message>
        <source>Cannot start printing on this device.</source>
        <translation>无法在此设备上开始打印。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>联络清单</translation>
    </message>
    <message>
        <source>%n to contact</source>
        <translation>待联络 %n 位</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <source>Printed %1 by Guanxi</source>
        <translation>关系本打印于 %1</translation>
    </message>
    <message>
        <source>Nothing is due in these days.</source>
        <translation>这几天没有需要联络的事项。</translation>
    </message>
    <message>
        <source>No birthdays, festivals, family events or follow-ups fall in this range.</source>
        <translation>此期间没有生日、节日、家庭大事或跟进。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>Greeting: “%1”</source>
        <translation>问候语：“%1”</translation>
    </message>
    <message>
        <source>Gregorian %1</source>
        <translation>公历 %1</translation>
    </message>
    <message>
        <source>never recorded</source>
        <translation>从未记录</translation>
    </message>
</context>
<context>
    <name>CallListSettings</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Milestone birthday (60, 70, 80 …)</source>
        <translation>大寿（60、70、80 …）</translation>
    </message>
    <message>
        <source>A family member&apos;s birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Other festivals</source>
        <translation>其他节日</translation>
    </message>
    <message>
        <source>Full-month celebration (满月)</source>
        <translation>满月</translation>
    </message>
    <message>
        <source>Hundred-days celebration (百日)</source>
        <translation>百日</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>婚礼</translation>
    </message>
    <message>
        <source>Funeral (condolences)</source>
        <translation>白事（慰问）</translation>
    </message>
    <message>
        <source>Zhongkao (中考)</source>
        <translation>中考</translation>
    </message>
    <message>
        <source>Gaokao (高考)</source>
        <translation>高考</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>乔迁</translation>
    </message>
    <message>
        <source>Shop opening</source>
        <translation>开业</translation>
    </message>
    <message>
        <source>Special day (合作纪念日 …)</source>
        <translation>纪念日（合作纪念日 …）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Keep in touch after a long silence</source>
        <translation>久未联络，问候一下</translation>
    </message>
    <message>
        <source>Complaint fixed: report back</source>
        <translation>投诉已解决：回访告知</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Visit (拜访)</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送礼</translation>
    </message>
    <message>
        <source>Event or meal</source>
        <translation>活动或饭局</translation>
    </message>
    <message>
        <source>Care (关怀)</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Information (信息传递)</source>
        <translation>信息传递</translation>
    </message>
    <message>
        <source>Deal (交易推动)</source>
        <translation>交易推动</translation>
    </message>
    <message>
        <source>Service (服务提供)</source>
        <translation>服务提供</translation>
    </message>
    <message>
        <source>Intelligence (情报收集)</source>
        <translation>情报收集</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>情报</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Staff turnover (人员流动)</source>
        <translation>人员流动</translation>
    </message>
    <message>
        <source>Broken trust (丧失诚信)</source>
        <translation>丧失诚信</translation>
    </message>
    <message>
        <source>Chasing novelty (追求新奇)</source>
        <translation>追求新奇</translation>
    </message>
    <message>
        <source>Neglect (不闻不问)</source>
        <translation>不闻不问</translation>
    </message>
    <message>
        <source>Large clients favoured (管理不平衡)</source>
        <translation>管理不平衡（偏重大客户）</translation>
    </message>
    <message>
        <source>Natural loss (自然流失)</source>
        <translation>自然流失</translation>
    </message>
    <message>
        <source>Taken by a competitor (竞争对手)</source>
        <translation>被竞争对手抢走</translation>
    </message>
    <message>
        <source>Price (价格)</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Poor service (服务差)</source>
        <translation>服务差</translation>
    </message>
    <message>
        <source>Better product elsewhere (更好的产品)</source>
        <translation>别家产品更好</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>1. Find the real reason — understand</source>
        <translation>1. 找出真正原因（理解）</translation>
    </message>
    <message>
        <source>2. Make a plan — propose</source>
        <translation>2. 制定方案（提议）</translation>
    </message>
    <message>
        <source>3. Carry out the plan — respond</source>
        <translation>3. 执行方案（响应）</translation>
    </message>
    <message>
        <source>4. Review what worked</source>
        <translation>4. 总结成效</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Not won back</source>
        <translation>未挽回</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>挽回中</translation>
    </message>
</context>
<context>
    <name>CareSettingsPage</name>
    <message>
        <source>Keep in touch</source>
        <translation>保持联络</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按关系层级</translation>
    </message>
    <message>
        <source>Gift budget per gift</source>
        <translation>每份礼物预算</translation>
    </message>
    <message>
        <source>Contact at least every</source>
        <translation>至少每隔</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A tier set to “%1” has no set rhythm. Gifts stay small, simple, practical and meaningful.</source>
        <translation>设为“%1”的层级不设联络周期。礼物宜小、简单、实用、有心意。</translation>
    </message>
    <message>
        <source>Show an open &amp;complaint on Today after</source>
        <translation>投诉未解决多久后显示在今日(&amp;C)</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>A client is at &amp;risk from a score of</source>
        <translation>风险分达到多少视为有流失风险(&amp;R)</translation>
    </message>
    <message>
        <source>high risk from %1</source>
        <translation>%1 分起为高风险</translation>
    </message>
    <message>
        <source>The score (0–100) adds up the warning signs: no contact past the interval, open complaints, falling satisfaction and “the price is too high” within %1 days.</source>
        <translation>风险分（0–100）累计各项流失迹象：超过联络周期未联络、未解决的投诉、满意度下降、%1 天内说过“价格太高”。</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>记录联络…</translation>
    </message>
    <message>
        <source>Show file</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Proposals only: nothing changes until you accept.</source>
        <translation>仅为建议：您采纳之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>Win-back plan…</source>
        <translation>挽回计划…</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Tier suggestions</source>
        <translation>层级建议</translation>
    </message>
    <message>
        <source>Open feedback</source>
        <translation>待处理反馈</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 clients show warning signs (risk score %2 or more)</source>
        <translation>%1 位客户出现流失迹象（风险分 %2 及以上）</translation>
    </message>
    <message>
        <source>Lost clients (%1 open)</source>
        <translation>流失客户（%1 位待挽回）</translation>
    </message>
    <message>
        <source>%1 warm contacts over %2 days</source>
        <translation>%2 天内 %1 次暖心联络</translation>
    </message>
    <message>
        <source>no contact for %1 days</source>
        <translation>已 %1 天未联络</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Connected to the team book again</source>
        <translation>已重新连接团队客户本</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Personality and notes</source>
        <translation>性格与备注</translation>
    </message>
    <message>
        <source>Family and dates</source>
        <translation>家人与日子</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>How you address them, e.g. 王总, 李姐</source>
        <translation>您对客户的称呼，如 王总、李姐</translation>
    </message>
    <message>
        <source>Why the tier changed (kept in the history)</source>
        <translation>层级调整原因（记入历史）</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. VIP, wholesale</source>
        <translation>用逗号分隔，如 VIP、批发</translation>
    </message>
    <message>
        <source>How you met, e.g. trade fair, referral</source>
        <translation>如何认识，如 展会、转介绍</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>关系层级(&amp;T)</translation>
    </message>
    <message>
        <source>Tier change reason</source>
        <translation>层级调整原因</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Is a teacher (greet on Teachers&apos; Day)</source>
        <translation>是教师（教师节问候）</translation>
    </message>
    <message>
        <source>Family counts age the traditional way (虚岁) for 大寿</source>
        <translation>家里按虚岁过大寿</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Likes and preferences</source>
        <translation>爱好与喜好</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>支付习惯</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Family members&lt;/b&gt;</source>
        <translation>&lt;b&gt;家人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>添加家人</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important dates and family events&lt;/b&gt;</source>
        <translation>&lt;b&gt;重要日子与家庭大事&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>添加日子</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose a client on the left to see their file.</source>
        <translation>在左侧选择客户，查看其客户档案。</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>提醒…</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>归档于 %1</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>支付习惯</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>层级变化</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>初始层级：%1</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Log a contact with…</source>
        <translation>记录与谁的联络…</translation>
    </message>
    <message>
        <source>Name, pinyin (zs), company or phone</source>
        <translation>姓名、拼音（zs）、公司或电话</translation>
    </message>
</context>
<context>
    <name>ClientRelations</name>
    <message>
        <source>never contacted since being added %1 days ago</source>
        <translation>添加 %1 天来从未联络</translation>
    </message>
    <message>
        <source>never contacted since being added %1 days ago, past the %2-day interval</source>
        <translation>添加 %1 天来从未联络，已超过 %2 天的联络周期</translation>
    </message>
    <message>
        <source>no contact for %1 days</source>
        <translation>已 %1 天未联络</translation>
    </message>
    <message>
        <source>no contact for %1 days, past the %2-day interval</source>
        <translation>已 %1 天未联络，超过 %2 天的联络周期</translation>
    </message>
    <message>
        <source>an open complaint since %1</source>
        <translation>自 %1 起有未解决的投诉</translation>
    </message>
    <message>
        <source>(%1 open)</source>
        <translation>（共 %1 件未解决）</translation>
    </message>
    <message>
        <source>satisfaction fell from %1 to %2</source>
        <translation>满意度从 %1 降到 %2</translation>
    </message>
    <message>
        <source>said the price is too high</source>
        <translation>曾说价格太高</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation>%1 流失：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>no set interval</source>
        <translation>未设联络周期</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <source>(this client&apos;s own)</source>
        <translation>（此客户专属）</translation>
    </message>
    <message>
        <source>never contacted · added %1 days ago</source>
        <translation>从未联络 · %1 天前添加</translation>
    </message>
    <message>
        <source>%1 days since the last contact</source>
        <translation>距上次联络 %1 天</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>保持联络</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>given %1 (¥%2) · received %3 (¥%4)</source>
        <translation>送出 %1 次（¥%2）· 收到 %3 次（¥%4）</translation>
    </message>
    <message>
        <source>Favours (人情往来)</source>
        <translation>人情往来</translation>
    </message>
    <message>
        <source>Gift ideas</source>
        <translation>送礼备选</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>and %1 older entries</source>
        <translation>以及更早的 %1 条记录</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>price too high</source>
        <translation>嫌价格太高</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联络</translation>
    </message>
    <message>
        <source>Gift given</source>
        <translation>送出礼物</translation>
    </message>
    <message>
        <source>Gift received</source>
        <translation>收到礼物</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>初始层级：%1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>日子</translation>
    </message>
</context>
<context>
    <name>ClientRemindersDialog</name>
    <message>
        <source>Reminders for %1</source>
        <translation>%1 的提醒</translation>
    </message>
    <message>
        <source>Days before the occasion, separated by commas (0 is the day itself). Leave empty to use Settings.</source>
        <translation>提前天数，用逗号分隔（0 表示当天）。留空则按设置。</translation>
    </message>
    <message>
        <source>no reminder (as in Settings)</source>
        <translation>不提醒（按设置）</translation>
    </message>
    <message>
        <source>%1 (as in Settings)</source>
        <translation>%1（按设置）</translation>
    </message>
    <message>
        <source>%1: not understood. Write days before, from 0 to %2, e.g. &quot;7, 0&quot;, or &quot;%3&quot;; leave empty to follow Settings.</source>
        <translation>%1：无法识别。请填写 0 到 %2 之间的提前天数，如“7, 0”，或“%3”；留空则按设置。</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Next occasion</source>
        <translation>下个日子</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Search by name, pinyin (zs, zhangsan), company, phone digits or tag</source>
        <translation>按姓名、拼音（zs、zhangsan）、公司、电话号码或标签搜索</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Move %1 to %2. Why? (kept in the history)</source>
        <translation>将 %1 调整为%2。原因？（记入历史）</translation>
    </message>
    <message>
        <source>Move %1 clients (%2) to %3. Why? (kept in the history)</source>
        <translation>将 %1 位客户（%2）调整为%3。原因？（记入历史）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show archived clients instead of the list</source>
        <translation>显示已归档客户</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>%1 of %2 archived clients</source>
        <translation>%1 / %2 位已归档客户</translation>
    </message>
    <message>
        <source>No client matches “%3”: Ctrl+N adds one with it filled in.</source>
        <translation>没有与“%3”相符的客户：按 Ctrl+N 新建，并自动填入。</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 位客户</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>调整关系层级</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n client(s)</source>
        <translation>
            <numerusform>归档 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n client(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已归档 %n 位客户。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n archived client(s) and their whole history for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除 %n 位已归档客户及其全部历史记录？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置关系层级</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Tier pyramid against the target shape</source>
        <translation>关系层级金字塔与目标结构</translation>
    </message>
    <message>
        <source>Churn rate by month (%)</source>
        <translation>每月流失率（%）</translation>
    </message>
    <message>
        <source>Contacts per week by purpose</source>
        <translation>每周联络次数（按目的）</translation>
    </message>
    <message>
        <source>Overdue care by tier</source>
        <translation>各层级逾期关怀</translation>
    </message>
    <message>
        <source>Open complaints by age (days)</source>
        <translation>未解决投诉（按天数）</translation>
    </message>
    <message>
        <source>Why clients were lost</source>
        <translation>客户流失原因</translation>
    </message>
    <message>
        <source>Clients per salesperson</source>
        <translation>各销售员的客户</translation>
    </message>
    <message>
        <source>Keeping a client costs 5–10 times less than winning a new one; most companies lose 10–40% of their clients a year.</source>
        <translation>维护一位老客户的成本只有开发新客户的 1/10 到 1/5；多数公司每年流失 10%–40% 的客户。</translation>
    </message>
    <message>
        <source>%1 active clients · %2 at risk · %3 lost · churn this month %4 · won back %5</source>
        <translation>活跃客户 %1 · 流失风险 %2 · 已流失 %3 · 本月流失率 %4 · 已挽回 %5</translation>
    </message>
    <message>
        <source>At risk: a churn-risk score of %1 or more (Settings &gt; Keep in touch)</source>
        <translation>流失风险：风险分 %1 及以上（设置 &gt; 保持联络）</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>目标结构</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>期初活跃</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Past their interval</source>
        <translation>超过联络周期</translation>
    </message>
    <message>
        <source>Clients past their interval</source>
        <translation>超过联络周期的客户</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未解决投诉</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已过天数</translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Custom date</source>
        <translation>自定义日子</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>婚礼</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation>白事</translation>
    </message>
    <message>
        <source>Baby&apos;s full month</source>
        <translation>宝宝满月</translation>
    </message>
    <message>
        <source>Baby&apos;s hundred days</source>
        <translation>宝宝百日</translation>
    </message>
    <message>
        <source>Zhongkao (senior-high entrance exam)</source>
        <translation>中考</translation>
    </message>
    <message>
        <source>Gaokao (college entrance exam)</source>
        <translation>高考</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>乔迁</translation>
    </message>
    <message>
        <source>Shop or company opening</source>
        <translation>开业</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Whose (if not the client&apos;s)</source>
        <translation>谁的（如非客户本人）</translation>
    </message>
    <message>
        <source>Label, e.g. First deal anniversary</source>
        <translation>名称，如 合作纪念日</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>From birth date…</source>
        <translation>按出生日期…</translation>
    </message>
    <message>
        <source>Work out the day from the baby&apos;s birth date</source>
        <translation>根据宝宝出生日期推算日子</translation>
    </message>
    <message>
        <source>Date %1: kind</source>
        <translation>日子%1：类型</translation>
    </message>
    <message>
        <source>Date %1: label</source>
        <translation>日子%1：名称</translation>
    </message>
    <message>
        <source>Date %1: whose day</source>
        <translation>日子%1：谁的日子</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>日子%1</translation>
    </message>
</context>
<context>
    <name>DateSpecEdit</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <source>Leave at “year unknown” when you know only the day</source>
        <translation>只知道月日时，选“年份不详”即可</translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>闰月: the birthday falls in a leap month</source>
        <translation>闰月：生日在闰月</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1：历法</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1：年份</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1：月份</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1：日</translation>
    </message>
    <message>
        <source>%1: leap month</source>
        <translation>%1：闰月</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃更改吗？</translation>
    </message>
    <message>
        <source>What you entered here has not been saved.</source>
        <translation>此处输入的内容尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk holding the book is full; nothing more was saved. Free some space and try again.</source>
        <translation>存放客户本的磁盘已满，这次的内容没有保存。请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>The book is read-only: Guanxi cannot save to it.</source>
        <translation>客户本是只读的，无法往里保存。</translation>
    </message>
    <message>
        <source>Another program is using the book; try again in a moment.</source>
        <translation>另一个程序正在使用这个客户本，请稍后再试。</translation>
    </message>
    <message>
        <source>The book is damaged.</source>
        <translation>客户本文件已损坏。</translation>
    </message>
    <message>
        <source>Cannot reach the team book&apos;s server; Guanxi tries again when it is back.</source>
        <translation>连不上团队客户本的服务器；服务器恢复后会自动重连。</translation>
    </message>
    <message>
        <source>The book cannot be opened.</source>
        <translation>无法打开客户本。</translation>
    </message>
    <message>
        <source>The team book does not allow this.</source>
        <translation>团队客户本不允许这样操作。</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it.</source>
        <translation>在您打开之后，别人已经保存过这位客户。</translation>
    </message>
    <message>
        <source>The file cannot be used.</source>
        <translation>这个文件无法使用。</translation>
    </message>
    <message>
        <source>It is no longer in the book (deleted meanwhile?).</source>
        <translation>客户本里已经没有这一项（可能刚被删除）。</translation>
    </message>
    <message>
        <source>Several clients have that name.</source>
        <translation>有好几位客户叫这个名字。</translation>
    </message>
    <message>
        <source>A value cannot be used.</source>
        <translation>有一项内容无法使用。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>关系本</translation>
    </message>
    <message>
        <source>Something went wrong inside Guanxi. Your book is safe; the details below help us fix it.</source>
        <translation>关系本内部出错了。您的客户本安然无恙；以下详细信息可帮助我们修复问题。</translation>
    </message>
    <message>
        <source>The call list cannot be written.</source>
        <translation>无法写出联络清单。</translation>
    </message>
</context>
<context>
    <name>FamilyRow</name>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Notes, e.g. gaokao 2027</source>
        <translation>备注，如 2027 年高考</translation>
    </message>
    <message>
        <source>Family member %1: relation</source>
        <translation>家人%1：关系</translation>
    </message>
    <message>
        <source>Family member %1: name</source>
        <translation>家人%1：姓名</translation>
    </message>
    <message>
        <source>Family member %1: notes</source>
        <translation>家人%1：备注</translation>
    </message>
    <message>
        <source>Family member %1&apos;s birthday</source>
        <translation>家人%1的生日</translation>
    </message>
</context>
<context>
    <name>FestivalsPage</name>
    <message>
        <source>%1 (south: %2)</source>
        <translation>%1（南方：%2）</translation>
    </message>
    <message>
        <source>last day of the lunar year (29th or 30th)</source>
        <translation>农历年最后一天（二十九或三十）</translation>
    </message>
    <message>
        <source>solar term %1</source>
        <translation>节气 %1</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Greet clients on the festivals you keep, for the tiers you choose. The calendar and the agenda count them for you.</source>
        <translation>在您选定的节日，向所选层级的客户问候。日历和日程会自动统计。</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tier&apos;s check box in a festival&apos;s row: %1 the festival, %2 the tier</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a day of remembrance: no greetings</source>
        <translation>纪念缅怀之日：不发问候</translation>
    </message>
    <message>
        <source>North: 12th month, 23rd (腊月二十三)</source>
        <translation>北方：腊月二十三</translation>
    </message>
    <message>
        <source>South: 12th month, 24th (腊月二十四)</source>
        <translation>南方：腊月二十四</translation>
    </message>
    <message>
        <source>Used when you add a zhongkao date: the exam day in your city</source>
        <translation>添加中考日子时使用：您所在城市的中考日期</translation>
    </message>
    <message>
        <source>Restore default festivals</source>
        <translation>恢复默认节日设置</translation>
    </message>
    <message>
        <source>Put back the festivals, tiers, Little New Year and zhongkao day that Guanxi starts with. Nothing is saved until you press OK.</source>
        <translation>恢复关系本初始的节日、关系层级、小年和中考日期设置。点击“确定”后才会保存。</translation>
    </message>
    <message>
        <source>Little New Year (小年)</source>
        <translation>小年</translation>
    </message>
    <message>
        <source>Zhongkao day in your city</source>
        <translation>本市中考日期</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Dates are written the way the chosen language writes them.</source>
        <translation>日期按所选语言的习惯显示。</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Gift or favour</source>
        <translation>礼物与人情往来</translation>
    </message>
    <message>
        <source>Given to the client</source>
        <translation>送给客户</translation>
    </message>
    <message>
        <source>Received from the client</source>
        <translation>收到客户</translation>
    </message>
    <message>
        <source>An idea for later</source>
        <translation>备选想法</translation>
    </message>
    <message>
        <source>e.g. Mid-Autumn, daughter&apos;s gaokao, shop opening</source>
        <translation>如 中秋、女儿高考、开业</translation>
    </message>
    <message>
        <source>e.g. a pot of orchids, a box of tea</source>
        <translation>如 一盆兰花、一盒茶叶</translation>
    </message>
    <message>
        <source>Small, simple, practical and meaningful: gifts must not be expensive.</source>
        <translation>小而简单、实用且有心意：礼物一定不要太贵重。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>场合(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>花费(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>This is ¥%1 over the ¥%2 budget for the client&apos;s tier.</source>
        <translation>超出该客户关系层级 ¥%2 预算 ¥%1。</translation>
    </message>
    <message>
        <source>The same item was given on %1.</source>
        <translation>%1 已送过同样的礼物。</translation>
    </message>
    <message>
        <source>Save this gift?</source>
        <translation>保存这份礼物？</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>仍然保存吗？</translation>
    </message>
</context>
<context>
    <name>GiftIdeas</name>
    <message>
        <source>Remove gift idea “%1”</source>
        <translation>删除送礼备选“%1”</translation>
    </message>
    <message>
        <source>Give it…</source>
        <translation>送出…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removed the gift idea “%1”. Ctrl+Z puts it back.</source>
        <translation>已删除送礼备选“%1”。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthday (lunar)</source>
        <translation>生日（农历）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>支付习惯</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>名片 %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Columns %1 (“%2”) and %3 (“%4”) both hold %5: set one of them to “not imported”.</source>
        <translation>第 %1 列（“%2”）和第 %3 列（“%4”）都对应%5：请把其中一列设为“不导入”。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Cancelled; the book is as it was.</source>
        <translation>已取消；客户本未做任何更改。</translation>
    </message>
</context>
<context>
    <name>LeadTimesModel</name>
    <message>
        <source>Occasion</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <source>Not understood: write days before, e.g. &quot;7, 0&quot;, or &quot;%1&quot;; leave empty for none.</source>
        <translation>无法识别：请填写提前天数，如“7, 0”或“%1”；留空表示不提醒。</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <source>What was said or done; needs, news, changes at the client…</source>
        <translation>聊了什么、做了什么；客户的需求、消息、变化…</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>2 — unhappy</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <source>1 — very unhappy</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>Said the &amp;price is too high</source>
        <translation>嫌价格太高(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>方式(&amp;C)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>已记录联络</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guanxi — relationship notebook</source>
        <translation>关系本 — 客户关系笔记</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>正在打开客户本…</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>示例客户本</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客户本</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>打开示例客户本(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;my book</source>
        <translation>打开我的客户本(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>Set tier submenu: %1 the digit of its Ctrl+Alt+digit shortcut, %2 the tier</comment>
        <translation>%2(&amp;%1)</translation>
    </message>
    <message>
        <source>Rest&amp;ore from archive</source>
        <translation>从归档恢复(&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>日历(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>No client is chosen: choose one in the list first.</source>
        <translation>尚未选择客户：请先在列表中选择一位。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;tier</source>
        <translation>设置关系层级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;archive</source>
        <translation>显示归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>关于关系本(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>关于关系本</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi 关系本&lt;/h3&gt;&lt;p&gt;A relationship notebook for salespeople: remember every date, remind in time, record every touch.&lt;/p&gt;&lt;p&gt;Book: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;关系本 Guanxi&lt;/h3&gt;&lt;p&gt;业务员的客户关系笔记：记住每个日子，及时提醒，记录每次联络。&lt;/p&gt;&lt;p&gt;客户本：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Churn &amp;watch</source>
        <translation>流失预警(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>记录联络(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MarkLostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>标记为流失</translation>
    </message>
    <message>
        <source>The other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>A lost client leaves the client list, the agenda and Today, but stays in the book.</source>
        <translation>流失客户不再出现在客户列表、日程和今日中，但仍保留在客户本里。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lost &amp;on</source>
        <translation>流失日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>NewFeedbackDialog</name>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Listen, and write down what the client said</source>
        <translation>认真倾听，记下客户的原话</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>客户原话(&amp;W)</translation>
    </message>
</context>
<context>
    <name>OccasionCalendar</name>
    <message numerus="yes">
        <source>%n client occasion(s)</source>
        <translation>
            <numerusform>%n 个客户重要日子</numerusform>
        </translation>
    </message>
    <message>
        <source>no client occasions</source>
        <translation>无客户重要日子</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a day read out by a screen reader</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>OccasionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A day of remembrance, not of greetings</source>
        <translation>纪念缅怀之日，不宜问候</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Phone %1: number</source>
        <translation>电话%1：号码</translation>
    </message>
    <message>
        <source>Phone %1: type</source>
        <translation>电话%1：类型</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A client needs a name.</source>
        <translation>客户需要有姓名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: 3 to 20 digits, and only + - ( ) and spaces besides.</source>
        <translation>“%1”不是电话号码：应有 3 到 20 位数字，除数字外只能有 + - ( ) 和空格。</translation>
    </message>
    <message>
        <source>The tag “%1…” is longer than 50 characters.</source>
        <translation>标签“%1…”超过了 50 个字。</translation>
    </message>
    <message>
        <source>Each family member needs a relation or a name.</source>
        <translation>每位家庭成员都要填关系或姓名。</translation>
    </message>
    <message>
        <source>A custom date needs a label, e.g. 合作纪念日.</source>
        <translation>自定义日子需要一个名称，例如“合作纪念日”。</translation>
    </message>
    <message>
        <source>A date that happens once needs its year.</source>
        <translation>只发生一次的日子需要填年份。</translation>
    </message>
    <message>
        <source>The year %1 is out of range (1800-2200).</source>
        <translation>年份 %1 超出范围（1800-2200）。</translation>
    </message>
    <message>
        <source>%1 is not a leap year: February has 28 days.</source>
        <translation>%1 年不是闰年，二月只有 28 天。</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month %2.</source>
        <translation>农历 %1 年没有闰%2月。</translation>
    </message>
    <message>
        <source>In the lunar year %1, month %2 has only %3 days.</source>
        <translation>农历 %1 年的%2月只有 %3 天。</translation>
    </message>
    <message>
        <source>Month %1 has %2 days, not %3.</source>
        <translation>%1月只有 %2 天，没有 %3 日。</translation>
    </message>
    <message>
        <source>A lunar month has 29 or 30 days, not %1.</source>
        <translation>农历一个月只有 29 或 30 天，没有 %1 日。</translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>没有 %1 月：月份是 1 到 12。</translation>
    </message>
    <message>
        <source>Only a lunar date can be in a leap month (闰月).</source>
        <translation>只有农历日期才有闰月。</translation>
    </message>
    <message>
        <source>The lunar calendar here covers %2 to %3, not the year %1.</source>
        <translation>这里的农历只涵盖 %2 年到 %3 年，不包括 %1 年。</translation>
    </message>
    <message>
        <source>“%1” is not a relationship tier: use 过客, 熟人, 朋友 or 知己 (or the English names).</source>
        <translation>“%1”不是关系层级：请用 过客、熟人、朋友 或 知己（英文名称也可以）。</translation>
    </message>
    <message>
        <source>The birthday “%1” cannot be read: write e.g. 1985-03-12, 03-12, 农历八月十五 or 农历1990年四月初八.</source>
        <translation>生日“%1”无法识别：请写成 1985-03-12、03-12、农历八月十五 或 农历1990年四月初八 这样。</translation>
    </message>
    <message>
        <source>“%1” is not a gender: use 男 or 女 (M or F).</source>
        <translation>“%1”不是性别：请用 男 或 女（M 或 F）。</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not 男 or 女.</source>
        <translation>第 %1 条：“%2”不是 男 或 女。</translation>
    </message>
    <message>
        <source>Entry %1: the date is missing.</source>
        <translation>第 %1 条：缺少日期。</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not a kind of date; use one of %3.</source>
        <translation>第 %1 条：“%2”不是日子的类别，请用 %3 之一。</translation>
    </message>
    <message>
        <source>Entry %1: write 每年 or 一次, not “%2”.</source>
        <translation>第 %1 条：请写 每年 或 一次，而不是“%2”。</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not a day that exists, or not written as e.g. 2009-09-22 or 农历八月十五.</source>
        <translation>第 %1 条：“%2”不是存在的日子，或写法无法识别（例如 2009-09-22、农历八月十五）。</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1: map only one.</source>
        <translation>有两列都对应到了 %1：只能对应一列。</translation>
    </message>
    <message>
        <source>No column is mapped to the name (姓名).</source>
        <translation>没有一列对应到姓名。</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Done: log the contact</source>
        <translation>完成：记录联络</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送礼</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>吃饭</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Wife</source>
        <translation>妻子</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>丈夫</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>兄弟</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>姐妹</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
</context>
<context>
    <name>RelationsBar</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联络(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Gift…</source>
        <translation>礼物(&amp;G)…</translation>
    </message>
    <message>
        <source>Feed&amp;back…</source>
        <translation>意见反馈(&amp;B)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Keep-in-touch interval…</source>
        <translation>联络周期…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>标记为流失…</translation>
    </message>
    <message>
        <source>Win-back plan…</source>
        <translation>挽回计划…</translation>
    </message>
    <message>
        <source>Gift ideas</source>
        <translation>送礼备选</translation>
    </message>
    <message>
        <source>Keep-in-touch interval</source>
        <translation>联络周期</translation>
    </message>
    <message>
        <source>Days between contacts for this client (0: use the tier&apos;s interval):</source>
        <translation>该客户的联络间隔天数（0：按关系层级的周期）：</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Could not check reminders: %1</source>
        <translation>无法检查提醒：%1</translation>
    </message>
</context>
<context>
    <name>ReminderHookup</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the reminder popup</source>
        <translation>转到提醒弹窗</translation>
    </message>
    <message>
        <source>Guanxi keeps running</source>
        <translation>关系本仍在运行</translation>
    </message>
    <message>
        <source>Guanxi is still running in the tray, so reminders arrive on time. Use Quit in the tray menu or the File menu to stop it; Settings &gt; Reminders turns this off.</source>
        <translation>关系本仍在托盘中运行，以便按时提醒。要退出，请使用托盘菜单或“文件”菜单中的“退出”；可在“设置 &gt; 提醒”中关闭此功能。</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Guanxi reminders</source>
        <translation>关系本提醒</translation>
    </message>
    <message>
        <source>Time to get in touch. Double-click one to open the client; %1 in the main window brings you here.</source>
        <translation>该联系客户了。双击一条提醒即可打开客户；在主窗口按 %1 可回到这里。</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>查看今日</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Closing the window keeps Guanxi running in the tray</source>
        <translation>关闭窗口后关系本继续在托盘中运行</translation>
    </message>
    <message>
        <source>Start Guanxi when I log in</source>
        <translation>登录时启动关系本</translation>
    </message>
    <message>
        <source>Days before: 0 is the day itself; several days separated by commas; &quot;%1&quot; announces a wedding or funeral as soon as it is in the book. Leave empty for no reminder. Actions follow the days, separated by &quot; / &quot;.</source>
        <translation>提前天数：0 表示当天；多个天数用逗号分隔；“%1”（也可写 asap）表示婚礼或白事一录入就立即提醒。留空表示不提醒。建议行动与天数一一对应，用“ / ”分隔。</translation>
    </message>
    <message>
        <source>Reminders appear at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Days before not understood: %1</source>
        <translation>无法识别的提前天数：%1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Guanxi</source>
        <translation>打开关系本</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Guanxi: %1 due</source>
        <translation>关系本：%1 条待办</translation>
    </message>
    <message>
        <source>Guanxi: nothing due</source>
        <translation>关系本：暂无待办</translation>
    </message>
    <message>
        <source>Time to care: %1</source>
        <translation>该关怀客户了：%1</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation>%1 条提醒</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 还有 %1 条</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>删除第 %1 行</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Please fix this first; nothing was saved:
%1</source>
        <translation>请先改正以下内容，什么都还没有保存：
%1</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>稍后提醒至</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot copy {source}: {reason}</source>
        <translation>无法复制 {source}：{reason}</translation>
    </message>
    <message>
        <source>only a book kept in a file can be backed up to a file; use the server&apos;s own backups</source>
        <translation>只有存放在文件里的客户本才能备份到文件；服务器上的客户本请用服务器自己的备份</translation>
    </message>
    <message>
        <source>cannot write the backup to {target}: {reason}</source>
        <translation>无法把备份写入 {target}：{reason}</translation>
    </message>
    <message>
        <source>there is no backup file {source}</source>
        <translation>没有备份文件 {source}</translation>
    </message>
    <message>
        <source>{name} is not a Guanxi book (it has no schema version)</source>
        <translation>{name} 不是关系本的客户本（里面没有结构版本）</translation>
    </message>
    <message>
        <source>{name} cannot be restored: it has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</source>
        <translation>{name} 无法恢复：它的结构版本是 {revision}，这个版本的关系本不认识；它可能是由更新的版本写的</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} 无法恢复：{problem}</translation>
    </message>
    <message>
        <source>{name} is not a Guanxi book (it has no client table)</source>
        <translation>{name} 不是关系本的客户本（里面没有客户表）</translation>
    </message>
    <message>
        <source>{path} is not a Guanxi book (it is another program&apos;s database); it was left untouched</source>
        <translation>{path} 不是关系本的客户本（它是其他程序的数据库）；未作任何改动</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}) and could not be set aside ({reason}); move it elsewhere, then restore a backup</source>
        <translation>客户本 {path} 已损坏（{problem}），且无法移到一旁（{reason}）；请先把它移走，再恢复备份</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}); it was set aside as {aside}; there is no backup to restore; a new empty book will be started</source>
        <translation>客户本 {path} 已损坏（{problem}）；已另存为 {aside}；没有可恢复的备份，将新建一本空的客户本</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}); it was set aside as {aside}; the newest good backup is {backup} of {taken} with {clients} clients; restore it with: guanxi restore {backup}</source>
        <translation>客户本 {path} 已损坏（{problem}）；已另存为 {aside}；最新的完好备份是 {backup}（{taken}，{clients} 位客户）；恢复命令：guanxi restore {backup}</translation>
    </message>
    <message>
        <source>that file is the book itself; choose a backup copy</source>
        <translation>这个文件就是客户本本身；请选择一份备份</translation>
    </message>
    <message>
        <source>cannot replace {path}: {reason}</source>
        <translation>无法替换 {path}：{reason}</translation>
    </message>
    <message>
        <source>the interval is from 1 to 3650 days</source>
        <translation>间隔须在 1 到 3650 天之间</translation>
    </message>
    <message>
        <source>there is no client #{client_id}</source>
        <translation>没有编号为 #{client_id} 的客户</translation>
    </message>
    <message>
        <source>the client was changed elsewhere while saving; reopen it and try again</source>
        <translation>保存时这位客户已在别处被修改；请重新打开后再试</translation>
    </message>
    <message>
        <source>archive {names} before deleting for good</source>
        <translation>请先将 {names} 归档，再永久删除</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>无法按 {sort} 排序</translation>
    </message>
    <message>
        <source>no client matches “{reference}”</source>
        <translation>没有与“{reference}”匹配的客户</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>wechat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>payment habits</source>
        <translation>支付习惯</translation>
    </message>
    <message>
        <source>health notes</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>nominal age</source>
        <translation>虚岁</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>important dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <source>{field} (you changed it too)</source>
        <translation>{field}（您也改了）</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it (changed: {fields}); your save was refused so nothing is overwritten: reopen the client and make your edits again</source>
        <translation>您打开 {name} 之后，有人修改了这位客户（改动：{fields}）；为免覆盖他人的修改，您的保存未执行：请重新打开该客户，再做一遍您的修改</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it; your save was refused so nothing is overwritten: reopen the client and make your edits again</source>
        <translation>您打开 {name} 之后，有人修改了这位客户；为免覆盖他人的修改，您的保存未执行：请重新打开该客户，再做一遍您的修改</translation>
    </message>
    <message>
        <source>the target is the book being copied</source>
        <translation>目标就是正在复制的这本客户本</translation>
    </message>
    <message>
        <source>the book at {book} has no table {tables}; it is an older schema</source>
        <translation>{book} 的客户本没有表 {tables}；它的结构是旧版本的</translation>
    </message>
    <message>
        <source>the book at {book} has no client table</source>
        <translation>{book} 的客户本没有客户表</translation>
    </message>
    <message>
        <source>the book at {book} already has {count} clients; copy only into an empty book</source>
        <translation>{book} 的客户本已经有 {count} 位客户；只能复制到空的客户本</translation>
    </message>
    <message>
        <source>the target&apos;s {table} table has no column {columns}</source>
        <translation>目标的 {table} 表没有列 {columns}</translation>
    </message>
    <message>
        <source>not a database URL or file path: {target}</source>
        <translation>既不是数据库地址，也不是文件路径：{target}</translation>
    </message>
    <message>
        <source>cannot use the database URL {url}: {reason}</source>
        <translation>无法使用数据库地址 {url}：{reason}</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold a book; give a file path</source>
        <translation>内存数据库存不了客户本；请给出文件路径</translation>
    </message>
    <message>
        <source>{path} is a folder, not a book file</source>
        <translation>{path} 是文件夹，不是客户本文件</translation>
    </message>
    <message>
        <source>{path} is not a Guanxi book (not a SQLite database)</source>
        <translation>{path} 不是关系本的客户本（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>no permission to open {path}</source>
        <translation>没有权限打开 {path}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot open the book {book}: {reason}</source>
        <translation>无法打开客户本 {book}：{reason}</translation>
    </message>
    <message>
        <source>cannot open the book {book}: its file name is too long for the working files kept beside it; give it a name of at most {limit} bytes</source>
        <translation>无法打开客户本 {book}：文件名太长，放不下旁边的工作文件；请把文件名改短到 {limit} 字节以内</translation>
    </message>
    <message>
        <source>cannot open the book {book}: its folder {folder} is read-only (Guanxi writes its working files next to the book); copy the book to a folder you can write to</source>
        <translation>无法打开客户本 {book}：所在文件夹 {folder} 是只读的（关系本要在客户本旁边写工作文件）；请把客户本复制到可写的文件夹</translation>
    </message>
    <message>
        <source>the book {book} is in use by another program; try again in a moment</source>
        <translation>客户本 {book} 正被另一个程序使用；请稍后再试</translation>
    </message>
    <message>
        <source>the book {book} is damaged ({reason})</source>
        <translation>客户本 {book} 已损坏（{reason}）</translation>
    </message>
    <message>
        <source>the disk holding {book} is full; nothing more was saved. Free some space and try again</source>
        <translation>存放 {book} 的磁盘已满，刚才的内容没有保存。请腾出一些空间再试</translation>
    </message>
    <message>
        <source>the book {book} is read-only</source>
        <translation>客户本 {book} 是只读的</translation>
    </message>
    <message>
        <source>cannot read or write the book {book} (a disk I/O error); check the disk and try again</source>
        <translation>无法读写客户本 {book}（磁盘读写错误）；请检查磁盘后再试</translation>
    </message>
    <message>
        <source>cannot export to “{name}”: use a .csv, .xlsx, .vcf or .ics file name</source>
        <translation>无法导出到“{name}”：文件名请以 .csv、.xlsx、.vcf 或 .ics 结尾</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <source>unknown kind of feedback {kind}</source>
        <translation>未知的反馈类型 {kind}</translation>
    </message>
    <message>
        <source>write down what the client said</source>
        <translation>请记下客户说了什么</translation>
    </message>
    <message>
        <source>unknown step {status}: use {statuses}</source>
        <translation>未知的处理步骤 {status}：请使用 {statuses}</translation>
    </message>
    <message>
        <source>there is no feedback #{feedback_id}</source>
        <translation>没有编号为 #{feedback_id} 的反馈</translation>
    </message>
    <message>
        <source>this feedback is already closed: it was reported back to the client</source>
        <translation>这条反馈已经结束：已向客户回复处理结果</translation>
    </message>
    <message>
        <source>the next step of this feedback is {wanted}, not {status}</source>
        <translation>这条反馈的下一步是 {wanted}，而不是 {status}</translation>
    </message>
    <message>
        <source>note how the fix was reported back to the client</source>
        <translation>请注明如何向客户回复了处理结果</translation>
    </message>
    <message>
        <source>unknown gift direction {direction}</source>
        <translation>未知的礼物方向 {direction}</translation>
    </message>
    <message>
        <source>say what the gift is</source>
        <translation>请填写礼物是什么</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>that gift idea is no longer in the book</source>
        <translation>这个礼物点子已不在客户本中</translation>
    </message>
    <message>
        <source>cannot import {name}: use a .csv, .xlsx or .vcf file</source>
        <translation>无法导入 {name}：请使用 .csv、.xlsx 或 .vcf 文件</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{name} is too big to import ({size} MB; the limit is 200 MB)</source>
        <translation>{name} 太大，无法导入（{size} MB；上限为 200 MB）</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>没有文件 {path}</translation>
    </message>
    <message>
        <source>no permission to read {path}</source>
        <translation>没有权限读取 {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data)</source>
        <translation>{name} 不是文本文件（里面是二进制数据）</translation>
    </message>
    <message>
        <source>{name} is not text in UTF-8 or GBK/GB18030; save it again as CSV UTF-8</source>
        <translation>{name} 既不是 UTF-8 也不是 GBK/GB18030 编码的文本；请重新另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: a cell is longer than {limit} characters)</source>
        <translation>{name} 不是可读的 CSV 文件（第 {row} 行：有单元格超过 {limit} 个字符）</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: it ends inside a quoted cell; is it cut short?)</source>
        <translation>{name} 不是可读的 CSV 文件（第 {row} 行：文件在带引号的单元格中间结束；是否不完整？）</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: {reason})</source>
        <translation>{name} 不是可读的 CSV 文件（第 {row} 行：{reason}）</translation>
    </message>
    <message>
        <source>{name} is not an Excel .xlsx file</source>
        <translation>{name} 不是 Excel .xlsx 文件</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel .xlsx file ({reason})</source>
        <translation>{name} 不是可读的 Excel .xlsx 文件（{reason}）</translation>
    </message>
    <message>
        <source>{name} holds no rows to import</source>
        <translation>{name} 里没有可导入的行</translation>
    </message>
    <message>
        <source>{name}: the first row does not look like a header row: “{cell}” is {kind}, not a column name. Add a first row of column names such as 姓名,电话,生日</source>
        <translation>{name}：第一行不像标题行：“{cell}”是{kind}，不是列名。请在最上面加一行列名，例如 姓名,电话,生日</translation>
    </message>
    <message>
        <source>{name}: the first row does not look like a header row: “{cell}” is not a column name. Add a first row of column names such as 姓名,电话,生日</source>
        <translation>{name}：第一行不像标题行：“{cell}”不是列名。请在最上面加一行列名，例如 姓名,电话,生日</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <source>on duplicate: use skip, update or add, not “{choice}”</source>
        <translation>遇到重复时：请用 skip（跳过）、update（更新）或 add（新增），而不是“{choice}”</translation>
    </message>
    <message>
        <source>unknown purpose {purpose}: use {purposes}</source>
        <translation>未知的联络目的 {purpose}：请使用 {purposes}</translation>
    </message>
    <message>
        <source>the contact time {at} is before {year}: check the year</source>
        <translation>联络时间 {at} 早于 {year} 年：请检查年份</translation>
    </message>
    <message>
        <source>the contact time {at} is in the future: log a contact once it has happened</source>
        <translation>联络时间 {at} 还没到：请在联络之后再记录</translation>
    </message>
    <message>
        <source>unknown channel {channel}: use {channels}</source>
        <translation>未知的联络方式 {channel}：请使用 {channels}</translation>
    </message>
    <message>
        <source>choose at least one purpose of the contact</source>
        <translation>请至少选择一个联络目的</translation>
    </message>
    <message>
        <source>satisfaction is from 1 to 5</source>
        <translation>满意度须在 1 到 5 之间</translation>
    </message>
    <message>
        <source>the next follow-up {day} is past {last}, the last day the calendar knows</source>
        <translation>下次跟进日期 {day} 晚于日历所知的最后一天 {last}</translation>
    </message>
    <message>
        <source>the next follow-up cannot be before the contact</source>
        <translation>下次跟进不能早于本次联络</translation>
    </message>
    <message>
        <source>the book {book} has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</source>
        <translation>客户本 {book} 的结构版本是 {revision}，这个版本的关系本不认识；它可能是由更新的版本写的</translation>
    </message>
    <message>
        <source>the book {book} has {count} broken references after its upgrade; it was left as it was</source>
        <translation>客户本 {book} 升级后有 {count} 处引用损坏；它已保持原样</translation>
    </message>
    <message>
        <source>unknown occasion: {occasion}</source>
        <translation>未知的提醒场合：{occasion}</translation>
    </message>
    <message>
        <source>no client with id {client_id}</source>
        <translation>没有编号为 {client_id} 的客户</translation>
    </message>
    <message>
        <source>choose a day after today to snooze to</source>
        <translation>请选择今天以后的日期作为稍后提醒的日子</translation>
    </message>
    <message>
        <source>the team book does not allow this: {detail}</source>
        <translation>团队客户本不允许此操作：{detail}</translation>
    </message>
    <message>
        <source>lost the connection to the team book at {host}; retrying</source>
        <translation>与 {host} 上的团队客户本失去连接，正在重试</translation>
    </message>
    <message>
        <source>the team book at {host} refused the login: {reason}</source>
        <translation>{host} 上的团队客户本拒绝了登录：{reason}</translation>
    </message>
    <message>
        <source>the team book at {host} is not there: {reason}</source>
        <translation>{host} 上没有这个团队客户本：{reason}</translation>
    </message>
    <message>
        <source>cannot reach the team book at {host}; is the server running? ({reason})</source>
        <translation>无法连接 {host} 上的团队客户本；服务器是否正在运行？（{reason}）</translation>
    </message>
    <message>
        <source>{owner} has no clients</source>
        <translation>{owner} 名下没有客户</translation>
    </message>
    <message>
        <source>{name} already belongs to {salesperson}</source>
        <translation>{name} 已经是 {salesperson} 的客户</translation>
    </message>
    <message>
        <source>only {owner} (the owner) or a manager can share {name}</source>
        <translation>只有负责该客户的销售 {owner} 或经理才能共享 {name}</translation>
    </message>
    <message>
        <source>only a manager can reassign clients; {user} is not in the {role} role</source>
        <translation>只有经理才能转交客户；{user} 不属于 {role} 角色</translation>
    </message>
    <message>
        <source>name a salesperson</source>
        <translation>请填写一位销售</translation>
    </message>
    <message>
        <source>a single-user book has only the user {user}</source>
        <translation>单人客户本只有一个用户 {user}</translation>
    </message>
    <message>
        <source>{name} is not a salesperson of this team book (members: {members})</source>
        <translation>{name} 不是这个团队客户本的销售（成员：{members}）</translation>
    </message>
    <message>
        <source>{name} is not a salesperson of this team book (members: none)</source>
        <translation>{name} 不是这个团队客户本的销售（目前没有成员）</translation>
    </message>
    <message>
        <source>“{text}” holds an invisible control character ({code}); delete it</source>
        <translation>“{text}”含有不可见的控制字符（{code}），请删除</translation>
    </message>
    <message>
        <source>gender must be F, M or empty</source>
        <translation>性别须为 F、M 或留空</translation>
    </message>
    <message>
        <source>unknown kind of date: {kind}</source>
        <translation>未知的日期类型：{kind}</translation>
    </message>
    <message>
        <source>{name}: card {card} has no END:VCARD (is the file cut short?)</source>
        <translation>{name}：第 {card} 张名片没有 END:VCARD（文件是否不完整？）</translation>
    </message>
    <message>
        <source>{name}: the file ends inside card {card} (is it cut short?)</source>
        <translation>{name}：文件在第 {card} 张名片中间就结束了（是否不完整？）</translation>
    </message>
    <message>
        <source>{name} holds no contacts (no BEGIN:VCARD … END:VCARD)</source>
        <translation>{name} 里没有联系人（没有 BEGIN:VCARD … END:VCARD）</translation>
    </message>
    <message>
        <source>choose at least one reason the client was lost</source>
        <translation>请至少选择一个客户流失的原因</translation>
    </message>
    <message>
        <source>unknown reason {reason}: use {reasons}</source>
        <translation>未知的流失原因 {reason}：请从 {reasons} 中选择</translation>
    </message>
    <message>
        <source>say what the other reason is</source>
        <translation>请写明“其他”原因具体是什么</translation>
    </message>
    <message>
        <source>the day the client was lost cannot be in the future</source>
        <translation>客户流失的日期不能晚于今天</translation>
    </message>
    <message>
        <source>{name} is already marked lost</source>
        <translation>{name} 已经标记为流失客户</translation>
    </message>
    <message>
        <source>unknown win-back step {step}: use {steps}</source>
        <translation>未知的挽回步骤 {step}：请从 {steps} 中选择</translation>
    </message>
    <message>
        <source>write a note for this step</source>
        <translation>请为这一步写一条备注</translation>
    </message>
    <message>
        <source>unknown outcome {outcome}: use {outcomes}</source>
        <translation>未知的挽回结果 {outcome}：请从 {outcomes} 中选择</translation>
    </message>
    <message>
        <source>note why the client was not won back: the review learns from it</source>
        <translation>请写下没能挽回这位客户的原因：复盘时可以从中吸取经验</translation>
    </message>
    <message>
        <source>there is no loss #{loss_id}</source>
        <translation>没有编号为 #{loss_id} 的流失记录</translation>
    </message>
    <message>
        <source>this win-back is already closed</source>
        <translation>这次挽回已经结束</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许这样操作</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>磁盘读写错误</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>TeamBook</name>
    <message>
        <source>The team book is out of reach</source>
        <translation>无法连接团队客户本</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form. Try again?</source>
        <translation>%1

您的修改仍保留在表单中。要重试吗？</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Passer-by</source>
        <translation>过客</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>熟人</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Confidant</source>
        <translation>知己</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation>%1：%2 位客户</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing needs care today. Enjoy the quiet, or call someone you have not spoken to in a while.</source>
        <translation>今天没有需要关怀的客户。享受片刻清闲，或给许久未联系的客户打个电话吧。</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3 天后提醒</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>S&amp;kip this year</source>
        <translation>今年跳过(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Print call list…</source>
        <translation>打印联络清单…</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已逾期 %1 项</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>今天 %1 项</translation>
    </message>
    <message>
        <source>%1 coming up</source>
        <translation>近期 %1 项</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message>
        <source>Cannot read today&apos;s reminders</source>
        <translation>无法读取今日提醒</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Skip this year</source>
        <translation>今年跳过</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message numerus="yes">
        <source>The selection includes %1: %n reminder(s) in all.</source>
        <translation>
            <numerusform>所选内容包括%1，共 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Log the contact for them all?</source>
        <translation>为他们全部记录这次联络？</translation>
    </message>
    <message>
        <source>Done for all…</source>
        <translation>全部完成…</translation>
    </message>
    <message>
        <source>Snooze them all?</source>
        <translation>全部稍后提醒？</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>全部稍后提醒</translation>
    </message>
    <message>
        <source>Skip them all for this year?</source>
        <translation>今年全部跳过？</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2</source>
        <translation>已将 %1 位客户导出到 %2</translation>
    </message>
</context>
<context>
    <name>ViewNavigation</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
</context>
<context>
    <name>WinBackDialog</name>
    <message>
        <source>Win-back plan: %1</source>
        <translation>挽回计划：%1</translation>
    </message>
    <message>
        <source>Win-back step</source>
        <translation>挽回步骤</translation>
    </message>
    <message>
        <source>What you did or agreed, in a few words</source>
        <translation>简要写下做了什么或谈妥了什么</translation>
    </message>
    <message>
        <source>Note on this step</source>
        <translation>本步备注</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>加入计划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Won back…</source>
        <translation>已挽回(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Not won back…</source>
        <translation>未能挽回(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Understand: call, visit or ask why they really left; listen without defending.</source>
        <translation>理解：打电话、上门或询问客户离开的真正原因；倾听，不辩解。</translation>
    </message>
    <message>
        <source>Propose: a concrete offer for that reason (service, price, product), worth the client&apos;s value.</source>
        <translation>提议：针对原因提出具体方案（服务、价格、产品），与客户价值相称。</translation>
    </message>
    <message>
        <source>Respond: carry out the plan, tell the client what changed and welcome them back.</source>
        <translation>响应：落实计划，告诉客户有哪些改进，欢迎客户回来。</translation>
    </message>
    <message>
        <source>Review: what worked, and if they did not come back, why.</source>
        <translation>复盘：哪些做法有效；如果客户没有回来，原因是什么。</translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation>%1 流失：%2</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>%1 跟进</translation>
    </message>
    <message>
        <source>What brought the client back?</source>
        <translation>是什么让客户回来的？</translation>
    </message>
    <message>
        <source>Why was the client not won back?</source>
        <translation>为什么没能挽回客户？</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>leap </source>
        <translation>闰</translation>
    </message>
    <message>
        <source>lunar %1%2/%3</source>
        <translation>农历%1%2/%3</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the book.</source>
        <translation>写入客户本之前会逐行检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>仍然添加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed in the file first; nothing will be imported until then.</source>
        <translation>
            <numerusform>须先在文件中修正 %n 处问题；修正之前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n new client(s).</source>
        <translation>
            <numerusform>可导入 %n 位新客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the book: %n client(s).</source>
        <translation>
            <numerusform>已在客户本中：%n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients already in the book (same phone, or same name and company):</source>
        <translation>客户本中已有的客户（电话相同，或姓名和公司都相同）：</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>These columns will not be imported: %1.</source>
        <translation>以下列不会导入：%1。</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV or Excel list of clients, or contacts exported from a phone (.vcf).</source>
        <translation>CSV 或 Excel 格式的客户列表，或从手机导出的通讯录（.vcf）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>The first row names the columns, such as Name, Phone, Company, Birthday; the next page matches them to the client&apos;s fields. Every row is checked before anything is written, and the book is backed up first.</source>
        <translation>第一行是列名，如 姓名、电话、公司、生日；下一步把它们对应到客户字段。写入前会逐行检查，并先备份客户本。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx *.vcf *.txt);;All files (*)</source>
        <translation>客户列表 (*.csv *.xlsx *.vcf *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Recognised headers are matched already; change any that are wrong.</source>
        <translation>已自动匹配识别出的表头；如有错误请修改。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Not imported: %1. Choose a field for a column to import it.</source>
        <translation>不导入的列：%1。为某列选择字段即可导入。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves the book as it was.</source>
        <translation>取消会停止导入，客户本保持原样。</translation>
    </message>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>正在读取并检查各行…</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported…</source>
        <translation>已导入 %1 / %2 行…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3.</source>
        <translation>新增 %1，更新 %2，跳过 %3。</translation>
    </message>
</context>
</TS>
