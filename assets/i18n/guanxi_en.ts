<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdvanceFeedbackDialog</name>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>How are you checking whether it is true?</source>
        <translation>How are you checking whether it is true?</translation>
    </message>
    <message>
        <source>What was done to fix it?</source>
        <translation>What was done to fix it?</translation>
    </message>
    <message>
        <source>How was the fix reported back to the client? Invite them to keep an eye on it.</source>
        <translation>How was the fix reported back to the client? Invite them to keep an eye on it.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the book</source>
        <translation>Cannot open the book</translation>
    </message>
    <message>
        <source>Welcome to Guanxi</source>
        <translation>Welcome to Guanxi</translation>
    </message>
    <message>
        <source>Your book is empty. Would you like to look around a demo book with %1 made-up clients first? Your own book stays empty and File &gt; Open my book brings you back.</source>
        <translation>Your book is empty. Would you like to look around a demo book with %1 made-up clients first? Your own book stays empty and File &gt; Open my book brings you back.</translation>
    </message>
    <message>
        <source>Making the demo book…</source>
        <translation>Making the demo book…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The book is damaged</source>
        <translation>The book is damaged</translation>
    </message>
    <message>
        <source>The book could not be read and was set aside as %1.

The newest good backup is from %2 and holds %3 clients. Restore it now?</source>
        <translation>The book could not be read and was set aside as %1.

The newest good backup is from %2 and holds %3 clients. Restore it now?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Copies are taken automatically while you work and before imports and restores. Today's and yesterday's are kept, then one a day, a week and a month.</source>
        <translation>Copies are taken automatically while you work and before imports and restores. Today's and yesterday's are kept, then one a day, a week and a month.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>Choose a copy in the list first.</translation>
    </message>
    <message>
        <source>Replace the book with the copy of %1 (%2 clients)? The book as it is now is kept as a backup.</source>
        <translation>Replace the book with the copy of %1 (%2 clients)? The book as it is now is kept as a backup.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>%1 (newer version)</source>
        <translation>%1 (newer version)</translation>
    </message>
    <message>
        <source>A newer version of Guanxi made this copy: this version cannot restore it.</source>
        <translation>A newer version of Guanxi made this copy: this version cannot restore it.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>backed up by hand</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
</context>
<context>
    <name>BirthDateDialog</name>
    <message>
        <source>From the birth date</source>
        <translation>From the birth date</translation>
    </message>
    <message>
        <source>The full-month celebration (满月) is 30 days after the birth.</source>
        <translation>The full-month celebration (满月) is 30 days after the birth.</translation>
    </message>
    <message>
        <source>The hundred-days celebration (百日) is the 100th day of life.</source>
        <translation>The hundred-days celebration (百日) is the 100th day of life.</translation>
    </message>
    <message>
        <source>Baby's birth date</source>
        <translation>Baby's birth date</translation>
    </message>
    <message>
        <source>Celebration day</source>
        <translation>Celebration day</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST/DATABASE, or empty for this computer</source>
        <translation>postgresql+psycopg://USER@HOST/DATABASE, or empty for this computer</translation>
    </message>
    <message>
        <source>&amp;Team book</source>
        <translation>&amp;Team book</translation>
    </message>
    <message>
        <source>Leave empty to keep the book on this computer. A team book lives on your company's PostgreSQL server; keep the password in ~/.pgpass rather than here.</source>
        <translation>Leave empty to keep the book on this computer. A team book lives on your company's PostgreSQL server; keep the password in ~/.pgpass rather than here.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only you (a book on this computer)</source>
        <translation>Only you (a book on this computer)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>salesperson</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>List the whole month</source>
        <translation>List the whole month</translation>
    </message>
    <message>
        <source>Double-click a client, or press Enter, to open their file.</source>
        <translation>Double-click a client, or press Enter, to open their file.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Cannot read the calendar</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>no occasions</source>
        <translation>no occasions</translation>
    </message>
    <message numerus="yes">
        <source>%n festival(s)</source>
        <translation><numerusform>%n festival</numerusform><numerusform>%n festivals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n client occasion(s)</source>
        <translation><numerusform>%n client occasion</numerusform><numerusform>%n client occasions</numerusform></translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Print call list</source>
        <translation>Print call list</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>Family events</source>
        <translation>Family events</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Special days</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Festivals</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Overdue contacts</source>
        <translation>Overdue contacts</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>The &amp;next</source>
        <translation>The &amp;next</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation><numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
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
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Call list — print preview</source>
        <translation>Call list — print preview</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save call list as PDF</source>
        <translation>Save call list as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the call list…</source>
        <translation>Saving the call list…</translation>
    </message>
    <message>
        <source>Gathering the call list…</source>
        <translation>Gathering the call list…</translation>
    </message>
</context>
<context>
    <name>CallListMenu</name>
    <message>
        <source>&amp;Print call list…</source>
        <translation>&amp;Print call list…</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Printed at the top of every page</source>
        <translation>Printed at the top of every page</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <source>&amp;Greeting for</source>
        <translation>&amp;Greeting for</translation>
    </message>
    <message>
        <source>Placeholders: {address} the form of address (Mr Wang, Ms Li; the name when empty), {name}, {occasion}, {person} (the family member).</source>
        <translation>Placeholders: {address} the form of address (Mr Wang, Ms Li; the name when empty), {name}, {occasion}, {person} (the family member).</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>CallListPainter</name>
    <message>
        <source>%1 %2</source>
        <comment>a day heading: the weekday (%1) and the date (%2)</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation><numerusform>%1 (%n day ago)</numerusform><numerusform>%1 (%n days ago)</numerusform></translation>
    </message>
</context>
<context>
    <name>CallListPrint</name>
    <message>
        <source>Cannot start printing on this device.</source>
        <translation>Cannot start printing on this device.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>%n to contact</source>
        <translation>%n to contact</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Printed %1 by Guanxi</source>
        <translation>Printed %1 by Guanxi</translation>
    </message>
    <message>
        <source>Nothing is due in these days.</source>
        <translation>Nothing is due in these days.</translation>
    </message>
    <message>
        <source>No birthdays, festivals, family events or follow-ups fall in this range.</source>
        <translation>No birthdays, festivals, family events or follow-ups fall in this range.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>no phone number</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Greeting: “%1”</source>
        <translation>Greeting: “%1”</translation>
    </message>
    <message>
        <source>Gregorian %1</source>
        <translation>Gregorian %1</translation>
    </message>
    <message>
        <source>never recorded</source>
        <translation>never recorded</translation>
    </message>
