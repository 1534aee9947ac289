<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="267"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Die Beschwerdetexte ließen sich nicht verwenden, daher kann keine Beschwerde geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="271"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="320"/>
        <source>The list of other services could not be read.</source>
        <translation>Die Liste der anderen Dienste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="323"/>
        <source>Other AI opt-outs</source>
        <translation>Weitere KI-Widersprüche</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="72"/>
        <source>Did Meta email you a code?</source>
        <translation>Hat Meta Ihnen einen Code per E-Mail geschickt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="75"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Ja, Meta hat mir einen Code geschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="77"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>Nein, Meta hat mir &amp;keinen Code geschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="163"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Verbleibende Zeit für Metas Code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="192"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Ich habe den Code e&amp;ingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="85"/>
        <source>e.g. 14:05 or 10</source>
        <translation>z. B. 14:05 oder 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="87"/>
        <source>When the email with the code arrived</source>
        <translation>Wann die E-Mail mit dem Code ankam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="409"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Um weiterzumachen, fordern Sie einen neuen Code an und drücken Sie „Ich habe einen neuen Code erhalten“, sobald er da ist – oder antworten Sie oben mit „Nein“, wenn Meta keinen Code schickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="99"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Ich habe einen &amp;neuen Code erhalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="368"/>
        <source>The time older forms gave a code ran out at %1. If Meta&apos;s window no longer takes the code, that&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, type when it came and press “I&apos;ve received a new code” above.</source>
        <translation>Die Zeit, die ältere Formulare einem Code gaben, ist um %1 abgelaufen. Nimmt Metas Fenster den Code nicht mehr an, ist das kein Problem: Gehen Sie zurück zu Metas Formular und tippen Sie noch einmal auf „Absenden“. Meta schickt Ihnen einen neuen Code. Sobald er da ist, tragen Sie oben ein, wann er kam, und drücken Sie auf „Ich habe einen neuen Code erhalten“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="377"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Sie haben den Code um %1 eingegeben. Gut gemacht! Drücken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="401"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="412"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Um weiterzumachen, beantworten Sie die Frage: Hat Meta Ihnen einen Code per E-Mail geschickt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="404"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Sobald Sie den Code in Metas Fenster eingegeben haben, drücken Sie auf „Ich habe den Code eingegeben“, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="183"/>
        <source>Part of the code&apos;s time that is left</source>
        <translation>Anteil der verbleibenden Zeit für den Code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="47"/>
        <source>Codes from older versions of Meta&apos;s form worked for about %1 minutes, and that was longer ago, so this code has most likely run out. Send Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Codes aus älteren Versionen von Metas Formular galten etwa %1 Minuten, und das ist länger her – dieser Code ist also sehr wahrscheinlich abgelaufen. Senden Sie Metas Formular noch einmal ab, um einen neuen Code zu bekommen, und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="418"/>
        <source>Last minute of the time older forms allowed! Type the code into Meta&apos;s window right now, before about %1.</source>
        <translation>Letzte Minute der Zeit, die ältere Formulare ließen! Tippen Sie den Code jetzt sofort in Metas Fenster ein, vor etwa %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="423"/>
        <source>Hurry: less than 10 minutes left of the time older forms allowed. Type the code into Meta&apos;s window now, before about %1.</source>
        <translation>Beeilen Sie sich: Von der Zeit, die ältere Formulare ließen, bleiben weniger als 10 Minuten. Tippen Sie den Code jetzt in Metas Fenster ein, vor etwa %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="428"/>
        <source>Time left to type the code into Meta&apos;s window. Older forms&apos; codes worked for about %1 minutes, so until about %2. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Verbleibende Zeit, um den Code in Metas Fenster einzutippen. Codes älterer Formulare galten etwa %1 Minuten, also bis etwa %2. Wenn Sie ihn eingetippt haben, drücken Sie „Ich habe den Code eingegeben“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="89"/>
        <source>It &amp;arrived at:</source>
        <translation>Angekommen u&amp;m:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="95"/>
        <source>Leave it empty if the email has just arrived; else type the time on it, such as 14:05, or how many minutes ago it came, such as 10.</source>
        <translation>Leer lassen, wenn die E-Mail gerade erst gekommen ist; sonst die Uhrzeit darauf eintragen, etwa 14:05, oder vor wie vielen Minuten sie kam, etwa 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="38"/>
        <source>That time hasn&apos;t come yet. Check the time, or leave the box empty if it was just now.</source>
        <translation>Diese Uhrzeit ist noch nicht erreicht. Prüfen Sie die Zeit, oder lassen Sie das Feld leer, wenn es gerade eben war.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="43"/>
        <source>That is before today. Type a time from today, or choose “Just now”.</source>
        <translation>Das ist vor heute. Geben Sie eine Uhrzeit von heute ein, oder wählen Sie „Gerade eben“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="53"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago it was, like 10.</source>
        <translation>Diese Zeitangabe verstehe ich nicht. Schreiben Sie sie wie 14:05, oder wie viele Minuten es her ist, etwa 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="61"/>
        <source>That is earlier than a step already recorded for this objection (%1). Check the time, or leave it as “just now”.</source>
        <translation>Das ist früher als ein Schritt, der für diesen Widerspruch schon festgehalten ist (%1). Prüfen Sie die Uhrzeit, oder lassen Sie es bei „gerade eben“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="86"/>
        <source>When did you press the send button on Meta&apos;s form?</source>
        <translation>Wann haben Sie auf Metas Formular auf „Senden“ gedrückt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="90"/>
        <source>&amp;Just now</source>
        <translation>&amp;Gerade eben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="92"/>
        <source>Earlier &amp;today</source>
        <translation>&amp;Heute früher</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="96"/>
        <source>e.g. 14:05</source>
        <translation>z. B. 14:05</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="97"/>
        <source>Time you pressed the send button</source>
        <translation>Uhrzeit, zu der Sie auf „Senden“ gedrückt haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="102"/>
        <source>at ti&amp;me:</source>
        <translation>&amp;um:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="147"/>
        <source>Recorded: you sent the form at %1.</source>
        <translation>Festgehalten: Sie haben das Formular um %1 abgeschickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="151"/>
        <source>Recorded: you sent the form on %1.</source>
        <translation>Festgehalten: Sie haben das Formular am %1 abgeschickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="203"/>
        <source>The code arrived at %1, so the form was sent before that. Type the time you pressed the send button.</source>
        <translation>Der Code kam um %1 an, das Formular wurde also vorher abgeschickt. Geben Sie die Uhrzeit ein, zu der Sie auf „Senden“ gedrückt haben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="256"/>
        <source>The code can&apos;t have come before you sent the form (%1). Check the time on the email.</source>
        <translation>Der Code kann nicht vor dem Absenden des Formulars gekommen sein (%1). Prüfen Sie die Uhrzeit auf der E-Mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="399"/>
        <source>To go on, say when you pressed the send button on Meta&apos;s form.</source>
        <translation>Um weiterzumachen, sagen Sie, wann Sie auf Metas Formular auf „Senden“ gedrückt haben.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="225"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Metas Code ist abgelaufen. Sie können einen neuen anfordern.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="233"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Nur noch 1 Minute! Geben Sie Metas Code jetzt ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="235"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Noch %1 Minuten, um Metas Code einzugeben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="266"/>
        <source>Meta&apos;s code</source>
        <translation>Metas Code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="279"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Metas Code ist um %1 abgelaufen. Im Schritt zum Code steht, wie Sie einen neuen bekommen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="288"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Letzte Minute: Metas Code läuft in %1 ab! Geben Sie ihn jetzt ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="292"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Beeilen Sie sich: Metas Code läuft in %1 ab. Geben Sie ihn bald ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="293"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Metas Code läuft in %1 ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="300"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Metas Code ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Noch %n Minute, um Metas Code einzugeben, bis %1.</numerusform>
            <numerusform>Noch %n Minuten, um Metas Code einzugeben, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="317"/>
        <source>code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="325"/>
        <source>This computer&apos;s clock shows a time before Meta&apos;s code arrived (at %1), so the time left can&apos;t be counted. The code works until %2: check the time on your phone.</source>
        <translation>Die Uhr dieses Computers zeigt eine Zeit vor dem Eintreffen von Metas Code (um %1), deshalb lässt sich die verbleibende Zeit nicht zählen. Der Code gilt bis %2: Schauen Sie auf Ihrem Handy nach der Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="320"/>
        <source>code valid until %1</source>
        <translation>Code gültig bis %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="281"/>
        <source>Complain to your data-protection authority</source>
        <translation>Bei der Datenschutzbehörde beschweren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="89"/>
        <source>Meta refused your objection.</source>
        <translation>Meta hat Ihren Widerspruch abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="104"/>
        <source>Country you live in</source>
        <translation>Land, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta hat auf Ihren Widerspruch nicht in der Zeit geantwortet, die der Assistent abwartet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="109"/>
        <source>Federal state you live in</source>
        <translation>Bundesland, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="112"/>
        <source>Language of the letter</source>
        <translation>Sprache des Schreibens</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="117"/>
        <source>Which letter</source>
        <translation>Welches Schreiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="97"/>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="151"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>Website der &amp;Behörde öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="102"/>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="226"/>
        <source>Complaint text</source>
        <translation>Text der Beschwerde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="96"/>
        <source>The letters below are written from your record. Read each one, add your name and postal address at the end, and send it where it says. Complaining costs nothing.</source>
        <translation>Die Briefe unten stammen aus Ihren gespeicherten Angaben. Lesen Sie jeden, ergänzen Sie am Ende Ihren Namen und Ihre Postanschrift und schicken Sie ihn dorthin, wo es angegeben ist. Eine Beschwerde kostet nichts.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="60"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="147"/>
        <source>Co&amp;py the letter</source>
        <translation>Brief ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="166"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="167"/>
        <source>Federal &amp;state:</source>
        <translation>B&amp;undesland:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="169"/>
        <source>Lette&amp;r:</source>
        <translation>Brie&amp;f:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="242"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Text des Briefs:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="218"/>
        <source>Choose your federal state…</source>
        <translation>Bundesland wählen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="94"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Wählen Sie Ihr Bundesland, dann erscheint seine Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="302"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Der Name von Metas Firma in diesem Schreiben (%1) ließ sich in öffentlichen Quellen nicht bestätigen. Prüfen Sie ihn vor dem Absenden am Formular der Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="376"/>
        <source>Complain to Meta first</source>
        <translation>Zuerst bei Meta beschweren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="381"/>
        <source>Report to %1</source>
        <translation>Anzeige beim %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="383"/>
        <source>Petition to %1</source>
        <translation>Petition an die %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="385"/>
        <source>Complain to %1</source>
        <translation>Beschwerde bei %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="391"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Brief %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="107"/>
        <source>This letter goes to %1, not to an authority.</source>
        <translation>Dieser Brief geht an %1, nicht an eine Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="115"/>
        <source>&amp;Open Meta&apos;s contact page</source>
        <translation>Metas Kontaktseite &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="119"/>
        <source>Send it through Meta&apos;s contact page (link above), or print it and post it to:
