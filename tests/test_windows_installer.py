"""The Windows installer (packaging/windows/installer.nsi) as far as Linux can check it.

Installing, starting, reinstalling and uninstalling it is checked under Wine by the Windows
lane (tools/windows_lane.sh, step 9b); here: its languages, where it puts and never touches
files, the shortcut reader the lane uses, and a build with Debian's makensis when installed.
"""

from __future__ import annotations

import ntpath
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import platformdirs.windows
import pytest

from optout_gui import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402
import build_installer  # noqa: E402
import lnk_target  # noqa: E402

SCRIPT = ROOT / "packaging" / "windows" / "installer.nsi"
LANGUAGES = ROOT / "packaging" / "windows" / "languages.nsh"
FIXTURE_LNK = ROOT / "tests" / "fixtures" / "wine-start-menu.lnk"
# The app's languages and the names NSIS gives them.
NSIS_NAMES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "pt_BR": "PortugueseBR",
}


def script_text() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """Each Section's header line -> its body."""
    found = re.findall(r"^(Section [^\n]*)\n(.*?)^SectionEnd", text, re.M | re.S)
    return dict(found)


def test_the_installer_speaks_every_language_of_the_app():
    app_languages = sorted(
        p.stem.removeprefix("optout_") for p in (ROOT / "resources/translations").glob("*.ts")
    )
    assert sorted(NSIS_NAMES) == app_languages
    inserted = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', script_text(), re.M)
    assert inserted[0] == "English"  # the fallback for other Windows languages
    assert sorted(inserted) == sorted(NSIS_NAMES.values())

    strings: dict[str, dict[str, str]] = {}
    for name, lang, value in re.findall(
        r'^LangString (\w+) \$\{LANG_(\w+)\} "(.*)"$',
        LANGUAGES.read_text(encoding="utf-8"),
        re.M,
    ):
        strings.setdefault(name, {})[lang] = value
    used = set(re.findall(r"\$\((\w+)\)", script_text())) - {"^ClickNext", "^NameDA"}
    assert used and used <= set(strings)
    for name, by_language in strings.items():
        assert sorted(by_language) == sorted(n.upper() for n in NSIS_NAMES.values()), name
        english = by_language["ENGLISH"]
        for lang, value in by_language.items():
            assert value.strip(), (name, lang)
            if lang != "ENGLISH" and len(english) > 30:
                assert value != english, f"{name} is not translated into {lang}"
            # the same placeholders in every language
            assert sorted(re.findall(r"\$[\w({]+", value)) == sorted(
                re.findall(r"\$[\w({]+", english)
            ), (name, lang)


def test_the_data_folder_the_uninstaller_names_is_where_the_app_keeps_data(monkeypatch):
    """platformdirs on Windows (core/paths.py) -> %LOCALAPPDATA%\\optout-assistant."""
    local = r"C:\Users\Ana\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: local)
    data = platformdirs.windows.Windows(APP_ID, appauthor=False).user_data_dir
    assert ntpath.normpath(data) == ntpath.join(local, APP_ID)
    text = script_text()
    assert f'!define APP_ID "{APP_ID}"' in text
    assert '!define DATA_DIR "$LOCALAPPDATA\\${APP_ID}"' in text
    for value in re.findall(
        r'^LangString UN_TOP \$\{LANG_\w+\} "(.*)"$', LANGUAGES.read_text(encoding="utf-8"), re.M
    ):
        assert f"$LOCALAPPDATA\\{APP_ID}" in value  # the uninstaller says where the data is


def test_only_an_unticked_choice_deletes_the_data():
    text = script_text()
    touching = {head: body for head, body in sections(text).items() if "DATA_DIR" in body}
    assert list(touching) == ['Section /o "un.$(UN_SEC_DATA)" UnSecData']  # /o: off by default
    # The program goes by its own names only: never the whole install folder, which the
    # person may have chosen, and the program folder is not inside the data folder.
    assert not re.search(r"RMDir /r \"?\$INSTDIR\"?\s*$", text, re.M)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text


def test_per_user_install_registered_for_installed_apps():
    text = script_text()
    assert "RequestExecutionLevel user" in text
    assert f'!define APP_NAME "{APP_NAME}"' in text
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}" in text
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "InstallLocation",
        "UninstallString",
        "QuietUninstallString",
        "NoModify",
        "NoRepair",
        "EstimatedSize",
    ):
        assert re.search(rf'WriteReg(Str|DWORD) HKCU "\$\{{UNINSTALL_KEY\}}" "{value}"', text)
    assert "HKLM" not in text  # nothing for all users, nothing that needs an administrator
    bodies = sections(text)
    desktop = next(head for head in bodies if "SEC_DESKTOP" in head)
    assert desktop.startswith("Section /o ")  # the desktop shortcut: off unless ticked
    uninstall = next(body for head, body in bodies.items() if '"un.${APP_NAME}"' in head)
    for removed in ('"$SMPROGRAMS\\${SHORTCUT}"', '"$DESKTOP\\${SHORTCUT}"', '"${UNINSTALL_KEY}"'):
        assert removed in uninstall


