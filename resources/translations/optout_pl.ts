<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="261"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Nie udało się użyć tekstów skargi, więc nie można jej napisać.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="263"/>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="265"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="268"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="50"/>
        <source>Did Meta email you a code?</source>
        <translation>Czy Meta przysłała ci kod e-mailem?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="53"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Tak, Meta przysłała mi kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="55"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>&amp;Nie, Meta nie przysłała mi kodu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="101"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Czas, który został na wpisanie kodu od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="121"/>
        <source>Part of the hour that is left</source>
        <translation>Ile zostało z tej godziny</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="130"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="273"/>
        <source>I&apos;ve &amp;received the code</source>
        <translation>&amp;Mam kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="132"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>&amp;Gotowe, kod wpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="145"/>
        <source>Did the email come a while ago? Type when it arrived — a time such as 14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the button. Leave it empty if it has just arrived.</source>
        <translation>E-mail przyszedł już jakiś czas temu? Wpisz, kiedy dotarł — godzinę, na przykład 14:05, albo liczbę minut, które minęły, na przykład 10 — i naciśnij przycisk. Jeśli dopiero co przyszedł, zostaw pole puste.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="152"/>
        <source>e.g. 14:05 or 10</source>
        <translation>np. 14:05 albo 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="153"/>
        <source>When the email with the code arrived</source>
        <translation>Kiedy przyszedł e-mail z kodem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="155"/>
        <source>&amp;Time it arrived:</source>
        <translation>Kiedy p&amp;rzyszedł:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="338"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Aby przejść dalej, poproś o nowy kod i naciśnij „Mam nowy kod”, gdy przyjdzie, albo odpowiedz wyżej „Nie”, jeśli Meta nie przysyła kodu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="342"/>
        <source>To go on, press “I&apos;ve received the code” when the email arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Aby przejść dalej, naciśnij „Mam kod”, gdy przyjdzie e-mail, albo odpowiedz wyżej „Nie”, jeśli Meta nie przysyła kodu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="201"/>
        <source>That time hasn&apos;t come yet. Check the time on the email, or leave the box empty if it has only just arrived.</source>
        <translation>Ta godzina jeszcze nie nadeszła. Sprawdź godzinę w e-mailu albo zostaw pole puste, jeśli wiadomość dopiero co przyszła.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="205"/>
        <source>That was an hour or more ago, so that code no longer works. Press “Submit” on Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>To było godzinę temu lub dawniej, więc ten kod już nie działa. Naciśnij jeszcze raz „Wyślij” w formularzu Meta, żeby dostać nowy kod, i wróć tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="211"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago the email came, like 10.</source>
        <translation>Nie rozumiem tej godziny. Wpisz ją tak: 14:05, albo podaj, ile minut temu przyszedł e-mail, na przykład 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="271"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>&amp;Mam nowy kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="300"/>
        <source>The code stopped working at %1. That&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, press “I&apos;ve received a new code” below.</source>
        <translation>Kod przestał działać o %1. Nic się nie stało: wróć do formularza Meta i znów naciśnij „Wyślij”. Meta wyśle ci e-mailem nowy kod. Kiedy przyjdzie, naciśnij poniżej „Mam nowy kod”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="308"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Kod wpisany o %1. Świetnie! Naciśnij „Dalej”, żeby przejść do następnego kroku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="330"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Aby przejść dalej, odpowiedz na pytanie: czy Meta przysłała ci kod e-mailem?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="333"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Gdy wpiszesz kod w okienku Meta, naciśnij „Gotowe, kod wpisany”, żeby przejść dalej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="350"/>
        <source>Last minute! Type the code into Meta&apos;s window right now. It stops working at %1.</source>
        <translation>Ostatnia minuta! Wpisz kod w okienku Meta od razu. Przestanie działać o %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="354"/>
        <source>Hurry: less than 10 minutes left. Type the code into Meta&apos;s window now. It stops working at %1.</source>
        <translation>Pospiesz się: zostało mniej niż 10 minut. Wpisz teraz kod w okienku Meta. Przestanie działać o %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="358"/>
        <source>Time left to type the code into Meta&apos;s window. It works until %1. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Tyle czasu zostało na wpisanie kodu w okienku Meta. Kod działa do %1. Gdy go wpiszesz, naciśnij „Gotowe, kod wpisany”.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="207"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Kod od Meta wygasł. Możesz poprosić o nowy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="215"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Została tylko minuta! Wpisz teraz kod od Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="217"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Na wpisanie kodu od Meta zostało jeszcze %1 min.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="250"/>
        <source>Meta&apos;s code</source>
        <translation>Kod od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="263"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Kod od Meta wygasł o %1. W kroku z kodem dowiesz się, jak zdobyć nowy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="270"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Ostatnia minuta: kod od Meta wygaśnie za %1! Wpisz go teraz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="274"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Pospiesz się: kod od Meta wygaśnie za %1. Wpisz go jak najszybciej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="275"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Kod od Meta wygaśnie za %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="282"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Kod od Meta wygasł.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="287"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Została %n minuta na wpisanie kodu od Meta, do %1.</numerusform>
            <numerusform>Zostały %n minuty na wpisanie kodu od Meta, do %1.</numerusform>
            <numerusform>Zostało %n minut na wpisanie kodu od Meta, do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="297"/>
        <source>code expired</source>
        <translation>kod wygasł</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_timer.py" line="300"/>
        <source>code valid until %1</source>
        <translation>kod ważny do %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="64"/>
        <source>Complain to your data-protection authority</source>
        <translation>Złóż skargę do urzędu ochrony danych osobowych</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="70"/>
        <source>Meta refused your objection.</source>
        <translation>Meta odrzuciła twój sprzeciw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="86"/>
        <source>Country you live in</source>
        <translation>Kraj, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="72"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta nie odpowiedziała na twój sprzeciw w czasie, na jaki czeka asystent.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="77"/>
        <source>Your next step is a letter to the data-protection authority of the country you live in. It costs nothing. The text below is written from your record: read it, add your name and postal address at the end, then send it through the authority&apos;s website.</source>
        <translation>Kolejny krok to pismo do organu ochrony danych kraju, w którym mieszkasz. Nic to nie kosztuje. Tekst poniżej powstał z twoich zapisanych danych: przeczytaj go, dopisz na końcu imię, nazwisko i adres pocztowy, a potem wyślij przez stronę urzędu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Federal state you live in</source>
        <translation>Kraj związkowy, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="94"/>
        <source>Language of the letter</source>
        <translation>Język pisma</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="99"/>
        <source>Which letter</source>
        <translation>Które pismo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="105"/>
        <source>Authority&apos;s web page</source>
        <translation>Strona internetowa urzędu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="106"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Otwórz stronę urzędu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="118"/>
        <source>Complaint text</source>
        <translation>Treść skargi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="122"/>
        <source>Co&amp;py the letter</source>
        <translation>Kopiuj li&amp;st</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="132"/>
        <source>Countr&amp;y:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="133"/>
        <source>Federal &amp;state:</source>
        <translation>Kraj &amp;związkowy:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="135"/>
        <source>Lette&amp;r:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="157"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Treść listu:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="193"/>
        <source>Choose your federal state…</source>
        <translation>Wybierz kraj związkowy…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="235"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Wybierz kraj związkowy, aby zobaczyć jego urząd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="244"/>
        <source>In Germany, a complaint about Meta goes to the data-protection authority of your federal state. Choose your state above and the letter appears here.</source>
        <translation>W Niemczech skarga na Meta trafia do organu ochrony danych twojego kraju związkowego. Wybierz go powyżej, a pismo pojawi się tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="256"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Nazwy spółki Meta w tym piśmie (%1) nie udało się potwierdzić w publicznych źródłach. Sprawdź ją w formularzu urzędu przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="275"/>
        <source>Link checked online on %1.</source>
        <translation>Link sprawdzony online %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="279"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Nikt jeszcze nie sprawdził tego linku online. Jeśli się nie otwiera, wyszukaj nazwę urzędu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="286"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Ten urząd przyjmuje pisma tylko w językach: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="292"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Ten urząd zwykle pracuje w innym języku. Może jednak przyjąć ten; sprawdź na jego stronie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="312"/>
        <source>%1. To %2</source>
        <translation>%1. Do: %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="128"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="335"/>
        <source>For your safety this link was not opened: it is not the official site of a data-protection authority.</source>
        <translation>Dla twojego bezpieczeństwa ten link nie został otwarty: to nie jest oficjalna strona urzędu ochrony danych osobowych.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="342"/>
        <source>Your browser should now show the page.</source>
        <translation>Przeglądarka powinna teraz pokazać tę stronę.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="345"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Przeglądarka się nie otworzyła. Skopiuj link i wklej go do przeglądarki.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="270"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="275"/>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="57"/>
        <source>name@example.com</source>
        <translation>imie@przyklad.pl</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="61"/>
        <source>Cop&amp;y email</source>
        <translation>Kopiuj &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="78"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Uzasadnienie do pola „Wyjaśnij, jak to przetwarzanie na ciebie wpływa”:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="118"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;Adres e-mail, którego używasz na koncie %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="121"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Kraj zamieszkania: wybierz z listy Meta „%1”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="149"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Aby przejść dalej, wpisz adres e-mail, którego używasz na swoim koncie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="156"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>W adresie e-mail musi być znak @, jak w imie@przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="157"/>
        <source>There is more than one @ in this address.</source>
        <translation>W tym adresie jest więcej niż jeden znak @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="158"/>
        <source>Something is missing before the @.</source>
        <translation>Przed znakiem @ czegoś brakuje.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="159"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Po znaku @ czegoś brakuje, na przykład przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Część po znaku @ wygląda na niepełną; zwykle jest w niej kropka, jak w przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>This is far too long to be an email address.</source>
        <translation>To za długie jak na adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>To nie wygląda na adres e-mail. Sprawdź go, proszę.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="252"/>
        <source>No reason given</source>
        <translation>Brak uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="254"/>
        <source>You left the reason empty. Newer versions of Meta&apos;s form accept that, so you can go on. A few sentences are still worth it: older forms required them, and they are your record of why you objected. You can come back with Back.</source>
        <translation>Pole uzasadnienia jest puste. Nowsze wersje formularza Meta to akceptują, więc możesz iść dalej. Mimo to warto napisać kilka zdań: starsze formularze ich wymagały, a poza tym zostaje ci zapis, dlaczego się sprzeciwiasz. Możesz tu wrócić przyciskiem „Wstecz”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="36"/>
        <source>Show &amp;on my phone…</source>
        <translation>W&amp;yświetl na telefonie…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="40"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Kody QR twojego adresu e-mail i uzasadnienia, do zeskanowania telefonem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="43"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Wypełniasz formularz na telefonie? Zeskanuj teksty zamiast je przepisywać.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="234"/>
        <source>To fit in one code, your reason has to lose about %1 characters: it has %2, one code holds %3 of them.</source>
        <translation>Aby zmieścić się w jednym kodzie, uzasadnienie musi stracić około %1 znaków: ma ich %2, jeden kod mieści %3.</translation>
    </message>
