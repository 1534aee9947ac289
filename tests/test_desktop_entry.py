"""Linux menu entry: file content, Exec quoting, install and uninstall in a temp XDG home."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from optout_gui.app import main as app_main
from optout_gui.core import desktop_entry
from optout_gui.core.desktop_entry import (
    DesktopEntryError,
    desktop_file_text,
    exec_value,
    install,
    quote_exec_arg,
    uninstall,
)


def all_files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file()}


def entry_values(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def validate(path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("desktop-file-validate checks Linux menu entries; it exists on Linux only")
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (Debian package desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # It prints hints and warnings without failing; we want none at all.
    assert result.stdout.strip() == "", result.stdout


def test_plain_arguments_are_not_quoted():
    assert exec_value(["/usr/bin/python3", "/home/ann/app/main.py"]) == (
        "/usr/bin/python3 /home/ann/app/main.py"
    )


def test_arguments_with_reserved_characters_are_quoted_and_escaped():
    # Space forces quotes; $ " ` \ are backslash-escaped inside quotes; % doubles.
    assert quote_exec_arg("/opt/My Apps/run") == '"/opt/My Apps/run"'
    assert quote_exec_arg('/a b/$x"y`z') == '"/a b/\\$x\\"y\\`z"'
    assert quote_exec_arg("/opt/100%/run") == "/opt/100%%/run"
    assert quote_exec_arg("") == '""'


def test_backslash_becomes_four_backslashes_in_the_file():
    # Quoting gives \\ (escaped in quotes), then the string escaping doubles each one.
    assert exec_value(["/opt/a\\b"]) == '"/opt/a\\\\\\\\b"'


def test_line_break_in_a_path_is_refused():
    with pytest.raises(DesktopEntryError):
        quote_exec_arg("/opt/a\nb")


def test_launch_command_from_a_checkout_is_this_python_and_main_py(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    command = desktop_entry.launch_command()
    assert command[0] == str(Path(sys.executable).absolute())
    assert Path(command[1]).name == "main.py"
    assert Path(command[1]).is_file()


def test_launch_command_in_a_bundle_is_the_bundle_executable(monkeypatch, tmp_path):
    exe = tmp_path / "My Apps" / "optout-assistant"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop_entry.launch_command() == [str(exe)]


def test_data_home_follows_xdg_data_home_then_home(tmp_path):
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    home = tmp_path / "h"
    assert desktop_entry.data_home({"HOME": str(home)}) == home / ".local" / "share"
    # A relative XDG_DATA_HOME is invalid per the spec and ignored.
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel", "HOME": str(home)}) == (
        home / ".local" / "share"
    )


def test_install_writes_entry_and_icons_into_xdg_data_home(isolated_dirs):
    data = isolated_dirs / "data"
    written = install(argv=["/opt/My Apps/optout-assistant"])
    assert all_files(data) == {p.relative_to(data) for p in written}
    assert Path("applications/optout-assistant.desktop") in all_files(data)
    assert Path("icons/hicolor/scalable/apps/optout-assistant.svg") in all_files(data)
    for size in (16, 32, 48, 256):
        png = data / f"icons/hicolor/{size}x{size}/apps/optout-assistant.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    values = entry_values(
        (data / "applications/optout-assistant.desktop").read_text(encoding="utf-8")
    )
    assert values["Exec"] == '"/opt/My Apps/optout-assistant"'
    assert values["TryExec"] == "/opt/My Apps/optout-assistant"
    assert values["Icon"] == "optout-assistant"
    assert values["Type"] == "Application"
    assert values["Terminal"] == "false"


def test_installed_file_passes_desktop_file_validate(isolated_dirs):
    install(argv=[sys.executable, "/tmp/a dir/$weird`name\\x/main.py"])
    validate(isolated_dirs / "data/applications/optout-assistant.desktop")


def test_default_entry_passes_desktop_file_validate(tmp_path):
    path = tmp_path / "optout-assistant.desktop"
    path.write_text(desktop_file_text(desktop_entry.launch_command()), encoding="utf-8")
    validate(path)


def test_uninstall_removes_exactly_what_install_wrote(isolated_dirs):
    data = isolated_dirs / "data"
    # Someone else's files in the same folders must survive.
    other = data / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    other_icon = data / "icons/hicolor/48x48/apps/other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"x")
    before = all_files(data)

    written = install(argv=["/usr/bin/true"])
    assert all_files(data) == before | {p.relative_to(data) for p in written}
    removed = uninstall()
    assert sorted(removed) == sorted(written)
    assert all_files(data) == before
    assert uninstall() == []  # nothing left to remove


def test_install_twice_updates_in_place(isolated_dirs):
    first = install(argv=["/usr/bin/one"])
    second = install(argv=["/usr/bin/two"])
    assert first == second
    text = (isolated_dirs / "data/applications/optout-assistant.desktop").read_text(
        encoding="utf-8"
    )
    assert "Exec=/usr/bin/two" in text


def test_install_failure_is_a_clear_error(isolated_dirs):
    blocker = isolated_dirs / "data" / "applications"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(DesktopEntryError, match="Could not write"):
        install(argv=["/usr/bin/true"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="menu entries are Linux-only")
def test_command_line_install_and_uninstall(isolated_dirs, capsys):
    entry = isolated_dirs / "data/applications/optout-assistant.desktop"
    assert app_main(["--install-desktop-entry"]) == 0
    assert entry.is_file()
    assert "applications menu" in capsys.readouterr().out
    assert app_main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists()
    assert all_files(isolated_dirs / "data") == set()
