<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="267"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>De klachtteksten konden niet worden gebruikt, dus er kan geen klacht worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="271"/>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="320"/>
        <source>The list of other services could not be read.</source>
        <translation>De lijst met andere diensten kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="323"/>
        <source>Other AI opt-outs</source>
        <translation>Andere AI-afmeldingen</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="72"/>
        <source>Did Meta email you a code?</source>
        <translation>Heeft Meta je een code gemaild?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="75"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Ja, Meta heeft me een code gemaild</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="77"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>Nee, Meta heeft me &amp;geen code gestuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="163"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Resterende tijd voor de code van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="192"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Ik heb de code &amp;ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="85"/>
        <source>e.g. 14:05 or 10</source>
        <translation>bijv. 14:05 of 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="87"/>
        <source>When the email with the code arrived</source>
        <translation>Wanneer de e-mail met de code binnenkwam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="409"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Vraag om verder te gaan een nieuwe code aan en druk op ‘Ik heb een nieuwe code ontvangen’ zodra hij er is, of antwoord hierboven ‘Nee’ als Meta geen code stuurt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="99"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Ik heb een nieuwe &amp;code ontvangen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="368"/>
        <source>The time older forms gave a code ran out at %1. If Meta&apos;s window no longer takes the code, that&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, type when it came and press “I&apos;ve received a new code” above.</source>
        <translation>De tijd die oudere formulieren een code gaven, liep af om %1. Neemt het venster van Meta de code niet meer aan, geen probleem: ga terug naar Meta&apos;s formulier en druk nog eens op ‘Submit’. Meta mailt je een nieuwe code. Is die binnen, typ dan hierboven wanneer hij kwam en klik op ‘Ik heb een nieuwe code ontvangen’.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="377"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Je hebt de code om %1 ingevuld. Goed gedaan! Klik op “Volgende” om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="401"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="412"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Beantwoord eerst de vraag om verder te gaan: heeft Meta je een code gemaild?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="404"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Heb je de code in het venster van Meta getypt? Klik dan op “Ik heb de code ingevuld” om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="183"/>
        <source>Part of the code&apos;s time that is left</source>
        <translation>Deel van de tijd van de code dat over is</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="47"/>
        <source>Codes from older versions of Meta&apos;s form worked for about %1 minutes, and that was longer ago, so this code has most likely run out. Send Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Codes van oudere versies van Meta&apos;s formulier werkten ongeveer %1 minuten, en dat is langer geleden, dus deze code is hoogstwaarschijnlijk verlopen. Verstuur Meta&apos;s formulier opnieuw om een nieuwe code te krijgen en kom dan hier terug.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="418"/>
        <source>Last minute of the time older forms allowed! Type the code into Meta&apos;s window right now, before about %1.</source>
        <translation>Laatste minuut van de tijd die oudere formulieren gaven! Typ de code nu meteen in het venster van Meta, vóór ongeveer %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="423"/>
        <source>Hurry: less than 10 minutes left of the time older forms allowed. Type the code into Meta&apos;s window now, before about %1.</source>
        <translation>Opschieten: er is minder dan 10 minuten over van de tijd die oudere formulieren gaven. Typ de code nu in het venster van Meta, vóór ongeveer %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="428"/>
        <source>Time left to type the code into Meta&apos;s window. Older forms&apos; codes worked for about %1 minutes, so until about %2. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Tijd die over is om de code in het venster van Meta te typen. Codes van oudere formulieren werkten ongeveer %1 minuten, dus tot ongeveer %2. Heb je hem getypt, druk dan op ‘Ik heb de code ingevuld’.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="89"/>
        <source>It &amp;arrived at:</source>
        <translation>&amp;Binnengekomen om:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="95"/>
        <source>Leave it empty if the email has just arrived; else type the time on it, such as 14:05, or how many minutes ago it came, such as 10.</source>
        <translation>Laat leeg als de e-mail net binnen is; typ anders de tijd die erop staat, zoals 14:05, of hoeveel minuten geleden hij kwam, zoals 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="38"/>
        <source>That time hasn&apos;t come yet. Check the time, or leave the box empty if it was just now.</source>
        <translation>Die tijd is nog niet geweest. Controleer de tijd, of laat het vak leeg als het net was.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="43"/>
        <source>That is before today. Type a time from today, or choose “Just now”.</source>
        <translation>Dat is vóór vandaag. Typ een tijd van vandaag, of kies ‘Zojuist’.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="53"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago it was, like 10.</source>
        <translation>Deze tijd begrijp ik niet. Typ hem zoals 14:05, of typ hoeveel minuten geleden het was, zoals 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="61"/>
        <source>That is earlier than a step already recorded for this objection (%1). Check the time, or leave it as “just now”.</source>
        <translation>Dat is eerder dan een stap die al voor dit bezwaar is vastgelegd (%1). Controleer de tijd, of laat het op ‘zojuist’.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="86"/>
        <source>When did you press the send button on Meta&apos;s form?</source>
        <translation>Wanneer heb je op de verzendknop van Meta&apos;s formulier gedrukt?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="90"/>
        <source>&amp;Just now</source>
        <translation>&amp;Zojuist</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="92"/>
        <source>Earlier &amp;today</source>
        <translation>&amp;Eerder vandaag</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="96"/>
        <source>e.g. 14:05</source>
        <translation>bijv. 14:05</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="97"/>
        <source>Time you pressed the send button</source>
        <translation>Tijd waarop je op de verzendknop drukte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="102"/>
        <source>at ti&amp;me:</source>
        <translation>o&amp;m:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="147"/>
        <source>Recorded: you sent the form at %1.</source>
        <translation>Vastgelegd: je hebt het formulier om %1 verstuurd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="151"/>
        <source>Recorded: you sent the form on %1.</source>
        <translation>Vastgelegd: je hebt het formulier op %1 verstuurd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="203"/>
        <source>The code arrived at %1, so the form was sent before that. Type the time you pressed the send button.</source>
        <translation>De code kwam om %1 binnen, dus het formulier is daarvoor verstuurd. Typ de tijd waarop je op de verzendknop drukte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="256"/>
        <source>The code can&apos;t have come before you sent the form (%1). Check the time on the email.</source>
        <translation>De code kan niet binnengekomen zijn voordat je het formulier verstuurde (%1). Controleer de tijd op de e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="399"/>
        <source>To go on, say when you pressed the send button on Meta&apos;s form.</source>
        <translation>Zeg om verder te gaan wanneer je op de verzendknop van Meta&apos;s formulier drukte.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="225"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>De code van Meta is verlopen. Je kunt een nieuwe aanvragen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="233"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Nog maar 1 minuut! Vul de code van Meta nu in.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="235"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Nog %1 minuten om de code van Meta in te vullen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="266"/>
        <source>Meta&apos;s code</source>
        <translation>Code van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="279"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>De code van Meta is om %1 verlopen. Bij de stap over de code lees je hoe je een nieuwe krijgt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="288"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Laatste minuut: de code van Meta verloopt over %1! Vul hem nu in.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="292"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Opschieten: de code van Meta verloopt over %1. Vul hem snel in.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="293"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>De code van Meta verloopt over %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="300"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>De code van Meta is verlopen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Nog %n minuut om de code van Meta in te typen, tot %1.</numerusform>
            <numerusform>Nog %n minuten om de code van Meta in te typen, tot %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="317"/>
        <source>code expired</source>
        <translation>code verlopen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="325"/>
        <source>This computer&apos;s clock shows a time before Meta&apos;s code arrived (at %1), so the time left can&apos;t be counted. The code works until %2: check the time on your phone.</source>
        <translation>De klok van deze computer geeft een tijd vóór de aankomst van de code van Meta (om %1), dus de resterende tijd kan niet worden geteld. De code werkt tot %2: kijk op je telefoon hoe laat het is.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="320"/>
        <source>code valid until %1</source>
        <translation>code geldig tot %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="281"/>
        <source>Complain to your data-protection authority</source>
        <translation>Klacht indienen bij je toezichthouder voor gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="89"/>
        <source>Meta refused your objection.</source>
        <translation>Meta heeft je bezwaar afgewezen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="104"/>
        <source>Country you live in</source>
        <translation>Land waar je woont</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta heeft niet op je bezwaar gereageerd binnen de tijd die de assistent aanhoudt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="109"/>
        <source>Federal state you live in</source>
        <translation>Deelstaat waar je woont</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="112"/>
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="117"/>
        <source>Which letter</source>
        <translation>Welke brief</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="97"/>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="151"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>Pagina van de toezichthouder &amp;openen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="102"/>
        <source>Good to know:</source>
        <translation>Goed om te weten:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="226"/>
        <source>Complaint text</source>
        <translation>Tekst van de klacht</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="96"/>
        <source>The letters below are written from your record. Read each one, add your name and postal address at the end, and send it where it says. Complaining costs nothing.</source>
        <translation>De brieven hieronder zijn geschreven op basis van uw gegevens. Lees ze een voor een, zet onderaan uw naam en postadres en stuur elke brief naar waar het staat aangegeven. Klagen kost niets.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="60"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="147"/>
        <source>Co&amp;py the letter</source>
        <translation>Brief ko&amp;piëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="166"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="167"/>
        <source>Federal &amp;state:</source>
        <translation>&amp;Deelstaat:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="169"/>
        <source>Lette&amp;r:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="242"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>Tekst van de b&amp;rief:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="218"/>
        <source>Choose your federal state…</source>
        <translation>Kies je deelstaat…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="94"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Kies je deelstaat om de toezichthouder te zien.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="302"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>De naam van het bedrijf van Meta in deze brief (%1) kon niet in openbare bronnen worden bevestigd. Controleer hem op het formulier van de toezichthouder voordat je verstuurt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="376"/>
        <source>Complain to Meta first</source>
        <translation>Eerst bij Meta klagen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="381"/>
        <source>Report to %1</source>
        <translation>Melding bij de %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="383"/>
        <source>Petition to %1</source>
        <translation>Petitie aan de %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="385"/>
        <source>Complain to %1</source>
        <translation>Klacht bij %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="391"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Brief %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="107"/>
        <source>This letter goes to %1, not to an authority.</source>
        <translation>Deze brief gaat naar %1, niet naar een toezichthouder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="115"/>
        <source>&amp;Open Meta&apos;s contact page</source>
        <translation>Contactpagina van Meta &amp;openen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="119"/>
        <source>Send it through Meta&apos;s contact page (link above), or print it and post it to:
