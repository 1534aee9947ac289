"""Shared helpers for the Qt tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QRadioButton,
    QWizard,
)

from optout_gui.core.guide import Guide, load_guide
from optout_gui.core.progress import Progress
from optout_gui.core.session import ObjectionSession
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.wizard.window import ObjectionWizard, PageId


def open_session(data_dir: Path, guide: Guide | None = None, **kwargs) -> ObjectionSession:
    """The app's own session over ``data_dir/objections.json``, wired as the controller
    wires it: the last objection there (a restart resumes it), or a new unsaved one."""
    store = ObjectionStore.in_folder(data_dir, **kwargs)
    store.load()
    ids = store.ids()
    record_id = ids[-1] if ids else store.new(save=False).id
    guide = guide or load_guide()
    return ObjectionSession(store, record_id, default_form_url=guide.form_url)


def saved_answers(data_dir: Path) -> Progress:
    """The answers as a fresh start would read them from disk (empty when nothing saved)."""
    store = ObjectionStore.in_folder(data_dir)
    store.load()
    ids = store.ids()
    return store.get(ids[-1]).answers if ids else Progress()


def write_progress_file(path: Path, progress: Progress | dict) -> None:
    """A ``progress.json`` as versions before the objection tracker wrote it."""
    answers = progress.to_json() if isinstance(progress, Progress) else progress
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"format": 1, "progress": answers}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def send_objection(
    store: ObjectionStore,
    *,
    account: str = "facebook",
    country: str = "DE",
    email: str = "ann@example.org",
    finished_at: str = "2025-05-01T08:05:00+00:00",
    **answers,
):
    """An objection sent through the real session (reason copied, then finished): it is
    "waiting" for Meta's answer. Returns its record."""
    session = ObjectionSession(store, store.new().id)
    session.update(account=account, country=country, email=email, **answers)
    session.record_copied_reason("Please don't.", "2025-05-01T08:01:00+00:00")
    session.update(finished_at=finished_at)
    return session.record


def make_wizard(qtbot, data_dir: Path, **kwargs) -> ObjectionWizard:
    """A shown wizard over the real session in ``data_dir`` (see :func:`open_session`)."""
    wizard = ObjectionWizard(load_guide(), open_session(data_dir), **kwargs)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.resume()
    return wizard


def click(qtbot, widget) -> None:
    if isinstance(widget, QCheckBox | QRadioButton):
        # These react only on their indicator and text, not on the empty space to the right.
        point = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard) -> None:
    button = next_button(wizard)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    click(qtbot, button)


def click_back(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))


def go_to(wizard, page_id: PageId) -> None:
    """Press Next up to ``page_id`` (skipping the code), with its folded parts open."""
    while wizard.currentId() != page_id:
        if wizard.currentId() == PageId.CODE:
            wizard.currentPage().sent_now.setChecked(True)  # sent "just now"
            wizard.currentPage().skip_box.setChecked(True)
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on {PageId(before).name}"
    if page_id == PageId.FILL_FORM:  # show the parts that start folded away
        editor = wizard.currentPage().reason_editor
        editor.composer_toggle.setChecked(True)
        editor.preview_toggle.setChecked(True)
    QApplication.processEvents()


def start_code(page, *, say_yes: bool = True) -> None:
    """On the code page: sent "just now" if not answered yet; then, with ``say_yes`` and
    still unanswered, "Yes, Meta emailed me a code" (it arrived now): the countdown runs."""
    if not page.session.progress.sent_at:
        page.sent_now.setChecked(True)
    if say_yes and page.answer() is None:
        page.code_yes.click()


def reopen_wizard(qtbot, wizard, clocks):
    """The same objection in a new window, as after closing the app and starting it again."""
    store, record_id = wizard.session.store, wizard.session.record_id
    wizard.close()
    again = ObjectionWizard(
        wizard.guide,
        ObjectionSession(store, record_id, default_form_url=wizard.guide.form_url),
        clock=clocks.wall,
        monotonic=clocks.monotonic,
    )
    qtbot.addWidget(again)
    again.resume()
    with qtbot.waitExposed(again):
        again.show()
    return again


def as_nobody(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    """The command prefix (setpriv, then this Python) and the environment to run a program
    as the user "nobody", who may read ``tmp_path``, or skip the test when that can't be."""
    setpriv = shutil.which("setpriv")
    if os.name != "posix" or setpriv is None or os.geteuid() != 0:
        pytest.skip("needs root and setpriv to run as another user")
    for parent in (tmp_path, *tmp_path.parents):
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o005)
    home = tmp_path / "nobody-home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(var, None)
    env["XDG_RUNTIME_DIR"] = str(home)
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    if subprocess.run([*command, "-c", "import PySide6"], capture_output=True, env=env).returncode:
        pytest.skip("the other user cannot run this Python")
    return command, env


def scroll_area_of(widget, stop=None):
    """The innermost scroll area around ``widget`` (not the widget itself), looking no
    further out than ``stop`` (not included) when given; None when there is none."""
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
