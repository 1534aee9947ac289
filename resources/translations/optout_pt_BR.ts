<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="261"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Não foi possível usar os textos da reclamação, então nenhuma reclamação pode ser escrita.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="263"/>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="265"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="268"/>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="50"/>
        <source>Did Meta email you a code?</source>
        <translation>A Meta mandou um código para o seu e-mail?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="53"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Sim, a Meta me mandou um código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="55"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>&amp;Não, a Meta não me mandou código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="101"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Tempo restante para o código da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="121"/>
        <source>Part of the hour that is left</source>
        <translation>Parte da hora que ainda resta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="130"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="273"/>
        <source>I&apos;ve &amp;received the code</source>
        <translation>Recebi o &amp;código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="132"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Já &amp;digitei o código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="145"/>
        <source>Did the email come a while ago? Type when it arrived — a time such as 14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the button. Leave it empty if it has just arrived.</source>
        <translation>O e-mail chegou faz um tempinho? Digite quando ele chegou — um horário, como 14:05, ou há quantos minutos, como 10 — e depois clique no botão. Se ele acabou de chegar, deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="152"/>
        <source>e.g. 14:05 or 10</source>
        <translation>ex.: 14:05 ou 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="153"/>
        <source>When the email with the code arrived</source>
        <translation>Quando chegou o e-mail com o código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="155"/>
        <source>&amp;Time it arrived:</source>
        <translation>&amp;Hora em que chegou:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="338"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Para continuar, peça um novo código e toque em “Recebi um novo código” quando ele chegar, ou responda “Não” acima se a Meta não mandar código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="342"/>
        <source>To go on, press “I&apos;ve received the code” when the email arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Para continuar, toque em “Recebi o código” quando o e-mail chegar, ou responda “Não” acima se a Meta não mandar código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="201"/>
        <source>That time hasn&apos;t come yet. Check the time on the email, or leave the box empty if it has only just arrived.</source>
        <translation>Esse horário ainda não chegou. Confira a hora no e-mail ou deixe o campo em branco se ele acabou de chegar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="205"/>
        <source>That was an hour or more ago, so that code no longer works. Press “Submit” on Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Isso foi há uma hora ou mais, então esse código já não vale. Clique em “Enviar” de novo no formulário da Meta para receber um código novo e depois volte aqui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="211"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago the email came, like 10.</source>
        <translation>Não entendi esse horário. Digite algo como 14:05 ou 14h05, ou então há quantos minutos o e-mail chegou, como 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="271"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Recebi um novo &amp;código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="300"/>
        <source>The code stopped working at %1. That&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, press “I&apos;ve received a new code” below.</source>
        <translation>O código parou de funcionar às %1. Sem problema: volte ao formulário da Meta e clique em “Enviar” de novo. A Meta vai mandar um código novo por e-mail. Quando ele chegar, clique em “Recebi um novo código” aqui embaixo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="308"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Você digitou o código às %1. Muito bem! Clique em “Próximo” para continuar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="330"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Para continuar, responda à pergunta: a Meta mandou um código para o seu e-mail?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="333"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Depois de digitar o código na janela da Meta, clique em “Já digitei o código” para continuar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="350"/>
        <source>Last minute! Type the code into Meta&apos;s window right now. It stops working at %1.</source>
        <translation>Último minuto! Digite o código na janela da Meta agora mesmo. Ele para de funcionar às %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="354"/>
        <source>Hurry: less than 10 minutes left. Type the code into Meta&apos;s window now. It stops working at %1.</source>
        <translation>Corra: faltam menos de 10 minutos. Digite o código na janela da Meta agora. Ele para de funcionar às %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="358"/>
        <source>Time left to type the code into Meta&apos;s window. It works until %1. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Tempo que resta para digitar o código na janela da Meta. Ele vale até as %1. Depois de digitar, clique em “Já digitei o código”.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="207"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>O código da Meta expirou. Você pode pedir um novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="215"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Só resta 1 minuto! Digite o código da Meta agora.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="217"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Restam %1 minutos para digitar o código da Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="250"/>
        <source>Meta&apos;s code</source>
        <translation>Código da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="263"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>O código da Meta expirou às %1. A etapa do código mostra como conseguir um novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="270"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Último minuto: o código da Meta expira em %1! Digite agora.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="274"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Corra: o código da Meta expira em %1. Digite logo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="275"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>O código da Meta expira em %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="282"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>O código da Meta expirou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="287"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Falta %n minuto para digitar o código da Meta, até %1.</numerusform>
            <numerusform>Faltam %n minutos para digitar o código da Meta, até %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="297"/>
        <source>code expired</source>
        <translation>código expirado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="300"/>
        <source>code valid until %1</source>
        <translation>código válido até %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="64"/>
        <source>Complain to your data-protection authority</source>
        <translation>Reclamar à autoridade de proteção de dados</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="70"/>
        <source>Meta refused your objection.</source>
        <translation>A Meta recusou a sua oposição.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="86"/>
        <source>Country you live in</source>
        <translation>País onde você mora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="72"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>A Meta não respondeu à sua oposição no prazo que o assistente considera.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="77"/>
        <source>Your next step is a letter to the data-protection authority of the country you live in. It costs nothing. The text below is written from your record: read it, add your name and postal address at the end, then send it through the authority&apos;s website.</source>
        <translation>Seu próximo passo é uma carta à autoridade de proteção de dados do país onde você mora. Não custa nada. O texto abaixo foi escrito a partir do seu registro: leia, acrescente no final seu nome e endereço postal e envie pelo site da autoridade.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Federal state you live in</source>
        <translation>Estado onde você mora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="94"/>
        <source>Language of the letter</source>
        <translation>Idioma da carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="99"/>
        <source>Which letter</source>
        <translation>Qual carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="105"/>
        <source>Authority&apos;s web page</source>
        <translation>Site da autoridade</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="106"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Abrir a página da autoridade</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="118"/>
        <source>Complaint text</source>
        <translation>Texto da reclamação</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="122"/>
        <source>Co&amp;py the letter</source>
        <translation>C&amp;opiar a carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="132"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="133"/>
        <source>Federal &amp;state:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="135"/>
        <source>Lette&amp;r:</source>
        <translation>Ca&amp;rta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="157"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Texto da carta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="193"/>
        <source>Choose your federal state…</source>
        <translation>Escolha seu estado…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="235"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Escolha seu estado para ver a autoridade dele.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="244"/>
        <source>In Germany, a complaint about Meta goes to the data-protection authority of your federal state. Choose your state above and the letter appears here.</source>
        <translation>Na Alemanha, uma reclamação contra a Meta vai para a autoridade de proteção de dados do seu estado. Escolha seu estado acima e a carta aparecerá aqui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="256"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>O nome da empresa da Meta nesta carta (%1) não pôde ser confirmado em fontes públicas. Confira no formulário da autoridade antes de enviar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="275"/>
        <source>Link checked online on %1.</source>
        <translation>Link verificado on-line em %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="279"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Ninguém verificou este link on-line ainda. Se ele não abrir, pesquise o nome da autoridade.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="286"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Esta autoridade só aceita cartas em: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="292"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Esta autoridade costuma trabalhar em outro idioma. Talvez aceite este; confira na página dela.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="312"/>
        <source>%1. To %2</source>
        <translation>%1. Para %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="128"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="335"/>
        <source>For your safety this link was not opened: it is not the official site of a data-protection authority.</source>
        <translation>Por segurança, este link não foi aberto: ele não é o site oficial de uma autoridade de proteção de dados.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="342"/>
        <source>Your browser should now show the page.</source>
        <translation>A página deve aparecer agora no seu navegador.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="345"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>O navegador não abriu. Copie o link e cole no seu navegador.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="270"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="275"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="57"/>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="61"/>
        <source>Cop&amp;y email</source>
        <translation>Copiar e-mai&amp;l</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="78"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Motivo, para o campo “Conte-nos como esse tratamento afeta você”:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="118"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;E-mail que você usa no %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="121"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>País de residência: escolha “%1” na lista da Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="149"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Para continuar, digite o e-mail que você usa na sua conta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="156"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Um endereço de e-mail precisa ter um @, como em nome@exemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="157"/>
        <source>There is more than one @ in this address.</source>
        <translation>Este endereço tem mais de um @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="158"/>
        <source>Something is missing before the @.</source>
        <translation>Falta alguma coisa antes do @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="159"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Falta alguma coisa depois do @, como exemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>A parte depois do @ parece incompleta; ela costuma ter um ponto, como em exemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>This is far too long to be an email address.</source>
        <translation>Isto é comprido demais para ser um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Isto não parece um endereço de e-mail. Confira, por favor.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="252"/>
        <source>No reason given</source>
        <translation>Nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="254"/>
        <source>You left the reason empty. Newer versions of Meta&apos;s form accept that, so you can go on. A few sentences are still worth it: older forms required them, and they are your record of why you objected. You can come back with Back.</source>
        <translation>Você deixou o motivo em branco. As versões mais novas do formulário da Meta aceitam isso, então você pode continuar. Mesmo assim, vale a pena escrever algumas frases: os formulários antigos exigiam, e elas ficam como registro do porquê da sua oposição. Para escrever agora, clique em “Voltar”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="36"/>
        <source>Show &amp;on my phone…</source>
        <translation>&amp;Passar para o celular…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="40"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Códigos QR do seu e-mail e do seu motivo, para ler com o celular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="43"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Vai preencher o formulário no celular? Leia os textos com a câmera em vez de digitá-los.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="234"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Para caber em um só código, seu motivo precisa perder cerca de %1 caracteres: ele tem %2, e um código comporta %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Está conectado no celular? Aponte a câmera para abrir o formulário nele.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>O código contém:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="78"/>
        <source>the &amp;main link</source>
        <translation>o link &amp;principal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="80"/>
        <source>other link &amp;%1</source>
        <translation>o outro link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="110"/>
        <source>QR code of the form link %1</source>
        <translation>Código QR do link do formulário %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="175"/>
        <source>Name for this objection</source>
        <translation>Nome desta oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="176"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>ex.: “Meu Instagram” ou “Facebook da Ana”</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="179"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="183"/>
        <source>History of this objection</source>
        <translation>Histórico desta oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="188"/>
        <source>Meta&apos;s answer</source>
        <translation>Resposta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="189"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>A Meta &amp;aceitou minha oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="190"/>
        <source>Meta &amp;refused it</source>
        <translation>A Meta &amp;recusou</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="198"/>
        <source>Day Meta answered</source>
        <translation>Dia em que a Meta respondeu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="202"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Texto do e-mail da Meta (opcional)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="203"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Se quiser, cole aqui o e-mail da Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>Sa&amp;ve the answer</source>
        <translation>Sal&amp;var a resposta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-mail da Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="225"/>
        <source>&amp;Carry on in the guide</source>
        <translation>Continuar no &amp;guia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="228"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="229"/>
        <source>&amp;Text…</source>
        <translation>&amp;Texto…</translation>
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
            <numerusform>Pela lei, a Meta tem %n mês para responder, ou até %1 meses a mais se avisar você dentro desse prazo que precisa deles. Quando o e-mail chegar, registre a resposta abaixo.</numerusform>
            <numerusform>Pela lei, a Meta tem %n meses para responder, ou até %1 meses a mais se avisar você dentro desse prazo que precisa deles. Quando o e-mail chegar, registre a resposta abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="329"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>O prazo da Meta para responder acabou, a menos que ela tenha avisado que precisa de mais tempo. Você pode dar o próximo passo; o assistente escreve a carta para você.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="334"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>A lei que se aplica a você não fixa prazo para a Meta responder. Quando o e-mail chegar, registre a resposta abaixo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="338"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>A Meta está há algum tempo sem responder. Você pode dar o próximo passo; o assistente escreve a carta para você.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="216"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Data da resposta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="226"/>
        <source>What now? C&amp;omplain…</source>
        <translation>E agora? &amp;Fazer uma reclamação…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="231"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Le&amp;mbretes para a agenda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>&amp;Delete this objection…</source>
        <translation>E&amp;xcluir esta oposição…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="234"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="236"/>
        <source>Save proof as PDF</source>
        <translation>Salvar comprovante em PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="237"/>
        <source>Save proof as a text file</source>
        <translation>Salvar comprovante como arquivo de texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="238"/>
        <source>Save proof as JSON</source>
        <translation>Salvar comprovante em JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="239"/>
        <source>Save calendar reminders</source>
        <translation>Salvar lembretes para a agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Save proof:</source>
        <translation>Salvar comprovante:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="345"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>A Meta disse não. Você pode reclamar à autoridade de proteção de dados; o assistente escreve a reclamação para você.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="349"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>A Meta aceitou a sua oposição. Guarde o comprovante em um lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="351"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Esta oposição ainda não foi enviada. Continue no guia para terminar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="374"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Primeiro escolha se a Meta aceitou ou recusou.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>O e-mail da Meta tem mais de %1 caracteres. Mantenha a parte com a resposta da Meta e salve de novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="391"/>
        <source>That date is in the future.</source>
        <translation>Essa data ainda não chegou.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="397"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Não dá para registrar esta resposta em uma oposição nessa situação.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="402"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>A resposta foi anotada, mas não pôde ser salva no disco.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="405"/>
        <source>Answer saved.</source>
        <translation>Resposta salva.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="418"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Isto exclui deste computador a oposição da conta %1 (%2): as respostas, o motivo, o histórico e a resposta da Meta. Ela é removida de %3. Os arquivos que você salvou por conta própria continuam onde estão. Não dá para desfazer, e a sua oposição junto à Meta não muda em nada.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="428"/>
        <source>Delete this objection?</source>
        <translation>Excluir esta oposição?</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="22"/>
        <source>What you can do now</source>
        <translation>O que você pode fazer agora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="32"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Salvar &amp;lembretes na agenda…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="33"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Um arquivo de agenda que lembra você de ficar de olho na resposta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="38"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Registrar a resposta da &amp;Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="39"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Anote se a Meta aceitou ou recusou a sua oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="44"/>
        <source>Save the &amp;proof now…</source>
        <translation>Salvar o comprovante &amp;agora…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="45"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Um PDF com as datas, o link e o motivo que você enviou</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="50"/>
        <source>Finish and open the &amp;overview</source>
        <translation>Concluir e abrir o res&amp;umo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="51"/>
        <source>Close this assistant and show all your objections</source>
        <translation>Fecha este assistente e mostra todas as suas oposições</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="26"/>
        <source>&amp;Skip to the form</source>
        <translation>Ir direto para o &amp;formulário</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="30"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Pula as etapas do aviso e do link e vai direto para a página que abre o formulário.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="79"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>&amp;Next &gt;</source>
        <translation>Pró&amp;ximo &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="83"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="243"/>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="323"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – etapa %2 de %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="333"/>
        <source>Start over?</source>
        <translation>Recomeçar?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="335"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Isto apaga todas as respostas que você deu (conta, país, e-mail e motivo) e volta para a primeira página.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="368"/>
        <source>Close without saving?</source>
        <translation>Fechar sem salvar?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Não foi possível salvar suas últimas respostas: o disco está cheio ou não permite gravação. Se você fechar agora, elas serão perdidas. Fechar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="42"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Endereço do formulário, para você colar no navegador:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="44"/>
        <source>Link to the objection form</source>
        <translation>Link do formulário de oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="66"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>O link não funcionou ou a página diz que não está disponível? Tente este:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="80"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Abrir o formulário do %1 no meu navegador</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="101"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Estes links abriram numa verificação on-line em %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="105"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Estes links foram reunidos de fontes públicas em %1 e ainda não foram abertos on-line.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="123"/>
        <source>Co&amp;py link %1</source>
        <translation>Copiar o &amp;link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="124"/>
        <source>Other link %1</source>
        <translation>Outro link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="126"/>
        <source>Op&amp;en</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="128"/>
        <source>Open other link %1</source>
        <translation>Abrir o outro link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="142"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Por segurança, este link não foi aberto: o assistente só abre páginas seguras (https) dos próprios sites da Meta. O arquivo do guia pode ter sido alterado; o README explica como corrigir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="154"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>O formulário deve aparecer agora no seu navegador. Não apareceu nada? Copie o link abaixo e cole na barra de endereço do navegador.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>O navegador não abriu. Copie o link abaixo e cole na barra de endereço do navegador.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="75"/>
        <source>%1 – your objections</source>
        <translation>%1 – suas oposições</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="77"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="99"/>
        <source>Your objections</source>
        <translation>Suas oposições</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="84"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Uma linha para cada conta com oposição. Escolha uma para continuar, ver o histórico e o comprovante ou registrar a resposta da Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="134"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nova oposição…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="136"/>
        <source>Start a new objection</source>
        <translation>Começar uma nova oposição</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="139"/>
        <source>Carry on with the chosen objection</source>
        <translation>Continuar a oposição escolhida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Histórico, resposta e comprovante…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="142"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Abrir o histórico da oposição escolhida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Exportar tudo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="145"/>
        <source>Save proof of all objections</source>
        <translation>Salvar o comprovante de todas as oposições</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Apagar tudo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="148"/>
        <source>Delete every objection from this computer</source>
        <translation>Excluir todas as oposições deste computador</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="222"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Já faz mais de uma semana que você enviou %n oposição. Procure a resposta da Meta no seu e-mail (veja também a pasta de spam) e registre aqui.</numerusform>
            <numerusform>Já faz mais de uma semana que você enviou %n oposições. Procure as respostas da Meta no seu e-mail (veja também a pasta de spam) e registre aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="233"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>A Meta não respondeu a %n oposição no prazo que tem. Abra-a para ver o próximo passo; se a Meta avisou que precisa de mais tempo, espere até lá.</numerusform>
            <numerusform>A Meta não respondeu a %n oposições no prazo que tem. Abra uma delas para ver o próximo passo; se a Meta avisou que precisa de mais tempo, espere até lá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="289"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Isto apaga deste computador %n oposição: a conta, o endereço de e-mail, o texto do motivo, as datas e a resposta da Meta. Estes arquivos serão removidos:</numerusform>
            <numerusform>Isto apaga deste computador todas as %n oposições: contas, endereços de e-mail, textos dos motivos, datas e respostas da Meta. Estes arquivos serão removidos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="296"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Os arquivos que você salvou por conta própria (PDF, texto, agenda) continuam onde estão. Não dá para desfazer. Suas oposições junto à Meta não mudam em nada.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="302"/>
        <source>Forget everything?</source>
        <translation>Apagar tudo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="307"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Alguns arquivos não puderam ser excluídos. Feche outros programas e tente de novo.</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="129"/>
        <source>Continue on your phone</source>
        <translation>Continuar no celular</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="138"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Aponte a câmera do celular para um código: o celular mostra o texto e deixa você copiá-lo, pronto para colar no formulário da Meta. Os códigos só aparecem nesta tela; nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="156"/>
        <source>Show it as several &amp;codes</source>
        <translation>Mostrar em vários &amp;códigos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="158"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Encurtar o motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="160"/>
        <source>&amp;Previous part</source>
        <translation>Parte &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="162"/>
        <source>Ne&amp;xt part</source>
        <translation>&amp;Próxima parte</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="230"/>
        <source>Your email address: %1</source>
        <translation>Seu e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="232"/>
        <source>QR code of your email address %1</source>
        <translation>Código QR do seu e-mail %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="236"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Ainda não há e-mail: digite-o primeiro na página e depois abra isto de novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="247"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Ainda não há motivo: escreva-o primeiro na página e depois abra isto de novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="253"/>
        <source>Your reason (%1 characters):</source>
        <translation>Seu motivo (%1 caracteres):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="257"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Código QR do seu motivo, %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="263"/>
        <source>Your reason</source>
        <translation>Seu motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="267"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Seu motivo é longo demais para um código: tem %1 caracteres, e um código comporta só os primeiros %2. Mostre-o em vários códigos numerados, para ler e colar um depois do outro, ou encurte-o para caber em um código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="282"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Leia os códigos em ordem e cole cada parte logo depois da anterior: juntas, elas formam seu motivo inteiro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="312"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Seu motivo, parte %1/%2 (%3 caracteres):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="319"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Código QR da parte %1 de %2 do seu motivo, %3 caracteres</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="103"/>
        <source>&amp;Help me write it</source>
        <translation>Me &amp;ajude a escrever</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="32"/>
        <source>Tick what applies to you:</source>
        <translation>Marque o que vale para você:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="34"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>F&amp;otos e vídeos meus ou da minha família</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Meus fil&amp;hos aparecem nas minhas publicações</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Meu tra&amp;balho criativo ou profissional (arte, textos, fotografia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="39"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Minhas opi&amp;niões e minha vida privada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Meu rosto, minha ima&amp;gem e minha voz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Nunca concordei com esse &amp;uso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="53"/>
        <source>Tone of the reason</source>
        <translation>Tom do motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="55"/>
        <source>Short</source>
        <translation>Curto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Detailed</source>
        <translation>Detalhado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="63"/>
        <source>Language of the reason</source>
        <translation>Idioma do motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="66"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Tom:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="68"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Idioma do texto:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="70"/>
        <source>&amp;Write the text</source>
        <translation>E&amp;screver o texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="121"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="125"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;fazer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="143"/>
        <source>Copy rea&amp;son</source>
        <translation>&amp;Copiar o motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="147"/>
        <source>Copy the reason (%1)</source>
        <translation>Copiar o motivo (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="154"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>Mostrar exatamente o &amp;que será copiado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="168"/>
        <source>What will be copied</source>
        <translation>O que será copiado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="272"/>
        <source>Replace your text?</source>
        <translation>Substituir o seu texto?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="274"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Você mudou o texto da caixa. Quer trocá-lo por um texto novo, feito a partir das suas escolhas? (“Desfazer” traz a sua versão de volta.)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="309"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>O seu texto foi mantido. Clique em “Escrever o texto” para trocá-lo por um novo, feito a partir destas escolhas.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="335"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Não foi possível ler os textos prontos (%1). Você ainda pode digitar o seu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Não foi possível ler os textos em %1, então o inglês será usado no lugar. Arquivo: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="389"/>
        <source>1 character</source>
        <translation>1 caractere</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="390"/>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>Quite short: %1 characters. In 2024 Meta&apos;s form refused reasons under about 100 characters, and said so only after the code step. A sentence or two more makes it safe.</source>
        <translation>Está bem curto: %1 caracteres. Em 2024, o formulário da Meta recusava motivos com menos de uns 100 caracteres, e só avisava isso depois da etapa do código. Com mais uma ou duas frases, você fica tranquilo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="32"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>Está muito longo. Alguns parágrafos claros são mais fáceis de ler para a equipe da Meta, e formulários na internet às vezes cortam textos longos.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="408"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>O motivo está em branco, então ainda não há nada para copiar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="414"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Não deu para copiar. O texto já está selecionado: copie pelo menu ou pelo teclado.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Seu motivo foi copiado (%1 caracteres). Cole no campo “Conte-nos como esse tratamento afeta você” do formulário da Meta (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="49"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Seu motivo salvo tem mais de %1 caracteres, então só o começo aparece. O texto inteiro continua salvo até você mudá-lo aqui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="71"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Um motivo pode ter no máximo %1 caracteres, então o texto depois disso ficou de fora. Alguns parágrafos claros bastam.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="117"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link para o formulário da Meta sobre informações obtidas de outros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="131"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Pela lei (%1), a Meta deve responder em até %n mês. Ela só pode levar até %2 meses a mais se avisar você disso dentro desse primeiro prazo.</numerusform>
            <numerusform>Pela lei (%1), a Meta deve responder em até %n meses. Ela só pode levar até %2 meses a mais se avisar você disso dentro desse primeiro prazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="140"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>A lei que se aplica a você (%1) não fixa prazo para a Meta responder. Se nada chegar depois de %n mês, o assistente sugere o próximo passo.</numerusform>
            <numerusform>A lei que se aplica a você (%1) não fixa prazo para a Meta responder. Se nada chegar depois de %n meses, o assistente sugere o próximo passo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Não foi possível abrir suas oposições salvas, então nada será salvo por enquanto: o arquivo fica exatamente como está. Feche o assistente, verifique se a pasta de dados pode ser lida e abra-o de novo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Estas respostas vêm de uma versão mais nova deste assistente, então nada é salvo aqui: o arquivo da versão mais nova fica como está.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 é um arquivo, onde deveria haver uma pasta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>não é possível gravar na pasta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>o sistema recusou (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Não foi possível salvar suas respostas: %1. Nada se perde enquanto esta janela ficar aberta, e o assistente tenta de novo a cada poucos segundos.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="38"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="91"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="92"/>
        <source>current step</source>
        <translation>etapa atual</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="93"/>
        <source>to come</source>
        <translation>a seguir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="96"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Etapa %1 de %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="104"/>
        <source>Go back to this step</source>
        <translation>Voltar para esta etapa</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="41"/>
        <source>Which account do you want to object for?</source>
        <translation>Para qual conta você quer fazer a oposição?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="56"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Onde você mora?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>Choose your country</source>
        <translation>Escolha seu país</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="60"/>
        <source>Country where you live</source>
        <translation>País onde você mora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="128"/>
        <source>choose an account</source>
        <translation>escolha uma conta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="130"/>
        <source>choose your country</source>
        <translation>escolha seu país</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source>To go on, %1.</source>
        <translation>Para continuar, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="20"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Confira seu e-mail: resposta da Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="21"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Há uma semana você enviou à Meta sua oposição ao treinamento de IA para {what}. Procure a resposta da Meta nessa caixa de entrada (e na pasta de spam) e depois registre-a no {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="29"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Acabou o prazo de um mês para a Meta responder ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="30"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>A lei dava à Meta um mês para responder à sua oposição para {what}, enviada em {sent}. Ela só pode levar até dois meses a mais se tiver avisado você dentro desse mês. Sem resposta ou com uma recusa? Abra o {app}: ele ajuda você a escrever uma reclamação para a autoridade de proteção de dados do seu país.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="39"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Hora de ver como está sua oposição ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="40"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Você enviou sua oposição para {what} em {sent}. A lei de onde você mora não dá à Meta um prazo fixo para responder, mas, se nada chegou até agora, abra o {app}: ele mostra o que você pode fazer em seguida.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="46"/>
        <source>your account</source>
        <translation>sua conta</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/app.py" line="317"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Não foi possível usar um arquivo que vem com o app, então esta parte não funciona. Suas respostas até aqui estão salvas.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="323"/>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="325"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="328"/>
        <source>Something unexpected went wrong. Your answers so far are saved.

If it happens again, the technical details are in this file:
%1</source>
        <translation>Aconteceu um erro inesperado. As respostas que você deu até agora estão salvas.

Se acontecer de novo, os detalhes técnicos estão neste arquivo:
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
        <translation>Salvar comprovante em PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Arquivo de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Salvar comprovante como texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>Arquivo JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Salvar comprovante em JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <source>Calendar file (*.ics)</source>
        <translation>Arquivo de agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Salvar lembretes para a agenda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="132"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Não foi possível salvar (%1). Tente outra pasta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="40"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Alguns textos muito longos aparecem encurtados aqui. Seu arquivo os guarda inteiros, e as exportações em PDF, texto e JSON os mostram completos.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="19"/>
        <source>without a name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="20"/>
        <source>“%1”, started %2</source>
        <translation>“%1”, iniciada em %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="24"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>Na objeção %1 algumas respostas não puderam ser lidas (%2) e ficaram de fora; o resto está aqui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="34"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>A objeção %1 usa algo que esta versão não conhece (%2), então não aparece. Ela continua no arquivo para a versão mais nova.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="44"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>A objeção %1 não pôde ser lida (%2), então foi posta de lado; todas as suas outras objeções estão aqui.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="53"/>
        <source>Its saved text is kept in %1</source>
        <translation>O texto salvo dela está guardado em %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Não foi possível ler as respostas salvas, então o assistente vai começar do zero.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="70"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>The damaged file was kept here: %1</source>
        <translation>O arquivo danificado foi guardado aqui: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="75"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Uma parte das respostas salvas não pôde ser lida; o resto foi mantido.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="79"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Há uma cópia do arquivo original aqui: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="82"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Suas respostas foram salvas por uma versão mais nova deste assistente. Elas aparecem aqui, mas nada será salvo, para que o arquivo da versão mais nova continue intacto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="88"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Não foi possível abrir as respostas salvas (%1). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Não foi possível ler suas configurações (%1: %2), então as de sempre valem: o idioma segue o do sistema até você escolher um.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 é um arquivo, onde deveria haver uma pasta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="117"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Não é possível criar a pasta %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="124"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Por enquanto nada pode ser salvo: suas respostas ficam na memória enquanto o assistente estiver aberto. Escolha outra pasta com --data-dir ou tire o arquivo dali.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>As a PDF receipt…</source>
        <translation>Como comprovante em PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="159"/>
        <source>As plain text…</source>
        <translation>Como texto simples…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="160"/>
        <source>As JSON (for programs)…</source>
        <translation>Como JSON (para programas)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="40"/>
        <source>Not sent yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="41"/>
        <source>Form opened</source>
        <translation>Formulário aberto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="42"/>
        <source>Sent, code awaited</source>
        <translation>Enviada, aguardando o código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Code confirmed</source>
        <translation>Código confirmado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Waiting for Meta</source>
        <translation>Aguardando a Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Aceita pela Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Recusada pela Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Sem resposta no prazo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="52"/>
        <source>Sent, but the code expired</source>
        <translation>Enviada, mas o código expirou</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="56"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Peça um código novo: toque de novo no botão de enviar do formulário da Meta e continue</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Carry on where you stopped</source>
        <translation>Continuar de onde parou</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="65"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Procurar a resposta da Meta no e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="67"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Esperar o e-mail da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="70"/>
        <source>Complain to your data-protection authority</source>
        <translation>Reclamar à autoridade de proteção de dados</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="71"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nada: está tudo feito</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Not chosen</source>
        <translation>Não escolhida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="97"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="98"/>
        <source>Email or name</source>
        <translation>E-mail ou nome</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="99"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="100"/>
        <source>Last step</source>
        <translation>Última etapa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="101"/>
        <source>What next</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="159"/>
        <source>(no email yet)</source>
        <translation>(ainda sem e-mail)</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="29"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Oposição ao uso de informações pessoais pela Meta para treinar IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="32"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Registro feito pelo {app} {version} em {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="33"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Os horários estão no fuso horário {zone}, com a diferença em relação ao UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="36"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="37"/>
        <source>Name given</source>
        <translation>Nome informado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="38"/>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="39"/>
        <source>Country of residence</source>
        <translation>País de residência</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="40"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="41"/>
        <source>Form link used</source>
        <translation>Link do formulário usado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="42"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="43"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Motivo enviado (exatamente como foi copiado)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="44"/>
        <source>(no reason text was recorded)</source>
        <translation>(nenhum texto de motivo foi registrado)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="45"/>
        <source>Meta&apos;s answer</source>
        <translation>Resposta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="46"/>
        <source>(no answer recorded yet)</source>
        <translation>(nenhuma resposta registrada até agora)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="47"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} em {date} (registrado em {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="48"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Texto do e-mail da Meta, como foi colado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="49"/>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Dates of each step</source>
        <translation>Data de cada etapa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="51"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="52"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Data da resposta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="55"/>
        <source>Answer recorded in the app</source>
        <translation>Resposta registrada no app</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Facts</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>not yet sent (draft)</source>
        <translation>ainda não enviada (rascunho)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>form opened</source>
        <translation>formulário aberto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>code confirmed</source>
        <translation>código confirmado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>waiting for Meta&apos;s answer</source>
        <translation>aguardando a resposta da Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>honoured by Meta</source>
        <translation>aceita pela Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>refused by Meta</source>
        <translation>recusada pela Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>no answer within one month of sending</source>
        <translation>sem resposta um mês após o envio</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>objection started</source>
        <translation>oposição iniciada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>status: {status}</source>
        <translation>situação: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>reason text copied for the form</source>
        <translation>texto do motivo copiado para o formulário</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>form link opened</source>
        <translation>link do formulário aberto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>answers cleared to start over</source>
        <translation>respostas apagadas para recomeçar</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/app.py" line="404"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Algo deu errado e o aplicativo não conseguiu abrir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="406"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Algo deu errado e o aplicativo não conseguiu abrir.

Os detalhes técnicos foram salvos neste arquivo:
%1

Se você pedir ajuda a alguém, pode mandar esse arquivo. Ele só descreve o problema dentro do aplicativo.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="45"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Cole antes de fechar este aplicativo: no Linux, o que foi copiado se perde quando ele fecha.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="301"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Copiado. Agora cole no formulário da Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="310"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Não deu para copiar. Selecione o texto com o mouse e copie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="360"/>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="362"/>
        <source>Language of the app</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="364"/>
        <source>Changes the language of every window at once.</source>
        <translation>Muda o idioma de todas as janelas de uma vez.</translation>
    </message>
</context>
</TS>
