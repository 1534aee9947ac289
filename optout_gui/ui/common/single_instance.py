"""One running copy per data folder: a second start brings the first window to the front.

A lock file decides who is first (Qt's QLockFile notices a holder that crashed), and a
local socket — never a network one — carries the "show yourself" request.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from optout_gui.core.atomic import ensure_private_dir
from optout_gui.core.paths import AppPaths

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    import hashlib  # noqa: PLC0415 - seam: loads OpenSSL (about 3 MiB), not needed to start

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()
    return f"optout-assistant-{digest[:16]}"


class SingleInstance(QObject):
    """Call :meth:`claim`; if it returns False another copy was asked to show itself."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / ".instance.lock"))
        self._lock.setStaleLockTime(0)  # only a dead holder's lock is stale, however old
        self._server = None  # a QLocalServer once listening
        self.handed_over = False  # claim() asked the running copy to show its window
        self.claimed = False  # what claim() answered (set by the caller)
        self.folder_error: OSError | None = None  # the data folder couldn't be made

    @functools.cached_property
    def name(self) -> str:
        """The local socket's name, the same for every copy using this data folder."""
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """True when this copy may run; False when another copy holds the lock.

        The lock alone decides: a copy that can't be reached (no local socket, say) is still
        running, and ``handed_over`` then stays False. Only when the data folder can't hold
        a lock file at all (a read-only disk, a file where the folder should be) does this
        copy run without it; nothing can be saved there then, so nothing can be overwritten.
        """
        self.handed_over = False
        if self._lock.tryLock(100):
            self._locked()
            # Listening can wait until the window has painted (QtNetwork costs start-up time);
            # a second start meanwhile retries its connection for a second.
            QTimer.singleShot(300, self._listen)
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no lock file can be made in the data folder; running without one")
            if self._ask_running_copy():
                self.handed_over = True
                return False
            return True
        if self._ask_running_copy():
            self.handed_over = True
            return False
        # The holder is alive but not answering (still starting?): wait for it a little.
        if self._lock.tryLock(2000):
            self._locked()
            self._listen()
            return True
        self.handed_over = self._ask_running_copy()
        return False

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def _locked(self) -> None:
        self._private_lock_file()

    def _private_lock_file(self) -> None:
        # It holds only a process id and the machine's name, but every file here is private.
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.data_dir / ".instance.lock", 0o600)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - seam: after the first paint

        QLocalServer.removeServer(self.name)  # a socket file left by a crashed holder
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("could not listen for a second start: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("a second start asked this window to come to the front")
            self.activation_requested.emit()

    def _ask_running_copy(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - seam: after the first paint

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def claim_single_instance(paths: AppPaths) -> SingleInstance:
    """One running copy per data folder, or two copies would overwrite each other's answers.

    Returns the SingleInstance; ``claimed`` is False when another copy holds the folder.
    A folder that can't be made (read-only disk, a file in its place) doesn't stop the app:
    it starts, and says so as soon as something can't be saved.
    """
    folder_error = None
    try:
        ensure_private_dir(paths.data_dir)
    except OSError as exc:
        folder_error = exc
        log.warning("the data folder can't be made: %s", exc.strerror or type(exc).__name__)
        if sys.stderr is not None:
            print(
                f"The data folder can't be made, so nothing can be saved: "
                f"{exc.filename or paths.data_dir}: {exc.strerror or exc}",
                file=sys.stderr,
            )
    instance = SingleInstance(paths.data_dir)
    instance.folder_error = folder_error
    instance.claimed = instance.claim()
    return instance


def bring_to_front(window: QWidget | None) -> None:
    """A second start asked for this copy's window."""
    if sys.stdout is not None:
        print("Another start asked for this window: bringing it to the front.", flush=True)
    if window is None:
        return
    window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
