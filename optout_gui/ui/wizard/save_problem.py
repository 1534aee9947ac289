"""A line at the foot of the window while answers can't be saved, with automatic retries."""

from __future__ import annotations

import errno

from PySide6.QtCore import QTimer

from optout_gui.ui.common.widgets import StatusLine

RETRY_MS = 10_000


class SaveProblemLine(StatusLine):
    """Says plainly that saving failed, keeps retrying, and disappears once a save works."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("save_problem")
        self.session = session
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        session.on_save_result(self._save_result)
        if session.read_only:
            problem = getattr(session.load_problem, "kind", "")
            if problem == "unreadable":
                text = self.tr(
                    "Your saved objections could not be opened, so nothing is saved for now: "
                    "the file stays exactly as it is. Close the assistant, check that the "
                    "data folder can be read, and start it again."
                )
            else:
                text = self.tr(
                    "These answers come from a newer version of this assistant, so nothing "
                    "is saved here: the newer version's file stays as it is."
                )
            self.show_message(text, "info" if problem != "unreadable" else "error")

    def _save_result(self, error: OSError | None) -> None:
        if error is None:
            self._retry.stop()
            self.clear_message()
            return
        if error.errno == errno.ENOSPC:
            why = self.tr("the disk is full")
        elif error.errno in (errno.ENOTDIR, errno.EEXIST) and error.filename:
            why = self.tr("%1 is a file, where a folder should be").replace(
                "%1", str(error.filename)
            )
        elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            why = self.tr("the folder can't be written to")
        else:
            why = self.tr("the system refused (%1)").replace("%1", error.strerror or "?")
        self.show_message(
            self.tr(
                "Your answers could not be saved: %1. Nothing is lost while this window stays "
                "open, and the assistant tries again every few seconds."
            ).replace("%1", why),
            "error",
        )
        self._retry.start()

    def retry(self) -> bool:
        return self.session.save()
