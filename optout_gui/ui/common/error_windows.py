"""The two error windows: one when the app cannot start, one for an unexpected error while
it runs. Both point at the problem log and never show the person's data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from optout_gui import APP_ID, APP_NAME
from optout_gui.core.datafile import DataFileError
from optout_gui.core.errorlog import log_file
from optout_gui.ui.common.notices import data_file_problem_text
from optout_gui.ui.common.widgets import plain_message_box

log = logging.getLogger("optout_gui")
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def install_error_handler(controller, store, data_dir) -> None:
    """Unexpected errors while running: save what we can, log it, and say so kindly."""
    shown = []

    def handle(exc_type, exc, tb):
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        store.save()
        if shown:  # one window is enough; further errors only go to the log
            return
        if isinstance(exc, DataFileError):  # one of the app's own files: name it, as the guide
            text = data_file_problem_text(
                translate(
                    "errors",
                    "A file that comes with the app could not be used, so this part of it "
                    "can't work. Your answers so far are saved.",
                ),
                exc,
            )
        else:
            text = translate(
                "errors",
                "Something unexpected went wrong. Your answers so far are saved.\n\n"
                "If it happens again, the technical details are in this file:\n%1",
            ).replace("%1", str(log_file(data_dir)))

        box = plain_message_box(
            controller.current_window(), QMessageBox.Icon.Warning, APP_NAME, text
        )
        box.setObjectName("unexpected_error")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        shown.append(box)

    sys.excepthook = handle


def show_startup_error(path: Path | None) -> None:
    try:
        app = QApplication.instance() or QApplication([APP_ID])  # noqa: F841
        if path is None:
            text = translate("startup", "Something went wrong and the app could not start.")
        else:
            text = translate(
                "startup",
                "Something went wrong and the app could not start.\n\n"
                "The technical details are saved in this file:\n%1\n\n"
                "If you ask someone for help, you can send them that file. "
                "It only describes the problem inside the app.",
            ).replace("%1", str(path))
        plain_message_box(None, QMessageBox.Icon.Critical, APP_NAME, text).exec()
    except Exception:  # Qt itself may be what failed; the log file is still there
        log.debug("could not show the start-up error window", exc_info=True)
