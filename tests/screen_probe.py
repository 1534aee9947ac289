"""Open every window and dialog of the app on a simulated laptop screen and report where
each one lies (issue 28). Run in a process of its own, because the screen's size and Qt's
scale factor are fixed when the QApplication is made:

    QT_SCALE_FACTOR=1.5 python -m tests.screen_probe --lang de --shots /tmp/shots

Qt's offscreen platform takes the screen from a JSON file (``configfile=``); the probe
writes one for a 1366×768 screen. It prints one JSON object: a list of windows, each with
its frame, the available area, and the action buttons (outside any scroll area) with the
part of each that shows. ``--width`` narrows the wizard (beside a browser) instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"width": 1366, "height": 768}


def set_up_environment(home: Path) -> None:
    """A screen of SCREEN's size, and folders of the probe's own (never the real ones)."""
    config = home / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96}
    screen.update(SCREEN, dpr=1)
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    # Qt splits platform arguments at ":", so a Windows path ("C:\\...") goes in relative.
    where = os.path.relpath(config) if os.name == "nt" else str(config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={where}"
    os.environ["QT_ACCESSIBILITY"] = "0"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        path = home / name.lower()
        path.mkdir(exist_ok=True)
        os.environ[name] = str(path)


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def report(name: str, window, shots: Path | None) -> dict:
    """Where ``window`` lies, and how much of each action button shows."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from tests.helpers import scroll_area_of

    QApplication.processEvents()
    available = window.screen().availableGeometry()
    buttons = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or scroll_area_of(button, window) is not None:
            continue
        if button.window() is not window:
            continue
        shown = button.visibleRegion().boundingRect()
        top_left = button.mapTo(window, shown.topLeft())
        buttons.append(
            {
                "name": button.objectName() or button.text().replace("&", ""),
                "text": button.text().replace("&", ""),
                "size": [button.width(), button.height()],
                "shown": [shown.width(), shown.height()],
                "in_window": [top_left.x(), top_left.y(), shown.width(), shown.height()],
            }
        )
    inside = QRect(0, 0, window.width(), window.height())
    for button in buttons:
        button["inside"] = inside.contains(QRect(*button["in_window"]))
        x, y, w, h = button["in_window"]
        corner = window.mapToGlobal(window.rect().topLeft())
        button["on_screen"] = available.contains(QRect(corner.x() + x, corner.y() + y, w, h))
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    return {
        "name": name,
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "available": rect(available),
        "buttons": buttons,
    }


def probe(language: str, shots: Path | None, width: int | None, dark: bool) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import guide_for
    from optout_gui.core.status import Status
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.contrast_style import use_contrast_style
    from optout_gui.ui.common.i18n import install_language
    from optout_gui.ui.common.theme import force_scheme
    from optout_gui.ui.controller import AppController
    from optout_gui.ui.wizard.window import PageId
    from tests.helpers import go_to, send_objection

    app = QApplication.instance() or QApplication(["screen_probe"])
    use_contrast_style(app)
    if dark:
        force_scheme(app, True)
    used = install_language(app, language)
    guide = guide_for(used)
    store = ObjectionStore.in_folder(Path(os.environ["XDG_DATA_HOME"]) / "probe")
    store.load()
    found = []

    controller = AppController(guide, store, zone=dt.UTC, on_all_closed=lambda: None)
    wizard = controller.new_objection()
    wizard.session.update(account="facebook", country="DE", email="ann.example@example.org")
    wizard.restart()
    if width is not None:
        wizard.resize(width, wizard.height())
    QApplication.processEvents()
    first = wizard.currentPage()
    found.append(report("wizard-WELCOME", wizard, shots))
    found[-1]["first_page_scrolled"] = first.scroll_area.verticalScrollBar().value()
    for page_id in list(PageId)[1:]:
        go_to(wizard, page_id)
        found.append(report(f"wizard-{page_id.name}", wizard, shots))
    go_to_fill = wizard.page(PageId.FILL_FORM)
    while wizard.currentId() != PageId.FILL_FORM:
        wizard.back()
    go_to_fill.reason_editor.load(("Ich widerspreche der Nutzung meiner Beiträge. " * 60).strip())
    phone = go_to_fill.show_on_phone()
    found.append(report("phone-codes", phone, shots))
    phone.show_parts()
    found.append(report("phone-codes-parts", phone, shots))
    phone.close()
    wizard.close()
    QApplication.processEvents()

    sent = send_objection(store, country="DE")
    refused = send_objection(store, country="FR", email="bo@example.org")
    store.record_answer(refused.id, Status.REFUSED, dt.date(2025, 6, 1), "Nein. " * 40)
    for n in range(12):
        send_objection(store, email=f"person{n}@example.org")
    overview = controller.show_overview()
    found.append(report("overview", overview, shots))
    history = controller.open_history(refused.id)
    found.append(report("history", history, shots))
    history.close()
    history = controller.open_history(sent.id)
    found.append(report("history-waiting", history, shots))
    history.close()
    complaint = controller.open_complaint(refused.id)
    found.append(report("complaint", complaint, shots))
    complaint.close()
    others = controller.open_other_optouts(overview)
    others.show()
    QApplication.processEvents()
    found.append(report("other-optouts", others, shots))
    others.close()
    from PySide6.QtWidgets import QMessageBox

    from optout_gui.ui.common.widgets import plain_message_box

    box = plain_message_box(
        overview, QMessageBox.Icon.Question, "Forget everything?",
        overview.forget_everything_text(),
    )  # fmt: skip
    box.show()
    found.append(report("forget-everything", box, shots))
    box.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--width", type=int, help="resize the wizard to this width")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="screen-probe-") as home:
        set_up_environment(Path(home))
        if args.shots:
            args.shots.mkdir(parents=True, exist_ok=True)
        found = probe(args.lang, args.shots, args.width, args.dark)
    json.dump(found, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
