"""Two processes, one data folder: the second start hands over to the first."""

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from optout_gui.ui.common.dates import date_time_text
from optout_gui.ui.common.single_instance import LockHolder, other_computer_text
from optout_gui.ui.common.widgets import ask_two_ways, plain_message_box

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def start(data_dir, *extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(path: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@pytest.mark.slow
def test_second_start_brings_the_first_to_the_front(tmp_path):
    data = tmp_path / "data"
    first = start(data)
    try:
        wait_for(data / ".instance.lock")
        time.sleep(0.5)  # let the first copy start listening
        second = start(data)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
    finally:
        first.terminate()
        first_out, _ = first.communicate(timeout=30)
    assert "bringing it to the front" in first_out


@pytest.mark.slow
def test_a_crashed_holder_does_not_block_the_next_start(tmp_path):
    data = tmp_path / "data"
    first = start(data)
    wait_for(data / ".instance.lock")
    first.kill()  # no clean-up: the lock file stays behind
    first.communicate(timeout=30)
    assert (data / ".instance.lock").exists()
    again = start(data, "--exit-after-startup")
    out, err = again.communicate(timeout=30)
    assert again.returncode == 0, err
    assert "already open" not in out


@pytest.mark.slow
def test_different_data_folders_run_side_by_side(tmp_path):
    first = start(tmp_path / "a")
    try:
        wait_for(tmp_path / "a" / ".instance.lock")
        other = start(tmp_path / "b", "--exit-after-startup")
        out, err = other.communicate(timeout=30)
        assert other.returncode == 0, err
        assert "already open" not in out
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_message_box_asked_for_no_standard_buttons_has_none(qapp):
    buttons = QMessageBox.StandardButton
    box = plain_message_box(None, QMessageBox.Icon.Warning, "Title", "Text", buttons.NoButton)
    assert box.standardButtons() == buttons.NoButton
    plain = plain_message_box(None, QMessageBox.Icon.Warning, "Title", "Text")
    assert plain.standardButtons() == buttons.Ok  # the default when none are asked for


@pytest.mark.parametrize("default_accept", [True, False])
def test_a_two_way_question_has_its_two_buttons_only_and_escape_says_no(qtbot, default_accept):
    seen = {}

    def look_and_escape():
        box = QApplication.activeModalWidget()
        if box is None:  # not shown yet
            QTimer.singleShot(20, look_and_escape)
            return
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        seen["default"] = box.defaultButton().text() if box.defaultButton() else None
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(20, look_and_escape)
    assert not ask_two_ways("Go on?", "Yes, go on", "No, stop", default_accept=default_accept)
    assert seen["buttons"] == ["No, stop", "Yes, go on"]
    assert seen["default"] == ("Yes, go on" if default_accept else "No, stop")


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="TZ is read through time.tzset")
def test_another_computers_lock_is_dated_in_the_local_time_of_that_day(qapp, monkeypatch):
    """A lock taken in winter reads in winter time in summer (and the reverse): the
    computer's zone with its rules, not today's offset."""
    zone = ZoneInfo("Europe/Berlin")
    month = 1 if dt.datetime.now(zone).dst() else 7  # the other half of the year
    since = dt.datetime(dt.datetime.now().year - 1, month, 15, 12, 0, tzinfo=dt.UTC)
    try:
        with monkeypatch.context() as patch:
            patch.setenv("TZ", "Europe/Berlin")
            time.tzset()
            text = other_computer_text(LockHolder("laptop", 42, since, True), Path("data"))
    finally:
        time.tzset()
    assert date_time_text(since, zone) in text