</context>
<context>
    <name>FormLinkCode</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="50"/>
        <source>On your phone? Scan this with its camera to open the form where you are logged in.</source>
        <translation>Konto masz otwarte na telefonie? Zeskanuj ten kod jego aparatem, aby otworzyć formularz na telefonie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="55"/>
        <source>The code holds:</source>
        <translation>Kod zawiera:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="78"/>
        <source>the &amp;main link</source>
        <translation>&amp;główny link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="80"/>
        <source>other link &amp;%1</source>
        <translation>inny link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="110"/>
        <source>QR code of the form link %1</source>
        <translation>Kod QR linku do formularza %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="175"/>
        <source>Name for this objection</source>
        <translation>Nazwa tego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="176"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>np. „Mój Instagram” albo „Facebook Oli”</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="179"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="183"/>
        <source>History of this objection</source>
        <translation>Historia tego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="188"/>
        <source>Meta&apos;s answer</source>
        <translation>Odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="189"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta &amp;uwzględniła mój sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="190"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta go &amp;odrzuciła</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="198"/>
        <source>Day Meta answered</source>
        <translation>Dzień, w którym Meta odpowiedziała</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="202"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Treść e-maila od Meta (nieobowiązkowo)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="203"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Jeśli chcesz, wklej tu e-mail od Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Zapisz odpowiedź</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-mail od Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="225"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Wróć do przewodnika</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="228"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="229"/>
        <source>&amp;Text…</source>
        <translation>&amp;Tekst…</translation>
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
            <numerusform>Zgodnie z prawem Meta ma %n miesiąc na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
            <numerusform>Zgodnie z prawem Meta ma %n miesiące na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
            <numerusform>Zgodnie z prawem Meta ma %n miesięcy na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="329"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Czas Meta na odpowiedź minął, chyba że poinformowała cię, że potrzebuje go więcej. Możesz zrobić kolejny krok; asystent napisze za ciebie pismo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="334"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>Prawo, które cię obejmuje, nie wyznacza Meta stałego terminu odpowiedzi. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="338"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta od dłuższego czasu nie odpowiada. Możesz zrobić kolejny krok; asystent napisze za ciebie pismo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="216"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Data odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="226"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Co dalej? Złóż &amp;skargę…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="231"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Przypomnienia w &amp;kalendarzu…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>&amp;Delete this objection…</source>
        <translation>Usuń ten sp&amp;rzeciw…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="234"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="236"/>
        <source>Save proof as PDF</source>
        <translation>Zapisz dowód jako PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="237"/>
        <source>Save proof as a text file</source>
        <translation>Zapisz dowód jako plik tekstowy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="238"/>
        <source>Save proof as JSON</source>
        <translation>Zapisz dowód jako JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="239"/>
        <source>Save calendar reminders</source>
        <translation>Zapisz przypomnienia do kalendarza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Save proof:</source>
        <translation>Zapisz dowód:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="345"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta odmówiła. Możesz złożyć skargę do urzędu ochrony danych osobowych; asystent przygotuje jej treść za ciebie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="349"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta uwzględniła twój sprzeciw. Przechowuj dowód w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="351"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Ten sprzeciw nie został jeszcze wysłany. Wróć do przewodnika, żeby go dokończyć.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="374"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Najpierw wybierz, czy Meta uwzględniła sprzeciw, czy go odrzuciła.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>E-mail od Meta ma więcej niż %1 znaków. Zostaw fragment z odpowiedzią Meta i zapisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="391"/>
        <source>That date is in the future.</source>
        <translation>Ta data jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="397"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Na tym etapie sprzeciwu nie da się zapisać tej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="402"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>Odpowiedź jest zanotowana, ale nie udało się jej zapisać na dysku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="405"/>
        <source>Answer saved.</source>
        <translation>Odpowiedź zapisana.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="418"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Sprzeciw dla konta %1 (%2) zostanie usunięty z tego komputera: odpowiedzi, treść uzasadnienia, historia i odpowiedź Meta. Zniknie z pliku %3. Pliki zapisane przez ciebie zostaną. Tego nie da się cofnąć, a twój sprzeciw złożony w Meta pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="428"/>
        <source>Delete this objection?</source>
        <translation>Usunąć ten sprzeciw?</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="22"/>
        <source>What you can do now</source>
        <translation>Co możesz teraz zrobić</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="32"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Zapisz p&amp;rzypomnienia w kalendarzu…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="33"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Plik kalendarza, który przypomni o sprawdzeniu odpowiedzi Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="38"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Zapisz &amp;odpowiedź Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="39"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Zapisz, czy Meta przyjęła, czy odrzuciła twój sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="44"/>
        <source>Save the &amp;proof now…</source>
        <translation>Zapisz dowód &amp;teraz…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="45"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>PDF z datami, linkiem i wysłanym uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="50"/>
        <source>Finish and open the &amp;overview</source>
        <translation>Zakończ i otwórz prze&amp;gląd</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="51"/>
        <source>Close this assistant and show all your objections</source>
        <translation>Zamyka tego asystenta i pokazuje wszystkie twoje sprzeciwy</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="26"/>
        <source>&amp;Skip to the form</source>
        <translation>Przejdź &amp;od razu do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="30"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Pomija kroki z powiadomieniem i linkiem i przechodzi do strony, która otwiera formularz.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="79"/>
        <source>Start o&amp;ver</source>
        <translation>Zacznij od &amp;początku</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="83"/>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="243"/>
        <source>Step %1 of %2: %3</source>
        <translation>Krok %1 z %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="323"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – krok %2 z %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="333"/>
        <source>Start over?</source>
        <translation>Zacząć od początku?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="335"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Wszystkie twoje odpowiedzi (konto, kraj, e-mail i uzasadnienie) zostaną wyczyszczone i wrócisz do pierwszej strony.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="368"/>
        <source>Close without saving?</source>
        <translation>Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Nie udało się zapisać ostatnich odpowiedzi: dysk jest pełny albo nie można na nim zapisywać. Jeśli zamkniesz teraz, zostaną utracone. Zamknąć mimo to?</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="42"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adres formularza do samodzielnego wklejenia w przeglądarce:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="44"/>
        <source>Link to the objection form</source>
        <translation>Link do formularza sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="66"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Link nie działa albo strona jest niedostępna? Spróbuj tego:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="80"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Otwórz formularz %1 w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="101"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Te linki otworzyły się podczas sprawdzenia online w dniu %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="105"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Te linki zebrano z publicznych źródeł w dniu %1 i nie zostały jeszcze otwarte online.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="123"/>
        <source>Co&amp;py link %1</source>
        <translation>Kopiuj &amp;link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="124"/>
        <source>Other link %1</source>
        <translation>Inny link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="126"/>
        <source>Op&amp;en</source>
        <translation>O&amp;twórz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="128"/>
        <source>Open other link %1</source>
        <translation>Otwórz inny link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="142"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Dla twojego bezpieczeństwa ten link nie został otwarty: asystent otwiera tylko bezpieczne strony (https) należące do Meta. Możliwe, że ktoś zmienił plik przewodnika; jak to naprawić, opisuje plik README.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="154"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Przeglądarka powinna teraz pokazać formularz. Nic się nie pojawiło? Skopiuj link poniżej i wklej go w pasek adresu przeglądarki.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Przeglądarka się nie otworzyła. Skopiuj link poniżej i wklej go w pasek adresu przeglądarki.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="75"/>
        <source>%1 – your objections</source>
        <translation>%1 – twoje sprzeciwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="77"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="99"/>
        <source>Your objections</source>
        <translation>Twoje sprzeciwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="84"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Każde konto, dla którego składasz sprzeciw, ma tu swój wiersz. Wybierz jeden, żeby kontynuować, zobaczyć historię i dowód albo zapisać odpowiedź Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="134"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nowy sprzeciw…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="136"/>
        <source>Start a new objection</source>
        <translation>Rozpocznij nowy sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="139"/>
        <source>Carry on with the chosen objection</source>
        <translation>Kontynuuj wybrany sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Historia, odpowiedź i dowód…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="142"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Otwórz historię wybranego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Eksportuj wszystko…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="145"/>
        <source>Save proof of all objections</source>
        <translation>Zapisz dowody wszystkich sprzeciwów</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Zapomnij o wszystkim…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="148"/>
        <source>Delete every objection from this computer</source>
        <translation>Usuń wszystkie sprzeciwy z tego komputera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="222"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Od wysłania %n sprzeciwu minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
            <numerusform>Od wysłania %n sprzeciwów minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
            <numerusform>Od wysłania %n sprzeciwów minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="233"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta nie odpowiedziała na %n sprzeciw w przysługującym jej czasie. Otwórz go, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
            <numerusform>Meta nie odpowiedziała na %n sprzeciwy w przysługującym jej czasie. Otwórz jeden z nich, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
            <numerusform>Meta nie odpowiedziała na %n sprzeciwów w przysługującym jej czasie. Otwórz jeden z nich, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="289"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Z tego komputera zostanie usunięty %n sprzeciw: konto, adres e-mail, treść uzasadnienia, daty i odpowiedź Meta. Znikną te pliki:</numerusform>
            <numerusform>Z tego komputera zostaną usunięte wszystkie %n sprzeciwy: konta, adresy e-mail, treści uzasadnień, daty i odpowiedzi Meta. Znikną te pliki:</numerusform>
            <numerusform>Z tego komputera zostanie usuniętych wszystkich %n sprzeciwów: konta, adresy e-mail, treści uzasadnień, daty i odpowiedzi Meta. Znikną te pliki:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="296"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Pliki zapisane przez ciebie (PDF, tekst, kalendarz) zostaną tam, gdzie są. Tego nie da się cofnąć. Twoje sprzeciwy złożone w Meta pozostają bez zmian.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="302"/>
        <source>Forget everything?</source>
        <translation>Zapomnieć o wszystkim?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="307"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Nie udało się usunąć niektórych plików. Zamknij inne programy i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="129"/>
        <source>Continue on your phone</source>
        <translation>Kontynuuj na telefonie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="138"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Skieruj aparat telefonu na kod: telefon pokaże tekst i pozwoli go skopiować, gotowy do wklejenia w formularzu Meta. Kody są tylko narysowane na tym ekranie; nic nie jest nigdzie wysyłane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="156"/>
        <source>Show it as several &amp;codes</source>
        <translation>Pokaż jako kilka &amp;kodów</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="158"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Skróć uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="160"/>
        <source>&amp;Previous part</source>
        <translation>&amp;Poprzednia część</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="162"/>
        <source>Ne&amp;xt part</source>
        <translation>&amp;Następna część</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="230"/>
        <source>Your email address: %1</source>
        <translation>Twój adres e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="232"/>
        <source>QR code of your email address %1</source>
        <translation>Kod QR twojego adresu e-mail %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="236"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Nie ma jeszcze adresu e-mail: wpisz go najpierw na stronie, a potem otwórz to ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="247"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Nie ma jeszcze uzasadnienia: napisz je najpierw na stronie, a potem otwórz to ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="253"/>
        <source>Your reason (%1 characters):</source>
        <translation>Twoje uzasadnienie (%1 znaków):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="257"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Kod QR twojego uzasadnienia, %1 znaków</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="263"/>
        <source>Your reason</source>
        <translation>Twoje uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="267"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Twoje uzasadnienie jest za długie na jeden kod: ma %1 znaków, a jeden kod mieści tylko pierwsze %2. Pokaż je jako kilka ponumerowanych kodów, do zeskanowania i wklejenia jeden po drugim, albo skróć je, by zmieściło się w jednym kodzie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="282"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Skanuj kody po kolei i wklejaj każdą część zaraz za poprzednią: razem tworzą całe uzasadnienie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="312"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Twoje uzasadnienie, część %1/%2 (%3 znaków):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="319"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Kod QR części %1 z %2 twojego uzasadnienia, %3 znaków</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="103"/>
        <source>&amp;Help me write it</source>
        <translation>Pomóż &amp;mi je napisać</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="32"/>
        <source>Tick what applies to you:</source>
        <translation>Zaznacz, co cię dotyczy:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="34"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>Zdjęcia i &amp;filmy ze mną lub moją rodziną</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>My &amp;children appear in my posts</source>
        <translation>W m&amp;oich postach są moje dzieci</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Moja twórczość lub praca zawodowa (sztu&amp;ka, teksty, fotografia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="39"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Moje pog&amp;lądy i życie prywatne</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Moja twarz, mój wizerunek i mój &amp;głos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>I never a&amp;greed to this use</source>
        <translation>&amp;Nie ma na to mojej zgody</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="53"/>
        <source>Tone of the reason</source>
        <translation>Ton uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="55"/>
        <source>Short</source>
        <translation>Krótko</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Detailed</source>
        <translation>Szczegółowo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Formal</source>
        <translation>Oficjalnie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="63"/>
        <source>Language of the reason</source>
        <translation>Język uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="66"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="68"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Język tekstu:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="70"/>
        <source>&amp;Write the text</source>
        <translation>&amp;Stwórz tekst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="121"/>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="125"/>
        <source>Re&amp;do</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="143"/>
        <source>Copy rea&amp;son</source>
        <translation>Kop&amp;iuj uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="147"/>
        <source>Copy the reason (%1)</source>
        <translation>Kopiuj uzasadnienie (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="154"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>&amp;Zobacz dokładnie, co zostanie skopiowane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="168"/>
        <source>What will be copied</source>
        <translation>Co zostanie skopiowane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="272"/>
        <source>Replace your text?</source>
        <translation>Zastąpić twój tekst?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="274"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Tekst w polu został przez ciebie zmieniony. Zastąpić go nowym tekstem ułożonym z wybranych opcji? (Przycisk „Cofnij” przywróci twoją wersję).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="309"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Twój tekst został zachowany. Naciśnij „Stwórz tekst”, jeśli chcesz zastąpić go nowym, ułożonym z tych opcji.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="335"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Nie udało się wczytać gotowych tekstów (%1). Nadal możesz wpisać własny.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Nie udało się wczytać tekstów w tym języku: %1, więc używamy angielskich. Plik: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="389"/>
        <source>1 character</source>
        <translation>1 znak</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="390"/>
        <source>%1 characters</source>
        <translation>Liczba znaków: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>Quite short: %1 characters. In 2024 Meta&apos;s form refused reasons under about 100 characters, and said so only after the code step. A sentence or two more makes it safe.</source>
        <translation>Dość krótko (liczba znaków: %1). W 2024 roku formularz Meta odrzucał uzasadnienia krótsze niż mniej więcej 100 znaków i mówił o tym dopiero po kroku z kodem. Dopisz jeszcze zdanie lub dwa, a będzie bezpiecznie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="32"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>To bardzo długi tekst. Kilka jasnych akapitów łatwiej przeczytać pracownikom Meta, a formularze internetowe czasem ucinają długie teksty.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="408"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Uzasadnienie jest puste, więc na razie nie ma czego kopiować.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="414"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Kopiowanie się nie udało. Tekst jest teraz zaznaczony: skopiuj go samodzielnie z menu lub klawiaturą.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Uzasadnienie skopiowane (liczba znaków: %1). Wklej je w formularzu Meta do pola „Wyjaśnij, jak to przetwarzanie na ciebie wpływa” (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="49"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Zapisane uzasadnienie ma więcej niż %1 znaków, więc widać tylko jego początek. Cały tekst pozostaje zapisany, dopóki go tu nie zmienisz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="71"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Uzasadnienie może mieć najwyżej %1 znaków, więc dalszy tekst pominięto. Wystarczy kilka jasnych akapitów.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="117"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link do formularza Meta dotyczącego informacji od innych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="131"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesiąca. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesięcy. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesięcy. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="140"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącu nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącach nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącach nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveProblemLine</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="29"/>
        <source>Your saved objections could not be opened, so nothing is saved for now: the file stays exactly as it is. Close the assistant, check that the data folder can be read, and start it again.</source>
        <translation>Nie udało się otworzyć zapisanych sprzeciwów, więc na razie nic nie jest zapisywane: plik pozostaje dokładnie taki, jaki jest. Zamknij asystenta, sprawdź, czy folder z danymi da się odczytać, i uruchom go ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="35"/>
        <source>These answers come from a newer version of this assistant, so nothing is saved here: the newer version&apos;s file stays as it is.</source>
        <translation>Te odpowiedzi pochodzą z nowszej wersji asystenta, więc nic nie jest tu zapisywane: plik nowszej wersji pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="46"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="48"/>
        <source>%1 is a file, where a folder should be</source>
        <translation>%1 to plik, a powinien tu być folder</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="52"/>
        <source>the folder can&apos;t be written to</source>
        <translation>nie można zapisywać w tym folderze</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="54"/>
        <source>the system refused (%1)</source>
        <translation>system odmówił (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/save_problem.py" line="57"/>
        <source>Your answers could not be saved: %1. Nothing is lost while this window stays open, and the assistant tries again every few seconds.</source>
        <translation>Nie udało się zapisać twoich odpowiedzi: %1. Dopóki to okno jest otwarte, nic nie przepadnie, a asystent co kilka sekund próbuje ponownie.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="38"/>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="91"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="92"/>
        <source>current step</source>
        <translation>bieżący krok</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="93"/>
        <source>to come</source>
        <translation>do zrobienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="96"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Krok %1 z %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="104"/>
        <source>Go back to this step</source>
        <translation>Wróć do tego kroku</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="41"/>
        <source>Which account do you want to object for?</source>
        <translation>Dla którego konta chcesz złożyć sprzeciw?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="56"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Gdzie mieszkasz?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>Choose your country</source>
        <translation>Wybierz swój kraj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="60"/>
        <source>Country where you live</source>
        <translation>Kraj, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="128"/>
        <source>choose an account</source>
        <translation>wybierz konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="130"/>
        <source>choose your country</source>
        <translation>wybierz swój kraj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source>To go on, %1.</source>
        <translation>Aby przejść dalej, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="132"/>
        <source> and </source>
        <translation> i </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="20"/>
        <source>Check your email for Meta&apos;s answer ({what})</source>
        <translation>Sprawdź pocztę: odpowiedź Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="21"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Tydzień temu do Meta trafił twój sprzeciw wobec trenowania AI dla: {what}. Poszukaj odpowiedzi Meta w tej skrzynce (także w spamie), a potem zapisz ją w {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="29"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Minął miesiąc, który Meta miała na odpowiedź ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="30"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Prawo dawało Mecie miesiąc na odpowiedź na twój sprzeciw dla: {what}, wysłany {sent}. Meta może potrzebować do dwóch miesięcy więcej tylko wtedy, gdy poinformowała cię o tym w ciągu tego miesiąca. Brak odpowiedzi albo odmowa? Otwórz {app}: pomoże ci napisać skargę do urzędu ochrony danych osobowych.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="39"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Czas sprawdzić twój sprzeciw ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="40"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Sprzeciw dla: {what} wysłano {sent}. Prawo w miejscu, w którym mieszkasz, nie wyznacza Mecie stałego terminu na odpowiedź, ale jeśli nic jeszcze nie przyszło, otwórz {app}: pokaże ci, co możesz zrobić dalej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="46"/>
        <source>your account</source>
        <translation>twoje konto</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/app.py" line="317"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Nie udało się użyć pliku dołączonego do aplikacji, więc ta jej część nie działa. Dotychczasowe odpowiedzi są zapisane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="323"/>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
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
        <translation>Coś nieoczekiwanie poszło nie tak. Twoje dotychczasowe odpowiedzi są zapisane.

Jeśli to się powtórzy, szczegóły techniczne znajdziesz w tym pliku:
%1</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="91"/>
        <source>Save proof as PDF</source>
        <translation>Zapisz dowód jako PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="95"/>
        <source>Text file (*.txt)</source>
        <translation>Plik tekstowy (*.txt)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="96"/>
        <source>Save proof as text</source>
        <translation>Zapisz dowód jako tekst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="100"/>
        <source>JSON file (*.json)</source>
        <translation>Plik JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="101"/>
        <source>Save proof as JSON</source>
        <translation>Zapisz dowód jako JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="105"/>
        <source>Calendar file (*.ics)</source>
        <translation>Plik kalendarza (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Zapisz przypomnienia do kalendarza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="132"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Zapisywanie się nie udało (%1). Spróbuj w innym folderze.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="40"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Niektóre bardzo długie teksty są tu skrócone. Plik przechowuje je w całości, a eksport do PDF, tekstu i JSON pokazuje je w pełni.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="19"/>
        <source>without a name</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="20"/>
        <source>“%1”, started %2</source>
        <translation>„%1”, rozpoczęty %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="24"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>W sprzeciwie %1 nie udało się odczytać niektórych odpowiedzi (%2), więc je pominięto; reszta jest tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="34"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>Sprzeciw %1 używa czegoś, czego ta wersja nie zna (%2), więc nie jest pokazany. Zostaje w pliku dla nowszej wersji.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="44"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>Nie udało się odczytać sprzeciwu %1 (%2), więc odłożono go na bok; pozostałe sprzeciwy są wszystkie tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="53"/>
        <source>Its saved text is kept in %1</source>
        <translation>Zapisany tekst jest przechowywany w %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Nie udało się odczytać zapisanych odpowiedzi, więc asystent zaczyna od nowa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="70"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Uszkodzony plik zachowano tutaj: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="75"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Części zapisanych odpowiedzi nie udało się odczytać; resztę zachowano.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="79"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Kopia pierwotnego pliku jest tutaj: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="82"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Twoje odpowiedzi zapisała nowsza wersja asystenta. Widzisz je, ale nic nie zostanie zapisane, żeby plik nowszej wersji pozostał nietknięty.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="88"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Nie udało się otworzyć zapisanych odpowiedzi (%1). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Nie udało się odczytać ustawień (%1: %2), więc obowiązują zwykłe: język jest taki jak w systemie, dopóki go nie wybierzesz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 to plik, a powinien tu być folder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="117"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Nie można utworzyć folderu %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="124"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Na razie nic nie da się zapisać: odpowiedzi zostają w pamięci, dopóki asystent jest otwarty. Wybierz inny folder przez --data-dir albo przenieś plik.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>As a PDF receipt…</source>
        <translation>Jako potwierdzenie PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="159"/>
        <source>As plain text…</source>
        <translation>Jako zwykły tekst…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="160"/>
        <source>As JSON (for programs)…</source>
        <translation>Jako JSON (dla programów)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="40"/>
        <source>Not sent yet</source>
        <translation>Jeszcze niewysłany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="41"/>
        <source>Form opened</source>
        <translation>Formularz otwarty</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="42"/>
        <source>Sent, code awaited</source>
        <translation>Wysłany, czeka na kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Code confirmed</source>
        <translation>Kod potwierdzony</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Waiting for Meta</source>
        <translation>Czeka na Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="45"/>
        <source>Accepted by Meta</source>
        <translation>Uwzględniony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="46"/>
        <source>Refused by Meta</source>
        <translation>Odrzucony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="47"/>
        <source>No answer in time</source>
        <translation>Brak odpowiedzi w terminie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="52"/>
        <source>Sent, but the code expired</source>
        <translation>Wysłany, ale kod wygasł</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="56"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Poproś o nowy kod: naciśnij ponownie przycisk wysyłania w formularzu Meta i kontynuuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Carry on where you stopped</source>
        <translation>Kontynuuj od miejsca, w którym przerwano</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="65"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Sprawdź, czy w skrzynce jest odpowiedź od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="67"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Zaczekaj na e-mail od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="70"/>
        <source>Complain to your data-protection authority</source>
        <translation>Złóż skargę do urzędu ochrony danych osobowych</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="71"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nic: wszystko gotowe</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Not chosen</source>
        <translation>Nie wybrano</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="97"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="98"/>
        <source>Email or name</source>
        <translation>E-mail lub nazwa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="99"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="100"/>
        <source>Last step</source>
        <translation>Ostatni krok</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="101"/>
        <source>What next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="159"/>
        <source>(no email yet)</source>
        <translation>(jeszcze bez e-maila)</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="29"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Sprzeciw wobec wykorzystywania przez Meta danych osobowych do trenowania AI</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="32"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Zapis sporządzony przez {app} {version} dnia {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="33"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Czas podano w strefie czasowej {zone}, wraz z przesunięciem względem UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="36"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="37"/>
        <source>Name given</source>
        <translation>Nadana nazwa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="38"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="39"/>
        <source>Country of residence</source>
        <translation>Kraj zamieszkania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="40"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="41"/>
        <source>Form link used</source>
        <translation>Użyty link do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="42"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="43"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Wysłane uzasadnienie (dokładnie w skopiowanej postaci)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="44"/>
        <source>(no reason text was recorded)</source>
        <translation>(nie zapisano treści uzasadnienia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="45"/>
        <source>Meta&apos;s answer</source>
        <translation>Odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="46"/>
        <source>(no answer recorded yet)</source>
        <translation>(jeszcze nie zapisano odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="47"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} dnia {date} (zapisano {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="48"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Treść e-maila od Meta, w wklejonej postaci</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="49"/>
        <source>(not recorded)</source>
        <translation>(nie zapisano)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Dates of each step</source>
        <translation>Daty poszczególnych kroków</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="51"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="52"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Data odpowiedzi Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="55"/>
        <source>Answer recorded in the app</source>
        <translation>Odpowiedź zapisana w aplikacji</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Facts</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>not yet sent (draft)</source>
        <translation>jeszcze niewysłany (wersja robocza)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>form opened</source>
        <translation>formularz otwarty</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>submitted</source>
        <translation>wysłany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>code confirmed</source>
        <translation>kod potwierdzony</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>waiting for Meta&apos;s answer</source>
        <translation>oczekuje na odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>honoured by Meta</source>
        <translation>uwzględniony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>refused by Meta</source>
        <translation>odrzucony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>no answer within one month of sending</source>
        <translation>brak odpowiedzi w ciągu miesiąca od wysłania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>objection started</source>
        <translation>rozpoczęto sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>status: {status}</source>
        <translation>stan: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>reason text copied for the form</source>
        <translation>skopiowano treść uzasadnienia do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>form link opened</source>
        <translation>otwarto link do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>answers cleared to start over</source>
        <translation>wyczyszczono odpowiedzi, aby zacząć od nowa</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/app.py" line="404"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Coś poszło nie tak i aplikacja nie mogła się uruchomić.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/app.py" line="406"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Coś poszło nie tak i aplikacja nie mogła się uruchomić.

Szczegóły techniczne są zapisane w tym pliku:
%1

Jeśli poprosisz kogoś o pomoc, możesz wysłać mu ten plik. Opisuje on tylko problem wewnątrz aplikacji.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="45"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Wklej to przed zamknięciem aplikacji: w systemie Linux skopiowany tekst wtedy znika.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="301"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Skopiowano. Teraz wklej to w formularzu Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="310"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Kopiowanie się nie udało. Zaznacz tekst ręcznie i skopiuj go samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="360"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="362"/>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="364"/>
        <source>Changes the language of every window at once.</source>
        <translation>Zmienia język od razu we wszystkich oknach.</translation>
    </message>
</context>
</TS>
