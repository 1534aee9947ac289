<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="267"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Les textes de plainte sont inutilisables : aucune plainte ne peut donc être rédigée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="271"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="320"/>
        <source>The list of other services could not be read.</source>
        <translation>La liste des autres services n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="323"/>
        <source>Other AI opt-outs</source>
        <translation>Autres refus de l&apos;IA</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="72"/>
        <source>Did Meta email you a code?</source>
        <translation>Meta vous a-t-il envoyé un code par e-mail ?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="75"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Oui, Meta m&apos;a envoyé un code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="77"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>Non, Meta ne m&apos;a envoyé &amp;aucun code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="163"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Temps restant pour le code de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="192"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>J&apos;ai &amp;tapé le code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="85"/>
        <source>e.g. 14:05 or 10</source>
        <translation>ex. 14:05 ou 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="87"/>
        <source>When the email with the code arrived</source>
        <translation>Heure d&apos;arrivée de l&apos;e-mail avec le code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="409"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Pour continuer, demandez un nouveau code et appuyez sur « J&apos;ai reçu un nouveau code » quand il arrive, ou répondez « Non » plus haut si Meta n&apos;envoie pas de code.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="99"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>J&apos;ai reçu un &amp;nouveau code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="368"/>
        <source>The time older forms gave a code ran out at %1. If Meta&apos;s window no longer takes the code, that&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, type when it came and press “I&apos;ve received a new code” above.</source>
        <translation>Le temps que les anciens formulaires laissaient à un code s&apos;est terminé à %1. Si la fenêtre de Meta n&apos;accepte plus le code, ce n&apos;est pas grave : retournez au formulaire de Meta et appuyez de nouveau sur « Submit ». Meta vous enverra un nouveau code. Dès qu&apos;il arrive, indiquez ci-dessus quand il est arrivé et appuyez sur « J&apos;ai reçu un nouveau code ».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="377"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Vous avez tapé le code à %1. Bravo&#xa0;! Appuyez sur «&#xa0;Suivant&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="401"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="412"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Pour continuer, répondez à la question : Meta vous a-t-il envoyé un code par e-mail ?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="404"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Quand vous avez tapé le code dans la fenêtre de Meta, appuyez sur «&#xa0;J&apos;ai tapé le code&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="183"/>
        <source>Part of the code&apos;s time that is left</source>
        <translation>Part du temps du code qui reste</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="47"/>
        <source>Codes from older versions of Meta&apos;s form worked for about %1 minutes, and that was longer ago, so this code has most likely run out. Send Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Les codes des anciennes versions du formulaire de Meta marchaient environ %1 minutes, et c&apos;était il y a plus longtemps : ce code a très probablement expiré. Renvoyez le formulaire de Meta pour recevoir un nouveau code, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="418"/>
        <source>Last minute of the time older forms allowed! Type the code into Meta&apos;s window right now, before about %1.</source>
        <translation>Dernière minute du temps que laissaient les anciens formulaires ! Tapez le code dans la fenêtre de Meta tout de suite, avant %1 environ.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="423"/>
        <source>Hurry: less than 10 minutes left of the time older forms allowed. Type the code into Meta&apos;s window now, before about %1.</source>
        <translation>Vite : il reste moins de 10 minutes du temps que laissaient les anciens formulaires. Tapez le code dans la fenêtre de Meta maintenant, avant %1 environ.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="428"/>
        <source>Time left to type the code into Meta&apos;s window. Older forms&apos; codes worked for about %1 minutes, so until about %2. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Temps qui reste pour taper le code dans la fenêtre de Meta. Les codes des anciens formulaires marchaient environ %1 minutes, donc jusqu&apos;à %2 environ. Une fois le code tapé, appuyez sur « J&apos;ai tapé le code ».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="89"/>
        <source>It &amp;arrived at:</source>
        <translation>Arrivé à l&apos;heu&amp;re :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="95"/>
        <source>Leave it empty if the email has just arrived; else type the time on it, such as 14:05, or how many minutes ago it came, such as 10.</source>
        <translation>Laissez vide si l&apos;e-mail vient d&apos;arriver ; sinon tapez l&apos;heure qu&apos;il indique, par exemple 14:05, ou il y a combien de minutes il est arrivé, par exemple 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="38"/>
        <source>That time hasn&apos;t come yet. Check the time, or leave the box empty if it was just now.</source>
        <translation>Cette heure n&apos;est pas encore passée. Vérifiez l&apos;heure, ou laissez la case vide si c&apos;était à l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="43"/>
        <source>That is before today. Type a time from today, or choose “Just now”.</source>
        <translation>C&apos;est avant aujourd&apos;hui. Tapez une heure d&apos;aujourd&apos;hui, ou choisissez « À l&apos;instant ».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="53"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago it was, like 10.</source>
        <translation>Je ne comprends pas cette heure. Tapez-la comme 14:05, ou tapez il y a combien de minutes, par exemple 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="61"/>
        <source>That is earlier than a step already recorded for this objection (%1). Check the time, or leave it as “just now”.</source>
        <translation>C&apos;est plus tôt qu&apos;une étape déjà notée pour cette opposition (%1). Vérifiez l&apos;heure, ou gardez « à l&apos;instant ».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="86"/>
        <source>When did you press the send button on Meta&apos;s form?</source>
        <translation>Quand avez-vous appuyé sur le bouton d&apos;envoi du formulaire de Meta ?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="90"/>
        <source>&amp;Just now</source>
        <translation>À l&apos;&amp;instant</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="92"/>
        <source>Earlier &amp;today</source>
        <translation>Plus tôt au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="96"/>
        <source>e.g. 14:05</source>
        <translation>p. ex. 14:05</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="97"/>
        <source>Time you pressed the send button</source>
        <translation>Heure à laquelle vous avez appuyé sur le bouton d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="102"/>
        <source>at ti&amp;me:</source>
        <translation>à l&apos;&amp;heure :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="147"/>
        <source>Recorded: you sent the form at %1.</source>
        <translation>Noté : vous avez envoyé le formulaire à %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="151"/>
        <source>Recorded: you sent the form on %1.</source>
        <translation>Noté : vous avez envoyé le formulaire le %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="203"/>
        <source>The code arrived at %1, so the form was sent before that. Type the time you pressed the send button.</source>
        <translation>Le code est arrivé à %1, le formulaire a donc été envoyé avant. Tapez l&apos;heure à laquelle vous avez appuyé sur le bouton d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="256"/>
        <source>The code can&apos;t have come before you sent the form (%1). Check the time on the email.</source>
        <translation>Le code ne peut pas être arrivé avant l&apos;envoi du formulaire (%1). Vérifiez l&apos;heure de l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="399"/>
        <source>To go on, say when you pressed the send button on Meta&apos;s form.</source>
        <translation>Pour continuer, dites quand vous avez appuyé sur le bouton d&apos;envoi du formulaire de Meta.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="225"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Le code de Meta a expiré. Vous pouvez en demander un nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="233"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Plus qu&apos;une minute&#xa0;! Tapez le code de Meta maintenant.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="235"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Plus que %1 minutes pour taper le code de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="266"/>
        <source>Meta&apos;s code</source>
        <translation>Code de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="279"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Le code de Meta a expiré à %1. L&apos;étape du code explique comment en obtenir un nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="288"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Dernière minute&#xa0;: le code de Meta expire dans %1&#xa0;! Tapez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="292"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Vite&#xa0;: le code de Meta expire dans %1. Tapez-le sans tarder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="293"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Le code de Meta expire dans %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="300"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Le code de Meta a expiré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Encore %n minute pour saisir le code de Meta, jusqu&apos;à %1.</numerusform>
            <numerusform>Encore %n minutes pour saisir le code de Meta, jusqu&apos;à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="317"/>
        <source>code expired</source>
        <translation>code expiré</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="325"/>
        <source>This computer&apos;s clock shows a time before Meta&apos;s code arrived (at %1), so the time left can&apos;t be counted. The code works until %2: check the time on your phone.</source>
        <translation>L’horloge de cet ordinateur indique une heure antérieure à l’arrivée du code de Meta (à %1) : le temps restant ne peut donc pas être compté. Le code est valable jusqu’à %2 : regardez l’heure sur votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="320"/>
        <source>code valid until %1</source>
        <translation>code valable jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="281"/>
        <source>Complain to your data-protection authority</source>
        <translation>Porter plainte auprès de votre autorité de protection des données</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="89"/>
        <source>Meta refused your objection.</source>
        <translation>Meta a rejeté votre opposition.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="104"/>
        <source>Country you live in</source>
        <translation>Pays où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta n&apos;a pas répondu à votre opposition dans le délai que l&apos;assistant prévoit.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="109"/>
        <source>Federal state you live in</source>
        <translation>Land (État fédéré) où vous vivez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="112"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="117"/>
        <source>Which letter</source>
        <translation>Quelle lettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="97"/>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="151"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Ouvrir la page de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="102"/>
        <source>Good to know:</source>
        <translation>Bon à savoir :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="226"/>
        <source>Complaint text</source>
        <translation>Texte de la plainte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="96"/>
        <source>The letters below are written from your record. Read each one, add your name and postal address at the end, and send it where it says. Complaining costs nothing.</source>
        <translation>Les lettres ci-dessous sont rédigées à partir de votre dossier. Lisez chacune, ajoutez à la fin votre nom et votre adresse postale, et envoyez-la là où c&apos;est indiqué. Porter plainte ne coûte rien.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="60"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="147"/>
        <source>Co&amp;py the letter</source>
        <translation>Copier la l&amp;ettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="166"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="167"/>
        <source>Federal &amp;state:</source>
        <translation>Land (État &amp;fédéré)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="169"/>
        <source>Lette&amp;r:</source>
        <translation>Lett&amp;re&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="242"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Texte de la lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="218"/>
        <source>Choose your federal state…</source>
        <translation>Choisissez votre Land…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="94"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Choisissez votre Land pour voir son autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="302"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Le nom de la société de Meta dans cette lettre (%1) n&apos;a pas pu être confirmé dans des sources publiques. Vérifiez-le sur le formulaire de l&apos;autorité avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="376"/>
        <source>Complain to Meta first</source>
        <translation>Se plaindre d&apos;abord auprès de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="381"/>
        <source>Report to %1</source>
        <translation>Dénonciation au %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="383"/>
        <source>Petition to %1</source>
        <translation>Pétition à l&apos;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="385"/>
        <source>Complain to %1</source>
        <translation>Plainte auprès de %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="391"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Lettre %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="107"/>
        <source>This letter goes to %1, not to an authority.</source>
        <translation>Cette lettre va à %1, pas à une autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="115"/>
        <source>&amp;Open Meta&apos;s contact page</source>
        <translation>&amp;Ouvrir la page de contact de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="119"/>
        <source>Send it through Meta&apos;s contact page (link above), or print it and post it to:
%1</source>
        <translation>Envoyez-la par la page de contact de Meta (lien ci-dessus), ou imprimez-la et postez-la à :
%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="124"/>
        <source>This contact page and address come from Meta&apos;s privacy policy as quoted in 2025 and could not be confirmed for your country: check the section on contacting Meta in Meta&apos;s privacy policy before you send.</source>
        <translation>Cette page de contact et cette adresse viennent de la politique de confidentialité de Meta telle que citée en 2025 et n&apos;ont pas pu être confirmées pour votre pays : vérifiez la section sur la prise de contact avec Meta dans sa politique de confidentialité avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="137"/>
        <source>This text goes to %1, through its own complaint form: paste it there.</source>
        <translation>Ce texte va à %1, par son propre formulaire de plainte : collez-le là.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="142"/>
        <source>This letter goes to %1.</source>
        <translation>Cette lettre va à %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="158"/>
        <source>Link checked online on %1.</source>
        <translation>Lien vérifié en ligne le %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="162"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Personne n&apos;a encore vérifié ce lien en ligne. S&apos;il ne s&apos;ouvre pas, recherchez le nom de l&apos;autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="259"/>
        <source>Show it &amp;beside in %1</source>
        <translation>&amp;Afficher à côté en %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="273"/>
        <source>The same letter in %1, for you to read. Send the one on the left.</source>
        <translation>La même lettre en %1, pour vous permettre de la lire. Envoyez celle de gauche.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="427"/>
        <source>Copied. This letter goes to %1: paste it (%2) into Meta&apos;s contact page, or print it and post it to the address above.</source>
        <translation>Copié. Cette lettre va à %1 : collez-la (%2) dans la page de contact de Meta, ou imprimez-la et postez-la à l&apos;adresse ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="436"/>
        <source>Copied. This text goes to %1: paste it (%2) into that authority&apos;s own complaint form.</source>
        <translation>Copié. Ce texte va à %1 : collez-le (%2) dans le formulaire de plainte propre à cette autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="441"/>
        <source>Copied. This letter goes to %1: paste it (%2) into the complaint form on that authority&apos;s page, or into an email or letter to it.</source>
        <translation>Copié. Cette lettre va à %1 : collez-la (%2) dans le formulaire de plainte sur la page de cette autorité, ou dans un e-mail ou une lettre qui lui est adressé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="193"/>
        <source>For your safety this link was not opened: it is not an official site of Meta or of a data-protection authority.</source>
        <translation>Pour votre sécurité, ce lien n&apos;a pas été ouvert : ce n&apos;est pas un site officiel de Meta ni d&apos;une autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="310"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Cette autorité n&apos;accepte que les lettres en&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="288"/>
        <source>In Germany you may complain to the authority of your own federal state; it passes a complaint about Meta on to the authority in charge. Choose your state above and the letter appears here.</source>
        <translation>En Allemagne, vous pouvez porter plainte auprès de l&apos;autorité de votre propre Land ; elle transmet une plainte contre Meta à l&apos;autorité compétente. Choisissez votre Land ci-dessus et la lettre apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="316"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Cette autorité travaille en général dans une autre langue. Elle acceptera peut-être celle-ci ; vérifiez sur son site.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="332"/>
        <source>Write to &amp;my own state&apos;s authority instead</source>
        <translation>Écrire plutôt à l&apos;autorité de &amp;mon propre Land</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="336"/>
        <source>Write to the authority in %1 &amp;directly</source>
        <translation>Écrire &amp;directement à l&apos;autorité de %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="180"/>
        <source>What %1 asks:</source>
        <translation>Ce que demande %1 :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="344"/>
        <source>%1. To %2</source>
        <translation>%1. À %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="162"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="203"/>
        <source>Your browser should now show the page.</source>
        <translation>Votre navigateur devrait maintenant afficher la page.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="207"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Copiez le lien et collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="156"/>
        <source>A letter can be at most %1 characters long, so the pasted text after that was left out.</source>
        <translation>Une lettre peut compter au plus %1 caractères : le texte collé au-delà a donc été laissé de côté.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="180"/>
        <source>&amp;More about Meta&apos;s answer</source>
        <translation>Plus sur la réponse de &amp;Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="187"/>
        <source>You&apos;re done: “Finish” keeps it and opens your list of objections.</source>
        <translation>C&apos;est terminé : « Terminer » la garde et ouvre la liste de vos oppositions.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="247"/>
        <source>Copy %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="83"/>
        <source>Meta asked for more time</source>
        <translation>Meta a demandé plus de temps</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="68"/>
        <source>Day of Meta&apos;s email asking for more time</source>
        <translation>Jour de l&apos;e-mail où Meta demande plus de temps</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="52"/>
        <source>Meta as&amp;ked for more time…</source>
        <translation>Meta a demandé un déla&amp;i…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="69"/>
        <source>Record that Meta asked for &amp;more time</source>
        <translation>Noter que Meta demande p&amp;lus de temps</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="76"/>
        <source>Date of Meta&apos;s emai&amp;l:</source>
        <translation>Jo&amp;ur de l&apos;e-mail de Meta :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="116"/>
        <source>Recorded: Meta asked for more time in its email of %1. It now has until %2.</source>
        <translation>Noté : Meta a demandé plus de temps dans son e-mail du %1. Il a maintenant jusqu&apos;au %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>Si Meta vous a écrit pendant son premier mois qu&apos;il a besoin de plus de temps, il peut prendre jusqu&apos;à %1 mois de plus. Notez le jour de cet e-mail.</numerusform>
            <numerusform>Si Meta vous a écrit pendant ses %n premiers mois qu&apos;il a besoin de plus de temps, il peut prendre jusqu&apos;à %1 mois de plus. Notez le jour de cet e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="144"/>
        <source>Saved: the deadline has moved.</source>
        <translation>Enregistré : le délai a été déplacé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="147"/>
        <source>The extension is noted but couldn&apos;t be saved to disk.</source>
        <translation>La prolongation est notée, mais n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="155"/>
        <source>That email came after Meta&apos;s first period had ended. The law lets Meta take longer only if it says so within that period, so the deadline stays.</source>
        <translation>Cet e-mail est arrivé après la fin du premier délai de Meta. La loi ne permet à Meta de prendre plus de temps que s&apos;il le dit pendant ce délai : le délai reste donc le même.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="158"/>
        <source>That day is before you sent the objection.</source>
        <translation>Ce jour est antérieur à l&apos;envoi de votre opposition.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="159"/>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Ce jour n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="160"/>
        <source>This objection isn&apos;t sent yet.</source>
        <translation>Cette opposition n&apos;est pas encore envoyée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="161"/>
        <source>The law that applies to you doesn&apos;t provide for more time.</source>
        <translation>La loi qui s&apos;applique à vous ne prévoit pas de délai supplémentaire.</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="51"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="55"/>
        <source>Cop&amp;y email</source>
        <translation>&amp;Copier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="72"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Votre motif, pour «&#xa0;Veuillez nous indiquer l&apos;impact de ce traitement sur vous&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="114"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>Adresse &amp;e-mail que vous utilisez pour %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="117"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Pays de résidence&#xa0;: choisissez «&#xa0;%1&#xa0;» dans la liste de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="152"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Pour continuer, tapez l&apos;adresse e-mail que vous utilisez pour votre compte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Une adresse e-mail contient un @, comme dans nom@exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="162"/>
        <source>There is more than one @ in this address.</source>
        <translation>Cette adresse contient plus d&apos;un @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>Something is missing before the @.</source>
        <translation>Il manque quelque chose avant le @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="164"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Il manque la partie après le @, comme exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>La partie après le @ semble incomplète&#xa0;: elle contient d&apos;habitude un point, comme dans exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="168"/>
        <source>This is far too long to be an email address.</source>
        <translation>C&apos;est bien trop long pour une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="171"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail. Merci de la vérifier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="30"/>
        <source>Show &amp;on my phone…</source>
        <translation>Afficher s&amp;ur mon téléphone…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="34"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Codes QR de votre adresse e-mail et de votre motif, à scanner avec votre téléphone</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="37"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Vous remplissez le formulaire sur votre téléphone ? Scannez les textes au lieu de les taper.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="241"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Pour tenir dans un seul code, votre motif doit perdre environ %1 caractères : il en compte %2, un code en contient %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Connecté sur votre téléphone ? Scannez ceci avec son appareil photo pour y ouvrir le formulaire.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>Le code contient :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="85"/>
        <source>the &amp;main link</source>
        <translation>le lien pri&amp;ncipal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="87"/>
        <source>other link &amp;%1</source>
        <translation>l&apos;autre lien &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="117"/>
        <source>QR code of the form link %1</source>
        <translation>Code QR du lien du formulaire %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="204"/>
        <source>Name for this objection</source>
        <translation>Nom de cette opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>ex. «&#xa0;Mon Instagram&#xa0;» ou «&#xa0;Facebook d&apos;Alex&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="212"/>
        <source>History of this objection</source>
        <translation>Historique de cette opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s answer</source>
        <translation>Réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="218"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta a &amp;accepté mon opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="219"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta l&apos;a &amp;refusée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="227"/>
        <source>Day Meta answered</source>
        <translation>Date de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Texte de l&apos;e-mail de Meta (facultatif)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="233"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Collez ici l&apos;e-mail de Meta, si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="235"/>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="247"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>E-&amp;mail de Meta&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="261"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Continuer dans le guide</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="264"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="265"/>
        <source>&amp;Text…</source>
        <translation>&amp;Texte…</translation>
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
            <numerusform>Selon la loi, Meta a %n mois pour répondre, ou jusqu&apos;à %1 mois de plus s&apos;il vous dit pendant ce délai qu&apos;il en a besoin. Quand son e-mail arrive, notez la réponse ci-dessous.</numerusform>
            <numerusform>Selon la loi, Meta a %n mois pour répondre, ou jusqu&apos;à %1 mois de plus s&apos;il vous dit pendant ce délai qu&apos;il en a besoin. Quand son e-mail arrive, notez la réponse ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="366"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Le délai de réponse de Meta est écoulé, sauf s&apos;il vous a indiqué avoir besoin de plus de temps. Vous pouvez passer à l&apos;étape suivante ; l&apos;assistant rédige la lettre pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="371"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>La loi qui s&apos;applique à vous ne fixe à Meta aucun délai de réponse. Quand son e-mail arrive, notez la réponse ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="375"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta ne répond pas depuis un certain temps. Vous pouvez passer à l&apos;étape suivante ; l&apos;assistant rédige la lettre pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="246"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Date de la réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="262"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Et maintenant&#xa0;? Dép&amp;oser une plainte…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Rappels pour l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="268"/>
        <source>&amp;Delete this objection…</source>
        <translation>&amp;Supprimer cette opposition…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="270"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="272"/>
        <source>Save proof as PDF</source>
        <translation>Enregistrer la preuve en PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="273"/>
        <source>Save proof as a text file</source>
        <translation>Enregistrer la preuve dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="274"/>
        <source>Save proof as JSON</source>
        <translation>Enregistrer la preuve en JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="275"/>
        <source>Save calendar reminders</source>
        <translation>Enregistrer les rappels pour l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="303"/>
        <source>Save proof:</source>
        <translation>Enregistrer la preuve&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta a dit non. Vous pouvez porter plainte auprès de votre autorité de protection des données&#xa0;; l&apos;assistant rédige la plainte pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="386"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta a accepté votre opposition. Conservez la preuve en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="390"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Cette opposition n&apos;est pas encore envoyée. Continuez dans le guide pour la terminer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="427"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Indiquez d&apos;abord si Meta a accepté ou refusé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="435"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>L’e-mail de Meta dépasse %1 caractères. Gardez la partie qui contient la réponse de Meta, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="444"/>
        <source>That date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="450"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Cette réponse ne peut pas être enregistrée pour une opposition à ce stade.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="455"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>La réponse est notée, mais elle n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="458"/>
        <source>Answer saved.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="471"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Cela supprime de cet ordinateur l&apos;opposition pour %1 (%2)&#xa0;: ses réponses, le texte du motif, l&apos;historique et la réponse de Meta. Elle est retirée de %3. Les fichiers que vous avez enregistrés vous-même sont conservés. C&apos;est irréversible, et votre opposition auprès de Meta n&apos;est pas touchée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="481"/>
        <source>Delete this objection?</source>
        <translation>Supprimer cette opposition&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="398"/>
        <source>The guide&apos;s last steps are still open: carry on to save the proof and reminders.</source>
        <translation>Les dernières étapes du guide restent à faire : continuez pour enregistrer la preuve et les rappels.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="414"/>
        <source>Meta&apos;s email is longer than %1 characters, so only its start was pasted. Keep the part with Meta&apos;s answer.</source>
        <translation>L’e-mail de Meta dépasse %1 caractères : seul son début a été collé. Gardez la partie qui contient la réponse de Meta.</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="25"/>
        <source>What you can do now</source>
        <translation>Ce que vous pouvez faire maintenant</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="35"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Enregistrer les &amp;rappels d&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="36"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Un fichier d&apos;agenda qui vous rappelle de guetter la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="41"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>&amp;Noter la réponse de Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="42"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Noter si Meta a accepté ou refusé votre opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="47"/>
        <source>Save the &amp;proof now…</source>
        <translation>Enregistrer la pre&amp;uve maintenant…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="48"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Un PDF avec les dates, le lien et le motif que vous avez envoyé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="53"/>
        <source>O&amp;ther AI opt-outs…</source>
        <translation>&amp;Autres refus de l&apos;IA…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="55"/>
        <source>A checklist of other services that train AI on your data, and how to stop them</source>
        <translation>Une liste d&apos;autres services qui entraînent l&apos;IA avec vos données, et comment les en empêcher</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="29"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Aller directement au formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="33"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Saute les étapes de la notification et du lien, et mène directement à la page qui ouvre le formulaire.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>Start o&amp;ver</source>
        <translation>Recommencer à &amp;zéro</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="85"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="86"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="263"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="380"/>
        <source>Start over?</source>
        <translation>Recommencer à zéro&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="382"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Cela efface toutes vos réponses (compte, pays, e-mail et motif) et vous ramène à la première page.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="415"/>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="417"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Vos dernières réponses n&apos;ont pas pu être enregistrées&#xa0;: le disque est plein ou protégé en écriture. Si vous fermez maintenant, elles seront perdues. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="53"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adresse du formulaire, à coller vous-même dans un navigateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="56"/>
        <source>Link to the objection form</source>
        <translation>Lien vers le formulaire d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="82"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Le lien n&apos;a pas marché, ou la page dit qu&apos;elle n&apos;est pas disponible&#xa0;? Essayez celui-ci&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="112"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Ouvrir le formulaire %1 dans mon navigateur</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="133"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Ces liens se sont ouverts lors d&apos;une vérification en ligne le %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="137"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Ces liens ont été rassemblés à partir de sources publiques le %1 et n&apos;ont pas encore été ouverts en ligne.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="155"/>
        <source>Co&amp;py link %1</source>
        <translation>Copier le &amp;lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="156"/>
        <source>Other link %1</source>
        <translation>Autre lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="160"/>
        <source>Op&amp;en</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>Open other link %1</source>
        <translation>Ouvrir l&apos;autre lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="176"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Par sécurité, ce lien n&apos;a pas été ouvert&#xa0;: l&apos;assistant n&apos;ouvre que les pages sécurisées (https) des sites de Meta. Le fichier du guide a peut-être été modifié&#xa0;; le fichier README explique comment le corriger.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="188"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Votre navigateur devrait maintenant afficher le formulaire. Rien ne s&apos;affiche&#xa0;? Copiez le lien ci-dessous et collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="197"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Copiez le lien ci-dessous et collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="79"/>
        <source>%1 – your objections</source>
        <translation>%1 – vos oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="81"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="103"/>
        <source>Your objections</source>
        <translation>Vos oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="88"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Une ligne par compte pour lequel vous avez fait opposition. Choisissez-en une pour continuer, voir son historique et sa preuve, ou noter la réponse de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="135"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nouvelle opposition…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>Start a new objection</source>
        <translation>Commencer une nouvelle opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="138"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>Carry on with the chosen objection</source>
        <translation>Continuer l&apos;opposition choisie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="141"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Historique, réponse et preuve…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Ouvrir l&apos;historique de l&apos;opposition choisie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="144"/>
        <source>&amp;Export all…</source>
        <translation>Tout e&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>Save proof of all objections</source>
        <translation>Enregistrer la preuve de toutes les oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>&amp;Forget everything…</source>
        <translation>Tout &amp;oublier…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="161"/>
        <source>Delete every objection from this computer</source>
        <translation>Supprimer toutes les oppositions de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Vous avez envoyé %n opposition il y a plus d&apos;une semaine. Cherchez la réponse de Meta dans vos e-mails (sans oublier le dossier des indésirables), puis notez-la ici.</numerusform>
            <numerusform>Vous avez envoyé %n oppositions il y a plus d&apos;une semaine. Cherchez les réponses de Meta dans vos e-mails (sans oublier le dossier des indésirables), puis notez-les ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta n&apos;a pas répondu à %n opposition dans le délai dont il dispose. Ouvrez-la pour voir l&apos;étape suivante ; si Meta vous a dit avoir besoin de plus de temps, attendez jusque-là.</numerusform>
            <numerusform>Meta n&apos;a pas répondu à %n oppositions dans le délai dont il dispose. Ouvrez-en une pour voir l&apos;étape suivante ; si Meta vous a dit avoir besoin de plus de temps, attendez jusque-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Cela supprime %n opposition enregistrée sur cet ordinateur, avec son compte, son adresse e-mail, son motif, ses dates et la réponse de Meta. Les fichiers suivants sont supprimés&#xa0;:</numerusform>
            <numerusform>Cela supprime les %n oppositions enregistrées sur cet ordinateur&#xa0;: comptes, adresses e-mail, textes des motifs, dates et réponses de Meta. Les fichiers suivants sont supprimés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="327"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Les fichiers que vous avez enregistrés vous-même (PDF, texte, agenda) restent là où vous les avez mis. C&apos;est irréversible. Vos oppositions auprès de Meta ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="333"/>
        <source>Forget everything?</source>
        <translation>Tout oublier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="338"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Certains fichiers n&apos;ont pas pu être supprimés. Fermez les autres programmes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="147"/>
        <source>Other AI opt-&amp;outs…</source>
        <translation>Autres &amp;refus de l&apos;IA…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="150"/>
        <source>Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more</source>
        <translation>Autres refus de l&apos;IA : LinkedIn, Google Gemini, WhatsApp, X et d&apos;autres</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="136"/>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="145"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers un code : le téléphone affiche le texte et vous permet de le copier, prêt à coller dans le formulaire de Meta. Les codes sont seulement dessinés sur cet écran ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="163"/>
        <source>Show it as several &amp;codes</source>
        <translation>Afficher en plusieurs &amp;codes</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="165"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Raccourcir le motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="167"/>
        <source>&amp;Previous part</source>
        <translation>Partie &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="169"/>
        <source>Ne&amp;xt part</source>
        <translation>Partie s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="238"/>
        <source>Your email address: %1</source>
        <translation>Votre adresse e-mail : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="240"/>
        <source>QR code of your email address %1</source>
        <translation>Code QR de votre adresse e-mail %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="244"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Pas encore d&apos;adresse e-mail : saisissez-la d&apos;abord sur la page, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="255"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Pas encore de motif : rédigez-le d&apos;abord sur la page, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="261"/>
        <source>Your reason (%1 characters):</source>
        <translation>Votre motif (%1 caractères) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="265"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Code QR de votre motif, %1 caractères</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="271"/>
        <source>Your reason</source>
        <translation>Votre motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="275"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Votre motif est trop long pour un seul code : il compte %1 caractères, et un code n&apos;en contient que les %2 premiers. Affichez-le en plusieurs codes numérotés, à scanner et coller l&apos;un après l&apos;autre, ou raccourcissez-le pour qu&apos;il tienne dans un code.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="290"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scannez les codes dans l&apos;ordre et collez chaque partie juste après la précédente : ensemble, elles forment votre motif complet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="326"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Votre motif, partie %1/%2 (%3 caractères) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="333"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Code QR de la partie %1 sur %2 de votre motif, %3 caractères</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="110"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Aidez-moi à l&apos;écrire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="33"/>
        <source>Tick what applies to you:</source>
        <translation>Cochez ce qui vous concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>Des p&amp;hotos et vidéos de moi ou de ma famille</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Mes e&amp;nfants apparaissent dans mes publications</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="37"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Mon travail créatif ou professionnel (art, écriture, photo&amp;graphie)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Mes &amp;opinions et ma vie privée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mon visage, mon &amp;image et ma voix</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="42"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Je n&apos;ai &amp;jamais accepté cette utilisation</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="54"/>
        <source>Tone of the reason</source>
        <translation>Ton du motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Detailed</source>
        <translation>Détaillé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="58"/>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="64"/>
        <source>Language of the reason</source>
        <translation>Langue du motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="67"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="69"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Langue du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="72"/>
        <source>&amp;Write the text</source>
        <translation>&amp;Rédiger le texte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="129"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="133"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;faire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="152"/>
        <source>Copy rea&amp;son</source>
        <translation>Copier le &amp;motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="156"/>
        <source>Copy the reason (%1)</source>
        <translation>Copier le motif (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="163"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>Voir e&amp;xactement ce qui sera copié</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="178"/>
        <source>What will be copied</source>
        <translation>Ce qui sera copié</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="282"/>
        <source>Replace your text?</source>
        <translation>Remplacer votre texte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="284"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Vous avez modifié le texte de la zone. Le remplacer par un nouveau texte rédigé d&apos;après vos choix&#xa0;? («&#xa0;Défaire&#xa0;» vous rend votre version.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="319"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Votre texte a été conservé. Appuyez sur «&#xa0;Rédiger le texte&#xa0;» pour le remplacer par un nouveau, rédigé d&apos;après ces choix.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Les textes tout prêts n&apos;ont pas pu être lus (%1). Vous pouvez quand même écrire le vôtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="355"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Les textes en langue «&#xa0;%1&#xa0;» n&apos;ont pas pu être lus&#xa0;; l&apos;anglais est utilisé à la place. Fichier&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="399"/>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="400"/>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>C&apos;est très long. Quelques paragraphes clairs seront plus faciles à lire pour l&apos;équipe de Meta, et les formulaires web coupent parfois les textes longs.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="418"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Le motif est vide&#xa0;: il n&apos;y a encore rien à copier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>La copie n&apos;a pas fonctionné. Le texte est maintenant sélectionné&#xa0;: copiez-le vous-même avec le menu ou le clavier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="434"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Votre motif est copié (%1 caractères). Collez-le dans la case «&#xa0;Veuillez nous indiquer l&apos;impact de ce traitement sur vous&#xa0;» du formulaire de Meta (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="39"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Votre motif enregistré dépasse %1 caractères : seul son début est affiché. Le texte entier reste enregistré tant que vous ne le modifiez pas ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="67"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Un motif peut compter au plus %1 caractères : la suite a été laissée de côté. Quelques paragraphes clairs suffisent.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="136"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Lien vers le formulaire de Meta pour les informations venant d&apos;autres sources</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Selon la loi (%1), Meta doit répondre dans un délai de %n mois. Il ne peut prendre jusqu&apos;à %2 mois de plus que s&apos;il vous le dit pendant ce premier délai.</numerusform>
            <numerusform>Selon la loi (%1), Meta doit répondre dans un délai de %n mois. Il ne peut prendre jusqu&apos;à %2 mois de plus que s&apos;il vous le dit pendant ce premier délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>La loi qui s&apos;applique à vous (%1) ne fixe à Meta aucun délai de réponse. Si rien n&apos;arrive au bout de %n mois, l&apos;assistant vous propose l&apos;étape suivante.</numerusform>
            <numerusform>La loi qui s&apos;applique à vous (%1) ne fixe à Meta aucun délai de réponse. Si rien n&apos;arrive au bout de %n mois, l&apos;assistant vous propose l&apos;étape suivante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="128"/>
        <source>A different case: &amp;information Meta got from others</source>
        <translation>Un autre cas : les &amp;informations que Meta tient d&apos;autres sources</translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Vos oppositions enregistrées n&apos;ont pas pu être ouvertes&#xa0;: rien n&apos;est donc enregistré pour l&apos;instant et le fichier reste tel quel. Fermez l&apos;assistant, vérifiez que le dossier de données est lisible, puis relancez-le.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Ces réponses viennent d&apos;une version plus récente de cet assistant. Rien n&apos;est donc enregistré ici&#xa0;: le fichier de la version récente reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 est un fichier, là où il faudrait un dossier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>impossible d&apos;écrire dans le dossier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>le système a refusé (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;: %1. Rien n&apos;est perdu tant que cette fenêtre reste ouverte, et l&apos;assistant réessaie à quelques secondes d&apos;intervalle.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="27"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="83"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="85"/>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="86"/>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="89"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2 : %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="98"/>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="84"/>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="46"/>
        <source>Which account do you want to object for?</source>
        <translation>Pour quel compte voulez-vous vous opposer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Où habitez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="62"/>
        <source>Choose your country</source>
        <translation>Choisissez votre pays</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="63"/>
        <source>Country where you live</source>
        <translation>Pays où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="155"/>
        <source>choose an account</source>
        <translation>choisissez un compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="157"/>
        <source>choose your country</source>
        <translation>choisissez votre pays</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source>To go on, %1.</source>
        <translation>Pour continuer, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="40"/>
        <source>&amp;About this assistant</source>
        <translation>À &amp;propos de cet assistant</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="94"/>
        <source>Wha&amp;t&apos;s new</source>
        <translation>&amp;Nouveautés</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="131"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="22"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Vérifiez vos e-mails&#xa0;: réponse de Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="23"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Il y a une semaine, vous avez envoyé à Meta votre opposition à l&apos;entraînement de son IA pour {what}. Regardez dans cette boîte mail (et dans les spams) si Meta a répondu, puis notez la réponse dans {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="31"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Le mois laissé à Meta pour répondre est écoulé ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="32"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>La loi donnait un mois à Meta pour répondre à votre opposition pour {what}, envoyée le {sent}. Meta ne peut prendre jusqu&apos;à deux mois de plus que s&apos;il vous l&apos;a dit pendant ce mois. Pas de réponse, ou un refus&#xa0;? Ouvrez {app}&#xa0;: il vous aide à rédiger une plainte auprès de votre autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="51"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Le moment de faire le point sur votre opposition ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="52"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Vous avez envoyé votre opposition pour {what} le {sent}. La loi de votre pays ne fixe pas à Meta de délai pour répondre, mais si rien n&apos;est arrivé, ouvrez {app}&#xa0;: il vous montre ce que vous pouvez faire ensuite.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="58"/>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="41"/>
        <source>Meta&apos;s extra time to answer is up ({what})</source>
        <translation>Le temps supplémentaire de Meta pour répondre est écoulé ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="42"/>
        <source>You sent your objection for {what} on {sent}. In its email of {email_on} Meta said it needs more time; the longer time the law allows is now over. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Vous avez envoyé votre opposition pour {what} le {sent}. Dans son e-mail du {email_on}, Meta a dit avoir besoin de plus de temps ; le délai plus long que permet la loi est maintenant écoulé. Pas de réponse, ou un refus ? Ouvrez {app} : il vous aide à rédiger une plainte auprès de votre autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="22"/>
        <source>Look again at your AI setting ({service})</source>
        <translation>Revérifier votre réglage d&apos;IA ({service})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="23"/>
        <source>On {day} you recorded your AI-training opt-out at {service} in the {app}. Services have changed such settings before: open the {app}, choose “Other AI opt-outs” and check that it is still as you left it.</source>
        <translation>Le {day}, vous avez noté dans {app} votre refus de l&apos;entraînement de l&apos;IA chez {service}. Des services ont déjà modifié ce genre de réglage : ouvrez {app}, choisissez « Autres refus de l&apos;IA » et vérifiez que tout est resté comme vous l&apos;avez laissé.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="34"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Un fichier fourni avec l’application est inutilisable : cette partie ne peut donc pas fonctionner. Vos réponses jusqu’ici sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="42"/>
        <source>Something unexpected went wrong. Your answers so far are saved.

If it happens again, the technical details are in this file:
%1</source>
        <translation>Un problème inattendu s&apos;est produit. Les réponses déjà données sont enregistrées.

Si cela se reproduit, les détails techniques se trouvent dans ce fichier&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="91"/>
        <source>Save proof as PDF</source>
        <translation>Enregistrer la preuve en PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Fichier texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Enregistrer la preuve en texte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Enregistrer la preuve en JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="384"/>
        <source>Calendar file (*.ics)</source>
        <translation>Fichier d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Enregistrer les rappels pour l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="162"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>L&apos;enregistrement n&apos;a pas fonctionné (%1). Essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="151"/>
        <source>Saving didn&apos;t work: a text in this objection holds a broken character. Nothing was saved.</source>
        <translation>L’enregistrement n’a pas fonctionné : un texte de cette opposition contient un caractère abîmé. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="43"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Certains textes très longs sont raccourcis ici. Votre fichier les garde en entier, et les exports PDF, texte et JSON les montrent complets.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="21"/>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="22"/>
        <source>“%1”, started %2</source>
        <translation>« %1 », commencée le %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="26"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Dans l’opposition %1, certaines réponses étaient illisibles (%2) et ont été laissées de côté ; le reste est là.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="47"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>L’opposition %1 utilise quelque chose que cette version ne connaît pas (%2) : elle n’est donc pas affichée. Elle reste dans le fichier pour la version plus récente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="57"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>L’opposition %1 était illisible (%2) et a été mise de côté ; vos autres oppositions sont toutes là.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Its saved text is kept in %1</source>
        <translation>Son texte enregistré est conservé dans %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="78"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="80"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="91"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être lues&#xa0;: l&apos;assistant repart donc de zéro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="137"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Le fichier endommagé a été conservé ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="100"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Une partie de vos réponses enregistrées n&apos;a pas pu être lue&#xa0;; le reste a été conservé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Une copie du fichier d&apos;origine se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="107"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Vos réponses ont été enregistrées par une version plus récente de cet assistant. Elles sont affichées, mais rien ne sera enregistré, pour que le fichier de la version récente reste intact.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="121"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être ouvertes (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="128"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Vos réglages étaient illisibles (%1 : %2) : les réglages habituels s’appliquent, et la langue suit celle du système jusqu’à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="164"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 est un fichier, là où il faudrait un dossier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="167"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Le dossier %1 ne peut pas être créé (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="174"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Rien ne peut être enregistré pour l’instant : vos réponses restent en mémoire tant que l’assistant est ouvert. Choisissez un autre dossier avec --data-dir, ou déplacez le fichier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="36"/>
        <source>The objection %1 could not be read (%2). No copy of it could be kept yet (the disk may be full), so the file is left as it is; the copy is made, and your answers saved, as soon as there is room.</source>
        <translation>L’opposition %1 n’a pas pu être lue (%2). Aucune copie n’a encore pu en être gardée (le disque est peut-être plein) : le fichier reste donc tel quel ; la copie sera faite, et vos réponses enregistrées, dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>Your answers file (%1) was written by a newer version of this assistant, in a form this version can&apos;t read. It was left exactly as it is, and nothing will be saved to it. Open it with the newer version, or choose another folder with --data-dir.</source>
        <translation>Votre fichier de réponses (%1) a été écrit par une version plus récente de cet assistant, sous une forme que cette version ne sait pas lire. Il a été laissé exactement tel quel et rien n’y sera enregistré. Ouvrez-le avec la version plus récente ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="145"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="147"/>
        <source>the folder can&apos;t be written to</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="149"/>
        <source>the system refused (%1)</source>
        <translation>le système a refusé (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="152"/>
        <source>This objection could not be deleted: %1. It stays in your list and in the file, as before.</source>
        <translation>Cette opposition n’a pas pu être supprimée : %1. Elle reste dans votre liste et dans le fichier, comme avant.</translation>
    </message>
</context>
<context>
    <name>other_optouts</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="22"/>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="24"/>
        <source>Does not apply to me (noted %1)</source>
        <translation>Ne me concerne pas (noté le %1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="25"/>
        <source>Not done</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="30"/>
        <source>A setting to switch off</source>
        <translation>Un réglage à désactiver</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="31"/>
        <source>A form to send</source>
        <translation>Un formulaire à envoyer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="32"/>
        <source>A signal to AI companies (they may ignore it)</source>
        <translation>Un signal aux entreprises d&apos;IA (elles peuvent l&apos;ignorer)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="33"/>
        <source>No way to opt out found</source>
        <translation>Aucun moyen de refuser trouvé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="40"/>
        <source>Choose where you live above</source>
        <translation>Choisissez plus haut où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="42"/>
        <source>Our sources don&apos;t name %1</source>
        <translation>Nos sources ne citent pas %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="45"/>
        <source>Applies in %1 since %2</source>
        <translation>S&apos;applique en %1 depuis le %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="49"/>
        <source>Applies in %1</source>
        <translation>S&apos;applique en %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="56"/>
        <source>Other AI opt-outs: %1 of %2 done</source>
        <translation>Autres refus de l&apos;IA : %1 sur %2 faits</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="66"/>
        <source>Link to the setting or form</source>
        <translation>Lien vers le réglage ou le formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="69"/>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="70"/>
        <source>Opens the link in your web browser</source>
        <translation>Ouvre le lien dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="75"/>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="76"/>
        <source>Puts the link on the clipboard</source>
        <translation>Met le lien dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="86"/>
        <source>On your phone? Scan this code with its camera to open the same link.</source>
        <translation>Sur votre téléphone ? Scannez ce code avec l&apos;appareil photo pour ouvrir le même lien.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="95"/>
        <source>Your email address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="98"/>
        <source>Copy &amp;email address</source>
        <translation>Copier l&apos;adresse &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="99"/>
        <source>For the form&apos;s email field</source>
        <translation>Pour le champ e-mail du formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="111"/>
        <source>Copy the &amp;reason</source>
        <translation>Copier le &amp;motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="112"/>
        <source>For the form&apos;s field where you say what you object to</source>
        <translation>Pour le champ où vous dites à quoi vous vous opposez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="120"/>
        <source>I&apos;ve &amp;done it</source>
        <translation>C&apos;est &amp;fait</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="121"/>
        <source>Records that you switched it off or sent the form, with the time</source>
        <translation>Note, avec l&apos;heure, que vous l&apos;avez désactivé ou avez envoyé le formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="128"/>
        <source>Doesn&apos;t &amp;apply to me</source>
        <translation>Ne me &amp;concerne pas</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="129"/>
        <source>For example, you have no account there</source>
        <translation>Par exemple, vous n&apos;y avez pas de compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="134"/>
        <source>&amp;Not done yet</source>
        <translation>&amp;Pas encore fait</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="135"/>
        <source>Records that this is still to do</source>
        <translation>Note que c&apos;est encore à faire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="140"/>
        <source>Calendar reminder to look a&amp;gain…</source>
        <translation>&amp;Rappel pour revérifier…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="141"/>
        <source>A calendar file that reminds you in three months</source>
        <translation>Un fichier d&apos;agenda qui vous le rappelle dans trois mois</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="221"/>
        <source>It covers future use only.</source>
        <translation>Il ne couvre que l&apos;usage futur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="227"/>
        <source>Unconfirmed: the way to this setting comes from press reports of %1, not from %2 itself. It may have changed since.</source>
        <translation>Non confirmé : le chemin vers ce réglage vient d&apos;articles de presse du %1, pas de %2 lui-même. Il a pu changer depuis.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="239"/>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="247"/>
        <source>As the service names it (in English):</source>
        <translation>Comme le service le nomme (en anglais) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="249"/>
        <source>As the service names it:</source>
        <translation>Comme le service le nomme :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="253"/>
        <source>Where to find it (menus in English):</source>
        <translation>Où le trouver (menus en anglais) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="256"/>
        <source>Where to find it:</source>
        <translation>Où le trouver :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="268"/>
        <source>QR code of the link to %1</source>
        <translation>Code QR du lien vers %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="283"/>
        <source>Sources (as read on the date given):</source>
        <translation>Sources (lues à la date indiquée) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="310"/>
        <source>This link is not one the app opens.</source>
        <translation>L&apos;application n&apos;ouvre pas ce lien.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="316"/>
        <source>The link was passed to your browser.</source>
        <translation>Le lien a été transmis à votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="320"/>
        <source>No browser opened. Copy the link and paste it into your browser, or scan the code with your phone.</source>
        <translation>Aucun navigateur ne s&apos;est ouvert. Copiez le lien dans votre navigateur ou scannez le code avec votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="332"/>
        <source>Copying didn&apos;t work. Select the text and copy it yourself.</source>
        <translation>La copie n&apos;a pas marché. Sélectionnez le texte et copiez-le vous-même.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="340"/>
        <source>Copied. Paste it where the page asks for it.</source>
        <translation>Copié. Collez-le là où la page le demande.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="358"/>
        <source>Not saved: the note at the top says why.</source>
        <translation>Non enregistré : la note en haut explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="362"/>
        <source>This could not be saved on this computer. Check that the disk has room and try again.</source>
        <translation>Impossible d&apos;enregistrer sur cet ordinateur. Vérifiez qu&apos;il reste de la place sur le disque et réessayez.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="382"/>
        <source>Save a calendar reminder</source>
        <translation>Enregistrer un rappel d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="397"/>
        <source>Saved. Open the file to add the reminder to your calendar.</source>
        <translation>Enregistré. Ouvrez le fichier pour ajouter le rappel à votre agenda.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="82"/>
        <source>Other AI opt-outs</source>
        <translation>Autres refus de l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="84"/>
        <source>Your AI opt-outs beyond Meta</source>
        <translation>Vos refus de l&apos;IA au-delà de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="91"/>
        <source>Other services train AI on what people post too. Choose a service to see what it does and how to stop it; the app notes what you did and when. Services with no way to opt out are listed so you know.</source>
        <translation>D&apos;autres services entraînent aussi l&apos;IA avec ce que les gens publient. Choisissez un service pour voir ce qu&apos;il fait et comment l&apos;en empêcher ; l&apos;application note ce que vous avez fait et quand. Les services sans moyen de refuser figurent aussi, pour que vous le sachiez.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="102"/>
        <source>&amp;Where you live:</source>
        <translation>Où vous &amp;habitez :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="104"/>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="125"/>
        <source>Where you live</source>
        <translation>Où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="120"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="123"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="124"/>
        <source>What it is</source>
        <translation>De quoi il s&apos;agit</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="126"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="145"/>
        <source>The chosen service</source>
        <translation>Le service choisi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="189"/>
        <source>Your earlier record of these opt-outs could not be read. It was kept as %1; this list starts afresh.</source>
        <translation>Votre relevé précédent de ces refus n&apos;a pas pu être lu. Il a été conservé sous %1 ; la liste repart de zéro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="195"/>
        <source>Your record of these opt-outs was saved by a newer version of the app. It is shown, but nothing you do here is saved.</source>
        <translation>Votre relevé de ces refus a été enregistré par une version plus récente de l&apos;application. Il est affiché, mais rien de ce que vous faites ici n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="201"/>
        <source>Your record of these opt-outs can&apos;t be opened (%1). Nothing you do here is saved.</source>
        <translation>Impossible d&apos;ouvrir votre relevé de ces refus (%1). Rien de ce que vous faites ici n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="227"/>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="172"/>
        <source>As a PDF receipt…</source>
        <translation>En reçu PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="173"/>
        <source>As plain text…</source>
        <translation>En texte simple…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="174"/>
        <source>As JSON (for programs)…</source>
        <translation>En JSON (pour les programmes)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="35"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="36"/>
        <source>Form opened</source>
        <translation>Formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Acceptée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Refusée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Pas de réponse dans le délai</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Sent, but the code expired</source>
        <translation>Envoyée, mais le code a expiré</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="66"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Obtenir un nouveau code : appuyez à nouveau sur le bouton d&apos;envoi du formulaire de Meta, puis reprenez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="72"/>
        <source>Carry on where you stopped</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Chercher la réponse de Meta dans vos e-mails</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="77"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Attendre l&apos;e-mail de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="80"/>
        <source>Complain to your data-protection authority</source>
        <translation>Porter plainte auprès de votre autorité de protection des données</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="81"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Rien&#xa0;: c&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="85"/>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="107"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="108"/>
        <source>Email or name</source>
        <translation>E-mail ou nom</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="109"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="110"/>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="111"/>
        <source>What next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="193"/>
        <source>(no email yet)</source>
        <translation>(pas encore d&apos;e-mail)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="37"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="38"/>
        <source>Sent, no code asked</source>
        <translation>Envoyée, aucun code demandé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="39"/>
        <source>Sent, code not entered yet</source>
        <translation>Envoyée, code pas encore tapé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Sent, code entered</source>
        <translation>Envoyée, code tapé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Sent, waiting for Meta</source>
        <translation>Envoyée, en attente de Meta</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Opposition à l&apos;utilisation d&apos;informations personnelles par Meta pour l&apos;entraînement de son IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Relevé établi par {app} {version} le {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Les heures sont indiquées dans le fuseau horaire {zone}, avec leur décalage par rapport à UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="58"/>
        <source>Name given</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="59"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="60"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>Form link used</source>
        <translation>Lien du formulaire utilisé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Motif envoyé (exactement tel que copié)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>(no reason text was recorded)</source>
        <translation>(aucun texte de motif n&apos;a été enregistré)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>Meta&apos;s answer</source>
        <translation>Réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>(no answer recorded yet)</source>
        <translation>(aucune réponse enregistrée pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} le {date} (enregistrement&#xa0;: {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="69"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Texte de l&apos;e-mail de Meta, tel que collé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="71"/>
        <source>Dates of each step</source>
        <translation>Date de chaque étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Date de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>Answer recorded in the app</source>
        <translation>Réponse notée dans l&apos;application</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="78"/>
        <source>Facts</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="112"/>
        <source>not yet sent (draft)</source>
        <translation>pas encore envoyée (brouillon)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="113"/>
        <source>form opened</source>
        <translation>formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="117"/>
        <source>honoured by Meta</source>
        <translation>acceptée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="118"/>
        <source>refused by Meta</source>
        <translation>refusée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="135"/>
        <source>objection started</source>
        <translation>opposition commencée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="136"/>
        <source>status: {status}</source>
        <translation>état&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="137"/>
        <source>reason text copied for the form</source>
        <translation>texte du motif copié pour le formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="138"/>
        <source>form link opened</source>
        <translation>lien du formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="139"/>
        <source>answers cleared to start over</source>
        <translation>réponses effacées pour recommencer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="79"/>
        <source>Sent (send button pressed on Meta&apos;s form)</source>
        <translation>Envoyée (bouton d&apos;envoi du formulaire de Meta appuyé)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="80"/>
        <source>Code from Meta</source>
        <translation>Code de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="81"/>
        <source>not asked for</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="82"/>
        <source>received at {received}, not entered yet</source>
        <translation>reçu à {received}, pas encore tapé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="83"/>
        <source>received at {received}, entered at {entered}</source>
        <translation>reçu à {received}, tapé à {entered}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="84"/>
        <source>Meta&apos;s time to answer ends</source>
        <translation>Fin du délai de réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="85"/>
        <source>{when} (longer: Meta asked for more time in its email of {date})</source>
        <translation>{when} (prolongé : Meta a demandé plus de temps dans son e-mail du {date})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="88"/>
        <source>received at {received}, expired unused at {expired}</source>
        <translation>reçu à {received}, expiré sans servir à {expired}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="114"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="115"/>
        <source>sent, code entered</source>
        <translation>envoyée, code tapé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="116"/>
        <source>sent, waiting for Meta&apos;s answer</source>
        <translation>envoyée, en attente de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="120"/>
        <source>no answer from Meta in the time it had</source>
        <translation>pas de réponse de Meta dans le délai dont il disposait</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="140"/>
        <source>code from Meta received</source>
        <translation>code de Meta reçu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="141"/>
        <source>code from Meta expired unused</source>
        <translation>code de Meta expiré sans servir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="142"/>
        <source>Meta asked for no code</source>
        <translation>Meta n&apos;a demandé aucun code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="143"/>
        <source>Meta asked for more time to answer, in its email of {date}</source>
        <translation>Meta a demandé plus de temps pour répondre, dans son e-mail du {date}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="125"/>
        <source>sent, no code asked</source>
        <translation>envoyée, aucun code demandé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="126"/>
        <source>sent, code received, not entered yet</source>
        <translation>envoyée, code reçu, pas encore tapé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="129"/>
        <source>sent, code expired unused</source>
        <translation>envoyée, code expiré sans servir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="92"/>
        <source>Other AI opt-outs</source>
        <translation>Autres refus de l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="93"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="94"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="95"/>
        <source>not done</source>
        <translation>pas fait</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="96"/>
        <source>done on {when}</source>
        <translation>fait le {when}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="97"/>
        <source>does not apply (noted {when})</source>
        <translation>ne me concerne pas (noté le {when})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="98"/>
        <source>[Shortened here: the whole text has {count} characters. It is kept in full in the app&apos;s data file and in the JSON proof.]</source>
        <translation>[Raccourci ici : le texte complet compte {count} caractères. Il est conservé en entier dans le fichier de données de l’application et dans la preuve JSON.]</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="103"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="104"/>
        <source>Values ending in “…” are shortened here; they are kept in full in the app&apos;s data file and in the JSON proof.</source>
        <translation>Les valeurs qui finissent par « … » sont raccourcies ici ; elles sont conservées en entier dans le fichier de données de l’application et dans la preuve JSON.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="63"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Un problème est survenu et l&apos;application n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="65"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Un problème est survenu et l&apos;application n&apos;a pas pu démarrer.

Les détails techniques sont enregistrés dans ce fichier&#xa0;:
%1

Si vous demandez de l&apos;aide à quelqu&apos;un, vous pouvez lui envoyer ce fichier. Il décrit seulement le problème survenu dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="21"/>
        <source>it belongs to another user account</source>
        <translation>il appartient à un autre compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="25"/>
        <source>The data folder %1 can&apos;t be used: %2. Your answers can&apos;t be read from it or saved in it.

Choose another folder for your answers (a new empty one is fine), or go on without: then nothing you type is saved.</source>
        <translation>Le dossier de données %1 ne peut pas être utilisé : %2. Vos réponses ne peuvent ni y être lues ni y être enregistrées.

Choisissez un autre dossier pour vos réponses (un nouveau dossier vide convient) ou continuez sans : rien de ce que vous saisissez ne sera alors enregistré.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="40"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="41"/>
        <source>Go on without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="46"/>
        <source>Choose a folder for your answers</source>
        <translation>Choisir un dossier pour vos réponses</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="323"/>
        <source>This data folder seems to be open on another computer, “%1”, since %2:
%3

If the app is still open there, close it there first: two copies writing to the same folder would lose each other&apos;s answers.

If that computer is off or the app is closed there (a USB stick that was pulled out, say), you can open the folder here.</source>
        <translation>Ce dossier de données semble ouvert sur un autre ordinateur, « %1 », depuis %2 :
%3

Si l’application y est encore ouverte, fermez-la d’abord là-bas : deux copies qui écrivent dans le même dossier perdraient les réponses l’une de l’autre.

Si cet ordinateur est éteint ou si l’application y est fermée (une clé USB retirée, par exemple), vous pouvez ouvrir le dossier ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="342"/>
        <source>Open it here</source>
        <translation>L’ouvrir ici</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="343"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="50"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Collez-le avant de fermer cette application&#xa0;: sous Linux, la copie est perdue à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="276"/>
        <source>Copied. Paste it (%1) into your browser&apos;s address bar.</source>
        <translation>Copié. Collez-le (%1) dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="288"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Copié. Collez-le maintenant dans le formulaire de Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="297"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>La copie n&apos;a pas fonctionné. Sélectionnez le texte à la main et copiez-le vous-même.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="325"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="327"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="329"/>
        <source>Changes the language of every window at once.</source>
        <translation>Change la langue de toutes les fenêtres à la fois.</translation>
    </message>
</context>
</TS>
