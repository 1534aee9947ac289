; The installer's own sentences in the app's eight languages (NSIS brings the rest of each
; page). Written by us, in the same words and form of address as the app's translations
; (resources/translations/optout_<lang>.ts). $LOCALAPPDATA is filled in on the person's machine.
; tests/test_windows_installer.py checks that every string exists in all eight languages.

; --- English ---
LangString WELCOME_TEXT ${LANG_ENGLISH} "This installs $(^NameDA) ${VERSION} for you only, in your own user folder: it needs no administrator rights and no restart.$\r$\n$\r$\nYour saved objections stay in their own folder. Installing a newer version over this one keeps them."
LangString APP_RUNNING ${LANG_ENGLISH} "AI Opt-Out Assistant is still open. Close it (what you recorded is saved), then click Retry."
LangString SEC_APP_DESC ${LANG_ENGLISH} "The app itself, with its entry in the Start menu. Always installed."
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP_DESC ${LANG_ENGLISH} "Also put a shortcut to the app on your desktop."
LangString UN_TOP ${LANG_ENGLISH} "The app, its Start menu entry and its desktop shortcut will be removed. Your saved objections and their history stay in $LOCALAPPDATA\optout-assistant unless you tick the box below."
LangString UN_SEC_APP_DESC ${LANG_ENGLISH} "The app, its Start menu entry and its desktop shortcut."
LangString UN_SEC_DATA ${LANG_ENGLISH} "Also delete my saved objections"
LangString UN_SEC_DATA_DESC ${LANG_ENGLISH} "Deletes that folder for good: your objections, their history, settings and logs."

; --- German (Sie) ---
LangString WELCOME_TEXT ${LANG_GERMAN} "Hiermit wird $(^NameDA) ${VERSION} nur für Sie installiert, in Ihrem eigenen Benutzerordner: Dafür sind keine Administratorrechte und kein Neustart nötig.$\r$\n$\r$\nIhre gespeicherten Widersprüche bleiben in einem eigenen Ordner. Wenn Sie später eine neuere Version darüber installieren, bleiben sie erhalten."
LangString APP_RUNNING ${LANG_GERMAN} "AI Opt-Out Assistant ist noch geöffnet. Schließen Sie die App (Ihre Aufzeichnungen sind gespeichert) und klicken Sie dann auf Wiederholen."
LangString SEC_APP_DESC ${LANG_GERMAN} "Die App selbst, mit ihrem Eintrag im Startmenü. Wird immer installiert."
LangString SEC_DESKTOP ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SEC_DESKTOP_DESC ${LANG_GERMAN} "Legt zusätzlich eine Verknüpfung zur App auf Ihrem Desktop ab."
LangString UN_TOP ${LANG_GERMAN} "Die App, ihr Eintrag im Startmenü und ihre Verknüpfung auf dem Desktop werden entfernt. Ihre gespeicherten Widersprüche und ihr Verlauf bleiben in $LOCALAPPDATA\optout-assistant, außer Sie setzen unten das Häkchen."
LangString UN_SEC_APP_DESC ${LANG_GERMAN} "Die App, ihr Eintrag im Startmenü und ihre Verknüpfung auf dem Desktop."
LangString UN_SEC_DATA ${LANG_GERMAN} "Auch meine gespeicherten Widersprüche löschen"
LangString UN_SEC_DATA_DESC ${LANG_GERMAN} "Löscht diesen Ordner endgültig: Ihre Widersprüche, ihren Verlauf, Einstellungen, Protokolle."

; --- Spanish (tú) ---
LangString WELCOME_TEXT ${LANG_SPANISH} "Esto instala $(^NameDA) ${VERSION} solo para ti, en tu propia carpeta de usuario: no necesita permisos de administrador ni reiniciar.$\r$\n$\r$\nTus oposiciones guardadas se quedan en su propia carpeta. Si más adelante instalas una versión nueva encima de esta, se conservan."
LangString APP_RUNNING ${LANG_SPANISH} "AI Opt-Out Assistant sigue abierto. Ciérralo (lo que has registrado está guardado) y luego haz clic en Reintentar."
LangString SEC_APP_DESC ${LANG_SPANISH} "La aplicación, con su entrada en el menú Inicio. Se instala siempre."
LangString SEC_DESKTOP ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString SEC_DESKTOP_DESC ${LANG_SPANISH} "Pone también un acceso directo a la aplicación en tu escritorio."
LangString UN_TOP ${LANG_SPANISH} "Se quitarán la aplicación, su entrada en el menú Inicio y su acceso directo en el escritorio. Tus oposiciones guardadas y su historial se quedan en $LOCALAPPDATA\optout-assistant, salvo que marques la casilla de abajo."
LangString UN_SEC_APP_DESC ${LANG_SPANISH} "La aplicación, su entrada en el menú Inicio y su acceso directo en el escritorio."
LangString UN_SEC_DATA ${LANG_SPANISH} "Borrar también mis oposiciones guardadas"
LangString UN_SEC_DATA_DESC ${LANG_SPANISH} "Borra esa carpeta para siempre: tus oposiciones, su historial, tus ajustes y los registros."

