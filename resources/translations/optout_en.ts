<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CodeTimer</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>%n minute left to type in Meta&apos;s code, until %1.</numerusform>
            <numerusform>%n minutes left to type in Meta&apos;s code, until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>If Meta wrote within its first month that it needs more time, it may take up to %1 more months. Record the day of that email.</numerusform>
            <numerusform>If Meta wrote within its first %n months that it needs more time, it may take up to %1 more months. Record the day of that email.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/history.py" line="359"/>
        <source>By law Meta has %n month(s) to answer, or up to %1 more if it tells you within that time that it needs them. When its email arrives, record the answer below.</source>
        <translation>
            <numerusform>By law Meta has one month to answer, or up to %1 more if it tells you within that month that it needs them. When its email arrives, record the answer below.</numerusform>
            <numerusform>By law Meta has %n months to answer, or up to %1 more if it tells you within that time that it needs them. When its email arrives, record the answer below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>It&apos;s been more than a week since you sent one objection. Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</numerusform>
            <numerusform>It&apos;s been more than a week since you sent %n objections. Have a look in your email (and its spam folder) for Meta&apos;s replies, then record them here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta hasn&apos;t answered one objection in the time it has. Open it to see your next step; if Meta told you it needs longer, wait until then.</numerusform>
            <numerusform>Meta hasn&apos;t answered %n objections in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>This deletes your objection on this computer: account, email address, reason text, dates and Meta&apos;s answer. The following files are removed:</numerusform>
            <numerusform>This deletes all %n objections on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>By law (%1), Meta must answer within one month. It may take up to %2 more months only if it tells you so within that first month.</numerusform>
            <numerusform>By law (%1), Meta must answer within %n months. It may take up to %2 more months only if it tells you so within that first period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after a month, the assistant suggests the next step.</numerusform>
            <numerusform>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n months, the assistant suggests the next step.</numerusform>
        </translation>
    </message>
</context>
</TS>
