<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="267"/>
        <source>The complaint texts could not be used, so no complaint can be written.</source>
        <translation>Nie udało się użyć tekstów skargi, więc nie można jej napisać.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="271"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="320"/>
        <source>The list of other services could not be read.</source>
        <translation>Nie udało się odczytać listy innych serwisów.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/controller.py" line="323"/>
        <source>Other AI opt-outs</source>
        <translation>Inne sprzeciwy wobec AI</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="72"/>
        <source>Did Meta email you a code?</source>
        <translation>Czy Meta przysłała ci kod e-mailem?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="75"/>
        <source>&amp;Yes, Meta emailed me a code</source>
        <translation>&amp;Tak, Meta przysłała mi kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="77"/>
        <source>N&amp;o, Meta didn&apos;t send me a code</source>
        <translation>&amp;Nie, Meta nie przysłała mi kodu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="163"/>
        <source>Time left for Meta&apos;s code</source>
        <translation>Czas, który został na wpisanie kodu od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="192"/>
        <source>I&apos;ve &amp;entered the code</source>
        <translation>&amp;Gotowe, kod wpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="85"/>
        <source>e.g. 14:05 or 10</source>
        <translation>np. 14:05 albo 10</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="87"/>
        <source>When the email with the code arrived</source>
        <translation>Kiedy przyszedł e-mail z kodem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="409"/>
        <source>To go on, ask for a new code and press “I&apos;ve received a new code” when it arrives, or answer “No” above if Meta sends no code.</source>
        <translation>Aby przejść dalej, poproś o nowy kod i naciśnij „Mam nowy kod”, gdy przyjdzie, albo odpowiedz wyżej „Nie”, jeśli Meta nie przysyła kodu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="99"/>
        <source>I&apos;ve received a &amp;new code</source>
        <translation>&amp;Mam nowy kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="368"/>
        <source>The time older forms gave a code ran out at %1. If Meta&apos;s window no longer takes the code, that&apos;s fine: go back to Meta&apos;s form and press “Submit” again. Meta will email you a new code. When it arrives, type when it came and press “I&apos;ve received a new code” above.</source>
        <translation>Czas, jaki starsze formularze dawały na kod, minął o %1. Jeśli okienko Meta nie przyjmuje już kodu, nic straconego: wróć do formularza Meta i naciśnij jeszcze raz „Submit”. Meta wyśle ci nowy kod. Kiedy przyjdzie, wpisz powyżej, kiedy przyszedł, i naciśnij „Mam nowy kod”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="377"/>
        <source>You typed in the code at %1. Well done! Press “Next” to go on.</source>
        <translation>Kod wpisany o %1. Świetnie! Naciśnij „Dalej”, żeby przejść do następnego kroku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="401"/>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="412"/>
        <source>To go on, answer the question: did Meta email you a code?</source>
        <translation>Aby przejść dalej, odpowiedz na pytanie: czy Meta przysłała ci kod e-mailem?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="404"/>
        <source>Once you have typed the code into Meta&apos;s window, press “I&apos;ve entered the code” to go on.</source>
        <translation>Gdy wpiszesz kod w okienku Meta, naciśnij „Gotowe, kod wpisany”, żeby przejść dalej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="183"/>
        <source>Part of the code&apos;s time that is left</source>
        <translation>Część czasu kodu, która została</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="47"/>
        <source>Codes from older versions of Meta&apos;s form worked for about %1 minutes, and that was longer ago, so this code has most likely run out. Send Meta&apos;s form again to get a new code, then come back here.</source>
        <translation>Kody ze starszych wersji formularza Meta działały około %1 minut, a minęło więcej czasu, więc ten kod najpewniej już wygasł. Wyślij formularz Meta jeszcze raz, żeby dostać nowy kod, i wróć tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="418"/>
        <source>Last minute of the time older forms allowed! Type the code into Meta&apos;s window right now, before about %1.</source>
        <translation>Ostatnia minuta czasu, jaki dawały starsze formularze! Wpisz kod w okienku Meta od razu, przed około %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="423"/>
        <source>Hurry: less than 10 minutes left of the time older forms allowed. Type the code into Meta&apos;s window now, before about %1.</source>
        <translation>Pośpiesz się: z czasu, jaki dawały starsze formularze, zostało mniej niż 10 minut. Wpisz teraz kod w okienku Meta, przed około %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="428"/>
        <source>Time left to type the code into Meta&apos;s window. Older forms&apos; codes worked for about %1 minutes, so until about %2. Once you have typed it in, press “I&apos;ve entered the code”.</source>
        <translation>Czas, jaki został na wpisanie kodu w okienku Meta. Kody starszych formularzy działały około %1 minut, czyli mniej więcej do %2. Gdy go wpiszesz, naciśnij „Gotowe, kod wpisany”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="89"/>
        <source>It &amp;arrived at:</source>
        <translation>P&amp;rzyszedł o:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="95"/>
        <source>Leave it empty if the email has just arrived; else type the time on it, such as 14:05, or how many minutes ago it came, such as 10.</source>
        <translation>Zostaw puste, jeśli e-mail właśnie przyszedł; w przeciwnym razie wpisz godzinę z e-maila, np. 14:05, albo ile minut temu przyszedł, np. 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="38"/>
        <source>That time hasn&apos;t come yet. Check the time, or leave the box empty if it was just now.</source>
        <translation>Ta godzina jeszcze nie nadeszła. Sprawdź godzinę albo zostaw pole puste, jeśli to było przed chwilą.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="43"/>
        <source>That is before today. Type a time from today, or choose “Just now”.</source>
        <translation>To jest przed dzisiejszym dniem. Wpisz godzinę z dzisiaj albo wybierz „Przed chwilą”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="53"/>
        <source>This time isn&apos;t clear to me. Type it like 14:05 or 2:05 pm, or type how many minutes ago it was, like 10.</source>
        <translation>Nie rozumiem tej godziny. Wpisz ją jak 14:05 albo wpisz, ile minut temu to było, np. 10.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="61"/>
        <source>That is earlier than a step already recorded for this objection (%1). Check the time, or leave it as “just now”.</source>
        <translation>To jest wcześniej niż krok już zapisany dla tego sprzeciwu (%1). Sprawdź godzinę albo zostaw „przed chwilą”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="86"/>
        <source>When did you press the send button on Meta&apos;s form?</source>
        <translation>Kiedy został naciśnięty przycisk wysyłania w formularzu Meta?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="90"/>
        <source>&amp;Just now</source>
        <translation>Prz&amp;ed chwilą</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="92"/>
        <source>Earlier &amp;today</source>
        <translation>Wcześniej d&amp;ziś</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="96"/>
        <source>e.g. 14:05</source>
        <translation>np. 14:05</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="97"/>
        <source>Time you pressed the send button</source>
        <translation>Godzina naciśnięcia przycisku wysyłania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="102"/>
        <source>at ti&amp;me:</source>
        <translation>o godzin&amp;ie:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="147"/>
        <source>Recorded: you sent the form at %1.</source>
        <translation>Zapisano: formularz wysłany o %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="151"/>
        <source>Recorded: you sent the form on %1.</source>
        <translation>Zapisano: formularz wysłany dnia %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/sent_question.py" line="203"/>
        <source>The code arrived at %1, so the form was sent before that. Type the time you pressed the send button.</source>
        <translation>Kod przyszedł o %1, więc formularz został wysłany wcześniej. Wpisz godzinę naciśnięcia przycisku wysyłania.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="256"/>
        <source>The code can&apos;t have come before you sent the form (%1). Check the time on the email.</source>
        <translation>Kod nie mógł przyjść przed wysłaniem formularza (%1). Sprawdź godzinę na e-mailu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/code.py" line="399"/>
        <source>To go on, say when you pressed the send button on Meta&apos;s form.</source>
        <translation>Aby przejść dalej, podaj, kiedy został naciśnięty przycisk wysyłania w formularzu Meta.</translation>
    </message>
