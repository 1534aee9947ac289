<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="261"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Les textes de plainte sont inutilisables : aucune plainte ne peut donc être rédigée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="263"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="265"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="268"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="50"/>
        <source>Did Meta email you a code?</source>
        <translation>Meta vous a-t-il envoyé un code par e-mail ?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="53"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Oui, Meta m&apos;a envoyé un code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="55"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>Non, Meta ne m&apos;a envoyé &amp;aucun code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="101"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Temps restant pour le code de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="121"/>
        <source>Part of the hour that is left</source>
        <translation>Part de l&apos;heure qui reste</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="130"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="273"/>
        <source>I&apos;ve &amp;received the code</source>
        <translation>J&apos;ai &amp;reçu le code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="132"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>J&apos;ai &amp;tapé le code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="145"/>
        <source>Did the email come a while ago? Type when it arrived — a time such as 14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the button. Leave it empty if it has just arrived.</source>
        <translation>L&apos;e-mail est arrivé il y a déjà un moment&#xa0;? Indiquez quand&#xa0;: une heure, comme 14:05, ou le nombre de minutes écoulées, comme 10. Appuyez ensuite sur le bouton. Laissez la case vide s&apos;il vient d&apos;arriver.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="152"/>
        <source>e.g. 14:05 or 10</source>
        <translation>ex. 14:05 ou 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="153"/>
        <source>When the email with the code arrived</source>
        <translation>Heure d&apos;arrivée de l&apos;e-mail avec le code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="155"/>
        <source>&amp;Time it arrived:</source>
        <translation>&amp;Heure d&apos;arrivée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="338"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Pour continuer, demandez un nouveau code et appuyez sur « J&apos;ai reçu un nouveau code » quand il arrive, ou répondez « Non » plus haut si Meta n&apos;envoie pas de code.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="342"/>
        <source>To go on, press “I&apos;ve received the code” when the email arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Pour continuer, appuyez sur « J&apos;ai reçu le code » quand l&apos;e-mail arrive, ou répondez « Non » plus haut si Meta n&apos;envoie pas de code.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="201"/>
        <source>That time hasn&apos;t come yet. Check the time on the email, or leave the box empty if it has only just arrived.</source>
        <translation>Cette heure n&apos;est pas encore passée. Vérifiez l&apos;heure indiquée sur l&apos;e-mail, ou laissez la case vide s&apos;il vient tout juste d&apos;arriver.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="205"/>
        <source>That was an hour or more ago, so that code no longer works. Press “Submit” on Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>C&apos;était il y a une heure ou plus&#xa0;: ce code ne fonctionne plus. Appuyez de nouveau sur «&#xa0;Envoyer&#xa0;» dans le formulaire de Meta pour recevoir un nouveau code, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="211"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago the email came, like 10.</source>
        <translation>Je ne comprends pas cette heure. Écrivez-la comme ceci&#xa0;: 14:05. Ou indiquez il y a combien de minutes l&apos;e-mail est arrivé, par exemple 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="271"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>J&apos;ai reçu un &amp;nouveau code</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="300"/>
        <source>The code stopped working at %1. That&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, press “I&apos;ve received a new code” below.</source>
        <translation>Le code a cessé de fonctionner à %1. Pas de souci&#xa0;: retournez dans le formulaire de Meta et appuyez de nouveau sur «&#xa0;Envoyer&#xa0;». Meta vous enverra un nouveau code par e-mail. Dès qu&apos;il arrive, appuyez ci-dessous sur «&#xa0;J&apos;ai reçu un nouveau code&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="308"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Vous avez tapé le code à %1. Bravo&#xa0;! Appuyez sur «&#xa0;Suivant&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="330"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Pour continuer, répondez à la question : Meta vous a-t-il envoyé un code par e-mail ?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="333"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Quand vous avez tapé le code dans la fenêtre de Meta, appuyez sur «&#xa0;J&apos;ai tapé le code&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="350"/>
        <source>Last minute! Type the code into Meta&apos;s window right now. It stops working at %1.</source>
        <translation>Dernière minute&#xa0;! Tapez tout de suite le code dans la fenêtre de Meta. Il cesse de fonctionner à %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="354"/>
        <source>Hurry: less than 10 minutes left. Type the code into Meta&apos;s window now. It stops working at %1.</source>
        <translation>Vite&#xa0;: il reste moins de 10 minutes. Tapez maintenant le code dans la fenêtre de Meta. Il cesse de fonctionner à %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="358"/>
        <source>Time left to type the code into Meta&apos;s window. It works until %1. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Temps qu&apos;il vous reste pour taper le code dans la fenêtre de Meta. Il fonctionne jusqu&apos;à %1. Une fois le code tapé, appuyez sur «&#xa0;J&apos;ai tapé le code&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="207"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Le code de Meta a expiré. Vous pouvez en demander un nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="215"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Plus qu&apos;une minute&#xa0;! Tapez le code de Meta maintenant.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="217"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Plus que %1 minutes pour taper le code de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="250"/>
        <source>Meta&apos;s code</source>
        <translation>Code de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="263"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Le code de Meta a expiré à %1. L&apos;étape du code explique comment en obtenir un nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="270"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Dernière minute&#xa0;: le code de Meta expire dans %1&#xa0;! Tapez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="274"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Vite&#xa0;: le code de Meta expire dans %1. Tapez-le sans tarder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="275"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Le code de Meta expire dans %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="282"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Le code de Meta a expiré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="287"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Encore %n minute pour saisir le code de Meta, jusqu&apos;à %1.</numerusform>
            <numerusform>Encore %n minutes pour saisir le code de Meta, jusqu&apos;à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="297"/>
        <source>code expired</source>
        <translation>code expiré</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="300"/>
        <source>code valid until %1</source>
        <translation>code valable jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="64"/>
        <source>Complain to your data-protection authority</source>
        <translation>Porter plainte auprès de votre autorité de protection des données</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="70"/>
        <source>Meta refused your objection.</source>
        <translation>Meta a rejeté votre opposition.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="86"/>
        <source>Country you live in</source>
        <translation>Pays où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="72"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta n&apos;a pas répondu à votre opposition dans le délai que l&apos;assistant prévoit.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="77"/>
        <source>Your next step is a letter to the data-protection authority of the country you live in. It costs nothing. The text below is written from your record: read it, add your name and postal address at the end, then send it through the authority&apos;s website.</source>
        <translation>L&apos;étape suivante est une lettre à l&apos;autorité de protection des données de votre pays de résidence. C&apos;est gratuit. Le texte ci-dessous est rédigé à partir de votre dossier : relisez-le, ajoutez à la fin votre nom et votre adresse postale, puis envoyez-le via le site de l&apos;autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Federal state you live in</source>
        <translation>Land (État fédéré) où vous vivez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="94"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="99"/>
        <source>Which letter</source>
        <translation>Quelle lettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="105"/>
        <source>Authority&apos;s web page</source>
        <translation>Page web de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="106"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Ouvrir la page de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="118"/>
        <source>Complaint text</source>
        <translation>Texte de la plainte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="122"/>
        <source>Co&amp;py the letter</source>
        <translation>Copier la l&amp;ettre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="132"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="133"/>
        <source>Federal &amp;state:</source>
        <translation>Land (État &amp;fédéré)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="135"/>
        <source>Lette&amp;r:</source>
        <translation>Lett&amp;re&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="157"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Texte de la lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="193"/>
        <source>Choose your federal state…</source>
        <translation>Choisissez votre Land…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="235"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Choisissez votre Land pour voir son autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="244"/>
        <source>In Germany, a complaint about Meta goes to the data-protection authority of your federal state. Choose your state above and the letter appears here.</source>
        <translation>En Allemagne, une plainte contre Meta va à l&apos;autorité de protection des données de votre Land. Choisissez votre Land ci-dessus et la lettre apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="256"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Le nom de la société de Meta dans cette lettre (%1) n&apos;a pas pu être confirmé dans des sources publiques. Vérifiez-le sur le formulaire de l&apos;autorité avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="275"/>
        <source>Link checked online on %1.</source>
        <translation>Lien vérifié en ligne le %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="279"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Personne n&apos;a encore vérifié ce lien en ligne. S&apos;il ne s&apos;ouvre pas, recherchez le nom de l&apos;autorité.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="286"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Cette autorité n&apos;accepte que les lettres en&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="292"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Cette autorité travaille en général dans une autre langue. Elle acceptera peut-être celle-ci ; vérifiez sur son site.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="312"/>
        <source>%1. To %2</source>
        <translation>%1. À %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="128"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="335"/>
        <source>For your safety this link was not opened: it is not the official site of a data-protection authority.</source>
        <translation>Par sécurité, ce lien n&apos;a pas été ouvert&#xa0;: ce n&apos;est pas le site officiel d&apos;une autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="342"/>
        <source>Your browser should now show the page.</source>
        <translation>Votre navigateur devrait maintenant afficher la page.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="345"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Copiez le lien et collez-le dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="270"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="275"/>
        <source>Copy %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="57"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="61"/>
        <source>Cop&amp;y email</source>
        <translation>&amp;Copier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="78"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Votre motif, pour «&#xa0;Veuillez nous indiquer l&apos;impact de ce traitement sur vous&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="118"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>Adresse &amp;e-mail que vous utilisez pour %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="121"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Pays de résidence&#xa0;: choisissez «&#xa0;%1&#xa0;» dans la liste de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="149"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Pour continuer, tapez l&apos;adresse e-mail que vous utilisez pour votre compte.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="156"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Une adresse e-mail contient un @, comme dans nom@exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="157"/>
        <source>There is more than one @ in this address.</source>
        <translation>Cette adresse contient plus d&apos;un @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="158"/>
        <source>Something is missing before the @.</source>
        <translation>Il manque quelque chose avant le @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="159"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Il manque la partie après le @, comme exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>La partie après le @ semble incomplète&#xa0;: elle contient d&apos;habitude un point, comme dans exemple.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>This is far too long to be an email address.</source>
        <translation>C&apos;est bien trop long pour une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail. Merci de la vérifier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="252"/>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="254"/>
        <source>You left the reason empty. Newer versions of Meta&apos;s form accept that, so you can go on. A few sentences are still worth it: older forms required them, and they are your record of why you objected. You can come back with Back.</source>
        <translation>Vous n&apos;avez pas indiqué de motif. Les versions récentes du formulaire de Meta l&apos;acceptent, vous pouvez donc continuer. Quelques phrases restent utiles&#xa0;: les anciens formulaires les exigeaient, et elles gardent une trace des raisons de votre opposition. Pour en ajouter, revenez en arrière avec «&#xa0;Précédent&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="36"/>
        <source>Show &amp;on my phone…</source>
        <translation>Afficher s&amp;ur mon téléphone…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="40"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Codes QR de votre adresse e-mail et de votre motif, à scanner avec votre téléphone</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="43"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Vous remplissez le formulaire sur votre téléphone ? Scannez les textes au lieu de les taper.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="234"/>
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
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="78"/>
        <source>the &amp;main link</source>
        <translation>le lien pri&amp;ncipal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="80"/>
        <source>other link &amp;%1</source>
        <translation>l&apos;autre lien &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="110"/>
        <source>QR code of the form link %1</source>
        <translation>Code QR du lien du formulaire %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="175"/>
        <source>Name for this objection</source>
        <translation>Nom de cette opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="176"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>ex. «&#xa0;Mon Instagram&#xa0;» ou «&#xa0;Facebook d&apos;Alex&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="179"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="183"/>
        <source>History of this objection</source>
        <translation>Historique de cette opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="188"/>
        <source>Meta&apos;s answer</source>
        <translation>Réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="189"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta a &amp;accepté mon opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="190"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta l&apos;a &amp;refusée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="198"/>
        <source>Day Meta answered</source>
        <translation>Date de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="202"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Texte de l&apos;e-mail de Meta (facultatif)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="203"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Collez ici l&apos;e-mail de Meta, si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>E-&amp;mail de Meta&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="225"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Continuer dans le guide</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="228"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="229"/>
        <source>&amp;Text…</source>
        <translation>&amp;Texte…</translation>
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
            <numerusform>Selon la loi, Meta a %n mois pour répondre, ou jusqu&apos;à %1 mois de plus s&apos;il vous dit pendant ce délai qu&apos;il en a besoin. Quand son e-mail arrive, notez la réponse ci-dessous.</numerusform>
            <numerusform>Selon la loi, Meta a %n mois pour répondre, ou jusqu&apos;à %1 mois de plus s&apos;il vous dit pendant ce délai qu&apos;il en a besoin. Quand son e-mail arrive, notez la réponse ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="329"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Le délai de réponse de Meta est écoulé, sauf s&apos;il vous a indiqué avoir besoin de plus de temps. Vous pouvez passer à l&apos;étape suivante ; l&apos;assistant rédige la lettre pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="334"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>La loi qui s&apos;applique à vous ne fixe à Meta aucun délai de réponse. Quand son e-mail arrive, notez la réponse ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="338"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta ne répond pas depuis un certain temps. Vous pouvez passer à l&apos;étape suivante ; l&apos;assistant rédige la lettre pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="216"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Date de la réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="226"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Et maintenant&#xa0;? Dép&amp;oser une plainte…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="231"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Rappels pour l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>&amp;Delete this objection…</source>
        <translation>&amp;Supprimer cette opposition…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="234"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="236"/>
        <source>Save proof as PDF</source>
        <translation>Enregistrer la preuve en PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="237"/>
        <source>Save proof as a text file</source>
        <translation>Enregistrer la preuve dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="238"/>
        <source>Save proof as JSON</source>
        <translation>Enregistrer la preuve en JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="239"/>
        <source>Save calendar reminders</source>
        <translation>Enregistrer les rappels pour l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Save proof:</source>
        <translation>Enregistrer la preuve&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="345"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta a dit non. Vous pouvez porter plainte auprès de votre autorité de protection des données&#xa0;; l&apos;assistant rédige la plainte pour vous.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="349"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta a accepté votre opposition. Conservez la preuve en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="351"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Cette opposition n&apos;est pas encore envoyée. Continuez dans le guide pour la terminer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="374"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Indiquez d&apos;abord si Meta a accepté ou refusé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>L’e-mail de Meta dépasse %1 caractères. Gardez la partie qui contient la réponse de Meta, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="391"/>
        <source>That date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="397"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Cette réponse ne peut pas être enregistrée pour une opposition à ce stade.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="402"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>La réponse est notée, mais elle n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="405"/>
        <source>Answer saved.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="418"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Cela supprime de cet ordinateur l&apos;opposition pour %1 (%2)&#xa0;: ses réponses, le texte du motif, l&apos;historique et la réponse de Meta. Elle est retirée de %3. Les fichiers que vous avez enregistrés vous-même sont conservés. C&apos;est irréversible, et votre opposition auprès de Meta n&apos;est pas touchée.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="428"/>
        <source>Delete this objection?</source>
        <translation>Supprimer cette opposition&#xa0;?</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="22"/>
        <source>What you can do now</source>
        <translation>Ce que vous pouvez faire maintenant</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="32"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Enregistrer les &amp;rappels d&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="33"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Un fichier d&apos;agenda qui vous rappelle de guetter la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="38"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>&amp;Noter la réponse de Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="39"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Noter si Meta a accepté ou refusé votre opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="44"/>
        <source>Save the &amp;proof now…</source>
        <translation>Enregistrer la pre&amp;uve maintenant…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="45"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Un PDF avec les dates, le lien et le motif que vous avez envoyé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="50"/>
        <source>Finish and open the &amp;overview</source>
        <translation>Terminer et ouvrir la &amp;vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="51"/>
        <source>Close this assistant and show all your objections</source>
        <translation>Fermer cet assistant et afficher toutes vos oppositions</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="26"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Aller directement au formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="30"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Saute les étapes de la notification et du lien, et mène directement à la page qui ouvre le formulaire.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="79"/>
        <source>Start o&amp;ver</source>
        <translation>Recommencer à &amp;zéro</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="83"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="243"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="323"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="333"/>
        <source>Start over?</source>
        <translation>Recommencer à zéro&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="335"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Cela efface toutes vos réponses (compte, pays, e-mail et motif) et vous ramène à la première page.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="368"/>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Vos dernières réponses n&apos;ont pas pu être enregistrées&#xa0;: le disque est plein ou protégé en écriture. Si vous fermez maintenant, elles seront perdues. Fermer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="42"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adresse du formulaire, à coller vous-même dans un navigateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="44"/>
        <source>Link to the objection form</source>
        <translation>Lien vers le formulaire d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="66"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Le lien n&apos;a pas marché, ou la page dit qu&apos;elle n&apos;est pas disponible&#xa0;? Essayez celui-ci&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="80"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Ouvrir le formulaire %1 dans mon navigateur</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="101"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Ces liens se sont ouverts lors d&apos;une vérification en ligne le %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="105"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Ces liens ont été rassemblés à partir de sources publiques le %1 et n&apos;ont pas encore été ouverts en ligne.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="123"/>
        <source>Co&amp;py link %1</source>
        <translation>Copier le &amp;lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="124"/>
        <source>Other link %1</source>
        <translation>Autre lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="126"/>
        <source>Op&amp;en</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="128"/>
        <source>Open other link %1</source>
        <translation>Ouvrir l&apos;autre lien %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="142"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Par sécurité, ce lien n&apos;a pas été ouvert&#xa0;: l&apos;assistant n&apos;ouvre que les pages sécurisées (https) des sites de Meta. Le fichier du guide a peut-être été modifié&#xa0;; le fichier README explique comment le corriger.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="154"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Votre navigateur devrait maintenant afficher le formulaire. Rien ne s&apos;affiche&#xa0;? Copiez le lien ci-dessous et collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Copiez le lien ci-dessous et collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="75"/>
        <source>%1 – your objections</source>
        <translation>%1 – vos oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="77"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="99"/>
        <source>Your objections</source>
        <translation>Vos oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="84"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Une ligne par compte pour lequel vous avez fait opposition. Choisissez-en une pour continuer, voir son historique et sa preuve, ou noter la réponse de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="134"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nouvelle opposition…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="136"/>
        <source>Start a new objection</source>
        <translation>Commencer une nouvelle opposition</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="139"/>
        <source>Carry on with the chosen objection</source>
        <translation>Continuer l&apos;opposition choisie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Historique, réponse et preuve…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="142"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Ouvrir l&apos;historique de l&apos;opposition choisie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>&amp;Export all…</source>
        <translation>Tout e&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="145"/>
        <source>Save proof of all objections</source>
        <translation>Enregistrer la preuve de toutes les oppositions</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>&amp;Forget everything…</source>
        <translation>Tout &amp;oublier…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="148"/>
        <source>Delete every objection from this computer</source>
        <translation>Supprimer toutes les oppositions de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="222"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Vous avez envoyé %n opposition il y a plus d&apos;une semaine. Cherchez la réponse de Meta dans vos e-mails (sans oublier le dossier des indésirables), puis notez-la ici.</numerusform>
            <numerusform>Vous avez envoyé %n oppositions il y a plus d&apos;une semaine. Cherchez les réponses de Meta dans vos e-mails (sans oublier le dossier des indésirables), puis notez-les ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="233"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta n&apos;a pas répondu à %n opposition dans le délai dont il dispose. Ouvrez-la pour voir l&apos;étape suivante ; si Meta vous a dit avoir besoin de plus de temps, attendez jusque-là.</numerusform>
            <numerusform>Meta n&apos;a pas répondu à %n oppositions dans le délai dont il dispose. Ouvrez-en une pour voir l&apos;étape suivante ; si Meta vous a dit avoir besoin de plus de temps, attendez jusque-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="289"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Cela supprime %n opposition enregistrée sur cet ordinateur, avec son compte, son adresse e-mail, son motif, ses dates et la réponse de Meta. Les fichiers suivants sont supprimés&#xa0;:</numerusform>
            <numerusform>Cela supprime les %n oppositions enregistrées sur cet ordinateur&#xa0;: comptes, adresses e-mail, textes des motifs, dates et réponses de Meta. Les fichiers suivants sont supprimés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="296"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Les fichiers que vous avez enregistrés vous-même (PDF, texte, agenda) restent là où vous les avez mis. C&apos;est irréversible. Vos oppositions auprès de Meta ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="302"/>
        <source>Forget everything?</source>
        <translation>Tout oublier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="307"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Certains fichiers n&apos;ont pas pu être supprimés. Fermez les autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="129"/>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="138"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers un code : le téléphone affiche le texte et vous permet de le copier, prêt à coller dans le formulaire de Meta. Les codes sont seulement dessinés sur cet écran ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="156"/>
        <source>Show it as several &amp;codes</source>
        <translation>Afficher en plusieurs &amp;codes</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="158"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Raccourcir le motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="160"/>
        <source>&amp;Previous part</source>
        <translation>Partie &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="162"/>
        <source>Ne&amp;xt part</source>
        <translation>Partie s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="230"/>
        <source>Your email address: %1</source>
        <translation>Votre adresse e-mail : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="232"/>
        <source>QR code of your email address %1</source>
        <translation>Code QR de votre adresse e-mail %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="236"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Pas encore d&apos;adresse e-mail : saisissez-la d&apos;abord sur la page, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="247"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Pas encore de motif : rédigez-le d&apos;abord sur la page, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="253"/>
        <source>Your reason (%1 characters):</source>
        <translation>Votre motif (%1 caractères) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="257"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Code QR de votre motif, %1 caractères</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="263"/>
        <source>Your reason</source>
        <translation>Votre motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="267"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Votre motif est trop long pour un seul code : il compte %1 caractères, et un code n&apos;en contient que les %2 premiers. Affichez-le en plusieurs codes numérotés, à scanner et coller l&apos;un après l&apos;autre, ou raccourcissez-le pour qu&apos;il tienne dans un code.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="282"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Scannez les codes dans l&apos;ordre et collez chaque partie juste après la précédente : ensemble, elles forment votre motif complet.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="312"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Votre motif, partie %1/%2 (%3 caractères) :</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="319"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Code QR de la partie %1 sur %2 de votre motif, %3 caractères</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="103"/>
        <source>&amp;Help me write it</source>
        <translation>&amp;Aidez-moi à l&apos;écrire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="32"/>
        <source>Tick what applies to you:</source>
        <translation>Cochez ce qui vous concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="34"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>Des p&amp;hotos et vidéos de moi ou de ma famille</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Mes e&amp;nfants apparaissent dans mes publications</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Mon travail créatif ou professionnel (art, écriture, photo&amp;graphie)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="39"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Mes &amp;opinions et ma vie privée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mon visage, mon &amp;image et ma voix</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Je n&apos;ai &amp;jamais accepté cette utilisation</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="53"/>
        <source>Tone of the reason</source>
        <translation>Ton du motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="55"/>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Detailed</source>
        <translation>Détaillé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="63"/>
        <source>Language of the reason</source>
        <translation>Langue du motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="66"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="68"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Langue du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="70"/>
        <source>&amp;Write the text</source>
        <translation>&amp;Rédiger le texte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="121"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="125"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;faire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="143"/>
        <source>Copy rea&amp;son</source>
        <translation>Copier le &amp;motif</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="147"/>
        <source>Copy the reason (%1)</source>
        <translation>Copier le motif (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="154"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>Voir e&amp;xactement ce qui sera copié</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="168"/>
        <source>What will be copied</source>
        <translation>Ce qui sera copié</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="272"/>
        <source>Replace your text?</source>
        <translation>Remplacer votre texte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="274"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Vous avez modifié le texte de la zone. Le remplacer par un nouveau texte rédigé d&apos;après vos choix&#xa0;? («&#xa0;Défaire&#xa0;» vous rend votre version.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="309"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Votre texte a été conservé. Appuyez sur «&#xa0;Rédiger le texte&#xa0;» pour le remplacer par un nouveau, rédigé d&apos;après ces choix.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="335"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Les textes tout prêts n&apos;ont pas pu être lus (%1). Vous pouvez quand même écrire le vôtre.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Les textes en langue «&#xa0;%1&#xa0;» n&apos;ont pas pu être lus&#xa0;; l&apos;anglais est utilisé à la place. Fichier&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="389"/>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="390"/>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>Quite short: %1 characters. In 2024 Meta&apos;s form refused reasons under about 100 characters, and said so only after the code step. A sentence or two more makes it safe.</source>
        <translation>Assez court&#xa0;: %1 caractères. En 2024, le formulaire de Meta refusait les motifs de moins de 100 caractères environ, et ne le signalait qu&apos;après l&apos;étape du code. Ajoutez une phrase ou deux pour être tranquille.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="32"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>C&apos;est très long. Quelques paragraphes clairs seront plus faciles à lire pour l&apos;équipe de Meta, et les formulaires web coupent parfois les textes longs.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="408"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Le motif est vide&#xa0;: il n&apos;y a encore rien à copier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="414"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>La copie n&apos;a pas fonctionné. Le texte est maintenant sélectionné&#xa0;: copiez-le vous-même avec le menu ou le clavier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Votre motif est copié (%1 caractères). Collez-le dans la case «&#xa0;Veuillez nous indiquer l&apos;impact de ce traitement sur vous&#xa0;» du formulaire de Meta (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="49"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Votre motif enregistré dépasse %1 caractères : seul son début est affiché. Le texte entier reste enregistré tant que vous ne le modifiez pas ici.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="71"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Un motif peut compter au plus %1 caractères : la suite a été laissée de côté. Quelques paragraphes clairs suffisent.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="117"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Lien vers le formulaire de Meta pour les informations venant d&apos;autres sources</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="131"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Selon la loi (%1), Meta doit répondre dans un délai de %n mois. Il ne peut prendre jusqu&apos;à %2 mois de plus que s&apos;il vous le dit pendant ce premier délai.</numerusform>
            <numerusform>Selon la loi (%1), Meta doit répondre dans un délai de %n mois. Il ne peut prendre jusqu&apos;à %2 mois de plus que s&apos;il vous le dit pendant ce premier délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="140"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>La loi qui s&apos;applique à vous (%1) ne fixe à Meta aucun délai de réponse. Si rien n&apos;arrive au bout de %n mois, l&apos;assistant vous propose l&apos;étape suivante.</numerusform>
            <numerusform>La loi qui s&apos;applique à vous (%1) ne fixe à Meta aucun délai de réponse. Si rien n&apos;arrive au bout de %n mois, l&apos;assistant vous propose l&apos;étape suivante.</numerusform>
        </translation>
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
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="38"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="91"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="92"/>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="93"/>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="96"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2 : %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="104"/>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="41"/>
        <source>Which account do you want to object for?</source>
        <translation>Pour quel compte voulez-vous vous opposer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="56"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Où habitez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>Choose your country</source>
        <translation>Choisissez votre pays</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="60"/>
        <source>Country where you live</source>
        <translation>Pays où vous habitez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="128"/>
        <source>choose an account</source>
        <translation>choisissez un compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="130"/>
        <source>choose your country</source>
        <translation>choisissez votre pays</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source>To go on, %1.</source>
        <translation>Pour continuer, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="20"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Vérifiez vos e-mails&#xa0;: réponse de Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="21"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Il y a une semaine, vous avez envoyé à Meta votre opposition à l&apos;entraînement de son IA pour {what}. Regardez dans cette boîte mail (et dans les spams) si Meta a répondu, puis notez la réponse dans {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="29"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Le mois laissé à Meta pour répondre est écoulé ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="30"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>La loi donnait un mois à Meta pour répondre à votre opposition pour {what}, envoyée le {sent}. Meta ne peut prendre jusqu&apos;à deux mois de plus que s&apos;il vous l&apos;a dit pendant ce mois. Pas de réponse, ou un refus&#xa0;? Ouvrez {app}&#xa0;: il vous aide à rédiger une plainte auprès de votre autorité de protection des données.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="39"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Le moment de faire le point sur votre opposition ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="40"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Vous avez envoyé votre opposition pour {what} le {sent}. La loi de votre pays ne fixe pas à Meta de délai pour répondre, mais si rien n&apos;est arrivé, ouvrez {app}&#xa0;: il vous montre ce que vous pouvez faire ensuite.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="46"/>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/app.py" line="317"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Un fichier fourni avec l’application est inutilisable : cette partie ne peut donc pas fonctionner. Vos réponses jusqu’ici sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="323"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="325"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="328"/>
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
        <source>Calendar file (*.ics)</source>
        <translation>Fichier d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Enregistrer les rappels pour l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="132"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>L&apos;enregistrement n&apos;a pas fonctionné (%1). Essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="40"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Certains textes très longs sont raccourcis ici. Votre fichier les garde en entier, et les exports PDF, texte et JSON les montrent complets.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="19"/>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="20"/>
        <source>“%1”, started %2</source>
        <translation>« %1 », commencée le %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="24"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Dans l’opposition %1, certaines réponses étaient illisibles (%2) et ont été laissées de côté ; le reste est là.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="34"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>L’opposition %1 utilise quelque chose que cette version ne connaît pas (%2) : elle n’est donc pas affichée. Elle reste dans le fichier pour la version plus récente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="44"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>L’opposition %1 était illisible (%2) et a été mise de côté ; vos autres oppositions sont toutes là.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="53"/>
        <source>Its saved text is kept in %1</source>
        <translation>Son texte enregistré est conservé dans %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être lues&#xa0;: l&apos;assistant repart donc de zéro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="70"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Le fichier endommagé a été conservé ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="75"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Une partie de vos réponses enregistrées n&apos;a pas pu être lue&#xa0;; le reste a été conservé.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="79"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Une copie du fichier d&apos;origine se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="82"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Vos réponses ont été enregistrées par une version plus récente de cet assistant. Elles sont affichées, mais rien ne sera enregistré, pour que le fichier de la version récente reste intact.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="88"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être ouvertes (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Vos réglages étaient illisibles (%1 : %2) : les réglages habituels s’appliquent, et la langue suit celle du système jusqu’à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 est un fichier, là où il faudrait un dossier.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="117"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Le dossier %1 ne peut pas être créé (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="124"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Rien ne peut être enregistré pour l’instant : vos réponses restent en mémoire tant que l’assistant est ouvert. Choisissez un autre dossier avec --data-dir, ou déplacez le fichier.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>As a PDF receipt…</source>
        <translation>En reçu PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="159"/>
        <source>As plain text…</source>
        <translation>En texte simple…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="160"/>
        <source>As JSON (for programs)…</source>
        <translation>En JSON (pour les programmes)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="40"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="41"/>
        <source>Form opened</source>
        <translation>Formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="42"/>
        <source>Sent, code awaited</source>
        <translation>Envoyée, code attendu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Code confirmed</source>
        <translation>Code confirmé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Waiting for Meta</source>
        <translation>En attente de Meta</translation>
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
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="52"/>
        <source>Sent, but the code expired</source>
        <translation>Envoyée, mais le code a expiré</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="56"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Obtenir un nouveau code : appuyez à nouveau sur le bouton d&apos;envoi du formulaire de Meta, puis reprenez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Carry on where you stopped</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="65"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Chercher la réponse de Meta dans vos e-mails</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="67"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Attendre l&apos;e-mail de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="70"/>
        <source>Complain to your data-protection authority</source>
        <translation>Porter plainte auprès de votre autorité de protection des données</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="71"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Rien&#xa0;: c&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="97"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="98"/>
        <source>Email or name</source>
        <translation>E-mail ou nom</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="99"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="100"/>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="101"/>
        <source>What next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="159"/>
        <source>(no email yet)</source>
        <translation>(pas encore d&apos;e-mail)</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="29"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Opposition à l&apos;utilisation d&apos;informations personnelles par Meta pour l&apos;entraînement de son IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="32"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Relevé établi par {app} {version} le {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="33"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Les heures sont indiquées dans le fuseau horaire {zone}, avec leur décalage par rapport à UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="36"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="37"/>
        <source>Name given</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="38"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="39"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="40"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="41"/>
        <source>Form link used</source>
        <translation>Lien du formulaire utilisé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="42"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="43"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Motif envoyé (exactement tel que copié)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="44"/>
        <source>(no reason text was recorded)</source>
        <translation>(aucun texte de motif n&apos;a été enregistré)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="45"/>
        <source>Meta&apos;s answer</source>
        <translation>Réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="46"/>
        <source>(no answer recorded yet)</source>
        <translation>(aucune réponse enregistrée pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="47"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} le {date} (enregistrement&#xa0;: {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="48"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Texte de l&apos;e-mail de Meta, tel que collé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="49"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Dates of each step</source>
        <translation>Date de chaque étape</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="51"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="52"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Date de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="55"/>
        <source>Answer recorded in the app</source>
        <translation>Réponse notée dans l&apos;application</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Facts</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>not yet sent (draft)</source>
        <translation>pas encore envoyée (brouillon)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>form opened</source>
        <translation>formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>submitted</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>code confirmed</source>
        <translation>code confirmé</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>waiting for Meta&apos;s answer</source>
        <translation>en attente de la réponse de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>honoured by Meta</source>
        <translation>acceptée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>refused by Meta</source>
        <translation>refusée par Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>no answer within one month of sending</source>
        <translation>sans réponse un mois après l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>objection started</source>
        <translation>opposition commencée</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>status: {status}</source>
        <translation>état&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>reason text copied for the form</source>
        <translation>texte du motif copié pour le formulaire</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>form link opened</source>
        <translation>lien du formulaire ouvert</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>answers cleared to start over</source>
        <translation>réponses effacées pour recommencer</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/app.py" line="404"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Un problème est survenu et l&apos;application n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="406"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Un problème est survenu et l&apos;application n&apos;a pas pu démarrer.

Les détails techniques sont enregistrés dans ce fichier&#xa0;:
%1

Si vous demandez de l&apos;aide à quelqu&apos;un, vous pouvez lui envoyer ce fichier. Il décrit seulement le problème survenu dans l&apos;application.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="45"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Collez-le avant de fermer cette application&#xa0;: sous Linux, la copie est perdue à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="301"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Copié. Collez-le maintenant dans le formulaire de Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="310"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>La copie n&apos;a pas fonctionné. Sélectionnez le texte à la main et copiez-le vous-même.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="360"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="362"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="364"/>
        <source>Changes the language of every window at once.</source>
        <translation>Change la langue de toutes les fenêtres à la fois.</translation>
    </message>
</context>
</TS>
