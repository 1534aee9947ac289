"""Start-up failures land in a small log file (and a message box), without personal details."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

from optout_gui import app
from optout_gui.core import errorlog


@pytest.fixture(autouse=True)
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_log_goes_under_data_dir_in_portable_mode(tmp_path):
    assert errorlog.log_file(tmp_path) == tmp_path.resolve() / "logs" / "optout-assistant.log"


def test_log_goes_to_the_platform_log_folder(isolated_dirs):
    path = errorlog.log_file()
    if sys.platform == "win32":  # platformdirs: %LOCALAPPDATA%\<app>\Logs
        assert path.parent == Path(os.environ["LOCALAPPDATA"]) / "optout-assistant" / "Logs"
    else:  # platformdirs on Linux: $XDG_STATE_HOME/<app>/log
        assert path.is_relative_to(isolated_dirs / "state")
    assert path.name == "optout-assistant.log"


def test_scrub_masks_emails_and_cuts_long_text():
    assert errorlog.scrub("bad value 'ann.lee+x@example.org' here") == "bad value '<email>' here"
    long = errorlog.scrub("x" * 1000)
    assert len(long) <= errorlog.MAX_MESSAGE + 1


def test_nothing_is_created_until_something_is_logged(tmp_path):
    path = errorlog.attach_file_handler(tmp_path)
    assert not path.parent.exists()
    logging.getLogger("optout_gui.test").warning("disk is full")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "disk is full" in path.read_text(encoding="utf-8")


def test_attaching_twice_adds_one_handler(tmp_path):
    errorlog.attach_file_handler(tmp_path)
    count = len(logging.getLogger().handlers)
    errorlog.attach_file_handler(tmp_path)
    assert len(logging.getLogger().handlers) == count


def boom_with_email(args):
    raise ValueError("could not read ann.lee@example.org from the file")


def test_startup_crash_is_logged_without_the_email(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(app, "run", boom_with_email)
    status = app.main(["--data-dir", str(tmp_path), "--exit-after-startup"])
    assert status == 1
    text = (tmp_path / "logs" / "optout-assistant.log").read_text(encoding="utf-8")
    assert "ValueError" in text
    assert "boom_with_email" in text  # where it happened
    assert "ann.lee@example.org" not in text
    assert "<email>" in text
    err = capsys.readouterr().err
    assert "could not start" in err
    assert str(tmp_path / "logs" / "optout-assistant.log") in err


def test_startup_crash_shows_a_message_box_naming_the_log(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(app, "run", boom_with_email)
    shown = []
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert app.main(["--data-dir", str(tmp_path)]) == 1
    assert len(shown) == 1
    assert str(tmp_path / "logs" / "optout-assistant.log") in shown[0].text()
    assert shown[0].textFormat() == Qt.TextFormat.PlainText  # the path is the person's


def test_without_a_console_warnings_go_to_the_log_file(tmp_path, monkeypatch):
    # A Windows GUI launch has no stderr; main() must neither crash nor lose the message.
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)

    def warn_and_fail(args):
        logging.getLogger("optout_gui.test").warning("could not load the guide")
        raise RuntimeError("late failure")

    monkeypatch.setattr(app, "run", warn_and_fail)
    assert app.main(["--data-dir", str(tmp_path), "--exit-after-startup"]) == 1
    text = (tmp_path / "logs" / "optout-assistant.log").read_text(encoding="utf-8")
    assert "could not load the guide" in text
    assert "RuntimeError: late failure" in text


def test_help_without_a_console_does_not_crash(monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert app.main(["--version"]) == 0