</context>
<context>
    <name>CodeTimer</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="225"/>
        <source>Meta&apos;s code has expired. You can ask for a new one.</source>
        <translation>Kod od Meta wygasł. Możesz poprosić o nowy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="233"/>
        <source>Only 1 minute left! Type Meta&apos;s code in now.</source>
        <translation>Została tylko minuta! Wpisz teraz kod od Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="235"/>
        <source>%1 minutes left to type in Meta&apos;s code.</source>
        <translation>Na wpisanie kodu od Meta zostało jeszcze %1 min.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="266"/>
        <source>Meta&apos;s code</source>
        <translation>Kod od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="279"/>
        <source>Meta&apos;s code expired at %1. The code step shows how to get a new one.</source>
        <translation>Kod od Meta wygasł o %1. W kroku z kodem dowiesz się, jak zdobyć nowy.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="288"/>
        <source>Last minute: Meta&apos;s code expires in %1! Type it in now.</source>
        <translation>Ostatnia minuta: kod od Meta wygaśnie za %1! Wpisz go teraz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="292"/>
        <source>Hurry: Meta&apos;s code expires in %1. Type it in soon.</source>
        <translation>Pospiesz się: kod od Meta wygaśnie za %1. Wpisz go jak najszybciej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="293"/>
        <source>Meta&apos;s code expires in %1.</source>
        <translation>Kod od Meta wygaśnie za %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="300"/>
        <source>Meta&apos;s code has expired.</source>
        <translation>Kod od Meta wygasł.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="307"/>
        <source>%n minute(s) left to type in Meta&apos;s code, until %1.</source>
        <translation>
            <numerusform>Została %n minuta na wpisanie kodu od Meta, do %1.</numerusform>
            <numerusform>Zostały %n minuty na wpisanie kodu od Meta, do %1.</numerusform>
            <numerusform>Zostało %n minut na wpisanie kodu od Meta, do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="317"/>
        <source>code expired</source>
        <translation>kod wygasł</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="325"/>
        <source>This computer&apos;s clock shows a time before Meta&apos;s code arrived (at %1), so the time left can&apos;t be counted. The code works until %2: check the time on your phone.</source>
        <translation>Zegar tego komputera pokazuje godzinę wcześniejszą niż nadejście kodu od Meta (o %1), więc nie da się odliczać pozostałego czasu. Kod działa do %2: sprawdź godzinę w telefonie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/code_ticker.py" line="320"/>
        <source>code valid until %1</source>
        <translation>kod ważny do %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="281"/>
        <source>Complain to your data-protection authority</source>
        <translation>Złóż skargę do urzędu ochrony danych osobowych</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="89"/>
        <source>Meta refused your objection.</source>
        <translation>Meta odrzuciła twój sprzeciw.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="104"/>
        <source>Country you live in</source>
        <translation>Kraj, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="91"/>
        <source>Meta hasn&apos;t answered your objection in the time the assistant allows.</source>
        <translation>Meta nie odpowiedziała na twój sprzeciw w czasie, na jaki czeka asystent.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="109"/>
        <source>Federal state you live in</source>
        <translation>Kraj związkowy, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="112"/>
        <source>Language of the letter</source>
        <translation>Język pisma</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="117"/>
        <source>Which letter</source>
        <translation>Które pismo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="97"/>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="151"/>
        <source>&amp;Open the authority&apos;s page</source>
        <translation>&amp;Otwórz stronę urzędu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="102"/>
        <source>Good to know:</source>
        <translation>Warto wiedzieć:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="226"/>
        <source>Complaint text</source>
        <translation>Treść skargi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="96"/>
        <source>The letters below are written from your record. Read each one, add your name and postal address at the end, and send it where it says. Complaining costs nothing.</source>
        <translation>Poniższe listy są napisane na podstawie twojego zapisu. Przeczytaj każdy, dopisz na końcu imię, nazwisko i adres pocztowy i wyślij go tam, gdzie wskazano. Skarga nic nie kosztuje.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="60"/>
        <source>Web page</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="147"/>
        <source>Co&amp;py the letter</source>
        <translation>Kopiuj li&amp;st</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="166"/>
        <source>Countr&amp;y:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="167"/>
        <source>Federal &amp;state:</source>
        <translation>Kraj &amp;związkowy:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="169"/>
        <source>Lette&amp;r:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="242"/>
        <source>The letter&apos;s &amp;text:</source>
        <translation>&amp;Treść listu:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="218"/>
        <source>Choose your federal state…</source>
        <translation>Wybierz kraj związkowy…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="94"/>
        <source>Choose your federal state to see its authority.</source>
        <translation>Wybierz kraj związkowy, aby zobaczyć jego urząd.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="302"/>
        <source>The name of Meta&apos;s company in this letter (%1) could not be confirmed in public sources. Check it against the authority&apos;s form before you send.</source>
        <translation>Nazwy spółki Meta w tym piśmie (%1) nie udało się potwierdzić w publicznych źródłach. Sprawdź ją w formularzu urzędu przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="376"/>
        <source>Complain to Meta first</source>
        <translation>Najpierw skarga do Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="381"/>
        <source>Report to %1</source>
        <translation>Zawiadomienie do %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="383"/>
        <source>Petition to %1</source>
        <translation>Petycja do %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="385"/>
        <source>Complain to %1</source>
        <translation>Skarga do %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="391"/>
        <source>Letter %1 of %2: %3</source>
        <translation>List %1 z %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="107"/>
        <source>This letter goes to %1, not to an authority.</source>
        <translation>Ten list trafia do %1, a nie do urzędu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="115"/>
        <source>&amp;Open Meta&apos;s contact page</source>
        <translation>&amp;Otwórz stronę kontaktową Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="119"/>
        <source>Send it through Meta&apos;s contact page (link above), or print it and post it to:
%1</source>
        <translation>Wyślij go przez stronę kontaktową Meta (link powyżej) albo wydrukuj i wyślij pocztą na adres:
