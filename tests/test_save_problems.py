"""A full or read-only disk: a clear message, nothing lost, retries until it works."""

import errno
import json
import os
import subprocess
import sys

import pytest

from optout_gui.core import atomic
from optout_gui.ui.wizard.window import PageId
from tests.helpers import make_wizard, saved_answers


def test_no_space_shows_message_keeps_answers_and_recovers(qtbot, tmp_path, monkeypatch):
    wizard = make_wizard(qtbot, tmp_path)
    welcome = wizard.currentPage()
    real_write = atomic.atomic_write_parts

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", no_space)
    welcome.account_buttons["instagram"].click()
    line = wizard.save_problem
    assert line.isVisible()
    assert "disk is full" in line.text()
    assert wizard.session.progress.account == "instagram"
    assert saved_answers(tmp_path).account is None

    assert line.retry() is False
    assert line.isVisible()
    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", real_write)
    assert line.retry() is True
    assert not line.isVisible()
    assert saved_answers(tmp_path).account == "instagram"


def _no_tmpfs_reason(kind: str = "") -> str:
    if not sys.platform.startswith("linux"):
        return f"a {kind}tmpfs (a RAM disk of fixed size) can be mounted on Linux only"
    return f"cannot mount a {kind}tmpfs here (needs root)"


def _mount(*args) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def tiny_tmpfs(tmp_path):
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)):
        pytest.skip(_no_tmpfs_reason())
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_full_disk_keeps_what_was_saved(qtbot, tiny_tmpfs):
    data = tiny_tmpfs / "data"
    wizard = make_wizard(qtbot, data)
    wizard.currentPage().account_buttons["facebook"].click()
    saved = (data / "objections.json").read_text(encoding="utf-8")
    filler = tiny_tmpfs / "filler"
    try:  # fill every remaining byte of the file system
        with open(filler, "wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    wizard.session.update(reason="x" * 20000)
    assert wizard.save_problem.isVisible()
    assert (data / "objections.json").read_text(encoding="utf-8") == saved
    assert json.loads(saved)["objections"][0]["answers"]["account"] == "facebook"
    filler.unlink()
    assert wizard.save_problem.retry()
    assert "x" * 20000 in (data / "objections.json").read_text(encoding="utf-8")


def test_read_only_data_folder(qtbot, tmp_path):
    data = tmp_path / "ro"
    data.mkdir()
    if not _mount("-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(data)):
        pytest.skip(_no_tmpfs_reason("read-only "))
    try:
        wizard = make_wizard(qtbot, data)
        wizard.currentPage().account_buttons["facebook"].click()
        assert wizard.save_problem.isVisible()
        assert "can't be written" in wizard.save_problem.text()
        assert wizard.session.progress.account == "facebook"
        assert wizard.currentId() == PageId.WELCOME
    finally:
        subprocess.run(["umount", "-l", str(data)], check=False)


def test_closing_while_saves_fail_asks_first(qtbot, tmp_path, monkeypatch):
    wizard = make_wizard(qtbot, tmp_path)
    wizard.currentPage().account_buttons["facebook"].click()

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", no_space)
    asked = []
    monkeypatch.setattr(wizard, "confirm", lambda title, q: asked.append(title) or False)
    wizard.reject()
    assert asked == ["Close without saving?"]
    assert wizard.isVisible()  # kept open: nothing lost, the save keeps being retried
    monkeypatch.setattr(wizard, "confirm", lambda title, q: asked.append(title) or True)
    wizard.reject()
    assert not wizard.isVisible()