</context>
<context>
    <name>CallListSettings</name>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Milestone birthday (60, 70, 80 …)</source>
        <translation>Milestone birthday (60, 70, 80 …)</translation>
    </message>
    <message>
        <source>A family member's birthday</source>
        <translation>A family member's birthday</translation>
    </message>
    <message>
        <source>Other festivals</source>
        <translation>Other festivals</translation>
    </message>
    <message>
        <source>Full-month celebration (满月)</source>
        <translation>Full-month celebration (满月)</translation>
    </message>
    <message>
        <source>Hundred-days celebration (百日)</source>
        <translation>Hundred-days celebration (百日)</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>Wedding</translation>
    </message>
    <message>
        <source>Funeral (condolences)</source>
        <translation>Funeral (condolences)</translation>
    </message>
    <message>
        <source>Zhongkao (中考)</source>
        <translation>Zhongkao (中考)</translation>
    </message>
    <message>
        <source>Gaokao (高考)</source>
        <translation>Gaokao (高考)</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Moving house</translation>
    </message>
    <message>
        <source>Shop opening</source>
        <translation>Shop opening</translation>
    </message>
    <message>
        <source>Special day (合作纪念日 …)</source>
        <translation>Special day (合作纪念日 …)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Keep in touch after a long silence</source>
        <translation>Keep in touch after a long silence</translation>
    </message>
    <message>
        <source>Complaint fixed: report back</source>
        <translation>Complaint fixed: report back</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Anything else</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Visit (拜访)</source>
        <translation>Visit (拜访)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Event or meal</source>
        <translation>Event or meal</translation>
    </message>
    <message>
        <source>Care (关怀)</source>
        <translation>Care (关怀)</translation>
    </message>
    <message>
        <source>Information (信息传递)</source>
        <translation>Information (信息传递)</translation>
    </message>
    <message>
        <source>Deal (交易推动)</source>
        <translation>Deal (交易推动)</translation>
    </message>
    <message>
        <source>Service (服务提供)</source>
        <translation>Service (服务提供)</translation>
    </message>
    <message>
        <source>Intelligence (情报收集)</source>
        <translation>Intelligence (情报收集)</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>Reported back</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Staff turnover (人员流动)</source>
        <translation>Staff turnover (人员流动)</translation>
    </message>
    <message>
        <source>Broken trust (丧失诚信)</source>
        <translation>Broken trust (丧失诚信)</translation>
    </message>
    <message>
        <source>Chasing novelty (追求新奇)</source>
        <translation>Chasing novelty (追求新奇)</translation>
    </message>
    <message>
        <source>Neglect (不闻不问)</source>
        <translation>Neglect (不闻不问)</translation>
    </message>
    <message>
        <source>Large clients favoured (管理不平衡)</source>
        <translation>Large clients favoured (管理不平衡)</translation>
    </message>
    <message>
        <source>Natural loss (自然流失)</source>
        <translation>Natural loss (自然流失)</translation>
    </message>
    <message>
        <source>Taken by a competitor (竞争对手)</source>
        <translation>Taken by a competitor (竞争对手)</translation>
    </message>
    <message>
        <source>Price (价格)</source>
        <translation>Price (价格)</translation>
    </message>
    <message>
        <source>Poor service (服务差)</source>
        <translation>Poor service (服务差)</translation>
    </message>
    <message>
        <source>Better product elsewhere (更好的产品)</source>
        <translation>Better product elsewhere (更好的产品)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>1. Find the real reason — understand</source>
        <translation>1. Find the real reason — understand</translation>
    </message>
    <message>
        <source>2. Make a plan — propose</source>
        <translation>2. Make a plan — propose</translation>
    </message>
    <message>
        <source>3. Carry out the plan — respond</source>
        <translation>3. Carry out the plan — respond</translation>
    </message>
    <message>
        <source>4. Review what worked</source>
        <translation>4. Review what worked</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Won back</translation>
    </message>
    <message>
        <source>Not won back</source>
        <translation>Not won back</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>CareSettingsPage</name>
    <message>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <source>Gift budget per gift</source>
        <translation>Gift budget per gift</translation>
    </message>
    <message>
        <source>Contact at least every</source>
        <translation>Contact at least every</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A tier set to “%1” has no set rhythm. Gifts stay small, simple, practical and meaningful.</source>
        <translation>A tier set to “%1” has no set rhythm. Gifts stay small, simple, practical and meaningful.</translation>
    </message>
    <message>
        <source>Show an open &amp;complaint on Today after</source>
        <translation>Show an open &amp;complaint on Today after</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>Churn watch</translation>
    </message>
    <message>
        <source>A client is at &amp;risk from a score of</source>
        <translation>A client is at &amp;risk from a score of</translation>
    </message>
    <message>
        <source>high risk from %1</source>
        <translation>high risk from %1</translation>
    </message>
    <message>
        <source>The score (0–100) adds up the warning signs: no contact past the interval, open complaints, falling satisfaction and “the price is too high” within %1 days.</source>
        <translation>The score (0–100) adds up the warning signs: no contact past the interval, open complaints, falling satisfaction and “the price is too high” within %1 days.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation><numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>Show file</source>
        <translation>Show file</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Because</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Proposals only: nothing changes until you accept.</source>
        <translation>Proposals only: nothing changes until you accept.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>Win-back plan…</source>
        <translation>Win-back plan…</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Tier suggestions</source>
        <translation>Tier suggestions</translation>
    </message>
    <message>
        <source>Open feedback</source>
        <translation>Open feedback</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>Lost clients</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 clients show warning signs (risk score %2 or more)</source>
        <translation>%1 clients show warning signs (risk score %2 or more)</translation>
    </message>
    <message>
        <source>Lost clients (%1 open)</source>
        <translation>Lost clients (%1 open)</translation>
    </message>
    <message>
        <source>%1 warm contacts over %2 days</source>
        <translation>%1 warm contacts over %2 days</translation>
    </message>
    <message>
        <source>no contact for %1 days</source>
        <translation>no contact for %1 days</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Connected to the team book again</source>
        <translation>Connected to the team book again</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Personality and notes</source>
        <translation>Personality and notes</translation>
    </message>
    <message>
        <source>Family and dates</source>
        <translation>Family and dates</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>How you address them, e.g. 王总, 李姐</source>
        <translation>How you address them, e.g. 王总, 李姐</translation>
    </message>
    <message>
        <source>Why the tier changed (kept in the history)</source>
        <translation>Why the tier changed (kept in the history)</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. VIP, wholesale</source>
        <translation>Separated by commas, e.g. VIP, wholesale</translation>
    </message>
    <message>
        <source>How you met, e.g. trade fair, referral</source>
        <translation>How you met, e.g. trade fair, referral</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <source>Tier change reason</source>
        <translation>Tier change reason</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Birthday</translation>
    </message>
    <message>
        <source>Is a teacher (greet on Teachers' Day)</source>
        <translation>Is a teacher (greet on Teachers' Day)</translation>
    </message>
    <message>
        <source>Family counts age the traditional way (虚岁) for 大寿</source>
        <translation>Family counts age the traditional way (虚岁) for 大寿</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Likes and preferences</source>
        <translation>Likes and preferences</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>Payment habits</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Family members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Family members&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important dates and family events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Important dates and family events&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Important dates</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose a client on the left to see their file.</source>
        <translation>Choose a client on the left to see their file.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>Archived on %1</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>Payment habits</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Important dates</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>once</source>
        <translation>once</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Added as %1</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Log a contact with…</source>
        <translation>Log a contact with…</translation>
    </message>
    <message>
        <source>Name, pinyin (zs), company or phone</source>
        <translation>Name, pinyin (zs), company or phone</translation>
    </message>
</context>
<context>
    <name>ClientRelations</name>
    <message>
        <source>never contacted since being added %1 days ago</source>
        <translation>never contacted since being added %1 days ago</translation>
    </message>
    <message>
        <source>never contacted since being added %1 days ago, past the %2-day interval</source>
        <translation>never contacted since being added %1 days ago, past the %2-day interval</translation>
    </message>
    <message>
        <source>no contact for %1 days</source>
        <translation>no contact for %1 days</translation>
    </message>
    <message>
        <source>no contact for %1 days, past the %2-day interval</source>
        <translation>no contact for %1 days, past the %2-day interval</translation>
    </message>
    <message>
        <source>an open complaint since %1</source>
        <translation>an open complaint since %1</translation>
    </message>
    <message>
        <source>(%1 open)</source>
        <translation>(%1 open)</translation>
    </message>
    <message>
        <source>satisfaction fell from %1 to %2</source>
        <translation>satisfaction fell from %1 to %2</translation>
    </message>
    <message>
        <source>said the price is too high</source>
        <translation>said the price is too high</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation>Lost on %1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>no set interval</source>
        <translation>no set interval</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>every %1 days</translation>
    </message>
    <message>
        <source>(this client's own)</source>
        <translation>(this client's own)</translation>
    </message>
    <message>
        <source>never contacted · added %1 days ago</source>
        <translation>never contacted · added %1 days ago</translation>
    </message>
    <message>
        <source>%1 days since the last contact</source>
        <translation>%1 days since the last contact</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>given %1 (¥%2) · received %3 (¥%4)</source>
        <translation>given %1 (¥%2) · received %3 (¥%4)</translation>
    </message>
    <message>
        <source>Favours (人情往来)</source>
        <translation>Favours (人情往来)</translation>
    </message>
    <message>
        <source>Gift ideas</source>
        <translation>Gift ideas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
    <message>
        <source>and %1 older entries</source>
        <translation>and %1 older entries</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>satisfaction %1/5</translation>
    </message>
    <message>
        <source>price too high</source>
        <translation>price too high</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Gift given</source>
        <translation>Gift given</translation>
    </message>
    <message>
        <source>Gift received</source>
        <translation>Gift received</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Added as %1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
</context>
<context>
    <name>ClientRemindersDialog</name>
    <message>
        <source>Reminders for %1</source>
        <translation>Reminders for %1</translation>
    </message>
    <message>
        <source>Days before the occasion, separated by commas (0 is the day itself). Leave empty to use Settings.</source>
        <translation>Days before the occasion, separated by commas (0 is the day itself). Leave empty to use Settings.</translation>
    </message>
    <message>
        <source>no reminder (as in Settings)</source>
        <translation>no reminder (as in Settings)</translation>
    </message>
    <message>
        <source>%1 (as in Settings)</source>
        <translation>%1 (as in Settings)</translation>
    </message>
    <message>
        <source>%1: not understood. Write days before, from 0 to %2, e.g. "7, 0", or "%3"; leave empty to follow Settings.</source>
        <translation>%1: not understood. Write days before, from 0 to %2, e.g. "7, 0", or "%3"; leave empty to follow Settings.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Next occasion</source>
        <translation>Next occasion</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Search by name, pinyin (zs, zhangsan), company, phone digits or tag</source>
        <translation>Search by name, pinyin (zs, zhangsan), company, phone digits or tag</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Move %1 to %2. Why? (kept in the history)</source>
        <translation>Move %1 to %2. Why? (kept in the history)</translation>
    </message>
    <message>
        <source>Move %1 clients (%2) to %3. Why? (kept in the history)</source>
        <translation>Move %1 clients (%2) to %3. Why? (kept in the history)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Show archived clients instead of the list</source>
        <translation>Show archived clients instead of the list</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>%1 of %2 archived clients</source>
        <translation>%1 of %2 archived clients</translation>
    </message>
    <message>
        <source>No client matches “%3”: Ctrl+N adds one with it filled in.</source>
        <translation>No client matches “%3”: Ctrl+N adds one with it filled in.</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 of %2 clients</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Change tier</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n client(s)</source>
        <translation><numerusform>Archive %n client</numerusform><numerusform>Archive %n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n client(s). Ctrl+Z brings them back.</source>
        <translation><numerusform>Archived %n client. Ctrl+Z brings them back.</numerusform><numerusform>Archived %n clients. Ctrl+Z brings them back.</numerusform></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n archived client(s) and their whole history for good? This cannot be undone.</source>
        <translation><numerusform>Delete %n archived client and their whole history for good? This cannot be undone.</numerusform><numerusform>Delete %n archived clients and their whole history for good? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>Set tier</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Delete for good…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Tier pyramid against the target shape</source>
        <translation>Tier pyramid against the target shape</translation>
    </message>
    <message>
        <source>Churn rate by month (%)</source>
        <translation>Churn rate by month (%)</translation>
    </message>
    <message>
        <source>Contacts per week by purpose</source>
        <translation>Contacts per week by purpose</translation>
    </message>
    <message>
        <source>Overdue care by tier</source>
        <translation>Overdue care by tier</translation>
    </message>
    <message>
        <source>Open complaints by age (days)</source>
        <translation>Open complaints by age (days)</translation>
    </message>
    <message>
        <source>Why clients were lost</source>
        <translation>Why clients were lost</translation>
    </message>
    <message>
        <source>Clients per salesperson</source>
        <translation>Clients per salesperson</translation>
    </message>
    <message>
        <source>Keeping a client costs 5–10 times less than winning a new one; most companies lose 10–40% of their clients a year.</source>
        <translation>Keeping a client costs 5–10 times less than winning a new one; most companies lose 10–40% of their clients a year.</translation>
    </message>
    <message>
        <source>%1 active clients · %2 at risk · %3 lost · churn this month %4 · won back %5</source>
        <translation>%1 active clients · %2 at risk · %3 lost · churn this month %4 · won back %5</translation>
    </message>
    <message>
        <source>At risk: a churn-risk score of %1 or more (Settings &gt; Keep in touch)</source>
        <translation>At risk: a churn-risk score of %1 or more (Settings &gt; Keep in touch)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>Target shape</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Active before</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Won back</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Past their interval</source>
        <translation>Past their interval</translation>
    </message>
    <message>
        <source>Clients past their interval</source>
        <translation>Clients past their interval</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>Clients lost</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Custom date</source>
        <translation>Custom date</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>Wedding</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation>Funeral</translation>
    </message>
    <message>
        <source>Baby's full month</source>
        <translation>Baby's full month</translation>
    </message>
    <message>
        <source>Baby's hundred days</source>
        <translation>Baby's hundred days</translation>
    </message>
    <message>
        <source>Zhongkao (senior-high entrance exam)</source>
        <translation>Zhongkao (senior-high entrance exam)</translation>
    </message>
    <message>
        <source>Gaokao (college entrance exam)</source>
        <translation>Gaokao (college entrance exam)</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Moving house</translation>
    </message>
    <message>
        <source>Shop or company opening</source>
        <translation>Shop or company opening</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Whose (if not the client's)</source>
        <translation>Whose (if not the client's)</translation>
    </message>
    <message>
        <source>Label, e.g. First deal anniversary</source>
        <translation>Label, e.g. First deal anniversary</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>From birth date…</source>
        <translation>From birth date…</translation>
    </message>
    <message>
        <source>Work out the day from the baby's birth date</source>
        <translation>Work out the day from the baby's birth date</translation>
    </message>
    <message>
        <source>Date %1: kind</source>
        <translation>Date %1: kind</translation>
    </message>
    <message>
        <source>Date %1: label</source>
        <translation>Date %1: label</translation>
    </message>
    <message>
        <source>Date %1: whose day</source>
        <translation>Date %1: whose day</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Date %1</translation>
    </message>
</context>
<context>
    <name>DateSpecEdit</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>Leave at “year unknown” when you know only the day</source>
        <translation>Leave at “year unknown” when you know only the day</translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>leap month</translation>
    </message>
    <message>
        <source>闰月: the birthday falls in a leap month</source>
        <translation>闰月: the birthday falls in a leap month</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendar</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: year</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: month</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: day</translation>
    </message>
    <message>
        <source>%1: leap month</source>
        <translation>%1: leap month</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>What you entered here has not been saved.</source>
        <translation>What you entered here has not been saved.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk holding the book is full; nothing more was saved. Free some space and try again.</source>
        <translation>The disk holding the book is full; nothing more was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The book is read-only: Guanxi cannot save to it.</source>
        <translation>The book is read-only: Guanxi cannot save to it.</translation>
    </message>
    <message>
        <source>Another program is using the book; try again in a moment.</source>
        <translation>Another program is using the book; try again in a moment.</translation>
    </message>
    <message>
        <source>The book is damaged.</source>
        <translation>The book is damaged.</translation>
    </message>
    <message>
        <source>Cannot reach the team book's server; Guanxi tries again when it is back.</source>
        <translation>Cannot reach the team book's server; Guanxi tries again when it is back.</translation>
    </message>
    <message>
        <source>The book cannot be opened.</source>
        <translation>The book cannot be opened.</translation>
    </message>
    <message>
        <source>The team book does not allow this.</source>
        <translation>The team book does not allow this.</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it.</source>
        <translation>Someone else saved this client after you opened it.</translation>
    </message>
    <message>
        <source>The file cannot be used.</source>
        <translation>The file cannot be used.</translation>
    </message>
    <message>
        <source>It is no longer in the book (deleted meanwhile?).</source>
        <translation>It is no longer in the book (deleted meanwhile?).</translation>
    </message>
    <message>
        <source>Several clients have that name.</source>
        <translation>Several clients have that name.</translation>
    </message>
    <message>
        <source>A value cannot be used.</source>
        <translation>A value cannot be used.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <source>Something went wrong inside Guanxi. Your book is safe; the details below help us fix it.</source>
        <translation>Something went wrong inside Guanxi. Your book is safe; the details below help us fix it.</translation>
    </message>
    <message>
        <source>The call list cannot be written.</source>
        <translation>The call list cannot be written.</translation>
    </message>
</context>
<context>
    <name>FamilyRow</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes, e.g. gaokao 2027</source>
        <translation>Notes, e.g. gaokao 2027</translation>
    </message>
    <message>
        <source>Family member %1: relation</source>
        <translation>Family member %1: relation</translation>
    </message>
    <message>
        <source>Family member %1: name</source>
        <translation>Family member %1: name</translation>
    </message>
    <message>
        <source>Family member %1: notes</source>
        <translation>Family member %1: notes</translation>
    </message>
    <message>
        <source>Family member %1's birthday</source>
        <translation>Family member %1's birthday</translation>
    </message>
</context>
<context>
    <name>FestivalsPage</name>
    <message>
        <source>%1 (south: %2)</source>
        <translation>%1 (south: %2)</translation>
    </message>
    <message>
        <source>last day of the lunar year (29th or 30th)</source>
        <translation>last day of the lunar year (29th or 30th)</translation>
    </message>
    <message>
        <source>solar term %1</source>
        <translation>solar term %1</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Festivals</translation>
    </message>
    <message>
        <source>Greet clients on the festivals you keep, for the tiers you choose. The calendar and the agenda count them for you.</source>
        <translation>Greet clients on the festivals you keep, for the tiers you choose. The calendar and the agenda count them for you.</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tier's check box in a festival's row: %1 the festival, %2 the tier</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a day of remembrance: no greetings</source>
        <translation>a day of remembrance: no greetings</translation>
    </message>
    <message>
        <source>North: 12th month, 23rd (腊月二十三)</source>
        <translation>North: 12th month, 23rd (腊月二十三)</translation>
    </message>
    <message>
        <source>South: 12th month, 24th (腊月二十四)</source>
        <translation>South: 12th month, 24th (腊月二十四)</translation>
    </message>
    <message>
        <source>Used when you add a zhongkao date: the exam day in your city</source>
        <translation>Used when you add a zhongkao date: the exam day in your city</translation>
    </message>
    <message>
        <source>Restore default festivals</source>
        <translation>Restore default festivals</translation>
    </message>
    <message>
        <source>Put back the festivals, tiers, Little New Year and zhongkao day that Guanxi starts with. Nothing is saved until you press OK.</source>
        <translation>Put back the festivals, tiers, Little New Year and zhongkao day that Guanxi starts with. Nothing is saved until you press OK.</translation>
    </message>
    <message>
        <source>Little New Year (小年)</source>
        <translation>Little New Year (小年)</translation>
    </message>
    <message>
        <source>Zhongkao day in your city</source>
        <translation>Zhongkao day in your city</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Dates are written the way the chosen language writes them.</source>
        <translation>Dates are written the way the chosen language writes them.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Gift or favour</source>
        <translation>Gift or favour</translation>
    </message>
    <message>
        <source>Given to the client</source>
        <translation>Given to the client</translation>
    </message>
    <message>
        <source>Received from the client</source>
        <translation>Received from the client</translation>
    </message>
    <message>
        <source>An idea for later</source>
        <translation>An idea for later</translation>
    </message>
    <message>
        <source>e.g. Mid-Autumn, daughter's gaokao, shop opening</source>
        <translation>e.g. Mid-Autumn, daughter's gaokao, shop opening</translation>
    </message>
    <message>
        <source>e.g. a pot of orchids, a box of tea</source>
        <translation>e.g. a pot of orchids, a box of tea</translation>
    </message>
    <message>
        <source>Small, simple, practical and meaningful: gifts must not be expensive.</source>
        <translation>Small, simple, practical and meaningful: gifts must not be expensive.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Occasion</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Cost</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>This is ¥%1 over the ¥%2 budget for the client's tier.</source>
        <translation>This is ¥%1 over the ¥%2 budget for the client's tier.</translation>
    </message>
    <message>
        <source>The same item was given on %1.</source>
        <translation>The same item was given on %1.</translation>
    </message>
    <message>
        <source>Save this gift?</source>
        <translation>Save this gift?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Save it anyway?</translation>
    </message>
</context>
<context>
    <name>GiftIdeas</name>
    <message>
        <source>Remove gift idea “%1”</source>
        <translation>Remove gift idea “%1”</translation>
    </message>
    <message>
        <source>Give it…</source>
        <translation>Give it…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removed the gift idea “%1”. Ctrl+Z puts it back.</source>
        <translation>Removed the gift idea “%1”. Ctrl+Z puts it back.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Birthday (lunar)</source>
        <translation>Birthday (lunar)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Payment habits</source>
        <translation>Payment habits</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Important dates</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Columns %1 (“%2”) and %3 (“%4”) both hold %5: set one of them to “not imported”.</source>
        <translation>Columns %1 (“%2”) and %3 (“%4”) both hold %5: set one of them to “not imported”.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Cancelled; the book is as it was.</source>
        <translation>Cancelled; the book is as it was.</translation>
    </message>
</context>
<context>
    <name>LeadTimesModel</name>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Days before</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Suggested actions</translation>
    </message>
    <message>
        <source>Not understood: write days before, e.g. "7, 0", or "%1"; leave empty for none.</source>
        <translation>Not understood: write days before, e.g. "7, 0", or "%1"; leave empty for none.</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>What was said or done; needs, news, changes at the client…</source>
        <translation>What was said or done; needs, news, changes at the client…</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — very satisfied</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — satisfied</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — neutral</translation>
    </message>
    <message>
        <source>2 — unhappy</source>
        <translation>2 — unhappy</translation>
    </message>
    <message>
        <source>1 — very unhappy</source>
        <translation>1 — very unhappy</translation>
    </message>
    <message>
        <source>Said the &amp;price is too high</source>
        <translation>Said the &amp;price is too high</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfaction</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact logged</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guanxi — relationship notebook</source>
        <translation>Guanxi — relationship notebook</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Demo book</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>My book</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>Open the &amp;demo book</translation>
    </message>
    <message>
        <source>Open &amp;my book</source>
        <translation>Open &amp;my book</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>Set tier submenu: %1 the digit of its Ctrl+Alt+digit shortcut, %2 the tier</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Rest&amp;ore from archive</source>
        <translation>Rest&amp;ore from archive</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Delete for good…</translation>
    </message>
    <message>
        <source>No client is chosen: choose one in the list first.</source>
        <translation>No client is chosen: choose one in the list first.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edit client…</translation>
    </message>
    <message>
        <source>Set &amp;tier</source>
        <translation>Set &amp;tier</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Show &amp;archive</source>
        <translation>Show &amp;archive</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>&amp;About Guanxi</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>About Guanxi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi 关系本&lt;/h3&gt;&lt;p&gt;A relationship notebook for salespeople: remember every date, remind in time, record every touch.&lt;/p&gt;&lt;p&gt;Book: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guanxi 关系本&lt;/h3&gt;&lt;p&gt;A relationship notebook for salespeople: remember every date, remind in time, record every touch.&lt;/p&gt;&lt;p&gt;Book: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>Churn watch</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Churn &amp;watch</source>
        <translation>Churn &amp;watch</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Log a contact…</translation>
    </message>
</context>
<context>
    <name>MarkLostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Mark as lost</translation>
    </message>
    <message>
        <source>The other reason</source>
        <translation>The other reason</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>A lost client leaves the client list, the agenda and Today, but stays in the book.</source>
        <translation>A lost client leaves the client list, the agenda and Today, but stays in the book.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lost &amp;on</source>
        <translation>Lost &amp;on</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>NewFeedbackDialog</name>
    <message>
        <source>Complaint or suggestion</source>
        <translation>Complaint or suggestion</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Listen, and write down what the client said</source>
        <translation>Listen, and write down what the client said</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;What was said</translation>
    </message>
</context>
<context>
    <name>OccasionCalendar</name>
    <message numerus="yes">
        <source>%n client occasion(s)</source>
        <translation><numerusform>%n client occasion</numerusform><numerusform>%n client occasions</numerusform></translation>
    </message>
    <message>
        <source>no client occasions</source>
        <translation>no client occasions</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a day read out by a screen reader</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OccasionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A day of remembrance, not of greetings</source>
        <translation>A day of remembrance, not of greetings</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <source>next %1</source>
        <translation>next %1</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Phone %1: number</source>
        <translation>Phone %1: number</translation>
    </message>
    <message>
        <source>Phone %1: type</source>
        <translation>Phone %1: type</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A client needs a name.</source>
        <translation>A client needs a name.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is not an email address.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: 3 to 20 digits, and only + - ( ) and spaces besides.</source>
        <translation>“%1” is not a phone number: 3 to 20 digits, and only + - ( ) and spaces besides.</translation>
    </message>
    <message>
        <source>The tag “%1…” is longer than 50 characters.</source>
        <translation>The tag “%1…” is longer than 50 characters.</translation>
    </message>
    <message>
        <source>Each family member needs a relation or a name.</source>
        <translation>Each family member needs a relation or a name.</translation>
    </message>
    <message>
        <source>A custom date needs a label, e.g. 合作纪念日.</source>
        <translation>A custom date needs a label, e.g. 合作纪念日.</translation>
    </message>
    <message>
        <source>A date that happens once needs its year.</source>
        <translation>A date that happens once needs its year.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (1800-2200).</source>
        <translation>The year %1 is out of range (1800-2200).</translation>
    </message>
    <message>
        <source>%1 is not a leap year: February has 28 days.</source>
        <translation>%1 is not a leap year: February has 28 days.</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month %2.</source>
        <translation>The lunar year %1 has no leap month %2.</translation>
    </message>
    <message>
        <source>In the lunar year %1, month %2 has only %3 days.</source>
        <translation>In the lunar year %1, month %2 has only %3 days.</translation>
    </message>
    <message>
        <source>Month %1 has %2 days, not %3.</source>
        <translation>Month %1 has %2 days, not %3.</translation>
    </message>
    <message>
        <source>A lunar month has 29 or 30 days, not %1.</source>
        <translation>A lunar month has 29 or 30 days, not %1.</translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>There is no month %1: months go from 1 to 12.</translation>
    </message>
    <message>
        <source>Only a lunar date can be in a leap month (闰月).</source>
        <translation>Only a lunar date can be in a leap month (闰月).</translation>
    </message>
    <message>
        <source>The lunar calendar here covers %2 to %3, not the year %1.</source>
        <translation>The lunar calendar here covers %2 to %3, not the year %1.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship tier: use 过客, 熟人, 朋友 or 知己 (or the English names).</source>
        <translation>“%1” is not a relationship tier: use 过客, 熟人, 朋友 or 知己 (or the English names).</translation>
    </message>
    <message>
        <source>The birthday “%1” cannot be read: write e.g. 1985-03-12, 03-12, 农历八月十五 or 农历1990年四月初八.</source>
        <translation>The birthday “%1” cannot be read: write e.g. 1985-03-12, 03-12, 农历八月十五 or 农历1990年四月初八.</translation>
    </message>
    <message>
        <source>“%1” is not a gender: use 男 or 女 (M or F).</source>
        <translation>“%1” is not a gender: use 男 or 女 (M or F).</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not 男 or 女.</source>
        <translation>Entry %1: “%2” is not 男 or 女.</translation>
    </message>
    <message>
        <source>Entry %1: the date is missing.</source>
        <translation>Entry %1: the date is missing.</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not a kind of date; use one of %3.</source>
        <translation>Entry %1: “%2” is not a kind of date; use one of %3.</translation>
    </message>
    <message>
        <source>Entry %1: write 每年 or 一次, not “%2”.</source>
        <translation>Entry %1: write 每年 or 一次, not “%2”.</translation>
    </message>
    <message>
        <source>Entry %1: “%2” is not a day that exists, or not written as e.g. 2009-09-22 or 农历八月十五.</source>
        <translation>Entry %1: “%2” is not a day that exists, or not written as e.g. 2009-09-22 or 农历八月十五.</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1: map only one.</source>
        <translation>Two columns are mapped to %1: map only one.</translation>
    </message>
    <message>
        <source>No column is mapped to the name (姓名).</source>
        <translation>No column is mapped to the name (姓名).</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Done: log the contact</source>
        <translation>Done: log the contact</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Wife</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Brother</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Sister</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>Granddaughter</translation>
    </message>
</context>
<context>
    <name>RelationsBar</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>&amp;Gift…</source>
        <translation>&amp;Gift…</translation>
    </message>
    <message>
        <source>Feed&amp;back…</source>
        <translation>Feed&amp;back…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Keep-in-touch interval…</source>
        <translation>Keep-in-touch interval…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Mark as lost…</translation>
    </message>
    <message>
        <source>Win-back plan…</source>
        <translation>Win-back plan…</translation>
    </message>
    <message>
        <source>Gift ideas</source>
        <translation>Gift ideas</translation>
    </message>
    <message>
        <source>Keep-in-touch interval</source>
        <translation>Keep-in-touch interval</translation>
    </message>
    <message>
        <source>Days between contacts for this client (0: use the tier's interval):</source>
        <translation>Days between contacts for this client (0: use the tier's interval):</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Could not check reminders: %1</source>
        <translation>Could not check reminders: %1</translation>
    </message>
</context>
<context>
    <name>ReminderHookup</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Go to the reminder popup</source>
        <translation>Go to the reminder popup</translation>
    </message>
    <message>
        <source>Guanxi keeps running</source>
        <translation>Guanxi keeps running</translation>
    </message>
    <message>
        <source>Guanxi is still running in the tray, so reminders arrive on time. Use Quit in the tray menu or the File menu to stop it; Settings &gt; Reminders turns this off.</source>
        <translation>Guanxi is still running in the tray, so reminders arrive on time. Use Quit in the tray menu or the File menu to stop it; Settings &gt; Reminders turns this off.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Guanxi reminders</source>
        <translation>Guanxi reminders</translation>
    </message>
    <message>
        <source>Time to get in touch. Double-click one to open the client; %1 in the main window brings you here.</source>
        <translation>Time to get in touch. Double-click one to open the client; %1 in the main window brings you here.</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>Show Today</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation><numerusform>%n reminder</numerusform><numerusform>%n reminders</numerusform></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Closing the window keeps Guanxi running in the tray</source>
        <translation>Closing the window keeps Guanxi running in the tray</translation>
    </message>
    <message>
        <source>Start Guanxi when I log in</source>
        <translation>Start Guanxi when I log in</translation>
    </message>
    <message>
        <source>Days before: 0 is the day itself; several days separated by commas; "%1" announces a wedding or funeral as soon as it is in the book. Leave empty for no reminder. Actions follow the days, separated by " / ".</source>
        <translation>Days before: 0 is the day itself; several days separated by commas; "%1" announces a wedding or funeral as soon as it is in the book. Leave empty for no reminder. Actions follow the days, separated by " / ".</translation>
    </message>
    <message>
        <source>Reminders appear at</source>
        <translation>Reminders appear at</translation>
    </message>
    <message>
        <source>Days before not understood: %1</source>
        <translation>Days before not understood: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Guanxi</source>
        <translation>Open Guanxi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Guanxi: %1 due</source>
        <translation>Guanxi: %1 due</translation>
    </message>
    <message>
        <source>Guanxi: nothing due</source>
        <translation>Guanxi: nothing due</translation>
    </message>
    <message>
        <source>Time to care: %1</source>
        <translation>Time to care: %1</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation>%1 reminders</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Remove row %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Please fix this first; nothing was saved:
%1</source>
        <translation>Please fix this first; nothing was saved:
%1</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot copy {source}: {reason}</source>
        <translation>cannot copy {source}: {reason}</translation>
    </message>
    <message>
        <source>only a book kept in a file can be backed up to a file; use the server's own backups</source>
        <translation>only a book kept in a file can be backed up to a file; use the server's own backups</translation>
    </message>
    <message>
        <source>cannot write the backup to {target}: {reason}</source>
        <translation>cannot write the backup to {target}: {reason}</translation>
    </message>
    <message>
        <source>there is no backup file {source}</source>
        <translation>there is no backup file {source}</translation>
    </message>
    <message>
        <source>{name} is not a Guanxi book (it has no schema version)</source>
        <translation>{name} is not a Guanxi book (it has no schema version)</translation>
    </message>
    <message>
        <source>{name} cannot be restored: it has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</source>
        <translation>{name} cannot be restored: it has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a Guanxi book (it has no client table)</source>
        <translation>{name} is not a Guanxi book (it has no client table)</translation>
    </message>
    <message>
        <source>{path} is not a Guanxi book (it is another program's database); it was left untouched</source>
        <translation>{path} is not a Guanxi book (it is another program's database); it was left untouched</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}) and could not be set aside ({reason}); move it elsewhere, then restore a backup</source>
        <translation>the book {path} is damaged ({problem}) and could not be set aside ({reason}); move it elsewhere, then restore a backup</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}); it was set aside as {aside}; there is no backup to restore; a new empty book will be started</source>
        <translation>the book {path} is damaged ({problem}); it was set aside as {aside}; there is no backup to restore; a new empty book will be started</translation>
    </message>
    <message>
        <source>the book {path} is damaged ({problem}); it was set aside as {aside}; the newest good backup is {backup} of {taken} with {clients} clients; restore it with: guanxi restore {backup}</source>
        <translation>the book {path} is damaged ({problem}); it was set aside as {aside}; the newest good backup is {backup} of {taken} with {clients} clients; restore it with: guanxi restore {backup}</translation>
    </message>
    <message>
        <source>that file is the book itself; choose a backup copy</source>
        <translation>that file is the book itself; choose a backup copy</translation>
    </message>
    <message>
        <source>cannot replace {path}: {reason}</source>
        <translation>cannot replace {path}: {reason}</translation>
    </message>
    <message>
        <source>the interval is from 1 to 3650 days</source>
        <translation>the interval is from 1 to 3650 days</translation>
    </message>
    <message>
        <source>there is no client #{client_id}</source>
        <translation>there is no client #{client_id}</translation>
    </message>
    <message>
        <source>the client was changed elsewhere while saving; reopen it and try again</source>
        <translation>the client was changed elsewhere while saving; reopen it and try again</translation>
    </message>
    <message>
        <source>archive {names} before deleting for good</source>
        <translation>archive {names} before deleting for good</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>cannot sort by {sort}</translation>
    </message>
    <message>
        <source>no client matches “{reference}”</source>
        <translation>no client matches “{reference}”</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>form of address</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>wechat</source>
        <translation>wechat</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>personality</source>
        <translation>personality</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferences</translation>
    </message>
    <message>
        <source>payment habits</source>
        <translation>payment habits</translation>
    </message>
    <message>
        <source>health notes</source>
        <translation>health notes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>nominal age</source>
        <translation>nominal age</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>family members</translation>
    </message>
    <message>
        <source>important dates</source>
        <translation>important dates</translation>
    </message>
    <message>
        <source>{field} (you changed it too)</source>
        <translation>{field} (you changed it too)</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it (changed: {fields}); your save was refused so nothing is overwritten: reopen the client and make your edits again</source>
        <translation>{name} was changed by someone else since you opened it (changed: {fields}); your save was refused so nothing is overwritten: reopen the client and make your edits again</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since you opened it; your save was refused so nothing is overwritten: reopen the client and make your edits again</source>
        <translation>{name} was changed by someone else since you opened it; your save was refused so nothing is overwritten: reopen the client and make your edits again</translation>
    </message>
    <message>
        <source>the target is the book being copied</source>
        <translation>the target is the book being copied</translation>
    </message>
    <message>
        <source>the book at {book} has no table {tables}; it is an older schema</source>
        <translation>the book at {book} has no table {tables}; it is an older schema</translation>
    </message>
    <message>
        <source>the book at {book} has no client table</source>
        <translation>the book at {book} has no client table</translation>
    </message>
    <message>
        <source>the book at {book} already has {count} clients; copy only into an empty book</source>
        <translation>the book at {book} already has {count} clients; copy only into an empty book</translation>
    </message>
    <message>
        <source>the target's {table} table has no column {columns}</source>
        <translation>the target's {table} table has no column {columns}</translation>
    </message>
    <message>
        <source>not a database URL or file path: {target}</source>
        <translation>not a database URL or file path: {target}</translation>
    </message>
    <message>
        <source>cannot use the database URL {url}: {reason}</source>
        <translation>cannot use the database URL {url}: {reason}</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold a book; give a file path</source>
        <translation>an in-memory database cannot hold a book; give a file path</translation>
    </message>
    <message>
        <source>{path} is a folder, not a book file</source>
        <translation>{path} is a folder, not a book file</translation>
    </message>
    <message>
        <source>{path} is not a Guanxi book (not a SQLite database)</source>
        <translation>{path} is not a Guanxi book (not a SQLite database)</translation>
    </message>
    <message>
        <source>no permission to open {path}</source>
        <translation>no permission to open {path}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>cannot open {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the book {book}: {reason}</source>
        <translation>cannot open the book {book}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the book {book}: its file name is too long for the working files kept beside it; give it a name of at most {limit} bytes</source>
        <translation>cannot open the book {book}: its file name is too long for the working files kept beside it; give it a name of at most {limit} bytes</translation>
    </message>
    <message>
        <source>cannot open the book {book}: its folder {folder} is read-only (Guanxi writes its working files next to the book); copy the book to a folder you can write to</source>
        <translation>cannot open the book {book}: its folder {folder} is read-only (Guanxi writes its working files next to the book); copy the book to a folder you can write to</translation>
    </message>
    <message>
        <source>the book {book} is in use by another program; try again in a moment</source>
        <translation>the book {book} is in use by another program; try again in a moment</translation>
    </message>
    <message>
        <source>the book {book} is damaged ({reason})</source>
        <translation>the book {book} is damaged ({reason})</translation>
    </message>
    <message>
        <source>the disk holding {book} is full; nothing more was saved. Free some space and try again</source>
        <translation>the disk holding {book} is full; nothing more was saved. Free some space and try again</translation>
    </message>
    <message>
        <source>the book {book} is read-only</source>
        <translation>the book {book} is read-only</translation>
    </message>
    <message>
        <source>cannot read or write the book {book} (a disk I/O error); check the disk and try again</source>
        <translation>cannot read or write the book {book} (a disk I/O error); check the disk and try again</translation>
    </message>
    <message>
        <source>cannot export to “{name}”: use a .csv, .xlsx, .vcf or .ics file name</source>
        <translation>cannot export to “{name}”: use a .csv, .xlsx, .vcf or .ics file name</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>cannot write {target}: {reason}</translation>
    </message>
    <message>
        <source>unknown kind of feedback {kind}</source>
        <translation>unknown kind of feedback {kind}</translation>
    </message>
    <message>
        <source>write down what the client said</source>
        <translation>write down what the client said</translation>
    </message>
    <message>
        <source>unknown step {status}: use {statuses}</source>
        <translation>unknown step {status}: use {statuses}</translation>
    </message>
    <message>
        <source>there is no feedback #{feedback_id}</source>
        <translation>there is no feedback #{feedback_id}</translation>
    </message>
    <message>
        <source>this feedback is already closed: it was reported back to the client</source>
        <translation>this feedback is already closed: it was reported back to the client</translation>
    </message>
    <message>
        <source>the next step of this feedback is {wanted}, not {status}</source>
        <translation>the next step of this feedback is {wanted}, not {status}</translation>
    </message>
    <message>
        <source>note how the fix was reported back to the client</source>
        <translation>note how the fix was reported back to the client</translation>
    </message>
    <message>
        <source>unknown gift direction {direction}</source>
        <translation>unknown gift direction {direction}</translation>
    </message>
    <message>
        <source>say what the gift is</source>
        <translation>say what the gift is</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>the cost cannot be negative</translation>
    </message>
    <message>
        <source>that gift idea is no longer in the book</source>
        <translation>that gift idea is no longer in the book</translation>
    </message>
    <message>
        <source>cannot import {name}: use a .csv, .xlsx or .vcf file</source>
        <translation>cannot import {name}: use a .csv, .xlsx or .vcf file</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
        <source>{name} is too big to import ({size} MB; the limit is 200 MB)</source>
        <translation>{name} is too big to import ({size} MB; the limit is 200 MB)</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>there is no file {path}</translation>
    </message>
    <message>
        <source>no permission to read {path}</source>
        <translation>no permission to read {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data)</source>
        <translation>{name} is not a text file (it holds binary data)</translation>
    </message>
    <message>
        <source>{name} is not text in UTF-8 or GBK/GB18030; save it again as CSV UTF-8</source>
        <translation>{name} is not text in UTF-8 or GBK/GB18030; save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: a cell is longer than {limit} characters)</source>
        <translation>{name} is not a readable CSV file (row {row}: a cell is longer than {limit} characters)</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: it ends inside a quoted cell; is it cut short?)</source>
        <translation>{name} is not a readable CSV file (row {row}: it ends inside a quoted cell; is it cut short?)</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (row {row}: {reason})</source>
        <translation>{name} is not a readable CSV file (row {row}: {reason})</translation>
    </message>
    <message>
        <source>{name} is not an Excel .xlsx file</source>
        <translation>{name} is not an Excel .xlsx file</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel .xlsx file ({reason})</source>
        <translation>{name} is not a readable Excel .xlsx file ({reason})</translation>
    </message>
    <message>
        <source>{name} holds no rows to import</source>
        <translation>{name} holds no rows to import</translation>
    </message>
    <message>
        <source>{name}: the first row does not look like a header row: “{cell}” is {kind}, not a column name. Add a first row of column names such as 姓名,电话,生日</source>
        <translation>{name}: the first row does not look like a header row: “{cell}” is {kind}, not a column name. Add a first row of column names such as 姓名,电话,生日</translation>
    </message>
    <message>
        <source>{name}: the first row does not look like a header row: “{cell}” is not a column name. Add a first row of column names such as 姓名,电话,生日</source>
        <translation>{name}: the first row does not look like a header row: “{cell}” is not a column name. Add a first row of column names such as 姓名,电话,生日</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>an email address</translation>
    </message>
    <message>
        <source>on duplicate: use skip, update or add, not “{choice}”</source>
        <translation>on duplicate: use skip, update or add, not “{choice}”</translation>
    </message>
    <message>
        <source>unknown purpose {purpose}: use {purposes}</source>
        <translation>unknown purpose {purpose}: use {purposes}</translation>
    </message>
    <message>
        <source>the contact time {at} is before {year}: check the year</source>
        <translation>the contact time {at} is before {year}: check the year</translation>
    </message>
    <message>
        <source>the contact time {at} is in the future: log a contact once it has happened</source>
        <translation>the contact time {at} is in the future: log a contact once it has happened</translation>
    </message>
    <message>
        <source>unknown channel {channel}: use {channels}</source>
        <translation>unknown channel {channel}: use {channels}</translation>
    </message>
    <message>
        <source>choose at least one purpose of the contact</source>
        <translation>choose at least one purpose of the contact</translation>
    </message>
    <message>
        <source>satisfaction is from 1 to 5</source>
        <translation>satisfaction is from 1 to 5</translation>
    </message>
    <message>
        <source>the next follow-up {day} is past {last}, the last day the calendar knows</source>
        <translation>the next follow-up {day} is past {last}, the last day the calendar knows</translation>
    </message>
    <message>
        <source>the next follow-up cannot be before the contact</source>
        <translation>the next follow-up cannot be before the contact</translation>
    </message>
    <message>
        <source>the book {book} has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</source>
        <translation>the book {book} has schema {revision}, which this version of Guanxi does not know; it may have been written by a newer version</translation>
    </message>
    <message>
        <source>the book {book} has {count} broken references after its upgrade; it was left as it was</source>
        <translation>the book {book} has {count} broken references after its upgrade; it was left as it was</translation>
    </message>
    <message>
        <source>unknown occasion: {occasion}</source>
        <translation>unknown occasion: {occasion}</translation>
    </message>
    <message>
        <source>no client with id {client_id}</source>
        <translation>no client with id {client_id}</translation>
    </message>
    <message>
        <source>choose a day after today to snooze to</source>
        <translation>choose a day after today to snooze to</translation>
    </message>
    <message>
        <source>the team book does not allow this: {detail}</source>
        <translation>the team book does not allow this: {detail}</translation>
    </message>
    <message>
        <source>lost the connection to the team book at {host}; retrying</source>
        <translation>lost the connection to the team book at {host}; retrying</translation>
    </message>
    <message>
        <source>the team book at {host} refused the login: {reason}</source>
        <translation>the team book at {host} refused the login: {reason}</translation>
    </message>
    <message>
        <source>the team book at {host} is not there: {reason}</source>
        <translation>the team book at {host} is not there: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the team book at {host}; is the server running? ({reason})</source>
        <translation>cannot reach the team book at {host}; is the server running? ({reason})</translation>
    </message>
    <message>
        <source>{owner} has no clients</source>
        <translation>{owner} has no clients</translation>
    </message>
    <message>
        <source>{name} already belongs to {salesperson}</source>
        <translation>{name} already belongs to {salesperson}</translation>
    </message>
    <message>
        <source>only {owner} (the owner) or a manager can share {name}</source>
        <translation>only {owner} (the owner) or a manager can share {name}</translation>
    </message>
    <message>
        <source>only a manager can reassign clients; {user} is not in the {role} role</source>
        <translation>only a manager can reassign clients; {user} is not in the {role} role</translation>
    </message>
    <message>
        <source>name a salesperson</source>
        <translation>name a salesperson</translation>
    </message>
    <message>
        <source>a single-user book has only the user {user}</source>
        <translation>a single-user book has only the user {user}</translation>
    </message>
    <message>
        <source>{name} is not a salesperson of this team book (members: {members})</source>
        <translation>{name} is not a salesperson of this team book (members: {members})</translation>
    </message>
    <message>
        <source>{name} is not a salesperson of this team book (members: none)</source>
        <translation>{name} is not a salesperson of this team book (members: none)</translation>
    </message>
    <message>
        <source>“{text}” holds an invisible control character ({code}); delete it</source>
        <translation>“{text}” holds an invisible control character ({code}); delete it</translation>
    </message>
    <message>
        <source>gender must be F, M or empty</source>
        <translation>gender must be F, M or empty</translation>
    </message>
    <message>
        <source>unknown kind of date: {kind}</source>
        <translation>unknown kind of date: {kind}</translation>
    </message>
    <message>
        <source>{name}: card {card} has no END:VCARD (is the file cut short?)</source>
        <translation>{name}: card {card} has no END:VCARD (is the file cut short?)</translation>
    </message>
    <message>
        <source>{name}: the file ends inside card {card} (is it cut short?)</source>
        <translation>{name}: the file ends inside card {card} (is it cut short?)</translation>
    </message>
    <message>
        <source>{name} holds no contacts (no BEGIN:VCARD … END:VCARD)</source>
        <translation>{name} holds no contacts (no BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>choose at least one reason the client was lost</source>
        <translation>choose at least one reason the client was lost</translation>
    </message>
    <message>
        <source>unknown reason {reason}: use {reasons}</source>
        <translation>unknown reason {reason}: use {reasons}</translation>
    </message>
    <message>
        <source>say what the other reason is</source>
        <translation>say what the other reason is</translation>
    </message>
    <message>
        <source>the day the client was lost cannot be in the future</source>
        <translation>the day the client was lost cannot be in the future</translation>
    </message>
    <message>
        <source>{name} is already marked lost</source>
        <translation>{name} is already marked lost</translation>
    </message>
    <message>
        <source>unknown win-back step {step}: use {steps}</source>
        <translation>unknown win-back step {step}: use {steps}</translation>
    </message>
    <message>
        <source>write a note for this step</source>
        <translation>write a note for this step</translation>
    </message>
    <message>
        <source>unknown outcome {outcome}: use {outcomes}</source>
        <translation>unknown outcome {outcome}: use {outcomes}</translation>
    </message>
    <message>
        <source>note why the client was not won back: the review learns from it</source>
        <translation>note why the client was not won back: the review learns from it</translation>
    </message>
    <message>
        <source>there is no loss #{loss_id}</source>
        <translation>there is no loss #{loss_id}</translation>
    </message>
    <message>
        <source>this win-back is already closed</source>
        <translation>this win-back is already closed</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>file is not a database</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>database disk image is malformed</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>not a SQLite database</translation>
    </message>
</context>
<context>
    <name>TeamBook</name>
    <message>
        <source>The team book is out of reach</source>
        <translation>The team book is out of reach</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form. Try again?</source>
        <translation>%1

Your changes are still in the form. Try again?</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Passer-by</source>
        <translation>Passer-by</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Acquaintance</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Confidant</source>
        <translation>Confidant</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation>%1: %2 clients</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing needs care today. Enjoy the quiet, or call someone you have not spoken to in a while.</source>
        <translation>Nothing needs care today. Enjoy the quiet, or call someone you have not spoken to in a while.</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>For 3 days</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Until a date…</translation>
    </message>
    <message>
        <source>S&amp;kip this year</source>
        <translation>S&amp;kip this year</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Open client</translation>
    </message>
    <message>
        <source>Print call list…</source>
        <translation>Print call list…</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 today</translation>
    </message>
    <message>
        <source>%1 coming up</source>
        <translation>%1 coming up</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Cannot read today's reminders</source>
        <translation>Cannot read today's reminders</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Skip this year</source>
        <translation>Skip this year</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message numerus="yes">
        <source>The selection includes %1: %n reminder(s) in all.</source>
        <translation><numerusform>The selection includes %1: %n reminder in all.</numerusform><numerusform>The selection includes %1: %n reminders in all.</numerusform></translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Log the contact for them all?</source>
        <translation>Log the contact for them all?</translation>
    </message>
    <message>
        <source>Done for all…</source>
        <translation>Done for all…</translation>
    </message>
    <message>
        <source>Snooze them all?</source>
        <translation>Snooze them all?</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>Snooze all</translation>
    </message>
    <message>
        <source>Skip them all for this year?</source>
        <translation>Skip them all for this year?</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Skip all</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2</source>
        <translation>Exported %1 clients to %2</translation>
    </message>
</context>
<context>
    <name>ViewNavigation</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
</context>
<context>
    <name>WinBackDialog</name>
    <message>
        <source>Win-back plan: %1</source>
        <translation>Win-back plan: %1</translation>
    </message>
    <message>
        <source>Win-back step</source>
        <translation>Win-back step</translation>
    </message>
    <message>
        <source>What you did or agreed, in a few words</source>
        <translation>What you did or agreed, in a few words</translation>
    </message>
    <message>
        <source>Note on this step</source>
        <translation>Note on this step</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Add to the plan</translation>
    </message>
    <message>
        <source>&amp;Won back…</source>
        <translation>&amp;Won back…</translation>
    </message>
    <message>
        <source>&amp;Not won back…</source>
        <translation>&amp;Not won back…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Understand: call, visit or ask why they really left; listen without defending.</source>
        <translation>Understand: call, visit or ask why they really left; listen without defending.</translation>
    </message>
    <message>
        <source>Propose: a concrete offer for that reason (service, price, product), worth the client's value.</source>
        <translation>Propose: a concrete offer for that reason (service, price, product), worth the client's value.</translation>
    </message>
    <message>
        <source>Respond: carry out the plan, tell the client what changed and welcome them back.</source>
        <translation>Respond: carry out the plan, tell the client what changed and welcome them back.</translation>
    </message>
    <message>
        <source>Review: what worked, and if they did not come back, why.</source>
        <translation>Review: what worked, and if they did not come back, why.</translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation>Lost on %1: %2</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>follow up on %1</translation>
    </message>
    <message>
        <source>What brought the client back?</source>
        <translation>What brought the client back?</translation>
    </message>
    <message>
        <source>Why was the client not won back?</source>
        <translation>Why was the client not won back?</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>leap </source>
        <translation>leap </translation>
    </message>
    <message>
        <source>lunar %1%2/%3</source>
        <translation>lunar %1%2/%3</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the book.</source>
        <translation>Every row is checked before anything is written to the book.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Add anyway</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed in the file first; nothing will be imported until then.</source>
        <translation><numerusform>%n problem must be fixed in the file first; nothing will be imported until then.</numerusform><numerusform>%n problems must be fixed in the file first; nothing will be imported until then.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n new client(s).</source>
        <translation><numerusform>Ready to import %n new client.</numerusform><numerusform>Ready to import %n new clients.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already in the book: %n client(s).</source>
        <translation><numerusform>Already in the book: %n client.</numerusform><numerusform>Already in the book: %n clients.</numerusform></translation>
    </message>
    <message>
        <source>Clients already in the book (same phone, or same name and company):</source>
        <translation>Clients already in the book (same phone, or same name and company):</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>These columns will not be imported: %1.</source>
        <translation>These columns will not be imported: %1.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>A CSV or Excel list of clients, or contacts exported from a phone (.vcf).</source>
        <translation>A CSV or Excel list of clients, or contacts exported from a phone (.vcf).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>The first row names the columns, such as Name, Phone, Company, Birthday; the next page matches them to the client's fields. Every row is checked before anything is written, and the book is backed up first.</source>
        <translation>The first row names the columns, such as Name, Phone, Company, Birthday; the next page matches them to the client's fields. Every row is checked before anything is written, and the book is backed up first.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx *.vcf *.txt);;All files (*)</source>
        <translation>Client lists (*.csv *.xlsx *.vcf *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Recognised headers are matched already; change any that are wrong.</source>
        <translation>Recognised headers are matched already; change any that are wrong.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Not imported: %1. Choose a field for a column to import it.</source>
        <translation>Not imported: %1. Choose a field for a column to import it.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves the book as it was.</source>
        <translation>Cancel stops the import and leaves the book as it was.</translation>
    </message>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>Reading and checking the rows…</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported…</source>
        <translation>%1 of %2 rows imported…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3.</source>
        <translation>Added %1, updated %2, skipped %3.</translation>
    </message>
</context>
</TS>