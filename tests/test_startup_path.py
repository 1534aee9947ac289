"""What a start does before the first page shows (issue 9): only what that page needs.

These are structural checks, not timings: they fail when a change puts a module, a page or
PySide6's ``Qt`` namespace (about 90 enum classes, built on first use) back on the path.
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
from optout_gui.core.objections import ObjectionSession, ObjectionStore
from optout_gui.ui.common import widgets
from optout_gui.ui.common.widgets import (
    NO_FOCUS,
    PLAIN_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    StatusLine,
    wrapped_label,
)
from optout_gui.ui.wizard import step_list
from optout_gui.ui.wizard.window import ObjectionWizard, PageId

ROOT = Path(__file__).resolve().parents[1]

# Runs main.py in a child and reports which modules and Enum classes the start made.
PROBE = """
import enum, json, linecache, runpy, sys
created, read = [], []
original = enum.EnumType._create_
def counting(cls, class_name, *args, **kwargs):
    created.append(class_name)
    return original(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counting
original_update = linecache.updatecache
def reading(filename, *args, **kwargs):
    read.append(filename)
    return original_update(filename, *args, **kwargs)
linecache.updatecache = reading
out, sys.argv = sys.argv[1], sys.argv[2:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
except SystemExit as exit:
    status = exit.code
with open(out, "w") as handle:
    json.dump(
        {"status": status, "modules": sorted(sys.modules), "enums": created, "read": read},
        handle,
    )
"""

# Enum classes PySide6 makes when it gives a Python wrapper to a widget Qt made itself
# (a scroll area's viewport, the wizard's frames): it then sets up every widget class that
# might be the one (QTabWidget, QGraphicsView, QMdiArea, ...). Scrolling a message into
# view (widgets.reveal) once walked up through such widgets at start-up.
FROM_WRAPPING_QTS_OWN_WIDGETS = {"TabShape", "ViewportAnchor", "DragMode", "WindowOrder"}
# A first start made 155 enum classes before the work of issue 20 (the bare baseline
# wizard makes 41); 97 now, and a start that opens the overview 100 (198 before it did
# without the Qt namespace). A new page element may need a few more: raise these with a
# reason, after looking at `benchmarks/profile_startup.py --enums`.
MAX_ENUM_CLASSES_AT_FIRST_START = 100
MAX_ENUM_CLASSES_AT_AN_OVERVIEW_START = 105

LATER = (
    "optout_gui.ui.wizard.countdown",  # the countdown's widgets: only once a code counts down
    "optout_gui.ui.wizard.reason_editor",  # the fill-in page
    "optout_gui.core.reasons",
    "optout_gui.ui.tracker.overview",  # only when there are objections already
    "optout_gui.ui.tracker.history",
    "optout_gui.core.proof",
    "optout_gui.core.migration",  # only when an old progress.json is there
    "optout_gui.core.objections",  # the re-export kept for old imports: never on the path
    "PySide6.QtNetwork",  # the single-instance listener starts after the first paint
    "platformdirs",  # not with --data-dir
    "tomllib",  # the guide is read from its compiled twin (core/datafile.py)
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
    # Touching PySide6.QtCore.Qt builds all of its enums at once, GlobalColor first.
    assert "WizardStyle" in probe["enums"]  # the probe does see PySide's enums
    assert "GlobalColor" not in probe["enums"]
    # Nothing was answered, so nothing was written (an untouched objection leaves no trace).
    assert not (tmp_path / "data" / "objections.json").exists()


def test_a_first_start_makes_no_enum_classes_it_can_do_without(tmp_path):
    probe = first_start(tmp_path)
    assert probe["status"] == 0
    assert "WizardStyle" in probe["enums"]  # the probe does see PySide's enums
    assert FROM_WRAPPING_QTS_OWN_WIDGETS & set(probe["enums"]) == set()
    assert len(probe["enums"]) <= MAX_ENUM_CLASSES_AT_FIRST_START


def test_a_start_with_objections_shows_the_overview_without_the_qt_namespace(tmp_path):
    """The overview is what most starts show: no ``Qt`` namespace (20-30 ms) on its path,
    no message-box class when nothing was set aside, and no wizard."""
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    for n in range(3):
        store.new(label=f"account {n}")
    assert store.save()
    probe = first_start(tmp_path)
    assert probe["status"] == 0
    assert "optout_gui.ui.tracker.overview" in probe["modules"]
    assert "WizardStyle" not in probe["enums"]  # no wizard was built
    assert "GlobalColor" not in probe["enums"]
    assert "StandardButton" not in probe["enums"]  # QMessageBox's
    assert "optout_gui.ui.wizard.window" not in probe["modules"]
    assert len(probe["enums"]) <= MAX_ENUM_CLASSES_AT_AN_OVERVIEW_START


def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path):
    """The contrast style (ui/common/contrast_style.py) paints its outlines as filled paths:
    a pen or a colour handed to QPainter would build PySide6's Qt namespace (93 enum classes,
    about 25 ms) on the first paint of every start. Painted by benchmarks/first_paint.py."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(ROOT / "benchmarks" / "first_paint.py"), "ours", "--enums"]
    command += ["--data-dir", str(tmp_path / "data")]
    done = subprocess.run(command, env=env, cwd=ROOT, timeout=120, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    probe = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    assert probe["ms"] > 0
    assert "StyleOptionType" in probe["enums"]  # the style did paint, through Python
    assert "GlobalColor" not in probe["enums"]
    assert len(probe["enums"]) <= 40  # the style options' own (about 30 now)


def test_pyside_reads_no_module_source_at_start_up(tmp_path):
    """ui/common/pyside_sources.spare_pyside_reading: PySide6 reads (through linecache) only what
    its own import names, never the app's modules or the later standard library ones.
    When this fails after a PySide6 upgrade, PySide6 keeps its table of __feature__
    choices elsewhere now: about 1 MiB and 1-2 ms of every start."""
    probe = first_start(tmp_path)
    assert probe["status"] == 0
    read = [Path(name).name for name in probe["read"]]
    assert "enum.py" in read  # the probe sees what PySide6 reads while it loads
    assert [name for name in probe["read"] if "optout_gui" in name] == []
    for module in ("logging", "datetime", "dataclasses", "pathlib", "json", "tomllib"):
        assert not any(f"/{module}" in name for name in probe["read"]), module


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


def test_the_numbers_standing_in_for_qt_enums_are_right():
    assert Qt.TextFormat.PlainText.value == PLAIN_TEXT
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == SCROLL_BAR_ALWAYS_OFF
    assert Qt.FocusPolicy.NoFocus.value == NO_FOCUS
    assert Qt.TextElideMode.ElideNone.value == step_list.ELIDE_NONE
    assert (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value) == step_list.RETURN_KEYS
    assert Qt.ItemDataRole.DisplayRole.value == widgets.DISPLAY_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == widgets.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == widgets.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.ItemDataRole.UserRole.value == widgets.USER_ROLE


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

    seen = {}
    real_guide_for, real_handler = app.guide_for, app.install_error_handler

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
    monkeypatch.setattr(app, "install_error_handler", install_error_handler)
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
