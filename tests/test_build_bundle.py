"""tools/build_bundle.py without building: archive, checksum file, debug-information check."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402

from optout_gui import __version__  # noqa: E402


def test_archive_name_has_version_system_and_machine(monkeypatch):
    monkeypatch.setattr(build_bundle.sys, "platform", "linux")
    monkeypatch.setattr(build_bundle.platform, "machine", lambda: "x86_64")
    assert build_bundle.archive_name() == f"optout-assistant-{__version__}-linux-x86_64.tar.gz"
    monkeypatch.setattr(build_bundle.sys, "platform", "win32")
    monkeypatch.setattr(build_bundle.platform, "machine", lambda: "AMD64")
    assert build_bundle.archive_name() == f"optout-assistant-{__version__}-windows-x64.zip"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux folder layout")
def test_archive_holds_the_folder_and_sha256sums_checks_it(tmp_path):
    folder = tmp_path / "optout-assistant"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "optout-assistant"
    exe.write_text("#!/bin/sh\necho hi\n", encoding="utf-8")
    exe.chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("data", encoding="utf-8")
    archive, sums = build_bundle.write_archive(tmp_path)
    assert archive.name == build_bundle.archive_name()
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert set(members) == {
        "optout-assistant",
        "optout-assistant/optout-assistant",
        "optout-assistant/_internal",
        "optout-assistant/_internal/data.txt",
    }
    assert members["optout-assistant/optout-assistant"].mode & 0o111
    assert {(m.uid, m.uname) for m in members.values()} == {(0, "")}
    if shutil.which("sha256sum") is None:
        pytest.skip("sha256sum (coreutils) not installed")
    ok = subprocess.run(
        ["sha256sum", "-c", sums.name], cwd=tmp_path, capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    archive.write_bytes(archive.read_bytes() + b"x")  # a damaged download is caught
    bad = subprocess.run(["sha256sum", "-c", sums.name], cwd=tmp_path, capture_output=True)
    assert bad.returncode != 0


def test_debug_information_is_recognised(tmp_path):
    text = tmp_path / "README"
    text.write_text("no ELF here", encoding="utf-8")
    assert not build_bundle._has_debug_info(text)
    assert not build_bundle._has_debug_info(tmp_path / "missing")
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "/") / str(
        sysconfig.get_config_var("INSTSONAME") or "none"
    )
    if not libpython.is_file() or shutil.which("strip") is None:
        pytest.skip("no shared libpython or no strip here")
    copy = tmp_path / libpython.name
    shutil.copy(libpython, copy)
    if not build_bundle._has_debug_info(copy):
        pytest.skip("this Python's library carries no debug information")
    files, saved = build_bundle.strip_debug_info(tmp_path)
    assert files == 1 and saved > 0
    assert not build_bundle._has_debug_info(copy)
    symbols = subprocess.run(["nm", "-D", str(copy)], capture_output=True, text=True).stdout
    assert "Py_Initialize" in symbols  # the exported symbols stay


def test_release_workflow_builds_every_system_on_a_version_tag():
    """.github/workflows/bundles.yml (written, not run here): tags, three systems, checks."""
    text = (ROOT / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in text
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"- os: {runner}" in text
    for command in (
        "python tools/build_bundle.py --archive",
        '--exit-after-startup --data-dir "$RUNNER_TEMP/data"',
        '--self-check "$RUNNER_TEMP/check"',
        "sha256sum -c SHA256SUMS",
    ):
        assert command in text
    assert "WRITTEN BUT NOT RUN" in text


def test_windows_archive_is_a_zip_and_sha256sums_gains_the_installer(tmp_path, monkeypatch):
    monkeypatch.setattr(build_bundle.sys, "platform", "win32")
    folder = tmp_path / "optout-assistant"
    (folder / "_internal").mkdir(parents=True)
    (folder / "optout-assistant.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  an-old-build.zip\n", encoding="utf-8")
    archive, sums = build_bundle.write_archive(tmp_path)
    assert archive.name == f"optout-assistant-{__version__}-windows-x64.zip"
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == [
            "optout-assistant/_internal/python311.dll",
            "optout-assistant/optout-assistant.exe",
        ]
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert sums.read_bytes() == f"{digest}  {archive.name}\n".encode()  # a new list, \n only
    setup = tmp_path / f"optout-assistant-{__version__}-windows-x64-setup.exe"
    setup.write_bytes(b"first build")
    build_bundle.record_checksum(sums, setup)
    setup.write_bytes(b"second build")
    build_bundle.record_checksum(sums, setup)  # replaces the line, does not add one
    lines = sums.read_text(encoding="utf-8").splitlines()
    assert lines == [  # sorted by name
        f"{hashlib.sha256(b'second build').hexdigest()}  {setup.name}",
        f"{digest}  {archive.name}",
    ]
