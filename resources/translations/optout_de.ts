<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="261"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Die Beschwerdetexte ließen sich nicht verwenden, daher kann keine Beschwerde geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="263"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="265"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="268"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="50"/>
        <source>Did Meta email you a code?</source>
        <translation>Hat Meta Ihnen einen Code per E-Mail geschickt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="53"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Ja, Meta hat mir einen Code geschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="55"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>Nein, Meta hat mir &amp;keinen Code geschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="101"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Verbleibende Zeit für Metas Code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="121"/>
        <source>Part of the hour that is left</source>
        <translation>Verbleibender Teil der Stunde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="130"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="273"/>
        <source>I&apos;ve &amp;received the code</source>
        <translation>Ich habe den Code &amp;erhalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="132"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Ich habe den Code e&amp;ingegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="145"/>
        <source>Did the email come a while ago? Type when it arrived — a time such as 14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the button. Leave it empty if it has just arrived.</source>
        <translation>Ist die E-Mail schon vor einer Weile gekommen? Geben Sie ein, wann sie ankam – eine Uhrzeit wie 14:05 oder die Zahl der Minuten seitdem, etwa 10 – und drücken Sie dann die Schaltfläche. Ist sie gerade erst gekommen, lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="152"/>
        <source>e.g. 14:05 or 10</source>
        <translation>z. B. 14:05 oder 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="153"/>
        <source>When the email with the code arrived</source>
        <translation>Wann die E-Mail mit dem Code ankam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="155"/>
        <source>&amp;Time it arrived:</source>
        <translation>&amp;Angekommen um:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="338"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Um weiterzumachen, fordern Sie einen neuen Code an und drücken Sie „Ich habe einen neuen Code erhalten“, sobald er da ist – oder antworten Sie oben mit „Nein“, wenn Meta keinen Code schickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="342"/>
        <source>To go on, press “I&apos;ve received the code” when the email arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Um weiterzumachen, drücken Sie „Ich habe den Code erhalten“, sobald die E-Mail da ist – oder antworten Sie oben mit „Nein“, wenn Meta keinen Code schickt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="201"/>
        <source>That time hasn&apos;t come yet. Check the time on the email, or leave the box empty if it has only just arrived.</source>
        <translation>Diese Uhrzeit liegt noch in der Zukunft. Sehen Sie nach, wann die E-Mail gekommen ist, oder lassen Sie das Feld leer, wenn sie gerade erst da ist.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="205"/>
        <source>That was an hour or more ago, so that code no longer works. Press “Submit” on Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Das ist eine Stunde oder länger her, dieser Code funktioniert also nicht mehr. Drücken Sie in Metas Formular noch einmal auf „Senden“, um einen neuen Code zu bekommen, und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="211"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago the email came, like 10.</source>
        <translation>Diese Zeitangabe verstehe ich nicht. Schreiben Sie sie wie 14:05 oder geben Sie an, vor wie vielen Minuten die E-Mail kam, etwa 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="271"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Ich habe einen &amp;neuen Code erhalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="300"/>
        <source>The code stopped working at %1. That&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, press “I&apos;ve received a new code” below.</source>
        <translation>Der Code ist um %1 abgelaufen. Kein Problem: Gehen Sie zurück zu Metas Formular und drücken Sie noch einmal auf „Senden“. Meta schickt Ihnen dann einen neuen Code per E-Mail. Sobald er da ist, drücken Sie unten auf „Ich habe einen neuen Code erhalten“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="308"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Sie haben den Code um %1 eingegeben. Gut gemacht! Drücken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="330"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Um weiterzumachen, beantworten Sie die Frage: Hat Meta Ihnen einen Code per E-Mail geschickt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="333"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Sobald Sie den Code in Metas Fenster eingegeben haben, drücken Sie auf „Ich habe den Code eingegeben“, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="350"/>
        <source>Last minute! Type the code into Meta&apos;s window right now. It stops working at %1.</source>
        <translation>Letzte Minute! Geben Sie den Code sofort in Metas Fenster ein. Er läuft um %1 ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="354"/>
        <source>Hurry: less than 10 minutes left. Type the code into Meta&apos;s window now. It stops working at %1.</source>
        <translation>Beeilen Sie sich: Es bleiben weniger als 10 Minuten. Geben Sie den Code jetzt in Metas Fenster ein. Er läuft um %1 ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="358"/>
        <source>Time left to type the code into Meta&apos;s window. It works until %1. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Verbleibende Zeit, um den Code in Metas Fenster einzugeben. Er gilt bis %1. Sobald Sie ihn eingegeben haben, drücken Sie auf „Ich habe den Code eingegeben“.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="207"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Metas Code ist abgelaufen. Sie können einen neuen anfordern.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="215"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Nur noch 1 Minute! Geben Sie Metas Code jetzt ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="217"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Noch %1 Minuten, um Metas Code einzugeben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="250"/>
        <source>Meta&apos;s code</source>
        <translation>Metas Code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="263"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Metas Code ist um %1 abgelaufen. Im Schritt zum Code steht, wie Sie einen neuen bekommen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="270"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Letzte Minute: Metas Code läuft in %1 ab! Geben Sie ihn jetzt ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="274"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Beeilen Sie sich: Metas Code läuft in %1 ab. Geben Sie ihn bald ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="275"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Metas Code läuft in %1 ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="282"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Metas Code ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="287"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Noch %n Minute, um Metas Code einzugeben, bis %1.</numerusform>
            <numerusform>Noch %n Minuten, um Metas Code einzugeben, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="297"/>
        <source>code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="300"/>
        <source>code valid until %1</source>
        <translation>Code gültig bis %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="64"/>
        <source>Complain to your data-protection authority</source>
        <translation>Bei der Datenschutzbehörde beschweren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="70"/>
        <source>Meta refused your objection.</source>
        <translation>Meta hat Ihren Widerspruch abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="86"/>
        <source>Country you live in</source>
        <translation>Land, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="72"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta hat auf Ihren Widerspruch nicht in der Zeit geantwortet, die der Assistent abwartet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="77"/>
        <source>Your next step is a letter to the data-protection authority of the country you live in. It costs nothing. The text below is written from your record: read it, add your name and postal address at the end, then send it through the authority&apos;s website.</source>
        <translation>Ihr nächster Schritt ist ein Schreiben an die Datenschutzbehörde des Landes, in dem Sie leben. Das kostet nichts. Der Text unten stammt aus Ihren gespeicherten Angaben: Lesen Sie ihn, ergänzen Sie am Ende Namen und Postanschrift und schicken Sie ihn über die Website der Behörde ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Federal state you live in</source>
        <translation>Bundesland, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="94"/>
        <source>Language of the letter</source>
        <translation>Sprache des Schreibens</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="99"/>
        <source>Which letter</source>
        <translation>Welches Schreiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="105"/>
        <source>Authority&apos;s web page</source>
        <translation>Website der Behörde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="106"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>Website der &amp;Behörde öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="118"/>
        <source>Complaint text</source>
        <translation>Text der Beschwerde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="122"/>
        <source>Co&amp;py the letter</source>
        <translation>Brief ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="132"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="133"/>
        <source>Federal &amp;state:</source>
        <translation>B&amp;undesland:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="135"/>
        <source>Lette&amp;r:</source>
        <translation>Brie&amp;f:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="157"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Text des Briefs:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="193"/>
        <source>Choose your federal state…</source>
        <translation>Bundesland wählen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="235"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Wählen Sie Ihr Bundesland, dann erscheint seine Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="244"/>
        <source>In Germany, a complaint about Meta goes to the data-protection authority of your federal state. Choose your state above and the letter appears here.</source>
        <translation>In Deutschland geht eine Beschwerde über Meta an die Datenschutzbehörde Ihres Bundeslandes. Wählen Sie oben Ihr Bundesland, dann erscheint hier das Schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="256"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Der Name von Metas Firma in diesem Schreiben (%1) ließ sich in öffentlichen Quellen nicht bestätigen. Prüfen Sie ihn vor dem Absenden am Formular der Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="275"/>
        <source>Link checked online on %1.</source>
        <translation>Link online geprüft am %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="279"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Diesen Link hat noch niemand online geprüft. Öffnet er sich nicht, suchen Sie nach dem Namen der Behörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="286"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Diese Behörde nimmt Schreiben nur an in: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="292"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Diese Behörde arbeitet meist in einer anderen Sprache. Vielleicht nimmt sie diese trotzdem an; sehen Sie auf ihrer Website nach.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="312"/>
        <source>%1. To %2</source>
        <translation>%1. An %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="128"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="335"/>
        <source>For your safety this link was not opened: it is not the official site of a data-protection authority.</source>
        <translation>Zu Ihrer Sicherheit wurde dieser Link nicht geöffnet: Er führt nicht zur offiziellen Website einer Datenschutzbehörde.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="342"/>
        <source>Your browser should now show the page.</source>
        <translation>Ihr Browser sollte die Seite jetzt anzeigen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="345"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Der Browser hat sich nicht geöffnet. Kopieren Sie den Link und fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="270"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="275"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="57"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="61"/>
        <source>Cop&amp;y email</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="78"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Begründung für „Bitte erkläre uns, wie sich diese Verarbeitung auf dich auswirkt“:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="118"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;E-Mail-Adresse, die Sie für %1 verwenden:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="121"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Land des Wohnsitzes: Wählen Sie in Metas Liste „%1“.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="149"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Um fortzufahren, geben Sie die E-Mail-Adresse ein, die Sie für Ihr Konto verwenden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="156"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="157"/>
        <source>There is more than one @ in this address.</source>
        <translation>In dieser Adresse steht mehr als ein @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="158"/>
        <source>Something is missing before the @.</source>
        <translation>Vor dem @ fehlt etwas.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="159"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Nach dem @ fehlt etwas, zum Beispiel example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Der Teil nach dem @ sieht unvollständig aus. Meist enthält er einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>This is far too long to be an email address.</source>
        <translation>Das ist viel zu lang für eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="252"/>
        <source>No reason given</source>
        <translation>Keine Begründung angegeben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="254"/>
        <source>You left the reason empty. Newer versions of Meta&apos;s form accept that, so you can go on. A few sentences are still worth it: older forms required them, and they are your record of why you objected. You can come back with Back.</source>
        <translation>Sie haben die Begründung leer gelassen. Neuere Versionen von Metas Formular akzeptieren das, Sie können also weitermachen. Ein paar Sätze lohnen sich trotzdem: Ältere Formulare haben sie verlangt, und sie halten für Sie fest, warum Sie widersprochen haben. Mit „Zurück“ können Sie noch etwas ergänzen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="36"/>
        <source>Show &amp;on my phone…</source>
        <translation>Auf dem Hand&amp;y zeigen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="40"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>QR-Codes Ihrer E-Mail-Adresse und Ihrer Begründung, zum Scannen mit dem Handy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="43"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Sie füllen das Formular auf dem Handy aus? Scannen Sie die Texte, statt sie abzutippen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="234"/>
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
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="78"/>
        <source>the &amp;main link</source>
        <translation>den &amp;Hauptlink</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="80"/>
        <source>other link &amp;%1</source>
        <translation>anderen Link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="110"/>
        <source>QR code of the form link %1</source>
        <translation>QR-Code des Formular-Links %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="175"/>
        <source>Name for this objection</source>
        <translation>Name für diesen Widerspruch</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="176"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>z. B. „Mein Instagram“ oder „Facebook von Alex“</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="179"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="183"/>
        <source>History of this objection</source>
        <translation>Verlauf dieses Widerspruchs</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="188"/>
        <source>Meta&apos;s answer</source>
        <translation>Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="189"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta hat meinen Widerspruch an&amp;genommen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="190"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta hat ihn &amp;abgelehnt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="198"/>
        <source>Day Meta answered</source>
        <translation>Tag, an dem Meta geantwortet hat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="202"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Text von Metas E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="203"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Fügen Sie hier Metas E-Mail ein, wenn Sie möchten.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>Sa&amp;ve the answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-Mail von Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="225"/>
        <source>&amp;Carry on in the guide</source>
        <translation>Im Assistenten &amp;weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="228"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="229"/>
        <source>&amp;Text…</source>
        <translation>&amp;Text…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="230"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/history.py" line="322"/>
        <source>By law Meta has %n month(s) to answer, or up to %1 more if it tells you within that time that it needs them. When its email arrives, record the answer below.</source>
        <translation>
            <numerusform>Nach dem Gesetz hat Meta %n Monat Zeit für die Antwort, oder bis zu %1 Monate mehr, wenn es Ihnen innerhalb dieser Zeit mitteilt, dass es sie braucht. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</numerusform>
            <numerusform>Nach dem Gesetz hat Meta %n Monate Zeit für die Antwort, oder bis zu %1 Monate mehr, wenn es Ihnen innerhalb dieser Zeit mitteilt, dass es sie braucht. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="329"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Metas Zeit für eine Antwort ist vorbei, es sei denn, Meta hat Ihnen mitgeteilt, dass es länger braucht. Sie können den nächsten Schritt gehen; der Assistent schreibt das Schreiben für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="334"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>Das Gesetz, das für Sie gilt, setzt Meta keine feste Frist für die Antwort. Wenn die E-Mail kommt, tragen Sie die Antwort unten ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="338"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta hat seit einiger Zeit nicht geantwortet. Sie können den nächsten Schritt gehen; der Assistent schreibt das Schreiben für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="216"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Datum der Antwort:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="226"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Was nun? &amp;Beschwerde…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="231"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>&amp;Kalender-Erinnerungen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>&amp;Delete this objection…</source>
        <translation>Diesen Widerspruch &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="234"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="236"/>
        <source>Save proof as PDF</source>
        <translation>Nachweis als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="237"/>
        <source>Save proof as a text file</source>
        <translation>Nachweis als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="238"/>
        <source>Save proof as JSON</source>
        <translation>Nachweis als JSON speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="239"/>
        <source>Save calendar reminders</source>
        <translation>Kalender-Erinnerungen speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Save proof:</source>
        <translation>Nachweis speichern:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="345"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta hat abgelehnt. Sie können sich bei Ihrer Datenschutzbehörde beschweren; den Text dafür schreibt der Assistent für Sie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="349"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta hat Ihren Widerspruch angenommen. Bewahren Sie den Nachweis gut auf.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="351"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Dieser Widerspruch ist noch nicht abgeschickt. Machen Sie im Assistenten weiter, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="374"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Wählen Sie zuerst, ob Meta angenommen oder abgelehnt hat.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>Die E-Mail von Meta ist länger als %1 Zeichen. Behalte den Teil mit der Antwort von Meta und speichere noch einmal.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="391"/>
        <source>That date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="397"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Bei einem Widerspruch in diesem Stand lässt sich keine Antwort eintragen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="402"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>Die Antwort ist vermerkt, konnte aber nicht auf dem Datenträger gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="405"/>
        <source>Answer saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="418"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Damit wird der Widerspruch für %1 (%2) von diesem Computer gelöscht: Ihre Angaben, die Begründung, der Verlauf und Metas Antwort. Er wird aus %3 entfernt. Dateien, die Sie selbst gespeichert haben, bleiben erhalten. Das lässt sich nicht rückgängig machen. Ihr Widerspruch bei Meta bleibt davon unberührt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="428"/>
        <source>Delete this objection?</source>
        <translation>Diesen Widerspruch löschen?</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="22"/>
        <source>What you can do now</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="32"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>&amp;Erinnerungen für den Kalender speichern…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="33"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Eine Kalenderdatei, die Sie an Metas Antwort erinnert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="38"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Metas &amp;Antwort eintragen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="39"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Festhalten, ob Meta Ihren Widerspruch angenommen oder abgelehnt hat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="44"/>
        <source>Save the &amp;proof now…</source>
        <translation>&amp;Nachweis jetzt speichern…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="45"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Ein PDF mit den Daten, dem Link und der Begründung, die Sie gesendet haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="50"/>
        <source>Finish and open the &amp;overview</source>
        <translation>Beenden und &amp;Übersicht öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="51"/>
        <source>Close this assistant and show all your objections</source>
        <translation>Diesen Assistenten schließen und alle Ihre Widersprüche zeigen</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="26"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Direkt zum Formular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="30"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Überspringt die Schritte zur Mitteilung und zum Link und führt zur Seite, die das Formular öffnet.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="79"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="83"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="243"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="323"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="333"/>
        <source>Start over?</source>
        <translation>Von vorn beginnen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="335"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Damit werden alle Ihre Angaben gelöscht (Konto, Land, E-Mail-Adresse und Begründung), und es geht zurück zur ersten Seite.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="368"/>
        <source>Close without saving?</source>
        <translation>Schließen, ohne zu speichern?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Ihre letzten Angaben konnten nicht gespeichert werden: Der Datenträger ist voll oder schreibgeschützt. Wenn Sie jetzt schließen, gehen sie verloren. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="42"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adresse des Formulars, falls Sie sie selbst in einen Browser einfügen möchten:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="44"/>
        <source>Link to the objection form</source>
        <translation>Link zum Widerspruchsformular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="66"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Der Link hat nicht funktioniert, oder die Seite meldet, sie sei nicht verfügbar? Versuchen Sie diesen:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="80"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>Das %1-Formular im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="101"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Diese Links haben sich bei einer Online-Prüfung am %1 öffnen lassen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="105"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Diese Links wurden am %1 aus öffentlichen Quellen zusammengetragen und noch nicht online aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="123"/>
        <source>Co&amp;py link %1</source>
        <translation>Link %1 ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="124"/>
        <source>Other link %1</source>
        <translation>Anderer Link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="126"/>
        <source>Op&amp;en</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="128"/>
        <source>Open other link %1</source>
        <translation>Anderen Link %1 öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="142"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Zu Ihrer Sicherheit wurde dieser Link nicht geöffnet: Der Assistent öffnet nur sichere (https-)Seiten auf Metas eigenen Websites. Die Datei mit dem Leitfaden wurde möglicherweise verändert; in der README steht, wie Sie das beheben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="154"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Ihr Browser sollte das Formular jetzt anzeigen. Nichts zu sehen? Kopieren Sie den Link unten und fügen Sie ihn in die Adresszeile Ihres Browsers ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Der Browser hat sich nicht geöffnet. Kopieren Sie den Link unten und fügen Sie ihn in die Adresszeile Ihres Browsers ein.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="75"/>
        <source>%1 – your objections</source>
        <translation>%1 – Ihre Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="77"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="99"/>
        <source>Your objections</source>
        <translation>Ihre Widersprüche</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="84"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Eine Zeile für jedes Konto, für das Sie widersprochen haben. Wählen Sie eine aus, um weiterzumachen, Verlauf und Nachweis anzusehen oder Metas Antwort einzutragen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="134"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Neuer Widerspruch…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="136"/>
        <source>Start a new objection</source>
        <translation>Einen neuen Widerspruch beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="139"/>
        <source>Carry on with the chosen objection</source>
        <translation>Mit dem ausgewählten Widerspruch weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Verlauf, Antwort und Nachweis…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="142"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Verlauf des ausgewählten Widerspruchs öffnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="145"/>
        <source>Save proof of all objections</source>
        <translation>Nachweis für alle Widersprüche speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>&amp;Forget everything…</source>
        <translation>Alles ver&amp;gessen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="148"/>
        <source>Delete every objection from this computer</source>
        <translation>Alle Widersprüche von diesem Computer löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="222"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Sie haben vor mehr als einer Woche %n Widerspruch abgeschickt. Sehen Sie in Ihren E-Mails (auch im Spam-Ordner) nach, ob Meta geantwortet hat, und tragen Sie die Antwort hier ein.</numerusform>
            <numerusform>Sie haben vor mehr als einer Woche %n Widersprüche abgeschickt. Sehen Sie in Ihren E-Mails (auch im Spam-Ordner) nach, ob Meta geantwortet hat, und tragen Sie die Antworten hier ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="233"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta hat auf %n Widerspruch nicht in der Zeit geantwortet, die es hat. Öffnen Sie ihn, um Ihren nächsten Schritt zu sehen; hat Meta Ihnen mitgeteilt, dass es länger braucht, warten Sie bis dahin.</numerusform>
            <numerusform>Meta hat auf %n Widersprüche nicht in der Zeit geantwortet, die es hat. Öffnen Sie einen davon, um Ihren nächsten Schritt zu sehen; hat Meta Ihnen mitgeteilt, dass es länger braucht, warten Sie bis dahin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="289"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Damit wird %n Widerspruch auf diesem Computer gelöscht, mit allem, was dazugehört: Konto, E-Mail-Adresse, Begründung, Datumsangaben und Metas Antwort. Diese Dateien werden entfernt:</numerusform>
            <numerusform>Damit werden alle %n Widersprüche auf diesem Computer gelöscht: Konten, E-Mail-Adressen, Begründungen, Datumsangaben und Metas Antworten. Diese Dateien werden entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="296"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Dateien, die Sie selbst gespeichert haben (PDF, Text, Kalender), bleiben, wo sie sind. Das lässt sich nicht rückgängig machen. Ihre Widersprüche bei Meta bleiben davon unberührt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="302"/>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="307"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Einige Dateien konnten nicht gelöscht werden. Schließen Sie andere Programme und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="129"/>
        <source>Continue on your phone</source>
        <translation>Auf dem Handy weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="138"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Halten Sie die Handykamera auf einen Code: Das Handy zeigt den Text an und lässt Sie ihn kopieren, um ihn in Metas Formular einzufügen. Die Codes sind nur auf diesem Bildschirm zu sehen; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="156"/>
        <source>Show it as several &amp;codes</source>
        <translation>Als mehrere &amp;Codes zeigen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="158"/>
        <source>&amp;Shorten the reason</source>
        <translation>Begründung &amp;kürzen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="160"/>
        <source>&amp;Previous part</source>
        <translation>&amp;Vorheriger Teil</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="162"/>
        <source>Ne&amp;xt part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="230"/>
        <source>Your email address: %1</source>
        <translation>Ihre E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="232"/>
        <source>QR code of your email address %1</source>
        <translation>QR-Code Ihrer E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="236"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Noch keine E-Mail-Adresse: Geben Sie sie zuerst auf der Seite ein und öffnen Sie dies dann erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="247"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Noch keine Begründung: Schreiben Sie sie zuerst auf der Seite und öffnen Sie dies dann erneut.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="253"/>
        <source>Your reason (%1 characters):</source>
        <translation>Ihre Begründung (%1 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="257"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>QR-Code Ihrer Begründung, %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="263"/>
        <source>Your reason</source>
        <translation>Ihre Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="267"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Ihre Begründung ist für einen Code zu lang: Sie hat %1 Zeichen, ein Code fasst nur die ersten %2 davon. Zeigen Sie sie als mehrere nummerierte Codes, die Sie nacheinander scannen und einfügen, oder kürzen Sie sie, bis sie in einen Code passt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="282"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scannen Sie die Codes der Reihe nach und fügen Sie jeden Teil direkt hinter dem vorigen ein: Zusammen ergeben sie Ihre ganze Begründung.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="312"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Ihre Begründung, Teil %1/%2 (%3 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="319"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>QR-Code von Teil %1 von %2 Ihrer Begründung, %3 Zeichen</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="103"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Hilfe beim Schreiben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="32"/>
        <source>Tick what applies to you:</source>
        <translation>Kreuzen Sie an, was auf Sie zutrifft:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="34"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>F&amp;otos und Videos von mir oder meiner Familie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Meine K&amp;inder sind in meinen Beiträgen zu sehen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Meine kreative oder berufliche Arbeit (K&amp;unst, Texte, Fotografie)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="39"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Meine Meinungen und mein &amp;Privatleben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mein Gesicht, mein &amp;Aussehen und meine Stimme</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Ich habe dieser &amp;Nutzung nie zugestimmt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="53"/>
        <source>Tone of the reason</source>
        <translation>Tonfall der Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="55"/>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Formal</source>
        <translation>Förmlich</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="63"/>
        <source>Language of the reason</source>
        <translation>Sprache der Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="66"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Tonfall:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="68"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Sprache des Textes:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="70"/>
        <source>&amp;Write the text</source>
        <translation>Text &amp;formulieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="121"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="125"/>
        <source>Re&amp;do</source>
        <translation>Wie&amp;derherstellen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="143"/>
        <source>Copy rea&amp;son</source>
        <translation>Begründung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="147"/>
        <source>Copy the reason (%1)</source>
        <translation>Begründung kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="154"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>&amp;Genau anzeigen, was kopiert wird</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="168"/>
        <source>What will be copied</source>
        <translation>Was kopiert wird</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="272"/>
        <source>Replace your text?</source>
        <translation>Ihren Text ersetzen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="274"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Sie haben den Text im Feld geändert. Soll er durch einen neuen Text aus Ihrer Auswahl ersetzt werden? (Mit „Rückgängig“ bekommen Sie Ihre Fassung zurück.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="309"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Ihr eigener Text wurde beibehalten. Drücken Sie auf „Text formulieren“, um ihn durch einen neuen Text aus dieser Auswahl zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="335"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Die vorbereiteten Texte konnten nicht gelesen werden (%1). Sie können trotzdem Ihren eigenen Text schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Die Texte in der Sprache „%1“ konnten nicht gelesen werden, deshalb wird Englisch verwendet. Datei: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="389"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="390"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>Quite short: %1 characters. In 2024 Meta&apos;s form refused reasons under about 100 characters, and said so only after the code step. A sentence or two more makes it safe.</source>
        <translation>Recht kurz: %1 Zeichen. 2024 hat Metas Formular Begründungen unter etwa 100 Zeichen abgelehnt und das erst nach dem Code-Schritt gesagt. Mit ein, zwei Sätzen mehr sind Sie auf der sicheren Seite.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="32"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>Das ist sehr lang. Ein paar klare Absätze lassen sich für die Leute bei Meta leichter lesen, und Webformulare schneiden lange Texte manchmal ab.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="408"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Die Begründung ist leer, es gibt also noch nichts zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="414"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Das Kopieren hat nicht geklappt. Der Text ist jetzt markiert: Kopieren Sie ihn selbst über das Menü oder die Tastatur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Ihre Begründung wurde kopiert (%1 Zeichen). Fügen Sie sie in Metas Formular in das Feld „Bitte erkläre uns, wie sich diese Verarbeitung auf dich auswirkt“ ein (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="49"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Dein gespeicherter Grund ist länger als %1 Zeichen, daher wird nur sein Anfang gezeigt. Der ganze Text bleibt gespeichert, bis du ihn hier änderst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="71"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Ein Grund darf höchstens %1 Zeichen lang sein, der Text danach wurde weggelassen. Ein paar klare Absätze reichen.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="117"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link zu Metas Formular für Informationen von anderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="131"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Nach dem Gesetz (%1) muss Meta innerhalb von %n Monat antworten. Bis zu %2 weitere Monate darf es sich nur Zeit lassen, wenn es Ihnen das innerhalb dieser ersten Frist mitteilt.</numerusform>
            <numerusform>Nach dem Gesetz (%1) muss Meta innerhalb von %n Monaten antworten. Bis zu %2 weitere Monate darf es sich nur Zeit lassen, wenn es Ihnen das innerhalb dieser ersten Frist mitteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="140"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>Das Gesetz, das für Sie gilt (%1), setzt Meta keine feste Frist für die Antwort. Kommt nach %n Monat nichts, schlägt der Assistent den nächsten Schritt vor.</numerusform>
            <numerusform>Das Gesetz, das für Sie gilt (%1), setzt Meta keine feste Frist für die Antwort. Kommt nach %n Monaten nichts, schlägt der Assistent den nächsten Schritt vor.</numerusform>
        </translation>
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
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="38"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="91"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="92"/>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="93"/>
        <source>to come</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="96"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="104"/>
        <source>Go back to this step</source>
        <translation>Zu diesem Schritt zurückgehen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="41"/>
        <source>Which account do you want to object for?</source>
        <translation>Für welches Konto möchten Sie widersprechen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="56"/>
        <source>&amp;Where do you live?</source>
        <translation>In welchem &amp;Land leben Sie?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>Choose your country</source>
        <translation>Wählen Sie Ihr Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="60"/>
        <source>Country where you live</source>
        <translation>Land, in dem Sie leben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="128"/>
        <source>choose an account</source>
        <translation>wählen Sie ein Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="130"/>
        <source>choose your country</source>
        <translation>wählen Sie Ihr Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source>To go on, %1.</source>
        <translation>Um fortzufahren, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="20"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Prüfen Sie Ihre E-Mails auf Metas Antwort ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="21"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Vor einer Woche haben Sie Meta Ihren Widerspruch gegen das KI-Training für {what} geschickt. Sehen Sie in diesem Postfach (auch im Spam-Ordner) nach Metas Antwort und tragen Sie sie dann in „{app}“ ein.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="29"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Metas Frist für eine Antwort ist abgelaufen ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="30"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Das Gesetz gab Meta einen Monat Zeit, um auf Ihren Widerspruch für {what} vom {sent} zu antworten. Bis zu zwei Monate länger darf Meta nur brauchen, wenn es Ihnen das innerhalb dieses Monats mitgeteilt hat. Keine Antwort oder eine Ablehnung? Öffnen Sie „{app}“: Dort können Sie eine Beschwerde an Ihre Datenschutzbehörde schreiben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="39"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Zeit, nach Ihrem Widerspruch zu sehen ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="40"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Sie haben Ihren Widerspruch für {what} am {sent} geschickt. Das Gesetz an Ihrem Wohnort setzt Meta keine feste Frist für die Antwort. Ist bisher nichts gekommen, öffnen Sie „{app}“: Dort sehen Sie, was Sie als Nächstes tun können.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="46"/>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/app.py" line="317"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Eine Datei, die zur App gehört, ließ sich nicht verwenden, daher funktioniert dieser Teil nicht. Deine bisherigen Antworten sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="323"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="325"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="328"/>
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
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Kalender-Erinnerungen speichern</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="132"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Das Speichern hat nicht geklappt (%1). Versuchen Sie es mit einem anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="40"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Einige sehr lange Texte sind hier gekürzt. Deine Datei behält sie ganz, und die PDF-, Text- und JSON-Exporte zeigen sie vollständig.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="19"/>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="20"/>
        <source>“%1”, started %2</source>
        <translation>„%1“, begonnen am %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="24"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Im Widerspruch %1 ließen sich einige Antworten nicht lesen (%2) und wurden weggelassen; der Rest ist da.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="34"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>Der Widerspruch %1 nutzt etwas, das diese Version nicht kennt (%2), daher wird er nicht gezeigt. Er bleibt für die neuere Version in der Datei.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="44"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>Der Widerspruch %1 ließ sich nicht lesen (%2) und wurde beiseitegelegt; deine anderen Widersprüche sind alle da.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="53"/>
        <source>Its saved text is kept in %1</source>
        <translation>Sein gespeicherter Text liegt in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Ihre gespeicherten Angaben konnten nicht gelesen werden, deshalb beginnt der Assistent von vorn.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="70"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Die beschädigte Datei wurde hier aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="75"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Ein Teil Ihrer gespeicherten Angaben konnte nicht gelesen werden; der Rest ist erhalten geblieben.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="79"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Eine Kopie der ursprünglichen Datei liegt hier: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="82"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Ihre Angaben wurden von einer neueren Version dieses Assistenten gespeichert. Sie werden angezeigt, aber nicht gespeichert, damit die Datei der neueren Version unverändert bleibt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="88"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Ihre gespeicherten Angaben konnten nicht geöffnet werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Deine Einstellungen ließen sich nicht lesen (%1: %2), daher gelten die üblichen: Die Sprache folgt deinem System, bis du eine wählst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 ist eine Datei, wo ein Ordner sein sollte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="117"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="124"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Vorerst lässt sich nichts speichern: Deine Antworten bleiben im Speicher, solange der Assistent offen ist. Wähle mit --data-dir einen anderen Ordner oder verschiebe die Datei.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>As a PDF receipt…</source>
        <translation>Als PDF-Beleg…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="159"/>
        <source>As plain text…</source>
        <translation>Als einfacher Text…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="160"/>
        <source>As JSON (for programs)…</source>
        <translation>Als JSON (für Programme)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="40"/>
        <source>Not sent yet</source>
        <translation>Noch nicht abgeschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="41"/>
        <source>Form opened</source>
        <translation>Formular geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="42"/>
        <source>Sent, code awaited</source>
        <translation>Abgeschickt, Code ausstehend</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Code confirmed</source>
        <translation>Code bestätigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Waiting for Meta</source>
        <translation>Warten auf Meta</translation>
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
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="52"/>
        <source>Sent, but the code expired</source>
        <translation>Gesendet, aber der Code ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="56"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Neuen Code holen: in Metas Formular noch einmal auf „Senden“ tippen, dann weitermachen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Carry on where you stopped</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="65"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>In den E-Mails nach Metas Antwort sehen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="67"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Auf Metas E-Mail warten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="70"/>
        <source>Complain to your data-protection authority</source>
        <translation>Bei der Datenschutzbehörde beschweren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="71"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nichts mehr: Sie sind fertig</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="97"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="98"/>
        <source>Email or name</source>
        <translation>E-Mail oder Name</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="100"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="101"/>
        <source>What next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="159"/>
        <source>(no email yet)</source>
        <translation>(noch keine E-Mail-Adresse)</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="29"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Widerspruch gegen die Nutzung personenbezogener Daten durch Meta für das KI-Training</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="32"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Dieses Protokoll wurde am {when} mit {app} {version} erstellt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="33"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Alle Zeiten sind in der Zeitzone {zone} angegeben, jeweils mit ihrer Abweichung von UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="36"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="37"/>
        <source>Name given</source>
        <translation>Angegebener Name</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="38"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="39"/>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="41"/>
        <source>Form link used</source>
        <translation>Verwendeter Formular-Link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="42"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="43"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Gesendete Begründung (genau wie kopiert)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="44"/>
        <source>(no reason text was recorded)</source>
        <translation>(es wurde kein Begründungstext festgehalten)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="45"/>
        <source>Meta&apos;s answer</source>
        <translation>Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="46"/>
        <source>(no answer recorded yet)</source>
        <translation>(noch keine Antwort eingetragen)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="47"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} am {date} (eingetragen: {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="48"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Text von Metas E-Mail, wie eingefügt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="49"/>
        <source>(not recorded)</source>
        <translation>(nicht festgehalten)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Dates of each step</source>
        <translation>Datum jedes Schritts</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="51"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="52"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Datum von Metas Antwort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="55"/>
        <source>Answer recorded in the app</source>
        <translation>Antwort in der App festgehalten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>not yet sent (draft)</source>
        <translation>noch nicht abgeschickt (Entwurf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>form opened</source>
        <translation>Formular geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>submitted</source>
        <translation>abgeschickt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>code confirmed</source>
        <translation>Code bestätigt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>waiting for Meta&apos;s answer</source>
        <translation>Antwort von Meta ausstehend</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>honoured by Meta</source>
        <translation>von Meta angenommen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>refused by Meta</source>
        <translation>von Meta abgelehnt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>no answer within one month of sending</source>
        <translation>keine Antwort innerhalb eines Monats nach dem Absenden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>objection started</source>
        <translation>Widerspruch begonnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>reason text copied for the form</source>
        <translation>Begründungstext für das Formular kopiert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>form link opened</source>
        <translation>Formular-Link geöffnet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>answers cleared to start over</source>
        <translation>Angaben gelöscht, um neu zu beginnen</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/app.py" line="404"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Etwas ist schiefgegangen, und die App konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="406"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Etwas ist schiefgegangen, und die App konnte nicht starten.

Die technischen Einzelheiten sind in dieser Datei gespeichert:
%1

Wenn Sie jemanden um Hilfe bitten, können Sie diese Datei mitschicken. Sie beschreibt nur das Problem in der App.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="45"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Fügen Sie es ein, bevor Sie diese App schließen: Unter Linux geht die Kopie sonst verloren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="301"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Kopiert. Fügen Sie es jetzt in Metas Formular ein (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="310"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Das Kopieren hat nicht geklappt. Markieren Sie den Text von Hand und kopieren Sie ihn selbst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="360"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="362"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="364"/>
        <source>Changes the language of every window at once.</source>
        <translation>Ändert die Sprache in allen Fenstern auf einmal.</translation>
    </message>
</context>
</TS>