%1</source>
        <translation>Stuur hem via de contactpagina van Meta (link hierboven), of print hem en stuur hem per post naar:
%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="124"/>
        <source>This contact page and address come from Meta&apos;s privacy policy as quoted in 2025 and could not be confirmed for your country: check the section on contacting Meta in Meta&apos;s privacy policy before you send.</source>
        <translation>Deze contactpagina en dit adres komen uit het privacybeleid van Meta zoals dat in 2025 werd geciteerd en konden voor uw land niet worden bevestigd: controleer voor het versturen het onderdeel over contact met Meta in het privacybeleid van Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="137"/>
        <source>This text goes to %1, through its own complaint form: paste it there.</source>
        <translation>Deze tekst gaat naar %1, via het eigen klachtformulier: plak hem daar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="142"/>
        <source>This letter goes to %1.</source>
        <translation>Deze brief gaat naar %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="158"/>
        <source>Link checked online on %1.</source>
        <translation>Link online gecontroleerd op %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="162"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Niemand heeft deze link al online gecontroleerd. Opent hij niet, zoek dan op de naam van de toezichthouder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="259"/>
        <source>Show it &amp;beside in %1</source>
        <translation>&amp;Ernaast tonen in het %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="273"/>
        <source>The same letter in %1, for you to read. Send the one on the left.</source>
        <translation>Dezelfde brief in het %1, om zelf te lezen. Verstuur de linker.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="427"/>
        <source>Copied. This letter goes to %1: paste it (%2) into Meta&apos;s contact page, or print it and post it to the address above.</source>
        <translation>Gekopieerd. Deze brief gaat naar %1: plak hem (%2) in de contactpagina van Meta, of print hem en stuur hem naar het adres hierboven.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="436"/>
        <source>Copied. This text goes to %1: paste it (%2) into that authority&apos;s own complaint form.</source>
        <translation>Gekopieerd. Deze tekst gaat naar %1: plak hem (%2) in het eigen klachtformulier van die toezichthouder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="441"/>
        <source>Copied. This letter goes to %1: paste it (%2) into the complaint form on that authority&apos;s page, or into an email or letter to it.</source>
        <translation>Gekopieerd. Deze brief gaat naar %1: plak hem (%2) in het klachtformulier op de pagina van die toezichthouder, of in een e-mail of brief aan die toezichthouder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="193"/>
        <source>For your safety this link was not opened: it is not an official site of Meta or of a data-protection authority.</source>
        <translation>Voor uw veiligheid is deze link niet geopend: het is geen officiële site van Meta of van een toezichthouder voor gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="310"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Deze toezichthouder neemt alleen brieven aan in: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="288"/>
        <source>In Germany you may complain to the authority of your own federal state; it passes a complaint about Meta on to the authority in charge. Choose your state above and the letter appears here.</source>
        <translation>In Duitsland mag u klagen bij de toezichthouder van uw eigen deelstaat; die stuurt een klacht over Meta door naar de bevoegde toezichthouder. Kies hierboven uw deelstaat, dan verschijnt hier de brief.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="316"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Deze toezichthouder werkt meestal in een andere taal. Misschien accepteert hij deze toch; kijk op zijn website.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="332"/>
        <source>Write to &amp;my own state&apos;s authority instead</source>
        <translation>In plaats daarvan naar de toezichthouder van &amp;mijn deelstaat schrijven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="336"/>
        <source>Write to the authority in %1 &amp;directly</source>
        <translation>Rechtstreeks naar de toezichthouder in %1 &amp;schrijven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="180"/>
        <source>What %1 asks:</source>
        <translation>Wat %1 vraagt:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="344"/>
        <source>%1. To %2</source>
        <translation>%1. Aan %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="162"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="203"/>
        <source>Your browser should now show the page.</source>
        <translation>Als het goed is, zie je de pagina nu in je browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="207"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>De browser ging niet open. Kopieer de link en plak hem in je browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="156"/>
        <source>A letter can be at most %1 characters long, so the pasted text after that was left out.</source>
        <translation>Een brief mag hoogstens %1 tekens lang zijn, dus de geplakte tekst daarna is weggelaten.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="180"/>
        <source>&amp;More about Meta&apos;s answer</source>
        <translation>&amp;Meer over het antwoord van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="187"/>
        <source>You&apos;re done: “Finish” keeps it and opens your list of objections.</source>
        <translation>Je bent klaar: ‘Voltooien’ bewaart het en opent de lijst met je bezwaren.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="247"/>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="83"/>
        <source>Meta asked for more time</source>
        <translation>Meta vroeg om meer tijd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="68"/>
        <source>Day of Meta&apos;s email asking for more time</source>
        <translation>Dag van de e-mail waarin Meta om meer tijd vraagt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="52"/>
        <source>Meta as&amp;ked for more time…</source>
        <translation>Meta vroeg om meer t&amp;ijd…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="69"/>
        <source>Record that Meta asked for &amp;more time</source>
        <translation>Vastleggen dat Meta om &amp;meer tijd vroeg</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="76"/>
        <source>Date of Meta&apos;s emai&amp;l:</source>
        <translation>Dag van de e-mai&amp;l van Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="116"/>
        <source>Recorded: Meta asked for more time in its email of %1. It now has until %2.</source>
        <translation>Vastgelegd: Meta vroeg om meer tijd in zijn e-mail van %1. Het heeft nu tot %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>Heeft Meta binnen zijn eerste maand geschreven dat het meer tijd nodig heeft, dan mag het tot %1 maanden langer doen. Leg de dag van die e-mail vast.</numerusform>
            <numerusform>Heeft Meta binnen zijn eerste %n maanden geschreven dat het meer tijd nodig heeft, dan mag het tot %1 maanden langer doen. Leg de dag van die e-mail vast.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="144"/>
        <source>Saved: the deadline has moved.</source>
        <translation>Opgeslagen: de termijn is opgeschoven.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="147"/>
        <source>The extension is noted but couldn&apos;t be saved to disk.</source>
        <translation>De verlenging is genoteerd, maar kon niet op de schijf worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="155"/>
        <source>That email came after Meta&apos;s first period had ended. The law lets Meta take longer only if it says so within that period, so the deadline stays.</source>
        <translation>Die e-mail kwam na het einde van Meta&apos;s eerste termijn. De wet laat Meta er alleen langer over doen als het dat binnen die termijn zegt, dus de termijn blijft.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="158"/>
        <source>That day is before you sent the objection.</source>
        <translation>Die dag ligt vóór het versturen van je bezwaar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="159"/>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Die dag is nog niet gekomen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="160"/>
        <source>This objection isn&apos;t sent yet.</source>
        <translation>Dit bezwaar is nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="161"/>
        <source>The law that applies to you doesn&apos;t provide for more time.</source>
        <translation>De wet die voor jou geldt, kent geen extra tijd.</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="51"/>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="55"/>
        <source>Cop&amp;y email</source>
        <translation>E-mailadres &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="72"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Reden, voor het vak “Vertel ons welke gevolgen deze verwerking voor je heeft”:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="114"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;E-mailadres dat je voor %1 gebruikt:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="117"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Land waar je woont: kies “%1” in de lijst van Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="152"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Typ het e-mailadres dat je voor je account gebruikt om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Een e-mailadres heeft een @ nodig, zoals in naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="162"/>
        <source>There is more than one @ in this address.</source>
        <translation>Er staat meer dan één @ in dit adres.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>Something is missing before the @.</source>
        <translation>Er ontbreekt iets vóór de @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="164"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Er ontbreekt iets na de @, zoals voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Het deel na de @ lijkt niet compleet; er staat meestal een punt in, zoals in voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="168"/>
        <source>This is far too long to be an email address.</source>
        <translation>Dit is veel te lang voor een e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="171"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Dit lijkt geen e-mailadres. Kijk het nog even na.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="30"/>
        <source>Show &amp;on my phone…</source>
        <translation>Op mi&amp;jn telefoon tonen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="34"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>QR-codes van je e-mailadres en je reden, om met je telefoon te scannen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="37"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Vul je het formulier in op je telefoon? Scan de teksten in plaats van ze te typen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="241"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Om in één code te passen, moet je reden ongeveer %1 tekens korter: hij heeft er %2, één code bevat er %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Ingelogd op je telefoon? Scan dit met de camera om het formulier daar te openen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>De code bevat:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="85"/>
        <source>the &amp;main link</source>
        <translation>de &amp;hoofdlink</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="87"/>
        <source>other link &amp;%1</source>
        <translation>andere link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="117"/>
        <source>QR code of the form link %1</source>
        <translation>QR-code van de formulierlink %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="204"/>
        <source>Name for this objection</source>
        <translation>Naam voor dit bezwaar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>bijv. “Mijn Instagram” of “Facebook van Sanne”</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="212"/>
        <source>History of this objection</source>
        <translation>Geschiedenis van dit bezwaar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s answer</source>
        <translation>Antwoord van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="218"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta heeft mijn bezwaar &amp;geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="219"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta heeft het &amp;afgewezen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="227"/>
        <source>Day Meta answered</source>
        <translation>Dag waarop Meta antwoordde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Tekst van de e-mail van Meta (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="233"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Plak hier de e-mail van Meta, als je wilt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="235"/>
        <source>Sa&amp;ve the answer</source>
        <translation>Antwoord &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="247"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-mail van Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="261"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Verder met de stappen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="264"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="265"/>
        <source>&amp;Text…</source>
        <translation>&amp;Tekst…</translation>
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
            <numerusform>Volgens de wet heeft Meta %n maand om te antwoorden, of tot %1 maanden meer als het je binnen die tijd laat weten dat het die nodig heeft. Komt de e-mail binnen, noteer het antwoord dan hieronder.</numerusform>
            <numerusform>Volgens de wet heeft Meta %n maanden om te antwoorden, of tot %1 maanden meer als het je binnen die tijd laat weten dat het die nodig heeft. Komt de e-mail binnen, noteer het antwoord dan hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="366"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>De tijd die Meta had om te antwoorden is voorbij, tenzij Meta je liet weten dat het langer nodig heeft. Je kunt de volgende stap zetten; de assistent schrijft de brief voor je.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="371"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>De wet die voor jou geldt, geeft Meta geen vaste termijn om te antwoorden. Komt de e-mail binnen, noteer het antwoord dan hieronder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="375"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta heeft al een tijd niet geantwoord. Je kunt de volgende stap zetten; de assistent schrijft de brief voor je.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="246"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Datum van het antwoord:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="262"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Wat nu? &amp;Klacht indienen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Agenda&amp;herinneringen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="268"/>
        <source>&amp;Delete this objection…</source>
        <translation>Dit bezwaar ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="270"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="272"/>
        <source>Save proof as PDF</source>
        <translation>Bewijs opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="273"/>
        <source>Save proof as a text file</source>
        <translation>Bewijs opslaan als tekstbestand</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="274"/>
        <source>Save proof as JSON</source>
        <translation>Bewijs opslaan als JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="275"/>
        <source>Save calendar reminders</source>
        <translation>Herinneringen voor je agenda opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="303"/>
        <source>Save proof:</source>
        <translation>Bewijs opslaan:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta zei nee. Je kunt een klacht indienen bij je toezichthouder voor gegevensbescherming; de assistent schrijft de klacht voor je.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="386"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta heeft je bezwaar geaccepteerd. Bewaar het bewijs op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="390"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Dit bezwaar is nog niet verstuurd. Ga verder met de stappen om het af te maken.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="427"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Kies eerst of Meta je bezwaar heeft geaccepteerd of afgewezen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="435"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>De e-mail van Meta is langer dan %1 tekens. Houd het deel met het antwoord van Meta en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="444"/>
        <source>That date is in the future.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="450"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Bij een bezwaar in deze fase kan dit antwoord niet worden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="455"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>Het antwoord is genoteerd, maar kon niet op de schijf worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="458"/>
        <source>Answer saved.</source>
        <translation>Antwoord opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="471"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Hiermee verwijder je het bezwaar voor %1 (%2) van deze computer: de antwoorden, de tekst van de reden, de geschiedenis en het antwoord van Meta. Het wordt gewist uit %3. Bestanden die je zelf hebt opgeslagen, blijven bestaan. Dit kun je niet ongedaan maken. Je bezwaar bij Meta blijft gewoon staan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="481"/>
        <source>Delete this objection?</source>
        <translation>Dit bezwaar verwijderen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="398"/>
        <source>The guide&apos;s last steps are still open: carry on to save the proof and reminders.</source>
        <translation>De laatste stappen zijn nog open: ga verder om het bewijs en de herinneringen op te slaan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="414"/>
        <source>Meta&apos;s email is longer than %1 characters, so only its start was pasted. Keep the part with Meta&apos;s answer.</source>
        <translation>De e-mail van Meta is langer dan %1 tekens, dus alleen het begin is geplakt. Bewaar het deel met het antwoord van Meta.</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="25"/>
        <source>What you can do now</source>
        <translation>Wat je nu kunt doen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="35"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>&amp;Herinneringen voor de agenda opslaan…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="36"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Een agendabestand dat je eraan herinnert op het antwoord van Meta te letten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="41"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>&amp;Antwoord van Meta vastleggen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="42"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Leg vast of Meta je bezwaar heeft aanvaard of afgewezen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="47"/>
        <source>Save the &amp;proof now…</source>
        <translation>&amp;Bewijs nu opslaan…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="48"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Een pdf met de data, de link en de reden die je hebt gestuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="53"/>
        <source>O&amp;ther AI opt-outs…</source>
        <translation>An&amp;dere AI-afmeldingen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="55"/>
        <source>A checklist of other services that train AI on your data, and how to stop them</source>
        <translation>Een lijst van andere diensten die AI trainen met je gegevens, en hoe je dat stopt</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="29"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Direct naar het formulier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="33"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Slaat de stappen over de melding en de link over en gaat naar de pagina die het formulier opent.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>Start o&amp;ver</source>
        <translation>Op&amp;nieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="85"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="86"/>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="263"/>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – stap %2 van %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="380"/>
        <source>Start over?</source>
        <translation>Opnieuw beginnen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="382"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Hiermee wis je al je antwoorden (account, land, e-mailadres en reden) en ga je terug naar de eerste pagina.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="415"/>
        <source>Close without saving?</source>
        <translation>Sluiten zonder opslaan?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="417"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: de schijf is vol of er kan niet op worden geschreven. Als je nu sluit, gaan ze verloren. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="53"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adres van het formulier, om zelf in een browser te plakken:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="56"/>
        <source>Link to the objection form</source>
        <translation>Link naar het bezwaarformulier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="82"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Werkte de link niet, of staat er dat de pagina niet beschikbaar is? Probeer dan deze:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="112"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>Formulier van %1 &amp;openen in mijn browser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="133"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Deze links gingen open bij een online controle op %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="137"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Deze links zijn op %1 uit openbare bronnen verzameld en nog niet online geopend.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="155"/>
        <source>Co&amp;py link %1</source>
        <translation>Link %1 ko&amp;piëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="156"/>
        <source>Other link %1</source>
        <translation>Andere link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="160"/>
        <source>Op&amp;en</source>
        <translation>Op&amp;enen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>Open other link %1</source>
        <translation>Andere link %1 openen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="176"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Voor je veiligheid is deze link niet geopend: de assistent opent alleen beveiligde (https-)pagina&apos;s van de eigen websites van Meta. Misschien is het gidsbestand aangepast; in de README staat hoe je dat herstelt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="188"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Als het goed is, zie je het formulier nu in je browser. Niets te zien? Kopieer dan de link hieronder en plak hem in de adresbalk van je browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="197"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>De browser ging niet open. Kopieer de link hieronder en plak hem in de adresbalk van je browser.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="79"/>
        <source>%1 – your objections</source>
        <translation>%1 – je bezwaren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="81"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="103"/>
        <source>Your objections</source>
        <translation>Je bezwaren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="88"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Eén regel per account waarvoor je bezwaar hebt gemaakt. Kies er een om verder te gaan, de geschiedenis en het bewijs te bekijken of het antwoord van Meta te noteren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="135"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nieuw bezwaar…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>Start a new objection</source>
        <translation>Een nieuw bezwaar beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="138"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Verdergaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>Carry on with the chosen objection</source>
        <translation>Verdergaan met het gekozen bezwaar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="141"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Geschiedenis, antwoord en bewijs…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>De geschiedenis van het gekozen bezwaar openen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="144"/>
        <source>&amp;Export all…</source>
        <translation>Alles &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>Save proof of all objections</source>
        <translation>Bewijs van alle bezwaren opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Alles vergeten…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="161"/>
        <source>Delete every objection from this computer</source>
        <translation>Alle bezwaren van deze computer verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Je hebt %n bezwaar meer dan een week geleden verstuurd. Kijk in je e-mail (en in de map met spam) of Meta heeft geantwoord, en noteer het antwoord hier.</numerusform>
            <numerusform>Je hebt %n bezwaren meer dan een week geleden verstuurd. Kijk in je e-mail (en in de map met spam) of Meta heeft geantwoord, en noteer de antwoorden hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta heeft %n bezwaar niet beantwoord binnen de tijd die het heeft. Open het om je volgende stap te zien; liet Meta weten dat het langer nodig heeft, wacht dan tot die tijd om is.</numerusform>
            <numerusform>Meta heeft %n bezwaren niet beantwoord binnen de tijd die het heeft. Open er een om je volgende stap te zien; liet Meta weten dat het langer nodig heeft, wacht dan tot die tijd om is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Hiermee verwijder je %n bezwaar van deze computer: account, e-mailadres, reden, datums en het antwoord van Meta. Deze bestanden worden gewist:</numerusform>
            <numerusform>Hiermee verwijder je alle %n bezwaren op deze computer: accounts, e-mailadressen, redenen, datums en de antwoorden van Meta. Deze bestanden worden gewist:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="327"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Bestanden die je zelf hebt opgeslagen (PDF, tekst, agenda) blijven waar je ze hebt neergezet. Dit kun je niet ongedaan maken. Je bezwaren bij Meta blijven gewoon staan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="333"/>
        <source>Forget everything?</source>
        <translation>Alles vergeten?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="338"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Sommige bestanden konden niet worden verwijderd. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="147"/>
        <source>Other AI opt-&amp;outs…</source>
        <translation>Andere A&amp;I-afmeldingen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="150"/>
        <source>Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more</source>
        <translation>Andere AI-afmeldingen: LinkedIn, Google Gemini, WhatsApp, X en meer</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="136"/>
        <source>Continue on your phone</source>
        <translation>Verder op je telefoon</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="145"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Richt de camera van je telefoon op een code: de telefoon toont de tekst en laat je die kopiëren, klaar om in het formulier van Meta te plakken. De codes staan alleen op dit scherm; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="163"/>
        <source>Show it as several &amp;codes</source>
        <translation>Als meerdere &amp;codes tonen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="165"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Reden inkorten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="167"/>
        <source>&amp;Previous part</source>
        <translation>&amp;Vorig deel</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="169"/>
        <source>Ne&amp;xt part</source>
        <translation>Volgen&amp;d deel</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="238"/>
        <source>Your email address: %1</source>
        <translation>Je e-mailadres: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="240"/>
        <source>QR code of your email address %1</source>
        <translation>QR-code van je e-mailadres %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="244"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Nog geen e-mailadres: vul het eerst in op de pagina en open dit daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="255"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Nog geen reden: schrijf die eerst op de pagina en open dit daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="261"/>
        <source>Your reason (%1 characters):</source>
        <translation>Je reden (%1 tekens):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="265"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>QR-code van je reden, %1 tekens</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="271"/>
        <source>Your reason</source>
        <translation>Je reden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="275"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Je reden is te lang voor één code: hij heeft %1 tekens en één code bevat alleen de eerste %2. Toon hem als meerdere genummerde codes, om na elkaar te scannen en te plakken, of maak hem korter zodat hij in één code past.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="290"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scan de codes op volgorde en plak elk deel direct na het vorige: samen vormen ze je hele reden.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="326"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Je reden, deel %1/%2 (%3 tekens):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="333"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>QR-code van deel %1 van %2 van je reden, %3 tekens</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="110"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Help me schrijven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="33"/>
        <source>Tick what applies to you:</source>
        <translation>Vink aan wat voor jou geldt:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>&amp;Foto&apos;s en video&apos;s van mij of mijn gezin</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Mijn kinderen st&amp;aan in mijn berichten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="37"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Mijn &amp;creatieve of professionele werk (kunst, teksten, fotografie)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Mijn meningen en mijn &amp;privéleven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mijn &amp;gezicht, mijn uiterlijk en mijn stem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="42"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Ik heb nooit &amp;ingestemd met dit gebruik</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="54"/>
        <source>Tone of the reason</source>
        <translation>Stijl van de reden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Detailed</source>
        <translation>Uitgebreid</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="58"/>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="64"/>
        <source>Language of the reason</source>
        <translation>Taal van de reden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="67"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Stijl:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="69"/>
        <source>&amp;Language of the text:</source>
        <translation>Taa&amp;l van de tekst:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="72"/>
        <source>&amp;Write the text</source>
        <translation>Tekst &amp;maken</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="129"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="133"/>
        <source>Re&amp;do</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="152"/>
        <source>Copy rea&amp;son</source>
        <translation>Re&amp;den kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="156"/>
        <source>Copy the reason (%1)</source>
        <translation>De reden kopiëren (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="163"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>&amp;Bekijk wat er precies gekopieerd wordt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="178"/>
        <source>What will be copied</source>
        <translation>Wat er gekopieerd wordt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="282"/>
        <source>Replace your text?</source>
        <translation>Je tekst vervangen?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="284"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Je hebt de tekst in het vak aangepast. Wil je die vervangen door een nieuwe tekst op basis van je keuzes? (Met “Ongedaan maken” krijg je jouw versie terug.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="319"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Je eigen tekst is bewaard. Klik op “Tekst maken” om hem te vervangen door een nieuwe tekst op basis van deze keuzes.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>De kant-en-klare teksten konden niet worden gelezen (%1). Je kunt nog steeds zelf een tekst typen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="355"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>De teksten in de taal %1 konden niet worden gelezen, daarom worden de Engelse gebruikt. Bestand: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="399"/>
        <source>1 character</source>
        <translation>1 teken</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="400"/>
        <source>%1 characters</source>
        <translation>%1 tekens</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>Dit is erg lang. Een paar duidelijke alinea&apos;s lezen makkelijker voor de medewerkers van Meta, en webformulieren kappen lange teksten soms af.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="418"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>De reden is nog leeg, dus er valt nog niets te kopiëren.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Kopiëren is niet gelukt. De tekst is nu geselecteerd: kopieer hem zelf via het menu of met het toetsenbord.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="434"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Je reden is gekopieerd (%1 tekens). Plak hem in het formulier van Meta in het vak “Vertel ons welke gevolgen deze verwerking voor je heeft” (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="39"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Je opgeslagen reden is langer dan %1 tekens, dus alleen het begin wordt getoond. De hele tekst blijft bewaard tot je hem hier verandert.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="67"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Een reden mag hoogstens %1 tekens lang zijn, dus de tekst daarna is weggelaten. Een paar duidelijke alinea&apos;s zeggen genoeg.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="136"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link naar Meta&apos;s formulier voor informatie van anderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Volgens de wet (%1) moet Meta binnen %n maand antwoorden. Meta mag er alleen tot %2 maanden langer over doen als het je dat binnen die eerste termijn laat weten.</numerusform>
            <numerusform>Volgens de wet (%1) moet Meta binnen %n maanden antwoorden. Meta mag er alleen tot %2 maanden langer over doen als het je dat binnen die eerste termijn laat weten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>De wet die voor jou geldt (%1) geeft Meta geen vaste termijn om te antwoorden. Komt er na %n maand niets, dan stelt de assistent de volgende stap voor.</numerusform>
            <numerusform>De wet die voor jou geldt (%1) geeft Meta geen vaste termijn om te antwoorden. Komt er na %n maanden niets, dan stelt de assistent de volgende stap voor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="128"/>
        <source>A different case: &amp;information Meta got from others</source>
        <translation>Een ander geval: &amp;informatie die Meta van anderen kreeg</translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Je opgeslagen bezwaren konden niet worden geopend, dus er wordt voorlopig niets opgeslagen: het bestand blijft precies zoals het is. Sluit de assistent, controleer of de gegevensmap leesbaar is en start hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Deze antwoorden komen uit een nieuwere versie van deze assistent, dus hier wordt niets opgeslagen: het bestand van de nieuwere versie blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 is een bestand, waar een map zou moeten staan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>er kan niet in de map worden geschreven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>het systeem weigerde (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Je antwoorden konden niet worden opgeslagen: %1. Zolang dit venster open blijft, gaat er niets verloren, en de assistent probeert het om de paar seconden opnieuw.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="27"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="83"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="85"/>
        <source>current step</source>
        <translation>huidige stap</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="86"/>
        <source>to come</source>
        <translation>nog te doen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="89"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Stap %1 van %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="98"/>
        <source>Go back to this step</source>
        <translation>Terug naar deze stap</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="84"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="46"/>
        <source>Which account do you want to object for?</source>
        <translation>Voor welk account wil je bezwaar maken?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Waar woon je?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="62"/>
        <source>Choose your country</source>
        <translation>Kies je land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="63"/>
        <source>Country where you live</source>
        <translation>Land waar je woont</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="155"/>
        <source>choose an account</source>
        <translation>kies een account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="157"/>
        <source>choose your country</source>
        <translation>kies je land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source>To go on, %1.</source>
        <translation>Om verder te gaan: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="40"/>
        <source>&amp;About this assistant</source>
        <translation>&amp;Over deze assistent</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="94"/>
        <source>Wha&amp;t&apos;s new</source>
        <translation>Nie&amp;uw</translation>
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
        <translation>Kijk in je mail voor het antwoord van Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="23"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Een week geleden stuurde je Meta je bezwaar tegen AI-training voor {what}. Kijk in die mailbox (ook in de spammap) of Meta heeft geantwoord en noteer het antwoord daarna in {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="31"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>De maand die Meta had om te antwoorden is voorbij ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="32"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>De wet gaf Meta een maand om te antwoorden op je bezwaar voor {what}, verstuurd op {sent}. Meta mag er alleen tot twee maanden langer over doen als het je dat binnen die maand heeft laten weten. Geen antwoord, of een afwijzing? Open {app}: daarmee schrijf je een klacht aan je toezichthouder voor gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="51"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Tijd om naar je bezwaar te kijken ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="52"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Je hebt je bezwaar voor {what} op {sent} verstuurd. De wet waar je woont geeft Meta geen vaste termijn om te antwoorden, maar is er nog niets gekomen, open dan {app}: daar zie je wat je nu kunt doen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="58"/>
        <source>your account</source>
        <translation>je account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="41"/>
        <source>Meta&apos;s extra time to answer is up ({what})</source>
        <translation>Meta&apos;s extra tijd om te antwoorden is om ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="42"/>
        <source>You sent your objection for {what} on {sent}. In its email of {email_on} Meta said it needs more time; the longer time the law allows is now over. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Je hebt je bezwaar voor {what} op {sent} verstuurd. In zijn e-mail van {email_on} zei Meta meer tijd nodig te hebben; de langere tijd die de wet toestaat, is nu om. Geen antwoord, of een afwijzing? Open {app}: daarmee schrijf je een klacht aan je toezichthouder voor gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="22"/>
        <source>Look again at your AI setting ({service})</source>
        <translation>Kijk opnieuw naar je AI-instelling ({service})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="23"/>
        <source>On {day} you recorded your AI-training opt-out at {service} in the {app}. Services have changed such settings before: open the {app}, choose “Other AI opt-outs” and check that it is still as you left it.</source>
        <translation>Op {day} heb je in {app} je afmelding voor AI-training bij {service} vastgelegd. Diensten hebben zulke instellingen al eerder veranderd: open {app}, kies ‘Andere AI-afmeldingen’ en controleer of alles nog is zoals je het liet.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="34"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Een bestand dat bij de app hoort kon niet worden gebruikt, dus dit deel werkt niet. Je antwoorden tot nu toe zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="42"/>
        <source>Something unexpected went wrong. Your answers so far are saved.

If it happens again, the technical details are in this file:
%1</source>
        <translation>Er ging onverwacht iets mis. Je antwoorden tot nu toe zijn opgeslagen.

Gebeurt het nog eens? De technische details staan in dit bestand:
%1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="91"/>
        <source>Save proof as PDF</source>
        <translation>Bewijs opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Tekstbestand (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Bewijs opslaan als tekst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Bewijs opslaan als JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="384"/>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Herinneringen voor je agenda opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="162"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Opslaan is niet gelukt (%1). Probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="151"/>
        <source>Saving didn&apos;t work: a text in this objection holds a broken character. Nothing was saved.</source>
        <translation>Opslaan is niet gelukt: een tekst in dit bezwaar bevat een beschadigd teken. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="43"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Sommige heel lange teksten zijn hier ingekort. Je bestand bewaart ze heel, en de PDF-, tekst- en JSON-exports tonen ze volledig.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="21"/>
        <source>without a name</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="22"/>
        <source>“%1”, started %2</source>
        <translation>‘%1’, begonnen op %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="26"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>In het bezwaar %1 konden sommige antwoorden niet worden gelezen (%2) en zijn weggelaten; de rest is er.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="47"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>Het bezwaar %1 gebruikt iets wat deze versie niet kent (%2), dus het wordt niet getoond. Het blijft in het bestand voor de nieuwere versie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="57"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>Het bezwaar %1 kon niet worden gelezen (%2) en is apart gezet; je andere bezwaren zijn er allemaal.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Its saved text is kept in %1</source>
        <translation>De opgeslagen tekst staat in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="78"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="80"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="91"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Je opgeslagen antwoorden konden niet worden gelezen, dus de assistent begint opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="137"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Het beschadigde bestand is hier bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="100"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Een deel van je opgeslagen antwoorden kon niet worden gelezen; de rest is bewaard.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Een kopie van het oorspronkelijke bestand staat hier: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="107"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Je antwoorden zijn opgeslagen door een nieuwere versie van deze assistent. Je ziet ze wel, maar er wordt niets opgeslagen, zodat het bestand van de nieuwere versie heel blijft.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="121"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Je opgeslagen antwoorden konden niet worden geopend (%1). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="128"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Je instellingen konden niet worden gelezen (%1: %2), dus de gewone worden gebruikt: de taal volgt je systeem tot je er een kiest.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="164"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 is een bestand, waar een map zou moeten staan.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="167"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>De map %1 kan niet worden gemaakt (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="174"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Voorlopig kan niets worden bewaard: je antwoorden blijven in het geheugen zolang de assistent open is. Kies een andere map met --data-dir, of verplaats het bestand.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="36"/>
        <source>The objection %1 could not be read (%2). No copy of it could be kept yet (the disk may be full), so the file is left as it is; the copy is made, and your answers saved, as soon as there is room.</source>
        <translation>Het bezwaar %1 kon niet worden gelezen (%2). Er kon nog geen kopie van worden bewaard (misschien is de schijf vol), dus het bestand blijft zoals het is; de kopie wordt gemaakt, en je antwoorden worden opgeslagen, zodra er ruimte is.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>Your answers file (%1) was written by a newer version of this assistant, in a form this version can&apos;t read. It was left exactly as it is, and nothing will be saved to it. Open it with the newer version, or choose another folder with --data-dir.</source>
        <translation>Je antwoordenbestand (%1) is geschreven door een nieuwere versie van deze assistent, in een vorm die deze versie niet kan lezen. Het is precies gelaten zoals het is en er wordt niets in opgeslagen. Open het met de nieuwere versie, of kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="145"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="147"/>
        <source>the folder can&apos;t be written to</source>
        <translation>er kan niet in de map worden geschreven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="149"/>
        <source>the system refused (%1)</source>
        <translation>het systeem weigerde (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="152"/>
        <source>This objection could not be deleted: %1. It stays in your list and in the file, as before.</source>
        <translation>Dit bezwaar kon niet worden verwijderd: %1. Het blijft in je lijst en in het bestand, zoals voorheen.</translation>
    </message>
</context>
<context>
    <name>other_optouts</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="22"/>
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="24"/>
        <source>Does not apply to me (noted %1)</source>
        <translation>Niet van toepassing op mij (genoteerd op %1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="25"/>
        <source>Not done</source>
        <translation>Nog niet gedaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="30"/>
        <source>A setting to switch off</source>
        <translation>Een instelling om uit te zetten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="31"/>
        <source>A form to send</source>
        <translation>Een formulier om te versturen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="32"/>
        <source>A signal to AI companies (they may ignore it)</source>
        <translation>Een signaal aan AI-bedrijven (ze kunnen het negeren)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="33"/>
        <source>No way to opt out found</source>
        <translation>Geen manier gevonden om je af te melden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="40"/>
        <source>Choose where you live above</source>
        <translation>Kies hierboven waar je woont</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="42"/>
        <source>Our sources don&apos;t name %1</source>
        <translation>Onze bronnen noemen %1 niet</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="45"/>
        <source>Applies in %1 since %2</source>
        <translation>Geldt in %1 sinds %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="49"/>
        <source>Applies in %1</source>
        <translation>Geldt in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="56"/>
        <source>Other AI opt-outs: %1 of %2 done</source>
        <translation>Andere AI-afmeldingen: %1 van %2 gedaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="66"/>
        <source>Link to the setting or form</source>
        <translation>Link naar de instelling of het formulier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="69"/>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Openen in de browser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="70"/>
        <source>Opens the link in your web browser</source>
        <translation>Opent de link in je webbrowser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="75"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="76"/>
        <source>Puts the link on the clipboard</source>
        <translation>Zet de link op het klembord</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="86"/>
        <source>On your phone? Scan this code with its camera to open the same link.</source>
        <translation>Op je telefoon? Scan deze code met de camera om dezelfde link te openen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="95"/>
        <source>Your email address</source>
        <translation>Je e-mailadres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="98"/>
        <source>Copy &amp;email address</source>
        <translation>&amp;E-mailadres kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="99"/>
        <source>For the form&apos;s email field</source>
        <translation>Voor het e-mailveld van het formulier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="111"/>
        <source>Copy the &amp;reason</source>
        <translation>&amp;Reden kopiëren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="112"/>
        <source>For the form&apos;s field where you say what you object to</source>
        <translation>Voor het veld waarin je zegt waartegen je bezwaar maakt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="120"/>
        <source>I&apos;ve &amp;done it</source>
        <translation>Ik heb het &amp;gedaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="121"/>
        <source>Records that you switched it off or sent the form, with the time</source>
        <translation>Legt met de tijd vast dat je het hebt uitgezet of het formulier hebt verstuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="128"/>
        <source>Doesn&apos;t &amp;apply to me</source>
        <translation>Niet van &amp;toepassing</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="129"/>
        <source>For example, you have no account there</source>
        <translation>Bijvoorbeeld omdat je daar geen account hebt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="134"/>
        <source>&amp;Not done yet</source>
        <translation>&amp;Nog niet gedaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="135"/>
        <source>Records that this is still to do</source>
        <translation>Legt vast dat dit nog moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="140"/>
        <source>Calendar reminder to look a&amp;gain…</source>
        <translation>&amp;Herinnering om opnieuw te kijken…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="141"/>
        <source>A calendar file that reminds you in three months</source>
        <translation>Een agendabestand dat je over drie maanden herinnert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="221"/>
        <source>It covers future use only.</source>
        <translation>Het geldt alleen voor toekomstig gebruik.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="227"/>
        <source>Unconfirmed: the way to this setting comes from press reports of %1, not from %2 itself. It may have changed since.</source>
        <translation>Onbevestigd: de weg naar deze instelling komt uit persberichten van %1, niet van %2 zelf. Hij kan sindsdien veranderd zijn.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="239"/>
        <source>What to do:</source>
        <translation>Wat je doet:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="247"/>
        <source>As the service names it (in English):</source>
        <translation>Zo noemt de dienst het (in het Engels):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="249"/>
        <source>As the service names it:</source>
        <translation>Zo noemt de dienst het:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="253"/>
        <source>Where to find it (menus in English):</source>
        <translation>Waar je het vindt (menu&apos;s in het Engels):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="256"/>
        <source>Where to find it:</source>
        <translation>Waar je het vindt:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="268"/>
        <source>QR code of the link to %1</source>
        <translation>QR-code van de link naar %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="283"/>
        <source>Sources (as read on the date given):</source>
        <translation>Bronnen (gelezen op de genoemde datum):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="310"/>
        <source>This link is not one the app opens.</source>
        <translation>Deze link opent de app niet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="316"/>
        <source>The link was passed to your browser.</source>
        <translation>De link is aan je browser doorgegeven.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="320"/>
        <source>No browser opened. Copy the link and paste it into your browser, or scan the code with your phone.</source>
        <translation>Er ging geen browser open. Kopieer de link naar je browser of scan de code met je telefoon.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="332"/>
        <source>Copying didn&apos;t work. Select the text and copy it yourself.</source>
        <translation>Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="340"/>
        <source>Copied. Paste it where the page asks for it.</source>
        <translation>Gekopieerd. Plak het waar de pagina erom vraagt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="358"/>
        <source>Not saved: the note at the top says why.</source>
        <translation>Niet opgeslagen: de melding bovenaan zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="362"/>
        <source>This could not be saved on this computer. Check that the disk has room and try again.</source>
        <translation>Dit kon niet op deze computer worden opgeslagen. Controleer of er ruimte op de schijf is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="382"/>
        <source>Save a calendar reminder</source>
        <translation>Agendaherinnering opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="397"/>
        <source>Saved. Open the file to add the reminder to your calendar.</source>
        <translation>Opgeslagen. Open het bestand om de herinnering aan je agenda toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="82"/>
        <source>Other AI opt-outs</source>
        <translation>Andere AI-afmeldingen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="84"/>
        <source>Your AI opt-outs beyond Meta</source>
        <translation>Je AI-afmeldingen buiten Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="91"/>
        <source>Other services train AI on what people post too. Choose a service to see what it does and how to stop it; the app notes what you did and when. Services with no way to opt out are listed so you know.</source>
        <translation>Ook andere diensten trainen AI met wat mensen posten. Kies een dienst om te zien wat hij doet en hoe je het stopt; de app noteert wat je deed en wanneer. Diensten zonder manier om je af te melden staan er ook, zodat je het weet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="102"/>
        <source>&amp;Where you live:</source>
        <translation>&amp;Waar je woont:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="104"/>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="125"/>
        <source>Where you live</source>
        <translation>Waar je woont</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="120"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="123"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="124"/>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="126"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="145"/>
        <source>The chosen service</source>
        <translation>De gekozen dienst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="189"/>
        <source>Your earlier record of these opt-outs could not be read. It was kept as %1; this list starts afresh.</source>
        <translation>Je eerdere overzicht van deze afmeldingen kon niet worden gelezen. Het is bewaard als %1; de lijst begint opnieuw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="195"/>
        <source>Your record of these opt-outs was saved by a newer version of the app. It is shown, but nothing you do here is saved.</source>
        <translation>Je overzicht van deze afmeldingen is opgeslagen door een nieuwere versie van de app. Het wordt getoond, maar wat je hier doet, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="201"/>
        <source>Your record of these opt-outs can&apos;t be opened (%1). Nothing you do here is saved.</source>
        <translation>Je overzicht van deze afmeldingen kan niet worden geopend (%1). Wat je hier doet, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="227"/>
        <source>Nothing to do</source>
        <translation>Niets te doen</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="172"/>
        <source>As a PDF receipt…</source>
        <translation>Als PDF-bewijsstuk…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="173"/>
        <source>As plain text…</source>
        <translation>Als gewone tekst…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="174"/>
        <source>As JSON (for programs)…</source>
        <translation>Als JSON (voor programma&apos;s)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="35"/>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="36"/>
        <source>Form opened</source>
        <translation>Formulier geopend</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Geaccepteerd door Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Afgewezen door Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Geen antwoord op tijd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Sent, but the code expired</source>
        <translation>Verstuurd, maar de code is verlopen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="66"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Vraag een nieuwe code: druk nog eens op de verzendknop van het formulier van Meta en ga dan verder</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="72"/>
        <source>Carry on where you stopped</source>
        <translation>Ga verder waar je was gebleven</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Kijk in je e-mail of Meta heeft geantwoord</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="77"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Wacht op de e-mail van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="80"/>
        <source>Complain to your data-protection authority</source>
        <translation>Klacht indienen bij je toezichthouder voor gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="81"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Niets: je bent klaar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="85"/>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="107"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="108"/>
        <source>Email or name</source>
        <translation>E-mailadres of naam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="110"/>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="111"/>
        <source>What next</source>
        <translation>Wat nu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="193"/>
        <source>(no email yet)</source>
        <translation>(nog geen e-mailadres)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="37"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="38"/>
        <source>Sent, no code asked</source>
        <translation>Verstuurd, geen code gevraagd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="39"/>
        <source>Sent, code not entered yet</source>
        <translation>Verstuurd, code nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Sent, code entered</source>
        <translation>Verstuurd, code ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Sent, waiting for Meta</source>
        <translation>Verstuurd, wacht op Meta</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Bezwaar tegen het gebruik van persoonsgegevens door Meta voor AI-training</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Vastgelegd met {app} {version} op {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Tijden staan in de tijdzone {zone}, met het verschil ten opzichte van UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="58"/>
        <source>Name given</source>
        <translation>Opgegeven naam</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="59"/>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="60"/>
        <source>Country of residence</source>
        <translation>Woonland</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>Form link used</source>
        <translation>Gebruikte formulierlink</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Verstuurde reden (precies zoals gekopieerd)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>(no reason text was recorded)</source>
        <translation>(er is geen reden vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>Meta&apos;s answer</source>
        <translation>Antwoord van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>(no answer recorded yet)</source>
        <translation>(nog geen antwoord vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} op {date} (vastgelegd op {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="69"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Tekst van de e-mail van Meta, zoals geplakt</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="71"/>
        <source>Dates of each step</source>
        <translation>Datum van elke stap</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Datum van het antwoord van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>Answer recorded in the app</source>
        <translation>Antwoord vastgelegd in de app</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="78"/>
        <source>Facts</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="112"/>
        <source>not yet sent (draft)</source>
        <translation>nog niet verstuurd (concept)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="113"/>
        <source>form opened</source>
        <translation>formulier geopend</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="117"/>
        <source>honoured by Meta</source>
        <translation>geaccepteerd door Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="118"/>
        <source>refused by Meta</source>
        <translation>afgewezen door Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="135"/>
        <source>objection started</source>
        <translation>bezwaar gestart</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="136"/>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="137"/>
        <source>reason text copied for the form</source>
        <translation>tekst van de reden gekopieerd voor het formulier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="138"/>
        <source>form link opened</source>
        <translation>formulierlink geopend</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="139"/>
        <source>answers cleared to start over</source>
        <translation>antwoorden gewist om opnieuw te beginnen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="79"/>
        <source>Sent (send button pressed on Meta&apos;s form)</source>
        <translation>Verstuurd (op de verzendknop van Meta&apos;s formulier gedrukt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="80"/>
        <source>Code from Meta</source>
        <translation>Code van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="81"/>
        <source>not asked for</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="82"/>
        <source>received at {received}, not entered yet</source>
        <translation>ontvangen om {received}, nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="83"/>
        <source>received at {received}, entered at {entered}</source>
        <translation>ontvangen om {received}, ingevuld om {entered}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="84"/>
        <source>Meta&apos;s time to answer ends</source>
        <translation>Meta&apos;s tijd om te antwoorden loopt af</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="85"/>
        <source>{when} (longer: Meta asked for more time in its email of {date})</source>
        <translation>{when} (langer: Meta vroeg om meer tijd in zijn e-mail van {date})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="88"/>
        <source>received at {received}, expired unused at {expired}</source>
        <translation>ontvangen om {received}, ongebruikt verlopen om {expired}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="114"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="115"/>
        <source>sent, code entered</source>
        <translation>verstuurd, code ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="116"/>
        <source>sent, waiting for Meta&apos;s answer</source>
        <translation>verstuurd, wacht op het antwoord van Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="120"/>
        <source>no answer from Meta in the time it had</source>
        <translation>geen antwoord van Meta binnen de tijd die het had</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="140"/>
        <source>code from Meta received</source>
        <translation>code van Meta ontvangen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="141"/>
        <source>code from Meta expired unused</source>
        <translation>code van Meta ongebruikt verlopen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="142"/>
        <source>Meta asked for no code</source>
        <translation>Meta vroeg om geen code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="143"/>
        <source>Meta asked for more time to answer, in its email of {date}</source>
        <translation>Meta vroeg om meer tijd om te antwoorden, in zijn e-mail van {date}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="125"/>
        <source>sent, no code asked</source>
        <translation>verstuurd, geen code gevraagd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="126"/>
        <source>sent, code received, not entered yet</source>
        <translation>verstuurd, code ontvangen, nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="129"/>
        <source>sent, code expired unused</source>
        <translation>verstuurd, code ongebruikt verlopen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="92"/>
        <source>Other AI opt-outs</source>
        <translation>Andere AI-afmeldingen</translation>
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
        <translation>niet gedaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="96"/>
        <source>done on {when}</source>
        <translation>gedaan op {when}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="97"/>
        <source>does not apply (noted {when})</source>
        <translation>niet van toepassing (genoteerd op {when})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="98"/>
        <source>[Shortened here: the whole text has {count} characters. It is kept in full in the app&apos;s data file and in the JSON proof.]</source>
        <translation>[Hier ingekort: de hele tekst heeft {count} tekens. Hij staat volledig in het gegevensbestand van de app en in het JSON-bewijs.]</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="103"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="104"/>
        <source>Values ending in “…” are shortened here; they are kept in full in the app&apos;s data file and in the JSON proof.</source>
        <translation>Waarden die eindigen op ‘…’ zijn hier ingekort; ze staan volledig in het gegevensbestand van de app en in het JSON-bewijs.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="63"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Er ging iets mis en de app kon niet starten.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="65"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Er ging iets mis en de app kon niet starten.

De technische details staan in dit bestand:
%1

Vraag je iemand om hulp, dan kun je dat bestand meesturen. Er staat alleen in wat er in de app misging.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="21"/>
        <source>it belongs to another user account</source>
        <translation>hij is van een ander gebruikersaccount</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="25"/>
        <source>The data folder %1 can&apos;t be used: %2. Your answers can&apos;t be read from it or saved in it.

Choose another folder for your answers (a new empty one is fine), or go on without: then nothing you type is saved.</source>
        <translation>De gegevensmap %1 kan niet worden gebruikt: %2. Je antwoorden kunnen er niet uit worden gelezen en er niet in worden opgeslagen.

Kies een andere map voor je antwoorden (een nieuwe lege map is prima), of ga verder zonder: dan wordt niets van wat je typt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="40"/>
        <source>Choose another folder…</source>
        <translation>Andere map kiezen…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="41"/>
        <source>Go on without saving</source>
        <translation>Verder zonder opslaan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="46"/>
        <source>Choose a folder for your answers</source>
        <translation>Kies een map voor je antwoorden</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="323"/>
        <source>This data folder seems to be open on another computer, “%1”, since %2:
%3

If the app is still open there, close it there first: two copies writing to the same folder would lose each other&apos;s answers.

If that computer is off or the app is closed there (a USB stick that was pulled out, say), you can open the folder here.</source>
        <translation>Deze gegevensmap lijkt open te zijn op een andere computer, ‘%1’, sinds %2:
%3

Als de app daar nog open is, sluit hem daar dan eerst: twee kopieën die in dezelfde map schrijven, zouden elkaars antwoorden kwijtraken.

Als die computer uit staat of de app daar gesloten is (bijvoorbeeld een USB-stick die is uitgetrokken), kun je de map hier openen.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="342"/>
        <source>Open it here</source>
        <translation>Hier openen</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="343"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="50"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Plak het voordat je deze app sluit: op Linux ben je de kopie daarna kwijt.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="276"/>
        <source>Copied. Paste it (%1) into your browser&apos;s address bar.</source>
        <translation>Gekopieerd. Plak het (%1) in de adresbalk van je browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="288"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Gekopieerd. Plak het nu in het formulier van Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="297"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Kopiëren is niet gelukt. Selecteer de tekst zelf en kopieer hem.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="325"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="327"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="329"/>
        <source>Changes the language of every window at once.</source>
        <translation>Hiermee verander je in één keer de taal van alle vensters.</translation>
    </message>
</context>
</TS>