%1</source>
        <translation>Schicken Sie ihn über Metas Kontaktseite (Link oben) oder drucken Sie ihn aus und schicken Sie ihn per Post an:
%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="124"/>
        <source>This contact page and address come from Meta&apos;s privacy policy as quoted in 2025 and could not be confirmed for your country: check the section on contacting Meta in Meta&apos;s privacy policy before you send.</source>
        <translation>Diese Kontaktseite und Anschrift stammen aus Metas Datenschutzrichtlinie, wie sie 2025 zitiert wurde, und ließen sich für Ihr Land nicht bestätigen: Prüfen Sie vor dem Absenden den Abschnitt über die Kontaktaufnahme mit Meta in Metas Datenschutzrichtlinie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="137"/>
        <source>This text goes to %1, through its own complaint form: paste it there.</source>
        <translation>Dieser Text geht an %1, über deren eigenes Beschwerdeformular: Fügen Sie ihn dort ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="142"/>
        <source>This letter goes to %1.</source>
        <translation>Dieser Brief geht an %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="158"/>
        <source>Link checked online on %1.</source>
        <translation>Link online geprüft am %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="162"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Diesen Link hat noch niemand online geprüft. Öffnet er sich nicht, suchen Sie nach dem Namen der Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="259"/>
        <source>Show it &amp;beside in %1</source>
        <translation>Daneben auf %1 &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="273"/>
        <source>The same letter in %1, for you to read. Send the one on the left.</source>
        <translation>Derselbe Brief auf %1, nur zum Lesen. Schicken Sie den linken ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="427"/>
        <source>Copied. This letter goes to %1: paste it (%2) into Meta&apos;s contact page, or print it and post it to the address above.</source>
        <translation>Kopiert. Dieser Brief geht an %1: Fügen Sie ihn (%2) in Metas Kontaktseite ein oder drucken Sie ihn aus und schicken Sie ihn an die Anschrift oben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="436"/>
        <source>Copied. This text goes to %1: paste it (%2) into that authority&apos;s own complaint form.</source>
        <translation>Kopiert. Dieser Text geht an %1: Fügen Sie ihn (%2) in das eigene Beschwerdeformular dieser Behörde ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="441"/>
        <source>Copied. This letter goes to %1: paste it (%2) into the complaint form on that authority&apos;s page, or into an email or letter to it.</source>
        <translation>Kopiert. Dieser Brief geht an %1: Fügen Sie ihn (%2) in das Beschwerdeformular auf der Seite dieser Behörde ein oder in eine E-Mail oder einen Brief an sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="193"/>
        <source>For your safety this link was not opened: it is not an official site of Meta or of a data-protection authority.</source>
        <translation>Zu Ihrer Sicherheit wurde dieser Link nicht geöffnet: Er führt nicht zu einer offiziellen Seite von Meta oder einer Datenschutzbehörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="310"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Diese Behörde nimmt Schreiben nur an in: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="288"/>
        <source>In Germany you may complain to the authority of your own federal state; it passes a complaint about Meta on to the authority in charge. Choose your state above and the letter appears here.</source>
        <translation>In Deutschland dürfen Sie sich bei der Behörde Ihres eigenen Bundeslandes beschweren; sie gibt eine Beschwerde über Meta an die zuständige Behörde ab. Wählen Sie oben Ihr Bundesland, dann erscheint hier der Brief.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="316"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Diese Behörde arbeitet meist in einer anderen Sprache. Vielleicht nimmt sie diese trotzdem an; sehen Sie auf ihrer Website nach.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="332"/>
        <source>Write to &amp;my own state&apos;s authority instead</source>
        <translation>Stattdessen an die Behörde meines &amp;eigenen Landes schreiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="336"/>
        <source>Write to the authority in %1 &amp;directly</source>
        <translation>Direkt an die Behörde in %1 sch&amp;reiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="180"/>
        <source>What %1 asks:</source>
        <translation>Was %1 verlangt:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="344"/>
        <source>%1. To %2</source>
        <translation>%1. An %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="162"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="203"/>
        <source>Your browser should now show the page.</source>
        <translation>Ihr Browser sollte die Seite jetzt anzeigen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="207"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Der Browser hat sich nicht geöffnet. Kopieren Sie den Link und fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="156"/>
        <source>A letter can be at most %1 characters long, so the pasted text after that was left out.</source>
        <translation>Ein Brief kann höchstens %1 Zeichen lang sein, deshalb wurde der eingefügte Text danach weggelassen.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="180"/>
        <source>&amp;More about Meta&apos;s answer</source>
        <translation>&amp;Mehr zu Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="187"/>
        <source>You&apos;re done: “Finish” keeps it and opens your list of objections.</source>
        <translation>Fertig: „Fertigstellen“ speichert ihn und öffnet die Liste Ihrer Widersprüche.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="247"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="83"/>
        <source>Meta asked for more time</source>
        <translation>Meta hat um mehr Zeit gebeten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="68"/>
        <source>Day of Meta&apos;s email asking for more time</source>
        <translation>Tag der E-Mail, in der Meta um mehr Zeit bittet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="52"/>
        <source>Meta as&amp;ked for more time…</source>
        <translation>Meta &amp;hat um mehr Zeit gebeten…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="69"/>
        <source>Record that Meta asked for &amp;more time</source>
        <translation>&amp;Mehr Zeit für Meta eintragen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="76"/>
        <source>Date of Meta&apos;s emai&amp;l:</source>
        <translation>Tag der E-Mail &amp;von Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="116"/>
        <source>Recorded: Meta asked for more time in its email of %1. It now has until %2.</source>
        <translation>Festgehalten: Meta hat in seiner E-Mail vom %1 um mehr Zeit gebeten. Es hat jetzt bis %2 Zeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>Hat Meta innerhalb seines ersten Monats geschrieben, dass es mehr Zeit braucht, darf es bis zu %1 Monate länger brauchen. Tragen Sie den Tag dieser E-Mail ein.</numerusform>
            <numerusform>Hat Meta innerhalb seiner ersten %n Monate geschrieben, dass es mehr Zeit braucht, darf es bis zu %1 Monate länger brauchen. Tragen Sie den Tag dieser E-Mail ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="144"/>
        <source>Saved: the deadline has moved.</source>
        <translation>Gespeichert: Die Frist hat sich verschoben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="147"/>
        <source>The extension is noted but couldn&apos;t be saved to disk.</source>
        <translation>Die Verlängerung ist vermerkt, konnte aber nicht auf die Festplatte gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="155"/>
        <source>That email came after Meta&apos;s first period had ended. The law lets Meta take longer only if it says so within that period, so the deadline stays.</source>
        <translation>Diese E-Mail kam erst nach Ablauf von Metas erster Frist. Nach dem Gesetz darf Meta nur länger brauchen, wenn es das innerhalb dieser Frist sagt; die Frist bleibt also.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="158"/>
        <source>That day is before you sent the objection.</source>
        <translation>Dieser Tag liegt vor dem Absenden Ihres Widerspruchs.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="159"/>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Dieser Tag ist noch nicht gekommen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="160"/>
        <source>This objection isn&apos;t sent yet.</source>
        <translation>Dieser Widerspruch ist noch nicht abgeschickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="161"/>
        <source>The law that applies to you doesn&apos;t provide for more time.</source>
        <translation>Das Gesetz, das für Sie gilt, sieht keine Verlängerung vor.</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="51"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="55"/>
        <source>Cop&amp;y email</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="72"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Begründung für „Bitte erkläre uns, wie sich diese Verarbeitung auf dich auswirkt“:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="114"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;E-Mail-Adresse, die Sie für %1 verwenden:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="117"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Land des Wohnsitzes: Wählen Sie in Metas Liste „%1“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="152"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Um fortzufahren, geben Sie die E-Mail-Adresse ein, die Sie für Ihr Konto verwenden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="162"/>
        <source>There is more than one @ in this address.</source>
        <translation>In dieser Adresse steht mehr als ein @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>Something is missing before the @.</source>
        <translation>Vor dem @ fehlt etwas.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="164"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Nach dem @ fehlt etwas, zum Beispiel example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Der Teil nach dem @ sieht unvollständig aus. Meist enthält er einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="168"/>
        <source>This is far too long to be an email address.</source>
        <translation>Das ist viel zu lang für eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="171"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="30"/>
        <source>Show &amp;on my phone…</source>
        <translation>Auf dem Hand&amp;y zeigen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="34"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>QR-Codes Ihrer E-Mail-Adresse und Ihrer Begründung, zum Scannen mit dem Handy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="37"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Sie füllen das Formular auf dem Handy aus? Scannen Sie die Texte, statt sie abzutippen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="241"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Damit sie in einen Code passt, muss Ihre Begründung um etwa %1 Zeichen kürzer werden: Sie hat %2, ein Code fasst %3 davon.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Auf dem Handy angemeldet? Scannen Sie dies mit der Kamera, um das Formular dort zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>Der Code enthält:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="85"/>
        <source>the &amp;main link</source>
        <translation>den &amp;Hauptlink</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="87"/>
        <source>other link &amp;%1</source>
        <translation>anderen Link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="117"/>
        <source>QR code of the form link %1</source>
        <translation>QR-Code des Formular-Links %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="204"/>
        <source>Name for this objection</source>
        <translation>Name für diesen Widerspruch</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>z. B. „Mein Instagram“ oder „Facebook von Alex“</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="212"/>
        <source>History of this objection</source>
        <translation>Verlauf dieses Widerspruchs</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s answer</source>
        <translation>Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="218"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta hat meinen Widerspruch an&amp;genommen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="219"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta hat ihn &amp;abgelehnt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="227"/>
        <source>Day Meta answered</source>
        <translation>Tag, an dem Meta geantwortet hat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Text von Metas E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="233"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Fügen Sie hier Metas E-Mail ein, wenn Sie möchten.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="235"/>
        <source>Sa&amp;ve the answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="247"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-Mail von Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="261"/>
        <source>&amp;Carry on in the guide</source>
        <translation>Im Assistenten &amp;weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="264"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="265"/>
        <source>&amp;Text…</source>
        <translation>&amp;Text…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="266"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/history.py" line="359"/>
        <source>By law Meta has %n month(s) to answer, or up to %1 more if it tells you within that time that it needs them. When its email arrives, record the answer below.</source>
        <translation>
            <numerusform>Nach dem Gesetz hat Meta %n Monat Zeit für die Antwort, oder bis zu %1 Monate mehr, wenn es Ihnen innerhalb dieser Zeit mitteilt, dass es sie braucht. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</numerusform>
            <numerusform>Nach dem Gesetz hat Meta %n Monate Zeit für die Antwort, oder bis zu %1 Monate mehr, wenn es Ihnen innerhalb dieser Zeit mitteilt, dass es sie braucht. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="366"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Metas Zeit für eine Antwort ist vorbei, es sei denn, Meta hat Ihnen mitgeteilt, dass es länger braucht. Sie können den nächsten Schritt gehen; der Assistent schreibt das Schreiben für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="371"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>Das Gesetz, das für Sie gilt, setzt Meta keine feste Frist für die Antwort. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="375"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta hat seit einiger Zeit nicht geantwortet. Sie können den nächsten Schritt gehen; der Assistent schreibt das Schreiben für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="246"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Datum der Antwort:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="262"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Was nun? &amp;Beschwerde…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>&amp;Kalender-Erinnerungen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="268"/>
        <source>&amp;Delete this objection…</source>
        <translation>Diesen Widerspruch &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="270"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="272"/>
        <source>Save proof as PDF</source>
        <translation>Nachweis als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="273"/>
        <source>Save proof as a text file</source>
        <translation>Nachweis als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="274"/>
        <source>Save proof as JSON</source>
        <translation>Nachweis als JSON speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="275"/>
        <source>Save calendar reminders</source>
        <translation>Kalender-Erinnerungen speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="303"/>
        <source>Save proof:</source>
        <translation>Nachweis speichern:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta hat abgelehnt. Sie können sich bei Ihrer Datenschutzbehörde beschweren; den Text dafür schreibt der Assistent für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="386"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta hat Ihren Widerspruch angenommen. Bewahren Sie den Nachweis gut auf.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="390"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Dieser Widerspruch ist noch nicht abgeschickt. Machen Sie im Assistenten weiter, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="427"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Wählen Sie zuerst, ob Meta angenommen oder abgelehnt hat.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="435"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>Die E-Mail von Meta ist länger als %1 Zeichen. Behalte den Teil mit der Antwort von Meta und speichere noch einmal.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="444"/>
        <source>That date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="450"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Bei einem Widerspruch in diesem Stand lässt sich keine Antwort eintragen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="455"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>Die Antwort ist vermerkt, konnte aber nicht auf dem Datenträger gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="458"/>
        <source>Answer saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="471"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Damit wird der Widerspruch für %1 (%2) von diesem Computer gelöscht: Ihre Angaben, die Begründung, der Verlauf und Metas Antwort. Er wird aus %3 entfernt. Dateien, die Sie selbst gespeichert haben, bleiben erhalten. Das lässt sich nicht rückgängig machen. Ihr Widerspruch bei Meta bleibt davon unberührt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="481"/>
        <source>Delete this objection?</source>
        <translation>Diesen Widerspruch löschen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="398"/>
        <source>The guide&apos;s last steps are still open: carry on to save the proof and reminders.</source>
        <translation>Die letzten Schritte im Assistenten sind noch offen: Machen Sie weiter, um den Nachweis und die Erinnerungen zu speichern.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="414"/>
        <source>Meta&apos;s email is longer than %1 characters, so only its start was pasted. Keep the part with Meta&apos;s answer.</source>
        <translation>Metas E-Mail ist länger als %1 Zeichen, deshalb wurde nur ihr Anfang eingefügt. Behalten Sie den Teil mit Metas Antwort.</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="25"/>
        <source>What you can do now</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="35"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>&amp;Erinnerungen für den Kalender speichern…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="36"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Eine Kalenderdatei, die Sie an Metas Antwort erinnert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="41"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Metas &amp;Antwort eintragen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="42"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Festhalten, ob Meta Ihren Widerspruch angenommen oder abgelehnt hat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="47"/>
        <source>Save the &amp;proof now…</source>
        <translation>&amp;Nachweis jetzt speichern…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="48"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Ein PDF mit den Daten, dem Link und der Begründung, die Sie gesendet haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="53"/>
        <source>O&amp;ther AI opt-outs…</source>
        <translation>Weitere KI-Wi&amp;dersprüche…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="55"/>
        <source>A checklist of other services that train AI on your data, and how to stop them</source>
        <translation>Eine Checkliste weiterer Dienste, die KI mit Ihren Daten trainieren, und wie Sie das stoppen</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="29"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Direkt zum Formular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="33"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Überspringt die Schritte zur Mitteilung und zum Link und führt zur Seite, die das Formular öffnet.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="85"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="86"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="263"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="380"/>
        <source>Start over?</source>
        <translation>Von vorn beginnen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="382"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Damit werden alle Ihre Angaben gelöscht (Konto, Land, E-Mail-Adresse und Begründung), und es geht zurück zur ersten Seite.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="415"/>
        <source>Close without saving?</source>
        <translation>Schließen, ohne zu speichern?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="417"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Ihre letzten Angaben konnten nicht gespeichert werden: Der Datenträger ist voll oder schreibgeschützt. Wenn Sie jetzt schließen, gehen sie verloren. Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="53"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adresse des Formulars, falls Sie sie selbst in einen Browser einfügen möchten:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="56"/>
        <source>Link to the objection form</source>
        <translation>Link zum Widerspruchsformular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="82"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Der Link hat nicht funktioniert, oder die Seite meldet, sie sei nicht verfügbar? Versuchen Sie diesen:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="112"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>Das %1-Formular im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="133"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Diese Links haben sich bei einer Online-Prüfung am %1 öffnen lassen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="137"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Diese Links wurden am %1 aus öffentlichen Quellen zusammengetragen und noch nicht online aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="155"/>
        <source>Co&amp;py link %1</source>
        <translation>Link %1 ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="156"/>
        <source>Other link %1</source>
        <translation>Anderer Link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="160"/>
        <source>Op&amp;en</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>Open other link %1</source>
        <translation>Anderen Link %1 öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="176"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Zu Ihrer Sicherheit wurde dieser Link nicht geöffnet: Der Assistent öffnet nur sichere (https-)Seiten auf Metas eigenen Websites. Die Datei mit dem Leitfaden wurde möglicherweise verändert; in der README steht, wie Sie das beheben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="188"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Ihr Browser sollte das Formular jetzt anzeigen. Nichts zu sehen? Kopieren Sie den Link unten und fügen Sie ihn in die Adresszeile Ihres Browsers ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="197"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Der Browser hat sich nicht geöffnet. Kopieren Sie den Link unten und fügen Sie ihn in die Adresszeile Ihres Browsers ein.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="79"/>
        <source>%1 – your objections</source>
        <translation>%1 – Ihre Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="81"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="103"/>
        <source>Your objections</source>
        <translation>Ihre Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="88"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Eine Zeile für jedes Konto, für das Sie widersprochen haben. Wählen Sie eine aus, um weiterzumachen, Verlauf und Nachweis anzusehen oder Metas Antwort einzutragen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="135"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Neuer Widerspruch…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>Start a new objection</source>
        <translation>Einen neuen Widerspruch beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="138"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>Carry on with the chosen objection</source>
        <translation>Mit dem ausgewählten Widerspruch weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="141"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Verlauf, Antwort und Nachweis…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Verlauf des ausgewählten Widerspruchs öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="144"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>Save proof of all objections</source>
        <translation>Nachweis für alle Widersprüche speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>&amp;Forget everything…</source>
        <translation>Alles ver&amp;gessen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="161"/>
        <source>Delete every objection from this computer</source>
        <translation>Alle Widersprüche von diesem Computer löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Sie haben vor mehr als einer Woche %n Widerspruch abgeschickt. Sehen Sie in Ihren E-Mails (auch im Spam-Ordner) nach, ob Meta geantwortet hat, und tragen Sie die Antwort hier ein.</numerusform>
            <numerusform>Sie haben vor mehr als einer Woche %n Widersprüche abgeschickt. Sehen Sie in Ihren E-Mails (auch im Spam-Ordner) nach, ob Meta geantwortet hat, und tragen Sie die Antworten hier ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta hat auf %n Widerspruch nicht in der Zeit geantwortet, die es hat. Öffnen Sie ihn, um Ihren nächsten Schritt zu sehen; hat Meta Ihnen mitgeteilt, dass es länger braucht, warten Sie bis dahin.</numerusform>
            <numerusform>Meta hat auf %n Widersprüche nicht in der Zeit geantwortet, die es hat. Öffnen Sie einen davon, um Ihren nächsten Schritt zu sehen; hat Meta Ihnen mitgeteilt, dass es länger braucht, warten Sie bis dahin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Damit wird %n Widerspruch auf diesem Computer gelöscht, mit allem, was dazugehört: Konto, E-Mail-Adresse, Begründung, Datumsangaben und Metas Antwort. Diese Dateien werden entfernt:</numerusform>
            <numerusform>Damit werden alle %n Widersprüche auf diesem Computer gelöscht: Konten, E-Mail-Adressen, Begründungen, Datumsangaben und Metas Antworten. Diese Dateien werden entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="327"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Dateien, die Sie selbst gespeichert haben (PDF, Text, Kalender), bleiben, wo sie sind. Das lässt sich nicht rückgängig machen. Ihre Widersprüche bei Meta bleiben davon unberührt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="333"/>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="338"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Einige Dateien konnten nicht gelöscht werden. Schließen Sie andere Programme und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="147"/>
        <source>Other AI opt-&amp;outs…</source>
        <translation>Weitere KI-Wi&amp;dersprüche…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="150"/>
        <source>Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more</source>
        <translation>Weitere KI-Widersprüche: LinkedIn, Google Gemini, WhatsApp, X und mehr</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="136"/>
        <source>Continue on your phone</source>
        <translation>Auf dem Handy weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="145"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Halten Sie die Handykamera auf einen Code: Das Handy zeigt den Text an und lässt Sie ihn kopieren, um ihn in Metas Formular einzufügen. Die Codes sind nur auf diesem Bildschirm zu sehen; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="163"/>
        <source>Show it as several &amp;codes</source>
        <translation>Als mehrere &amp;Codes zeigen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="165"/>
        <source>&amp;Shorten the reason</source>
        <translation>Begründung &amp;kürzen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="167"/>
        <source>&amp;Previous part</source>
        <translation>&amp;Vorheriger Teil</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="169"/>
        <source>Ne&amp;xt part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="238"/>
        <source>Your email address: %1</source>
        <translation>Ihre E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="240"/>
        <source>QR code of your email address %1</source>
        <translation>QR-Code Ihrer E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="244"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Noch keine E-Mail-Adresse: Geben Sie sie zuerst auf der Seite ein und öffnen Sie dies dann erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="255"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Noch keine Begründung: Schreiben Sie sie zuerst auf der Seite und öffnen Sie dies dann erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="261"/>
        <source>Your reason (%1 characters):</source>
        <translation>Ihre Begründung (%1 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="265"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>QR-Code Ihrer Begründung, %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="271"/>
        <source>Your reason</source>
        <translation>Ihre Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="275"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Ihre Begründung ist für einen Code zu lang: Sie hat %1 Zeichen, ein Code fasst nur die ersten %2 davon. Zeigen Sie sie als mehrere nummerierte Codes, die Sie nacheinander scannen und einfügen, oder kürzen Sie sie, bis sie in einen Code passt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="290"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scannen Sie die Codes der Reihe nach und fügen Sie jeden Teil direkt hinter dem vorigen ein: Zusammen ergeben sie Ihre ganze Begründung.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="326"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Ihre Begründung, Teil %1/%2 (%3 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="333"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>QR-Code von Teil %1 von %2 Ihrer Begründung, %3 Zeichen</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="110"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Hilfe beim Schreiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="33"/>
        <source>Tick what applies to you:</source>
        <translation>Kreuzen Sie an, was auf Sie zutrifft:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>F&amp;otos und Videos von mir oder meiner Familie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Meine K&amp;inder sind in meinen Beiträgen zu sehen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="37"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Meine kreative oder berufliche Arbeit (K&amp;unst, Texte, Fotografie)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Meine Meinungen und mein &amp;Privatleben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mein Gesicht, mein &amp;Aussehen und meine Stimme</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="42"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Ich habe dieser &amp;Nutzung nie zugestimmt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="54"/>
        <source>Tone of the reason</source>
        <translation>Tonfall der Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="58"/>
        <source>Formal</source>
        <translation>Förmlich</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="64"/>
        <source>Language of the reason</source>
        <translation>Sprache der Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="67"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Tonfall:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="69"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Sprache des Textes:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="72"/>
        <source>&amp;Write the text</source>
        <translation>Text &amp;formulieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="129"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="133"/>
        <source>Re&amp;do</source>
        <translation>Wie&amp;derherstellen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="152"/>
        <source>Copy rea&amp;son</source>
        <translation>Begründung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="156"/>
        <source>Copy the reason (%1)</source>
        <translation>Begründung kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="163"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>&amp;Genau anzeigen, was kopiert wird</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="178"/>
        <source>What will be copied</source>
        <translation>Was kopiert wird</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="282"/>
        <source>Replace your text?</source>
        <translation>Ihren Text ersetzen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="284"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Sie haben den Text im Feld geändert. Soll er durch einen neuen Text aus Ihrer Auswahl ersetzt werden? (Mit „Rückgängig“ bekommen Sie Ihre Fassung zurück.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="319"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Ihr eigener Text wurde beibehalten. Drücken Sie auf „Text formulieren“, um ihn durch einen neuen Text aus dieser Auswahl zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Die vorbereiteten Texte konnten nicht gelesen werden (%1). Sie können trotzdem Ihren eigenen Text schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="355"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Die Texte in der Sprache „%1“ konnten nicht gelesen werden, deshalb wird Englisch verwendet. Datei: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="399"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="400"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>Das ist sehr lang. Ein paar klare Absätze lassen sich für die Leute bei Meta leichter lesen, und Webformulare schneiden lange Texte manchmal ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="418"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Die Begründung ist leer, es gibt also noch nichts zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Das Kopieren hat nicht geklappt. Der Text ist jetzt markiert: Kopieren Sie ihn selbst über das Menü oder die Tastatur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="434"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Ihre Begründung wurde kopiert (%1 Zeichen). Fügen Sie sie in Metas Formular in das Feld „Bitte erkläre uns, wie sich diese Verarbeitung auf dich auswirkt“ ein (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="39"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Dein gespeicherter Grund ist länger als %1 Zeichen, daher wird nur sein Anfang gezeigt. Der ganze Text bleibt gespeichert, bis du ihn hier änderst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="67"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Ein Grund darf höchstens %1 Zeichen lang sein, der Text danach wurde weggelassen. Ein paar klare Absätze reichen.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="136"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link zu Metas Formular für Informationen von anderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Nach dem Gesetz (%1) muss Meta innerhalb von %n Monat antworten. Bis zu %2 weitere Monate darf es sich nur Zeit lassen, wenn es Ihnen das innerhalb dieser ersten Frist mitteilt.</numerusform>
            <numerusform>Nach dem Gesetz (%1) muss Meta innerhalb von %n Monaten antworten. Bis zu %2 weitere Monate darf es sich nur Zeit lassen, wenn es Ihnen das innerhalb dieser ersten Frist mitteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>Das Gesetz, das für Sie gilt (%1), setzt Meta keine feste Frist für die Antwort. Kommt nach %n Monat nichts, schlägt der Assistent den nächsten Schritt vor.</numerusform>
            <numerusform>Das Gesetz, das für Sie gilt (%1), setzt Meta keine feste Frist für die Antwort. Kommt nach %n Monaten nichts, schlägt der Assistent den nächsten Schritt vor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="128"/>
        <source>A different case: &amp;information Meta got from others</source>
        <translation>Ein anderer Fall: &amp;Informationen, die Meta von anderen hat</translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Ihre gespeicherten Widersprüche ließen sich nicht öffnen, daher wird vorerst nichts gespeichert: Die Datei bleibt genau so, wie sie ist. Schließen Sie den Assistenten, prüfen Sie, ob der Datenordner lesbar ist, und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Diese Angaben stammen aus einer neueren Version dieses Assistenten, deshalb wird hier nichts gespeichert: Die Datei der neueren Version bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 ist eine Datei, wo ein Ordner sein sollte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>das System hat es verweigert (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Ihre Angaben konnten nicht gespeichert werden: %1. Solange dieses Fenster offen bleibt, geht nichts verloren, und der Assistent versucht es alle paar Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="27"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="83"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="85"/>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="86"/>
        <source>to come</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="89"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="98"/>
        <source>Go back to this step</source>
        <translation>Zu diesem Schritt zurückgehen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="84"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="46"/>
        <source>Which account do you want to object for?</source>
        <translation>Für welches Konto möchten Sie widersprechen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>&amp;Where do you live?</source>
        <translation>In welchem &amp;Land leben Sie?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="62"/>
        <source>Choose your country</source>
        <translation>Wählen Sie Ihr Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="63"/>
        <source>Country where you live</source>
        <translation>Land, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="155"/>
        <source>choose an account</source>
        <translation>wählen Sie ein Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="157"/>
        <source>choose your country</source>
        <translation>wählen Sie Ihr Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source>To go on, %1.</source>
        <translation>Um fortzufahren, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="40"/>
        <source>&amp;About this assistant</source>
        <translation>Über diesen &amp;Assistenten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="94"/>
        <source>Wha&amp;t&apos;s new</source>
        <translation>&amp;Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="22"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Prüfen Sie Ihre E-Mails auf Metas Antwort ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="23"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Vor einer Woche haben Sie Meta Ihren Widerspruch gegen das KI-Training für {what} geschickt. Sehen Sie in diesem Postfach (auch im Spam-Ordner) nach Metas Antwort und tragen Sie sie dann in „{app}“ ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="31"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Metas Frist für eine Antwort ist abgelaufen ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="32"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Das Gesetz gab Meta einen Monat Zeit, um auf Ihren Widerspruch für {what} vom {sent} zu antworten. Bis zu zwei Monate länger darf Meta nur brauchen, wenn es Ihnen das innerhalb dieses Monats mitgeteilt hat. Keine Antwort oder eine Ablehnung? Öffnen Sie „{app}“: Dort können Sie eine Beschwerde an Ihre Datenschutzbehörde schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="51"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Zeit, nach Ihrem Widerspruch zu sehen ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="52"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Sie haben Ihren Widerspruch für {what} am {sent} geschickt. Das Gesetz an Ihrem Wohnort setzt Meta keine feste Frist für die Antwort. Ist bisher nichts gekommen, öffnen Sie „{app}“: Dort sehen Sie, was Sie als Nächstes tun können.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="58"/>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="41"/>
        <source>Meta&apos;s extra time to answer is up ({what})</source>
        <translation>Metas zusätzliche Zeit für die Antwort ist um ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="42"/>
        <source>You sent your objection for {what} on {sent}. In its email of {email_on} Meta said it needs more time; the longer time the law allows is now over. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Sie haben Ihren Widerspruch für {what} am {sent} abgeschickt. In seiner E-Mail vom {email_on} hat Meta gesagt, dass es mehr Zeit braucht; die längere Zeit, die das Gesetz erlaubt, ist jetzt um. Keine Antwort oder eine Ablehnung? Öffnen Sie „{app}“: Dort können Sie eine Beschwerde an Ihre Datenschutzbehörde schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="22"/>
        <source>Look again at your AI setting ({service})</source>
        <translation>Ihre KI-Einstellung erneut prüfen ({service})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="23"/>
        <source>On {day} you recorded your AI-training opt-out at {service} in the {app}. Services have changed such settings before: open the {app}, choose “Other AI opt-outs” and check that it is still as you left it.</source>
        <translation>Am {day} haben Sie im {app} Ihren Widerspruch gegen KI-Training bei {service} festgehalten. Dienste haben solche Einstellungen schon früher geändert: Öffnen Sie den {app}, wählen Sie „Weitere KI-Widersprüche“ und prüfen Sie, ob alles noch so ist, wie Sie es eingestellt haben.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="34"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Eine Datei, die zur App gehört, ließ sich nicht verwenden, daher funktioniert dieser Teil nicht. Deine bisherigen Antworten sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="42"/>
        <source>Something unexpected went wrong. Your answers so far are saved.

If it happens again, the technical details are in this file:
%1</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre bisherigen Angaben sind gespeichert.

Wenn es noch einmal passiert, finden Sie die technischen Einzelheiten in dieser Datei:
%1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="91"/>
        <source>Save proof as PDF</source>
        <translation>Nachweis als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Nachweis als Text speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Nachweis als JSON speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="384"/>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Kalender-Erinnerungen speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="162"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Das Speichern hat nicht geklappt (%1). Versuchen Sie es mit einem anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="151"/>
        <source>Saving didn&apos;t work: a text in this objection holds a broken character. Nothing was saved.</source>
        <translation>Speichern hat nicht geklappt: Ein Text in diesem Widerspruch enthält ein beschädigtes Zeichen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="43"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Einige sehr lange Texte sind hier gekürzt. Deine Datei behält sie ganz, und die PDF-, Text- und JSON-Exporte zeigen sie vollständig.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="21"/>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="22"/>
        <source>“%1”, started %2</source>
        <translation>„%1“, begonnen am %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="26"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Im Widerspruch %1 ließen sich einige Antworten nicht lesen (%2) und wurden weggelassen; der Rest ist da.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="47"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>Der Widerspruch %1 nutzt etwas, das diese Version nicht kennt (%2), daher wird er nicht gezeigt. Er bleibt für die neuere Version in der Datei.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="57"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>Der Widerspruch %1 ließ sich nicht lesen (%2) und wurde beiseitegelegt; deine anderen Widersprüche sind alle da.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Its saved text is kept in %1</source>
        <translation>Sein gespeicherter Text liegt in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="78"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="80"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="91"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Ihre gespeicherten Angaben konnten nicht gelesen werden, deshalb beginnt der Assistent von vorn.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="137"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Die beschädigte Datei wurde hier aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="100"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Ein Teil Ihrer gespeicherten Angaben konnte nicht gelesen werden; der Rest ist erhalten geblieben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Eine Kopie der ursprünglichen Datei liegt hier: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="107"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Ihre Angaben wurden von einer neueren Version dieses Assistenten gespeichert. Sie werden angezeigt, aber nicht gespeichert, damit die Datei der neueren Version unverändert bleibt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="121"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Ihre gespeicherten Angaben konnten nicht geöffnet werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="128"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Deine Einstellungen ließen sich nicht lesen (%1: %2), daher gelten die üblichen: Die Sprache folgt deinem System, bis du eine wählst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="164"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 ist eine Datei, wo ein Ordner sein sollte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="167"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="174"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Vorerst lässt sich nichts speichern: Deine Antworten bleiben im Speicher, solange der Assistent offen ist. Wähle mit --data-dir einen anderen Ordner oder verschiebe die Datei.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="36"/>
        <source>The objection %1 could not be read (%2). No copy of it could be kept yet (the disk may be full), so the file is left as it is; the copy is made, and your answers saved, as soon as there is room.</source>
        <translation>Der Widerspruch %1 konnte nicht gelesen werden (%2). Es konnte noch keine Kopie davon aufbewahrt werden (vielleicht ist der Datenträger voll), deshalb bleibt die Datei, wie sie ist; die Kopie wird angelegt und Ihre Antworten werden gespeichert, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>Your answers file (%1) was written by a newer version of this assistant, in a form this version can&apos;t read. It was left exactly as it is, and nothing will be saved to it. Open it with the newer version, or choose another folder with --data-dir.</source>
        <translation>Ihre Antwortdatei (%1) wurde von einer neueren Version dieses Assistenten geschrieben, in einer Form, die diese Version nicht lesen kann. Sie bleibt genau so, wie sie ist, und es wird nichts darin gespeichert. Öffnen Sie sie mit der neueren Version oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="145"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="147"/>
        <source>the folder can&apos;t be written to</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="149"/>
        <source>the system refused (%1)</source>
        <translation>das System hat es verweigert (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="152"/>
        <source>This objection could not be deleted: %1. It stays in your list and in the file, as before.</source>
        <translation>Dieser Widerspruch konnte nicht gelöscht werden: %1. Er bleibt in Ihrer Liste und in der Datei, wie bisher.</translation>
    </message>
</context>
<context>
    <name>other_optouts</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="22"/>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="24"/>
        <source>Does not apply to me (noted %1)</source>
        <translation>Betrifft mich nicht (vermerkt am %1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="25"/>
        <source>Not done</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="30"/>
        <source>A setting to switch off</source>
        <translation>Eine Einstellung zum Ausschalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="31"/>
        <source>A form to send</source>
        <translation>Ein Formular zum Absenden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="32"/>
        <source>A signal to AI companies (they may ignore it)</source>
        <translation>Ein Signal an KI-Firmen (sie können es übergehen)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="33"/>
        <source>No way to opt out found</source>
        <translation>Keine Möglichkeit zum Widerspruch gefunden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="40"/>
        <source>Choose where you live above</source>
        <translation>Wählen Sie oben, wo Sie wohnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="42"/>
        <source>Our sources don&apos;t name %1</source>
        <translation>Unsere Quellen nennen %1 nicht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="45"/>
        <source>Applies in %1 since %2</source>
        <translation>Gilt in %1 seit %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="49"/>
        <source>Applies in %1</source>
        <translation>Gilt in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="56"/>
        <source>Other AI opt-outs: %1 of %2 done</source>
        <translation>Weitere KI-Widersprüche: %1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="66"/>
        <source>Link to the setting or form</source>
        <translation>Link zur Einstellung oder zum Formular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="69"/>
        <source>&amp;Open in the browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="70"/>
        <source>Opens the link in your web browser</source>
        <translation>Öffnet den Link in Ihrem Webbrowser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="75"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="76"/>
        <source>Puts the link on the clipboard</source>
        <translation>Legt den Link in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="86"/>
        <source>On your phone? Scan this code with its camera to open the same link.</source>
        <translation>Am Handy? Scannen Sie diesen Code mit der Kamera, um denselben Link zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="95"/>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="98"/>
        <source>Copy &amp;email address</source>
        <translation>&amp;E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="99"/>
        <source>For the form&apos;s email field</source>
        <translation>Für das E-Mail-Feld des Formulars</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="111"/>
        <source>Copy the &amp;reason</source>
        <translation>&amp;Begründung kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="112"/>
        <source>For the form&apos;s field where you say what you object to</source>
        <translation>Für das Feld, in dem Sie sagen, wogegen Sie widersprechen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="120"/>
        <source>I&apos;ve &amp;done it</source>
        <translation>Ich habe es e&amp;rledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="121"/>
        <source>Records that you switched it off or sent the form, with the time</source>
        <translation>Hält mit Uhrzeit fest, dass Sie es ausgeschaltet oder das Formular gesendet haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="128"/>
        <source>Doesn&apos;t &amp;apply to me</source>
        <translation>Betrifft &amp;mich nicht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="129"/>
        <source>For example, you have no account there</source>
        <translation>Zum Beispiel, weil Sie dort kein Konto haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="134"/>
        <source>&amp;Not done yet</source>
        <translation>&amp;Noch nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="135"/>
        <source>Records that this is still to do</source>
        <translation>Hält fest, dass dies noch zu tun ist</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="140"/>
        <source>Calendar reminder to look a&amp;gain…</source>
        <translation>Kalender-Erinnerung zum erneuten &amp;Prüfen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="141"/>
        <source>A calendar file that reminds you in three months</source>
        <translation>Eine Kalenderdatei, die Sie in drei Monaten erinnert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="221"/>
        <source>It covers future use only.</source>
        <translation>Er gilt nur für die künftige Nutzung.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="227"/>
        <source>Unconfirmed: the way to this setting comes from press reports of %1, not from %2 itself. It may have changed since.</source>
        <translation>Unbestätigt: Der Weg zu dieser Einstellung stammt aus Presseberichten vom %1, nicht von %2 selbst. Er kann sich seitdem geändert haben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="239"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="247"/>
        <source>As the service names it (in English):</source>
        <translation>So nennt es der Dienst (auf Englisch):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="249"/>
        <source>As the service names it:</source>
        <translation>So nennt es der Dienst:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="253"/>
        <source>Where to find it (menus in English):</source>
        <translation>Wo Sie es finden (Menüs auf Englisch):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="256"/>
        <source>Where to find it:</source>
        <translation>Wo Sie es finden:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="268"/>
        <source>QR code of the link to %1</source>
        <translation>QR-Code des Links zu %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="283"/>
        <source>Sources (as read on the date given):</source>
        <translation>Quellen (gelesen am angegebenen Tag):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="310"/>
        <source>This link is not one the app opens.</source>
        <translation>Diesen Link öffnet die App nicht.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="316"/>
        <source>The link was passed to your browser.</source>
        <translation>Der Link wurde an Ihren Browser übergeben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="320"/>
        <source>No browser opened. Copy the link and paste it into your browser, or scan the code with your phone.</source>
        <translation>Es hat sich kein Browser geöffnet. Kopieren Sie den Link in Ihren Browser oder scannen Sie den Code mit dem Handy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="332"/>
        <source>Copying didn&apos;t work. Select the text and copy it yourself.</source>
        <translation>Das Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="340"/>
        <source>Copied. Paste it where the page asks for it.</source>
        <translation>Kopiert. Fügen Sie es dort ein, wo die Seite danach fragt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="358"/>
        <source>Not saved: the note at the top says why.</source>
        <translation>Nicht gespeichert: Der Hinweis oben sagt, warum.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="362"/>
        <source>This could not be saved on this computer. Check that the disk has room and try again.</source>
        <translation>Das konnte auf diesem Computer nicht gespeichert werden. Prüfen Sie, ob auf dem Datenträger Platz ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="382"/>
        <source>Save a calendar reminder</source>
        <translation>Kalender-Erinnerung speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="397"/>
        <source>Saved. Open the file to add the reminder to your calendar.</source>
        <translation>Gespeichert. Öffnen Sie die Datei, um die Erinnerung in Ihren Kalender zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="82"/>
        <source>Other AI opt-outs</source>
        <translation>Weitere KI-Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="84"/>
        <source>Your AI opt-outs beyond Meta</source>
        <translation>Ihre KI-Widersprüche über Meta hinaus</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="91"/>
        <source>Other services train AI on what people post too. Choose a service to see what it does and how to stop it; the app notes what you did and when. Services with no way to opt out are listed so you know.</source>
        <translation>Auch andere Dienste trainieren KI mit dem, was Menschen posten. Wählen Sie einen Dienst, um zu sehen, was er tut und wie Sie es stoppen; die App hält fest, was Sie wann getan haben. Dienste ohne Widerspruchsmöglichkeit stehen zu Ihrer Information mit auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="102"/>
        <source>&amp;Where you live:</source>
        <translation>&amp;Wohnort:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="104"/>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="125"/>
        <source>Where you live</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="120"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="123"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="124"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="126"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="145"/>
        <source>The chosen service</source>
        <translation>Der gewählte Dienst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="189"/>
        <source>Your earlier record of these opt-outs could not be read. It was kept as %1; this list starts afresh.</source>
        <translation>Ihre bisherige Aufzeichnung dieser Widersprüche war nicht lesbar. Sie wurde als %1 aufbewahrt; die Liste beginnt neu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="195"/>
        <source>Your record of these opt-outs was saved by a newer version of the app. It is shown, but nothing you do here is saved.</source>
        <translation>Ihre Aufzeichnung dieser Widersprüche stammt von einer neueren Version der App. Sie wird angezeigt, aber was Sie hier tun, wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="201"/>
        <source>Your record of these opt-outs can&apos;t be opened (%1). Nothing you do here is saved.</source>
        <translation>Ihre Aufzeichnung dieser Widersprüche lässt sich nicht öffnen (%1). Was Sie hier tun, wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="227"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="172"/>
        <source>As a PDF receipt…</source>
        <translation>Als PDF-Beleg…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="173"/>
        <source>As plain text…</source>
        <translation>Als einfacher Text…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="174"/>
        <source>As JSON (for programs)…</source>
        <translation>Als JSON (für Programme)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="35"/>
        <source>Not sent yet</source>
        <translation>Noch nicht abgeschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="36"/>
        <source>Form opened</source>
        <translation>Formular geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Von Meta angenommen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Von Meta abgelehnt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Sent, but the code expired</source>
        <translation>Gesendet, aber der Code ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="66"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Neuen Code holen: in Metas Formular noch einmal auf „Senden“ tippen, dann weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="72"/>
        <source>Carry on where you stopped</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>In den E-Mails nach Metas Antwort sehen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="77"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Auf Metas E-Mail warten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="80"/>
        <source>Complain to your data-protection authority</source>
        <translation>Bei der Datenschutzbehörde beschweren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="81"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nichts mehr: Sie sind fertig</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="85"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="107"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="108"/>
        <source>Email or name</source>
        <translation>E-Mail oder Name</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="110"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="111"/>
        <source>What next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="193"/>
        <source>(no email yet)</source>
        <translation>(noch keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="37"/>
        <source>Sent</source>
        <translation>Abgeschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="38"/>
        <source>Sent, no code asked</source>
        <translation>Abgeschickt, kein Code verlangt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="39"/>
        <source>Sent, code not entered yet</source>
        <translation>Abgeschickt, Code noch nicht eingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Sent, code entered</source>
        <translation>Abgeschickt, Code eingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Sent, waiting for Meta</source>
        <translation>Abgeschickt, wartet auf Meta</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Widerspruch gegen die Nutzung personenbezogener Daten durch Meta für das KI-Training</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Dieses Protokoll wurde am {when} mit {app} {version} erstellt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Alle Zeiten sind in der Zeitzone {zone} angegeben, jeweils mit ihrer Abweichung von UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="58"/>
        <source>Name given</source>
        <translation>Angegebener Name</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="59"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="60"/>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>Form link used</source>
        <translation>Verwendeter Formular-Link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Gesendete Begründung (genau wie kopiert)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>(no reason text was recorded)</source>
        <translation>(es wurde kein Begründungstext festgehalten)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>Meta&apos;s answer</source>
        <translation>Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>(no answer recorded yet)</source>
        <translation>(noch keine Antwort eingetragen)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} am {date} (eingetragen: {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="69"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Text von Metas E-Mail, wie eingefügt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(nicht festgehalten)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="71"/>
        <source>Dates of each step</source>
        <translation>Datum jedes Schritts</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Datum von Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>Answer recorded in the app</source>
        <translation>Antwort in der App festgehalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="78"/>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="112"/>
        <source>not yet sent (draft)</source>
        <translation>noch nicht abgeschickt (Entwurf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="113"/>
        <source>form opened</source>
        <translation>Formular geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="117"/>
        <source>honoured by Meta</source>
        <translation>von Meta angenommen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="118"/>
        <source>refused by Meta</source>
        <translation>von Meta abgelehnt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="135"/>
        <source>objection started</source>
        <translation>Widerspruch begonnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="136"/>
        <source>status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="137"/>
        <source>reason text copied for the form</source>
        <translation>Begründungstext für das Formular kopiert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="138"/>
        <source>form link opened</source>
        <translation>Formular-Link geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="139"/>
        <source>answers cleared to start over</source>
        <translation>Angaben gelöscht, um neu zu beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="79"/>
        <source>Sent (send button pressed on Meta&apos;s form)</source>
        <translation>Abgeschickt (auf Metas Formular auf „Senden“ gedrückt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="80"/>
        <source>Code from Meta</source>
        <translation>Code von Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="81"/>
        <source>not asked for</source>
        <translation>nicht verlangt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="82"/>
        <source>received at {received}, not entered yet</source>
        <translation>erhalten um {received}, noch nicht eingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="83"/>
        <source>received at {received}, entered at {entered}</source>
        <translation>erhalten um {received}, eingegeben um {entered}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="84"/>
        <source>Meta&apos;s time to answer ends</source>
        <translation>Metas Zeit für die Antwort endet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="85"/>
        <source>{when} (longer: Meta asked for more time in its email of {date})</source>
        <translation>{when} (länger: Meta hat in seiner E-Mail vom {date} um mehr Zeit gebeten)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="88"/>
        <source>received at {received}, expired unused at {expired}</source>
        <translation>erhalten um {received}, ungenutzt abgelaufen um {expired}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="114"/>
        <source>sent</source>
        <translation>abgeschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="115"/>
        <source>sent, code entered</source>
        <translation>abgeschickt, Code eingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="116"/>
        <source>sent, waiting for Meta&apos;s answer</source>
        <translation>abgeschickt, wartet auf Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="120"/>
        <source>no answer from Meta in the time it had</source>
        <translation>keine Antwort von Meta in der Zeit, die es hatte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="140"/>
        <source>code from Meta received</source>
        <translation>Code von Meta erhalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="141"/>
        <source>code from Meta expired unused</source>
        <translation>Code von Meta ungenutzt abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="142"/>
        <source>Meta asked for no code</source>
        <translation>Meta hat keinen Code verlangt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="143"/>
        <source>Meta asked for more time to answer, in its email of {date}</source>
        <translation>Meta hat um mehr Zeit für die Antwort gebeten, in seiner E-Mail vom {date}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="125"/>
        <source>sent, no code asked</source>
        <translation>abgeschickt, kein Code verlangt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="126"/>
        <source>sent, code received, not entered yet</source>
        <translation>abgeschickt, Code erhalten, noch nicht eingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="129"/>
        <source>sent, code expired unused</source>
        <translation>abgeschickt, Code ungenutzt abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="92"/>
        <source>Other AI opt-outs</source>
        <translation>Weitere KI-Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="93"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="94"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="95"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="96"/>
        <source>done on {when}</source>
        <translation>erledigt am {when}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="97"/>
        <source>does not apply (noted {when})</source>
        <translation>betrifft mich nicht (vermerkt am {when})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="98"/>
        <source>[Shortened here: the whole text has {count} characters. It is kept in full in the app&apos;s data file and in the JSON proof.]</source>
        <translation>[Hier gekürzt: Der ganze Text hat {count} Zeichen. Vollständig steht er in der Datendatei der App und im JSON-Nachweis.]</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="103"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="104"/>
        <source>Values ending in “…” are shortened here; they are kept in full in the app&apos;s data file and in the JSON proof.</source>
        <translation>Werte, die mit „…“ enden, sind hier gekürzt; vollständig stehen sie in der Datendatei der App und im JSON-Nachweis.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="63"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Etwas ist schiefgegangen, und die App konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="65"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Etwas ist schiefgegangen, und die App konnte nicht starten.

Die technischen Einzelheiten sind in dieser Datei gespeichert:
%1

Wenn Sie jemanden um Hilfe bitten, können Sie diese Datei mitschicken. Sie beschreibt nur das Problem in der App.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="21"/>
        <source>it belongs to another user account</source>
        <translation>er gehört einem anderen Benutzerkonto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="25"/>
        <source>The data folder %1 can&apos;t be used: %2. Your answers can&apos;t be read from it or saved in it.

Choose another folder for your answers (a new empty one is fine), or go on without: then nothing you type is saved.</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden: %2. Ihre Antworten können dort weder gelesen noch gespeichert werden.

Wählen Sie einen anderen Ordner für Ihre Antworten (ein neuer, leerer Ordner ist in Ordnung) oder machen Sie ohne weiter: Dann wird nichts gespeichert, was Sie eingeben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="40"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="41"/>
        <source>Go on without saving</source>
        <translation>Ohne Speichern weiter</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="46"/>
        <source>Choose a folder for your answers</source>
        <translation>Einen Ordner für Ihre Antworten wählen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="323"/>
        <source>This data folder seems to be open on another computer, “%1”, since %2:
%3

If the app is still open there, close it there first: two copies writing to the same folder would lose each other&apos;s answers.

If that computer is off or the app is closed there (a USB stick that was pulled out, say), you can open the folder here.</source>
        <translation>Dieser Datenordner scheint auf einem anderen Computer geöffnet zu sein, „%1“, seit %2:
%3

Wenn die App dort noch offen ist, schließen Sie sie zuerst dort: Zwei Kopien, die in denselben Ordner schreiben, würden einander die Antworten überschreiben.

Wenn jener Computer aus ist oder die App dort geschlossen ist (etwa ein abgezogener USB-Stick), können Sie den Ordner hier öffnen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="342"/>
        <source>Open it here</source>
        <translation>Hier öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="343"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="50"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Fügen Sie es ein, bevor Sie diese App schließen: Unter Linux geht die Kopie sonst verloren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="276"/>
        <source>Copied. Paste it (%1) into your browser&apos;s address bar.</source>
        <translation>Kopiert. Fügen Sie es (%1) in die Adresszeile Ihres Browsers ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="288"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Kopiert. Fügen Sie es jetzt in Metas Formular ein (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="297"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Das Kopieren hat nicht geklappt. Markieren Sie den Text von Hand und kopieren Sie ihn selbst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="325"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="327"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="329"/>
        <source>Changes the language of every window at once.</source>
        <translation>Ändert die Sprache in allen Fenstern auf einmal.</translation>
    </message>
</context>
</TS>
