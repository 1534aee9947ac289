"""What a start does before the first page shows (issue 9): only what that page needs.

Not timings: a start that opens the first page builds that page, loads what it needs and
writes nothing; the other pages, the overview and the rare readers wait until they are used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.widgets import StatusLine, wrapped_label
from optout_gui.ui.wizard.window import ObjectionWizard, PageId

ROOT = Path(__file__).resolve().parents[1]

# Runs main.py in a child and reports which modules the start loaded.
PROBE = """
import json, runpy, sys
out, sys.argv = sys.argv[1], sys.argv[2:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
except SystemExit as exit:
    status = exit.code
with open(out, "w") as handle:
    json.dump({"status": status, "modules": sorted(sys.modules)}, handle)
"""

LATER = (
    "optout_gui.ui.wizard.code_display",  # the countdown's widgets: only once a code counts down
    "optout_gui.ui.wizard.reason_editor",  # the fill-in page
    "optout_gui.core.reasons",
    "optout_gui.ui.tracker.overview",  # only when there are objections already
    "optout_gui.ui.tracker.history",
    "optout_gui.core.proof",
    "optout_gui.core.storage.migration",  # only when an old progress.json is there
    "PySide6.QtNetwork",  # the single-instance listener starts after the first paint
)


def first_start(tmp_path) -> dict:
    """A start probed as above (with tmp_path/data as it is: empty, or objections saved)."""
    out = tmp_path / "probe.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", PROBE, str(out), str(ROOT / "main.py")]
    command += ["--data-dir", str(tmp_path / "data"), "--exit-after-startup"]
    subprocess.run(command, env=env, cwd=ROOT, timeout=120, check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def test_a_first_start_loads_only_what_the_first_page_needs(tmp_path):
    probe = first_start(tmp_path)
    assert probe["status"] == 0
    assert "optout_gui.ui.wizard.pages.welcome" in probe["modules"]  # the probe saw the app start
    assert [name for name in LATER if name in probe["modules"]] == []
    # Nothing was answered, so nothing was written (an untouched objection leaves no trace).
    assert not (tmp_path / "data" / "objections.json").exists()


def test_a_start_with_objections_shows_the_overview_and_builds_no_wizard(tmp_path):
    """The overview is what most starts show: the wizard is not built for it."""
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    for n in range(3):
        store.new(label=f"account {n}")
    assert store.save()
    probe = first_start(tmp_path)
    assert probe["status"] == 0
    assert "optout_gui.ui.tracker.overview" in probe["modules"]
    assert "optout_gui.ui.wizard.window" not in probe["modules"]


def test_the_wizard_builds_only_the_page_it_shows(qtbot, tmp_path):
    store = ObjectionStore.in_folder(tmp_path)
    record = store.new()
    wizard = ObjectionWizard(load_guide(), ObjectionSession(store, record.id))
    qtbot.addWidget(wizard)
    wizard.resume()
    wizard.show()
    built = [page.objectName() for page in wizard.built_pages()]
    assert built == ["page_welcome"]
    assert wizard._code_status is None  # no code yet, so no countdown line
    # Asking for a page builds it, answers included.
    assert wizard.page(PageId.FILL_FORM).email_edit.text() == ""
    assert len(wizard.built_pages()) == 2
    wizard.code_timer.stop_ticking()


def test_labels_never_read_text_as_html(qapp):
    assert wrapped_label("<b>bold?</b>").textFormat() == Qt.TextFormat.PlainText
    assert StatusLine().textFormat() == Qt.TextFormat.PlainText


def test_step_pages_scroll_up_and_down_only(qtbot, tmp_path):
    store = ObjectionStore.in_folder(tmp_path)
    wizard = ObjectionWizard(load_guide(), ObjectionSession(store, store.new().id))
    qtbot.addWidget(wizard)
    scroll = wizard.page(PageId.WELCOME).findChild(QScrollArea)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.widgetResizable()
    wizard.code_timer.stop_ticking()


def test_start_up_runs_without_the_cyclic_collector_and_hands_it_back(tmp_path, monkeypatch):
    """The collector is off while start-up makes its long-lived objects, frozen with them
    before the event loop, and on again for the event loop and after main() returns."""
    import gc

    from PySide6.QtCore import QTimer

    from optout_gui import app
    from optout_gui.ui.common import error_windows

    seen = {}
    real_guide_for, real_handler = app.guide_for, error_windows.install_error_handler

    def guide_for(language):
        seen["enabled_while_starting"] = gc.isenabled()
        return real_guide_for(language)

    def install_error_handler(*args):
        real_handler(*args)
        # Runs inside the event loop, before --exit-after-startup's quit.
        QTimer.singleShot(
            0, lambda: seen.update(in_loop=gc.isenabled(), frozen=gc.get_freeze_count())
        )

    monkeypatch.setattr(app, "guide_for", guide_for)
    monkeypatch.setattr(error_windows, "install_error_handler", install_error_handler)
    assert app.main(["--data-dir", str(tmp_path), "--exit-after-startup"]) == 0
    assert seen["enabled_while_starting"] is False
    assert seen["in_loop"] is True and seen["frozen"] > 1000
    assert gc.isenabled()


def test_reveal_scrolls_the_areas_it_knows_and_skips_deleted_ones(qtbot):
    """widgets.reveal asks the registered scroll areas (not a walk up through widgets
    Qt made itself); an area deleted meanwhile is skipped, not an error."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from optout_gui.ui.common.widgets import reveal, scrolls_to_reveal

    gone = scrolls_to_reveal(QScrollArea())
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _alive(gone))
    area = scrolls_to_reveal(QScrollArea())
    qtbot.addWidget(area)
    content = QWidget()
    column = QVBoxLayout(content)
    for number in range(60):
        column.addWidget(QLabel(f"line {number}"))
    last = QLabel("the last line")
    column.addWidget(last)
    area.setWidget(content)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    reveal(last)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