; --- French (vous) ---
LangString WELCOME_TEXT ${LANG_FRENCH} "Ceci installe $(^NameDA) ${VERSION} pour vous seul, dans votre propre dossier utilisateur : aucun droit d'administrateur ni redémarrage n'est nécessaire.$\r$\n$\r$\nVos oppositions enregistrées restent dans leur propre dossier. Installer plus tard une version plus récente par-dessus celle-ci les conserve."
LangString APP_RUNNING ${LANG_FRENCH} "AI Opt-Out Assistant est encore ouvert. Fermez-le (ce que vous avez enregistré est sauvegardé), puis cliquez sur Réessayer."
LangString SEC_APP_DESC ${LANG_FRENCH} "L'application elle-même, avec son entrée dans le menu Démarrer. Toujours installée."
LangString SEC_DESKTOP ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SEC_DESKTOP_DESC ${LANG_FRENCH} "Place aussi un raccourci vers l'application sur votre bureau."
LangString UN_TOP ${LANG_FRENCH} "L'application, son entrée dans le menu Démarrer et son raccourci sur le bureau seront supprimés. Vos oppositions enregistrées et leur historique restent dans $LOCALAPPDATA\optout-assistant, sauf si vous cochez la case ci-dessous."
LangString UN_SEC_APP_DESC ${LANG_FRENCH} "L'application, son entrée dans le menu Démarrer et son raccourci sur le bureau."
LangString UN_SEC_DATA ${LANG_FRENCH} "Supprimer aussi mes oppositions enregistrées"
LangString UN_SEC_DATA_DESC ${LANG_FRENCH} "Supprime définitivement ce dossier : vos oppositions, leur historique, réglages et journaux."

; --- Italian (tu) ---
LangString WELCOME_TEXT ${LANG_ITALIAN} "Questo installa $(^NameDA) ${VERSION} solo per te, nella tua cartella utente: non servono diritti di amministratore né riavvii.$\r$\n$\r$\nLe opposizioni salvate restano nella loro cartella. Se in seguito installi una versione più recente sopra questa, vengono conservate."
LangString APP_RUNNING ${LANG_ITALIAN} "AI Opt-Out Assistant è ancora aperto. Chiudilo (quello che hai registrato è salvato), poi fai clic su Riprova."
LangString SEC_APP_DESC ${LANG_ITALIAN} "L'app stessa, con la sua voce nel menu Start. Viene sempre installata."
LangString SEC_DESKTOP ${LANG_ITALIAN} "Collegamento sul desktop"
LangString SEC_DESKTOP_DESC ${LANG_ITALIAN} "Mette anche un collegamento all'app sul tuo desktop."
LangString UN_TOP ${LANG_ITALIAN} "Verranno rimossi l'app, la sua voce nel menu Start e il suo collegamento sul desktop. Le opposizioni salvate e la loro cronologia restano in $LOCALAPPDATA\optout-assistant, a meno che tu non spunti la casella qui sotto."
LangString UN_SEC_APP_DESC ${LANG_ITALIAN} "L'app, la sua voce nel menu Start e il suo collegamento sul desktop."
LangString UN_SEC_DATA ${LANG_ITALIAN} "Elimina anche le mie opposizioni salvate"
LangString UN_SEC_DATA_DESC ${LANG_ITALIAN} "Elimina per sempre quella cartella: opposizioni, cronologia, impostazioni e log."

