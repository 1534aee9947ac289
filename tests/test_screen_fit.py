"""Every window and dialog opens inside a 1366×768 laptop screen at 100 % and 150 %, with
its action buttons in view (issue 28). Each scale runs tests/screen_probe.py in a process
of its own: the screen and the scale factor are fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from optout_gui.ui.common.geometry import FRAME_ALLOWANCE

ROOT = Path(__file__).resolve().parent.parent

# The buttons each window must show whole, outside any scrolling part.
WIZARD_BUTTONS = {"qt_wizard_cancel", "start_over"}
# The last page has one way to finish, Finish, and no Cancel beside it (issue #27 item 7).
LAST_PAGE_BUTTONS = {"start_over"}
EXPECTED = {
    "phone-codes": {"Close"},
    "phone-codes-parts": {"Close"},
    "overview": {"new_objection", "resume", "open_history", "export_all", "forget_all"},
    "history": {"PDF…", "Text…", "JSON…", "Calendar reminders…", "delete_one", "Close"},
    "history-waiting": {"PDF…", "Text…", "JSON…", "Calendar reminders…", "delete_one", "Close"},
    "complaint": {"Copy the letter", "Close"},
    "other-optouts": {"Close"},
    "forget-everything": {"OK"},
}
WINDOWS = [f"wizard-{name}" for name in (
    "WELCOME", "NOTICE", "OBJECT_LINK", "OPEN_FORM", "FILL_FORM", "CODE", "REVIEW",
    "CONFIRMATION",
)] + list(EXPECTED)  # fmt: skip


@cache
def probe(scale: str, language: str = "en") -> dict[str, dict]:
    env = dict(os.environ, QT_SCALE_FACTOR=scale)
    done = subprocess.run(
        [sys.executable, "-m", "tests.screen_probe", "--lang", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {window["name"]: window for window in json.loads(done.stdout)}


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_window_opens_inside_the_screen_with_its_buttons_in_view(scale):
    found = probe(scale)
    assert sorted(found) == sorted(WINDOWS)
    problems = []
    for name, window in found.items():
        x, y, width, height = window["available"]
        assert (width, height) == ((1366, 768) if scale == "1" else (911, 512))
        fx, fy, fw, fh = window["frame"]
        if not (fx >= x and fy >= y and fx + fw <= x + width and fy + fh <= y + height):
            problems.append(f"{name}: frame {window['frame']} outside {window['available']}")
        # Room for a real title bar and borders too (the offscreen frame is thin).
        content = window["geometry"]
        if content[2] + FRAME_ALLOWANCE.width() > width:
            problems.append(f"{name}: {content[2]} px wide leaves no room for the frame")
        if content[3] + FRAME_ALLOWANCE.height() > height:
            problems.append(f"{name}: {content[3]} px tall leaves no room for the title bar")
        shown = {
            button["name"]
            for button in window["buttons"]
            if button["shown"] == button["size"] and button["inside"] and button["on_screen"]
        }
        wizard_buttons = LAST_PAGE_BUTTONS if name == "wizard-CONFIRMATION" else WIZARD_BUTTONS
        wanted = EXPECTED.get(name, wizard_buttons)
        if not wanted <= shown:
            problems.append(f"{name}: {sorted(wanted - shown)} not in view")
        if name.startswith("wizard-") and not any(
            button in shown for button in ("__qt__passive_wizardbutton1", "qt_wizard_finish")
        ):
            problems.append(f"{name}: neither Next nor Finish in view")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_first_page_opens_at_its_top(scale):
    assert probe(scale)["wizard-WELCOME"]["first_page_scrolled"] == 0


@pytest.mark.parametrize("language", ["de", "pl"])
def test_german_and_polish_windows_fit_at_150_percent(language):
    """The longest words and buttons of the eight languages."""
    found = probe("1.5", language)
    for name, window in found.items():
        x, y, width, height = window["available"]
        fx, fy, fw, fh = window["frame"]
        assert fx >= x and fy >= y and fx + fw <= x + width and fy + fh <= y + height, name
        cut = [b["name"] for b in window["buttons"] if b["shown"] != b["size"]]
        assert cut == [], name
