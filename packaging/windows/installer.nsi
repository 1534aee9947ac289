; Windows installer for the AI Opt-Out Assistant (NSIS 3, Modern UI 2).
;
; Build it with tools/build_installer.py, which passes the defines below and writes
; dist/optout-assistant-<version>-windows-x64-setup.exe next to the portable zip:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DBUNDLE=<folder with
;            optout-assistant.exe> -DOUTFILE=<setup.exe> -DICON=<.ico> installer.nsi
; The same script builds with Debian's makensis (the Windows lane, tools/windows_lane.sh) and
; with NSIS on Windows (.github/workflows/bundles.yml).
;
; What it does (docs/windows-installer.md):
; - installs for the current person only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\AI Opt-Out Assistant; a Start-menu entry with the app's icon; a
;   desktop shortcut only if ticked (off by default; /DESKTOP on a silent install's command line);
; - registers the uninstaller under HKCU\...\Uninstall\optout-assistant ("Installed apps");
; - speaks the person's Windows language when it is one of the app's eight (else English);
; - never touches the person's data (%LOCALAPPDATA%\optout-assistant): installing over an older
;   version keeps it, uninstalling keeps it unless the person ticks "also delete" (off by default);
; - no bundled extras, no reboot, no network.
; Silent: setup.exe /S [/DESKTOP] [/D=folder]; uninstall.exe /S (keeps the data).

; A 64-bit installer (the app is 64-bit too): Wine without its 32-bit part runs it, and Windows
; shows it no 32-bit folder or registry redirection. Debian's nsis package carries the amd64
; stubs and plug-ins; NSIS's own Windows download does not, so the installer is always built
; with Debian's makensis (the lane, and a Linux job in .github/workflows/bundles.yml).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 32
CRCCheck on

!macro _need NAME
  !ifndef ${NAME}
    !error "pass -D${NAME}=... (tools/build_installer.py passes VERSION, BUNDLE, OUTFILE, ICON)"
  !endif
!macroend
!insertmacro _need VERSION
!insertmacro _need BUNDLE
!insertmacro _need OUTFILE
!insertmacro _need ICON
!ifndef VERSION4
  !define VERSION4 "0.0.0.0"
!endif

!define APP_NAME "AI Opt-Out Assistant"
!define APP_ID "optout-assistant"
!define APP_EXE "optout-assistant.exe"
!define PUBLISHER "AI Opt-Out Assistant contributors"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; Where the app keeps the person's files on Windows (platformdirs.user_data_dir with
; appauthor=False: optout_gui/core/paths.py); logs and cache live inside it.
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
!define SHORTCUT "${APP_NAME}.lnk"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

; --- installer pages ---
!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)$\r$\n$\r$\n$(^ClickNext)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

; --- uninstaller pages: one page says where the data is and offers to delete it (unticked) ---
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UN_TOP)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; NSIS picks the one matching Windows' display language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "PortugueseBR"
!include "languages.nsh"

; While the app runs, Windows keeps its .exe and DLLs from being replaced or deleted (Wine does
; not: the lane cannot show this). A running .exe cannot be opened for writing: ask to close it.
!macro CloseTheAppFirst
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
!macroend

Section "${APP_NAME}" SecApp
  SectionIn RO
  !insertmacro CloseTheAppFirst
  SetOutPath "$INSTDIR"
  ; Installing over an older version: its program files go first (a file the new version no
  ; longer has must not stay behind). Only our own names: never the folder as a whole, and
  ; never the data folder, which is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function .onInit
  ; /DESKTOP on the command line ticks the desktop shortcut (for silent installs).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DESKTOP" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SEC_APP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SEC_DESKTOP_DESC)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- uninstaller ---
Section "un.${APP_NAME}" UnSecApp
  SectionIn RO
  !insertmacro CloseTheAppFirst
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: never files the person put there
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(UN_SEC_DATA)" UnSecData
  RMDir /r "${DATA_DIR}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecApp} "$(UN_SEC_APP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UN_SEC_DATA_DESC)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