; --- Dutch (je) ---
LangString WELCOME_TEXT ${LANG_DUTCH} "Hiermee wordt $(^NameDA) ${VERSION} alleen voor jou geïnstalleerd, in je eigen gebruikersmap: je hebt geen beheerdersrechten nodig en hoeft niet opnieuw op te starten.$\r$\n$\r$\nJe opgeslagen bezwaren blijven in een eigen map. Als je later een nieuwere versie over deze heen installeert, blijven ze bewaard."
LangString APP_RUNNING ${LANG_DUTCH} "AI Opt-Out Assistant is nog open. Sluit de app (wat je hebt vastgelegd is opgeslagen) en klik dan op Opnieuw."
LangString SEC_APP_DESC ${LANG_DUTCH} "De app zelf, met een item in het menu Start. Wordt altijd geïnstalleerd."
LangString SEC_DESKTOP ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString SEC_DESKTOP_DESC ${LANG_DUTCH} "Zet ook een snelkoppeling naar de app op je bureaublad."
LangString UN_TOP ${LANG_DUTCH} "De app, het item in het menu Start en de snelkoppeling op het bureaublad worden verwijderd. Je opgeslagen bezwaren en hun geschiedenis blijven in $LOCALAPPDATA\optout-assistant, tenzij je hieronder het vakje aanvinkt."
LangString UN_SEC_APP_DESC ${LANG_DUTCH} "De app, het item in het menu Start en de snelkoppeling op het bureaublad."
LangString UN_SEC_DATA ${LANG_DUTCH} "Ook mijn opgeslagen bezwaren verwijderen"
LangString UN_SEC_DATA_DESC ${LANG_DUTCH} "Verwijdert die map voorgoed: je bezwaren, hun geschiedenis, je instellingen en logbestanden."

; --- Polish (informal) ---
LangString WELCOME_TEXT ${LANG_POLISH} "Ten kreator zainstaluje $(^NameDA) ${VERSION} tylko dla ciebie, w twoim folderze użytkownika: nie są potrzebne uprawnienia administratora ani ponowne uruchomienie komputera.$\r$\n$\r$\nTwoje zapisane sprzeciwy zostają w osobnym folderze. Jeśli później zainstalujesz nowszą wersję w miejsce tej, zostaną zachowane."
LangString APP_RUNNING ${LANG_POLISH} "AI Opt-Out Assistant jest nadal otwarty. Zamknij go (twoje zapisy są zachowane), a potem kliknij Ponów próbę."
LangString SEC_APP_DESC ${LANG_POLISH} "Sama aplikacja wraz z pozycją w menu Start. Instalowana zawsze."
LangString SEC_DESKTOP ${LANG_POLISH} "Skrót na pulpicie"
LangString SEC_DESKTOP_DESC ${LANG_POLISH} "Dodaje też skrót do aplikacji na twoim pulpicie."
LangString UN_TOP ${LANG_POLISH} "Aplikacja, jej pozycja w menu Start i skrót na pulpicie zostaną usunięte. Twoje zapisane sprzeciwy i ich historia zostają w $LOCALAPPDATA\optout-assistant, chyba że zaznaczysz pole poniżej."
LangString UN_SEC_APP_DESC ${LANG_POLISH} "Aplikacja, jej pozycja w menu Start i skrót na pulpicie."
LangString UN_SEC_DATA ${LANG_POLISH} "Usuń też moje zapisane sprzeciwy"
LangString UN_SEC_DATA_DESC ${LANG_POLISH} "Trwale usuwa ten folder: twoje sprzeciwy, ich historię, ustawienia i dzienniki."

; --- Brazilian Portuguese (você) ---
LangString WELCOME_TEXT ${LANG_PORTUGUESEBR} "Isto instala o $(^NameDA) ${VERSION} só para você, na sua própria pasta de usuário: não precisa de permissão de administrador nem de reiniciar.$\r$\n$\r$\nSuas oposições salvas ficam em uma pasta separada. Instalar depois uma versão mais nova por cima desta as mantém."
LangString APP_RUNNING ${LANG_PORTUGUESEBR} "O AI Opt-Out Assistant ainda está aberto. Feche o app (o que você registrou está salvo) e clique em Repetir."
LangString SEC_APP_DESC ${LANG_PORTUGUESEBR} "O próprio app, com a entrada no menu Iniciar. Sempre instalado."
LangString SEC_DESKTOP ${LANG_PORTUGUESEBR} "Atalho na área de trabalho"
LangString SEC_DESKTOP_DESC ${LANG_PORTUGUESEBR} "Coloca também um atalho para o app na sua área de trabalho."
LangString UN_TOP ${LANG_PORTUGUESEBR} "O app, a entrada no menu Iniciar e o atalho na área de trabalho serão removidos. Suas oposições salvas e o histórico delas ficam em $LOCALAPPDATA\optout-assistant, a menos que você marque a caixa abaixo."
LangString UN_SEC_APP_DESC ${LANG_PORTUGUESEBR} "O app, a entrada no menu Iniciar e o atalho na área de trabalho."
LangString UN_SEC_DATA ${LANG_PORTUGUESEBR} "Apagar também minhas oposições salvas"
LangString UN_SEC_DATA_DESC ${LANG_PORTUGUESEBR} "Apaga essa pasta de vez: suas oposições, o histórico delas, configurações e registros."
