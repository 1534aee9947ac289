<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="267"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Non è stato possibile usare i testi del reclamo, quindi non si può scrivere alcun reclamo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="271"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="320"/>
        <source>The list of other services could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;elenco degli altri servizi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="323"/>
        <source>Other AI opt-outs</source>
        <translation>Altre opposizioni all&apos;IA</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="72"/>
        <source>Did Meta email you a code?</source>
        <translation>Meta ti ha mandato un codice via e-mail?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="75"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Sì, Meta mi ha mandato un codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="77"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>&amp;No, Meta non mi ha mandato nessun codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="163"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Tempo rimasto per il codice di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="192"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Ho &amp;inserito il codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="85"/>
        <source>e.g. 14:05 or 10</source>
        <translation>es. 14:05 oppure 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="87"/>
        <source>When the email with the code arrived</source>
        <translation>Quando è arrivata l&apos;e-mail con il codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="409"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Per andare avanti, chiedi un nuovo codice e premi «Ho ricevuto un nuovo codice» quando arriva, oppure rispondi «No» qui sopra se Meta non manda nessun codice.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="99"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Ho ricevuto un nuovo &amp;codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="368"/>
        <source>The time older forms gave a code ran out at %1. If Meta&apos;s window no longer takes the code, that&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, type when it came and press “I&apos;ve received a new code” above.</source>
        <translation>Il tempo che i moduli più vecchi davano a un codice è finito alle %1. Se la finestra di Meta non accetta più il codice, nessun problema: torna al modulo di Meta e premi di nuovo «Submit». Meta ti manderà un nuovo codice. Quando arriva, scrivi qui sopra quando è arrivato e premi «Ho ricevuto un nuovo codice».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="377"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Hai inserito il codice alle %1. Ottimo! Premi «Successivo» per andare avanti.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="401"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="412"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Per andare avanti, rispondi alla domanda: Meta ti ha mandato un codice via e-mail?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="404"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Quando hai scritto il codice nella finestra di Meta, premi «Ho inserito il codice» per andare avanti.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="183"/>
        <source>Part of the code&apos;s time that is left</source>
        <translation>Parte del tempo del codice che resta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="47"/>
        <source>Codes from older versions of Meta&apos;s form worked for about %1 minutes, and that was longer ago, so this code has most likely run out. Send Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>I codici delle versioni più vecchie del modulo di Meta valevano circa %1 minuti, ed è passato più tempo: molto probabilmente questo codice è scaduto. Invia di nuovo il modulo di Meta per ricevere un nuovo codice, poi torna qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="418"/>
        <source>Last minute of the time older forms allowed! Type the code into Meta&apos;s window right now, before about %1.</source>
        <translation>Ultimo minuto del tempo concesso dai moduli più vecchi! Scrivi subito il codice nella finestra di Meta, prima delle %1 circa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="423"/>
        <source>Hurry: less than 10 minutes left of the time older forms allowed. Type the code into Meta&apos;s window now, before about %1.</source>
        <translation>Sbrigati: restano meno di 10 minuti del tempo concesso dai moduli più vecchi. Scrivi ora il codice nella finestra di Meta, prima delle %1 circa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="428"/>
        <source>Time left to type the code into Meta&apos;s window. Older forms&apos; codes worked for about %1 minutes, so until about %2. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Tempo che resta per scrivere il codice nella finestra di Meta. I codici dei moduli più vecchi valevano circa %1 minuti, quindi fino alle %2 circa. Quando l&apos;hai scritto, premi «Ho inserito il codice».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="89"/>
        <source>It &amp;arrived at:</source>
        <translation>Arrivata al&amp;le:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="95"/>
        <source>Leave it empty if the email has just arrived; else type the time on it, such as 14:05, or how many minutes ago it came, such as 10.</source>
        <translation>Lasciate vuoto se l&apos;e-mail è appena arrivata; altrimenti scrivete l&apos;ora che riporta, per esempio 14:05, o quanti minuti fa è arrivata, per esempio 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="38"/>
        <source>That time hasn&apos;t come yet. Check the time, or leave the box empty if it was just now.</source>
        <translation>Quell&apos;ora non è ancora arrivata. Controllate l&apos;ora, o lasciate vuoto il campo se è stato proprio ora.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="43"/>
        <source>That is before today. Type a time from today, or choose “Just now”.</source>
        <translation>È prima di oggi. Scrivete un&apos;ora di oggi, o scegliete «Proprio adesso».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="53"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago it was, like 10.</source>
        <translation>Quest&apos;ora non mi è chiara. Scrivetela come 14:05, o scrivete quanti minuti fa è stato, per esempio 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="61"/>
        <source>That is earlier than a step already recorded for this objection (%1). Check the time, or leave it as “just now”.</source>
        <translation>È prima di un passo già registrato per questa opposizione (%1). Controllate l&apos;ora, o lasciate «proprio adesso».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="86"/>
        <source>When did you press the send button on Meta&apos;s form?</source>
        <translation>Quando avete premuto il pulsante di invio del modulo di Meta?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="90"/>
        <source>&amp;Just now</source>
        <translation>Proprio &amp;adesso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="92"/>
        <source>Earlier &amp;today</source>
        <translation>&amp;Oggi, più presto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="96"/>
        <source>e.g. 14:05</source>
        <translation>es. 14:05</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="97"/>
        <source>Time you pressed the send button</source>
        <translation>Ora in cui avete premuto il pulsante di invio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="102"/>
        <source>at ti&amp;me:</source>
        <translation>ore (&amp;hh:mm):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="147"/>
        <source>Recorded: you sent the form at %1.</source>
        <translation>Registrato: avete inviato il modulo alle %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="151"/>
        <source>Recorded: you sent the form on %1.</source>
        <translation>Registrato: avete inviato il modulo il %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="203"/>
        <source>The code arrived at %1, so the form was sent before that. Type the time you pressed the send button.</source>
        <translation>Il codice è arrivato alle %1, quindi il modulo è stato inviato prima. Scrivete l&apos;ora in cui avete premuto il pulsante di invio.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="256"/>
        <source>The code can&apos;t have come before you sent the form (%1). Check the time on the email.</source>
        <translation>Il codice non può essere arrivato prima dell&apos;invio del modulo (%1). Controllate l&apos;ora sull&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="399"/>
        <source>To go on, say when you pressed the send button on Meta&apos;s form.</source>
        <translation>Per andare avanti, dite quando avete premuto il pulsante di invio del modulo di Meta.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="225"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Il codice di Meta è scaduto. Puoi chiederne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="233"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Manca solo 1 minuto! Inserisci subito il codice di Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="235"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Mancano %1 minuti per inserire il codice di Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="266"/>
        <source>Meta&apos;s code</source>
        <translation>Codice di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="279"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Il codice di Meta è scaduto alle %1. Il passaggio del codice spiega come riceverne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="288"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Ultimo minuto: il codice di Meta scade tra %1! Inseriscilo subito.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="292"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Sbrigati: il codice di Meta scade tra %1. Inseriscilo al più presto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="293"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Il codice di Meta scade tra %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="300"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Il codice di Meta è scaduto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Resta %n minuto per inserire il codice di Meta, fino alle %1.</numerusform>
            <numerusform>Restano %n minuti per inserire il codice di Meta, fino alle %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="317"/>
        <source>code expired</source>
        <translation>codice scaduto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="325"/>
        <source>This computer&apos;s clock shows a time before Meta&apos;s code arrived (at %1), so the time left can&apos;t be counted. The code works until %2: check the time on your phone.</source>
        <translation>L’orologio di questo computer segna un’ora precedente all’arrivo del codice di Meta (alle %1), quindi il tempo rimasto non si può contare. Il codice vale fino alle %2: controlla l’ora sul telefono.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="320"/>
        <source>code valid until %1</source>
        <translation>codice valido fino alle %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="281"/>
        <source>Complain to your data-protection authority</source>
        <translation>Presenta un reclamo all&apos;autorità per la protezione dei dati</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="89"/>
        <source>Meta refused your objection.</source>
        <translation>Meta ha respinto la tua opposizione.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="104"/>
        <source>Country you live in</source>
        <translation>Paese in cui vivi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta non ha risposto alla vostra opposizione nel tempo previsto dall&apos;assistente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="109"/>
        <source>Federal state you live in</source>
        <translation>Land (stato federato) in cui vivete</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="112"/>
        <source>Language of the letter</source>
        <translation>Lingua della lettera</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="117"/>
        <source>Which letter</source>
        <translation>Quale lettera</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="97"/>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="151"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Apri la pagina dell&apos;autorità</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="102"/>
        <source>Good to know:</source>
        <translation>Da sapere:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="226"/>
        <source>Complaint text</source>
        <translation>Testo del reclamo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="96"/>
        <source>The letters below are written from your record. Read each one, add your name and postal address at the end, and send it where it says. Complaining costs nothing.</source>
        <translation>Le lettere qui sotto sono scritte a partire dalla vostra registrazione. Leggetele una per una, aggiungete alla fine nome e indirizzo postale e inviatele dove indicato. Presentare un reclamo non costa nulla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="60"/>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="147"/>
        <source>Co&amp;py the letter</source>
        <translation>Copia la l&amp;ettera</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="166"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="167"/>
        <source>Federal &amp;state:</source>
        <translation>Land (&amp;stato federato):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="169"/>
        <source>Lette&amp;r:</source>
        <translation>Le&amp;ttera:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="242"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>Testo &amp;della lettera:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="218"/>
        <source>Choose your federal state…</source>
        <translation>Scegliete il vostro Land…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="94"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Scegliete il vostro Land per vederne l&apos;autorità.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="302"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Il nome della società di Meta in questa lettera (%1) non è stato confermato da fonti pubbliche. Verificatelo sul modulo dell&apos;autorità prima dell&apos;invio.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="376"/>
        <source>Complain to Meta first</source>
        <translation>Reclamare prima presso Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="381"/>
        <source>Report to %1</source>
        <translation>Denuncia all&apos;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="383"/>
        <source>Petition to %1</source>
        <translation>Petizione all&apos;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="385"/>
        <source>Complain to %1</source>
        <translation>Reclamo presso %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="391"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Lettera %1 di %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="107"/>
        <source>This letter goes to %1, not to an authority.</source>
        <translation>Questa lettera va a %1, non a un&apos;autorità.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="115"/>
        <source>&amp;Open Meta&apos;s contact page</source>
        <translation>&amp;Apri la pagina di contatto di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="119"/>
        <source>Send it through Meta&apos;s contact page (link above), or print it and post it to:
%1</source>
        <translation>Inviatela tramite la pagina di contatto di Meta (link qui sopra), oppure stampatela e speditela per posta a:
%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="124"/>
        <source>This contact page and address come from Meta&apos;s privacy policy as quoted in 2025 and could not be confirmed for your country: check the section on contacting Meta in Meta&apos;s privacy policy before you send.</source>
        <translation>Questa pagina di contatto e questo indirizzo provengono dall&apos;informativa sulla privacy di Meta come citata nel 2025 e non è stato possibile confermarli per il vostro paese: prima di inviare, controllate la sezione su come contattare Meta nella sua informativa sulla privacy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="137"/>
        <source>This text goes to %1, through its own complaint form: paste it there.</source>
        <translation>Questo testo va a %1, tramite il suo modulo di reclamo: incollatelo lì.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="142"/>
        <source>This letter goes to %1.</source>
        <translation>Questa lettera va a %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="158"/>
        <source>Link checked online on %1.</source>
        <translation>Link verificato online il %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="162"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Nessuno ha ancora verificato questo link online. Se non si apre, cercate il nome dell&apos;autorità.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="259"/>
        <source>Show it &amp;beside in %1</source>
        <translation>Mostra a &amp;fianco in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="273"/>
        <source>The same letter in %1, for you to read. Send the one on the left.</source>
        <translation>La stessa lettera in %1, perché possiate leggerla. Inviate quella a sinistra.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="427"/>
        <source>Copied. This letter goes to %1: paste it (%2) into Meta&apos;s contact page, or print it and post it to the address above.</source>
        <translation>Copiato. Questa lettera va a %1: incollatela (%2) nella pagina di contatto di Meta, oppure stampatela e speditela all&apos;indirizzo qui sopra.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="436"/>
        <source>Copied. This text goes to %1: paste it (%2) into that authority&apos;s own complaint form.</source>
        <translation>Copiato. Questo testo va a %1: incollatelo (%2) nel modulo di reclamo di quell&apos;autorità.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="441"/>
        <source>Copied. This letter goes to %1: paste it (%2) into the complaint form on that authority&apos;s page, or into an email or letter to it.</source>
        <translation>Copiato. Questa lettera va a %1: incollatela (%2) nel modulo di reclamo sulla pagina di quell&apos;autorità, oppure in un&apos;e-mail o in una lettera indirizzata a essa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="193"/>
        <source>For your safety this link was not opened: it is not an official site of Meta or of a data-protection authority.</source>
        <translation>Per la vostra sicurezza questo link non è stato aperto: non è un sito ufficiale di Meta né di un&apos;autorità per la protezione dei dati.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="310"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Questa autorità accetta solo lettere in: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="288"/>
        <source>In Germany you may complain to the authority of your own federal state; it passes a complaint about Meta on to the authority in charge. Choose your state above and the letter appears here.</source>
        <translation>In Germania potete presentare reclamo all&apos;autorità del vostro Land; questa trasmette un reclamo contro Meta all&apos;autorità competente. Scegliete il vostro Land qui sopra e la lettera apparirà qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="316"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Questa autorità lavora di solito in un&apos;altra lingua. Forse accetta comunque questa; verificate sul suo sito.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="332"/>
        <source>Write to &amp;my own state&apos;s authority instead</source>
        <translation>Scrivere invece all&apos;autorità del &amp;mio Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="336"/>
        <source>Write to the authority in %1 &amp;directly</source>
        <translation>Scrivere all&apos;autorità di %1 direttame&amp;nte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="180"/>
        <source>What %1 asks:</source>
        <translation>Che cosa chiede %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="344"/>
        <source>%1. To %2</source>
        <translation>%1. A %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="162"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="203"/>
        <source>Your browser should now show the page.</source>
        <translation>Ora il browser dovrebbe mostrare la pagina.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="207"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Il browser non si è aperto. Copia il link e incollalo nel browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="156"/>
        <source>A letter can be at most %1 characters long, so the pasted text after that was left out.</source>
        <translation>Una lettera può avere al massimo %1 caratteri, quindi il testo incollato oltre è stato tralasciato.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="180"/>
        <source>&amp;More about Meta&apos;s answer</source>
        <translation>&amp;Altro sulla risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="187"/>
        <source>You&apos;re done: “Finish” keeps it and opens your list of objections.</source>
        <translation>Avete finito: «Fine» la salva e apre l&apos;elenco delle vostre opposizioni.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="247"/>
        <source>Copy %1</source>
        <translation>Copia: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="83"/>
        <source>Meta asked for more time</source>
        <translation>Meta ha chiesto più tempo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="68"/>
        <source>Day of Meta&apos;s email asking for more time</source>
        <translation>Giorno dell&apos;e-mail in cui Meta chiede più tempo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="52"/>
        <source>Meta as&amp;ked for more time…</source>
        <translation>Meta &amp;ha chiesto più tempo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="69"/>
        <source>Record that Meta asked for &amp;more time</source>
        <translation>Registra che Meta ha chiesto più temp&amp;o</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="76"/>
        <source>Date of Meta&apos;s emai&amp;l:</source>
        <translation>&amp;Data dell&apos;e-mail di Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="116"/>
        <source>Recorded: Meta asked for more time in its email of %1. It now has until %2.</source>
        <translation>Registrato: Meta ha chiesto più tempo nella sua e-mail del %1. Ora ha tempo fino al %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>Se Meta vi ha scritto entro il suo primo mese che ha bisogno di più tempo, può metterci fino a %1 mesi in più. Registrate il giorno di quell&apos;e-mail.</numerusform>
            <numerusform>Se Meta vi ha scritto entro i suoi primi %n mesi che ha bisogno di più tempo, può metterci fino a %1 mesi in più. Registrate il giorno di quell&apos;e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="144"/>
        <source>Saved: the deadline has moved.</source>
        <translation>Salvato: la scadenza si è spostata.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="147"/>
        <source>The extension is noted but couldn&apos;t be saved to disk.</source>
        <translation>La proroga è registrata, ma non è stato possibile salvarla sul disco.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="155"/>
        <source>That email came after Meta&apos;s first period had ended. The law lets Meta take longer only if it says so within that period, so the deadline stays.</source>
        <translation>Quell&apos;e-mail è arrivata dopo la fine del primo periodo di Meta. La legge permette a Meta di metterci di più solo se lo dice entro quel periodo, quindi la scadenza resta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="158"/>
        <source>That day is before you sent the objection.</source>
        <translation>Quel giorno è prima dell&apos;invio della vostra opposizione.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="159"/>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Quel giorno non è ancora arrivato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="160"/>
        <source>This objection isn&apos;t sent yet.</source>
        <translation>Questa opposizione non è ancora stata inviata.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="161"/>
        <source>The law that applies to you doesn&apos;t provide for more time.</source>
        <translation>La legge che vale per voi non prevede più tempo.</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="51"/>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="55"/>
        <source>Cop&amp;y email</source>
        <translation>Copia &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="72"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Motivazione, per «Spiegaci che effetto ha su di te questo trattamento»:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="114"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;Indirizzo e-mail che usi per %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="117"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Paese di residenza: scegli «%1» nell&apos;elenco di Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="152"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Per andare avanti, scrivi l&apos;indirizzo e-mail che usi per il tuo account.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Un indirizzo e-mail deve contenere una @, come in nome@example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="162"/>
        <source>There is more than one @ in this address.</source>
        <translation>In questo indirizzo c&apos;è più di una @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>Something is missing before the @.</source>
        <translation>Manca qualcosa prima della @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="164"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Manca qualcosa dopo la @, per esempio example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>La parte dopo la @ sembra incompleta: di solito contiene un punto, come in example.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="168"/>
        <source>This is far too long to be an email address.</source>
        <translation>È decisamente troppo lungo per essere un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="171"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Questo non sembra un indirizzo e-mail. Controllalo, per favore.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="30"/>
        <source>Show &amp;on my phone…</source>
        <translation>Mostra &amp;sul telefono…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="34"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Codici QR del tuo indirizzo email e della tua motivazione, da scansionare con il telefono</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="37"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Compili il modulo sul telefono? Scansiona i testi invece di scriverli.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="241"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Per stare in un solo codice, la tua motivazione deve perdere circa %1 caratteri: ne ha %2, un codice ne contiene %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Hai fatto l&apos;accesso sul telefono? Inquadra questo codice con la fotocamera per aprire lì il modulo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>Il codice contiene:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="85"/>
        <source>the &amp;main link</source>
        <translation>il link pri&amp;ncipale</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="87"/>
        <source>other link &amp;%1</source>
        <translation>l&apos;altro link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="117"/>
        <source>QR code of the form link %1</source>
        <translation>Codice QR del link al modulo %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="204"/>
        <source>Name for this objection</source>
        <translation>Nome di questa opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>es. «Il mio Instagram» o «Il Facebook di Alex»</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="212"/>
        <source>History of this objection</source>
        <translation>Cronologia di questa opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s answer</source>
        <translation>Risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="218"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta ha &amp;accettato la mia opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="219"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta l&apos;ha &amp;respinta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="227"/>
        <source>Day Meta answered</source>
        <translation>Giorno della risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Testo dell&apos;e-mail di Meta (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="233"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Se vuoi, incolla qui l&apos;e-mail di Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="235"/>
        <source>Sa&amp;ve the answer</source>
        <translation>Sal&amp;va la risposta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="247"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>E-mail di &amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="261"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Continua nella guida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="264"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="265"/>
        <source>&amp;Text…</source>
        <translation>&amp;Testo…</translation>
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
            <numerusform>Per legge Meta ha %n mese per rispondere, o fino a %1 mesi in più se vi comunica entro quel tempo che ne ha bisogno. Quando arriva la sua e-mail, registrate la risposta qui sotto.</numerusform>
            <numerusform>Per legge Meta ha %n mesi per rispondere, o fino a %1 mesi in più se vi comunica entro quel tempo che ne ha bisogno. Quando arriva la sua e-mail, registrate la risposta qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="366"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Il tempo di Meta per rispondere è scaduto, a meno che non vi abbia comunicato di aver bisogno di più tempo. Potete fare il passo successivo; l&apos;assistente scrive la lettera per voi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="371"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>La legge che vi si applica non fissa a Meta un termine per rispondere. Quando arriva la sua e-mail, registrate la risposta qui sotto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="375"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta non risponde da un po&apos;. Potete fare il passo successivo; l&apos;assistente scrive la lettera per voi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="246"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Giorno della risposta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="262"/>
        <source>What now? C&amp;omplain…</source>
        <translation>E adesso? &amp;Fai un reclamo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Promemoria nel ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="268"/>
        <source>&amp;Delete this objection…</source>
        <translation>&amp;Elimina questa opposizione…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="270"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="272"/>
        <source>Save proof as PDF</source>
        <translation>Salva la prova in PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="273"/>
        <source>Save proof as a text file</source>
        <translation>Salva la prova come file di testo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="274"/>
        <source>Save proof as JSON</source>
        <translation>Salva la prova in JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="275"/>
        <source>Save calendar reminders</source>
        <translation>Salva i promemoria del calendario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="303"/>
        <source>Save proof:</source>
        <translation>Salva la prova:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta ha detto di no. Puoi presentare un reclamo all&apos;autorità per la protezione dei dati: l&apos;assistente scrive il reclamo per te.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="386"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta ha accettato la tua opposizione. Conserva la prova in un posto sicuro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="390"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Questa opposizione non è ancora stata inviata. Continua nella guida per completarla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="427"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Prima scegli se Meta ha accettato o respinto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="435"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>L’email di Meta supera i %1 caratteri. Tieni la parte con la risposta di Meta e salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="444"/>
        <source>That date is in the future.</source>
        <translation>Questa data è nel futuro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="450"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Questa risposta non si può registrare per un&apos;opposizione in questo stato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="455"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>La risposta è annotata, ma non è stato possibile salvarla sul disco.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="458"/>
        <source>Answer saved.</source>
        <translation>Risposta salvata.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="471"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Verrà eliminata da questo computer l&apos;opposizione per %1 (%2): le risposte, il testo della motivazione, la cronologia e la risposta di Meta. Viene tolta da %3. I file che hai salvato tu restano. Non si può annullare, e la tua opposizione presso Meta non cambia.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="481"/>
        <source>Delete this objection?</source>
        <translation>Eliminare questa opposizione?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="398"/>
        <source>The guide&apos;s last steps are still open: carry on to save the proof and reminders.</source>
        <translation>Gli ultimi passi della guida sono ancora aperti: continuate per salvare la prova e i promemoria.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="414"/>
        <source>Meta&apos;s email is longer than %1 characters, so only its start was pasted. Keep the part with Meta&apos;s answer.</source>
        <translation>L’email di Meta è più lunga di %1 caratteri, quindi ne è stato incollato solo l’inizio. Tieni la parte con la risposta di Meta.</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="25"/>
        <source>What you can do now</source>
        <translation>Cosa puoi fare adesso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="35"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Salva i promemoria nel ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="36"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Un file di calendario che ti ricorda di controllare la risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="41"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Registra la risposta di &amp;Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="42"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Annota se Meta ha accettato o respinto la tua opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="47"/>
        <source>Save the &amp;proof now…</source>
        <translation>Salva subito la pr&amp;ova…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="48"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Un PDF con le date, il link e il motivo che hai inviato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="53"/>
        <source>O&amp;ther AI opt-outs…</source>
        <translation>Al&amp;tre opposizioni all&apos;IA…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="55"/>
        <source>A checklist of other services that train AI on your data, and how to stop them</source>
        <translation>Un elenco di altri servizi che addestrano l&apos;IA con i tuoi dati, e come fermarli</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="29"/>
        <source>&amp;Skip to the form</source>
        <translation>Salta al &amp;modulo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="33"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Salta l&apos;avviso e il passaggio del link, e va alla pagina che apre il modulo.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Ricomincia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="85"/>
        <source>&amp;Next &gt;</source>
        <translation>Successi&amp;vo &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="86"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="263"/>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – passaggio %2 di %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="380"/>
        <source>Start over?</source>
        <translation>Ricominciare da capo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="382"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Vengono cancellate tutte le risposte che hai dato (account, paese, e-mail e motivazione) e si torna alla prima pagina.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="415"/>
        <source>Close without saving?</source>
        <translation>Chiudere senza salvare?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="417"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Le tue ultime risposte non sono state salvate: il disco è pieno o non è scrivibile. Se chiudi ora, andranno perse. Chiudere comunque?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Passaggio %1 di %2</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="53"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Indirizzo del modulo, da incollare tu nel browser:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="56"/>
        <source>Link to the objection form</source>
        <translation>Link al modulo di opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="82"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Il link non ha funzionato, o la pagina dice che non è disponibile? Prova questo:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="112"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Apri il modulo di %1 nel browser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="133"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Questi link si sono aperti in un controllo online il %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="137"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Questi link sono stati raccolti da fonti pubbliche il %1 e non sono ancora stati aperti online.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="155"/>
        <source>Co&amp;py link %1</source>
        <translation>C&amp;opia il link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="156"/>
        <source>Other link %1</source>
        <translation>Link alternativo %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="160"/>
        <source>Op&amp;en</source>
        <translation>Apri il &amp;link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>Open other link %1</source>
        <translation>Apri il link alternativo %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="176"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Per sicurezza questo link non è stato aperto: l&apos;assistente apre solo pagine sicure (https) dei siti di Meta. Il file della guida potrebbe essere stato modificato; il README spiega come sistemarlo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="188"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Ora il browser dovrebbe mostrare il modulo. Non vedi niente? Copia il link qui sotto e incollalo nella barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="197"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Il browser non si è aperto. Copia il link qui sotto e incollalo nella barra degli indirizzi del browser.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="79"/>
        <source>%1 – your objections</source>
        <translation>%1 – le tue opposizioni</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="81"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="103"/>
        <source>Your objections</source>
        <translation>Le tue opposizioni</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="88"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Una riga per ogni account per cui hai fatto opposizione. Scegline una per continuare, vedere la cronologia e la prova, o registrare la risposta di Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="135"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nuova opposizione…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>Start a new objection</source>
        <translation>Inizia una nuova opposizione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="138"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>Carry on with the chosen objection</source>
        <translation>Continua con l&apos;opposizione scelta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="141"/>
        <source>&amp;History, answer and proof…</source>
        <translation>C&amp;ronologia, risposta e prova…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Apri la cronologia dell&apos;opposizione scelta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="144"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Esporta tutto…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>Save proof of all objections</source>
        <translation>Salva la prova di tutte le opposizioni</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Dimentica tutto…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="161"/>
        <source>Delete every objection from this computer</source>
        <translation>Elimina tutte le opposizioni da questo computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>È passata più di una settimana da quando hai inviato %n opposizione. Cerca la risposta di Meta nella tua posta (anche nello spam), poi registrala qui.</numerusform>
            <numerusform>È passata più di una settimana da quando hai inviato %n opposizioni. Cerca la risposta di Meta nella tua posta (anche nello spam), poi registrala qui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta non ha risposto a %n opposizione nel tempo che ha. Apritela per vedere il passo successivo; se Meta vi ha detto che le serve più tempo, aspettate fino ad allora.</numerusform>
            <numerusform>Meta non ha risposto a %n opposizioni nel tempo che ha. Apritene una per vedere il passo successivo; se Meta vi ha detto che le serve più tempo, aspettate fino ad allora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Verrà eliminata da questo computer %n opposizione in tutto: account, indirizzo e-mail, testo della motivazione, date e risposta di Meta. Vengono rimossi questi file:</numerusform>
            <numerusform>Verranno eliminate da questo computer tutte le %n opposizioni: account, indirizzi e-mail, testi delle motivazioni, date e risposte di Meta. Vengono rimossi questi file:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="327"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>I file che hai salvato tu (PDF, testo, calendario) restano dove li hai messi. Non si può annullare. Le tue opposizioni presso Meta non cambiano.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="333"/>
        <source>Forget everything?</source>
        <translation>Dimenticare tutto?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="338"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Non è stato possibile eliminare alcuni file. Chiudi gli altri programmi e riprova.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="147"/>
        <source>Other AI opt-&amp;outs…</source>
        <translation>Altre &amp;opposizioni all&apos;IA…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="150"/>
        <source>Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more</source>
        <translation>Altre opposizioni all&apos;IA: LinkedIn, Google Gemini, WhatsApp, X e altri</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="136"/>
        <source>Continue on your phone</source>
        <translation>Continua sul telefono</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="145"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Inquadra un codice con la fotocamera del telefono: il telefono mostra il testo e ti permette di copiarlo, pronto da incollare nel modulo di Meta. I codici sono solo disegnati su questo schermo; non viene inviato nulla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="163"/>
        <source>Show it as several &amp;codes</source>
        <translation>Mostra in &amp;più codici</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="165"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Accorcia la motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="167"/>
        <source>&amp;Previous part</source>
        <translation>Parte p&amp;recedente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="169"/>
        <source>Ne&amp;xt part</source>
        <translation>Parte &amp;successiva</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="238"/>
        <source>Your email address: %1</source>
        <translation>Il tuo indirizzo email: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="240"/>
        <source>QR code of your email address %1</source>
        <translation>Codice QR del tuo indirizzo email %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="244"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Nessun indirizzo email per ora: scrivilo prima nella pagina, poi riapri questa finestra.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="255"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Nessuna motivazione per ora: scrivila prima nella pagina, poi riapri questa finestra.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="261"/>
        <source>Your reason (%1 characters):</source>
        <translation>La tua motivazione (%1 caratteri):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="265"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Codice QR della tua motivazione, %1 caratteri</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="271"/>
        <source>Your reason</source>
        <translation>La tua motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="275"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>La tua motivazione è troppo lunga per un codice: ha %1 caratteri e un codice ne contiene solo i primi %2. Mostrala in più codici numerati, da scansionare e incollare uno dopo l&apos;altro, oppure accorciala perché stia in un codice.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="290"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scansiona i codici in ordine e incolla ogni parte subito dopo la precedente: insieme formano la tua motivazione completa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="326"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>La tua motivazione, parte %1/%2 (%3 caratteri):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="333"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Codice QR della parte %1 di %2 della tua motivazione, %3 caratteri</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="110"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Aiutami a scriverla</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="33"/>
        <source>Tick what applies to you:</source>
        <translation>Spunta ciò che vale per te:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>&amp;Foto e video di me o della mia famiglia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Nei miei post compaiono i miei &amp;bambini</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="37"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Il mio lavoro &amp;creativo o professionale (arte, testi, fotografia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My op&amp;inions and my private life</source>
        <translation>&amp;Quello che penso e la mia vita privata</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Il mio volto, la mia imma&amp;gine e la mia voce</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="42"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Non &amp;ho mai acconsentito a questo uso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="54"/>
        <source>Tone of the reason</source>
        <translation>Tono della motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Short</source>
        <translation>Breve</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Detailed</source>
        <translation>Dettagliato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="58"/>
        <source>Formal</source>
        <translation>Formale</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="64"/>
        <source>Language of the reason</source>
        <translation>Lingua della motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="67"/>
        <source>&amp;Tone:</source>
        <translation>T&amp;ono:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="69"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Lingua del testo:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="72"/>
        <source>&amp;Write the text</source>
        <translation>Scrivi il &amp;testo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="129"/>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla modifica</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="133"/>
        <source>Re&amp;do</source>
        <translation>Ripeti mo&amp;difica</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="152"/>
        <source>Copy rea&amp;son</source>
        <translation>Copia la motiva&amp;zione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="156"/>
        <source>Copy the reason (%1)</source>
        <translation>Copia la motivazione (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="163"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>Mostra esattame&amp;nte cosa verrà copiato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="178"/>
        <source>What will be copied</source>
        <translation>Cosa verrà copiato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="282"/>
        <source>Replace your text?</source>
        <translation>Sostituire il tuo testo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="284"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Hai modificato il testo nel riquadro. Vuoi sostituirlo con un nuovo testo basato sulle tue scelte? («Annulla modifica» riporta la tua versione.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="319"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Il tuo testo è stato mantenuto. Premi «Scrivi il testo» per sostituirlo con uno nuovo basato su queste scelte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Non è stato possibile leggere i testi pronti (%1). Puoi comunque scrivere il tuo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="355"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Non è stato possibile leggere i testi in %1, quindi si usa l&apos;inglese. File: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="399"/>
        <source>1 character</source>
        <translation>1 carattere</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="400"/>
        <source>%1 characters</source>
        <translation>%1 caratteri</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>È molto lungo. Pochi paragrafi chiari sono più facili da leggere per il personale di Meta, e a volte i moduli web tagliano i testi lunghi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="418"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>La motivazione è vuota, quindi per ora non c&apos;è niente da copiare.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>La copia non ha funzionato. Ora il testo è selezionato: copialo tu con il menu o con la tastiera.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="434"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Motivazione copiata (%1 caratteri). Incollala nel campo «Spiegaci che effetto ha su di te questo trattamento» del modulo di Meta (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="39"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Il motivo salvato supera i %1 caratteri, quindi ne viene mostrato solo l’inizio. Il testo intero resta salvato finché non lo modifichi qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="67"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Un motivo può avere al massimo %1 caratteri, quindi il testo oltre è stato tolto. Bastano pochi paragrafi chiari.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="136"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link al modulo di Meta per le informazioni ottenute da altri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Per legge (%1) Meta deve rispondere entro %n mese. Può prendersi fino a %2 mesi in più solo se ve lo comunica entro questo primo periodo.</numerusform>
            <numerusform>Per legge (%1) Meta deve rispondere entro %n mesi. Può prendersi fino a %2 mesi in più solo se ve lo comunica entro questo primo periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>La legge che vi si applica (%1) non fissa a Meta un termine per rispondere. Se dopo %n mese non arriva nulla, l&apos;assistente propone il passo successivo.</numerusform>
            <numerusform>La legge che vi si applica (%1) non fissa a Meta un termine per rispondere. Se dopo %n mesi non arriva nulla, l&apos;assistente propone il passo successivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="128"/>
        <source>A different case: &amp;information Meta got from others</source>
        <translation>Un altro caso: &amp;informazioni che Meta ha avuto da altri</translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Non è stato possibile aprire le opposizioni salvate, quindi per ora non viene salvato nulla: il file resta com&apos;è. Chiudi l&apos;assistente, controlla che la cartella dei dati sia leggibile e riavvialo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Queste risposte vengono da una versione più recente di questo assistente, quindi qui non si salva nulla: il file della versione più recente resta com&apos;è.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 è un file, dove dovrebbe esserci una cartella</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>non è possibile scrivere nella cartella</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>il sistema ha rifiutato (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Non è stato possibile salvare le tue risposte: %1. Finché questa finestra resta aperta non si perde nulla, e l&apos;assistente riprova ogni pochi secondi.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="27"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="83"/>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="85"/>
        <source>current step</source>
        <translation>passo attuale</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="86"/>
        <source>to come</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="89"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Passo %1 di %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="98"/>
        <source>Go back to this step</source>
        <translation>Torna a questo passo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="84"/>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="46"/>
        <source>Which account do you want to object for?</source>
        <translation>Per quale account vuoi opporti?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Dove vivi?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="62"/>
        <source>Choose your country</source>
        <translation>Scegli il tuo paese</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="63"/>
        <source>Country where you live</source>
        <translation>Paese in cui vivi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="155"/>
        <source>choose an account</source>
        <translation>scegli un account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="157"/>
        <source>choose your country</source>
        <translation>scegli il tuo paese</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source>To go on, %1.</source>
        <translation>Per andare avanti, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="40"/>
        <source>&amp;About this assistant</source>
        <translation>Informazioni su questo &amp;assistente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="94"/>
        <source>Wha&amp;t&apos;s new</source>
        <translation>&amp;Novità</translation>
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
        <translation>Controlla la posta: risposta di Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="23"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Una settimana fa hai inviato a Meta la tua opposizione all&apos;addestramento dell&apos;IA per {what}. Cerca la risposta di Meta in quella casella di posta (anche nello spam), poi registrala in {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="31"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>È scaduto il mese che Meta aveva per rispondere ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="32"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>La legge dava a Meta un mese per rispondere alla tua opposizione per {what}, inviata il {sent}. Può metterci fino a due mesi in più solo se te l&apos;ha detto entro quel mese. Nessuna risposta o un rifiuto? Apri {app}: ti aiuta a scrivere un reclamo all&apos;autorità per la protezione dei dati.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="51"/>
        <source>Time to look at your objection ({what})</source>
        <translation>È il momento di controllare la tua opposizione ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="52"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Hai inviato la tua opposizione per {what} il {sent}. La legge del paese in cui vivi non dà a Meta un termine fisso per rispondere, ma se finora non è arrivato nulla, apri {app}: ti mostra cosa puoi fare adesso.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="58"/>
        <source>your account</source>
        <translation>il tuo account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="41"/>
        <source>Meta&apos;s extra time to answer is up ({what})</source>
        <translation>Il tempo in più di Meta per rispondere è scaduto ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="42"/>
        <source>You sent your objection for {what} on {sent}. In its email of {email_on} Meta said it needs more time; the longer time the law allows is now over. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Hai inviato la tua opposizione per {what} il {sent}. Nella sua e-mail del {email_on} Meta ha detto che ha bisogno di più tempo; il tempo più lungo che la legge permette ora è scaduto. Nessuna risposta o un rifiuto? Apri {app}: ti aiuta a scrivere un reclamo all&apos;autorità per la protezione dei dati.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="22"/>
        <source>Look again at your AI setting ({service})</source>
        <translation>Ricontrolla la tua impostazione sull&apos;IA ({service})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="23"/>
        <source>On {day} you recorded your AI-training opt-out at {service} in the {app}. Services have changed such settings before: open the {app}, choose “Other AI opt-outs” and check that it is still as you left it.</source>
        <translation>Il {day} hai registrato in {app} la tua opposizione all&apos;addestramento dell&apos;IA presso {service}. I servizi hanno già cambiato impostazioni simili in passato: apri {app}, scegli «Altre opposizioni all&apos;IA» e controlla che sia ancora come l&apos;hai lasciata.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="34"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Non è stato possibile usare un file fornito con l’app, quindi questa parte non può funzionare. Le risposte date finora sono salvate.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="42"/>
        <source>Something unexpected went wrong. Your answers so far are saved.

If it happens again, the technical details are in this file:
%1</source>
        <translation>Si è verificato un errore imprevisto. Le risposte date finora sono salvate.

Se succede di nuovo, i dettagli tecnici si trovano in questo file:
%1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="91"/>
        <source>Save proof as PDF</source>
        <translation>Salva la prova in PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Salva la prova come testo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Salva la prova in JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="384"/>
        <source>Calendar file (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Salva i promemoria del calendario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="162"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Il salvataggio non è riuscito (%1). Prova con un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="151"/>
        <source>Saving didn&apos;t work: a text in this objection holds a broken character. Nothing was saved.</source>
        <translation>Il salvataggio non è riuscito: un testo di questa opposizione contiene un carattere danneggiato. Non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="43"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Alcuni testi molto lunghi qui sono accorciati. Il tuo file li conserva interi, e le esportazioni PDF, testo e JSON li mostrano completi.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="21"/>
        <source>without a name</source>
        <translation>senza nome</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="22"/>
        <source>“%1”, started %2</source>
        <translation>«%1», iniziata il %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="26"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Nell’opposizione %1 alcune risposte non erano leggibili (%2) e sono state tolte; il resto è qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="47"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>L’opposizione %1 usa qualcosa che questa versione non conosce (%2), quindi non viene mostrata. Resta nel file per la versione più recente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="57"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>L’opposizione %1 non era leggibile (%2) ed è stata messa da parte; tutte le altre tue opposizioni sono qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Its saved text is kept in %1</source>
        <translation>Il suo testo salvato è conservato in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="78"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="80"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="91"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Non è stato possibile leggere le risposte salvate, quindi l&apos;assistente riparte da zero.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="137"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Il file danneggiato è stato conservato qui: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="100"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Una parte delle risposte salvate non si è potuta leggere; il resto è stato conservato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Una copia del file originale si trova qui: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="107"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Le tue risposte sono state salvate da una versione più recente di questo assistente. Vengono mostrate, ma non verrà salvato nulla, così il file della versione più recente resta intatto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="121"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Non è stato possibile aprire le risposte salvate (%1). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="128"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Non è stato possibile leggere le impostazioni (%1: %2), quindi valgono quelle solite: la lingua segue il sistema finché non ne scegli una.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="164"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 è un file, dove dovrebbe esserci una cartella.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="167"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Non è possibile creare la cartella %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="174"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Per ora non si può salvare nulla: le risposte restano in memoria finché l’assistente è aperto. Scegli un’altra cartella con --data-dir oppure sposta il file.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="36"/>
        <source>The objection %1 could not be read (%2). No copy of it could be kept yet (the disk may be full), so the file is left as it is; the copy is made, and your answers saved, as soon as there is room.</source>
        <translation>Non è stato possibile leggere l’opposizione %1 (%2). Non è ancora stato possibile conservarne una copia (forse il disco è pieno), quindi il file resta com’è; la copia viene fatta, e le tue risposte salvate, appena c’è spazio.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>Your answers file (%1) was written by a newer version of this assistant, in a form this version can&apos;t read. It was left exactly as it is, and nothing will be saved to it. Open it with the newer version, or choose another folder with --data-dir.</source>
        <translation>Il tuo file delle risposte (%1) è stato scritto da una versione più recente di questo assistente, in una forma che questa versione non sa leggere. È stato lasciato esattamente com’è e non vi sarà salvato nulla. Aprilo con la versione più recente o scegli un’altra cartella con --data-dir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="145"/>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="147"/>
        <source>the folder can&apos;t be written to</source>
        <translation>nella cartella non si può scrivere</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="149"/>
        <source>the system refused (%1)</source>
        <translation>il sistema ha rifiutato (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="152"/>
        <source>This objection could not be deleted: %1. It stays in your list and in the file, as before.</source>
        <translation>Non è stato possibile eliminare questa opposizione: %1. Resta nel tuo elenco e nel file, come prima.</translation>
    </message>
</context>
<context>
    <name>other_optouts</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="22"/>
        <source>Done on %1</source>
        <translation>Fatto il %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="24"/>
        <source>Does not apply to me (noted %1)</source>
        <translation>Non mi riguarda (annotato il %1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="25"/>
        <source>Not done</source>
        <translation>Non ancora fatto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="30"/>
        <source>A setting to switch off</source>
        <translation>Un&apos;impostazione da disattivare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="31"/>
        <source>A form to send</source>
        <translation>Un modulo da inviare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="32"/>
        <source>A signal to AI companies (they may ignore it)</source>
        <translation>Un segnale alle aziende di IA (possono ignorarlo)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="33"/>
        <source>No way to opt out found</source>
        <translation>Nessun modo per opporsi trovato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="40"/>
        <source>Choose where you live above</source>
        <translation>Scegli sopra dove vivi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="42"/>
        <source>Our sources don&apos;t name %1</source>
        <translation>Le nostre fonti non citano %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="45"/>
        <source>Applies in %1 since %2</source>
        <translation>Vale in %1 dal %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="49"/>
        <source>Applies in %1</source>
        <translation>Vale in %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="56"/>
        <source>Other AI opt-outs: %1 of %2 done</source>
        <translation>Altre opposizioni all&apos;IA: %1 su %2 fatte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="66"/>
        <source>Link to the setting or form</source>
        <translation>Link all&apos;impostazione o al modulo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="69"/>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Apri nel browser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="70"/>
        <source>Opens the link in your web browser</source>
        <translation>Apre il link nel tuo browser</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="75"/>
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="76"/>
        <source>Puts the link on the clipboard</source>
        <translation>Mette il link negli appunti</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="86"/>
        <source>On your phone? Scan this code with its camera to open the same link.</source>
        <translation>Sul telefono? Inquadra questo codice con la fotocamera per aprire lo stesso link.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="95"/>
        <source>Your email address</source>
        <translation>Il tuo indirizzo email</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="98"/>
        <source>Copy &amp;email address</source>
        <translation>Copia l&apos;indirizzo &amp;email</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="99"/>
        <source>For the form&apos;s email field</source>
        <translation>Per il campo email del modulo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="111"/>
        <source>Copy the &amp;reason</source>
        <translation>Copia la &amp;motivazione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="112"/>
        <source>For the form&apos;s field where you say what you object to</source>
        <translation>Per il campo in cui dici a cosa ti opponi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="120"/>
        <source>I&apos;ve &amp;done it</source>
        <translation>L&apos;ho &amp;fatto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="121"/>
        <source>Records that you switched it off or sent the form, with the time</source>
        <translation>Annota, con l&apos;ora, che l&apos;hai disattivato o hai inviato il modulo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="128"/>
        <source>Doesn&apos;t &amp;apply to me</source>
        <translation>Non mi &amp;riguarda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="129"/>
        <source>For example, you have no account there</source>
        <translation>Per esempio, non hai un account lì</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="134"/>
        <source>&amp;Not done yet</source>
        <translation>&amp;Non ancora fatto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="135"/>
        <source>Records that this is still to do</source>
        <translation>Annota che è ancora da fare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="140"/>
        <source>Calendar reminder to look a&amp;gain…</source>
        <translation>&amp;Promemoria per ricontrollare…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="141"/>
        <source>A calendar file that reminds you in three months</source>
        <translation>Un file di calendario che te lo ricorda fra tre mesi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="221"/>
        <source>It covers future use only.</source>
        <translation>Copre solo l&apos;uso futuro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="227"/>
        <source>Unconfirmed: the way to this setting comes from press reports of %1, not from %2 itself. It may have changed since.</source>
        <translation>Non confermato: il percorso per questa impostazione viene da articoli di stampa del %1, non da %2. Potrebbe essere cambiato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="239"/>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="247"/>
        <source>As the service names it (in English):</source>
        <translation>Come lo chiama il servizio (in inglese):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="249"/>
        <source>As the service names it:</source>
        <translation>Come lo chiama il servizio:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="253"/>
        <source>Where to find it (menus in English):</source>
        <translation>Dove trovarlo (menu in inglese):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="256"/>
        <source>Where to find it:</source>
        <translation>Dove trovarlo:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="268"/>
        <source>QR code of the link to %1</source>
        <translation>Codice QR del link a %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="283"/>
        <source>Sources (as read on the date given):</source>
        <translation>Fonti (lette alla data indicata):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="310"/>
        <source>This link is not one the app opens.</source>
        <translation>L&apos;app non apre questo link.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="316"/>
        <source>The link was passed to your browser.</source>
        <translation>Il link è stato passato al tuo browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="320"/>
        <source>No browser opened. Copy the link and paste it into your browser, or scan the code with your phone.</source>
        <translation>Non si è aperto nessun browser. Copia il link nel browser oppure inquadra il codice con il telefono.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="332"/>
        <source>Copying didn&apos;t work. Select the text and copy it yourself.</source>
        <translation>La copia non è riuscita. Seleziona il testo e copialo tu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="340"/>
        <source>Copied. Paste it where the page asks for it.</source>
        <translation>Copiato. Incollalo dove la pagina lo chiede.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="358"/>
        <source>Not saved: the note at the top says why.</source>
        <translation>Non salvato: la nota in alto spiega perché.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="362"/>
        <source>This could not be saved on this computer. Check that the disk has room and try again.</source>
        <translation>Non è stato possibile salvare su questo computer. Controlla che ci sia spazio sul disco e riprova.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="382"/>
        <source>Save a calendar reminder</source>
        <translation>Salva un promemoria</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="397"/>
        <source>Saved. Open the file to add the reminder to your calendar.</source>
        <translation>Salvato. Apri il file per aggiungere il promemoria al calendario.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="82"/>
        <source>Other AI opt-outs</source>
        <translation>Altre opposizioni all&apos;IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="84"/>
        <source>Your AI opt-outs beyond Meta</source>
        <translation>Le tue opposizioni all&apos;IA oltre Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="91"/>
        <source>Other services train AI on what people post too. Choose a service to see what it does and how to stop it; the app notes what you did and when. Services with no way to opt out are listed so you know.</source>
        <translation>Anche altri servizi addestrano l&apos;IA con ciò che le persone pubblicano. Scegli un servizio per vedere cosa fa e come fermarlo; l&apos;app annota cosa hai fatto e quando. I servizi senza modo di opporsi sono elencati perché tu lo sappia.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="102"/>
        <source>&amp;Where you live:</source>
        <translation>&amp;Dove vivi:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="104"/>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="125"/>
        <source>Where you live</source>
        <translation>Dove vivi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="120"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="123"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="124"/>
        <source>What it is</source>
        <translation>Cos&apos;è</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="126"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="145"/>
        <source>The chosen service</source>
        <translation>Il servizio scelto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="189"/>
        <source>Your earlier record of these opt-outs could not be read. It was kept as %1; this list starts afresh.</source>
        <translation>Non è stato possibile leggere la tua registrazione precedente di queste opposizioni. È stata conservata come %1; l&apos;elenco riparte da capo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="195"/>
        <source>Your record of these opt-outs was saved by a newer version of the app. It is shown, but nothing you do here is saved.</source>
        <translation>La registrazione di queste opposizioni è stata salvata da una versione più recente dell&apos;app. Viene mostrata, ma ciò che fai qui non viene salvato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="201"/>
        <source>Your record of these opt-outs can&apos;t be opened (%1). Nothing you do here is saved.</source>
        <translation>Non si riesce ad aprire la registrazione di queste opposizioni (%1). Ciò che fai qui non viene salvato.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="227"/>
        <source>Nothing to do</source>
        <translation>Niente da fare</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="172"/>
        <source>As a PDF receipt…</source>
        <translation>Come ricevuta PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="173"/>
        <source>As plain text…</source>
        <translation>Come testo semplice…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="174"/>
        <source>As JSON (for programs)…</source>
        <translation>Come JSON (per programmi)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="35"/>
        <source>Not sent yet</source>
        <translation>Non ancora inviata</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="36"/>
        <source>Form opened</source>
        <translation>Modulo aperto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Accettata da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Respinta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Nessuna risposta nei tempi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Sent, but the code expired</source>
        <translation>Inviata, ma il codice è scaduto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="66"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Chiedi un nuovo codice: tocca di nuovo «Invia» nel modulo di Meta, poi riprendi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="72"/>
        <source>Carry on where you stopped</source>
        <translation>Riprendi da dove avevi lasciato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Cerca la risposta di Meta nella tua posta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="77"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Attendi l&apos;e-mail di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="80"/>
        <source>Complain to your data-protection authority</source>
        <translation>Presenta un reclamo all&apos;autorità per la protezione dei dati</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="81"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Niente: hai finito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="85"/>
        <source>Not chosen</source>
        <translation>Non scelto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="107"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="108"/>
        <source>Email or name</source>
        <translation>E-mail o nome</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="109"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="110"/>
        <source>Last step</source>
        <translation>Ultimo passaggio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="111"/>
        <source>What next</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="193"/>
        <source>(no email yet)</source>
        <translation>(ancora nessuna e-mail)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="37"/>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="38"/>
        <source>Sent, no code asked</source>
        <translation>Inviata, nessun codice chiesto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="39"/>
        <source>Sent, code not entered yet</source>
        <translation>Inviata, codice non ancora inserito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Sent, code entered</source>
        <translation>Inviata, codice inserito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Sent, waiting for Meta</source>
        <translation>Inviata, in attesa di Meta</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Opposizione all&apos;uso dei dati personali da parte di Meta per l&apos;addestramento dell&apos;IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Documento creato da {app} {version} il {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Gli orari sono indicati nel fuso orario {zone}, con la differenza rispetto a UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="58"/>
        <source>Name given</source>
        <translation>Nome indicato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="59"/>
        <source>Email address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="60"/>
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>Form link used</source>
        <translation>Link al modulo usato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Motivazione inviata (esattamente come è stata copiata)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>(no reason text was recorded)</source>
        <translation>(non è stato registrato alcun testo della motivazione)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>Meta&apos;s answer</source>
        <translation>Risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>(no answer recorded yet)</source>
        <translation>(nessuna risposta ancora registrata)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} il {date} (registrata il {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="69"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Testo dell&apos;e-mail di Meta, così come è stato incollato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(non registrato)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="71"/>
        <source>Dates of each step</source>
        <translation>Data di ogni passaggio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Data della risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>Answer recorded in the app</source>
        <translation>Risposta registrata nell&apos;app</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="78"/>
        <source>Facts</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="112"/>
        <source>not yet sent (draft)</source>
        <translation>non ancora inviata (bozza)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="113"/>
        <source>form opened</source>
        <translation>modulo aperto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="117"/>
        <source>honoured by Meta</source>
        <translation>accettata da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="118"/>
        <source>refused by Meta</source>
        <translation>respinta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="135"/>
        <source>objection started</source>
        <translation>opposizione avviata</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="136"/>
        <source>status: {status}</source>
        <translation>stato: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="137"/>
        <source>reason text copied for the form</source>
        <translation>testo della motivazione copiato per il modulo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="138"/>
        <source>form link opened</source>
        <translation>link al modulo aperto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="139"/>
        <source>answers cleared to start over</source>
        <translation>risposte cancellate per ricominciare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="79"/>
        <source>Sent (send button pressed on Meta&apos;s form)</source>
        <translation>Inviata (premuto il pulsante di invio del modulo di Meta)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="80"/>
        <source>Code from Meta</source>
        <translation>Codice di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="81"/>
        <source>not asked for</source>
        <translation>non chiesto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="82"/>
        <source>received at {received}, not entered yet</source>
        <translation>ricevuto alle {received}, non ancora inserito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="83"/>
        <source>received at {received}, entered at {entered}</source>
        <translation>ricevuto alle {received}, inserito alle {entered}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="84"/>
        <source>Meta&apos;s time to answer ends</source>
        <translation>Fine del tempo di Meta per rispondere</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="85"/>
        <source>{when} (longer: Meta asked for more time in its email of {date})</source>
        <translation>{when} (più lungo: Meta ha chiesto più tempo nella sua e-mail del {date})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="88"/>
        <source>received at {received}, expired unused at {expired}</source>
        <translation>ricevuto alle {received}, scaduto senza essere usato alle {expired}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="114"/>
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="115"/>
        <source>sent, code entered</source>
        <translation>inviata, codice inserito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="116"/>
        <source>sent, waiting for Meta&apos;s answer</source>
        <translation>inviata, in attesa della risposta di Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="120"/>
        <source>no answer from Meta in the time it had</source>
        <translation>nessuna risposta di Meta nel tempo che aveva</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="140"/>
        <source>code from Meta received</source>
        <translation>codice di Meta ricevuto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="141"/>
        <source>code from Meta expired unused</source>
        <translation>codice di Meta scaduto senza essere usato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="142"/>
        <source>Meta asked for no code</source>
        <translation>Meta non ha chiesto nessun codice</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="143"/>
        <source>Meta asked for more time to answer, in its email of {date}</source>
        <translation>Meta ha chiesto più tempo per rispondere, nella sua e-mail del {date}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="125"/>
        <source>sent, no code asked</source>
        <translation>inviata, nessun codice chiesto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="126"/>
        <source>sent, code received, not entered yet</source>
        <translation>inviata, codice ricevuto, non ancora inserito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="129"/>
        <source>sent, code expired unused</source>
        <translation>inviata, codice scaduto senza essere usato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="92"/>
        <source>Other AI opt-outs</source>
        <translation>Altre opposizioni all&apos;IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="93"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="94"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="95"/>
        <source>not done</source>
        <translation>non fatto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="96"/>
        <source>done on {when}</source>
        <translation>fatto il {when}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="97"/>
        <source>does not apply (noted {when})</source>
        <translation>non mi riguarda (annotato il {when})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="98"/>
        <source>[Shortened here: the whole text has {count} characters. It is kept in full in the app&apos;s data file and in the JSON proof.]</source>
        <translation>[Accorciato qui: il testo intero ha {count} caratteri. È conservato per intero nel file dei dati dell’app e nella prova JSON.]</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="103"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="104"/>
        <source>Values ending in “…” are shortened here; they are kept in full in the app&apos;s data file and in the JSON proof.</source>
        <translation>I valori che finiscono con «…» sono accorciati qui; sono conservati per intero nel file dei dati dell’app e nella prova JSON.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="63"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Qualcosa è andato storto e l&apos;app non è riuscita ad avviarsi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="65"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Qualcosa è andato storto e l&apos;app non è riuscita ad avviarsi.

I dettagli tecnici sono salvati in questo file:
%1

Se chiedi aiuto a qualcuno, puoi mandargli quel file. Descrive solo il problema all&apos;interno dell&apos;app.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="21"/>
        <source>it belongs to another user account</source>
        <translation>appartiene a un altro account utente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="25"/>
        <source>The data folder %1 can&apos;t be used: %2. Your answers can&apos;t be read from it or saved in it.

Choose another folder for your answers (a new empty one is fine), or go on without: then nothing you type is saved.</source>
        <translation>Non si può usare la cartella dei dati %1: %2. Le tue risposte non possono esservi lette né salvate.

Scegli un’altra cartella per le tue risposte (va bene anche una nuova e vuota) oppure continua senza: in quel caso non viene salvato nulla di quello che scrivi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="40"/>
        <source>Choose another folder…</source>
        <translation>Scegli un’altra cartella…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="41"/>
        <source>Go on without saving</source>
        <translation>Continua senza salvare</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="46"/>
        <source>Choose a folder for your answers</source>
        <translation>Scegli una cartella per le tue risposte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="323"/>
        <source>This data folder seems to be open on another computer, “%1”, since %2:
%3

If the app is still open there, close it there first: two copies writing to the same folder would lose each other&apos;s answers.

If that computer is off or the app is closed there (a USB stick that was pulled out, say), you can open the folder here.</source>
        <translation>Questa cartella dei dati sembra aperta su un altro computer, «%1», dalle %2:
%3

Se l’app è ancora aperta lì, chiudila prima lì: due copie che scrivono nella stessa cartella perderebbero le risposte l’una dell’altra.

Se quel computer è spento o l’app lì è chiusa (per esempio una chiavetta USB staccata), puoi aprire la cartella qui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="342"/>
        <source>Open it here</source>
        <translation>Aprila qui</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="343"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="50"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Incollalo prima di chiudere questa app: su Linux, dopo, la copia va persa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="276"/>
        <source>Copied. Paste it (%1) into your browser&apos;s address bar.</source>
        <translation>Copiato. Incollalo (%1) nella barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="288"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Copiato. Ora incollalo nel modulo di Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="297"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>La copia non ha funzionato. Seleziona il testo a mano e copialo tu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="325"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="327"/>
        <source>Language of the app</source>
        <translation>Lingua dell&apos;app</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="329"/>
        <source>Changes the language of every window at once.</source>
        <translation>Cambia subito la lingua di tutte le finestre.</translation>
    </message>
</context>
</TS>