def test_the_shortcut_reader_reads_a_shortcut_wine_made():
    shortcut = lnk_target.read_shortcut(FIXTURE_LNK)
    folder = r"C:\users\root\AppData\Local\Programs\AI Opt-Out Assistant"
    assert shortcut.target == folder + r"\optout-assistant.exe"
    assert shortcut.working_dir == folder
    assert shortcut.icon_location == folder + r"\optout-assistant.exe"
    assert shortcut.icon_index == 0
    assert shortcut.arguments == ""


def test_the_shortcut_reader_refuses_other_files(tmp_path, capsys):
    other = tmp_path / "notes.lnk"
    other.write_bytes(b"just text, not a shortcut" * 4)
    with pytest.raises(ValueError, match="not a Windows shortcut"):
        lnk_target.read_shortcut(other)
    assert lnk_target.main([str(other)]) == 1
    assert "not a Windows shortcut" in capsys.readouterr().err
    assert lnk_target.main([str(FIXTURE_LNK), "--field", "target"]) == 0
    assert capsys.readouterr().out.strip().endswith(r"\optout-assistant.exe")


def test_windows_version_numbers():
    assert build_installer.version4("0.1.0") == "0.1.0.0"
    assert build_installer.version4("1.2.0rc1") == "1.2.0.0"
    assert build_installer.version4("2") == "2.0.0.0"
    assert build_installer.installer_name("0.3.0") == "optout-assistant-0.3.0-windows-x64-setup.exe"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) not here")
def test_makensis_builds_a_64_bit_installer_listed_in_sha256sums(tmp_path):
    bundle = tmp_path / "bundle" / "optout-assistant"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "optout-assistant.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    out = tmp_path / "dist"
    out.mkdir()
    (out / "optout-assistant-x-windows-x64.zip").write_bytes(b"zip stand-in")
    build_bundle.record_checksum(out / "SHA256SUMS", out / "optout-assistant-x-windows-x64.zip")
    assert build_installer.main(["--bundle", str(bundle), "--out", str(out)]) == 0
    setup = out / build_installer.installer_name(__version__)
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    (pe,) = struct.unpack_from("<I", data, 0x3C)
    assert data[pe : pe + 4] == b"PE\0\0"
    assert struct.unpack_from("<H", data, pe + 4)[0] == 0x8664  # x86-64
    assert b"Nullsoft" in data
    listed = (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert [line.split("  ")[1] for line in listed] == sorted(
        ["optout-assistant-x-windows-x64.zip", setup.name]
    )
    if shutil.which("sha256sum"):
        checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True)
        assert checked.returncode == 0, checked.stdout


def test_build_installer_needs_the_bundle(tmp_path, capsys):
    assert build_installer.main(["--bundle", str(tmp_path), "--out", str(tmp_path)]) == 1
    assert "build the Windows bundle first" in capsys.readouterr().err


def test_release_workflow_builds_checks_and_lists_the_installer():
    """.github/workflows/bundles.yml (written, not run here): the same installer as the lane."""
    text = (ROOT / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8")
    installer_job = text[text.index("\n  installer:") : text.index("\n  installer-check:")]
    assert "container: debian:12" in installer_job and " nsis " in installer_job
    assert "python3 tools/build_installer.py --bundle dist/optout-assistant" in installer_job
    check_job = text[text.index("\n  installer-check:") : text.index("\n  release:")]
    for step in ('"/S"', "--self-check", "uninstall.exe", "Get-FileHash", "data changed"):
        assert step in check_job
    release_job = text[text.index("\n  release:") :]
    for listed in ("-linux-x86_64.tar.gz", "-windows-x64.zip", "-windows-x64-setup.exe"):
        assert listed in release_job
    assert "sha256sum -c SHA256SUMS" in release_job


def test_the_windows_lane_builds_and_checks_the_installer():
    lane = (ROOT / "tools" / "windows_lane.sh").read_text(encoding="utf-8")
    packages = lane[lane.index('step "1. Debian packages"') : lane.index("; do")]
    assert " nsis" in packages
    step = lane[lane.index('step "9b.') : lane.index('step "10.')]
    for part in (
        "tools/build_installer.py",
        '"$SETUP" /S >>',
        "tools/lnk_target.py",
        "reg query",
        "--self-check",
        '"$SETUP" /S /DESKTOP',
        "objections.json",
        'uninstall.exe" /S',
        "LC_ALL=de_DE.UTF-8",
    ):
        assert part in step, part
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash tools/windows_lane.sh" in ci