%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="124"/>
        <source>This contact page and address come from Meta&apos;s privacy policy as quoted in 2025 and could not be confirmed for your country: check the section on contacting Meta in Meta&apos;s privacy policy before you send.</source>
        <translation>Ta strona kontaktowa i adres pochodzą z polityki prywatności Meta w wersji cytowanej w 2025 r. i nie udało się ich potwierdzić dla twojego kraju: przed wysłaniem sprawdź w polityce prywatności Meta część o kontakcie z Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="137"/>
        <source>This text goes to %1, through its own complaint form: paste it there.</source>
        <translation>Ten tekst trafia do %1 przez jego własny formularz skargi: wklej go tam.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="142"/>
        <source>This letter goes to %1.</source>
        <translation>Ten list trafia do %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="158"/>
        <source>Link checked online on %1.</source>
        <translation>Link sprawdzony online %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="162"/>
        <source>Nobody has checked this link online yet. If it doesn&apos;t open, search for the authority&apos;s name.</source>
        <translation>Nikt jeszcze nie sprawdził tego linku online. Jeśli się nie otwiera, wyszukaj nazwę urzędu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="259"/>
        <source>Show it &amp;beside in %1</source>
        <translation>&amp;Pokaż obok: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="273"/>
        <source>The same letter in %1, for you to read. Send the one on the left.</source>
        <translation>Ten sam list w języku: %1, do przeczytania. Wyślij ten po lewej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="427"/>
        <source>Copied. This letter goes to %1: paste it (%2) into Meta&apos;s contact page, or print it and post it to the address above.</source>
        <translation>Skopiowano. Ten list trafia do %1: wklej go (%2) na stronie kontaktowej Meta albo wydrukuj i wyślij na adres powyżej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="436"/>
        <source>Copied. This text goes to %1: paste it (%2) into that authority&apos;s own complaint form.</source>
        <translation>Skopiowano. Ten tekst trafia do %1: wklej go (%2) do własnego formularza skargi tego urzędu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="441"/>
        <source>Copied. This letter goes to %1: paste it (%2) into the complaint form on that authority&apos;s page, or into an email or letter to it.</source>
        <translation>Skopiowano. Ten list trafia do %1: wklej go (%2) do formularza skargi na stronie tego urzędu albo do e-maila lub listu do niego.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="193"/>
        <source>For your safety this link was not opened: it is not an official site of Meta or of a data-protection authority.</source>
        <translation>Dla twojego bezpieczeństwa ten link nie został otwarty: nie jest to oficjalna strona Meta ani organu ochrony danych.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="310"/>
        <source>This authority only accepts letters in: %1.</source>
        <translation>Ten urząd przyjmuje pisma tylko w językach: %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="288"/>
        <source>In Germany you may complain to the authority of your own federal state; it passes a complaint about Meta on to the authority in charge. Choose your state above and the letter appears here.</source>
        <translation>W Niemczech możesz złożyć skargę do organu własnego kraju związkowego; przekazuje on skargę na Meta właściwemu organowi. Wybierz powyżej swój kraj związkowy, a list pojawi się tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="316"/>
        <source>This authority usually works in another language. It may still accept this one; check its page.</source>
        <translation>Ten urząd zwykle pracuje w innym języku. Może jednak przyjąć ten; sprawdź na jego stronie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="332"/>
        <source>Write to &amp;my own state&apos;s authority instead</source>
        <translation>Napisz do urzędu &amp;mojego kraju związkowego</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="336"/>
        <source>Write to the authority in %1 &amp;directly</source>
        <translation>Napisz &amp;bezpośrednio do urzędu (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="180"/>
        <source>What %1 asks:</source>
        <translation>Czego wymaga %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="344"/>
        <source>%1. To %2</source>
        <translation>%1. Do: %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="162"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="203"/>
        <source>Your browser should now show the page.</source>
        <translation>Przeglądarka powinna teraz pokazać tę stronę.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint_parts.py" line="207"/>
        <source>The browser didn&apos;t open. Copy the link and paste it into your browser.</source>
        <translation>Przeglądarka się nie otworzyła. Skopiuj link i wklej go do przeglądarki.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/complaint.py" line="156"/>
        <source>A letter can be at most %1 characters long, so the pasted text after that was left out.</source>
        <translation>List może mieć najwyżej %1 znaków, więc wklejony tekst powyżej tej długości pominięto.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="180"/>
        <source>&amp;More about Meta&apos;s answer</source>
        <translation>Więc&amp;ej o odpowiedzi Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="187"/>
        <source>You&apos;re done: “Finish” keeps it and opens your list of objections.</source>
        <translation>Gotowe: „Zakończ” zapisze go i otworzy listę twoich sprzeciwów.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="247"/>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="83"/>
        <source>Meta asked for more time</source>
        <translation>Meta poprosiła o więcej czasu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="68"/>
        <source>Day of Meta&apos;s email asking for more time</source>
        <translation>Dzień e-maila, w którym Meta prosi o więcej czasu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="52"/>
        <source>Meta as&amp;ked for more time…</source>
        <translation>Meta popros&amp;iła o więcej czasu…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="69"/>
        <source>Record that Meta asked for &amp;more time</source>
        <translation>Zapisz, że Meta poprosiła o więcej &amp;czasu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="76"/>
        <source>Date of Meta&apos;s emai&amp;l:</source>
        <translation>Dzień e-mai&amp;la od Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="116"/>
        <source>Recorded: Meta asked for more time in its email of %1. It now has until %2.</source>
        <translation>Zapisano: Meta poprosiła o więcej czasu w e-mailu z %1. Ma teraz czas do %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="122"/>
        <source>If Meta wrote within its first %n month(s) that it needs more time, it may take up to %1 more months. Record the day of that email.</source>
        <translation>
            <numerusform>Jeśli Meta napisała w ciągu pierwszego miesiąca, że potrzebuje więcej czasu, może odpowiedzieć do %1 miesięcy później. Zapisz dzień tego e-maila.</numerusform>
            <numerusform>Jeśli Meta napisała w ciągu pierwszych %n miesięcy, że potrzebuje więcej czasu, może odpowiedzieć do %1 miesięcy później. Zapisz dzień tego e-maila.</numerusform>
            <numerusform>Jeśli Meta napisała w ciągu pierwszych %n miesięcy, że potrzebuje więcej czasu, może odpowiedzieć do %1 miesięcy później. Zapisz dzień tego e-maila.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="144"/>
        <source>Saved: the deadline has moved.</source>
        <translation>Zapisano: termin się przesunął.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="147"/>
        <source>The extension is noted but couldn&apos;t be saved to disk.</source>
        <translation>Przedłużenie jest zanotowane, ale nie udało się go zapisać na dysku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="155"/>
        <source>That email came after Meta&apos;s first period had ended. The law lets Meta take longer only if it says so within that period, so the deadline stays.</source>
        <translation>Ten e-mail przyszedł po końcu pierwszego terminu Meta. Prawo pozwala Meta na dłuższą odpowiedź tylko wtedy, gdy powie o tym w tym terminie, więc termin się nie zmienia.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="158"/>
        <source>That day is before you sent the objection.</source>
        <translation>Ten dzień jest przed wysłaniem twojego sprzeciwu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="159"/>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Ten dzień jeszcze nie nadszedł.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="160"/>
        <source>This objection isn&apos;t sent yet.</source>
        <translation>Ten sprzeciw nie jest jeszcze wysłany.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/extension_box.py" line="161"/>
        <source>The law that applies to you doesn&apos;t provide for more time.</source>
        <translation>Prawo, które cię dotyczy, nie przewiduje dodatkowego czasu.</translation>
    </message>
</context>
<context>
    <name>FillFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="51"/>
        <source>name@example.com</source>
        <translation>imie@przyklad.pl</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="55"/>
        <source>Cop&amp;y email</source>
        <translation>Kopiuj &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="72"/>
        <source>&amp;Reason, for “Please tell us how this processing impacts you”:</source>
        <translation>&amp;Uzasadnienie do pola „Wyjaśnij, jak to przetwarzanie na ciebie wpływa”:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="114"/>
        <source>&amp;Email address you use for %1:</source>
        <translation>&amp;Adres e-mail, którego używasz na koncie %1:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="117"/>
        <source>Country of residence: choose “%1” in Meta&apos;s list.</source>
        <translation>Kraj zamieszkania: wybierz z listy Meta „%1”.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="152"/>
        <source>To go on, type the email address you use for your account.</source>
        <translation>Aby przejść dalej, wpisz adres e-mail, którego używasz na swoim koncie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="161"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>W adresie e-mail musi być znak @, jak w imie@przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="162"/>
        <source>There is more than one @ in this address.</source>
        <translation>W tym adresie jest więcej niż jeden znak @.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="163"/>
        <source>Something is missing before the @.</source>
        <translation>Przed znakiem @ czegoś brakuje.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="164"/>
        <source>Something is missing after the @, such as example.com.</source>
        <translation>Po znaku @ czegoś brakuje, na przykład przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="166"/>
        <source>The part after the @ looks incomplete; it usually has a dot, as in example.com.</source>
        <translation>Część po znaku @ wygląda na niepełną; zwykle jest w niej kropka, jak w przyklad.pl.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="168"/>
        <source>This is far too long to be an email address.</source>
        <translation>To za długie jak na adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="171"/>
        <source>This doesn&apos;t look like an email address. Please check it.</source>
        <translation>To nie wygląda na adres e-mail. Sprawdź go, proszę.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="30"/>
        <source>Show &amp;on my phone…</source>
        <translation>W&amp;yświetl na telefonie…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="34"/>
        <source>QR codes of your email address and your reason, to scan with your phone</source>
        <translation>Kody QR twojego adresu e-mail i uzasadnienia, do zeskanowania telefonem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="37"/>
        <source>Filling in the form on your phone? Scan the texts instead of typing them.</source>
        <translation>Wypełniasz formularz na telefonie? Zeskanuj teksty zamiast je przepisywać.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/fill_form.py" line="241"/>
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
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="85"/>
        <source>the &amp;main link</source>
        <translation>&amp;główny link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="87"/>
        <source>other link &amp;%1</source>
        <translation>inny link &amp;%1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="117"/>
        <source>QR code of the form link %1</source>
        <translation>Kod QR linku do formularza %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="204"/>
        <source>Name for this objection</source>
        <translation>Nazwa tego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="205"/>
        <source>e.g. “My Instagram” or “Alex&apos;s Facebook”</source>
        <translation>np. „Mój Instagram” albo „Facebook Oli”</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="212"/>
        <source>History of this objection</source>
        <translation>Historia tego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="217"/>
        <source>Meta&apos;s answer</source>
        <translation>Odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="218"/>
        <source>Meta &amp;accepted my objection</source>
        <translation>Meta &amp;uwzględniła mój sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="219"/>
        <source>Meta &amp;refused it</source>
        <translation>Meta go &amp;odrzuciła</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="227"/>
        <source>Day Meta answered</source>
        <translation>Dzień, w którym Meta odpowiedziała</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="232"/>
        <source>Text of Meta&apos;s email (optional)</source>
        <translation>Treść e-maila od Meta (nieobowiązkowo)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="233"/>
        <source>Paste Meta&apos;s email here if you like.</source>
        <translation>Jeśli chcesz, wklej tu e-mail od Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="235"/>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Zapisz odpowiedź</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="247"/>
        <source>Meta&apos;s &amp;email:</source>
        <translation>&amp;E-mail od Meta:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="261"/>
        <source>&amp;Carry on in the guide</source>
        <translation>&amp;Wróć do przewodnika</translation>
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
            <numerusform>Zgodnie z prawem Meta ma %n miesiąc na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
            <numerusform>Zgodnie z prawem Meta ma %n miesiące na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
            <numerusform>Zgodnie z prawem Meta ma %n miesięcy na odpowiedź albo do %1 miesięcy więcej, jeśli w tym czasie poinformuje cię, że ich potrzebuje. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="366"/>
        <source>Meta&apos;s time to answer is over, unless it told you it needs longer. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Czas Meta na odpowiedź minął, chyba że poinformowała cię, że potrzebuje go więcej. Możesz zrobić kolejny krok; asystent napisze za ciebie pismo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="371"/>
        <source>The law that applies to you sets Meta no fixed time to answer. When its email arrives, record the answer below.</source>
        <translation>Prawo, które cię obejmuje, nie wyznacza Meta stałego terminu odpowiedzi. Gdy przyjdzie e-mail, zapisz odpowiedź poniżej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="375"/>
        <source>Meta hasn&apos;t answered for a while. You can take the next step; the assistant writes the letter for you.</source>
        <translation>Meta od dłuższego czasu nie odpowiada. Możesz zrobić kolejny krok; asystent napisze za ciebie pismo.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="246"/>
        <source>Date of the ans&amp;wer:</source>
        <translation>&amp;Data odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="262"/>
        <source>What now? C&amp;omplain…</source>
        <translation>Co dalej? Złóż &amp;skargę…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="267"/>
        <source>Calendar rem&amp;inders…</source>
        <translation>Przypomnienia w &amp;kalendarzu…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="268"/>
        <source>&amp;Delete this objection…</source>
        <translation>Usuń ten sp&amp;rzeciw…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="270"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="272"/>
        <source>Save proof as PDF</source>
        <translation>Zapisz dowód jako PDF</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="273"/>
        <source>Save proof as a text file</source>
        <translation>Zapisz dowód jako plik tekstowy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="274"/>
        <source>Save proof as JSON</source>
        <translation>Zapisz dowód jako JSON</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="275"/>
        <source>Save calendar reminders</source>
        <translation>Zapisz przypomnienia do kalendarza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="303"/>
        <source>Save proof:</source>
        <translation>Zapisz dowód:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="382"/>
        <source>Meta said no. You can complain to your data-protection authority; the assistant writes the complaint for you.</source>
        <translation>Meta odmówiła. Możesz złożyć skargę do urzędu ochrony danych osobowych; asystent przygotuje jej treść za ciebie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="386"/>
        <source>Meta accepted your objection. Keep the proof somewhere safe.</source>
        <translation>Meta uwzględniła twój sprzeciw. Przechowuj dowód w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="390"/>
        <source>This objection isn&apos;t sent yet. Carry on in the guide to finish it.</source>
        <translation>Ten sprzeciw nie został jeszcze wysłany. Wróć do przewodnika, żeby go dokończyć.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="427"/>
        <source>Choose first whether Meta accepted or refused.</source>
        <translation>Najpierw wybierz, czy Meta uwzględniła sprzeciw, czy go odrzuciła.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="435"/>
        <source>Meta&apos;s email is longer than %1 characters. Keep the part with Meta&apos;s answer and save again.</source>
        <translation>E-mail od Meta ma więcej niż %1 znaków. Zostaw fragment z odpowiedzią Meta i zapisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="444"/>
        <source>That date is in the future.</source>
        <translation>Ta data jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="450"/>
        <source>This answer can&apos;t be recorded for an objection in this state.</source>
        <translation>Na tym etapie sprzeciwu nie da się zapisać tej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="455"/>
        <source>The answer is noted but couldn&apos;t be saved to disk.</source>
        <translation>Odpowiedź jest zanotowana, ale nie udało się jej zapisać na dysku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="458"/>
        <source>Answer saved.</source>
        <translation>Odpowiedź zapisana.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="471"/>
        <source>This deletes the objection for %1 (%2) from this computer: its answers, reason text, history and Meta&apos;s answer. It is removed from %3. Files you saved yourself stay. This can&apos;t be undone, and your objection at Meta is not affected.</source>
        <translation>Sprzeciw dla konta %1 (%2) zostanie usunięty z tego komputera: odpowiedzi, treść uzasadnienia, historia i odpowiedź Meta. Zniknie z pliku %3. Pliki zapisane przez ciebie zostaną. Tego nie da się cofnąć, a twój sprzeciw złożony w Meta pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="481"/>
        <source>Delete this objection?</source>
        <translation>Usunąć ten sprzeciw?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="398"/>
        <source>The guide&apos;s last steps are still open: carry on to save the proof and reminders.</source>
        <translation>Ostatnie kroki przewodnika są jeszcze otwarte: kontynuuj, aby zapisać dowód i przypomnienia.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="414"/>
        <source>Meta&apos;s email is longer than %1 characters, so only its start was pasted. Keep the part with Meta&apos;s answer.</source>
        <translation>E-mail od Meta ma ponad %1 znaków, więc wklejono tylko jego początek. Zostaw część z odpowiedzią Meta.</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="25"/>
        <source>What you can do now</source>
        <translation>Co możesz teraz zrobić</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="35"/>
        <source>Save calendar &amp;reminders…</source>
        <translation>Zapisz p&amp;rzypomnienia w kalendarzu…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="36"/>
        <source>A calendar file that reminds you to look for Meta&apos;s answer</source>
        <translation>Plik kalendarza, który przypomni o sprawdzeniu odpowiedzi Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="41"/>
        <source>Record Meta&apos;s &amp;answer…</source>
        <translation>Zapisz &amp;odpowiedź Meta…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="42"/>
        <source>Note whether Meta accepted or refused your objection</source>
        <translation>Zapisz, czy Meta przyjęła, czy odrzuciła twój sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="47"/>
        <source>Save the &amp;proof now…</source>
        <translation>Zapisz dowód &amp;teraz…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="48"/>
        <source>A PDF with the dates, the link and the reason you sent</source>
        <translation>PDF z datami, linkiem i wysłanym uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="53"/>
        <source>O&amp;ther AI opt-outs…</source>
        <translation>Inne &amp;sprzeciwy wobec AI…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/next_actions.py" line="55"/>
        <source>A checklist of other services that train AI on your data, and how to stop them</source>
        <translation>Lista innych serwisów, które trenują AI na twoich danych, i jak to zatrzymać</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="29"/>
        <source>&amp;Skip to the form</source>
        <translation>Przejdź &amp;od razu do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="33"/>
        <source>Jumps over the notice and the link steps to the page that opens the form.</source>
        <translation>Pomija kroki z powiadomieniem i linkiem i przechodzi do strony, która otwiera formularz.</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="82"/>
        <source>Start o&amp;ver</source>
        <translation>Zacznij od &amp;początku</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="85"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="86"/>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="263"/>
        <source>Step %1 of %2: %3</source>
        <translation>Krok %1 z %2: %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="370"/>
        <source>%1 – step %2 of %3</source>
        <translation>%1 – krok %2 z %3</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="380"/>
        <source>Start over?</source>
        <translation>Zacząć od początku?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="382"/>
        <source>This clears every answer you gave (account, country, email and reason) and goes back to the first page.</source>
        <translation>Wszystkie twoje odpowiedzi (konto, kraj, e-mail i uzasadnienie) zostaną wyczyszczone i wrócisz do pierwszej strony.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="415"/>
        <source>Close without saving?</source>
        <translation>Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="417"/>
        <source>Your latest answers could not be saved: the disk is full or can&apos;t be written to. If you close now, they are lost. Close anyway?</source>
        <translation>Nie udało się zapisać ostatnich odpowiedzi: dysk jest pełny albo nie można na nim zapisywać. Jeśli zamkniesz teraz, zostaną utracone. Zamknąć mimo to?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
</context>
<context>
    <name>OpenFormPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="53"/>
        <source>The form&apos;s &amp;address, to paste into a browser yourself:</source>
        <translation>&amp;Adres formularza do samodzielnego wklejenia w przeglądarce:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="56"/>
        <source>Link to the objection form</source>
        <translation>Link do formularza sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="82"/>
        <source>Link didn&apos;t work, or the page says it isn&apos;t available? Try this one:</source>
        <translation>Link nie działa albo strona jest niedostępna? Spróbuj tego:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="112"/>
        <source>&amp;Open the %1 form in my browser</source>
        <translation>&amp;Otwórz formularz %1 w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="133"/>
        <source>These links opened in an online check on %1.</source>
        <translation>Te linki otworzyły się podczas sprawdzenia online w dniu %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="137"/>
        <source>These links were collected from public sources on %1 and have not yet been opened online.</source>
        <translation>Te linki zebrano z publicznych źródeł w dniu %1 i nie zostały jeszcze otwarte online.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="155"/>
        <source>Co&amp;py link %1</source>
        <translation>Kopiuj &amp;link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="156"/>
        <source>Other link %1</source>
        <translation>Inny link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="160"/>
        <source>Op&amp;en</source>
        <translation>O&amp;twórz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="162"/>
        <source>Open other link %1</source>
        <translation>Otwórz inny link %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="176"/>
        <source>For your safety this link was not opened: the assistant only opens secure (https) pages of Meta&apos;s own sites. The guide file may have been changed; the README explains how to put it right.</source>
        <translation>Dla twojego bezpieczeństwa ten link nie został otwarty: asystent otwiera tylko bezpieczne strony (https) należące do Meta. Możliwe, że ktoś zmienił plik przewodnika; jak to naprawić, opisuje plik README.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="188"/>
        <source>Your browser should now show the form. Nothing there? Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Przeglądarka powinna teraz pokazać formularz. Nic się nie pojawiło? Skopiuj link poniżej i wklej go w pasek adresu przeglądarki.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/open_form.py" line="197"/>
        <source>The browser didn&apos;t open. Copy the link below and paste it into your browser&apos;s address bar.</source>
        <translation>Przeglądarka się nie otworzyła. Skopiuj link poniżej i wklej go w pasek adresu przeglądarki.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="79"/>
        <source>%1 – your objections</source>
        <translation>%1 – twoje sprzeciwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="81"/>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="103"/>
        <source>Your objections</source>
        <translation>Twoje sprzeciwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="88"/>
        <source>One line for each account you objected for. Choose one to carry on, see its history and proof, or record Meta&apos;s answer.</source>
        <translation>Każde konto, dla którego składasz sprzeciw, ma tu swój wiersz. Wybierz jeden, żeby kontynuować, zobaczyć historię i dowód albo zapisać odpowiedź Meta.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="135"/>
        <source>&amp;New objection…</source>
        <translation>&amp;Nowy sprzeciw…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="137"/>
        <source>Start a new objection</source>
        <translation>Rozpocznij nowy sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="138"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="140"/>
        <source>Carry on with the chosen objection</source>
        <translation>Kontynuuj wybrany sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="141"/>
        <source>&amp;History, answer and proof…</source>
        <translation>&amp;Historia, odpowiedź i dowód…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="143"/>
        <source>Open the chosen objection&apos;s history</source>
        <translation>Otwórz historię wybranego sprzeciwu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="144"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Eksportuj wszystko…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="146"/>
        <source>Save proof of all objections</source>
        <translation>Zapisz dowody wszystkich sprzeciwów</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="158"/>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Zapomnij o wszystkim…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="161"/>
        <source>Delete every objection from this computer</source>
        <translation>Usuń wszystkie sprzeciwy z tego komputera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="242"/>
        <source>It&apos;s been more than a week since you sent %n objection(s). Have a look in your email (and its spam folder) for Meta&apos;s reply, then record it here.</source>
        <translation>
            <numerusform>Od wysłania %n sprzeciwu minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
            <numerusform>Od wysłania %n sprzeciwów minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
            <numerusform>Od wysłania %n sprzeciwów minął już ponad tydzień. Poszukaj odpowiedzi od Meta w poczcie (także w folderze spam) i zapisz ją tutaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="253"/>
        <source>Meta hasn&apos;t answered %n objection(s) in the time it has. Open one to see your next step; if Meta told you it needs longer, wait until then.</source>
        <translation>
            <numerusform>Meta nie odpowiedziała na %n sprzeciw w przysługującym jej czasie. Otwórz go, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
            <numerusform>Meta nie odpowiedziała na %n sprzeciwy w przysługującym jej czasie. Otwórz jeden z nich, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
            <numerusform>Meta nie odpowiedziała na %n sprzeciwów w przysługującym jej czasie. Otwórz jeden z nich, aby zobaczyć kolejny krok; jeśli Meta napisała, że potrzebuje więcej czasu, poczekaj do tego terminu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/tracker/overview.py" line="320"/>
        <source>This deletes all %n objection(s) on this computer: accounts, email addresses, reason texts, dates and Meta&apos;s answers. The following files are removed:</source>
        <translation>
            <numerusform>Z tego komputera zostanie usunięty %n sprzeciw: konto, adres e-mail, treść uzasadnienia, daty i odpowiedź Meta. Znikną te pliki:</numerusform>
            <numerusform>Z tego komputera zostaną usunięte wszystkie %n sprzeciwy: konta, adresy e-mail, treści uzasadnień, daty i odpowiedzi Meta. Znikną te pliki:</numerusform>
            <numerusform>Z tego komputera zostanie usuniętych wszystkich %n sprzeciwów: konta, adresy e-mail, treści uzasadnień, daty i odpowiedzi Meta. Znikną te pliki:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="327"/>
        <source>Files you saved yourself (PDF, text, calendar) stay where you put them. This can&apos;t be undone. Your objections at Meta are not affected.</source>
        <translation>Pliki zapisane przez ciebie (PDF, tekst, kalendarz) zostaną tam, gdzie są. Tego nie da się cofnąć. Twoje sprzeciwy złożone w Meta pozostają bez zmian.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="333"/>
        <source>Forget everything?</source>
        <translation>Zapomnieć o wszystkim?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="338"/>
        <source>Some files could not be deleted. Close other programs and try again.</source>
        <translation>Nie udało się usunąć niektórych plików. Zamknij inne programy i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="147"/>
        <source>Other AI opt-&amp;outs…</source>
        <translation>Inne &amp;sprzeciwy wobec AI…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="150"/>
        <source>Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more</source>
        <translation>Inne sprzeciwy wobec AI: LinkedIn, Google Gemini, WhatsApp, X i inne</translation>
    </message>
</context>
<context>
    <name>PhoneCodesDialog</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="136"/>
        <source>Continue on your phone</source>
        <translation>Kontynuuj na telefonie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="145"/>
        <source>Point your phone&apos;s camera at a code: the phone shows the text and lets you copy it, ready to paste into Meta&apos;s form. The codes are only drawn on this screen; nothing is sent anywhere.</source>
        <translation>Skieruj aparat telefonu na kod: telefon pokaże tekst i pozwoli go skopiować, gotowy do wklejenia w formularzu Meta. Kody są tylko narysowane na tym ekranie; nic nie jest nigdzie wysyłane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="163"/>
        <source>Show it as several &amp;codes</source>
        <translation>Pokaż jako kilka &amp;kodów</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="165"/>
        <source>&amp;Shorten the reason</source>
        <translation>&amp;Skróć uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="167"/>
        <source>&amp;Previous part</source>
        <translation>&amp;Poprzednia część</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="169"/>
        <source>Ne&amp;xt part</source>
        <translation>&amp;Następna część</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="238"/>
        <source>Your email address: %1</source>
        <translation>Twój adres e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="240"/>
        <source>QR code of your email address %1</source>
        <translation>Kod QR twojego adresu e-mail %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="244"/>
        <source>No email address yet: type it on the page first, then open this again.</source>
        <translation>Nie ma jeszcze adresu e-mail: wpisz go najpierw na stronie, a potem otwórz to ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="255"/>
        <source>No reason yet: write it on the page first, then open this again.</source>
        <translation>Nie ma jeszcze uzasadnienia: napisz je najpierw na stronie, a potem otwórz to ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="261"/>
        <source>Your reason (%1 characters):</source>
        <translation>Twoje uzasadnienie (%1 znaków):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="265"/>
        <source>QR code of your reason, %1 characters</source>
        <translation>Kod QR twojego uzasadnienia, %1 znaków</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="271"/>
        <source>Your reason</source>
        <translation>Twoje uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="275"/>
        <source>Your reason is too long for one code: it has %1 characters, and one code holds only the first %2 of them. Show it as several numbered codes, to scan and paste one after another, or shorten it to fit in one code.</source>
        <translation>Twoje uzasadnienie jest za długie na jeden kod: ma %1 znaków, a jeden kod mieści tylko pierwsze %2. Pokaż je jako kilka ponumerowanych kodów, do zeskanowania i wklejenia jeden po drugim, albo skróć je, by zmieściło się w jednym kodzie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="290"/>
        <source>Scan the codes in order and paste each part right after the one before: together they make your whole reason.</source>
        <translation>Skanuj kody po kolei i wklejaj każdą część zaraz za poprzednią: razem tworzą całe uzasadnienie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="326"/>
        <source>Your reason, part %1/%2 (%3 characters):</source>
        <translation>Twoje uzasadnienie, część %1/%2 (%3 znaków):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/qr_code.py" line="333"/>
        <source>QR code of part %1 of %2 of your reason, %3 characters</source>
        <translation>Kod QR części %1 z %2 twojego uzasadnienia, %3 znaków</translation>
    </message>
</context>
<context>
    <name>ReasonEditor</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="110"/>
        <source>&amp;Help me write it</source>
        <translation>Pomóż &amp;mi je napisać</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="33"/>
        <source>Tick what applies to you:</source>
        <translation>Zaznacz, co cię dotyczy:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="35"/>
        <source>&amp;Photos and videos of me or my family</source>
        <translation>Zdjęcia i &amp;filmy ze mną lub moją rodziną</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="36"/>
        <source>My &amp;children appear in my posts</source>
        <translation>W m&amp;oich postach są moje dzieci</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="37"/>
        <source>My creative or professional work (&amp;art, writing, photography)</source>
        <translation>Moja twórczość lub praca zawodowa (sztu&amp;ka, teksty, fotografia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="40"/>
        <source>My op&amp;inions and my private life</source>
        <translation>Moje pog&amp;lądy i życie prywatne</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="41"/>
        <source>My &amp;face, my likeness and my voice</source>
        <translation>Moja twarz, mój wizerunek i mój &amp;głos</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="42"/>
        <source>I never a&amp;greed to this use</source>
        <translation>&amp;Nie ma na to mojej zgody</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="54"/>
        <source>Tone of the reason</source>
        <translation>Ton uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="56"/>
        <source>Short</source>
        <translation>Krótko</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="57"/>
        <source>Detailed</source>
        <translation>Szczegółowo</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="58"/>
        <source>Formal</source>
        <translation>Oficjalnie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="64"/>
        <source>Language of the reason</source>
        <translation>Język uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="67"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="69"/>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Język tekstu:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_composer.py" line="72"/>
        <source>&amp;Write the text</source>
        <translation>&amp;Stwórz tekst</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="129"/>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="133"/>
        <source>Re&amp;do</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="152"/>
        <source>Copy rea&amp;son</source>
        <translation>Kop&amp;iuj uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="156"/>
        <source>Copy the reason (%1)</source>
        <translation>Kopiuj uzasadnienie (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="163"/>
        <source>Show e&amp;xactly what will be copied</source>
        <translation>&amp;Zobacz dokładnie, co zostanie skopiowane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="178"/>
        <source>What will be copied</source>
        <translation>Co zostanie skopiowane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="282"/>
        <source>Replace your text?</source>
        <translation>Zastąpić twój tekst?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="284"/>
        <source>You have changed the text in the box. Replace it with a new text made from your choices? (Undo brings your version back.)</source>
        <translation>Tekst w polu został przez ciebie zmieniony. Zastąpić go nowym tekstem ułożonym z wybranych opcji? (Przycisk „Cofnij” przywróci twoją wersję).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="319"/>
        <source>Your own text was kept. Press “Write the text” to replace it with a new one made from these choices.</source>
        <translation>Twój tekst został zachowany. Naciśnij „Stwórz tekst”, jeśli chcesz zastąpić go nowym, ułożonym z tych opcji.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="345"/>
        <source>The ready-made texts could not be read (%1). You can still type your own.</source>
        <translation>Nie udało się wczytać gotowych tekstów (%1). Nadal możesz wpisać własny.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="355"/>
        <source>The texts in %1 could not be read, so English is used instead. File: %2 (%3)</source>
        <translation>Nie udało się wczytać tekstów w tym języku: %1, więc używamy angielskich. Plik: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="399"/>
        <source>1 character</source>
        <translation>1 znak</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="400"/>
        <source>%1 characters</source>
        <translation>Liczba znaków: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="22"/>
        <source>This is very long. A few clear paragraphs are easier for Meta&apos;s staff to read, and web forms sometimes cut off long texts.</source>
        <translation>To bardzo długi tekst. Kilka jasnych akapitów łatwiej przeczytać pracownikom Meta, a formularze internetowe czasem ucinają długie teksty.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="418"/>
        <source>The reason is empty, so there is nothing to copy yet.</source>
        <translation>Uzasadnienie jest puste, więc na razie nie ma czego kopiować.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="424"/>
        <source>Copying didn&apos;t work. The text is selected now: copy it yourself with the menu or the keyboard.</source>
        <translation>Kopiowanie się nie udało. Tekst jest teraz zaznaczony: skopiuj go samodzielnie z menu lub klawiaturą.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_editor.py" line="434"/>
        <source>Copied your reason (%1 characters). Paste it into the box “Please tell us how this processing impacts you” in Meta&apos;s form (%2).</source>
        <translation>Uzasadnienie skopiowane (liczba znaków: %1). Wklej je w formularzu Meta do pola „Wyjaśnij, jak to przetwarzanie na ciebie wpływa” (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="39"/>
        <source>Your saved reason is longer than %1 characters, so only its start is shown. The whole text stays saved until you change it here.</source>
        <translation>Zapisane uzasadnienie ma więcej niż %1 znaków, więc widać tylko jego początek. Cały tekst pozostaje zapisany, dopóki go tu nie zmienisz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/reason_limit.py" line="67"/>
        <source>A reason can be at most %1 characters long, so the text after that was left out. A few clear paragraphs say enough.</source>
        <translation>Uzasadnienie może mieć najwyżej %1 znaków, więc dalszy tekst pominięto. Wystarczy kilka jasnych akapitów.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="136"/>
        <source>Link to Meta&apos;s form for information from others</source>
        <translation>Link do formularza Meta dotyczącego informacji od innych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="148"/>
        <source>By law (%1), Meta must answer within %n month(s). It may take up to %2 more months only if it tells you so within that first period.</source>
        <translation>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesiąca. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesięcy. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
            <numerusform>Zgodnie z prawem (%1) Meta musi odpowiedzieć w ciągu %n miesięcy. Może to potrwać do %2 miesięcy dłużej tylko wtedy, gdy poinformuje cię o tym w tym pierwszym terminie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="157"/>
        <source>The law that applies to you (%1) sets Meta no fixed time to answer. If nothing has arrived after %n month(s), the assistant suggests the next step.</source>
        <translation>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącu nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącach nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
            <numerusform>Prawo, które cię obejmuje (%1), nie wyznacza Meta stałego terminu odpowiedzi. Jeśli po %n miesiącach nic nie przyjdzie, asystent zaproponuje kolejny krok.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/guidance.py" line="128"/>
        <source>A different case: &amp;information Meta got from others</source>
        <translation>Inna sprawa: &amp;informacje, które Meta ma od innych</translation>
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
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="27"/>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="83"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="85"/>
        <source>current step</source>
        <translation>bieżący krok</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="86"/>
        <source>to come</source>
        <translation>do zrobienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="89"/>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Krok %1 z %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="98"/>
        <source>Go back to this step</source>
        <translation>Wróć do tego kroku</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/step_list.py" line="84"/>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="46"/>
        <source>Which account do you want to object for?</source>
        <translation>Dla którego konta chcesz złożyć sprzeciw?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="59"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Gdzie mieszkasz?</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="62"/>
        <source>Choose your country</source>
        <translation>Wybierz swój kraj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="63"/>
        <source>Country where you live</source>
        <translation>Kraj, w którym mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="155"/>
        <source>choose an account</source>
        <translation>wybierz konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="157"/>
        <source>choose your country</source>
        <translation>wybierz swój kraj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source>To go on, %1.</source>
        <translation>Aby przejść dalej, %1.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="159"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="40"/>
        <source>&amp;About this assistant</source>
        <translation>&amp;O tym asystencie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/wizard/pages/welcome.py" line="94"/>
        <source>Wha&amp;t&apos;s new</source>
        <translation>&amp;Nowości</translation>
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
        <translation>Sprawdź pocztę: odpowiedź Meta ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="23"/>
        <source>A week ago you sent Meta your objection to AI training for {what}. Look in that mailbox (and its spam folder) for Meta&apos;s reply, then record the answer in the {app}.</source>
        <translation>Tydzień temu do Meta trafił twój sprzeciw wobec trenowania AI dla: {what}. Poszukaj odpowiedzi Meta w tej skrzynce (także w spamie), a potem zapisz ją w {app}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="31"/>
        <source>Meta&apos;s month to answer is up ({what})</source>
        <translation>Minął miesiąc, który Meta miała na odpowiedź ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="32"/>
        <source>The law gave Meta one month to answer your objection for {what}, sent on {sent}. It may take up to two months longer only if it told you so within that month. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Prawo dawało Mecie miesiąc na odpowiedź na twój sprzeciw dla: {what}, wysłany {sent}. Meta może potrzebować do dwóch miesięcy więcej tylko wtedy, gdy poinformowała cię o tym w ciągu tego miesiąca. Brak odpowiedzi albo odmowa? Otwórz {app}: pomoże ci napisać skargę do urzędu ochrony danych osobowych.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="51"/>
        <source>Time to look at your objection ({what})</source>
        <translation>Czas sprawdzić twój sprzeciw ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="52"/>
        <source>You sent your objection for {what} on {sent}. The law where you live sets Meta no fixed time to answer, but if nothing has come by now, open the {app}: it shows what you can do next.</source>
        <translation>Sprzeciw dla: {what} wysłano {sent}. Prawo w miejscu, w którym mieszkasz, nie wyznacza Mecie stałego terminu na odpowiedź, ale jeśli nic jeszcze nie przyszło, otwórz {app}: pokaże ci, co możesz zrobić dalej.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="58"/>
        <source>your account</source>
        <translation>twoje konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="41"/>
        <source>Meta&apos;s extra time to answer is up ({what})</source>
        <translation>Minął dodatkowy czas Meta na odpowiedź ({what})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/ics.py" line="42"/>
        <source>You sent your objection for {what} on {sent}. In its email of {email_on} Meta said it needs more time; the longer time the law allows is now over. No answer, or a refusal? Open the {app}: it helps you write a complaint to your data-protection authority.</source>
        <translation>Sprzeciw dla: {what} został wysłany {sent}. W e-mailu z {email_on} Meta napisała, że potrzebuje więcej czasu; dłuższy czas, na który pozwala prawo, właśnie minął. Brak odpowiedzi albo odmowa? Otwórz {app}: pomoże ci napisać skargę do urzędu ochrony danych osobowych.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="22"/>
        <source>Look again at your AI setting ({service})</source>
        <translation>Sprawdź ponownie ustawienie AI ({service})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/other_ics.py" line="23"/>
        <source>On {day} you recorded your AI-training opt-out at {service} in the {app}. Services have changed such settings before: open the {app}, choose “Other AI opt-outs” and check that it is still as you left it.</source>
        <translation>Dnia {day} zapisano w {app} Twój sprzeciw wobec trenowania AI w serwisie {service}. Serwisy już wcześniej zmieniały takie ustawienia: otwórz {app}, wybierz „Inne sprzeciwy wobec AI” i sprawdź, czy wszystko jest tak, jak zostawiono.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="34"/>
        <source>A file that comes with the app could not be used, so this part of it can&apos;t work. Your answers so far are saved.</source>
        <translation>Nie udało się użyć pliku dołączonego do aplikacji, więc ta jej część nie działa. Dotychczasowe odpowiedzi są zapisane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="42"/>
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
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="384"/>
        <source>Calendar file (*.ics)</source>
        <translation>Plik kalendarza (*.ics)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="106"/>
        <source>Save calendar reminders</source>
        <translation>Zapisz przypomnienia do kalendarza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="162"/>
        <source>Saving didn&apos;t work (%1). Try another folder.</source>
        <translation>Zapisywanie się nie udało (%1). Spróbuj w innym folderze.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/history.py" line="151"/>
        <source>Saving didn&apos;t work: a text in this objection holds a broken character. Nothing was saved.</source>
        <translation>Zapisywanie się nie udało: tekst w tym sprzeciwie zawiera uszkodzony znak. Nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/record_view.py" line="43"/>
        <source>(Some very long texts are shortened here. Your file keeps them whole, and the PDF, text and JSON exports show them in full.)</source>
        <translation>(Niektóre bardzo długie teksty są tu skrócone. Plik przechowuje je w całości, a eksport do PDF, tekstu i JSON pokazuje je w pełni.)</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="21"/>
        <source>without a name</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="22"/>
        <source>“%1”, started %2</source>
        <translation>„%1”, rozpoczęty %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="26"/>
        <source>In the objection %1 some answers could not be read (%2) and were left out; the rest of it is here.</source>
        <translation>W sprzeciwie %1 nie udało się odczytać niektórych odpowiedzi (%2), więc je pominięto; reszta jest tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="47"/>
        <source>The objection %1 uses something this version doesn&apos;t know (%2), so it isn&apos;t shown. It stays in the file for the newer version.</source>
        <translation>Sprzeciw %1 używa czegoś, czego ta wersja nie zna (%2), więc nie jest pokazany. Zostaje w pliku dla nowszej wersji.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="57"/>
        <source>The objection %1 could not be read (%2), so it was set aside; your other objections are all here.</source>
        <translation>Nie udało się odczytać sprzeciwu %1 (%2), więc odłożono go na bok; pozostałe sprzeciwy są wszystkie tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="66"/>
        <source>Its saved text is kept in %1</source>
        <translation>Zapisany tekst jest przechowywany w %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="78"/>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="80"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="91"/>
        <source>Your saved answers could not be read, so the assistant starts afresh.</source>
        <translation>Nie udało się odczytać zapisanych odpowiedzi, więc asystent zaczyna od nowa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="95"/>
        <location filename="../../optout_gui/ui/common/notices.py" line="137"/>
        <source>The damaged file was kept here: %1</source>
        <translation>Uszkodzony plik zachowano tutaj: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="100"/>
        <source>Part of your saved answers could not be read; the rest was kept.</source>
        <translation>Części zapisanych odpowiedzi nie udało się odczytać; resztę zachowano.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="104"/>
        <source>A copy of the original file is here: %1</source>
        <translation>Kopia pierwotnego pliku jest tutaj: %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="107"/>
        <source>Your answers were saved by a newer version of this assistant. They are shown, but nothing will be saved, so that the newer version&apos;s file stays intact.</source>
        <translation>Twoje odpowiedzi zapisała nowsza wersja asystenta. Widzisz je, ale nic nie zostanie zapisane, żeby plik nowszej wersji pozostał nietknięty.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="121"/>
        <source>Your saved answers could not be opened (%1). Nothing was changed.</source>
        <translation>Nie udało się otworzyć zapisanych odpowiedzi (%1). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="128"/>
        <source>Your settings could not be read (%1: %2), so the usual ones are used: the language follows your system until you choose one.</source>
        <translation>Nie udało się odczytać ustawień (%1: %2), więc obowiązują zwykłe: język jest taki jak w systemie, dopóki go nie wybierzesz.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="164"/>
        <source>%1 is a file, where a folder should be.</source>
        <translation>%1 to plik, a powinien tu być folder.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="167"/>
        <source>The folder %1 can&apos;t be made (%2).</source>
        <translation>Nie można utworzyć folderu %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="174"/>
        <source>Nothing can be saved for now: your answers stay in memory while the assistant is open. Choose another folder with --data-dir, or move the file away.</source>
        <translation>Na razie nic nie da się zapisać: odpowiedzi zostają w pamięci, dopóki asystent jest otwarty. Wybierz inny folder przez --data-dir albo przenieś plik.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="36"/>
        <source>The objection %1 could not be read (%2). No copy of it could be kept yet (the disk may be full), so the file is left as it is; the copy is made, and your answers saved, as soon as there is room.</source>
        <translation>Nie udało się odczytać sprzeciwu %1 (%2). Nie udało się jeszcze zachować jego kopii (może dysk jest pełny), więc plik zostaje bez zmian; kopia zostanie zrobiona, a twoje odpowiedzi zapisane, gdy tylko będzie miejsce.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="114"/>
        <source>Your answers file (%1) was written by a newer version of this assistant, in a form this version can&apos;t read. It was left exactly as it is, and nothing will be saved to it. Open it with the newer version, or choose another folder with --data-dir.</source>
        <translation>Twój plik z odpowiedziami (%1) został zapisany przez nowszą wersję tego asystenta, w formie, której ta wersja nie umie odczytać. Zostawiono go dokładnie takim, jaki jest, i nic nie zostanie w nim zapisane. Otwórz go w nowszej wersji albo wybierz inny folder za pomocą --data-dir.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="145"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="147"/>
        <source>the folder can&apos;t be written to</source>
        <translation>w folderze nie można zapisywać</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="149"/>
        <source>the system refused (%1)</source>
        <translation>system odmówił (%1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/notices.py" line="152"/>
        <source>This objection could not be deleted: %1. It stays in your list and in the file, as before.</source>
        <translation>Nie udało się usunąć tego sprzeciwu: %1. Zostaje na twojej liście i w pliku, tak jak wcześniej.</translation>
    </message>
</context>
<context>
    <name>other_optouts</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="22"/>
        <source>Done on %1</source>
        <translation>Zrobione %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="24"/>
        <source>Does not apply to me (noted %1)</source>
        <translation>Nie dotyczy mnie (zapisano %1)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="25"/>
        <source>Not done</source>
        <translation>Jeszcze nie zrobione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="30"/>
        <source>A setting to switch off</source>
        <translation>Ustawienie do wyłączenia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="31"/>
        <source>A form to send</source>
        <translation>Formularz do wysłania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="32"/>
        <source>A signal to AI companies (they may ignore it)</source>
        <translation>Sygnał dla firm AI (mogą go zignorować)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="33"/>
        <source>No way to opt out found</source>
        <translation>Nie znaleziono sposobu na sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="40"/>
        <source>Choose where you live above</source>
        <translation>Wybierz powyżej, gdzie mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="42"/>
        <source>Our sources don&apos;t name %1</source>
        <translation>Nasze źródła nie wymieniają kraju %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="45"/>
        <source>Applies in %1 since %2</source>
        <translation>Dotyczy kraju %1 od %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="49"/>
        <source>Applies in %1</source>
        <translation>Dotyczy kraju %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_wording.py" line="56"/>
        <source>Other AI opt-outs: %1 of %2 done</source>
        <translation>Inne sprzeciwy wobec AI: zrobione %1 z %2</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="66"/>
        <source>Link to the setting or form</source>
        <translation>Link do ustawienia lub formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="69"/>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Otwórz w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="70"/>
        <source>Opens the link in your web browser</source>
        <translation>Otwiera link w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="75"/>
        <source>Copy &amp;link</source>
        <translation>Kopiuj &amp;link</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="76"/>
        <source>Puts the link on the clipboard</source>
        <translation>Kopiuje link do schowka</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="86"/>
        <source>On your phone? Scan this code with its camera to open the same link.</source>
        <translation>Na telefonie? Zeskanuj ten kod aparatem, aby otworzyć ten sam link.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="95"/>
        <source>Your email address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="98"/>
        <source>Copy &amp;email address</source>
        <translation>Kopiuj adres &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="99"/>
        <source>For the form&apos;s email field</source>
        <translation>Do pola e-mail w formularzu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="111"/>
        <source>Copy the &amp;reason</source>
        <translation>Kopiuj &amp;uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="112"/>
        <source>For the form&apos;s field where you say what you object to</source>
        <translation>Do pola, w którym piszesz, czemu się sprzeciwiasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="120"/>
        <source>I&apos;ve &amp;done it</source>
        <translation>&amp;Zrobione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="121"/>
        <source>Records that you switched it off or sent the form, with the time</source>
        <translation>Zapisuje z godziną, że wyłączono ustawienie lub wysłano formularz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="128"/>
        <source>Doesn&apos;t &amp;apply to me</source>
        <translation>Nie &amp;dotyczy mnie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="129"/>
        <source>For example, you have no account there</source>
        <translation>Na przykład nie masz tam konta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="134"/>
        <source>&amp;Not done yet</source>
        <translation>&amp;Jeszcze nie</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="135"/>
        <source>Records that this is still to do</source>
        <translation>Zapisuje, że to jeszcze do zrobienia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="140"/>
        <source>Calendar reminder to look a&amp;gain…</source>
        <translation>&amp;Przypomnienie, by sprawdzić ponownie…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="141"/>
        <source>A calendar file that reminds you in three months</source>
        <translation>Plik kalendarza, który przypomni za trzy miesiące</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="221"/>
        <source>It covers future use only.</source>
        <translation>Dotyczy tylko przyszłego wykorzystania.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="227"/>
        <source>Unconfirmed: the way to this setting comes from press reports of %1, not from %2 itself. It may have changed since.</source>
        <translation>Niepotwierdzone: droga do tego ustawienia pochodzi z doniesień prasowych z %1, a nie od %2. Mogła się od tego czasu zmienić.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="239"/>
        <source>What to do:</source>
        <translation>Co zrobić:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="247"/>
        <source>As the service names it (in English):</source>
        <translation>Tak nazywa to serwis (po angielsku):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="249"/>
        <source>As the service names it:</source>
        <translation>Tak nazywa to serwis:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="253"/>
        <source>Where to find it (menus in English):</source>
        <translation>Gdzie to znaleźć (menu po angielsku):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="256"/>
        <source>Where to find it:</source>
        <translation>Gdzie to znaleźć:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="268"/>
        <source>QR code of the link to %1</source>
        <translation>Kod QR linku do %1</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="283"/>
        <source>Sources (as read on the date given):</source>
        <translation>Źródła (przeczytane w podanym dniu):</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="310"/>
        <source>This link is not one the app opens.</source>
        <translation>Aplikacja nie otwiera tego linku.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="316"/>
        <source>The link was passed to your browser.</source>
        <translation>Link został przekazany do przeglądarki.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="320"/>
        <source>No browser opened. Copy the link and paste it into your browser, or scan the code with your phone.</source>
        <translation>Nie otworzyła się żadna przeglądarka. Skopiuj link do przeglądarki albo zeskanuj kod telefonem.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="332"/>
        <source>Copying didn&apos;t work. Select the text and copy it yourself.</source>
        <translation>Kopiowanie się nie udało. Zaznacz tekst i skopiuj go samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="340"/>
        <source>Copied. Paste it where the page asks for it.</source>
        <translation>Skopiowano. Wklej tam, gdzie strona o to prosi.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="358"/>
        <source>Not saved: the note at the top says why.</source>
        <translation>Nie zapisano: powód podaje komunikat u góry.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="362"/>
        <source>This could not be saved on this computer. Check that the disk has room and try again.</source>
        <translation>Nie udało się zapisać na tym komputerze. Sprawdź, czy na dysku jest miejsce, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="382"/>
        <source>Save a calendar reminder</source>
        <translation>Zapisz przypomnienie w kalendarzu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_flow.py" line="397"/>
        <source>Saved. Open the file to add the reminder to your calendar.</source>
        <translation>Zapisano. Otwórz plik, aby dodać przypomnienie do kalendarza.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="82"/>
        <source>Other AI opt-outs</source>
        <translation>Inne sprzeciwy wobec AI</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="84"/>
        <source>Your AI opt-outs beyond Meta</source>
        <translation>Twoje sprzeciwy wobec AI poza Metą</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="91"/>
        <source>Other services train AI on what people post too. Choose a service to see what it does and how to stop it; the app notes what you did and when. Services with no way to opt out are listed so you know.</source>
        <translation>Także inne serwisy trenują AI na tym, co ludzie publikują. Wybierz serwis, aby zobaczyć, co robi i jak to zatrzymać; aplikacja zapisuje, co i kiedy zrobiono. Serwisy bez możliwości sprzeciwu też są na liście, żebyś o tym wiedział(a).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="102"/>
        <source>&amp;Where you live:</source>
        <translation>&amp;Gdzie mieszkasz:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="104"/>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="125"/>
        <source>Where you live</source>
        <translation>Gdzie mieszkasz</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="120"/>
        <source>Services</source>
        <translation>Serwisy</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="123"/>
        <source>Service</source>
        <translation>Serwis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="124"/>
        <source>What it is</source>
        <translation>Co to jest</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="126"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="145"/>
        <source>The chosen service</source>
        <translation>Wybrany serwis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="189"/>
        <source>Your earlier record of these opt-outs could not be read. It was kept as %1; this list starts afresh.</source>
        <translation>Nie udało się odczytać wcześniejszego zapisu tych sprzeciwów. Zachowano go jako %1; lista zaczyna się od nowa.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="195"/>
        <source>Your record of these opt-outs was saved by a newer version of the app. It is shown, but nothing you do here is saved.</source>
        <translation>Zapis tych sprzeciwów pochodzi z nowszej wersji aplikacji. Jest wyświetlany, ale nic, co tu zrobisz, nie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="201"/>
        <source>Your record of these opt-outs can&apos;t be opened (%1). Nothing you do here is saved.</source>
        <translation>Nie można otworzyć zapisu tych sprzeciwów (%1). Nic, co tu zrobisz, nie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/other_optouts.py" line="227"/>
        <source>Nothing to do</source>
        <translation>Nic do zrobienia</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="172"/>
        <source>As a PDF receipt…</source>
        <translation>Jako potwierdzenie PDF…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="173"/>
        <source>As plain text…</source>
        <translation>Jako zwykły tekst…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/overview.py" line="174"/>
        <source>As JSON (for programs)…</source>
        <translation>Jako JSON (dla programów)…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="35"/>
        <source>Not sent yet</source>
        <translation>Jeszcze niewysłany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="36"/>
        <source>Form opened</source>
        <translation>Formularz otwarty</translation>
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
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="62"/>
        <source>Sent, but the code expired</source>
        <translation>Wysłany, ale kod wygasł</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="66"/>
        <source>Get a new code: press Submit on Meta&apos;s form again, then carry on</source>
        <translation>Poproś o nowy kod: naciśnij ponownie przycisk wysyłania w formularzu Meta i kontynuuj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="72"/>
        <source>Carry on where you stopped</source>
        <translation>Kontynuuj od miejsca, w którym przerwano</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="75"/>
        <source>Check your email for Meta&apos;s reply</source>
        <translation>Sprawdź, czy w skrzynce jest odpowiedź od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="77"/>
        <source>Wait for Meta&apos;s email</source>
        <translation>Zaczekaj na e-mail od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="80"/>
        <source>Complain to your data-protection authority</source>
        <translation>Złóż skargę do urzędu ochrony danych osobowych</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="81"/>
        <source>Nothing: you&apos;re done</source>
        <translation>Nic: wszystko gotowe</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="85"/>
        <source>Not chosen</source>
        <translation>Nie wybrano</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="107"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="108"/>
        <source>Email or name</source>
        <translation>E-mail lub nazwa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="109"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="110"/>
        <source>Last step</source>
        <translation>Ostatni krok</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="111"/>
        <source>What next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="193"/>
        <source>(no email yet)</source>
        <translation>(jeszcze bez e-maila)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="37"/>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="38"/>
        <source>Sent, no code asked</source>
        <translation>Wysłany, bez kodu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="39"/>
        <source>Sent, code not entered yet</source>
        <translation>Wysłany, kod jeszcze niewpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="43"/>
        <source>Sent, code entered</source>
        <translation>Wysłany, kod wpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/tracker/objection_table.py" line="44"/>
        <source>Sent, waiting for Meta</source>
        <translation>Wysłany, czeka na Meta</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="50"/>
        <source>Objection to Meta using personal information for AI training</source>
        <translation>Sprzeciw wobec wykorzystywania przez Meta danych osobowych do trenowania AI</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="53"/>
        <source>Record made by {app} {version} on {when}.</source>
        <translation>Zapis sporządzony przez {app} {version} dnia {when}.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="54"/>
        <source>Times are shown in the time zone {zone}, with their offset from UTC.</source>
        <translation>Czas podano w strefie czasowej {zone}, wraz z przesunięciem względem UTC.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="57"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="58"/>
        <source>Name given</source>
        <translation>Nadana nazwa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="59"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="60"/>
        <source>Country of residence</source>
        <translation>Kraj zamieszkania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="61"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="62"/>
        <source>Form link used</source>
        <translation>Użyty link do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="63"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="64"/>
        <source>Reason sent (exactly as copied)</source>
        <translation>Wysłane uzasadnienie (dokładnie w skopiowanej postaci)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="65"/>
        <source>(no reason text was recorded)</source>
        <translation>(nie zapisano treści uzasadnienia)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="66"/>
        <source>Meta&apos;s answer</source>
        <translation>Odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="67"/>
        <source>(no answer recorded yet)</source>
        <translation>(jeszcze nie zapisano odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="68"/>
        <source>{outcome} on {date} (recorded {recorded})</source>
        <translation>{outcome} dnia {date} (zapisano {recorded})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="69"/>
        <source>Text of Meta&apos;s email, as pasted</source>
        <translation>Treść e-maila od Meta, w wklejonej postaci</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(nie zapisano)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="71"/>
        <source>Dates of each step</source>
        <translation>Daty poszczególnych kroków</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="72"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="73"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="74"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="75"/>
        <source>Date of Meta&apos;s answer</source>
        <translation>Data odpowiedzi Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="76"/>
        <source>Answer recorded in the app</source>
        <translation>Odpowiedź zapisana w aplikacji</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="77"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="78"/>
        <source>Facts</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="112"/>
        <source>not yet sent (draft)</source>
        <translation>jeszcze niewysłany (wersja robocza)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="113"/>
        <source>form opened</source>
        <translation>formularz otwarty</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="117"/>
        <source>honoured by Meta</source>
        <translation>uwzględniony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="118"/>
        <source>refused by Meta</source>
        <translation>odrzucony przez Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="135"/>
        <source>objection started</source>
        <translation>rozpoczęto sprzeciw</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="136"/>
        <source>status: {status}</source>
        <translation>stan: {status}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="137"/>
        <source>reason text copied for the form</source>
        <translation>skopiowano treść uzasadnienia do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="138"/>
        <source>form link opened</source>
        <translation>otwarto link do formularza</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="139"/>
        <source>answers cleared to start over</source>
        <translation>wyczyszczono odpowiedzi, aby zacząć od nowa</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="79"/>
        <source>Sent (send button pressed on Meta&apos;s form)</source>
        <translation>Wysłany (naciśnięto przycisk wysyłania w formularzu Meta)</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="80"/>
        <source>Code from Meta</source>
        <translation>Kod od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="81"/>
        <source>not asked for</source>
        <translation>nie był potrzebny</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="82"/>
        <source>received at {received}, not entered yet</source>
        <translation>otrzymany o {received}, jeszcze niewpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="83"/>
        <source>received at {received}, entered at {entered}</source>
        <translation>otrzymany o {received}, wpisany o {entered}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="84"/>
        <source>Meta&apos;s time to answer ends</source>
        <translation>Czas Meta na odpowiedź mija</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="85"/>
        <source>{when} (longer: Meta asked for more time in its email of {date})</source>
        <translation>{when} (dłużej: Meta poprosiła o więcej czasu w e-mailu z {date})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="88"/>
        <source>received at {received}, expired unused at {expired}</source>
        <translation>otrzymany o {received}, wygasł niewykorzystany o {expired}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="114"/>
        <source>sent</source>
        <translation>wysłany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="115"/>
        <source>sent, code entered</source>
        <translation>wysłany, kod wpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="116"/>
        <source>sent, waiting for Meta&apos;s answer</source>
        <translation>wysłany, czeka na odpowiedź Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="120"/>
        <source>no answer from Meta in the time it had</source>
        <translation>brak odpowiedzi Meta w czasie, który miała</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="140"/>
        <source>code from Meta received</source>
        <translation>otrzymano kod od Meta</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="141"/>
        <source>code from Meta expired unused</source>
        <translation>kod od Meta wygasł niewykorzystany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="142"/>
        <source>Meta asked for no code</source>
        <translation>Meta nie poprosiła o kod</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="143"/>
        <source>Meta asked for more time to answer, in its email of {date}</source>
        <translation>Meta poprosiła o więcej czasu na odpowiedź, w e-mailu z {date}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="125"/>
        <source>sent, no code asked</source>
        <translation>wysłany, bez kodu</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="126"/>
        <source>sent, code received, not entered yet</source>
        <translation>wysłany, kod otrzymany, jeszcze niewpisany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="129"/>
        <source>sent, code expired unused</source>
        <translation>wysłany, kod wygasł niewykorzystany</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="92"/>
        <source>Other AI opt-outs</source>
        <translation>Inne sprzeciwy wobec AI</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="93"/>
        <source>Service</source>
        <translation>Serwis</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="94"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="95"/>
        <source>not done</source>
        <translation>nie zrobione</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="96"/>
        <source>done on {when}</source>
        <translation>zrobione {when}</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="97"/>
        <source>does not apply (noted {when})</source>
        <translation>nie dotyczy mnie (zapisano {when})</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="98"/>
        <source>[Shortened here: the whole text has {count} characters. It is kept in full in the app&apos;s data file and in the JSON proof.]</source>
        <translation>[Tu skrócono: cały tekst ma {count} znaków. W całości jest zachowany w pliku danych aplikacji i w dowodzie JSON.]</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="103"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../optout_gui/core/proof.py" line="104"/>
        <source>Values ending in “…” are shortened here; they are kept in full in the app&apos;s data file and in the JSON proof.</source>
        <translation>Wartości kończące się na „…” są tu skrócone; w całości są zachowane w pliku danych aplikacji i w dowodzie JSON.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="63"/>
        <source>Something went wrong and the app could not start.</source>
        <translation>Coś poszło nie tak i aplikacja nie mogła się uruchomić.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/error_windows.py" line="65"/>
        <source>Something went wrong and the app could not start.

The technical details are saved in this file:
%1

If you ask someone for help, you can send them that file. It only describes the problem inside the app.</source>
        <translation>Coś poszło nie tak i aplikacja nie mogła się uruchomić.

Szczegóły techniczne są zapisane w tym pliku:
%1

Jeśli poprosisz kogoś o pomoc, możesz wysłać mu ten plik. Opisuje on tylko problem wewnątrz aplikacji.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="21"/>
        <source>it belongs to another user account</source>
        <translation>należy do innego konta użytkownika</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="25"/>
        <source>The data folder %1 can&apos;t be used: %2. Your answers can&apos;t be read from it or saved in it.

Choose another folder for your answers (a new empty one is fine), or go on without: then nothing you type is saved.</source>
        <translation>Nie można użyć folderu danych %1: %2. Twoich odpowiedzi nie da się z niego odczytać ani w nim zapisać.

Wybierz inny folder na swoje odpowiedzi (może być nowy, pusty) albo kontynuuj bez niego: wtedy nic, co wpiszesz, nie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="40"/>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="41"/>
        <source>Go on without saving</source>
        <translation>Kontynuuj bez zapisywania</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/folder_choice.py" line="46"/>
        <source>Choose a folder for your answers</source>
        <translation>Wybierz folder na swoje odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="323"/>
        <source>This data folder seems to be open on another computer, “%1”, since %2:
%3

If the app is still open there, close it there first: two copies writing to the same folder would lose each other&apos;s answers.

If that computer is off or the app is closed there (a USB stick that was pulled out, say), you can open the folder here.</source>
        <translation>Ten folder danych wygląda na otwarty na innym komputerze, „%1”, od %2:
%3

Jeśli aplikacja jest tam nadal otwarta, najpierw ją tam zamknij: dwie kopie zapisujące do tego samego folderu nawzajem traciłyby swoje odpowiedzi.

Jeśli tamten komputer jest wyłączony albo aplikacja jest tam zamknięta (np. wyjęto pendrive), możesz otworzyć folder tutaj.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="342"/>
        <source>Open it here</source>
        <translation>Otwórz tutaj</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/single_instance.py" line="343"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="50"/>
        <source>Paste it before you close this app: on Linux the copy is lost then.</source>
        <translation>Wklej to przed zamknięciem aplikacji: w systemie Linux skopiowany tekst wtedy znika.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="276"/>
        <source>Copied. Paste it (%1) into your browser&apos;s address bar.</source>
        <translation>Skopiowano. Wklej to (%1) w pasku adresu przeglądarki.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="288"/>
        <source>Copied. Now paste it into Meta&apos;s form (%1).</source>
        <translation>Skopiowano. Teraz wklej to w formularzu Meta (%1).</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="297"/>
        <source>Copying didn&apos;t work. Select the text by hand and copy it yourself.</source>
        <translation>Kopiowanie się nie udało. Zaznacz tekst ręcznie i skopiuj go samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="325"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="327"/>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location filename="../../optout_gui/ui/common/widgets.py" line="329"/>
        <source>Changes the language of every window at once.</source>
        <translation>Zmienia język od razu we wszystkich oknach.</translation>
    </message>
</context>
</TS>
