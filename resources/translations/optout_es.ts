<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="261"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>No se han podido usar los textos de la reclamación, así que no se puede redactar ninguna.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="263"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="265"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="268"/>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="50"/>
        <source>Did Meta email you a code?</source>
        <translation>¿Meta te envió un código por correo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="53"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>Sí, Meta me &amp;mandó un código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="55"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>No, Meta no me mandó ningún &amp;código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="101"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Tiempo que le queda al código de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="121"/>
        <source>Part of the hour that is left</source>
        <translation>Parte de la hora que queda</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="130"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="273"/>
        <source>I&apos;ve &amp;received the code</source>
        <translation>Ya &amp;tengo el código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="132"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>Ya he &amp;escrito el código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="145"/>
        <source>Did the email come a while ago? Type when it arrived — a time such as 14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the button. Leave it empty if it has just arrived.</source>
        <translation>¿El correo llegó hace un rato? Escribe cuándo llegó —una hora, como 14:05 o 2:05 pm, o cuántos minutos hace, como 10— y pulsa el botón. Si acaba de llegar, deja la casilla vacía.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="152"/>
        <source>e.g. 14:05 or 10</source>
        <translation>p. ej., 14:05 o 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="153"/>
        <source>When the email with the code arrived</source>
        <translation>Cuándo llegó el correo con el código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="155"/>
        <source>&amp;Time it arrived:</source>
        <translation>&amp;Hora de llegada:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="338"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Para seguir, pide un código nuevo y pulsa «Ya tengo un código nuevo» cuando llegue, o responde «No» arriba si Meta no manda ningún código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="342"/>
        <source>To go on, press “I&apos;ve received the code” when the email arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Para seguir, pulsa «Ya tengo el código» cuando llegue el correo, o responde «No» arriba si Meta no manda ningún código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="201"/>
        <source>That time hasn&apos;t come yet. Check the time on the email, or leave the box empty if it has only just arrived.</source>
        <translation>Esa hora todavía no ha llegado. Mira la hora que aparece en el correo, o deja la casilla vacía si acaba de llegar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="205"/>
        <source>That was an hour or more ago, so that code no longer works. Press “Submit” on Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Eso fue hace una hora o más, así que ese código ya no sirve. Pulsa otra vez «Enviar» en el formulario de Meta para recibir un código nuevo y después regresa aquí.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="211"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago the email came, like 10.</source>
        <translation>No entiendo esa hora. Escríbela así: 14:05 o 2:05 pm. También puedes escribir cuántos minutos hace que llegó el correo, por ejemplo 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="271"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>Ya &amp;tengo un código nuevo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="300"/>
        <source>The code stopped working at %1. That&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, press “I&apos;ve received a new code” below.</source>
        <translation>El código dejó de funcionar a las %1. No pasa nada: vuelve al formulario de Meta y pulsa otra vez «Enviar». Meta te mandará un código nuevo por correo. Cuando te llegue, pulsa «Ya tengo un código nuevo», aquí abajo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="308"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Escribiste el código a las %1. ¡Bien hecho! Pulsa «Siguiente» para continuar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="330"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Para seguir, responde a la pregunta: ¿Meta te envió un código por correo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="333"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Cuando hayas escrito el código en la ventana de Meta, pulsa «Ya he escrito el código» para continuar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="350"/>
        <source>Last minute! Type the code into Meta&apos;s window right now. It stops working at %1.</source>
        <translation>¡Último minuto! Escribe ya el código en la ventana de Meta. Deja de funcionar a las %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="354"/>
        <source>Hurry: less than 10 minutes left. Type the code into Meta&apos;s window now. It stops working at %1.</source>
        <translation>Date prisa: quedan menos de 10 minutos. Escribe ahora el código en la ventana de Meta. Deja de funcionar a las %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="358"/>
        <source>Time left to type the code into Meta&apos;s window. It works until %1. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Tiempo que te queda para escribir el código en la ventana de Meta. Sirve hasta las %1. Cuando lo hayas escrito, pulsa «Ya he escrito el código».</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="207"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>El código de Meta ha caducado. Puedes pedir otro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="215"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>¡Solo queda 1 minuto! Escribe ya el código de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="217"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Quedan %1 minutos para escribir el código de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="250"/>
        <source>Meta&apos;s code</source>
        <translation>Código de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="263"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>El código de Meta caducó a las %1. En el paso del código verás cómo conseguir otro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="270"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Último minuto: ¡el código de Meta caduca en %1! Escríbelo ya.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="274"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Date prisa: el código de Meta caduca en %1. Escríbelo pronto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="275"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>El código de Meta caduca en %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="282"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>El código de Meta ha caducado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="287"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Queda %n minuto para escribir el código de Meta, hasta las %1.</numerusform>
            <numerusform>Quedan %n minutos para escribir el código de Meta, hasta las %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="297"/>
        <source>code expired</source>
        <translation>código caducado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="300"/>
        <source>code valid until %1</source>
        <translation>código válido hasta las %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="64"/>
        <source>Complain to your data-protection authority</source>
        <translation>Reclamar ante tu autoridad de protección de datos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="70"/>
        <source>Meta refused your objection.</source>
        <translation>Meta rechazó tu oposición.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="86"/>
        <source>Country you live in</source>
        <translation>País donde vives</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="72"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta no ha respondido a su oposición en el plazo que prevé el asistente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="77"/>
        <source>Your next step is a letter to the data-protection authority of the country you live in. It costs nothing. The text below is written from your record: read it, add your name and postal address at the end, then send it through the authority&apos;s website.</source>
        <translation>El siguiente paso es una carta a la autoridad de protección de datos del país donde vive. No cuesta nada. El texto de abajo se ha escrito a partir de su registro: léalo, añada al final su nombre y su dirección postal y envíelo a través del sitio web de la autoridad.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Federal state you live in</source>
        <translation>Estado federado donde vive</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="94"/>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="99"/>
        <source>Which letter</source>
        <translation>Qué carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="105"/>
        <source>Authority&apos;s web page</source>
        <translation>Página web de la autoridad</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="106"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Abrir la página de la autoridad</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="118"/>
        <source>Complaint text</source>
        <translation>Texto de la reclamación</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="122"/>
        <source>Co&amp;py the letter</source>
        <translation>Copiar &amp;la carta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="132"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="133"/>
        <source>Federal &amp;state:</source>
        <translation>&amp;Estado federado:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="135"/>
        <source>Lette&amp;r:</source>
        <translation>Ca&amp;rta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="157"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Texto de la carta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="193"/>
        <source>Choose your federal state…</source>
        <translation>Elija su estado federado…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="235"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Elija su estado federado para ver su autoridad.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="244"/>
        <source>In Germany, a complaint about Meta goes to the data-protection authority of your federal state. Choose your state above and the letter appears here.</source>
        <translation>En Alemania, una reclamación contra Meta va a la autoridad de protección de datos de su estado federado. Elija su estado arriba y la carta aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="256"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>El nombre de la empresa de Meta en esta carta (%1) no se ha podido confirmar en fuentes públicas. Compruébelo en el formulario de la autoridad antes de enviarla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="275"/>
        <source>Link checked online on %1.</source>
        <translation>Enlace comprobado en línea el %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="279"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Nadie ha comprobado todavía este enlace en línea. Si no se abre, busque el nombre de la autoridad.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="286"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Esta autoridad solo acepta cartas en: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="292"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Esta autoridad suele trabajar en otro idioma. Puede que acepte este; compruébelo en su página.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="312"/>
        <source>%1. To %2</source>
        <translation>%1. A %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="128"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="335"/>
        <source>For your safety this link was not opened: it is not the official site of a data-protection authority.</source>
        <translation>Por tu seguridad, este enlace no se ha abierto: no es la web oficial de una autoridad de protección de datos.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="342"/>
        <source>Your browser should now show the page.</source>
        <translation>Ahora deberías ver la página en tu navegador.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="345"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>El navegador no se ha abierto. Copia el enlace y pégalo en tu navegador.</translation>
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
        <translation>Copiar: %1</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="57"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="61"/>
        <source>Cop&amp;y email</source>
        <translation>C&amp;opiar correo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="78"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Motivo, para «Explícanos cómo te afecta este tratamiento»:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="118"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;Correo electrónico que usas en %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="121"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>País de residencia: elige «%1» en la lista de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="149"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Para continuar, escribe el correo electrónico que usas en tu cuenta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="156"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Un correo electrónico necesita una @, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="157"/>
        <source>There is more than one @ in this address.</source>
        <translation>Esta dirección tiene más de una @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="158"/>
        <source>Something is missing before the @.</source>
        <translation>Falta algo antes de la @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="159"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Falta algo después de la @, por ejemplo ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Lo que va después de la @ parece incompleto; suele llevar un punto, como en ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>This is far too long to be an email address.</source>
        <translation>Es demasiado largo para ser un correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>Esto no parece un correo electrónico. Revísalo, por favor.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="252"/>
        <source>No reason given</source>
        <translation>Sin motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="254"/>
        <source>You left the reason empty. Newer versions of Meta&apos;s form accept that, so you can go on. A few sentences are still worth it: older forms required them, and they are your record of why you objected. You can come back with Back.</source>
        <translation>Has dejado el motivo vacío. Las versiones más nuevas del formulario de Meta lo aceptan, así que puedes continuar. Aun así, vale la pena escribir unas frases: los formularios antiguos las exigían y te sirven para recordar por qué te opusiste. Puedes volver aquí con «Atrás».</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="36"/>
        <source>Show &amp;on my phone…</source>
        <translation>Mostrar en mi te&amp;léfono…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="40"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Códigos QR de su correo electrónico y de su motivo, para escanear con el teléfono</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="43"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>¿Rellena el formulario en el teléfono? Escanee los textos en vez de escribirlos.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="234"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Para caber en un solo código, su motivo tiene que perder unos %1 caracteres: tiene %2 y un código admite %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>¿Ha iniciado sesión en el teléfono? Escanee esto con su cámara para abrir allí el formulario.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>El código contiene:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="78"/>
        <source>the &amp;main link</source>
        <translation>el enlace &amp;principal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="80"/>
        <source>other link &amp;%1</source>
        <translation>el otro enlace &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="110"/>
        <source>QR code of the form link %1</source>
        <translation>Código QR del enlace al formulario %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="175"/>
        <source>Name for this objection</source>
        <translation>Nombre de esta oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="176"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>p. ej., «Mi Instagram» o «El Facebook de Alex»</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="179"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="183"/>
        <source>History of this objection</source>
        <translation>Historial de esta oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="188"/>
        <source>Meta&apos;s answer</source>
        <translation>Respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="189"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta &amp;aceptó mi oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="190"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta la &amp;rechazó</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="198"/>
        <source>Day Meta answered</source>
        <translation>Día en que respondió Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="202"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Texto del correo de Meta (opcional)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="203"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Si quieres, pega aquí el correo de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Guardar la respuesta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;Correo de Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="225"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Seguir con la guía</translation>
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
            <numerusform>Por ley, Meta tiene %n mes para responder, o hasta %1 meses más si le comunica dentro de ese plazo que los necesita. Cuando llegue su correo, anote la respuesta abajo.</numerusform>
            <numerusform>Por ley, Meta tiene %n meses para responder, o hasta %1 meses más si le comunica dentro de ese plazo que los necesita. Cuando llegue su correo, anote la respuesta abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="329"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>El plazo de Meta para responder ha terminado, salvo que le haya comunicado que necesita más tiempo. Puede dar el siguiente paso; el asistente le escribe la carta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="334"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>La ley que se le aplica no fija a Meta ningún plazo para responder. Cuando llegue su correo, anote la respuesta abajo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="338"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta lleva tiempo sin responder. Puede dar el siguiente paso; el asistente le escribe la carta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="216"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Fecha de la respuesta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="226"/>
        <source>What now? C&amp;omplain…</source>
        <translation>¿Y ahora? Rec&amp;lamar…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="231"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Recordatorios de calen&amp;dario…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>&amp;Delete this objection…</source>
        <translation>&amp;Borrar esta oposición…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="234"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="236"/>
        <source>Save proof as PDF</source>
        <translation>Guardar el comprobante en PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="237"/>
        <source>Save proof as a text file</source>
        <translation>Guardar el comprobante como archivo de texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="238"/>
        <source>Save proof as JSON</source>
        <translation>Guardar el comprobante en JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="239"/>
        <source>Save calendar reminders</source>
        <translation>Guardar recordatorios de calendario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Save proof:</source>
        <translation>Guardar el comprobante:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="345"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta ha dicho que no. Puedes reclamar ante tu autoridad de protección de datos; el asistente te escribe la reclamación.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="349"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta aceptó tu oposición. Guarda el comprobante en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="351"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Esta oposición aún no se ha enviado. Sigue con la guía para terminarla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="374"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Elige primero si Meta aceptó o rechazó tu oposición.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>El correo de Meta tiene más de %1 caracteres. Deja la parte con la respuesta de Meta y vuelve a guardar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="391"/>
        <source>That date is in the future.</source>
        <translation>Esa fecha todavía no ha llegado.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="397"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>No se puede anotar esta respuesta en una oposición que está en este punto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="402"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>La respuesta está anotada, pero no se ha podido guardar en el disco.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="405"/>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="418"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Esto borra de este ordenador la oposición de %1 (%2): tus respuestas, el texto del motivo, el historial y la respuesta de Meta. Se elimina de %3. Los archivos que guardaste por tu cuenta no se tocan. No se puede deshacer, y no afecta a tu oposición ante Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="428"/>
        <source>Delete this objection?</source>
        <translation>¿Borrar esta oposición?</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="22"/>
        <source>What you can do now</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="32"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Guardar &amp;recordatorios de calendario…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="33"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Un archivo de calendario que te recuerda estar atento a la respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="38"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Anotar la res&amp;puesta de Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="39"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Anota si Meta aceptó o rechazó tu oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="44"/>
        <source>Save the &amp;proof now…</source>
        <translation>Guardar el compro&amp;bante ahora…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="45"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>Un PDF con las fechas, el enlace y el motivo que enviaste</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="50"/>
        <source>Finish and open the &amp;overview</source>
        <translation>Terminar y abrir la vista &amp;general</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="51"/>
        <source>Close this assistant and show all your objections</source>
        <translation>Cierra este asistente y muestra todas tus oposiciones</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="26"/>
        <source>&amp;Skip to the form</source>
        <translation>&amp;Saltar al formulario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="30"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Salta los pasos del aviso y del enlace y va directamente a la página que abre el formulario.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="79"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Volver a empezar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="83"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="243"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="323"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – paso %2 de %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="333"/>
        <source>Start over?</source>
        <translation>¿Volver a empezar?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="335"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Se borran todas tus respuestas (cuenta, país, correo y motivo) y vuelves a la primera página.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="368"/>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Tus últimas respuestas no se han podido guardar: el disco está lleno o no se puede escribir en él. Si cierras ahora, se perderán. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="42"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Dirección del formulario, por si prefieres pegarla tú en el navegador:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="44"/>
        <source>Link to the objection form</source>
        <translation>Enlace al formulario de oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="66"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>¿El enlace no funciona o la página dice que no está disponible? Prueba con este:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="80"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>Abrir el &amp;formulario de %1 en mi navegador</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="101"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Estos enlaces se abrieron en una comprobación en línea el %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="105"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Estos enlaces se recopilaron de fuentes públicas el %1 y todavía no se han abierto en línea.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="123"/>
        <source>Co&amp;py link %1</source>
        <translation>Copiar el en&amp;lace %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="124"/>
        <source>Other link %1</source>
        <translation>Otro enlace %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="126"/>
        <source>Op&amp;en</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="128"/>
        <source>Open other link %1</source>
        <translation>Abrir otro enlace %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="142"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Por tu seguridad, este enlace no se ha abierto: el asistente solo abre páginas seguras (https) de los sitios propios de Meta. Puede que alguien haya cambiado el archivo de la guía; en el README se explica cómo arreglarlo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="154"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Ahora deberías ver el formulario en tu navegador. ¿No aparece nada? Copia el enlace de abajo y pégalo en la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>El navegador no se ha abierto. Copia el enlace de abajo y pégalo en la barra de direcciones del navegador.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="75"/>
        <source>%1 – your objections</source>
        <translation>%1 – tus oposiciones</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="77"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="99"/>
        <source>Your objections</source>
        <translation>Tus oposiciones</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="84"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Una línea por cada cuenta con la que te opusiste. Elige una para continuar, ver su historial y su comprobante, o anotar la respuesta de Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="134"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nueva oposición…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="136"/>
        <source>Start a new objection</source>
        <translation>Empezar una nueva oposición</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="139"/>
        <source>Carry on with the chosen objection</source>
        <translation>Continuar con la oposición elegida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Historial, respuesta y comprobante…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="142"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Abrir el historial de la oposición elegida</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="145"/>
        <source>Save proof of all objections</source>
        <translation>Guardar el comprobante de todas las oposiciones</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Olvidarlo todo…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="148"/>
        <source>Delete every objection from this computer</source>
        <translation>Borrar todas las oposiciones de este ordenador</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="222"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Hace más de una semana que enviaste %n oposición. Busca la respuesta de Meta en tu correo (y en la carpeta de spam) y luego anótala aquí.</numerusform>
            <numerusform>Hace más de una semana que enviaste %n oposiciones. Busca la respuesta de Meta en tu correo (y en la carpeta de spam) y luego anótala aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="233"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta no ha respondido a %n oposición en el plazo que tiene. Ábrala para ver el siguiente paso; si Meta le comunicó que necesita más tiempo, espere hasta entonces.</numerusform>
            <numerusform>Meta no ha respondido a %n oposiciones en el plazo que tiene. Abra una para ver el siguiente paso; si Meta le comunicó que necesita más tiempo, espere hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="289"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Esto borra %n oposición guardada en este ordenador: la cuenta, el correo electrónico, el texto del motivo, las fechas y la respuesta de Meta. Se eliminan estos archivos:</numerusform>
            <numerusform>Esto borra las %n oposiciones guardadas en este ordenador: cuentas, correos electrónicos, textos de motivos, fechas y respuestas de Meta. Se eliminan estos archivos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="296"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Los archivos que guardaste por tu cuenta (PDF, texto, calendario) se quedan donde los pusiste. No se puede deshacer. Esto no afecta a tus oposiciones ante Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="302"/>
        <source>Forget everything?</source>
        <translation>¿Olvidarlo todo?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="307"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>No se han podido borrar algunos archivos. Cierra los demás programas y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="129"/>
        <source>Continue on your phone</source>
        <translation>Continuar en el teléfono</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="138"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Apunte la cámara del teléfono a un código: el teléfono muestra el texto y le deja copiarlo para pegarlo en el formulario de Meta. Los códigos solo se dibujan en esta pantalla; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="156"/>
        <source>Show it as several &amp;codes</source>
        <translation>Mostrar en &amp;varios códigos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="158"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Acortar el motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="160"/>
        <source>&amp;Previous part</source>
        <translation>Parte a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="162"/>
        <source>Ne&amp;xt part</source>
        <translation>Parte &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="230"/>
        <source>Your email address: %1</source>
        <translation>Su correo electrónico: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="232"/>
        <source>QR code of your email address %1</source>
        <translation>Código QR de su correo electrónico %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="236"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Todavía no hay correo electrónico: escríbalo primero en la página y vuelva a abrir esto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="247"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Todavía no hay motivo: escríbalo primero en la página y vuelva a abrir esto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="253"/>
        <source>Your reason (%1 characters):</source>
        <translation>Su motivo (%1 caracteres):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="257"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Código QR de su motivo, %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="263"/>
        <source>Your reason</source>
        <translation>Su motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="267"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Su motivo es demasiado largo para un código: tiene %1 caracteres y un código solo admite los primeros %2. Muéstrelo en varios códigos numerados, para escanearlos y pegarlos uno tras otro, o acórtelo para que quepa en un código.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="282"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Escanee los códigos en orden y pegue cada parte justo detrás de la anterior: juntas forman su motivo completo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="312"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Su motivo, parte %1/%2 (%3 caracteres):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="319"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Código QR de la parte %1 de %2 de su motivo, %3 caracteres</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="103"/>
        <source>&amp;Help me write it</source>
        <translation>A&amp;yúdame a escribirlo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="32"/>
        <source>Tick what applies to you:</source>
        <translation>Marca lo que se aplique a tu caso:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="34"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>&amp;Fotos y vídeos míos o de mi familia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>My &amp;children appear in my posts</source>
        <translation>Mis hi&amp;jos aparecen en mis publicaciones</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Mi tra&amp;bajo creativo o profesional (arte, textos, fotografía)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="39"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Mis opiniones y mi vida p&amp;rivada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Mi cara, mi ima&amp;gen y mi voz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>I never a&amp;greed to this use</source>
        <translation>Nunca acepté este &amp;uso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="53"/>
        <source>Tone of the reason</source>
        <translation>Tono del motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="55"/>
        <source>Short</source>
        <translation>Breve</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Detailed</source>
        <translation>Detallado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="63"/>
        <source>Language of the reason</source>
        <translation>Idioma del motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="66"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="68"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Idioma del texto:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="70"/>
        <source>&amp;Write the text</source>
        <translation>&amp;Escribir el texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="121"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="125"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="143"/>
        <source>Copy rea&amp;son</source>
        <translation>Co&amp;piar motivo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="147"/>
        <source>Copy the reason (%1)</source>
        <translation>Copiar el motivo (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="154"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>Ver e&amp;xactamente lo que se copiará</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="168"/>
        <source>What will be copied</source>
        <translation>Lo que se copiará</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="272"/>
        <source>Replace your text?</source>
        <translation>¿Sustituir tu texto?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="274"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Has cambiado el texto del cuadro. ¿Quieres sustituirlo por uno nuevo hecho con lo que has elegido? (Con «Deshacer» recuperas tu versión).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="309"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Se ha mantenido tu texto. Pulsa «Escribir el texto» para sustituirlo por uno nuevo hecho con lo que has elegido.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="335"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>No se han podido leer los textos preparados (%1). Puedes escribir el tuyo igualmente.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>No se han podido leer los textos en %1, así que se usan los textos en inglés. Archivo: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="389"/>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="390"/>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>Quite short: %1 characters. In 2024 Meta&apos;s form refused reasons under about 100 characters, and said so only after the code step. A sentence or two more makes it safe.</source>
        <translation>Es bastante corto: %1 caracteres. En 2024, el formulario de Meta rechazaba los motivos de menos de unos 100 caracteres, y solo lo decía después del paso del código. Con una o dos frases más, vas sobre seguro.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="32"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>Es muy largo. Unos pocos párrafos claros son más fáciles de leer para el personal de Meta, y los formularios web a veces cortan los textos largos.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="408"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>El motivo está vacío, así que todavía no hay nada que copiar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="414"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>No se ha podido copiar. El texto ya está seleccionado: cópialo tú con el menú o con el teclado.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Motivo copiado (%1 caracteres). Pégalo en el cuadro «Explícanos cómo te afecta este tratamiento» del formulario de Meta (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="49"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Tu motivo guardado tiene más de %1 caracteres, así que solo se muestra el principio. El texto completo sigue guardado hasta que lo cambies aquí.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="71"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Un motivo puede tener como máximo %1 caracteres, así que se ha dejado fuera el resto. Bastan unos párrafos claros.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="117"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Enlace al formulario de Meta para información obtenida de otros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="131"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Según la ley (%1), Meta debe responder en un plazo de %n mes. Solo puede tardar hasta %2 meses más si se lo comunica dentro de ese primer plazo.</numerusform>
            <numerusform>Según la ley (%1), Meta debe responder en un plazo de %n meses. Solo puede tardar hasta %2 meses más si se lo comunica dentro de ese primer plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="140"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>La ley que se le aplica (%1) no fija a Meta ningún plazo para responder. Si no llega nada en %n mes, el asistente le propone el siguiente paso.</numerusform>
            <numerusform>La ley que se le aplica (%1) no fija a Meta ningún plazo para responder. Si no llega nada en %n meses, el asistente le propone el siguiente paso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>No se han podido abrir tus oposiciones guardadas, así que por ahora no se guarda nada: el archivo se queda tal cual. Cierra el asistente, comprueba que la carpeta de datos se puede leer y vuelve a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Estas respuestas vienen de una versión más nueva de este asistente, así que aquí no se guarda nada: el archivo de la versión nueva se queda como está.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 es un archivo donde debería haber una carpeta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>el sistema no lo ha permitido (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>No se han podido guardar tus respuestas: %1. No se pierde nada mientras esta ventana siga abierta, y el asistente lo vuelve a intentar cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="38"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="91"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="92"/>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="93"/>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="96"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Paso %1 de %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="104"/>
        <source>Go back to this step</source>
        <translation>Volver a este paso</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="41"/>
        <source>Which account do you want to object for?</source>
        <translation>¿Con qué cuenta quieres oponerte?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="56"/>
        <source>&amp;Where do you live?</source>
        <translation>¿&amp;Dónde vives?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>Choose your country</source>
        <translation>Elige tu país</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="60"/>
        <source>Country where you live</source>
        <translation>País donde vives</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="128"/>
        <source>choose an account</source>
        <translation>elige una cuenta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="130"/>
        <source>choose your country</source>
        <translation>elige tu país</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source>To go on, %1.</source>
        <translation>Para continuar, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="20"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Mira tu correo: respuesta de Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="21"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Hace una semana enviaste a Meta tu oposición al entrenamiento de IA para {what}. Busca en ese buzón (y en la carpeta de spam) la respuesta de Meta y luego anótala en {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="29"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Se ha acabado el mes que tenía Meta para responder ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="30"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>La ley daba a Meta un mes para responder a tu oposición para {what}, enviada el {sent}. Solo puede tardar hasta dos meses más si te lo dijo dentro de ese mes. ¿Sin respuesta o con un rechazo? Abre {app}: te ayuda a escribir una reclamación a tu autoridad de protección de datos.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="39"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Es momento de revisar tu oposición ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="40"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Enviaste tu oposición para {what} el {sent}. La ley de donde vives no fija a Meta un plazo para responder, pero si aún no ha llegado nada, abre {app}: te muestra qué puedes hacer ahora.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="46"/>
        <source>your account</source>
        <translation>tu cuenta</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/app.py" line="317"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>No se ha podido usar un archivo que viene con la aplicación, así que esta parte no puede funcionar. Tus respuestas hasta ahora están guardadas.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="323"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
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
        <translation>Ha ocurrido algo inesperado. Lo que has respondido hasta ahora está guardado.

Si vuelve a pasar, encontrarás los detalles técnicos en este archivo:
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
        <translation>Guardar el comprobante en PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Archivo de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Guardar el comprobante como texto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Guardar el comprobante en JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Guardar recordatorios de calendario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="132"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>No se ha podido guardar (%1). Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="40"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Algunos textos muy largos se muestran aquí recortados. Tu archivo los guarda enteros, y las exportaciones en PDF, texto y JSON los muestran completos.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="19"/>
        <source>without a name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="20"/>
        <source>“%1”, started %2</source>
        <translation>«%1», empezada el %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="24"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>En la oposición %1 no se pudieron leer algunas respuestas (%2) y se dejaron fuera; el resto está aquí.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="34"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>La oposición %1 usa algo que esta versión no conoce (%2), así que no se muestra. Sigue en el archivo para la versión más nueva.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="44"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>No se pudo leer la oposición %1 (%2), así que se ha apartado; todas tus demás oposiciones están aquí.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="53"/>
        <source>Its saved text is kept in %1</source>
        <translation>Su texto guardado se conserva en %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>No se han podido leer tus respuestas guardadas, así que el asistente empieza de cero.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="70"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>The damaged file was kept here: %1</source>
        <translation>El archivo dañado se ha guardado aquí: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="75"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>No se ha podido leer una parte de tus respuestas guardadas; el resto se ha conservado.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="79"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Aquí tienes una copia del archivo original: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="82"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Tus respuestas se guardaron con una versión más nueva de este asistente. Puedes verlas, pero no se guardará nada, para que el archivo de la versión nueva quede intacto.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="88"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>No se han podido abrir tus respuestas guardadas (%1). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>No se pudo leer tu configuración (%1: %2), así que se usa la habitual: el idioma sigue al del sistema hasta que elijas uno.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 es un archivo donde debería haber una carpeta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="117"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>No se puede crear la carpeta %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="124"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Por ahora no se puede guardar nada: tus respuestas quedan en memoria mientras el asistente esté abierto. Elige otra carpeta con --data-dir o mueve el archivo.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>As a PDF receipt…</source>
        <translation>Como comprobante en PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="159"/>
        <source>As plain text…</source>
        <translation>Como texto sin formato…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="160"/>
        <source>As JSON (for programs)…</source>
        <translation>Como JSON (para programas)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="40"/>
        <source>Not sent yet</source>
        <translation>Aún sin enviar</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="41"/>
        <source>Form opened</source>
        <translation>Formulario abierto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="42"/>
        <source>Sent, code awaited</source>
        <translation>Enviada, falta el código</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Code confirmed</source>
        <translation>Código confirmado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Waiting for Meta</source>
        <translation>Esperando a Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Aceptada por Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Rechazada por Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="52"/>
        <source>Sent, but the code expired</source>
        <translation>Enviada, pero el código caducó</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="56"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Pide un código nuevo: pulsa otra vez el botón de enviar del formulario de Meta y sigue</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Carry on where you stopped</source>
        <translation>Sigue donde lo dejaste</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="65"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Busca en tu correo la respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="67"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Espera el correo de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="70"/>
        <source>Complain to your data-protection authority</source>
        <translation>Reclamar ante tu autoridad de protección de datos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="71"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nada: ya has terminado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="97"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="98"/>
        <source>Email or name</source>
        <translation>Correo o nombre</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="100"/>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="101"/>
        <source>What next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="159"/>
        <source>(no email yet)</source>
        <translation>(aún sin correo)</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="29"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Oposición al uso de información personal por parte de Meta para entrenar su IA</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="32"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Registro elaborado con {app} {version} el {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="33"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Las horas se indican en la zona horaria {zone}, con su diferencia respecto a UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="36"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="37"/>
        <source>Name given</source>
        <translation>Nombre indicado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="38"/>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="39"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="40"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="41"/>
        <source>Form link used</source>
        <translation>Enlace del formulario utilizado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="42"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="43"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Motivo enviado (tal como se copió)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="44"/>
        <source>(no reason text was recorded)</source>
        <translation>(no se registró ningún texto de motivo)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="45"/>
        <source>Meta&apos;s answer</source>
        <translation>Respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="46"/>
        <source>(no answer recorded yet)</source>
        <translation>(aún no se ha registrado ninguna respuesta)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="47"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} el {date} (registrado el {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="48"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Texto del correo de Meta, tal como se pegó</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="49"/>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Dates of each step</source>
        <translation>Fecha de cada paso</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="51"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="52"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Fecha de la respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="55"/>
        <source>Answer recorded in the app</source>
        <translation>Respuesta anotada en la aplicación</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>not yet sent (draft)</source>
        <translation>aún no enviada (borrador)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>form opened</source>
        <translation>formulario abierto</translation>
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
        <translation>a la espera de la respuesta de Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>honoured by Meta</source>
        <translation>aceptada por Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>refused by Meta</source>
        <translation>rechazada por Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>no answer within one month of sending</source>
        <translation>sin respuesta un mes después del envío</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>objection started</source>
        <translation>oposición iniciada</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>status: {status}</source>
        <translation>estado: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>reason text copied for the form</source>
        <translation>texto del motivo copiado para el formulario</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>form link opened</source>
        <translation>enlace del formulario abierto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>answers cleared to start over</source>
        <translation>respuestas borradas para empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/app.py" line="404"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Algo ha fallado y la aplicación no ha podido arrancar.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="406"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Algo ha fallado y la aplicación no ha podido arrancar.

Los detalles técnicos están guardados en este archivo:
%1

Si le pides ayuda a alguien, puedes enviarle ese archivo. Solo describe el problema dentro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="45"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Pégalo antes de cerrar esta aplicación: en Linux, lo copiado se pierde al cerrarla.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="301"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Copiado. Ahora pégalo en el formulario de Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="310"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>No se ha podido copiar. Selecciona el texto a mano y cópialo tú.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="360"/>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="362"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="364"/>
        <source>Changes the language of every window at once.</source>
        <translation>Cambia el idioma de todas las ventanas a la vez.</translation>
    </message>
</context>
</TS>
