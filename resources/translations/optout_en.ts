<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OverviewWidget</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/overview.py" line="275"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>It&apos;s been more than a week since you sent one objection. Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</numerusform>
            <numerusform>It&apos;s been more than a week since you sent %n objections. Have a look in your email (and its spam folder) for Meta&apos;s replies, then record them here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/overview.py" line="286"/>
        <source>Meta&apos;s month to answer has run out for %n objection(s). You can now complain to your data-protection authority: open the objection to see how.</source>
        <translation>
            <numerusform>Meta&apos;s month to answer has run out for one objection. You can now complain to your data-protection authority: open the objection to see how.</numerusform>
            <numerusform>Meta&apos;s month to answer has run out for %n objections. You can now complain to your data-protection authority: open an objection to see how.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/overview.py" line="332"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>This deletes your objection on this computer: account, email address, reason text, dates and Meta&apos;s answer. The following files are removed:</numerusform>
            <numerusform>This deletes all %n objections on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</numerusform>
        </translation>
    </message>
</context>
</TS>
